//! Creating, unlocking and locking the vault.

use std::sync::atomic::Ordering;

use passerelle_core::db::settings as vault_settings;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::strength::{self, Strength};
use passerelle_core::vault::Secret;
use passerelle_core::{Clock, Error};
use serde::Serialize;
use tauri::State;
use zeroize::Zeroizing;

use crate::error::UiError;
use crate::state::AppState;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    store_exists: bool,
    unlocked: bool,
    language: String,
    version: &'static str,
    failed_attempts: u32,
    hide_names: bool,
}

#[tauri::command(async)]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    AppStatus {
        store_exists: state.vault.exists(),
        unlocked: state.vault.is_unlocked(),
        language: state.lang(),
        version: env!("CARGO_PKG_VERSION"),
        failed_attempts: state.vault.failed_attempts(),
        hide_names: state.names() == passerelle_core::overview::Names::Hidden,
    }
}

#[tauri::command(async)]
pub fn passphrase_strength(passphrase: String) -> Strength {
    strength::assess(&Zeroizing::new(passphrase))
}

/// Five random words to offer beside the meter (`strength::generate`).
#[tauri::command(async)]
pub fn passphrase_generate() -> String {
    strength::generate::generate().to_string()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    /// Shown once, to be written down; never stored in clear.
    recovery_key: String,
}

#[tauri::command(async)]
pub fn session_create(state: State<'_, AppState>, passphrase: String) -> Result<Created, UiError> {
    let passphrase = Zeroizing::new(passphrase);
    let created = KdfParams::calibrate().and_then(|params| {
        log::info!(
            "kdf calibrated: {} KiB, {} passes",
            params.mem_kib,
            params.iterations
        );
        state.vault.create(&passphrase, params)
    });
    let recovery = created.map_err(|e| state.ui_error(e))?;
    log::info!("store created");
    after_unlock(&state)?;
    Ok(Created {
        recovery_key: recovery.display().to_string(),
    })
}

#[tauri::command(async)]
pub fn session_unlock(
    state: State<'_, AppState>,
    passphrase: Option<String>,
    recovery_key: Option<String>,
) -> Result<(), UiError> {
    let passphrase = passphrase.map(Zeroizing::new);
    let recovery_key = recovery_key.map(Zeroizing::new);
    let secret = match (&passphrase, &recovery_key) {
        (Some(p), _) => Secret::Passphrase(p),
        (None, Some(k)) => Secret::RecoveryKey(k),
        (None, None) => {
            return Err(state.ui_error(Error::Required {
                field: "passphrase",
            }))
        }
    };
    state
        .vault
        .unlock(secret, state.clock.now())
        .map_err(|e| state.ui_error(e))?;
    log::info!("unlocked");
    after_unlock(&state)
}

pub(crate) fn after_unlock(state: &AppState) -> Result<(), UiError> {
    let settings = state
        .vault
        .read(vault_settings::load)
        .map_err(|e| state.ui_error(e))?;
    state
        .idle_lock_minutes
        .store(settings.idle_lock_minutes, Ordering::Relaxed);
    state.touch();
    Ok(())
}

#[tauri::command(async)]
pub fn session_lock(state: State<'_, AppState>) {
    state.vault.lock();
    log::info!("locked by the user");
}

#[tauri::command(async)]
pub fn session_touch(state: State<'_, AppState>) {
    state.touch();
}

#[tauri::command(async)]
pub fn session_change_passphrase(
    state: State<'_, AppState>,
    current: String,
    new: String,
) -> Result<(), UiError> {
    let (current, new) = (Zeroizing::new(current), Zeroizing::new(new));
    state.touch();
    KdfParams::calibrate()
        .and_then(|params| state.vault.change_passphrase(&current, &new, params))
        .map_err(|e| state.ui_error(e))?;
    log::info!("passphrase changed");
    Ok(())
}

/// Quick lock: locks at once and gives the window a neutral title; the UI shows a neutral screen.
#[tauri::command(async)]
pub fn session_quick_lock(state: State<'_, AppState>, window: tauri::WebviewWindow) {
    state.vault.lock();
    let title =
        passerelle_core::i18n::L10n::get().format(&state.lang(), "neutral-window-title", &[]);
    let _ = window.set_title(&title);
    log::info!("quick lock");
}

/// Leaves the neutral screen: the window's own title comes back.
#[tauri::command(async)]
pub fn session_reveal(window: tauri::WebviewWindow) {
    let _ = window.set_title("Passerelle");
}

/// Who holds the session: label and role (the UI shows administrator actions to administrators).
#[tauri::command(async)]
pub fn session_info(
    state: State<'_, AppState>,
) -> Result<passerelle_core::vault::SessionInfo, UiError> {
    state.vault.session_info().map_err(|e| state.ui_error(e))
}

/// Closes the app once the page has sent its last answers (see `closing`).
#[tauri::command(async)]
pub fn app_close(app: tauri::AppHandle) {
    app.exit(0);
}
