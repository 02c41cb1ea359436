//! File dialogs for backups, bundles and exports, opened from Rust, and the progress of long
//! operations sent to the page: what the use cases ask of the app ([`FrontEnd`]).
//!
//! The webview has no `dialog:` or `fs:` permission (capabilities/main.json): a page cannot choose
//! a path, only ask a command to open a dialog whose answer stays in Rust. What a dialog shows (its
//! title, a neutral suggested name) comes from the application layer's [`FileOffer`].
//!
//! End-to-end tests cannot drive a native dialog. In debug builds only, `PASSERELLE_E2E_DIALOG_DIR`
//! answers every dialog from a directory instead: a save goes to the suggested name in it, an open
//! takes its newest file with the wanted extension. Release builds do not contain this code.

use std::path::{Path, PathBuf};

use passerelle_core::app::backup::Progress;
use passerelle_core::app::{FileOffer, FrontEnd};
use passerelle_core::vault::LockCount;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::AppState;
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

/// Event carrying [`Progress`] of a long operation to the UI.
pub const PROGRESS_EVENT: &str = "vault-progress";

/// The app as the use cases see it: native dialogs, progress as events.
pub struct Dialogs<'a, R: Runtime> {
    pub app: &'a AppHandle<R>,
    /// `--export-dir`: exported documents go there without a dialog.
    pub export_dir: Option<&'a Path>,
}

impl<R: Runtime> FrontEnd for Dialogs<'_, R> {
    fn save_to(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        save(self.app, offer)
    }

    fn open_from(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        open(self.app, offer)
    }

    fn export_to(&mut self, offer: &FileOffer) -> Option<PathBuf> {
        match self.export_dir {
            Some(dir) => Some(dir.join(&offer.file_name)),
            None => save(self.app, offer),
        }
    }

    fn progress(&mut self, progress: Progress) {
        let _ = self.app.emit(PROGRESS_EVENT, progress);
    }
}

/// Asks where to save; `None` if the person cancelled.
fn save<R: Runtime>(app: &AppHandle<R>, kind: &FileOffer) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = e2e_dir() {
        return Some(dir.join(&kind.file_name));
    }
    ask(app, kind, |dialog| {
        dialog.set_file_name(&kind.file_name).blocking_save_file()
    })
}

/// Opens the dialog `answer` asks with, titled and filtered for `kind`, in [`start_folder`];
/// its folder is remembered for the next one.
fn ask<R: Runtime>(
    app: &AppHandle<R>,
    kind: &FileOffer,
    answer: impl FnOnce(FileDialogBuilder<R>) -> Option<FilePath>,
) -> Option<PathBuf> {
    let _watch = opening(app);
    let dialog = app
        .dialog()
        .file()
        .set_title(&kind.title)
        .set_directory(start_folder(app))
        .add_filter(kind.extension, &[kind.extension]);
    let chosen = waiting(|| answer(dialog)).and_then(|p| p.into_path().ok());
    remember_folder(app, chosen.as_deref());
    chosen
}

/// The folder the last dialog answered in, and the vault's lock count then: the letter, then the
/// support letter, then the checklist go to one USB stick without looking for it three times.
/// Kept in memory for the session only: a folder's name may be a person's, and the next worker,
/// after a lock, starts from her documents (review, 2026-12-06).
static LAST_FOLDER: std::sync::Mutex<Option<(PathBuf, LockCount)>> = std::sync::Mutex::new(None);

/// Where a dialog opens: the folder of the last one of this session, else a removable medium
/// plugged in, else the worker's documents, else her home (UI review, 2026-12-06: GTK opened in
/// the app's working folder, beside nothing she knows).
///
/// A USB stick before the documents: what desktop search indexes (GNOME's Tracker, KDE's Baloo,
/// Windows Search) includes the documents folder, so a letter left there is found by typing her
/// name, with no passphrase, and the file manager keeps a thumbnail of its first page (security
/// review, 2026-12-08). The print hint says so too.
fn start_folder<R: Runtime>(app: &AppHandle<R>) -> PathBuf {
    let session = lock_count(app);
    LAST_FOLDER
        .lock()
        .ok()
        .and_then(|last| last.clone())
        .filter(|(d, at)| Some(*at) == session && d.is_dir())
        .map(|(d, _)| d)
        .or_else(removable_medium)
        .or_else(dirs::document_dir)
        .filter(|d| d.is_dir())
        .or_else(dirs::home_dir)
        .unwrap_or_default()
}

