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
//!
//! The data key is 256 random bits and never touches the disk unwrapped. Locking drops the
//! connection (SQLCipher wipes its copy of the key) and zeroes ours.
//!
//! Every session knows which keyslot opened it: that slot's label is the "who" of the audit log
//! ([`crate::db::audit`]), and its role decides who may add or remove team members.

pub mod backup;
pub mod cases;
pub mod handover;
pub mod kdf;
pub mod keyfile;
pub mod recovery;
pub mod seal;
pub mod strength;
pub mod team;
pub mod throttle;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use rand::RngCore;
use rusqlite::{Connection, Transaction};
use zeroize::Zeroizing;

use crate::db::audit::{self, Action, Actor, Event};
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
    slot_kind: SlotKind,
    slot_label: Option<String>,
    role: SlotRole,
}

impl Session {
    /// The session of a store just created or restored: its creator, an administrator.
    fn creator(db: Db, data_key: DataKey, slot_id: String) -> Self {
        Session {
            db,
            data_key,
            slot_id,
            slot_kind: SlotKind::Passphrase,
            slot_label: None,
            role: SlotRole::Admin,
        }
    }

    fn actor(&self) -> Actor {
        Actor {
            slot_id: Some(self.slot_id.clone()),
            kind: Some(
                match self.slot_kind {
                    SlotKind::Passphrase => "passphrase",
                    SlotKind::Recovery => "recovery",
                }
                .to_string(),
            ),
            label: self.slot_label.clone(),
        }
    }
}

