//! Preferences needed before unlock (the UI language), in a small plaintext file.
//!
//! This file is readable by anyone with the laptop, so it holds nothing about any person: only
//! choices of the app's user, each an enumerated value. Everything else lives in the vault.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::L10n;
use crate::{fsx, Result};

/// Pre-unlock preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Prefs {
    /// UI language (`fr` or `en`).
    pub language: String,
    /// Show initials instead of names everywhere on screen (rooms others can see). A choice of
    /// the worker, not data about anyone: it may live outside the vault.
    pub hide_names: bool,
    /// The interface's text size in percent (the whole page zooms): a choice of the worker's
    /// eyes, not data about anyone. Always within [`Prefs::TEXT_SIZE_RANGE`].
    pub text_size: u32,
    /// Other programs may capture the window (a screenshot, a screen shared in a video call, a
    /// remote-help tool). Off by default: on Windows the window is then left out of every
    /// capture, and shows black there. A choice of the worker (some magnifiers show the window
    /// black too), not data about anyone.
    pub screen_capture_allowed: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            language: crate::i18n::DEFAULT_LANGUAGE.to_string(),
            hide_names: false,
            text_size: 100,
            screen_capture_allowed: false,
        }
    }
}

/// Where the preferences live.
pub fn path_in(data_dir: &Path) -> PathBuf {
    data_dir.join("prefs.json")
}

impl Prefs {
    /// The text sizes the interface offers, in percent.
    pub const TEXT_SIZE_RANGE: std::ops::RangeInclusive<u32> = 80..=200;

    /// Reads the preferences; defaults when absent or unreadable (a damaged preferences file must
    /// never keep anyone from their cases).
    pub fn load(data_dir: &Path) -> Prefs {
        let mut prefs: Prefs = std::fs::read(path_in(data_dir))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        prefs.language = L10n::negotiate_ui(&prefs.language).to_string();
        if !Self::TEXT_SIZE_RANGE.contains(&prefs.text_size) {
            prefs.text_size = Prefs::default().text_size;
        }
        prefs
    }

    /// Writes the preferences atomically.
    pub fn save(&self, data_dir: &Path) -> Result<()> {
        fsx::create_private_dir(data_dir)?;
        let bytes = serde_json::to_vec_pretty(self).map_err(|_| crate::Error::Internal("prefs"))?;
        fsx::write_atomically(&path_in(data_dir), &bytes)
    }
}
