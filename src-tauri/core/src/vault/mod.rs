//! The vault: an encrypted store that opens with a passphrase or the recovery key.
//!
//! A store is a directory:
//!
//! | file | content |
//! |---|---|
//! | `passerelle.keys` | the key file: the data key, wrapped once per keyslot ([`keyfile`]) |
//! | `passerelle.db` (+ `-wal`, `-shm`) | the SQLCipher database, encrypted with the data key |
//! | `unlock-attempts.json` | the failed-unlock counter ([`throttle`]): a number and a time |
//! | `passerelle.keys.next` | only during a key rotation ([`team`]): the key file for the new data key |
//! | `passerelle.keys.last-good` | the last key file that opened the database: wrapped keys only |
//! | `passerelle.lock` | empty: held by the one process that has the store open ([`store_lock`]) |
//! | `passerelle.db.set-aside-…` | a database found without its key file, moved aside with the worker's consent |
//! | `passerelle.unfinished` | while a store is created or restored: written just before its database, removed once its key file is in place, or once a failure has removed the database |
//! | `passerelle.db.unfinished-…` | the database of a creation or a restore that was cut short, moved aside by the next one |
//!
//! A database is never deleted. One found without a key file ([`Vault::key_file_missing`]) is
//! reported as such ([`Error::KeyFileMissing`]): creating or restoring a store there is refused
//! until the key file is put back or the worker agrees to move the database aside
//! ([`Vault::set_aside_database`]).
//!
//! A database beside the `passerelle.unfinished` marker and no key file is different: a creation
//! or a restore was cut short (the app killed, a flat battery) before its key file was written.
//! Its data key lived in that process's memory (and at most in a key file cut short beside it,
//! removed, once a minute old, by the next key file written here or the next unlock); it holds a
//! new, empty store or a copy of the backup being restored, and that backup is untouched. It is
//! no store ([`Vault::unfinished`], [`Error::StoreUnfinished`]): the next creation or restore
//! moves it aside, still without deleting it, and goes on (store attack, 2026-12-06: the next
//! restore said « remettez le fichier de clés », of a key file that never existed).
//!
//! The data key is 256 random bits and never touches the disk unwrapped. Locking drops the
//! connection (SQLCipher wipes its copy of the key) and zeroes ours.
//!
//! Every session knows which keyslot opened it: that slot's label is the "who" of the audit log
//! ([`crate::db::audit`]), and its role decides who may add or remove team members.

pub mod backup;
pub mod kdf;
pub mod keyfile;
pub mod recovery;
pub mod seal;
pub mod store_lock;
pub mod strength;
pub mod team;
pub mod throttle;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use rand::RngCore;
use rusqlite::{Connection, Transaction};
use zeroize::Zeroizing;

use crate::db::audit::{self, Action, Actor, Event};
use crate::db::settings::{self, KeyChangePending};
use crate::db::{Db, OpenMode};
use crate::{fsx, Error, Result};
use kdf::KdfParams;
use keyfile::{DataKey, KeyFile, SlotKind, SlotRole};
use recovery::RecoveryKey;
use throttle::Throttle;

/// File name of the key file inside a store.
pub const KEY_FILE: &str = "passerelle.keys";
/// File name of the key file of a key rotation in progress.
pub const NEXT_KEY_FILE: &str = "passerelle.keys.next";
/// File name of the last-known-good copy of the key file: rewritten with every key file the
/// session writes, and after every unlock; used when the key file is missing, unreadable or
/// damaged (it holds only wrapped keys, like the key file itself).
pub const KEY_FILE_COPY: &str = "passerelle.keys.last-good";
/// File name of the database inside a store.
pub const DB_FILE: &str = "passerelle.db";
/// File name of the marker of a store being created or restored ([`Vault::unfinished`]).
pub const UNFINISHED_FILE: &str = "passerelle.unfinished";
/// The length of SQLCipher's salt, at the head of each database file.
const SALT_LEN: usize = 16;
/// How long after its marker a creation or a restore writes its database: a restore of
/// thousands of cases takes seconds; an hour leaves room for a slow disk.
const NEW_STORE_WRITES_WITHIN: std::time::Duration = std::time::Duration::from_secs(3600);
/// How soon after its marker a creation or a restore creates its database file: at once, the key
/// derivation done before the marker.
const NEW_DATABASE_AFTER_MARKER: std::time::Duration = std::time::Duration::from_secs(10);
/// How much earlier than the marker a file may look written, from the file system's clock alone.
const MTIME_SLACK: std::time::Duration = std::time::Duration::from_secs(60);
/// How recently a database must have been written to be taken for one still being written.
const STILL_BEING_WRITTEN: std::time::Duration = std::time::Duration::from_secs(60);
/// The database's files: the database and SQLite's companions.
const DB_SUFFIXES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// A secret that opens a keyslot.
pub enum Secret<'a> {
    /// The worker's passphrase.
    Passphrase(&'a str),
    /// The recovery key, as typed.
    RecoveryKey(&'a str),
}

struct Session {
    db: Db,
    /// This process's hold on the store's folder, for as long as the session lasts.
    _store: store_lock::StoreLock,
    data_key: DataKey,
    slot_id: String,
    slot_kind: SlotKind,
    slot_label: Option<String>,
    role: SlotRole,
    /// This unlock found the key file missing, damaged or modified and put back its last good
    /// copy ([`SessionInfo::key_file_restored`]).
    key_file_restored: Option<KeyFileRestored>,
}

impl Session {
    /// The session of a store just created or restored: its creator, an administrator.
    fn creator(db: Db, store: store_lock::StoreLock, data_key: DataKey, slot_id: String) -> Self {
        Session {
            db,
            _store: store,
            data_key,
            slot_id,
            slot_kind: SlotKind::Passphrase,
            slot_label: None,
            role: SlotRole::Admin,
            key_file_restored: None,
        }
    }

    /// Ends the session (the database closed, the key zeroed) but keeps the hold on the store's
    /// folder, for a clean-up that must happen before another process comes in.
    fn into_store(self) -> store_lock::StoreLock {
        self._store
    }

    /// [`Session::record`], and the store's recovery key recorded as waiting to be confirmed as
    /// written down (`db::settings::recovery_key_pending`), in the same transaction: a key made
    /// (a creation, a restore, a new key) is never without that record, whatever comes after —
    /// a lock, the app closed, a crash.
    fn record_with_new_recovery_key(&self, events: &[Event]) -> Result<()> {
        let actor = self.actor();
        self.db.write(|tx| {
            for event in events {
                audit::append(tx, &actor, event)?;
            }
            crate::db::settings::set_recovery_key_pending(tx, true)
        })
    }

    /// Appends `events` to the audit log in one transaction, as this session's keyslot.
    fn record(&self, events: &[Event]) -> Result<()> {
        let actor = self.actor();
        self.db.write(|tx| {
            for event in events {
                audit::append(tx, &actor, event)?;
            }
            Ok(())
        })
    }

    fn actor(&self) -> Actor {
        Actor {
            slot_id: Some(self.slot_id.clone()),
            kind: Some(crate::codes::code(self.slot_kind).to_string()),
            label: self.slot_label.clone(),
        }
    }
}

/// Who holds the current session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionInfo {
    /// The slot that unlocked.
    pub slot_id: String,
    /// Passphrase or recovery key.
    pub kind: SlotKind,
    /// The slot's label.
    pub label: Option<String>,
    /// Its role.
    pub role: SlotRole,
    /// The unlock that opened this session found the key file missing, damaged or modified, and
    /// put back its last good copy: the worker is told, since someone may have tried to reach
    /// the vault (review, 2026-12-06: the repair was only logged).
    pub key_file_restored: Option<KeyFileRestored>,
}

/// What an unlock found instead of a key file that opens the database, before it put back the
/// last good copy. Stored in the audit log (`key-file-restored`, detail `was`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum KeyFileRestored {
    /// No key file.
    Missing,
    /// A key file whose MAC fails: written by something other than Passerelle.
    Tampered,
    /// A key file that does not parse, a damaged slot, or one that no longer opens the database.
    Damaged,
}

impl KeyFileRestored {
    /// What `e`, the key file's own failure, says happened to it.
    fn from_failure(e: &Error) -> Self {
        match e {
            Error::StoreMissing => KeyFileRestored::Missing,
            Error::KeyFileTampered => KeyFileRestored::Tampered,
            _ => KeyFileRestored::Damaged,
        }
    }

    /// The one whose [`as_str`](Self::as_str) is `name`.
    fn named(name: &str) -> Option<Self> {
        [Self::Missing, Self::Tampered, Self::Damaged]
            .into_iter()
            .find(|k| k.as_str() == name)
    }

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyFileRestored::Missing => "missing",
            KeyFileRestored::Tampered => "tampered",
            KeyFileRestored::Damaged => "damaged",
        }
    }
}

/// How many times a vault had been locked when a use case that opens it began
/// ([`Vault::lock_count`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockCount(u64);

