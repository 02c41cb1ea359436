//! File dialogs for backups, bundles and exports, opened from Rust.
//!
//! The webview has no `dialog:` or `fs:` permission (capabilities/main.json): a page cannot choose
//! a path, only ask a command to open a dialog whose answer stays in Rust. Suggested file names are
//! neutral: no app name, no person's name, so a file on a USB stick says nothing to whoever finds
//! it.
//!
//! End-to-end tests cannot drive a native dialog. In debug builds only, `PASSERELLE_E2E_DIALOG_DIR`
//! answers every dialog from a directory instead: a save goes to the suggested name in it, an open
//! takes its newest file with the wanted extension. Release builds do not contain this code.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// What a dialog is for: its title, the suggested name and the extension.
pub struct FileKind {
    /// Window title (already translated).
    pub title: String,
    /// Suggested file name, for saves.
    pub file_name: String,
    /// Extension without the dot.
    pub extension: &'static str,
}

/// Asks where to save; `None` if the person cancelled.
pub fn save<R: Runtime>(app: &AppHandle<R>, kind: &FileKind) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = e2e_dir() {
        return Some(dir.join(&kind.file_name));
    }
    app.dialog()
        .file()
        .set_title(&kind.title)
        .set_file_name(&kind.file_name)
        .add_filter(kind.extension, &[kind.extension])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Asks which file to open; `None` if the person cancelled.
pub fn open<R: Runtime>(app: &AppHandle<R>, kind: &FileKind) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = e2e_dir() {
        return newest(&dir, kind.extension);
    }
    app.dialog()
        .file()
        .set_title(&kind.title)
        .add_filter(kind.extension, &[kind.extension])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
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
