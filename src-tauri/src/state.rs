//! Everything the commands share.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, RwLock};
use std::time::Instant;

use passerelle_core::overview::Names;
use passerelle_core::prefs::Prefs;
use passerelle_core::vault::Vault;
use passerelle_core::{Error, SystemClock};

use crate::error::UiError;
use crate::paths::Paths;

pub struct AppState {
    pub paths: Paths,
    /// `--export-dir` / `PASSERELLE_EXPORT_DIR`: documents are written there without a dialog
    /// (end-to-end tests: WebDriver cannot drive a native dialog).
    pub export_dir: Option<PathBuf>,
    pub vault: Vault,
    pub prefs: RwLock<Prefs>,
    pub clock: SystemClock,
    /// Last user input or command, for the idle lock.
    pub last_activity: Mutex<Instant>,
    /// The idle-lock delay, read from the vault's settings at unlock.
    pub idle_lock_minutes: AtomicU32,
}

impl AppState {
    pub fn new(data_dir: PathBuf, export_dir: Option<PathBuf>) -> Self {
        let paths = Paths::under(data_dir);
        let prefs = Prefs::load(&paths.data);
        AppState {
            vault: Vault::at(&paths.store),
            prefs: RwLock::new(prefs),
            paths,
            export_dir,
            clock: SystemClock,
            last_activity: Mutex::new(Instant::now()),
            idle_lock_minutes: AtomicU32::new(5),
        }
    }

    /// The UI language.
    pub fn lang(&self) -> String {
        self.prefs
            .read()
            .map(|p| p.language.clone())
            .unwrap_or_else(|_| passerelle_core::i18n::DEFAULT_LANGUAGE.into())
    }

    /// Names or initials, as the worker chose.
    pub fn names(&self) -> Names {
        Names::hidden(self.prefs.read().map(|p| p.hide_names).unwrap_or(false))
    }

    /// Maps a core error for the UI, in the UI language.
    pub fn ui_error(&self, e: Error) -> UiError {
        UiError::from_core(e, &self.lang())
    }

    /// Records activity: the idle lock counts from here.
    pub fn touch(&self) {
        if let Ok(mut t) = self.last_activity.lock() {
            *t = Instant::now();
        }
    }

    pub fn idle_minutes(&self) -> u32 {
        self.idle_lock_minutes.load(Ordering::Relaxed)
    }
}