/// An encrypted store, locked or unlocked.
pub struct Vault {
    dir: PathBuf,
    session: Mutex<Option<Session>>,
    /// How many times the vault was locked. An unlock, a creation or a restore opens the vault
    /// only if no lock came while it ran (review, 2026-12-04: a quick lock pressed during a
    /// slow unlock was undone when the unlock ended, and the vault stood open behind the
    /// neutral screen).
    locks: AtomicU64,
    /// The recovery key of a store created or restored while a lock came: it was never shown,
    /// so the next unlock hands it over ([`Vault::take_unseen_recovery_key`]).
    unseen_recovery: Mutex<Option<RecoveryKey>>,
    /// Held while an unlock, a creation, a restore or a setting aside runs in this process, around
    /// the folder's lock ([`store_lock`]): a second one (the worker unlocking again after a
    /// quick lock pressed during a slow unlock) waits for the first instead of being told that
    /// « another program » has the store.
    opening: Mutex<()>,
}

impl Vault {
    /// The store in `dir`, locked. Nothing is read yet.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Vault {
            dir: dir.into(),
            session: Mutex::new(None),
            locks: AtomicU64::new(0),
            unseen_recovery: Mutex::new(None),
            opening: Mutex::new(()),
        }
    }

    /// True if and only if a store has been created in the directory: its key file, or the
    /// last-known-good copy of it, is there. A folder this account may not look into counts as
    /// holding one: opening it then says that access is refused, never that no store is there,
    /// and nothing is created over it (storage review, 2026-12-07: a store made with `sudo` was
    /// « Aucun coffre n'existe à cet emplacement »).
    pub fn exists(&self) -> bool {
        // Refused inside a folder that is there; one that cannot be looked at itself (a parent
        // refused) holds nothing known, and creating it says why (review of this change).
        let folder_there = || self.dir.try_exists().unwrap_or(false);
        let there = |name: &str| match self.dir.join(name).try_exists() {
            Ok(there) => there,
            Err(e) => e.kind() == std::io::ErrorKind::PermissionDenied && folder_there(),
        };
        there(KEY_FILE) || there(KEY_FILE_COPY)
    }

    /// True when a database is in the directory without any key file to open it: the key file
    /// was deleted, or not copied with the database. The first screen says so instead of
    /// offering to create a store (which used to delete the database).
    pub fn key_file_missing(&self) -> bool {
        !self.exists() && self.has_database() && !self.unfinished()
    }

    /// True when a creation or a restore was cut short here: its marker is there, no key file,
    /// and either no database, or the very database it began: the one whose salt (at the head of
    /// the file, drawn at random by SQLCipher for each database) the marker recorded, written in
    /// the hour after the marker; or, cut short before the marker recorded it, one created within
    /// seconds after the marker. That database is encrypted with a key that lived in the killed
    /// process; the next creation or restore moves it aside.
    ///
    /// Any other database waits for its key file ([`Vault::key_file_missing`]) and goes aside
    /// only with the worker's consent (adversarial and code reviews, 2026-12-07): one she copied
    /// into the folder after a creation was killed, or one a crash left beside a stale marker (a
    /// kill between the key file and the marker's removal) and then written to for days before
    /// its key files were lost.
    pub fn unfinished(&self) -> bool {
        if self.exists() {
            return false;
        }
        let Some((marked, recorded)) = self.read_marker() else {
            return false;
        };
        if !self.has_database() {
            return true;
        }
        let near_the_marker = |at: std::time::SystemTime, within: std::time::Duration| {
            match at.duration_since(marked) {
                Ok(after) => after <= within,
                // Before the marker: a coarse clock (FAT keeps two seconds).
                Err(before) => before.duration() <= MTIME_SLACK,
            }
        };
        match recorded {
            Some(salt) => {
                self.database_salt() == Some(salt)
                    && self
                        .database_times()
                        .iter()
                        .all(|&written| near_the_marker(written, NEW_STORE_WRITES_WITHIN))
            }
            // Cut short before the marker recorded its database, while SQLite made its schema
            // or the restore wrote its image (most of a restore's writes; adversarial review,
            // 2026-12-07: the next restore said « remettez le fichier de clés » again). The
            // database it began was created just after the marker; one copied in later, or
            // there before, waits for its key file. Where the file system keeps no creation
            // time, only a file too short to hold a database's header is taken for it.
            None => match self.database_created() {
                Some(created) => near_the_marker(created, NEW_DATABASE_AFTER_MARKER),
                None => self.database_salt().is_none(),
            },
        }
    }

    /// When the database was created, if the file system says: its main file's creation (the
    /// one SQLite makes first), else the earliest of its companions'. Not the earliest of all: a
    /// database copied in over a cut-short one's `-wal` would take that `-wal`'s day and read as
    /// cut short (adversarial review, 2026-12-07).
    fn database_created(&self) -> Option<std::time::SystemTime> {
        if let Ok(main) = std::fs::metadata(self.dir.join(DB_FILE)) {
            return main.created().ok();
        }
        DB_SUFFIXES
            .iter()
            .filter_map(|suffix| {
                std::fs::metadata(self.dir.join(format!("{DB_FILE}{suffix}")))
                    .ok()
                    .map(|m| m.created())
            })
            .collect::<std::io::Result<Vec<_>>>()
            .ok()?
            .into_iter()
            .min()
    }

    /// The marker, when it is a file of its own (not a link, a folder or a pipe): when it was
    /// written, and the salt of the database it recorded, if it had got that far.
    fn read_marker(&self) -> Option<(std::time::SystemTime, Option<[u8; SALT_LEN]>)> {
        let path = self.dir.join(UNFINISHED_FILE);
        let meta = std::fs::symlink_metadata(&path).ok()?;
        if !meta.is_file() || meta.len() > 2 * SALT_LEN as u64 {
            return None;
        }
        let text = std::fs::read_to_string(&path).ok()?;
        let recorded = (text.len() == 2 * SALT_LEN)
            .then(|| {
                let mut salt = [0u8; SALT_LEN];
                for (i, byte) in salt.iter_mut().enumerate() {
                    *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
                }
                Some(salt)
            })
            .flatten();
        Some((meta.modified().ok()?, recorded))
    }

    /// The first bytes of the database file: SQLCipher's random salt, the same for the
    /// database's whole life.
    fn database_salt(&self) -> Option<[u8; SALT_LEN]> {
        use std::io::Read;
        let mut salt = [0u8; SALT_LEN];
        std::fs::File::open(self.dir.join(DB_FILE))
            .and_then(|mut f| f.read_exact(&mut salt))
            .ok()?;
        Some(salt)
    }

    /// Records in the marker which database this creation or restore wrote, once its file
    /// exists ([`Vault::unfinished`]).
    fn mark_database(&self) -> Result<()> {
        let salt = self
            .database_salt()
            .ok_or(Error::Internal("new database without its header"))?;
        let hex: String = salt.iter().map(|b| format!("{b:02x}")).collect();
        fsx::write_atomically(&self.dir.join(UNFINISHED_FILE), hex.as_bytes())
    }

    /// When each of the database's files was last written.
    fn database_times(&self) -> Vec<std::time::SystemTime> {
        DB_SUFFIXES
            .iter()
            .filter_map(|suffix| {
                std::fs::metadata(self.dir.join(format!("{DB_FILE}{suffix}")))
                    .and_then(|m| m.modified())
                    .ok()
            })
            .collect()
    }

    /// Why there is no store to open here: a database without its key file, a creation or
    /// restore cut short, or nothing.
    pub fn why_no_store(&self) -> Error {
        if self.key_file_missing() {
            Error::KeyFileMissing
        } else if self.unfinished() {
            Error::StoreUnfinished
        } else {
            Error::StoreMissing
        }
    }

    fn has_database(&self) -> bool {
        DB_SUFFIXES
            .iter()
            .any(|suffix| self.dir.join(format!("{DB_FILE}{suffix}")).exists())
    }

    /// Refuses to create a store where one exists, or where a database waits for its key file.
    /// A creation or a restore cut short is no obstacle ([`Vault::begin_new_store`]).
    fn check_free(&self) -> Result<()> {
        if self.exists() {
            return Err(Error::StoreExists);
        }
        if self.key_file_missing() {
            return Err(Error::KeyFileMissing);
        }
        Ok(())
    }

    /// Called under the store's lock (`store`), after [`Vault::check_free`], just before a
    /// creation or a restore writes its database: moves aside what one cut short left (never
    /// deleted: see the module's documentation), then marks this one as under way, durably,
    /// before its first byte.
    ///
    /// On a folder that cannot be locked (a network share), a database written to in the last
    /// minute may be another process's creation at work: it is left alone, and the store said in
    /// use (code review, 2026-12-07: it would have been moved from under that process).
    fn begin_new_store(&self, store: &store_lock::StoreLock, now: DateTime<Utc>) -> Result<()> {
        if self.unfinished() && self.has_database() {
            let busy = self.database_times().iter().any(|written| {
                written
                    .elapsed()
                    .map_or(true, |age| age < STILL_BEING_WRITTEN)
            });
            if !store.held() && busy {
                return Err(Error::StoreInUse);
            }
            self.move_database_aside("unfinished", now)?;
            log::warn!("the database of a creation or a restore cut short was moved aside");
        }
        fsx::write_atomically(&self.dir.join(UNFINISHED_FILE), b"")
    }

    /// Removes the marker of [`Vault::begin_new_store`] once the key file is in place, or once
    /// what a failed creation or restore wrote is removed. One left behind by a failure to remove
    /// it is harmless while the key file exists, and removed at the next unlock.
    fn end_new_store(&self) {
        match std::fs::remove_file(self.dir.join(UNFINISHED_FILE)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => log::error!("the marker of a new store stayed: {}", e.kind()),
        }
    }

    /// Moves a database found without its key file aside, with the worker's explicit consent,
    /// so that a new store can be created or a backup restored here. Nothing is deleted: the
    /// files are renamed `passerelle.db.set-aside-YYYYMMDD-HHMMSS` (and its `-wal`, `-shm`), and
    /// open again if the key file turns up. Returns the new name of the database file.
    pub fn set_aside_database(&self, now: DateTime<Utc>) -> Result<String> {
        if self.exists() {
            return Err(Error::StoreExists);
        }
        if !self.has_database() {
            return Err(Error::StoreMissing);
        }
        // Not while another process is at work here (a restore writing this database).
        let _opening = self.opening()?;
        let _held = store_lock::StoreLock::take(&self.dir)?;
        if self.exists() {
            return Err(Error::StoreExists);
        }
        let base = self.move_database_aside("set-aside", now)?;
        log::warn!("a database without its key file was moved aside at the worker's request");
        Ok(base)
    }

    /// Renames the database and its companions `passerelle.db.{why}-YYYYMMDD-HHMMSS` (with a
    /// number when that name is taken). Only under the store's lock, with no key file there.
    fn move_database_aside(&self, why: &str, now: DateTime<Utc>) -> Result<String> {
        let stamp = now.format("%Y%m%d-%H%M%S").to_string();
        let mut base = format!("{DB_FILE}.{why}-{stamp}");
        let mut n = 1;
        while DB_SUFFIXES
            .iter()
            .any(|suffix| self.dir.join(format!("{base}{suffix}")).exists())
        {
            n += 1;
            base = format!("{DB_FILE}.{why}-{stamp}-{n}");
        }
        // All of them or none: a database moved without its log (a rename refused on Windows,
        // where a scanner holds the file) would lose what the log holds, and the next try
        // would give the log another name (code review, 2026-12-07).
        let mut moved: Vec<(PathBuf, PathBuf)> = Vec::new();
        for suffix in DB_SUFFIXES {
            let from = self.dir.join(format!("{DB_FILE}{suffix}"));
            if !from.exists() {
                continue;
            }
            let to = self.dir.join(format!("{base}{suffix}"));
            // Readable by its owner only, like the database it was (one written by an older
            // version kept 0644; security review, 2026-12-05); made so before it moves.
            let step = fsx::owner_only_file(&from).and_then(|()| fsx::replace(&from, &to));
            if let Err(e) = step {
                for (from, to) in moved.iter().rev() {
                    if let Err(back) = fsx::replace(to, from) {
                        log::error!(
                            "a database file moved aside could not go back: {}",
                            back.code()
                        );
                    }
                }
                return Err(e);
            }
            moved.push((from, to));
        }
        Ok(base)
    }

    /// True if and only if the vault is unlocked.
    pub fn is_unlocked(&self) -> bool {
        self.session.lock().map(|s| s.is_some()).unwrap_or(false)
    }

    /// Creates a new store protected by `passphrase`, leaves it unlocked, and returns the recovery
    /// key to show once. `params` are the KDF parameters of both slots (calibrate them with
    /// [`KdfParams::calibrate`]); `now` is the time of the audit log's first entry.
    pub fn create(
        &self,
        passphrase: &str,
        params: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<RecoveryKey> {
        self.create_since(passphrase, params, now, self.lock_count())
    }

    /// [`Vault::create`] for a use case that began when the vault had been locked `since` times
    /// ([`Vault::lock_count`], read before the key derivation is calibrated, which takes
    /// seconds): a lock that comes meanwhile leaves the new store locked ([`Error::Locked`]) and
    /// its recovery key waiting.
    pub fn create_since(
        &self,
        passphrase: &str,
        params: KdfParams,
        now: DateTime<Utc>,
        since: LockCount,
    ) -> Result<RecoveryKey> {
        let since = since.0;
        check_new_passphrase(passphrase)?;
        // A database without a key file is never removed here: it may be a store whose key file
        // was lost (issue 13: two cases deleted that way). The worker decides.
        self.check_free()?;
        fsx::create_private_dir(&self.dir)?;
        // Held from here: a second creation or a restore in the same folder waits its turn.
        let _opening = self.opening()?;
        let store = store_lock::StoreLock::take(&self.dir)?;
        self.check_free()?;

        let mut data_key: DataKey = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(data_key.as_mut());
        let (mut keys, slot_id, recovery) = new_key_file(passphrase, params, &data_key, now)?;
        // After the key derivation, which may fail (not enough memory) with nothing written.
        self.begin_new_store(&store, now)?;
        // A step that fails undoes the creation, the store's folder still held.
        let db = match Db::open(&self.dir.join(DB_FILE), &data_key, OpenMode::Create) {
            Ok(db) => db,
            Err(e) => {
                self.undo_creation();
                return Err(e);
            }
        };
        let session = Session::creator(db, store, data_key, slot_id);
        let written = fsx::owner_only_file(&self.dir.join(DB_FILE))
            .and_then(|()| self.mark_database())
            .and_then(|()| {
                // The store's first slots, recorded: the team list keys rotations keep (`team`).
                session.record_with_new_recovery_key(&[Event::new(Action::StoreCreated, now)
                    .detail(serde_json::json!({ "slots": slot_ids(&keys) }))])
            })
            // The key file is written last: until it exists, the store does not.
            .and_then(|()| self.write_key_file(&keys.to_bytes(&session.data_key)?));
        if let Err(e) = written {
            let _held = session.into_store();
            self.undo_creation();
            return Err(e);
        }
        self.end_new_store();
        self.open_new_store(session, since, &recovery)?;
        Ok(recovery)
    }

    /// Removes what a creation that failed half-way made (a full disk): its database, which holds
    /// its first log entry at most, and a key file written without its copy. Left there, the
    /// database stopped every next creation as a store whose key file was lost, and only
    /// `--set-aside-database` got past it (data-loss review, 2026-12-05). Only called under the
    /// store's lock, after [`Vault::check_free`] and [`Vault::begin_new_store`] left none of these
    /// files there: they are this creation's own, never the worker's. The database is closed first
    /// (Windows removes no open file).
    fn undo_creation(&self) {
        let names = DB_SUFFIXES
            .iter()
            .map(|suffix| format!("{DB_FILE}{suffix}"))
            .chain([KEY_FILE, KEY_FILE_COPY].map(String::from));
        for name in names {
            match std::fs::remove_file(self.dir.join(&name)) {
                Ok(()) => log::warn!("a store creation that failed was undone: {name} removed"),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => log::error!("a failed store creation left {name}: {}", e.kind()),
            }
        }
        // Kept while a database file stays (Windows keeps one a scanner holds): without it, that
        // database would read as a store whose key file was lost.
        if !self.has_database() {
            self.end_new_store();
        }
    }

    /// Unlocks with a passphrase or the recovery key.
    ///
    /// Failures are counted across restarts; after a few, tries are refused for a growing delay
    /// ([`Error::TooManyAttempts`]). A recovery key with a typo is refused without counting.
    pub fn unlock(&self, secret: Secret<'_>, now: DateTime<Utc>) -> Result<()> {
        self.unlock_since(secret, now, self.locks())
    }

    /// [`Vault::unlock`], begun when the vault had been locked `since` times: a lock that comes
    /// while the slots are tried leaves it locked ([`Error::Locked`]).
    fn unlock_since(&self, secret: Secret<'_>, now: DateTime<Utc>, since: u64) -> Result<()> {
        if !self.exists() {
            return Err(self.why_no_store());
        }
        // Before anything is tried: another process with this store open (a key rotation there
        // re-encrypting the database) is left alone, and no attempt is counted. An unlock
        // already running here is waited for.
        let _opening = self.opening()?;
        let store = store_lock::StoreLock::take(&self.dir)?;
        // Before the database opens: its log and shared-memory file take its mode.
        let changed = fsx::set_to_owner_only(&self.dir, is_store_file);
        if changed > 0 {
            log::warn!("the store's folder was open to other accounts, or closed to its owner: {changed} entries set to owner-only");
        }
        let throttle = Throttle::in_dir(&self.dir);
        let recovery_typed = matches!(secret, Secret::RecoveryKey(_));
        let (kind, candidates) = candidates(&secret)?;
        // Read before this attempt is counted: the failures before it, and when the last one was.
        let (failed_before, last_failure) = throttle.status();
        throttle.begin_attempt(now)?;
        let wrong = |e: Error| match e {
            Error::WrongPassphrase if recovery_typed => Error::WrongRecoveryKey,
            e => e,
        };
        // Set once the secret opens a slot of a key file: what fails after it (a damaged
        // database, a key file whose MAC fails) is no wrong guess, and is not counted as one
        // (security review, 2026-12-06: the right passphrase on a damaged database, typed four
        // times, hid « base endommagée » behind « patientez » for 5 seconds).
        let mut secret_right = false;
        let mut restored = None;
        let opened = (|| {
            let first = match self.read_key_file().and_then(|keys| {
                let (data_key, slot_id, db) =
                    self.open_with(&keys, kind, &candidates, &mut secret_right)?;
                Ok((keys, data_key, slot_id, db))
            }) {
                Ok(done) => {
                    // A rotation that crashed before its database step left a `.next` file that
                    // nothing uses: the current key file still opens the database.
                    self.discard_next_key_file()?;
                    return Ok(done);
                }
                Err(first) => first,
            };
            if let Some(done) =
                self.finish_interrupted_rotation(kind, &candidates, &mut secret_right)?
            {
                return Ok(done);
            }
            if falls_back_to_copy(&first) {
                if let Some(done) = self
                    .open_last_good(kind, &candidates, &mut secret_right)
                    .map_err(wrong)?
                {
                    restored = Some(KeyFileRestored::from_failure(&first));
                    return Ok(done);
                }
            }
            Err(wrong(first))
        })();
        let (keys, data_key, slot_id, db) = match opened {
            Ok(done) => done,
            Err(e) => {
                // The error said is the damage, not a counter that could not be written on a
                // damaged disk (review, 2026-12-06).
                if secret_right {
                    if let Err(w) = throttle.not_a_failure(failed_before, last_failure) {
                        log::warn!("unlock counter not corrected: {}", w.code());
                    }
                }
                return Err(e);
            }
        };
        self.refresh_last_good()?;
        self.discard_stray_key_writes();
        // A creation or restore that crashed after its key file, before removing its marker.
        self.end_new_store();
        throttle.succeeded()?;
        let slot = keys
            .slot(&slot_id)
            .cloned()
            .ok_or(Error::Internal("opened slot missing"))?;
        let mut session = Session {
            db,
            _store: store,
            data_key,
            slot_id,
            slot_kind: slot.kind,
            slot_label: slot.label.clone(),
            role: slot.role(),
            key_file_restored: restored,
        };
        // What the unlock found (failed attempts, a key file put back) is recorded whatever
        // follows: the counter is already reset and the key file already back, and an unlock
        // cut short by a lock would leave the next one nothing to say (review, 2026-12-06).
        // « unlock » itself is recorded only for a session that opens: under the vault's mutex,
        // once no lock came (`open_session_then`); a lock waits for it.
        let actor = session.actor();
        session.key_file_restored = session.db.write(|tx| {
            // First: it happened before anything this unlock found (the journal reads in order).
            settle_key_change(tx, &keys)?;
            if failed_before > 0 {
                let detail = serde_json::json!({
                    "count": failed_before,
                    "lastAt": last_failure.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                });
                audit::append(
                    tx,
                    &Actor::default(),
                    &Event::new(Action::UnlockFailed, now).detail(detail),
                )?;
            }
            let told = match restored {
                Some(was) => {
                    // Nobody is known for it: the unlock found it so.
                    audit::append(
                        tx,
                        &Actor::default(),
                        &Event::new(Action::KeyFileRestored, now)
                            .detail(serde_json::json!({ "was": was.as_str() })),
                    )?;
                    Some(was)
                }
                // Put back by an unlock a lock cut short: said by this one.
                None => audit::restoration_untold(tx)?.and_then(|was| KeyFileRestored::named(&was)),
            };
            Ok(told)
        })?;
        self.open_session_then(session, since, |session| {
            session
                .db
                .write(|tx| audit::append(tx, &actor, &Event::new(Action::Unlock, now)))
                .map(drop)
        })
    }

    /// Opens a slot of `keys` with the secret (one of its forms), checks the file MAC, opens the
    /// database. Sets `secret_right` once a slot opens, whatever fails after.
    fn open_with(
        &self,
        keys: &KeyFile,
        kind: SlotKind,
        candidates: &[Zeroizing<Vec<u8>>],
        secret_right: &mut bool,
    ) -> Result<(DataKey, String, Db)> {
        let (data_key, slot_id) = keys.open_any(kind, candidates)?;
        *secret_right = true;
        keys.verify_mac(&data_key)?;
        let db = Db::open(&self.dir.join(DB_FILE), &data_key, OpenMode::Existing)?;
        Ok((data_key, slot_id, db))
    }

    /// After a crash between a rotation's database step and its key-file step, the database is
    /// under the new key and only `passerelle.keys.next` opens it: finish the rotation.
    #[allow(clippy::type_complexity)]
    fn finish_interrupted_rotation(
        &self,
        kind: SlotKind,
        candidates: &[Zeroizing<Vec<u8>>],
        secret_right: &mut bool,
    ) -> Result<Option<(KeyFile, DataKey, String, Db)>> {
        let next = self.dir.join(NEXT_KEY_FILE);
        let Ok(bytes) = std::fs::read(&next) else {
            return Ok(None);
        };
        let Ok(keys) = KeyFile::parse(&bytes) else {
            return Ok(None);
        };
        match self.open_with(&keys, kind, candidates, secret_right) {
            Ok((data_key, slot_id, db)) => {
                fsx::replace(&next, &self.dir.join(KEY_FILE))?;
                log::warn!("finished a key rotation interrupted by a crash");
                Ok(Some((keys, data_key, slot_id, db)))
            }
            Err(_) => Ok(None),
        }
    }

    /// The key file is missing, unreadable or damaged: tries its last-known-good copy, and on
    /// success puts it back as the key file.
    #[allow(clippy::type_complexity)]
    fn open_last_good(
        &self,
        kind: SlotKind,
        candidates: &[Zeroizing<Vec<u8>>],
        secret_right: &mut bool,
    ) -> Result<Option<(KeyFile, DataKey, String, Db)>> {
        let Ok(bytes) = std::fs::read(self.dir.join(KEY_FILE_COPY)) else {
            return Ok(None);
        };
        if std::fs::read(self.dir.join(KEY_FILE)).is_ok_and(|main| main == bytes) {
            return Ok(None);
        }
        let Ok(keys) = KeyFile::parse(&bytes) else {
            return Ok(None);
        };
        match self.open_with(&keys, kind, candidates, secret_right) {
            Ok((data_key, slot_id, db)) => {
                fsx::write_atomically(&self.dir.join(KEY_FILE), &bytes)?;
                log::warn!("the key file was missing or damaged: put back from its last good copy");
                Ok(Some((keys, data_key, slot_id, db)))
            }
            // The key file gone, its copy is the store's only key file: what it answers (a wrong
            // passphrase) is the answer, not « no store here » (CLI review, 2026-12-07: a wrong
            // passphrase read as « Aucun coffre n'existe à cet emplacement » beside the database).
            Err(e) if !self.dir.join(KEY_FILE).exists() => Err(e),
            Err(_) => Ok(None),
        }
    }

    /// After an unlock: the key file just opened the database and passed its MAC, so it becomes
    /// the last-known-good copy (written only when it changed).
    fn refresh_last_good(&self) -> Result<()> {
        let bytes = std::fs::read(self.dir.join(KEY_FILE))?;
        let copy = self.dir.join(KEY_FILE_COPY);
        if std::fs::read(&copy).ok().as_deref() != Some(bytes.as_slice()) {
            fsx::write_atomically(&copy, &bytes)?;
        }
        Ok(())
    }

    /// Writes the key file, then its last-known-good copy.
    fn write_key_file(&self, bytes: &[u8]) -> Result<()> {
        fsx::write_atomically(&self.dir.join(KEY_FILE), bytes)?;
        fsx::write_atomically(&self.dir.join(KEY_FILE_COPY), bytes)
    }

    /// Removes what key-file writes cut short by a crash left beside the key file, its copy and
    /// a rotation's `.next` ([`fsx::remove_cut_writes`]). Each is a whole key file never put in
    /// place: one from a passphrase change that never happened, or from before a member's slot
    /// was removed, would still open the data key (adversarial review, 2026-12-06).
    fn discard_stray_key_writes(&self) {
        let removed: usize = [KEY_FILE, KEY_FILE_COPY, NEXT_KEY_FILE]
            .iter()
            .map(|name| fsx::remove_cut_writes(&self.dir.join(name)))
            .sum();
        if removed > 0 {
            log::warn!("removed {removed} key files a crash left half written");
        }
    }

    fn discard_next_key_file(&self) -> Result<()> {
        match std::fs::remove_file(self.dir.join(NEXT_KEY_FILE)) {
            Ok(()) => {
                log::warn!("discarded a key rotation that never reached the database");
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Locks: closes the database and zeroes the key. Idempotent. True if this call closed a
    /// session: of two locks at once (the idle timer's, the worker's), one only says so, and
    /// only that one acts on the page.
    pub fn lock(&self) -> bool {
        let Ok(mut session) = self.session.lock() else {
            return false;
        };
        // Counted under the session's mutex: an opening that checks the count under it
        // either ends before this lock (and is closed by it) or sees it.
        self.locks.fetch_add(1, Ordering::SeqCst);
        // Dropping the session closes the connection and zeroes `data_key` (Zeroizing).
        let closed = session.take().is_some();
        crate::legal::RulePack::set_active(None);
        closed
    }

    /// How many times the vault was locked so far.
    fn locks(&self) -> u64 {
        self.locks.load(Ordering::SeqCst)
    }

    /// How many times the vault was locked so far, for a use case that opens it: read at its
    /// very start, before anything slow (review, 2026-12-04: read after the calibration, a quick
    /// lock pressed during it was missed and the new store opened behind the clock).
    pub fn lock_count(&self) -> LockCount {
        LockCount(self.locks())
    }

    /// Makes `session` the open one (a store created, unlocked or restored), unless the vault
    /// was locked since the opening began, when the vault had been locked `since` times: then
    /// the session is dropped (the database closed, the key zeroed) and [`Error::Locked`] says so.
    fn open_session(&self, session: Session, since: u64) -> Result<()> {
        self.open_session_then(session, since, |_| Ok(()))
    }

    /// [`Vault::open_session`], `opening` done first under the vault's mutex once no lock came:
    /// what is true only of a session that opens (its « unlock » entry). A lock waits for it.
    fn open_session_then(
        &self,
        session: Session,
        since: u64,
        opening: impl FnOnce(&Session) -> Result<()>,
    ) -> Result<()> {
        // The rules this store was assessed with: an imported pack it holds, else the embedded.
        let stored = session.db.read(crate::db::rule_packs::resolve)?;
        let mut open = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        if self.locks() != since {
            return Err(Error::Locked);
        }
        opening(&session)?;
        crate::legal::RulePack::set_active(stored.as_ref().map(|(_, pack)| pack));
        *open = Some(session);
        Ok(())
    }

    /// [`Vault::open_session`] for a store just created or restored. When a lock came meanwhile
    /// the store stays locked and its recovery key, never shown, waits for the next unlock.
    fn open_new_store(&self, session: Session, since: u64, recovery: &RecoveryKey) -> Result<()> {
        let opened = self.open_session(session, since);
        // The key waiting is this store's: a store created again here replaces it (shown now,
        // or kept in its place).
        let waiting = matches!(opened, Err(Error::Locked)).then(|| recovery.clone());
        *self
            .unseen_recovery
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))? = waiting;
        opened
    }

    /// The recovery key of a store created or restored while a lock came, once, when the vault
    /// is unlocked: the worker must see it and write it down.
    pub fn take_unseen_recovery_key(&self) -> Option<RecoveryKey> {
        if !self.is_unlocked() {
            return None;
        }
        self.unseen_recovery.lock().ok()?.take()
    }

    /// Waits for an unlock, creation, restore or setting aside running in this process.
    fn opening(&self) -> Result<std::sync::MutexGuard<'_, ()>> {
        self.opening
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))
    }

    /// Runs `f` with the open session: the one place that takes the lock and refuses with
    /// [`Error::Locked`] when there is no session. The lock is held while `f` runs, so the idle
    /// lock cannot close the database under it.
    fn session<T>(&self, f: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        let mut guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        f(guard.as_mut().ok_or(Error::Locked)?)
    }

    /// Refuses `passphrase` for a file that leaves the laptop (a backup, a hand-over bundle) when
    /// it opens this session's own slot: whoever saw it typed at the laptop would open the USB
    /// stick lost with the backup, and the association receiving a bundle would learn the key of
    /// the vault (security review, 2026-12-06). One key derivation.
    ///
    /// # Errors
    /// [`Error::PassphraseOfTheVault`]; [`Error::Locked`].
    pub fn refuse_own_passphrase(&self, passphrase: &str, file: seal::Content) -> Result<()> {
        // The derivation runs without holding the session: a quick lock meanwhile is not kept
        // waiting (review, 2026-12-06).
        let (slot_id, kind) = self.session(|s| Ok((s.slot_id.clone(), s.slot_kind)))?;
        let keys = self.read_key_file()?;
        let (_, forms) = candidates(&Secret::Passphrase(passphrase))?;
        let the_vaults = match kind {
            SlotKind::Passphrase => forms.iter().any(|f| keys.opens(&slot_id, f)),
            // Opened with the recovery key, no passphrase is the session's own: any member's
            // would open the vault (review, 2026-12-06: one derivation per member then).
            SlotKind::Recovery => keys.open_any(SlotKind::Passphrase, &forms).is_ok(),
        };
        if the_vaults {
            return Err(Error::PassphraseOfTheVault { file });
        }
        Ok(())
    }

    /// Replaces the passphrase of the slot that unlocked this session. `current` must be the
    /// passphrase in use (asked again: an unattended unlocked laptop must not let anyone take it
    /// over). The data key is rewrapped; the database is not re-encrypted.
    pub fn change_passphrase(
        &self,
        current: &str,
        new: &str,
        params: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<()> {
        check_new_passphrase(new)?;
        // Compared as stored (NFC): « é » typed as e + accent is the same passphrase.
        if passphrase_bytes(current) == passphrase_bytes(new) {
            return Err(Error::PassphraseUnchanged);
        }
        self.session(|session| {
            let keys = self.read_key_file()?;
            let (_, current) = candidates(&Secret::Passphrase(current))?;
            let (key, slot_id) = keys.open_any(SlotKind::Passphrase, &current)?;
            if slot_id != session.slot_id || *key != *session.data_key {
                // The current passphrase of *another* worker's slot: not this session's to change.
                return Err(Error::WrongPassphrase);
            }
            keys.verify_mac(&key)?;
            let event = Event::new(Action::PassphraseChanged, now);
            self.rewrap_recorded(session, keys, &slot_id, new, params, event)
        })
    }

    /// With the recovery key: gives the passphrase slot `slot_id` the passphrase `new`. The way
    /// back for whoever forgot hers: the recovery key opened the vault, and nothing else let her
    /// choose a passphrase again (UI review, 2026-12-06: the passphrase change asks for the
    /// current one, and she typed the recovery key at every unlock since). Only in a session
    /// opened with the recovery key, which may already add and remove members; recorded as a
    /// change of passphrase, naming the slot's label and the recovery key.
    ///
    /// # Errors
    /// [`Error::PassphraseTooWeak`]; [`Error::NotRecoverySession`] in a passphrase's session;
    /// [`Error::NotFound`] for a slot that is not a passphrase's, or is damaged; the errors of a
    /// change of passphrase.
    pub fn reset_passphrase(
        &self,
        slot_id: &str,
        new: &str,
        params: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<()> {
        check_new_passphrase(new)?;
        self.session(|session| {
            if session.slot_kind != SlotKind::Recovery {
                return Err(Error::NotRecoverySession);
            }
            let keys = self.verified_key_file(session)?;
            let label = keys
                .slot(slot_id)
                .filter(|s| s.kind == SlotKind::Passphrase && !s.is_damaged())
                .ok_or(Error::NotFound { what: "keyslot" })?
                .label
                .clone();
            let event = Event::new(Action::PassphraseChanged, now).detail(serde_json::json!({
                "label": label,
                "withRecoveryKey": true,
            }));
            self.rewrap_recorded(session, keys, slot_id, new, params, event)
        })
    }

    /// Rewraps `slot_id` of `keys` with `new`, writes the key files and records `event`; a change
    /// that fails is undone, or said to be uncertain.
    fn rewrap_recorded(
        &self,
        session: &Session,
        mut keys: KeyFile,
        slot_id: &str,
        new: &str,
        params: KdfParams,
        event: Event,
    ) -> Result<()> {
        let key = &session.data_key;
        let before = [KEY_FILE, KEY_FILE_COPY].map(|name| std::fs::read(self.dir.join(name)));
        keys.rewrap_slot(slot_id, &passphrase_bytes(new), params, key)?;
        let pending = KeyChangePending {
            slot_id: slot_id.to_string(),
            check: keys
                .slot(slot_id)
                .ok_or(Error::Internal("rewrapped slot missing"))?
                .check
                .clone(),
            at: event.at,
            actor: session.actor(),
            detail: event.detail.clone(),
        };
        // Recorded before the key files change: a crash between their rename and the journal's
        // commit is caught up by the next unlock (`settle_key_change`).
        session
            .db
            .write(|tx| settings::set_key_change_pending(tx, Some(&pending)))?;
        #[cfg(test)]
        if tests::crash_at(tests::Crash::BeforeKeyFile) {
            return Err(Error::Internal("simulated crash"));
        }
        let changed = self.write_key_file(&keys.to_bytes(key)?).and_then(|()| {
            #[cfg(test)]
            if tests::crash_at(tests::Crash::AfterKeyFile) {
                return Err(Error::Internal("simulated crash"));
            }
            let actor = session.actor();
            session.db.write(|tx| {
                audit::append(tx, &actor, &event)?;
                settings::set_key_change_pending(tx, None)
            })
        });
        #[cfg(test)]
        if tests::crash_at(tests::Crash::AfterKeyFile) {
            // As a kill would: nothing recorded, nothing undone.
            return changed;
        }
        // A change that fails is undone: its error says nothing changed, and the worker goes
        // on with the passphrase she knows (data-loss review, 2026-12-05: on a full disk the
        // key files took the new passphrase, the log did not, and « Rien n'a été perdu ;
        // réessayez » left her locked out of the old one). If even the old keys cannot be
        // written back, she is told that either passphrase may open the vault now.
        // Only a file that was replaced is written back: on a full disk the first write fails
        // before anything changed, and writing the same bytes again would fail too (code
        // review, 2026-12-05: « uncertain » when nothing had changed).
        if let Err(e) = changed {
            let undone = [KEY_FILE, KEY_FILE_COPY]
                .iter()
                .zip(&before)
                .all(|(name, old)| {
                    let path = self.dir.join(name);
                    let Ok(old) = old else {
                        return true;
                    };
                    std::fs::read(&path).is_ok_and(|now| now == *old)
                        || fsx::write_atomically(&path, old).is_ok()
                });
            if undone {
                // Best effort: left behind, it is settled by the next unlock all the same.
                let _ = session
                    .db
                    .write(|tx| settings::set_key_change_pending(tx, None));
            }
            return Err(if undone {
                e
            } else {
                Error::PassphraseChangeUncertain
            });
        }
        Ok(())
    }

    /// Runs `f` on the open database; [`Error::Locked`] when locked.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.session(|s| s.db.read(f))
    }

    /// Runs `f` in a write transaction; [`Error::Locked`] when locked.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.session(|s| s.db.write(f))
    }

    /// Runs `f` in a write transaction and records the event it returns in the audit log, in the
    /// same transaction: the change and its record are committed together or not at all.
    pub fn write_logged<T>(&self, f: impl FnOnce(&Transaction) -> Result<(T, Event)>) -> Result<T> {
        self.write_logged_all(|tx| {
            let (out, event) = f(tx)?;
            Ok((out, vec![event]))
        })
    }

    /// [`Vault::write_logged`] for a change that is several events (a batch of cases imported at
    /// once): all are recorded with the change, or none is.
    pub fn write_logged_all<T>(
        &self,
        f: impl FnOnce(&Transaction) -> Result<(T, Vec<Event>)>,
    ) -> Result<T> {
        self.session(|session| {
            let actor = session.actor();
            session.db.write(|tx| {
                let (out, events) = f(tx)?;
                for event in &events {
                    audit::append(tx, &actor, event)?;
                }
                Ok(out)
            })
        })
    }

    /// Records `event` alone (a read that must leave a trace, such as a case viewed).
    pub fn log(&self, event: Event) -> Result<()> {
        self.session(|s| s.record(&[event]))
    }

    /// Records `event`, then runs `f` in the same transaction: what `f` reads includes the record
    /// (an exported audit log shows its own export), and if `f` fails (the file it writes could
    /// not be written) the record is rolled back with everything else.
    pub fn log_then<T>(
        &self,
        event: Event,
        f: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        self.session(|session| {
            let actor = session.actor();
            session.db.write(|tx| {
                audit::append(tx, &actor, &event)?;
                f(tx)
            })
        })
    }

    /// Who holds the session; [`Error::Locked`] when locked.
    pub fn session_info(&self) -> Result<SessionInfo> {
        self.session(|s| {
            Ok(SessionInfo {
                slot_id: s.slot_id.clone(),
                kind: s.slot_kind,
                label: s.slot_label.clone(),
                role: s.role,
                key_file_restored: s.key_file_restored,
            })
        })
    }

    /// Flushes the write-ahead log into the database file.
    pub fn checkpoint(&self) -> Result<()> {
        self.session(|s| s.db.checkpoint())
    }

    /// Failed unlocks recorded since the last success.
    pub fn failed_attempts(&self) -> u32 {
        Throttle::in_dir(&self.dir).failures()
    }

    /// The key file, its MAC checked with the session's data key: any change made behind the
    /// app's back is refused before the file is used or rewritten.
    fn verified_key_file(&self, session: &Session) -> Result<KeyFile> {
        let keys = self.read_key_file()?;
        keys.verify_mac(&session.data_key)?;
        Ok(keys)
    }

    fn read_key_file(&self) -> Result<KeyFile> {
        match std::fs::read(self.dir.join(KEY_FILE)) {
            Ok(bytes) => KeyFile::parse(&bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::StoreMissing),
            Err(e) => Err(e.into()),
        }
    }
}

