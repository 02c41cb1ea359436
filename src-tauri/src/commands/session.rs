//! Creating, unlocking and locking the vault; who holds the session; closing the app.

use passerelle_core::app::session::{self, AppStatus, Created, SessionInfo, Strength};
use passerelle_core::app::Passphrase;
use tauri::{AppHandle, WebviewWindow};

use crate::context::Ctx;
use crate::error::Result;

#[tauri::command(async)]
pub fn app_status(ctx: Ctx<'_>) -> AppStatus {
    session::status(&ctx)
}

#[tauri::command(async)]
pub fn passphrase_strength(passphrase: Passphrase) -> Strength {
    session::strength(&passphrase)
}

#[tauri::command(async)]
pub fn session_create(ctx: Ctx<'_>, passphrase: Passphrase) -> Result<Created> {
    Ok(session::create(&ctx, &passphrase)?)
}

#[tauri::command(async)]
pub fn session_unlock(
    ctx: Ctx<'_>,
    passphrase: Option<Passphrase>,
    recovery_key: Option<Passphrase>,
) -> Result<()> {
    let (passphrase, recovery_key) = (passphrase.as_deref(), recovery_key.as_deref());
    Ok(session::unlock(&ctx, passphrase, recovery_key)?)
}

#[tauri::command(async)]
pub fn session_lock(ctx: Ctx<'_>) {
    session::lock(ctx.app());
}

/// Activity in the page (input): taking the context is what records it.
#[tauri::command(async)]
pub fn session_touch(_ctx: Ctx<'_>) {}

#[tauri::command(async)]
pub fn session_change_passphrase(ctx: Ctx<'_>, current: Passphrase, new: Passphrase) -> Result<()> {
    Ok(session::change_passphrase(&ctx, &current, &new)?)
}

/// Quick lock: locks at once and gives the window a neutral title; the UI shows a neutral screen.
#[tauri::command(async)]
pub fn session_quick_lock(ctx: Ctx<'_>, window: WebviewWindow) {
    let _ = window.set_title(&session::quick_lock(&ctx));
}

/// Leaves the neutral screen: the window's own title comes back.
#[tauri::command(async)]
pub fn session_reveal(window: WebviewWindow) {
    let _ = window.set_title("Passerelle");
}

/// Who holds the session: label and role (the UI shows administrator actions to administrators).
#[tauri::command(async)]
pub fn session_info(ctx: Ctx<'_>) -> Result<SessionInfo> {
    Ok(session::info(&ctx)?)
}

/// Closes the app once the page has sent its last answers (see `closing`).
#[tauri::command(async)]
pub fn app_close(app: AppHandle) {
    app.exit(0);
}
