//! Exporting a case's documents as PDF: rendered by the core (the export is recorded in the audit
//! log), saved where the worker chooses in a dialog opened from Rust (the webview has no dialog or
//! file permission), or, when the app was started with `--export-dir`, in that directory without
//! asking.

use passerelle_core::db::settings::{self as vault_settings, OfficeHead};
use passerelle_core::documents::{stored as stored_documents, AddresseeChoice};
use passerelle_core::i18n::L10n;
use passerelle_core::model::association::Title;
use passerelle_core::vault::cases as vault_cases;
use passerelle_core::{fsx, Clock};
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::dialog::{self, FileKind};
use crate::error::UiError;
use crate::state::AppState;

/// What happened to an export.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    /// The file name written (never a path: the page has no business knowing the disk).
    file_name: Option<String>,
    /// False when the worker closed the dialog without choosing.
    saved: bool,
    /// The addressee or its address rests on a secondary source or a default: check it before
    /// sending.
    office_to_verify: bool,
}

#[tauri::command(async)]
pub fn document_export(
    app: AppHandle,
    state: State<'_, AppState>,
    case_id: String,
    kind: String,
) -> Result<Exported, UiError> {
    state.touch();
    let (today, now) = (state.clock.today(), state.clock.now());
    let rendered = stored_documents::kind(&kind)
        .and_then(|k| vault_cases::export_document(&state.vault, &case_id, k, today, now))
        .map_err(|e| state.ui_error(e))?;
    // The vault is not held while the dialog is open: its lock is taken inside the export only.
    let target = match &state.export_dir {
        Some(dir) => Some(dir.join(&rendered.file_name)),
        None => dialog::save(
            &app,
            &FileKind {
                title: L10n::get().format(&state.lang(), "case-export-dialog-title", &[]),
                file_name: rendered.file_name.clone(),
                extension: "pdf",
            },
        ),
    };
    let Some(path) = target else {
        return Ok(Exported {
            file_name: None,
            saved: false,
            office_to_verify: false,
        });
    };
    fsx::write_atomically(&path, &rendered.bytes).map_err(|e| state.ui_error(e))?;
    log::info!("document exported ({kind})");
    Ok(Exported {
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
        saved: true,
        office_to_verify: rendered.office_to_verify,
    })
}

/// How the letters of a case address the head of its office: both forms, and the one recorded.
#[tauri::command(async)]
pub fn case_addressee(
    state: State<'_, AppState>,
    case_id: String,
) -> Result<Option<AddresseeChoice>, UiError> {
    state
        .vault
        .read(|conn| stored_documents::addressee(conn, &case_id))
        .map_err(|e| state.ui_error(e))
}

/// Records how the head of an office is addressed, for every letter sent there; `None` forgets
/// it.
#[tauri::command(async)]
pub fn addressee_title_save(
    state: State<'_, AppState>,
    head: OfficeHead,
    title: Option<Title>,
) -> Result<(), UiError> {
    state.touch();
    state
        .vault
        .write(|tx| vault_settings::set_head_title(tx, &head, title))
        .map_err(|e| state.ui_error(e))
}
