//! Where the app keeps its files.
//!
//! `PASSERELLE_DATA_DIR` (or `--data-dir DIR`) overrides everything: tests and demos point it at
//! a throwaway directory. `PASSERELLE_EXPORT_DIR` (or `--export-dir DIR`) sends exported
//! documents to a directory without asking. Otherwise the per-user data directory of the OS, under an identifier
//! that differs between release and debug builds, so a development build never opens the real
//! store of the association.

use std::path::PathBuf;

/// Identifier of the data directory (release).
const RELEASE_ID: &str = "fr.passerelle.app";
/// Identifier of the data directory (debug builds: `cargo run`, tests).
const DEBUG_ID: &str = "fr.passerelle.app.dev";

/// The app's files, resolved once at start.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Root of everything below.
    pub data: PathBuf,
    /// The encrypted store.
    pub store: PathBuf,
    /// WebKit's own data (caches; the UI stores nothing there).
    pub webview: PathBuf,
}

impl Paths {
    pub fn under(data: PathBuf) -> Self {
        Paths {
            store: data.join("store"),
            webview: data.join("webview"),
            data,
        }
    }
}

/// The value of command-line flag `flag`, else of environment variable `var`.
fn flag_or_env(flag: &str, var: &str) -> Option<PathBuf> {
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == flag {
            if let Some(dir) = args.next() {
                return Some(PathBuf::from(dir));
            }
        }
    }
    std::env::var_os(var)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

/// Where exported documents go without a save dialog: `--export-dir DIR`, then
/// `PASSERELLE_EXPORT_DIR`. Unset in normal use: the worker then chooses each file's place in
/// a dialog. The end-to-end tests set it, because WebDriver cannot drive a native dialog; debug
/// builds only (security review, 2026-12-06: in a release build, a variable set in her session
/// sent every document, unasked, to one folder, each replacing the last of its name).
pub fn export_dir() -> Option<PathBuf> {
    if cfg!(debug_assertions) {
        flag_or_env("--export-dir", "PASSERELLE_EXPORT_DIR")
    } else {
        None
    }
}

/// The data directory: `--data-dir`, then `PASSERELLE_DATA_DIR`, then the OS default.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = flag_or_env("--data-dir", "PASSERELLE_DATA_DIR") {
        return dir;
    }
    let id = if cfg!(debug_assertions) {
        DEBUG_ID
    } else {
        RELEASE_ID
    };
    os_data_dir().join(id)
}

/// The per-user directory for application data that stays on this computer: `$XDG_DATA_HOME` or
/// `~/.local/share` on Linux, `~/Library/Application Support` on macOS, `%LOCALAPPDATA%` on
/// Windows. Local rather than roaming (`%APPDATA%`) on Windows: a roaming profile would copy the
/// vault to the domain's server at every sign-out. Logs go inside the data directory on every OS
/// (`<data>/logs`), so one owner-only directory holds everything Passerelle writes.
fn os_data_dir() -> PathBuf {
    // None only without any home directory (no $HOME and no passwd entry): the working directory
    // is then the one place left.
    dirs::data_local_dir().unwrap_or_else(|| PathBuf::from("."))
}
