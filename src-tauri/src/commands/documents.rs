//! Exporting a case's documents as PDF: rendered by the core, saved where the worker chooses in a
//! dialog opened from Rust (the webview has no dialog or file permission), or, when the app was
//! started with `--export-dir`, in that directory without asking.

use std::path::PathBuf;

use passerelle_core::{fsx, Clock, Error};
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
    let (file_name, bytes) =
        render(&state, &case_id, &kind, today).map_err(|e| state.ui_error(e))?;
    let Some(path) = destination(&app, &state, &file_name) else {
        return Ok(Exported {
            file_name: None,
            saved: false,
        });
    };
    fsx::write_atomically(&path, &bytes).map_err(|e| state.ui_error(e))?;
    log::info!("document exported ({kind})");
    let written = path.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok(Exported {
        file_name: written,
        saved: true,
    })
}

/// The PDF of `kind` for case `case_id`, with its neutral file name.
fn render(
    _state: &AppState,
    _case_id: &str,
    kind: &str,
    _today: chrono::NaiveDate,
) -> passerelle_core::Result<(String, Vec<u8>)> {
    // NOTE: the case → document seam (`core::documents::render`) is built on the `documents`
    // branch; until it is merged, exporting says so rather than printing anything invented.
    let what = match kind {
        "letter" => "letter-pdf",
        "support-letter" => "support-letter-pdf",
        "checklist" => "checklist-pdf",
        _ => {
            return Err(Error::InvalidField {
                path: "kind".into(),
                reason: "unknown document".into(),
            })
        }
    };
    Err(Error::Unavailable { what })
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
