//! After a lock, the page that held the session is thrown away (issue 13): a fresh page is
//! loaded, which starts on the unlock screen or the quick lock's neutral screen; the locked
//! session's JavaScript heap, inputs and DOM go with the old page. On Linux the web process that
//! held them is ended first, and the fresh page gets a new one: the freed memory of the old one,
//! where copies of the passphrase and of names stayed, goes back to the system with it. Not under
//! WebDriver (`webview_store::ephemeral` is false there): WebKitWebDriver loses its page when the
//! process ends; tests/e2e/tests/webview_store.rs checks the app as a worker runs it.
//!
//! Measured figures are in docs/vault-operations.md, « Risks that remain ».

use tauri::{Manager, Runtime, WebviewWindow};

/// What the fresh page shows first: `locked-by-user`, `locked-idle` (the unlock screen with that
/// reason) or `neutral` (the quick lock's clock).
pub fn after_lock<R: Runtime>(window: &WebviewWindow<R>, after: &str) {
    // Nothing copied from a case outlives the lock, whatever happens to the page.
    crate::clipboard::clear_if_touched(window.app_handle());
    let Ok(mut url) = window.url() else {
        return;
    };
    url.set_query(Some(&format!("after={after}")));
    // Nothing the app put in the desktop's recent files, nor a file dialog, outlives the lock.
    crate::recent::forget(window.app_handle());
    crate::recent::cancel_file_dialogs(window.app_handle());
    #[cfg(target_os = "linux")]
    if crate::webview_store::ephemeral() {
        // Runs on the main thread before the navigation below, which is queued after it.
        let _ = window.with_webview(|view| {
            use webkit2gtk::WebViewExt;
            view.inner().terminate_web_process();
        });
    }
    let _ = window.navigate(url);
}

/// What the fresh page shows after a lock the worker asked for: the unlock screen, or the quick
/// lock's clock (`neutral`); their `-unsaved` forms when the page dropped a value Rust had refused
/// (a setting), which the unlock screen then mentions.
pub fn by_user(neutral: bool, unsaved: bool) -> &'static str {
    match (neutral, unsaved) {
        (false, false) => "locked-by-user",
        (false, true) => "locked-unsaved",
        (true, false) => "neutral",
        (true, true) => "neutral-unsaved",
    }
}

/// [`after_lock`] on the app's main window, for a lock that comes from Rust (the idle lock).
pub fn main_after_lock<R: Runtime>(app: &tauri::AppHandle<R>, after: &str) {
    if let Some(window) = app.get_webview_window("main") {
        after_lock(&window, after);
    }
}
