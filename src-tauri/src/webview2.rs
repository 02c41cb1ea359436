//! Windows: the WebView2 runtime, which draws the window.
//!
//! Windows 11 and updated Windows 10 ship it; an old or stripped-down Windows 10 may not, and
//! the installer cannot fetch it (Passerelle and its installer work offline). Without this
//! check the app would die before its window appears, silently (a GUI program has no console).
//! So it asks first and, when the runtime is missing, explains in a message box, in the
//! worker's interface language, how to install it from a USB stick.

use std::path::Path;

use passerelle_core::i18n::L10n;
use passerelle_core::prefs::Prefs;
use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONERROR, MB_OK};

/// Returns true if and only if a WebView2 runtime is installed; otherwise explains and returns
/// false, and the app ends.
pub fn runtime_present(data_dir: &Path) -> bool {
    match tauri::webview_version() {
        Ok(version) => {
            log::info!("webview2 {version}");
            true
        }
        Err(_) => {
            log::error!("webview2 runtime missing");
            let lang = Prefs::load(data_dir).language;
            let l10n = L10n::get();
            let title = wide(&l10n.format(&lang, "webview2-missing-title", &[]));
            let body = wide(&l10n.format(&lang, "webview2-missing-body", &[]));
            // SAFETY: two NUL-terminated UTF-16 strings that outlive the call; no owner window.
            unsafe {
                MessageBoxW(
                    std::ptr::null_mut(),
                    body.as_ptr(),
                    title.as_ptr(),
                    MB_OK | MB_ICONERROR,
                )
            };
            false
        }
    }
}

fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain(std::iter::once(0)).collect()
}
