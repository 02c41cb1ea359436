//! What the worker copied from a case, or only selected, stays on the desktop's clipboard after a
//! lock: at the clock or the unlock screen anyone could paste it, and a clipboard manager keeps a
//! history (security review, 2026-12-06: a family name copied, then Ctrl+L, was still there, in
//! the clipboard and in the X11 primary selection). The page says when it copies text, or selects
//! some, in the page or in a field (`session_copied`); the next lock empties what it touched: the
//! clipboard after a copy, on Linux the primary selection after a selection. What the page never
//! touched is left as it is: what another program put there is not the app's to erase; on Linux,
//! neither is what another program copied after the page (the app no longer owns it).

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

/// A file dialog opened: what is typed or selected in its name field is GTK's primary selection,
/// emptied at the next lock like the page's.
pub fn dialog_opened<R: Runtime>(app: &AppHandle<R>) {
    if let Some(state) = app.try_state::<AppState>() {
        state.clipboard.mark(false);
    }
}

/// At a lock: empties what the page touched, and only that (a text selected in the app, then
/// another program's copied, leaves that program's clipboard alone: security check, 2026-12-06).
/// The selections are emptied on the main thread (GTK), queued from here.
pub fn clear_if_touched<R: Runtime>(app: &AppHandle<R>) {
    let Some(touched) = taken(app) else {
        return;
    };
    #[cfg(target_os = "linux")]
    let _ = app.run_on_main_thread(move || clear(touched));
    #[cfg(not(target_os = "linux"))]
    clear(touched);
}

/// At exit, from the event loop's own thread: the same, at once (no task queued now would run),
/// before GTK hands the clipboard to a clipboard manager (code review, 2026-12-06: quitting kept
/// it).
pub fn clear_now_if_touched<R: Runtime>(app: &AppHandle<R>) {
    if let Some(touched) = taken(app) {
        clear(touched);
    }
}

/// The marks, taken; `None` when there is nothing to empty.
fn taken<R: Runtime>(app: &AppHandle<R>) -> Option<Selections> {
    let touched = app.try_state::<AppState>()?.clipboard.take();
    (touched.clipboard || touched.primary).then_some(touched)
}

/// On the main thread.
#[cfg(target_os = "linux")]
fn clear(touched: Selections) {
    if !gtk::is_initialized_main_thread() {
        return;
    }
    // Owned by the app with nothing in it: what WebKit had put there is gone, and a clipboard
    // manager records an empty text. Only while the app still owns it: copied in the app, then in
    // another program, that program's text is not the app's to erase (security review,
    // 2026-12-06). GDK may know another program's window too, as a « foreign » one (it wraps the
    // owner it is told of when a selection changes hands): only a window of this process counts.
    let selections = [
        (touched.clipboard, gtk::gdk::SELECTION_CLIPBOARD),
        (touched.primary, gtk::gdk::SELECTION_PRIMARY),
    ];
    for (_, selection) in selections.iter().filter(|(touched, _)| *touched) {
        let ours = gtk::gdk::selection_owner_get(selection)
            .is_some_and(|owner| owner.window_type() != gtk::gdk::WindowType::Foreign);
        if ours {
            gtk::Clipboard::get(selection).set_text("");
        }
    }
}

#[cfg(windows)]
fn clear(touched: Selections) {
    use windows_sys::Win32::System::DataExchange::{CloseClipboard, EmptyClipboard, OpenClipboard};
    // Windows has no primary selection: a text only selected was never on its clipboard.
    if !touched.clipboard {
        return;
    }
    // SAFETY: the three calls take no pointer; the clipboard is opened for this thread, emptied
    // and closed at once. OpenClipboard fails while another program holds it for a moment: tried
    // a few times.
    unsafe {
        for _ in 0..5 {
            if OpenClipboard(std::ptr::null_mut()) != 0 {
                EmptyClipboard();
                CloseClipboard();
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
fn clear(_touched: Selections) {}
