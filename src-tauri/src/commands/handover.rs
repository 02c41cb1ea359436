//! Case hand-over: export one case as an encrypted bundle, import one.

use passerelle_core::vault::handover;
use passerelle_core::Clock;
use tauri::{AppHandle, State};
use zeroize::Zeroizing;

use super::backup::{calibrated, emitter};
use crate::dialog::{self, FileKind};
use crate::error::UiError;
use crate::state::AppState;

fn bundle_file(state: &AppState) -> FileKind {
    let l10n = passerelle_core::i18n::L10n::get();
    FileKind {
        title: l10n.format(&state.lang(), "handover-dialog-title", &[]),
        file_name: l10n.format(
            &state.lang(),
            "handover-file-name",
            &[("date", state.clock.today().to_string())],
        ),
        extension: "enc",
    }
}

/// `false` if the person cancelled the dialog.
#[tauri::command(async)]
pub fn handover_export(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    passphrase: String,
) -> Result<bool, UiError> {
    let passphrase = Zeroizing::new(passphrase);
    state.touch();
    let Some(path) = dialog::save(&app, &bundle_file(&state)) else {
        return Ok(false);
    };
    let (now, vault) = (state.clock.now(), &state.vault);
    calibrated(&state, |kdf| {
        handover::export(vault, &id, &path, &passphrase, kdf, now, &mut emitter(&app))
    })
    .map(|()| true)
}

/// The new case's id, or `None` if the person cancelled the dialog.
#[tauri::command(async)]
pub fn handover_import(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: String,
) -> Result<Option<String>, UiError> {
    let passphrase = Zeroizing::new(passphrase);
    state.touch();
    let Some(path) = dialog::open(&app, &bundle_file(&state)) else {
        return Ok(None);
    };
    handover::import(
        &state.vault,
        &path,
        &passphrase,
        state.clock.now(),
        &mut emitter(&app),
    )
    .map(Some)
    .map_err(|e| state.ui_error(e))
}
