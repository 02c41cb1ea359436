//! What the worker copied from a case, or only selected, stays on the desktop's clipboard after a
//! lock: at the clock or the unlock screen anyone could paste it, and a clipboard manager keeps a
//! history (security review, 2026-12-06: a family name copied, then Ctrl+L, was still there, in
//! the clipboard and in the X11 primary selection). The page says when it copies text, or selects
//! some, in the page or in a field (`session_copied`); the next lock empties what it touched: the
//! clipboard after a copy, on Linux the primary selection after a selection. What the page never
//! touched is left as it is: what another program put there is not the app's to erase.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{AppHandle, Manager, Runtime};

use crate::state::AppState;

/// What the page touched since the last lock: the clipboard (it copied), the primary selection
/// (it selected text, which X11 offers to a middle click).
#[derive(Default)]
pub struct Touched {
    clipboard: AtomicBool,
    primary: AtomicBool,
}

impl Touched {
    /// The page selected text (`copied`: and copied it).
    pub fn mark(&self, copied: bool) {
        self.primary.store(true, Ordering::Relaxed);
        if copied {
            self.clipboard.store(true, Ordering::Relaxed);
        }
    }

    /// What to empty, once: the lock takes the marks.
    fn take(&self) -> Selections {
        Selections {
            clipboard: self.clipboard.swap(false, Ordering::Relaxed),
            primary: self.primary.swap(false, Ordering::Relaxed),
        }
    }
}

/// Which of the desktop's selections to empty.
#[derive(Clone, Copy)]
struct Selections {
    clipboard: bool,
    primary: bool,
}

/// At a lock: empties what the page touched, and only that (a text selected in the app, then
/// another program's copied, leaves that program's clipboard alone: security check, 2026-12-06).
pub fn clear_if_touched<R: Runtime>(app: &AppHandle<R>) {
    let Some(touched) = app
        .try_state::<AppState>()
        .map(|state| state.clipboard.take())
    else {
        return;
    };
    if touched.clipboard || touched.primary {
        clear(app, touched);
    }
}

#[cfg(target_os = "linux")]
fn clear<R: Runtime>(app: &AppHandle<R>, touched: Selections) {
    let _ = app.run_on_main_thread(move || {
        if !gtk::is_initialized_main_thread() {
            return;
        }
        // Owned by the app with nothing in it: what WebKit had put there is gone, and a
        // clipboard manager records an empty text.
        let selections = [
            (touched.clipboard, gtk::gdk::SELECTION_CLIPBOARD),
            (touched.primary, gtk::gdk::SELECTION_PRIMARY),
        ];
        for (_, selection) in selections.iter().filter(|(touched, _)| *touched) {
            gtk::Clipboard::get(selection).set_text("");
        }
    });
}

#[cfg(windows)]
fn clear<R: Runtime>(_app: &AppHandle<R>, touched: Selections) {
    // Windows has no primary selection: a text only selected was never on its clipboard.
    if !touched.clipboard {
        return;
    }
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
fn clear<R: Runtime>(_app: &AppHandle<R>, _touched: Selections) {}
