//! Exporting a case's documents as PDF: rendered by the core, saved where the worker chooses in a
//! dialog opened from Rust (the webview has no dialog or file permission), or, when the app was
//! started with `--export-dir`, in that directory without asking.

use std::path::PathBuf;

use passerelle_core::{documents, fsx, Clock};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

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
    let today = state.clock.today();
    let rendered = documents::stored::kind(&kind)
        .and_then(|k| {
            state
                .vault
                .read(|c| documents::stored::render_case(c, &case_id, k, today))
        })
        .map_err(|e| state.ui_error(e))?;
    // The vault is not held while the dialog is open: the lock is taken inside `read` only.
    let Some(path) = destination(&app, &state, &rendered.file_name) else {
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

/// Where to write: the export directory, else the path chosen in a save dialog (`None` if the
/// worker cancels).
fn destination(app: &AppHandle, state: &AppState, file_name: &str) -> Option<PathBuf> {
    if let Some(dir) = &state.export_dir {
        return Some(dir.join(file_name));
    }
    app.dialog()
        .file()
        .set_file_name(file_name)
        .add_filter("PDF", &["pdf"])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}
