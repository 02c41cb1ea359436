//! What the worker copied from a case, or only selected, stays on the desktop's clipboard after a
//! lock: at the clock or the unlock screen anyone could paste it, and a clipboard manager keeps a
//! history (security review, 2026-12-06: a family name copied, then Ctrl+L, was still there, in
//! the clipboard and in the X11 primary selection). The page says when it copies or selects text
//! (`session_copied`); the next lock empties the clipboard, and on Linux the primary selection,
//! then forgets it. A clipboard the page never touched is left as it is: what another program put
//! there is not the app's to erase.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{AppHandle, Manager, Runtime};

use crate::state::AppState;

/// Whether the page copied or selected text since the last lock.
#[derive(Default)]
pub struct Touched(AtomicBool);

impl Touched {
    /// The page copied or selected text.
    pub fn mark(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// True once after [`Touched::mark`]: the lock that empties the clipboard takes the mark.
    fn take(&self) -> bool {
        self.0.swap(false, Ordering::Relaxed)
    }
}

/// At a lock: empties the clipboard (and the primary selection) if the page touched it.
pub fn clear_if_touched<R: Runtime>(app: &AppHandle<R>) {
    let touched = app
        .try_state::<AppState>()
        .is_some_and(|state| state.clipboard.take());
    if touched {
        clear(app);
    }
}

#[cfg(target_os = "linux")]
fn clear<R: Runtime>(app: &AppHandle<R>) {
    let _ = app.run_on_main_thread(|| {
        if !gtk::is_initialized_main_thread() {
            return;
        }
        // Owned by the app with nothing in it: what WebKit had put there is gone, and a
        // clipboard manager records an empty text.
        for selection in [gtk::gdk::SELECTION_CLIPBOARD, gtk::gdk::SELECTION_PRIMARY] {
            gtk::Clipboard::get(&selection).set_text("");
        }
    });
}

#[cfg(windows)]
fn clear<R: Runtime>(_app: &AppHandle<R>) {
    use windows_sys::Win32::System::DataExchange::{CloseClipboard, EmptyClipboard, OpenClipboard};
    // SAFETY: the three calls take no pointer; the clipboard is opened for this thread, emptied
    // and closed at once (OpenClipboard fails while another program holds it: then it is left).
    unsafe {
        if OpenClipboard(std::ptr::null_mut()) != 0 {
            EmptyClipboard();
            CloseClipboard();
        }
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
fn clear<R: Runtime>(_app: &AppHandle<R>) {}
