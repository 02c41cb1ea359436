//! The app's log file: `<data>/logs/passerelle.log`, rotated at 1 MiB (one old file kept).
//!
//! What is logged is events and error codes: "unlock failed: vault.wrong-passphrase", never a
//! name, a case field, a passphrase or a path inside a case. Core errors reach the log through
//! `error::LogSafe`, which drops the detail of wrapped errors.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const MAX_BYTES: u64 = 1024 * 1024;

struct FileLog {
    path: PathBuf,
    file: Mutex<Option<File>>,
}

impl log::Log for FileLog {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Info
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let Ok(mut guard) = self.file.lock() else {
            return;
        };
        if let Some(f) = guard.as_ref() {
            if f.metadata().map(|m| m.len() > MAX_BYTES).unwrap_or(false) {
                let _ = fs::rename(&self.path, self.path.with_extension("log.1"));
                *guard = open(&self.path);
            }
        }
        if let Some(f) = guard.as_mut() {
            let _ = writeln!(
                f,
                "{} {:5} {}",
                chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
                record.level(),
                record.args()
            );
        }
    }

    fn flush(&self) {
        if let Ok(mut g) = self.file.lock() {
            if let Some(f) = g.as_mut() {
                let _ = f.flush();
            }
        }
    }
}

/// The log holds no personal data, and is its owner's only all the same (0600, as the store).
fn open(path: &Path) -> Option<File> {
    let mut options = OpenOptions::new();
    passerelle_core::app::process::open_owner_only(options.create(true).append(true), path).ok()
}

/// Installs the file logger. Logging is best effort: a read-only disk must not stop the app.
pub fn init(dir: &Path) {
    if passerelle_core::app::process::create_private_dir(dir).is_err() {
        return;
    }
    let path = dir.join("passerelle.log");
    let logger = FileLog {
        file: Mutex::new(open(&path)),
        path,
    };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(log::LevelFilter::Info);
    }
}
