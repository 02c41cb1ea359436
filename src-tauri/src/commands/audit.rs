//! The audit log: read it, check its chain, export it.

use passerelle_core::db::audit::{self, ChainStatus, Entry};
use passerelle_core::i18n::format::date_long;
use passerelle_core::Clock;
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::dialog::{self, FileKind};
use crate::error::UiError;
use crate::state::AppState;

/// Entries per page of the log view.
const PAGE: u32 = 100;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryRow {
    #[serde(flatten)]
    entry: Entry,
    /// Day and time, local, for the UI.
    at_label: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditPage {
    entries: Vec<EntryRow>,
    chain: ChainStatus,
}

#[tauri::command(async)]
pub fn audit_list(state: State<'_, AppState>, before: Option<i64>) -> Result<AuditPage, UiError> {
    let (entries, chain) = state
        .vault
        .read(|c| Ok((audit::list(c, PAGE, before)?, audit::verify(c)?)))
        .map_err(|e| state.ui_error(e))?;
    let lang = state.lang();
    let entries = entries
        .into_iter()
        .map(|entry| EntryRow {
            at_label: at_label(&entry.at, &lang),
            entry,
        })
        .collect();
    Ok(AuditPage { entries, chain })
}

/// "27 novembre 2026 14:05", local time.
fn at_label(at: &str, lang: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let local = t.with_timezone(&chrono::Local);
            format!(
                "{} {}",
                date_long(local.date_naive(), lang),
                local.format("%H:%M")
            )
        }
        Err(_) => at.to_string(),
    }
}

/// Writes the log as JSON where the person chooses; `false` if cancelled.
#[tauri::command(async)]
pub fn audit_export(app: AppHandle, state: State<'_, AppState>) -> Result<bool, UiError> {
    state.touch();
    let Some(path) = dialog::save(&app, &audit_file(&state)) else {
        return Ok(false);
    };
    state
        .vault
        .export_audit(state.clock.now())
        .and_then(|export| write_json(&path, &export))
        .map_err(|e| state.ui_error(e))?;
    Ok(true)
}

fn audit_file(state: &AppState) -> FileKind {
    let l10n = passerelle_core::i18n::L10n::get();
    let today = state.clock.today().to_string();
    FileKind {
        title: l10n.format(&state.lang(), "audit-dialog-title", &[]),
        file_name: l10n.format(&state.lang(), "audit-file-name", &[("date", today)]),
        extension: "json",
    }
}

fn write_json(path: &std::path::Path, value: &serde_json::Value) -> passerelle_core::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(value)
        .map_err(|_| passerelle_core::Error::Internal("audit export serialisation"))?;
    bytes.push(b'\n');
    passerelle_core::fsx::write_atomically(path, &bytes)
}
