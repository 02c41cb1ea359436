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
            let Some(minutes) = state.app.idle_lock_minutes() else {
                continue;
            };
            if state.idle_for() >= Duration::from_secs(u64::from(minutes) * 60) {
                state.app.lock();
                log::info!("vault locked after {minutes} min idle");
                let _ = app.emit(LOCKED_EVENT, "idle");
            }
        })
        .expect("BUG: a thread can be spawned at start-up");
}
