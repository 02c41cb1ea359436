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
use std::time::{Duration, Instant};

use crate::{Error, Result};

/// The lock file, in the store's folder.
pub const LOCK_FILE: &str = "passerelle.lock";

/// How long a lock that looks held is tried again before the store is said in use. A program
/// this process starts (`lp` to print, a test's CLI) holds a copy of every open file between its
/// fork and its exec, the lock file's included, so a lock just let go here can look held for that
/// moment (a test run met it: « StoreInUse » on the unlock after a lock, in one process). Another
/// process that has the store open holds it far longer than this.
const MOMENT: Duration = Duration::from_millis(500);

/// The lock held on a store's folder; released when dropped.
#[derive(Debug)]
pub(crate) struct StoreLock {
    _file: File,
    /// False on a folder that cannot be locked: the store opens all the same.
    held: bool,
}

impl StoreLock {
    /// True when the lock is held; false on a folder that cannot be locked, where another
    /// process may be at work all the same.
    pub(crate) fn held(&self) -> bool {
        self.held
    }

    /// Takes the lock of the store in `dir` (which exists), or says that another process has it.
    ///
    /// # Errors
    /// [`Error::StoreInUse`] when another holds it; [`Error::Io`] when the lock file cannot be
    /// opened (a folder that cannot be written to could not hold the store either).
    pub(crate) fn take(dir: &Path) -> Result<StoreLock> {
        StoreLock::take_within(dir, MOMENT)
    }

    /// [`StoreLock::take`], a lock that looks held tried again for `moment`.
    fn take_within(dir: &Path, moment: Duration) -> Result<StoreLock> {
        let file = crate::fsx::open_owner_only(
            OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false),
            &dir.join(LOCK_FILE),
        )?;
        let until = Instant::now() + moment;
        loop {
            match file.try_lock() {
                Ok(()) => {
                    return Ok(StoreLock {
                        _file: file,
                        held: true,
                    })
                }
                Err(TryLockError::WouldBlock) if Instant::now() < until => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(TryLockError::WouldBlock) => return Err(Error::StoreInUse),
                // A file system that cannot lock (some network shares say so with
                // « unsupported », others with an input/output or « no locks available »
                // error): the store still opens, as it did before the lock existed. Only a lock
                // someone holds refuses it.
                Err(TryLockError::Error(e)) => {
                    log::warn!("the store's folder cannot be locked ({:?})", e.kind());
                    return Ok(StoreLock {
                        _file: file,
                        held: false,
                    });
                }
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

    /// A lock let go a moment after it is asked for (a program started here held a copy of the
    /// lock file until its exec) is taken, not reported as another process's.
    #[test]
    fn a_lock_let_go_within_a_moment_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let first = StoreLock::take(dir.path()).unwrap();
        let (asked, asking) = std::sync::mpsc::channel();
        let path = dir.path().to_path_buf();
        // A long moment, so that a busy machine cannot make the test fail.
        let second = std::thread::spawn(move || {
            asked.send(()).unwrap();
            StoreLock::take_within(&path, Duration::from_secs(60))
        });
        asking.recv().unwrap();
        // Let the second ask while the first holds it, so the retry is what takes it (a later
        // ask would take a free lock and prove nothing); its 60 s leave room for any machine.
        std::thread::sleep(Duration::from_millis(200));
        drop(first);
        assert!(second.join().unwrap().is_ok());
    }
}