/// The first removable medium the desktop mounted for this user (udisks: `/run/media/USER/…`,
/// or `/media/USER/…` on Debian and Ubuntu), in name order. Windows: none looked for yet.
fn removable_medium() -> Option<PathBuf> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let user =
        std::env::var_os("USER").or_else(|| dirs::home_dir()?.file_name().map(Into::into))?;
    first_medium(&[Path::new("/run/media"), Path::new("/media")], &user)
}

/// The first folder, in name order, under `base/user` for the first of `bases` that has one.
fn first_medium(bases: &[&Path], user: &std::ffi::OsStr) -> Option<PathBuf> {
    bases.iter().find_map(|base| {
        let mut media: Vec<PathBuf> = std::fs::read_dir(base.join(user))
            .ok()?
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.is_dir())
            .collect();
        media.sort();
        media.into_iter().next()
    })
}

fn remember_folder<R: Runtime>(app: &AppHandle<R>, chosen: Option<&Path>) {
    let (Some(folder), Some(at)) = (chosen.and_then(Path::parent), lock_count(app)) else {
        return;
    };
    if let Ok(mut last) = LAST_FOLDER.lock() {
        *last = Some((folder.to_path_buf(), at));
    }
}

fn lock_count<R: Runtime>(app: &AppHandle<R>) -> Option<LockCount> {
    Some(app.try_state::<AppState>()?.app.vault().lock_count())
}

/// Asks which file to open; `None` if the person cancelled.
fn open<R: Runtime>(app: &AppHandle<R>, kind: &FileOffer) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = e2e_dir() {
        return newest(&dir, kind.extension);
    }
    ask(app, kind, |dialog| dialog.blocking_pick_file())
}

/// A file dialog opens: the app's entries in the desktop's recent files are looked for while it
/// is open ([`crate::recent::watch_dialog`]), and the name typed or selected in it, which GTK
/// offers as the primary selection, is emptied at the next lock (security check, 2026-12-06: a
/// file name selected in the dialog outlived the lock).
fn opening<R: Runtime>(app: &AppHandle<R>) -> crate::recent::DialogWatch {
    crate::clipboard::dialog_opened(app);
    crate::recent::watch_dialog(app)
}

/// Runs `wait` (a dialog, open until the worker answers it) without holding one of the async
/// runtime's threads, one per core: two dialogs left open on a two-core laptop held both, and
/// « Verrouiller », Ctrl+L and the quick lock waited until one was closed (security check,
/// 2026-12-06). Tokio hands this thread's other work to a new one meanwhile.
fn waiting<T>(wait: impl FnOnce() -> T) -> T {
    tokio::task::block_in_place(wait)
}

#[cfg(debug_assertions)]
fn e2e_dir() -> Option<PathBuf> {
    std::env::var_os("PASSERELLE_E2E_DIALOG_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

#[cfg(debug_assertions)]
fn newest(dir: &std::path::Path, extension: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plugged_in_medium_is_found_under_the_users_folder_in_name_order() {
        let root = tempfile::tempdir().unwrap();
        let (run, media) = (root.path().join("run-media"), root.path().join("media"));
        let user = std::ffi::OsStr::new("worker");
        assert_eq!(first_medium(&[&run, &media], user), None);
        std::fs::create_dir_all(media.join("worker")).unwrap();
        assert_eq!(
            first_medium(&[&run, &media], user),
            None,
            "no medium mounted"
        );
        std::fs::create_dir_all(media.join("worker/USB B")).unwrap();
        std::fs::create_dir_all(media.join("worker/USB A")).unwrap();
        std::fs::write(media.join("worker/a-file"), b"").unwrap();
        std::fs::create_dir_all(media.join("other/USB 0")).unwrap();
        assert_eq!(
            first_medium(&[&run, &media], user),
            Some(media.join("worker/USB A"))
        );
    }
}
