//! Creating, unlocking and locking the vault; who holds the session; closing the app.

use passerelle_core::app::session::{
    self, AppStatus, Created, PassphraseSlot, SessionInfo, Strength, Unlocked,
};
use passerelle_core::app::Passphrase;
use tauri::{AppHandle, Runtime, WebviewWindow};

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

/// A database without its key file, moved aside (renamed, never deleted) at the worker's request.
#[tauri::command(async)]
pub fn session_set_aside_database(ctx: Ctx<'_>) -> Result<String> {
    guard(|| session::set_aside_database(&ctx))
}

/// A protection the preferences file had weakened behind the app's back, put back at unlock,
/// takes effect on the window at once.
#[tauri::command(async)]
pub fn session_unlock<R: Runtime>(
    ctx: Ctx<'_>,
    window: WebviewWindow<R>,
    passphrase: Option<Passphrase>,
    recovery_key: Option<Passphrase>,
) -> Result<Unlocked> {
    let (passphrase, recovery_key) = (passphrase.as_deref(), recovery_key.as_deref());
    crate::idle::forget_due();
    let unlocked = guard(|| session::unlock(&ctx, passphrase, recovery_key))?;
    crate::window::follow_protections(&window, ctx.app(), unlocked.protections_restored);
    Ok(unlocked)
}

/// The recovery key is written down (the box under it ticked).
#[tauri::command(async)]
pub fn session_recovery_key_noted(ctx: Ctx<'_>) -> Result<()> {
    guard(|| session::recovery_key_noted(&ctx))
}

/// The idle delay is up and the page has saved what it held (`idle::IDLE_EVENT`, `locking`): locks and
/// throws the page away, once (nothing when the lock is not due); `unsaved` as for `session_lock`.
#[tauri::command(async)]
pub fn session_idle_lock<R: Runtime>(app: AppHandle<R>, unsaved: bool) -> Result<()> {
    guard(|| {
        if crate::idle::take_due() {
            crate::idle::lock(&app, unsaved);
        }
        Ok(())
    })
}

/// Locks, then throws the page away: the web process that held the secrets ends and a fresh
/// page opens on the unlock screen (`fresh_page`). `unsaved`: the page held a value Rust refused
/// (a setting), dropped by the lock; the unlock screen says so.
#[tauri::command(async)]
pub fn session_lock<R: Runtime>(
    ctx: Ctx<'_>,
    window: WebviewWindow<R>,
    unsaved: bool,
) -> Result<()> {
    crate::idle::forget_due();
    guard(|| {
        session::lock(ctx.app());
        Ok(())
    })?;
    crate::fresh_page::after_lock(&window, crate::fresh_page::by_user(false, unsaved));
    Ok(())
}

/// Activity in the page (input): taking the context is what records it.
#[tauri::command(async)]
pub fn session_touch(_ctx: Ctx<'_>) {}

/// The page selected text (`copied`: and copied it): the next lock empties the selection, and
/// the clipboard after a copy (`clipboard.rs`).
#[tauri::command(async)]
pub fn session_copied(state: tauri::State<'_, crate::state::AppState>, copied: bool) {
    state.clipboard.mark(copied);
}

#[tauri::command(async)]
pub fn session_change_passphrase(ctx: Ctx<'_>, current: Passphrase, new: Passphrase) -> Result<()> {
    guard(|| session::change_passphrase(&ctx, &current, &new))
}

/// Opened with the recovery key: the passphrase slots that can be given a new passphrase.
#[tauri::command(async)]
pub fn session_passphrase_slots(ctx: Ctx<'_>) -> Result<Vec<PassphraseSlot>> {
    guard(|| session::passphrase_slots(&ctx))
}

/// Opened with the recovery key: gives the slot `slot_id` the passphrase `new`.
#[tauri::command(async)]
pub fn session_reset_passphrase(ctx: Ctx<'_>, slot_id: String, new: Passphrase) -> Result<()> {
    guard(|| session::reset_passphrase(&ctx, &slot_id, &new))
}

/// Quick lock: locks at once and gives the window a neutral title; the UI shows a neutral screen.
/// `unsaved` as for [`session_lock`].
#[tauri::command(async)]
pub fn session_quick_lock<R: Runtime>(
    ctx: Ctx<'_>,
    window: WebviewWindow<R>,
    unsaved: bool,
) -> Result<()> {
    crate::idle::forget_due();
    let title = guard(|| Ok(session::quick_lock(&ctx)))?;
    let _ = window.set_title(&title);
    crate::fresh_page::after_lock(&window, crate::fresh_page::by_user(true, unsaved));
    Ok(())
}

/// Leaves the neutral screen: the vault is locked (an unlock that ended behind it included) and
/// the window's own title comes back.
#[tauri::command(async)]
pub fn session_reveal<R: Runtime>(ctx: Ctx<'_>, window: WebviewWindow<R>) -> Result<()> {
    let title = guard(|| Ok(session::reveal(&ctx)))?;
    let _ = window.set_title(title);
    Ok(())
}

/// Who holds the session: label and role (the UI shows administrator actions to administrators).
#[tauri::command(async)]
pub fn session_info(ctx: Ctx<'_>) -> Result<SessionInfo> {
    guard(|| session::info(&ctx))
}

/// Closes the app once the page has sent its last answers (see `closing`).
#[tauri::command(async)]
pub fn app_close<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}