/// The bytes a passphrase is derived from when it is set: its Unicode NFC form, so that « é »
/// typed as one character or as « e » and a combining accent (some input methods, some
/// keyboards) is the same passphrase.
pub(crate) fn passphrase_bytes(passphrase: &str) -> Zeroizing<Vec<u8>> {
    use unicode_normalization::UnicodeNormalization;
    Zeroizing::new(passphrase.nfc().collect::<String>().into_bytes())
}

/// The kind of slot a typed secret opens, and its bytes in the forms to try, the form stored
/// today first. Passphrases set before issue 13 were stored as typed, not normalised: when the
/// typed form differs from NFC it is tried second, so a passphrase that opened a store still
/// does. A recovery key is parsed (its checksum catches typos) and has one form.
pub(crate) fn candidates(secret: &Secret<'_>) -> Result<(SlotKind, Vec<Zeroizing<Vec<u8>>>)> {
    match secret {
        Secret::Passphrase(p) => {
            let nfc = passphrase_bytes(p);
            let mut forms = vec![Zeroizing::new(p.as_bytes().to_vec())];
            if nfc.as_slice() != p.as_bytes() {
                forms.insert(0, nfc);
            }
            Ok((SlotKind::Passphrase, forms))
        }
        Secret::RecoveryKey(typed) => {
            let key = RecoveryKey::parse(typed)?;
            Ok((
                SlotKind::Recovery,
                vec![Zeroizing::new(key.as_bytes().to_vec())],
            ))
        }
    }
}

