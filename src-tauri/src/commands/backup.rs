//! Backups: status and reminder, make one, check one, restore one into the (absent) store.

use passerelle_core::i18n::format::date_long;
use passerelle_core::vault::backup::{self, BackupReport, VerifyReport};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::seal::Progress;
use passerelle_core::vault::Secret;
use passerelle_core::Clock;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, State};
use zeroize::Zeroizing;

use crate::dialog::{self, FileKind};
use crate::error::UiError;
use crate::state::AppState;

/// Event carrying [`Progress`] of a long operation to the UI.
pub const PROGRESS_EVENT: &str = "vault-progress";

/// A secret typed in the UI: a passphrase or the recovery key.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SecretInput {
    kind: String,
    value: String,
}

impl Drop for SecretInput {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.value);
    }
}

impl SecretInput {
    pub fn secret(&self) -> Secret<'_> {
        match self.kind.as_str() {
            "recovery-key" => Secret::RecoveryKey(&self.value),
            _ => Secret::Passphrase(&self.value),
        }
    }
}

/// Sends each progress step to the UI.
pub fn emitter(app: &AppHandle) -> impl FnMut(Progress) + '_ {
    move |p| {
        let _ = app.emit(PROGRESS_EVENT, p);
    }
}

/// Runs `f` with KDF parameters calibrated on this machine (as at creation), errors for the UI.
pub fn calibrated<T>(
    state: &AppState,
    f: impl FnOnce(KdfParams) -> passerelle_core::Result<T>,
) -> Result<T, UiError> {
    KdfParams::calibrate()
        .and_then(f)
        .map_err(|e| state.ui_error(e))
}

/// The dialog of a backup file; `today` goes into the suggested name.
pub fn backup_file(state: &AppState) -> FileKind {
    let l10n = passerelle_core::i18n::L10n::get();
    let today = state.clock.today().to_string();
    FileKind {
        title: l10n.format(&state.lang(), "backup-dialog-title", &[]),
        file_name: l10n.format(&state.lang(), "backup-file-name", &[("date", today)]),
        extension: "enc",
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupState {
    #[serde(flatten)]
    reminder: backup::Reminder,
    verified_label: Option<String>,
}

#[tauri::command(async)]
pub fn backup_status(state: State<'_, AppState>) -> Result<BackupState, UiError> {
    let reminder =
        backup::reminder(&state.vault, state.clock.now()).map_err(|e| state.ui_error(e))?;
    let verified_label = reminder.last.as_ref().map(|l| {
        date_long(
            l.verified_at.with_timezone(&chrono::Local).date_naive(),
            &state.lang(),
        )
    });
    Ok(BackupState {
        reminder,
        verified_label,
    })
}

#[tauri::command(async)]
pub fn backup_create(
    app: AppHandle,
    state: State<'_, AppState>,
    secret: SecretInput,
) -> Result<Option<BackupReport>, UiError> {
    state.touch();
    let Some(path) = dialog::save(&app, &backup_file(&state)) else {
        return Ok(None);
    };
    let (now, secret) = (state.clock.now(), secret.secret());
    calibrated(&state, |kdf| {
        backup::create(&state.vault, &path, secret, kdf, now, &mut emitter(&app))
    })
    .map(Some)
}

#[tauri::command(async)]
pub fn backup_verify(
    app: AppHandle,
    state: State<'_, AppState>,
    secret: SecretInput,
) -> Result<Option<VerifyReport>, UiError> {
    state.touch();
    let Some(path) = dialog::open(&app, &backup_file(&state)) else {
        return Ok(None);
    };
    let now = state.clock.now();
    backup::verify(
        Some(&state.vault),
        &path,
        secret.secret(),
        now,
        &mut emitter(&app),
    )
    .map(Some)
    .map_err(|e| state.ui_error(e))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RestoredStore {
    /// Shown once, to be written down; never stored in clear.
    recovery_key: String,
    cases: u64,
}

impl From<backup::Restored> for RestoredStore {
    fn from(r: backup::Restored) -> Self {
        RestoredStore {
            recovery_key: r.recovery_key.display().to_string(),
            cases: r.manifest.cases,
        }
    }
}

#[tauri::command(async)]
pub fn backup_restore(
    app: AppHandle,
    state: State<'_, AppState>,
    secret: SecretInput,
    new_passphrase: String,
) -> Result<Option<RestoredStore>, UiError> {
    let new_passphrase = Zeroizing::new(new_passphrase);
    let Some(path) = dialog::open(&app, &backup_file(&state)) else {
        return Ok(None);
    };
    let (now, secret, vault) = (state.clock.now(), secret.secret(), &state.vault);
    let restored = calibrated(&state, |kdf| {
        vault.restore_from(&path, secret, &new_passphrase, kdf, now, &mut emitter(&app))
    })?;
    log::info!("store restored from a backup");
    super::session::after_unlock(&state)?;
    Ok(Some(RestoredStore::from(restored)))
}
