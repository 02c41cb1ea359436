//! The idle lock: after N minutes without input, the vault locks itself and the UI is told.
//!
//! Rust owns the timer, not the page: a page that hangs or a webview that stops running scripts
//! cannot keep the vault open.
//!
//! End-to-end tests cannot wait minutes. In debug builds only, `PASSERELLE_TEST_IDLE_MINUTE_SECS`
//! (a whole number of seconds) sets how long one minute of the delay lasts. Release builds do not
//! contain this code: a minute is a minute.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Event sent to the UI when the vault locks on its own.
pub const LOCKED_EVENT: &str = "vault-locked";

/// How often the timer looks.
const TICK: Duration = Duration::from_secs(2);

pub fn watch(app: AppHandle) {
    let minute = minute();
    std::thread::Builder::new()
        .name("idle-lock".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            let state = app.state::<AppState>();
            let Some(minutes) = state.app.idle_lock_minutes() else {
                continue;
            };
            if state.idle_for() >= minute * minutes {
                state.app.lock();
                log::info!("vault locked after {minutes} min idle");
                let _ = app.emit(LOCKED_EVENT, "idle");
                crate::fresh_page::main_after_lock(&app, "locked-idle");
            }
        })
        .expect("BUG: a thread can be spawned at start-up");
}

/// One minute of the idle-lock delay.
fn minute() -> Duration {
    #[cfg(debug_assertions)]
    if let Some(secs) = std::env::var("PASSERELLE_TEST_IDLE_MINUTE_SECS")
        .ok()
        .and_then(|s| s.parse::<u32>().ok())
        .filter(|&s| s > 0)
    {
        log::info!("idle lock: one minute lasts {secs} s (test setting)");
        return Duration::from_secs(u64::from(secs));
    }
    Duration::from_secs(60)
}
