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
    let lang = state.lang();
    let (entries, chain) = state
        .vault
        .read(|c| Ok((audit::list(c, PAGE, before)?, audit::verify(c)?)))
        .map_err(|e| state.ui_error(e))?;
    let label = |at: &str| match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let local = t.with_timezone(&chrono::Local);
            format!(
                "{} {}",
                date_long(local.date_naive(), &lang),
                local.format("%H:%M")
            )
        }
        Err(_) => at.to_string(),
    };
    let entries = entries
        .into_iter()
        .map(|entry| EntryRow {
            at_label: label(&entry.at),
            entry,
        })
        .collect();
    Ok(AuditPage { entries, chain })
}

/// Writes the log as JSON where the person chooses; `false` if cancelled.
#[tauri::command(async)]
pub fn audit_export(app: AppHandle, state: State<'_, AppState>) -> Result<bool, UiError> {
    state.touch();
    let l10n = passerelle_core::i18n::L10n::get();
    let kind = FileKind {
        title: l10n.format(&state.lang(), "audit-dialog-title", &[]),
        file_name: l10n.format(
            &state.lang(),
            "audit-file-name",
            &[("date", state.clock.today().to_string())],
        ),
        extension: "json",
    };
    let Some(path) = dialog::save(&app, &kind) else {
        return Ok(false);
    };
    let export = state
        .vault
        .export_audit(state.clock.now())
        .map_err(|e| state.ui_error(e))?;
    let mut bytes = serde_json::to_vec_pretty(&export).unwrap_or_default();
    bytes.push(b'\n');
    passerelle_core::fsx::write_atomically(&path, &bytes).map_err(|e| state.ui_error(e))?;
    Ok(true)
}
