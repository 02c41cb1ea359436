//! The vault: an encrypted store that opens with a passphrase or the recovery key.
//!
//! A store is a directory:
//!
//! | file | content |
//! |---|---|
//! | `passerelle.keys` | the key file: the data key, wrapped once per keyslot ([`keyfile`]) |
//! | `passerelle.db` (+ `-wal`, `-shm`) | the SQLCipher database, encrypted with the data key |
//! | `unlock-attempts.json` | the failed-unlock counter ([`throttle`]): a number and a time |
//!
//! The data key is 256 random bits and never touches the disk unwrapped. Locking drops the
//! connection (SQLCipher wipes its copy of the key) and zeroes ours.

pub mod kdf;
pub mod keyfile;
pub mod recovery;
pub mod strength;
pub mod throttle;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use rand::RngCore;
use rusqlite::{Connection, Transaction};
use zeroize::Zeroizing;

use crate::db::{Db, OpenMode};
use crate::{fsx, Error, Result};
use kdf::KdfParams;
use keyfile::{DataKey, KeyFile, SlotKind};
use recovery::RecoveryKey;
use throttle::Throttle;

/// File name of the key file inside a store.
pub const KEY_FILE: &str = "passerelle.keys";
/// File name of the database inside a store.
pub const DB_FILE: &str = "passerelle.db";

/// A secret that opens a keyslot.
pub enum Secret<'a> {
    /// The worker's passphrase.
    Passphrase(&'a str),
    /// The recovery key, as typed.
    RecoveryKey(&'a str),
}

struct Session {
    db: Db,
    data_key: DataKey,
    slot_id: String,
}

/// An encrypted store, locked or unlocked.
pub struct Vault {
    dir: PathBuf,
    session: Mutex<Option<Session>>,
}

impl Vault {
    /// The store in `dir`, locked. Nothing is read yet.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Vault {
            dir: dir.into(),
            session: Mutex::new(None),
        }
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// True if and only if a store has been created in the directory.
    pub fn exists(&self) -> bool {
        self.dir.join(KEY_FILE).exists()
    }

    /// True if and only if the vault is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.session.lock().map(|s| s.is_some()).unwrap_or(false)
    }

    /// Creates a new store protected by `passphrase`, leaves it unlocked, and returns the recovery
    /// key to show once. `params` are the KDF parameters of both slots (calibrate them with
    /// [`KdfParams::calibrate`]).
    pub fn create(&self, passphrase: &str, params: KdfParams) -> Result<RecoveryKey> {
        if !strength::assess(passphrase).acceptable {
            return Err(Error::PassphraseTooWeak);
        }
        if self.exists() {
            return Err(Error::StoreExists);
        }
        fsx::create_private_dir(&self.dir)?;
        // A database without a key file is the leftover of a creation that crashed before its
        // last step: nobody can open it, so it is removed.
        remove_database_files(&self.dir)?;

        let mut data_key: DataKey = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(data_key.as_mut());
        let recovery = RecoveryKey::generate();

        let mut keys = KeyFile::new();
        let slot_id = keys.add_slot(
            SlotKind::Passphrase,
            None,
            passphrase.as_bytes(),
            params,
            &data_key,
        )?;
        keys.add_slot(
            SlotKind::Recovery,
            None,
            recovery.as_bytes(),
            params,
            &data_key,
        )?;

        let db = Db::open(&self.dir.join(DB_FILE), &data_key, OpenMode::Create)?;
        // The key file is written last: until it exists, the store does not.
        fsx::write_atomically(&self.dir.join(KEY_FILE), &keys.to_bytes(&data_key)?)?;
        *self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))? = Some(Session {
            db,
            data_key,
            slot_id,
        });
        Ok(recovery)
    }

    /// Unlocks with a passphrase or the recovery key.
    ///
    /// Failures are counted across restarts; after a few, tries are refused for a growing delay
    /// ([`Error::TooManyAttempts`]). A recovery key with a typo is refused without counting.
    pub fn unlock(&self, secret: Secret<'_>, now: DateTime<Utc>) -> Result<()> {
        let keys = self.read_key_file()?;
        let throttle = Throttle::in_dir(&self.dir);
        let (kind, bytes, recovery_typed): (SlotKind, Zeroizing<Vec<u8>>, bool) = match secret {
            Secret::Passphrase(p) => (
                SlotKind::Passphrase,
                Zeroizing::new(p.as_bytes().to_vec()),
                false,
            ),
            Secret::RecoveryKey(typed) => {
                let key = RecoveryKey::parse(typed)?;
                (
                    SlotKind::Recovery,
                    Zeroizing::new(key.as_bytes().to_vec()),
                    true,
                )
            }
        };
        throttle.begin_attempt(now)?;
        let (data_key, slot_id) = match keys.open(kind, &bytes) {
            Ok(found) => found,
            Err(Error::WrongPassphrase) if recovery_typed => return Err(Error::WrongRecoveryKey),
            Err(e) => return Err(e),
        };
        keys.verify_mac(&data_key)?;
        let db = Db::open(&self.dir.join(DB_FILE), &data_key, OpenMode::Existing)?;
        throttle.succeeded()?;
        *self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))? = Some(Session {
            db,
            data_key,
            slot_id,
        });
        Ok(())
    }

    /// Locks: closes the database and zeroes the key. Idempotent.
    pub fn lock(&self) {
        if let Ok(mut session) = self.session.lock() {
            // Dropping the session closes the connection and zeroes `data_key` (Zeroizing).
            *session = None;
        }
    }

    /// Replaces the passphrase of the slot that unlocked this session. `current` must be the
    /// passphrase in use (asked again: an unattended unlocked laptop must not let anyone take it
    /// over). The data key is rewrapped; the database is not re-encrypted.
    pub fn change_passphrase(&self, current: &str, new: &str, params: KdfParams) -> Result<()> {
        if !strength::assess(new).acceptable {
            return Err(Error::PassphraseTooWeak);
        }
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        let session = guard.as_ref().ok_or(Error::Locked)?;
        let mut keys = self.read_key_file()?;
        let (key, slot_id) = keys.open(SlotKind::Passphrase, current.as_bytes())?;
        if slot_id != session.slot_id || *key != *session.data_key {
            // The current passphrase of *another* worker's slot: not this session's to change.
            return Err(Error::WrongPassphrase);
        }
        keys.verify_mac(&key)?;
        keys.rewrap_slot(&slot_id, new.as_bytes(), params, &key)?;
        fsx::write_atomically(&self.dir.join(KEY_FILE), &keys.to_bytes(&key)?)
    }

    /// Runs `f` on the open database; [`Error::Locked`] when locked.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        guard.as_ref().ok_or(Error::Locked)?.db.read(f)
    }

    /// Runs `f` in a write transaction; [`Error::Locked`] when locked.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        guard.as_ref().ok_or(Error::Locked)?.db.write(f)
    }

    /// Flushes the write-ahead log into the database file.
    pub fn checkpoint(&self) -> Result<()> {
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        guard.as_ref().ok_or(Error::Locked)?.db.checkpoint()
    }

    /// Failed unlocks recorded since the last success.
    pub fn failed_attempts(&self) -> u32 {
        Throttle::in_dir(&self.dir).failures()
    }

    fn read_key_file(&self) -> Result<KeyFile> {
        match std::fs::read(self.dir.join(KEY_FILE)) {
            Ok(bytes) => KeyFile::parse(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::StoreMissing),
            Err(e) => Err(e.into()),
        }
    }
}

fn remove_database_files(dir: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        match std::fs::remove_file(dir.join(format!("{DB_FILE}{suffix}"))) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}
