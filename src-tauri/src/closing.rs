//! Closing the window never loses an answer.
//!
//! The interview saves each answer as it is given, but a text answer is sent after a short pause
//! in typing. When the window is asked to close while the vault is open, the close is held, the
//! page is told to send what it still holds (`close-requested`), and it then closes the app
//! itself (`app_close`). A page that does not answer within a few seconds (hung, or busy) does not
//! keep the window open: the app closes anyway.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{Emitter, Manager, Runtime, Window, WindowEvent};

use crate::state::AppState;

/// Event sent to the page when the window is asked to close.
pub const CLOSE_REQUESTED_EVENT: &str = "close-requested";

/// How long the page has to save before the app closes anyway. A save takes milliseconds; on a
/// busy machine (an old laptop, a backup or an antivirus scan running) the page took more than
/// the three seconds this was, and the answer typed last was lost (end-to-end run, 7 December
/// 2026, with installers building beside it). Only a hung page waits this long.
const GRACE: Duration = Duration::from_secs(10);

static CLOSING: AtomicBool = AtomicBool::new(false);

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let unlocked = window.state::<AppState>().app.is_unlocked();
    if !unlocked || CLOSING.swap(true, Ordering::SeqCst) {
        return;
    }
    api.prevent_close();
    log::info!("close requested: letting the page send its last answers");
    let _ = window.emit(CLOSE_REQUESTED_EVENT, ());
    let app = window.app_handle().clone();
    std::thread::spawn(move || {
        std::thread::sleep(GRACE);
        log::warn!("the page did not confirm its last saves in time; closing anyway");
        app.exit(0);
    });
}
