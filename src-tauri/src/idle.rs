//! The idle lock: after N minutes without input, the vault locks itself and the UI is told.
//!
//! Rust owns the timer, not the page: a page that hangs or a webview that stops running scripts
//! cannot keep the vault open.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Event sent to the UI when the vault locks on its own.
pub const LOCKED_EVENT: &str = "vault-locked";

pub fn watch(app: AppHandle) {
    std::thread::Builder::new()
        .name("idle-lock".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_secs(2));
            let state = app.state::<AppState>();
            if !state.vault.is_unlocked() {
                continue;
            }
            let idle = state
                .last_activity
                .lock()
                .map(|t| t.elapsed())
                .unwrap_or_default();
            if idle >= Duration::from_secs(u64::from(state.idle_minutes()) * 60) {
                state.vault.lock();
                log::info!("vault locked after {} min idle", state.idle_minutes());
                let _ = app.emit(LOCKED_EVENT, "idle");
            }
        })
        .expect("BUG: a thread can be spawned at start-up");
}