/// Who holds the current session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    /// The slot that unlocked.
    pub slot_id: String,
    /// Passphrase or recovery key.
    pub kind: SlotKind,
    /// The slot's label.
    pub label: Option<String>,
    /// Its role.
    pub role: SlotRole,
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
        self.create_at(passphrase, params, chrono::Utc::now())
    }

    /// [`Vault::create`] with the creation time given (the audit log's first entry).
    pub fn create_at(
        &self,
        passphrase: &str,
        params: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<RecoveryKey> {
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
        let (mut keys, slot_id, recovery) = new_key_file(passphrase, params, &data_key, now)?;
        let db = Db::open(&self.dir.join(DB_FILE), &data_key, OpenMode::Create)?;
        let session = Session::creator(db, data_key, slot_id);
        let actor = session.actor();
        session
            .db
            .write(|tx| audit::append(tx, &actor, &Event::new(Action::StoreCreated, now)))?;
        // The key file is written last: until it exists, the store does not.
        fsx::write_atomically(&self.dir.join(KEY_FILE), &keys.to_bytes(&session.data_key)?)?;
        *self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))? = Some(session);
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
        // Read before this attempt is counted: the failures before it, and when the last one was.
        let (failed_before, last_failure) = throttle.status();
        throttle.begin_attempt(now)?;
        let wrong = |e: Error| match e {
            Error::WrongPassphrase if recovery_typed => Error::WrongRecoveryKey,
            e => e,
        };
        let (mut keys, data_key, slot_id, db) = match self.open_with(&keys, kind, &bytes) {
            Ok((data_key, slot_id, db)) => {
                // A rotation that crashed before its database step left a `.next` file that
                // nothing uses: the current key file still opens the database.
                self.discard_next_key_file()?;
                (keys, data_key, slot_id, db)
            }
            Err(first) => match self.finish_interrupted_rotation(kind, &bytes)? {
                Some(done) => done,
                None => return Err(wrong(first)),
            },
        };
        throttle.succeeded()?;
        let slot = keys
            .slot(&slot_id)
            .cloned()
            .ok_or(Error::Internal("opened slot missing"))?;
        if slot.is_legacy() {
            // A version-1 slot gets its key pair now: only its own secret can wrap it.
            keys.rewrap_slot(&slot_id, &bytes, slot.kdf.params, &data_key)?;
            fsx::write_atomically(&self.dir.join(KEY_FILE), &keys.to_bytes(&data_key)?)?;
        }
        let session = Session {
            db,
            data_key,
            slot_id,
            slot_kind: slot.kind,
            slot_label: slot.label.clone(),
            role: slot.role(),
        };
        let actor = session.actor();
        session.db.write(|tx| {
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
            audit::append(tx, &actor, &Event::new(Action::Unlock, now))
        })?;
        *self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))? = Some(session);
        Ok(())
    }

    /// Opens a slot of `keys` with the secret, checks the file MAC, opens the database.
    fn open_with(
        &self,
        keys: &KeyFile,
        kind: SlotKind,
        secret: &[u8],
    ) -> Result<(DataKey, String, Db)> {
        let (data_key, slot_id) = keys.open(kind, secret)?;
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
        secret: &[u8],
    ) -> Result<Option<(KeyFile, DataKey, String, Db)>> {
        let next = self.dir.join(NEXT_KEY_FILE);
        let Ok(bytes) = std::fs::read(&next) else {
            return Ok(None);
        };
        let Ok(keys) = KeyFile::parse(&bytes) else {
            return Ok(None);
        };
        match self.open_with(&keys, kind, secret) {
            Ok((data_key, slot_id, db)) => {
                fsx::replace(&next, &self.dir.join(KEY_FILE))?;
                log::warn!("finished a key rotation interrupted by a crash");
                Ok(Some((keys, data_key, slot_id, db)))
            }
            Err(_) => Ok(None),
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
        fsx::write_atomically(&self.dir.join(KEY_FILE), &keys.to_bytes(&key)?)?;
        let actor = session.actor();
        session.db.write(|tx| {
            audit::append(
                tx,
                &actor,
                &Event::new(Action::PassphraseChanged, Utc::now()),
            )
        })?;
        Ok(())
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

    /// Runs `f` in a write transaction and records the event it returns in the audit log, in the
    /// same transaction: the change and its record are committed together or not at all.
    pub fn write_logged<T>(&self, f: impl FnOnce(&Transaction) -> Result<(T, Event)>) -> Result<T> {
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        let session = guard.as_ref().ok_or(Error::Locked)?;
        let actor = session.actor();
        session.db.write(|tx| {
            let (out, event) = f(tx)?;
            audit::append(tx, &actor, &event)?;
            Ok(out)
        })
    }

    /// Records `event` alone (a read that must leave a trace, such as a case viewed).
    pub fn log(&self, event: Event) -> Result<()> {
        self.write_logged(|_| Ok(((), event)))
    }

    /// The whole audit log as a JSON document ([`audit::export`]), after recording the export in
    /// it, so that the exported copy shows its own export.
    pub fn export_audit(&self, now: DateTime<Utc>) -> Result<serde_json::Value> {
        self.log(Event::new(Action::AuditExported, now))?;
        self.read(|c| audit::export(c, now))
    }

    /// Changes the retention period and the backup reminder delay (either may be left as it is),
    /// within their ranges, and records the change.
    pub fn update_retention_settings(
        &self,
        retention_months: Option<u32>,
        backup_reminder_days: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<crate::db::settings::VaultSettings> {
        use crate::db::settings::{self, VaultSettings};
        if retention_months.is_some_and(|m| !VaultSettings::RETENTION_RANGE.contains(&m)) {
            return Err(Error::InvalidField {
                path: "retentionMonths".into(),
                reason: "0–120".into(),
            });
        }
        if backup_reminder_days.is_some_and(|d| !VaultSettings::BACKUP_REMINDER_RANGE.contains(&d))
        {
            return Err(Error::InvalidField {
                path: "backupReminderDays".into(),
                reason: "1–365".into(),
            });
        }
        self.write_logged(|tx| {
            let mut s = settings::load(tx)?;
            s.retention_months = retention_months.unwrap_or(s.retention_months);
            s.backup_reminder_days = backup_reminder_days.unwrap_or(s.backup_reminder_days);
            settings::save(tx, &s)?;
            let event = Event::new(Action::SettingsChanged, now).detail(serde_json::json!({
                "retentionMonths": s.retention_months,
                "backupReminderDays": s.backup_reminder_days,
            }));
            Ok((s, event))
        })
    }

    /// Who holds the session; [`Error::Locked`] when locked.
    pub fn session_info(&self) -> Result<SessionInfo> {
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        let s = guard.as_ref().ok_or(Error::Locked)?;
        Ok(SessionInfo {
            slot_id: s.slot_id.clone(),
            kind: s.slot_kind,
            label: s.slot_label.clone(),
            role: s.role,
        })
    }

    /// Runs `f` with the open database itself (snapshots, re-keying).
    fn with_db<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let guard = self
            .session
            .lock()
            .map_err(|_| Error::Internal("vault mutex"))?;
        f(&guard.as_ref().ok_or(Error::Locked)?.db)
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
        passphrase.as_bytes(),
        params,
        data_key,
    )?;
    keys.add_member(
        SlotKind::Recovery,
        None,
        None,
        Some(now),
        recovery.as_bytes(),
        params,
        data_key,
    )?;
    Ok((keys, slot_id, recovery))
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
