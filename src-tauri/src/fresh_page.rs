//! After a lock, the page that held the session is thrown away (issue 13): WebKitGTK's web
//! process is ended — its memory, which held the passphrase, the recovery key and the cases shown,
//! goes with it — and a fresh page is loaded, which starts on the unlock screen or the quick
//! lock's neutral screen. WebView2 (Windows) has no per-view process to end: the page is reloaded,
//! which drops its JavaScript heap.
//!
//! Measured figures are in docs/vault-operations.md, « Risks that remain ».

use tauri::{Manager, Runtime, WebviewWindow};

/// What the fresh page shows first: `locked-by-user`, `locked-idle` (the unlock screen with that
/// reason) or `neutral` (the quick lock's clock).
pub fn after_lock<R: Runtime>(window: &WebviewWindow<R>, after: &str) {
    let Ok(mut url) = window.url() else {
        return;
    };
    url.set_query(Some(&format!("after={after}")));
    let _ = window.navigate(url);
}

/// [`after_lock`] on the app's main window, for a lock that comes from Rust (the idle lock).
pub fn main_after_lock<R: Runtime>(app: &tauri::AppHandle<R>, after: &str) {
    if let Some(window) = app.get_webview_window("main") {
        after_lock(&window, after);
    }
}