/// Whether `new` may become a passphrase (of the store, a backup, a hand-over): too long, holding
/// a control character, or too weak for the passphrase rule ([`strength`]), each said by its
/// own error.
pub(crate) fn check_new_passphrase(new: &str) -> Result<()> {
    let strength = strength::assess(new);
    if strength.hints.contains(&"strength-hint-too-long") {
        return Err(Error::FieldTooLong {
            field: crate::error::Field::Named(crate::error::Named::Passphrase),
            max: strength::MAX_CHARS as u32,
        });
    }
    if strength.hints.contains(&"strength-hint-control") {
        return Err(Error::PassphraseControlCharacter);
    }
    if strength.acceptable {
        Ok(())
    } else {
        Err(Error::PassphraseTooWeak)
    }
}

/// A passphrase change cut short by a crash ([`KeyChangePending`]): recorded as of when it was
/// asked if the key file in effect (`keys`, the one that just opened the database) carries it,
/// forgotten if not.
fn settle_key_change(tx: &Transaction, keys: &KeyFile) -> Result<()> {
    let Some(pending) = settings::key_change_pending(tx)? else {
        return Ok(());
    };
    let happened = keys
        .slot(&pending.slot_id)
        .is_some_and(|slot| slot.check == pending.check);
    if happened {
        // An object, whatever the note held: a detail of another shape must not stop every
        // unlock (the journal takes objects only).
        let mut detail = match pending.detail {
            serde_json::Value::Object(detail) => detail,
            _ => serde_json::Map::new(),
        };
        detail.insert("recordedAtUnlock".into(), serde_json::Value::Bool(true));
        let detail = serde_json::Value::Object(detail);
        let event = Event::new(Action::PassphraseChanged, pending.at).detail(detail);
        audit::append(tx, &pending.actor, &event)?;
        log::warn!("a passphrase change cut short by a crash was recorded at unlock");
    }
    settings::set_key_change_pending(tx, None)
}

