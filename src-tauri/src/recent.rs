//! GTK's file chooser adds every file accepted in it to the desktop's « recently used » list
//! (`~/.local/share/recently-used.xbel`), outside the vault and under this app's name: which
//! documents were made on which day, and whatever the worker typed in a file name — a person's
//! name perhaps (review, 2026-12-04). Nothing of the kind may outlive the vault's lock, so the
//! app's entries are removed from that list:
//! - as soon as one appears while a file dialog is open, and for two seconds after it closed
//!   ([`watch_dialog`]), before GTK writes the list (it writes a change 250 ms later). Looked for
//!   every 20 ms from the moment the dialog opens, by the app's name, not by the file's address
//!   nor the list's size (GTK updates its `size` only when it reads the file again): watched
//!   only once the dialog had returned, by its address, the entry reached the disk for a quarter
//!   of a second, the file's name with it (security review, 2026-12-06);
//! - at each change of the list, at start and at each lock ([`forget`]), for any that escaped.
//!
//! The list is never switched off (`gtk-recent-files-enabled`): GTK would then write it empty,
//! erasing every other application's entries too.
//!
//! A file dialog left open is not modal (GTK's chooser gets no parent from the dialog plugin) and
//! outlived the lock: in front of the clock or the unlock screen, anyone could browse the disks,
//! see the recent files, rename or delete files, and write a bundle out. At each lock the open
//! choosers are cancelled, as their « Annuler » button does ([`cancel_file_dialogs`]).

use tauri::{AppHandle, Runtime};

#[cfg(target_os = "linux")]
use gtk::glib;
#[cfg(target_os = "linux")]
use gtk::prelude::*;

/// Removes the app's entries now, and again whenever the list changes.
pub fn watch<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    let _ = app.run_on_main_thread(|| {
        if let Some(list) = recent_list() {
            forget_ours(&list);
            list.connect_changed(forget_ours);
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Removes the app's entries now (a lock).
pub fn forget<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    let _ = app.run_on_main_thread(|| {
        if let Some(list) = recent_list() {
            forget_ours(&list);
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Cancels every open file chooser (a lock), as its « Annuler » button does: the use case that
/// opened it gets no file.
pub fn cancel_file_dialogs<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    let _ = app.run_on_main_thread(|| {
        if !gtk::is_initialized_main_thread() {
            return;
        }
        for window in gtk::Window::list_toplevels() {
            if let Ok(chooser) = window.downcast::<gtk::FileChooserDialog>() {
                chooser.response(gtk::ResponseType::Cancel);
            }
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Held while a file dialog is open ([`watch_dialog`]); dropped when it returns.
pub struct DialogWatch(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl Drop for DialogWatch {
    fn drop(&mut self) {
        self.0.store(false, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Removes the app's entries every 20 ms, from now (a file dialog opens) until two seconds after
/// the returned watch is dropped (it returned): the chooser adds the file it accepted,
/// asynchronously, around the moment it closes, and GTK writes the list 250 ms later.
pub fn watch_dialog<R: Runtime>(app: &AppHandle<R>) -> DialogWatch {
    let open = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    #[cfg(target_os = "linux")]
    {
        let still_open = open.clone();
        let _ = app.run_on_main_thread(move || {
            let Some(list) = recent_list() else {
                return;
            };
            // Ticks of 20 ms left once the dialog has returned.
            let mut after_close = 100;
            glib::timeout_add_local(std::time::Duration::from_millis(20), move || {
                // A walk over the list in memory (a few hundred entries at most), while a dialog
                // is open only.
                forget_ours(&list);
                if still_open.load(std::sync::atomic::Ordering::Relaxed) {
                    return glib::ControlFlow::Continue;
                }
                after_close -= 1;
                if after_close == 0 {
                    glib::ControlFlow::Break
                } else {
                    glib::ControlFlow::Continue
                }
            });
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
    DialogWatch(open)
}

/// The desktop's list, on the main thread of a GTK app (not under Tauri's mock runtime, where
/// GTK is not initialised and nothing adds to it).
#[cfg(target_os = "linux")]
fn recent_list() -> Option<gtk::RecentManager> {
    gtk::is_initialized_main_thread()
        .then(gtk::RecentManager::default)
        .flatten()
}

/// The name GTK records the app's entries under.
#[cfg(target_os = "linux")]
fn our_name() -> Option<glib::GString> {
    glib::application_name().or_else(glib::prgname)
}

/// Removes from `list` every entry this app registered (the whole entry: another program that
/// opened the same file would keep its name in the list too).
#[cfg(target_os = "linux")]
fn forget_ours(list: &gtk::RecentManager) {
    if let Some(name) = our_name() {
        forget_registered_by(list, &name);
    }
}

#[cfg(target_os = "linux")]
fn forget_registered_by(list: &gtk::RecentManager, name: &str) {
    for item in list.items() {
        if item.has_application(name) {
            if let Some(uri) = item.uri() {
                let _ = list.remove_item(&uri);
            }
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn entry(app: &str) -> gtk::RecentData {
        gtk::RecentData {
            display_name: None,
            description: None,
            mime_type: "application/pdf".into(),
            app_name: app.into(),
            app_exec: format!("{app} %u"),
            groups: Vec::new(),
            is_private: false,
        }
    }

    /// Only the app's entries go; another program's stay.
    #[test]
    fn the_apps_entries_leave_the_recent_list_and_others_stay() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recently-used.xbel");
        let list = gtk::RecentManager::builder()
            .filename(file.to_str().unwrap())
            .build();
        let ours = "file:///media/cle/courrier-Zqxrecent.pdf";
        let theirs = "file:///home/x/rapport.odt";
        assert!(list.add_full(ours, &entry("passerelle")));
        assert!(list.add_full(theirs, &entry("libreoffice")));
        assert!(list.has_item(ours) && list.has_item(theirs));

        forget_registered_by(&list, "passerelle");
        assert!(!list.has_item(ours), "the app's entry is gone");
        assert!(list.has_item(theirs), "another program's entry stays");
    }
}
