//! Creating, unlocking and locking the vault; who holds the session; closing the app.

use passerelle_core::app::session::{self, AppStatus, Created, SessionInfo, Strength};
use passerelle_core::app::Passphrase;
use tauri::{AppHandle, WebviewWindow};

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn app_status(ctx: Ctx<'_>) -> Result<AppStatus> {
    guard(|| Ok(session::status(&ctx)))
}

#[tauri::command(async)]
pub fn passphrase_strength(passphrase: Passphrase) -> Result<Strength> {
    guard(|| Ok(session::strength(&passphrase)))
}

#[tauri::command(async)]
pub fn passphrase_generate() -> Result<String> {
    guard(|| Ok(session::generate_passphrase()))
}

#[tauri::command(async)]
pub fn session_create(ctx: Ctx<'_>, passphrase: Passphrase) -> Result<Created> {
    guard(|| session::create(&ctx, &passphrase))
}

#[tauri::command(async)]
pub fn session_unlock(
    ctx: Ctx<'_>,
    passphrase: Option<Passphrase>,
    recovery_key: Option<Passphrase>,
) -> Result<()> {
    let (passphrase, recovery_key) = (passphrase.as_deref(), recovery_key.as_deref());
    guard(|| session::unlock(&ctx, passphrase, recovery_key))
}

#[tauri::command(async)]
pub fn session_lock(ctx: Ctx<'_>) -> Result<()> {
    guard(|| {
        session::lock(ctx.app());
        Ok(())
    })
}

/// Activity in the page (input): taking the context is what records it.
#[tauri::command(async)]
pub fn session_touch(_ctx: Ctx<'_>) {}

#[tauri::command(async)]
pub fn session_change_passphrase(ctx: Ctx<'_>, current: Passphrase, new: Passphrase) -> Result<()> {
    guard(|| session::change_passphrase(&ctx, &current, &new))
}

/// Quick lock: locks at once and gives the window a neutral title; the UI shows a neutral screen.
#[tauri::command(async)]
pub fn session_quick_lock(ctx: Ctx<'_>, window: WebviewWindow) -> Result<()> {
    let title = guard(|| Ok(session::quick_lock(&ctx)))?;
    let _ = window.set_title(&title);
    Ok(())
}

/// Leaves the neutral screen: the window's own title comes back.
#[tauri::command(async)]
pub fn session_reveal(window: WebviewWindow) {
    let _ = window.set_title("Passerelle");
}

/// Who holds the session: label and role (the UI shows administrator actions to administrators).
#[tauri::command(async)]
pub fn session_info(ctx: Ctx<'_>) -> Result<SessionInfo> {
    guard(|| session::info(&ctx))
}

/// Closes the app once the page has sent its last answers (see `closing`).
#[tauri::command(async)]
pub fn app_close(app: AppHandle) {
    app.exit(0);
}