/// A file of a store's folder that the store made: its database and SQLite's companions, its
/// key files, its counter, its lock, a database set aside, what a write cut short left. The
/// folder may hold the worker's own files too (`--store ~/Documents`): those are never touched.
pub fn is_store_file(name: &str) -> bool {
    let name = name.strip_prefix('.').unwrap_or(name);
    name.starts_with("passerelle.") || name.starts_with("unlock-attempts.json")
}

/// The key file of a new store (created or restored): an administrator passphrase slot and a
/// recovery slot, both holding `data_key`. Returns it with the passphrase slot's id and the
/// recovery key to show once.
fn new_key_file(
    passphrase: &str,
    params: KdfParams,
    data_key: &DataKey,
    now: DateTime<Utc>,
) -> Result<(KeyFile, String, RecoveryKey)> {
    let recovery = RecoveryKey::generate();
    let mut keys = KeyFile::new();
    let slot_id = keys.add_member(
        SlotKind::Passphrase,
        None,
        Some(SlotRole::Admin),
        Some(now),
        &passphrase_bytes(passphrase),
        params,
        data_key,
    )?;
    keys.add_recovery(recovery.as_bytes(), now, params, data_key)?;
    Ok((keys, slot_id, recovery))
}

/// The ids of the slots of `keys`, for the audit log's team list.
pub(crate) fn slot_ids(keys: &KeyFile) -> Vec<String> {
    keys.body.slots.iter().map(|s| s.id.clone()).collect()
}

