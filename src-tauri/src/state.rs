//! Everything the commands share.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, RwLock};
use std::time::Instant;

use passerelle_core::prefs::Prefs;
use passerelle_core::vault::Vault;
use passerelle_core::{Error, SystemClock};

use crate::error::UiError;
use crate::paths::Paths;

pub struct AppState {
    pub paths: Paths,
    pub vault: Vault,
    pub prefs: RwLock<Prefs>,
    pub clock: SystemClock,
    /// Last user input or command, for the idle lock.
    pub last_activity: Mutex<Instant>,
    /// The idle-lock delay, read from the vault's settings at unlock.
    pub idle_lock_minutes: AtomicU32,
}

impl AppState {
    pub fn new(data_dir: PathBuf) -> Self {
        let paths = Paths::under(data_dir);
        let prefs = Prefs::load(&paths.data);
        AppState {
            vault: Vault::at(&paths.store),
            prefs: RwLock::new(prefs),
            paths,
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
