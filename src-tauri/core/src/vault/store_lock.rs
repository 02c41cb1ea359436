//! One process at a time on a store.
//!
//! Review, 2026-12-04: nothing kept the CLI, or the app started twice, from opening a store
//! another process had open. An unlock there deleted a key rotation's `passerelle.keys.next`
//! while the rotation re-encrypted the database (the store was then lost with its new key), and a
//! restore that failed removed the database a second restore had just written in the same
//! folder. The process that has a store unlocked, or creates or restores one, holds an exclusive
//! lock on `passerelle.lock` in its folder (`flock` on Unix, `LockFileEx` on Windows, through
//! `std::fs::File::try_lock`); another gets [`Error::StoreInUse`]. The lock ends with the
//! session (a lock, a quick lock, the process ending or killed: the system releases it). The
//! file holds nothing.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::{Error, Result};

/// The lock file, in the store's folder.
pub const LOCK_FILE: &str = "passerelle.lock";

/// The lock held on a store's folder; released when dropped.
#[derive(Debug)]
pub(crate) struct StoreLock {
    _file: File,
}

impl StoreLock {
    /// Takes the lock of the store in `dir` (which exists), or says that another process has it.
    ///
    /// # Errors
    /// [`Error::StoreInUse`] when another holds it; [`Error::Io`] when the lock file cannot be
    /// opened (a folder that cannot be written to could not hold the store either).
    pub(crate) fn take(dir: &Path) -> Result<StoreLock> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(LOCK_FILE))?;
        match file.try_lock() {
            Ok(()) => Ok(StoreLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(Error::StoreInUse),
            // A file system that cannot lock (some network shares say so with « unsupported »,
            // others with an input/output or « no locks available » error): the store still
            // opens, as it did before the lock existed. Only a lock someone holds refuses it.
            Err(TryLockError::Error(e)) => {
                log::warn!("the store's folder cannot be locked ({:?})", e.kind());
                Ok(StoreLock { _file: file })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = StoreLock::take(dir.path()).unwrap();
        assert!(matches!(
            StoreLock::take(dir.path()),
            Err(Error::StoreInUse)
        ));
        drop(first);
        StoreLock::take(dir.path()).unwrap();
    }
}