/// The failures of the key file after which its last-known-good copy is tried: the file is
/// missing, unreadable, altered, a slot damaged, or its key no longer opens the database. A wrong
/// secret is not one of them.
fn falls_back_to_copy(e: &Error) -> bool {
    matches!(
        e,
        Error::StoreMissing
            | Error::KeyFileDamaged(_)
            | Error::KeyFileTampered
            | Error::KeySlotDamaged
            | Error::DatabaseDamaged
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    const PASSPHRASE: &str = "lanterne violon marée confiture";

    /// Where a test makes a passphrase change stop, as a kill there would: recording nothing
    /// and undoing nothing.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Crash {
        /// Its note written, its key files not yet.
        BeforeKeyFile,
        /// Its key files written, the journal not yet.
        AfterKeyFile,
    }

    thread_local! {
        static CRASH: std::cell::Cell<Option<Crash>> = const { std::cell::Cell::new(None) };
    }

    /// True where this thread's test set the crash to come.
    pub(super) fn crash_at(at: Crash) -> bool {
        CRASH.with(|c| c.get() == Some(at))
    }

    /// `f` with a crash set at `at`.
    fn crashing<T>(at: Crash, f: impl FnOnce() -> T) -> T {
        CRASH.with(|c| c.set(Some(at)));
        let out = f();
        CRASH.with(|c| c.set(None));
        out
    }

    /// A store made in `dir` with the test passphrase, open.
    fn created(dir: impl AsRef<Path>) -> Vault {
        let vault = Vault::at(dir.as_ref());
        vault
            .create(PASSPHRASE, KdfParams::FLOOR, Utc::now())
            .unwrap();
        vault
    }

    fn try_unlock(vault: &Vault) -> Result<()> {
        vault.unlock(Secret::Passphrase(PASSPHRASE), Utc::now())
    }

    fn unlock(vault: &Vault) {
        try_unlock(vault).unwrap();
    }

    /// Review, 2026-12-06: an unlock that put the key file back from its copy, then was cut
    /// short by a quick lock, recorded nothing; the file being back, the next unlock had nothing
    /// to say. It is recorded at once, and said by the next unlock, once.
    #[test]
    fn a_key_file_put_back_by_an_unlock_a_lock_cut_short_is_said_by_the_next_one() {
        let dir = tempfile::tempdir().unwrap();
        let vault = created(dir.path());
        vault.lock();
        unlock(&vault); // the copy is written by an unlock
        vault.lock();
        std::fs::remove_file(dir.path().join(KEY_FILE)).unwrap();
        let since = vault.locks();
        vault.lock();
        let refused = vault.unlock_since(Secret::Passphrase(PASSPHRASE), Utc::now(), since);
        assert!(matches!(refused, Err(Error::Locked)), "{:?}", refused.err());
        assert!(dir.path().join(KEY_FILE).exists(), "put back");

        unlock(&vault);
        let info = vault.session_info().unwrap();
        assert_eq!(info.key_file_restored, Some(KeyFileRestored::Missing));
        let actions: Vec<String> = vault
            .read(audit::all)
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        let restored = actions.iter().filter(|a| *a == "key-file-restored").count();
        assert_eq!(restored, 1, "recorded once: {actions:?}");
        vault.lock();
        unlock(&vault);
        assert_eq!(
            vault.session_info().unwrap().key_file_restored,
            None,
            "said once"
        );
    }

    /// Security review, 2026-12-06: the write-ahead log, its shared-memory file and the folder's
    /// lock file were 0644 for the store's first session (the database was narrowed only after
    /// SQLite had made them from it). Every file of the folder is its owner's only.
    #[cfg(unix)]
    #[test]
    fn every_file_of_a_new_store_is_its_owners_only_from_the_first_session() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        // A lock file an earlier version left 0644 is narrowed.
        let lock = dir.path().join(store_lock::LOCK_FILE);
        std::fs::write(&lock, b"").unwrap();
        std::fs::set_permissions(&lock, std::fs::Permissions::from_mode(0o644)).unwrap();
        let vault = created(dir.path());
        vault.write(|_| Ok(())).unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert!(
            names.iter().any(|p| p.to_string_lossy().ends_with("-wal")),
            "the log exists while the store is open: {names:?}"
        );
        for path in &names {
            let mode = std::fs::metadata(path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{}", path.display());
        }
    }

    /// The journal's `passphrase-changed` entries.
    fn passphrase_changes(vault: &Vault) -> Vec<audit::Entry> {
        vault
            .read(audit::all)
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "passphrase-changed")
            .collect()
    }

    /// Adversarial review, 2026-12-06: a passphrase change killed right after the key file's
    /// rename left a store that opens with the new passphrase only, and no journal entry of
    /// the change. The next unlock records it, as of when it was asked, once.
    #[test]
    fn a_passphrase_change_a_crash_cut_short_after_its_key_file_is_recorded_by_the_next_unlock() {
        const NEW: &str = "girafe trombone éclair pistache";
        let dir = tempfile::tempdir().unwrap();
        let vault = created(dir.path());
        let asked = Utc::now() - chrono::Duration::minutes(5);
        let cut = crashing(Crash::AfterKeyFile, || {
            vault.change_passphrase(PASSPHRASE, NEW, KdfParams::FLOOR, asked)
        });
        assert!(cut.is_err());
        assert!(
            passphrase_changes(&vault).is_empty(),
            "the crash came first"
        );
        vault.lock();
        assert!(matches!(try_unlock(&vault), Err(Error::WrongPassphrase)));
        vault.unlock(Secret::Passphrase(NEW), Utc::now()).unwrap();
        let changes = passphrase_changes(&vault);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(
            changes[0].at,
            asked.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        );
        assert_eq!(
            changes[0].detail["recordedAtUnlock"], true,
            "{}",
            changes[0].detail
        );
        assert!(changes[0].actor.slot_id.is_some(), "who asked it");
        assert_eq!(vault.read(settings::key_change_pending).unwrap(), None);
        vault.lock();
        vault.unlock(Secret::Passphrase(NEW), Utc::now()).unwrap();
        assert_eq!(passphrase_changes(&vault).len(), 1, "recorded once");
        assert!(matches!(
            vault.read(audit::verify).unwrap(),
            audit::ChainStatus::Intact { .. }
        ));
    }

    /// A change cut short before its key file was replaced never happened: the old passphrase
    /// opens, nothing is recorded, and the note of the change goes. A note with a detail that
    /// is no object (a later format) blocks no unlock.
    #[test]
    fn a_passphrase_change_cut_short_before_its_key_file_records_nothing() {
        const NEW: &str = "girafe trombone éclair pistache";
        let dir = tempfile::tempdir().unwrap();
        let vault = created(dir.path());
        let cut = crashing(Crash::BeforeKeyFile, || {
            vault.change_passphrase(PASSPHRASE, NEW, KdfParams::FLOOR, Utc::now())
        });
        assert!(cut.is_err());
        assert!(
            vault.read(settings::key_change_pending).unwrap().is_some(),
            "noted"
        );
        vault.lock();
        unlock(&vault);
        assert!(passphrase_changes(&vault).is_empty());
        assert_eq!(vault.read(settings::key_change_pending).unwrap(), None);
        // A change that succeeds leaves no note behind.
        vault
            .change_passphrase(PASSPHRASE, NEW, KdfParams::FLOOR, Utc::now())
            .unwrap();
        assert_eq!(vault.read(settings::key_change_pending).unwrap(), None);
        assert_eq!(passphrase_changes(&vault).len(), 1);

        let keys = vault.read_key_file().unwrap();
        let slot_id = vault.session_info().unwrap().slot_id;
        let odd = KeyChangePending {
            check: keys.slot(&slot_id).unwrap().check.clone(),
            slot_id,
            at: Utc::now(),
            actor: Actor::default(),
            detail: serde_json::json!("pas un objet"),
        };
        vault
            .write(|tx| settings::set_key_change_pending(tx, Some(&odd)))
            .unwrap();
        vault.lock();
        vault.unlock(Secret::Passphrase(NEW), Utc::now()).unwrap();
        assert_eq!(passphrase_changes(&vault).len(), 2);
    }

    /// A store copied with `cp -r` takes the umask's modes: its folder, database and key file
    /// readable by every account. The next unlock narrows them, and the database's log, made
    /// at that unlock, is its owner's only too.
    #[cfg(unix)]
    #[test]
    fn an_unlock_narrows_a_store_folder_copied_open_to_other_accounts() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("coffre");
        let vault = created(&store);
        vault.lock();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let set = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
        };
        set(&store, 0o755);
        for name in [KEY_FILE, DB_FILE] {
            set(&store.join(name), 0o644);
        }
        // A file of the worker's own, in a folder she chose (`--store ~/Documents`): not ours.
        let hers = store.join("notes.txt");
        std::fs::write(&hers, b"liste de courses").unwrap();
        set(&hers, 0o644);
        unlock(&vault);
        vault.write(|_| Ok(())).unwrap();
        assert_eq!(mode(&store), 0o700);
        assert_eq!(mode(&hers), 0o644, "hers is left as it is");
        for entry in std::fs::read_dir(&store).unwrap() {
            let path = entry.unwrap().path();
            if path != hers {
                assert_eq!(mode(&path), 0o600, "{}", path.display());
            }
        }
    }

    /// Adversarial review, 2026-12-06: a passphrase change killed before its rename left
    /// `.passerelle.keys.<random>.tmp`, a whole key file the new passphrase opens, for good. The
    /// next unlock removes such files once a minute old, and only them; a wrong passphrase
    /// removes nothing.
    #[test]
    fn an_unlock_removes_key_files_a_crash_left_half_written_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let vault = created(dir.path());
        vault.lock();
        let keys = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let plant = |name: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, &keys).unwrap();
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(an_hour_ago).unwrap();
        };
        let stray = [
            ".passerelle.keys.0123456789ab.tmp",
            ".passerelle.keys.last-good.a1b2c3d4e5f6.tmp",
            ".passerelle.keys.next.ffffffffffff.tmp",
            // A staged write's suffix (exports, backups): a cut write all the same.
            ".passerelle.keys.0123456789ab.partial",
        ];
        let kept = [
            "passerelle.keys.0123456789ab.tmp",
            ".passerelle.keys.notes.tmp",
            // Not one of the names above in another case: on Windows it would be the same file.
            ".passerelle.keys.ABCDEF012345.tmp",
            ".passerelle.db.0123456789ab.tmp",
        ];
        for name in stray.iter().chain(&kept) {
            plant(name);
        }
        let wrong = vault.unlock(
            Secret::Passphrase("pas la bonne phrase du tout"),
            Utc::now(),
        );
        assert!(matches!(wrong, Err(Error::WrongPassphrase)), "{wrong:?}");
        assert!(
            dir.path().join(stray[0]).exists(),
            "a wrong passphrase removes nothing"
        );
        // A write of a moment ago may be another program's, on a folder that cannot be locked.
        let fresh = ".passerelle.keys.abcdefabcdef.tmp";
        std::fs::write(dir.path().join(fresh), &keys).unwrap();
        unlock(&vault);
        for name in stray {
            assert!(!dir.path().join(name).exists(), "{name} removed");
        }
        for name in kept.iter().chain([&fresh]) {
            assert!(dir.path().join(name).exists(), "{name} kept");
        }
    }

    /// Review, 2026-12-06: the idle timer's lock and the worker's quick lock in the same instant
    /// both acted on the page; the one that closed the session is told so, the other not.
    #[test]
    fn of_two_locks_only_the_one_that_closed_the_session_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let vault = created(dir.path());
        assert!(vault.lock(), "closed it");
        assert!(!vault.lock(), "nothing left to close");
        unlock(&vault);
        assert!(vault.lock());
    }

    /// Review, 2026-12-04: the quick lock pressed while an unlock tried its slots was undone
    /// when the unlock ended, and the vault stood open behind the neutral screen.
    #[test]
    fn a_lock_that_comes_during_an_unlock_leaves_the_vault_locked() {
        let dir = tempfile::tempdir().unwrap();
        let vault = created(dir.path());
        vault.lock();
        let since = vault.locks(); // the unlock begins…
        vault.lock(); // …and the quick lock comes while it derives the key
        let refused = vault.unlock_since(Secret::Passphrase(PASSPHRASE), Utc::now(), since);
        assert!(matches!(refused, Err(Error::Locked)), "{:?}", refused.err());
        assert!(!vault.is_unlocked());
        assert!(
            vault.read(|_| Ok(())).is_err(),
            "no session behind the lock"
        );
        unlock(&vault);
        assert!(vault.is_unlocked(), "the next unlock opens it");
    }

    /// Review, 2026-12-04: a second process (the CLI, the app started twice) unlocked a store
    /// another had open and deleted its key rotation's `.next` file; a failed restore removed
    /// the database a second restore had just written. One process at a time.
    #[test]
    fn a_store_open_in_one_process_is_refused_to_another_until_it_is_locked() {
        let dir = tempfile::tempdir().unwrap();
        let first = created(dir.path());
        // What a rotation leaves while it re-encrypts: not the other process's to discard.
        let next = dir.path().join(NEXT_KEY_FILE);
        std::fs::copy(dir.path().join(KEY_FILE), &next).unwrap();
        let second = Vault::at(dir.path());
        let refused = try_unlock(&second);
        assert!(
            matches!(refused, Err(Error::StoreInUse)),
            "{:?}",
            refused.err()
        );
        assert!(next.exists(), "the rotation's file is left alone");
        assert_eq!(second.failed_attempts(), 0, "no attempt counted");
        let elsewhere = Vault::at(dir.path());
        let refused = elsewhere.set_aside_database(Utc::now());
        assert!(
            matches!(refused, Err(Error::StoreExists)),
            "{:?}",
            refused.err()
        );
        std::fs::remove_file(&next).unwrap();

        first.lock();
        unlock(&second);
        let refused = try_unlock(&first);
        assert!(
            matches!(refused, Err(Error::StoreInUse)),
            "{:?}",
            refused.err()
        );
        second.lock();
        unlock(&first);
    }

    /// A database waiting for its key file is not set aside while another process works in
    /// its folder.
    #[test]
    fn a_database_is_not_set_aside_while_another_process_holds_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(DB_FILE),
            b"a database whose key file is away",
        )
        .unwrap();
        let other = store_lock::StoreLock::take(dir.path()).unwrap();
        let vault = Vault::at(dir.path());
        let refused = vault.set_aside_database(Utc::now());
        assert!(
            matches!(refused, Err(Error::StoreInUse)),
            "{:?}",
            refused.err()
        );
        assert!(dir.path().join(DB_FILE).exists(), "left where it is");
        drop(other);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let loose = std::fs::Permissions::from_mode(0o644);
            std::fs::set_permissions(dir.path().join(DB_FILE), loose).unwrap();
        }
        let name = vault.set_aside_database(Utc::now()).unwrap();
        assert!(!dir.path().join(DB_FILE).exists());
        // Its owner's only, whatever it was (security review, 2026-12-05).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    /// A restore begun while another process works in the same folder (its own restore writing
    /// the database) touches nothing there.
    #[test]
    fn a_restore_waits_for_the_folder_another_process_holds() {
        let dir = tempfile::tempdir().unwrap();
        let source = created(dir.path().join("source"));
        let file = dir.path().join("backup.enc");
        // A backup's passphrase is never the vault's.
        const BACKUP: &str = "péniche horloge framboise tunnel";
        backup::create(
            &source,
            &file,
            Secret::Passphrase(BACKUP),
            KdfParams::FLOOR,
            Utc::now(),
            &mut |_| {},
        )
        .unwrap();
        let target = dir.path().join("target");
        std::fs::create_dir(&target).unwrap();
        let other = store_lock::StoreLock::take(&target).unwrap();
        let restore = || {
            Vault::at(&target).restore_from(
                &file,
                Secret::Passphrase(BACKUP),
                PASSPHRASE,
                KdfParams::FLOOR,
                Utc::now(),
                &mut |_| {},
            )
        };
        let refused = restore();
        assert!(
            matches!(refused, Err(Error::StoreInUse)),
            "{:?}",
            refused.err()
        );
        // What the other process writes meanwhile stays.
        std::fs::write(target.join(DB_FILE), b"the other restore's").unwrap();
        let refused = restore();
        assert!(refused.is_err());
        assert!(target.join(DB_FILE).exists(), "never removed");
        drop(other);
        std::fs::remove_file(target.join(DB_FILE)).unwrap();
        restore().unwrap();
    }

    /// A store created while a lock came stays locked; its recovery key, never shown, is handed
    /// over once by the next unlock, and it opens the store.
    #[test]
    fn the_recovery_key_of_a_store_created_during_a_lock_waits_for_the_next_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::at(dir.path());
        let since = vault.lock_count();
        vault.lock();
        let refused = vault.create_since(PASSPHRASE, KdfParams::FLOOR, Utc::now(), since);
        assert!(matches!(refused, Err(Error::Locked)), "{:?}", refused.err());
        assert!(vault.exists() && !vault.is_unlocked());
        assert!(
            vault.take_unseen_recovery_key().is_none(),
            "not while locked"
        );

        unlock(&vault);
        let key = vault.take_unseen_recovery_key().expect("handed over");
        assert!(vault.take_unseen_recovery_key().is_none(), "once");
        vault.lock();
        let typed = key.display();
        vault
            .unlock(Secret::RecoveryKey(&typed), Utc::now())
            .unwrap();
        assert!(vault.is_unlocked(), "the key shown opens the store");
    }
}
