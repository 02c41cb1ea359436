//! Encrypted backups of a whole store, their verification, and restoring one into a new store.
//!
//! A backup is a sealed file ([`super::seal`], content `backup`) whose payload is:
//!
//! | bytes | content |
//! |---|---|
//! | 4 | manifest length, big-endian |
//! | n | manifest, JSON: `passerelle.backup/1`, when, which store, schema version, counts, the audit log's head, the database image's length and SHA-256 |
//! | … | the database image ([`crate::db::snapshot`]) |
//!
//! - **Writing**: the database is copied into memory, never to a plaintext file; the sealed file is
//!   written beside its target and renamed; then it is **read back from the disk and checked**
//!   (every chunk, the image's hash, SQLite's `quick_check`, the counts) before the backup is
//!   called verified and its date recorded.
//! - **Secret**: a passphrase chosen for backups, or the store's recovery key. A recovery key is
//!   checked against this store's recovery slot first, so a backup is never sealed with a key that
//!   does not belong to the store.
//! - **Restoring** goes into a *new* store: new data key, new passphrase, new recovery key. The
//!   whole file is checked before anything is written; the image is exported into a new SQLCipher
//!   file keyed from its first page; the database is opened the normal way (so an older schema is
//!   migrated), checked again, counted, its audit chain walked, and only then is the key file
//!   written, which is what makes the store exist. On any failure the new files are removed.
//!
//! Team slots are not carried over: they would need every member's passphrase. After a restore,
//! the administrator adds the members again (docs/vault-operations.md).

use std::path::Path;

use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::keyfile::SlotKind;
use super::recovery::RecoveryKey;
use super::seal::{self, Content, OnProgress, Progress, Stage};
use super::store_lock::{StoreLock, LOCK_FILE};
use super::{kdf::KdfParams, Secret, Session, Vault, DB_FILE};
use crate::db::audit::{self, Action, ChainStatus, Event};
use crate::db::settings::{self, AuditPoint, BackupStatus};
use crate::db::{cases, snapshot, Db, OpenMode};
use crate::{fsx, Error, Result};

/// The manifest's format tag.
pub const FORMAT: &str = "passerelle.backup/1";

/// What a backup says about itself, inside the encryption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// When the snapshot was taken.
    pub created_at: DateTime<Utc>,
    /// The store it comes from.
    pub store_id: String,
    /// Schema version of the image.
    pub schema_version: u32,
    /// Number of cases.
    pub cases: u64,
    /// Number of audit entries.
    pub audit_entries: i64,
    /// Hash of the last audit entry: a later log must contain it.
    pub audit_head: String,
    /// Length of the database image.
    pub db_len: u64,
    /// SHA-256 of the database image, hex.
    pub db_sha256: String,
    /// Version of Passerelle that wrote it.
    pub app_version: String,
}

/// A backup written and read back intact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupReport {
    /// When it was taken.
    pub created_at: DateTime<Utc>,
    /// Cases it holds.
    pub cases: u64,
    /// Size of the file, in bytes.
    pub file_bytes: u64,
    /// Hash of the last audit entry it holds.
    pub audit_head: String,
    /// Audit entries it holds.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub audit_entries: i64,
}

/// How a backup's audit log compares with the unlocked store's (issue 13, rollback detection).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AuditMatch {
    /// The store's log holds the backup's head at its number: the store is the backup's
    /// continuation.
    Continues,
    /// The backup's log is longer than the store's: the store is older than this backup (its
    /// files were replaced by an older copy, or cases came back).
    StoreOlder,
    /// The store's log has another entry at the backup's head number: one of the two logs was
    /// rewritten.
    Diverged,
}

/// What checking a backup file found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VerifyReport {
    /// When it was taken.
    pub created_at: DateTime<Utc>,
    /// Cases it holds.
    pub cases: u64,
    /// Schema version of its image.
    pub schema_version: u32,
    /// True if it is a backup of the unlocked store.
    pub same_store: bool,
    /// For a backup of the unlocked store: how its audit log compares with the store's.
    pub audit_match: Option<AuditMatch>,
}

/// A store restored from a backup.
pub struct Restored {
    /// The new store's recovery key, to show once.
    pub recovery_key: RecoveryKey,
    /// The backup's manifest.
    pub manifest: Manifest,
    /// Schema version after migration.
    pub schema_version: u32,
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn encode_payload(manifest: &Manifest, image: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let json = serde_json::to_vec(manifest).map_err(|_| Error::Internal("backup manifest"))?;
    let mut payload = Zeroizing::new(Vec::with_capacity(4 + json.len() + image.len()));
    payload.extend_from_slice(&(json.len() as u32).to_be_bytes());
    payload.extend_from_slice(&json);
    payload.extend_from_slice(image);
    Ok(payload)
}

/// Splits a decrypted payload into its manifest and image, checking the image's length and hash.
/// The payload was authenticated already; these checks catch a writer's bug, not an attacker.
fn decode_payload(payload: &[u8]) -> Result<(Manifest, &[u8])> {
    let len = payload
        .get(..4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
        .ok_or(Error::SealedDamaged)?;
    let end = len.checked_add(4).ok_or(Error::SealedDamaged)?;
    let json = payload.get(4..end).ok_or(Error::SealedDamaged)?;
    let value: serde_json::Value =
        serde_json::from_slice(json).map_err(|_| Error::SealedDamaged)?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != FORMAT {
        return Err(match format.strip_prefix("passerelle.backup/") {
            Some(v) if v.parse::<u32>().is_ok_and(|v| v > 1) => Error::SealedTooNew {
                found: v.parse().unwrap_or(u32::MAX),
                supported: 1,
            },
            _ => Error::SealedDamaged,
        });
    }
    let manifest: Manifest = serde_json::from_value(value).map_err(|_| Error::SealedDamaged)?;
    let image = &payload[end..];
    // A journal of -5 entries is no journal (security review, 2026-12-06: it skipped the check
    // of the restored one, and a verification recorded it as the last good backup).
    if image.len() as u64 != manifest.db_len
        || hex(&Sha256::digest(image)) != manifest.db_sha256
        || manifest.audit_entries < 0
    {
        return Err(Error::SealedDamaged);
    }
    Ok((manifest, image))
}

/// Writes an encrypted backup of the unlocked store to `out`, reads it back, checks it, records
/// it as the last verified backup and in the audit log.
pub fn create(
    vault: &Vault,
    out: &Path,
    secret: Secret<'_>,
    params: KdfParams,
    now: DateTime<Utc>,
    progress: OnProgress<'_>,
) -> Result<BackupReport> {
    if let Secret::Passphrase(p) = secret {
        super::check_new_passphrase(p)?;
    }
    let store_id = vault.check_backup_secret(&secret)?;
    let secret_kind = crate::codes::code(secret.kind());
    progress(Progress {
        stage: Stage::Snapshot,
        done: 0,
        total: 0,
    });
    // The session stays open from the snapshot to the record (review, 2026-12-04: a lock while
    // the file was sealed left a backup written and no record of it). A lock that comes meanwhile
    // waits for the record; one that came before writes nothing.
    vault.session(|session| {
        let snap = session.db.snapshot()?;
        let report = write_snapshot(out, &snap, &store_id, secret, params, now, progress)?;
        drop(snap);
        let status = BackupStatus {
            verified_at: now,
            cases: report.cases,
            audit: Some(AuditPoint {
                entries: report.audit_entries,
                head: report.audit_head.clone(),
            }),
        };
        let event = Event::new(Action::BackupMade, now).detail(serde_json::json!({
            "cases": report.cases,
            "bytes": report.file_bytes,
            "secret": secret_kind,
            "verified": true,
        }));
        let actor = session.actor();
        session.db.write(|tx| {
            settings::save_backup_status(tx, &status)?;
            audit::append(tx, &actor, &event)
        })?;
        Ok(report)
    })
}

/// Seals `snap` into a backup file at `out`, read back from the disk and checked before it
/// takes that name.
/// [`create`] does this for the unlocked store; tools that build a snapshot themselves (the
/// schema-1 fixture generator) call it directly.
pub fn write_snapshot(
    out: &Path,
    snap: &snapshot::Snapshot,
    store_id: &str,
    secret: Secret<'_>,
    params: KdfParams,
    now: DateTime<Utc>,
    progress: OnProgress<'_>,
) -> Result<BackupReport> {
    let manifest = Manifest {
        format: FORMAT.into(),
        created_at: now,
        store_id: store_id.to_string(),
        schema_version: snap.schema_version,
        cases: snap.cases,
        audit_entries: snap.audit_entries,
        audit_head: snap.audit_head.clone(),
        db_len: snap.bytes.len() as u64,
        db_sha256: hex(&Sha256::digest(snap.bytes.as_slice())),
        app_version: env!("CARGO_PKG_VERSION").into(),
    };
    let payload = encode_payload(&manifest, &snap.bytes)?;
    // What a restore checks, checked before anything is written; `seal::write` then reads the
    // file back from the disk and compares it with these bytes before it takes its name.
    let (back, image) = decode_payload(&payload)?;
    if back != manifest {
        return Err(Error::SealedDamaged);
    }
    image_as_stated(image, &manifest, Journal::AsItIs)?;
    seal::write(
        out,
        Content::Backup,
        &secret,
        params,
        now,
        &payload,
        &mut *progress,
    )?;
    drop(payload);
    Ok(BackupReport {
        created_at: now,
        cases: manifest.cases,
        file_bytes: std::fs::metadata(out)?.len(),
        audit_head: manifest.audit_head,
        audit_entries: manifest.audit_entries,
    })
}

/// What [`image_as_stated`] asks of a backup's journal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Journal {
    /// Intact, with the manifest's count and last hash: a backup checked or restored (a restore
    /// refuses a broken chain, so « Vérifier » does too).
    Intact,
    /// The store's, as it is: a backup being made. A store whose journal was tampered with is
    /// still saved (refused, it could not be backed up at all: code review, 2026-12-06); an
    /// intact chain must still have the manifest's figures.
    AsItIs,
}

/// Checks the database image of a backup ([`snapshot::check`]) and that it is what its manifest
/// says: its schema version, its cases, and its journal, walked, with the count and last hash the
/// manifest gives. Those two are what a later verification records as the last good backup and
/// compares the store's journal with: a manifest forged with other figures passed « Vérifier »
/// and was recorded so (code review, 2026-12-06).
///
/// # Errors
/// [`Error::SealedDamaged`] when the image is not what the manifest says; those of
/// [`snapshot::check`].
fn image_as_stated(image: &[u8], manifest: &Manifest, wanted: Journal) -> Result<()> {
    let checked = snapshot::check(image)?;
    let journal = match checked.journal {
        Some((entries, head)) => entries == manifest.audit_entries && head == manifest.audit_head,
        None => wanted == Journal::AsItIs,
    };
    if checked.cases != manifest.cases
        || checked.schema_version != manifest.schema_version
        || !journal
    {
        return Err(Error::SealedDamaged);
    }
    Ok(())
}

/// Decrypts and checks a backup file in memory. If `vault` is unlocked and the backup is of this
/// store, records it as the last verified backup and in the audit log.
pub fn verify(
    vault: Option<&Vault>,
    file: &Path,
    secret: Secret<'_>,
    now: DateTime<Utc>,
    progress: OnProgress<'_>,
) -> Result<VerifyReport> {
    let payload = seal::open(file, Content::Backup, &secret, progress)?;
    let (manifest, image) = decode_payload(&payload)?;
    image_as_stated(image, &manifest, Journal::Intact)?;
    let same_store = match vault {
        Some(v) if v.is_unlocked() => v.store_id()? == manifest.store_id,
        _ => false,
    };
    let mut audit_match = None;
    if let (Some(v), true) = (vault, same_store) {
        audit_match = Some(v.read(|c| compare_audit(c, &manifest))?);
        v.write_logged(|tx| {
            let newer = settings::load_backup_status(tx)?
                .is_none_or(|s| s.verified_at < now);
            if newer {
                settings::save_backup_status(
                    tx,
                    &BackupStatus {
                        verified_at: now,
                        cases: manifest.cases,
                        audit: Some(AuditPoint {
                            entries: manifest.audit_entries,
                            head: manifest.audit_head.clone(),
                        }),
                    },
                )?;
            }
            let event = Event::new(Action::BackupVerified, now).detail(serde_json::json!({
                "cases": manifest.cases,
                "backupCreatedAt": manifest.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            }));
            Ok(((), event))
        })?;
    }
    Ok(VerifyReport {
        created_at: manifest.created_at,
        cases: manifest.cases,
        schema_version: manifest.schema_version,
        same_store,
        audit_match,
    })
}

/// Where the backup's audit head stands in the store's log.
fn compare_audit(conn: &rusqlite::Connection, manifest: &Manifest) -> Result<AuditMatch> {
    let (entries, _) = audit::head(conn)?;
    if manifest.audit_entries > entries {
        return Ok(AuditMatch::StoreOlder);
    }
    if manifest.audit_entries == 0 {
        return Ok(AuditMatch::Continues);
    }
    let there: Option<String> = conn
        .query_row(
            "SELECT hash FROM audit_log WHERE seq = ?1",
            [manifest.audit_entries],
            |r| r.get(0),
        )
        .ok();
    Ok(if there.as_deref() == Some(manifest.audit_head.as_str()) {
        AuditMatch::Continues
    } else {
        AuditMatch::Diverged
    })
}

/// Where the store stands on backups: the last verified one, and whether a reminder is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Reminder {
    /// The last verified backup, if any.
    pub last: Option<BackupStatus>,
    /// Whole days since it was verified.
    pub days_since: Option<i64>,
    /// The reminder delay set for this store.
    pub reminder_days: u32,
    /// True if and only if there is no verified backup, or it is older than the delay.
    pub due: bool,
    /// The audit log now, to show beside the last backup's.
    pub audit_now: AuditPoint,
}

/// The backup reminder at `now`.
pub fn reminder(vault: &Vault, now: DateTime<Utc>) -> Result<Reminder> {
    vault.read(|c| {
        let last = settings::load_backup_status(c)?;
        let reminder_days = settings::load(c)?.backup_reminder_days;
        let days_since = last.as_ref().map(|l| (now - l.verified_at).num_days());
        let (entries, head) = audit::head(c)?;
        Ok(Reminder {
            audit_now: AuditPoint { entries, head },
            due: days_since.is_none_or(|d| d >= i64::from(reminder_days)),
            last,
            days_since,
            reminder_days,
        })
    })
}

impl Vault {
    /// The random id of this store (from the key file, its MAC checked).
    pub fn store_id(&self) -> Result<String> {
        self.session(|session| Ok(self.verified_key_file(session)?.body.store_id))
    }

    /// Checks that a backup secret is usable: a recovery key must open this store's recovery slot
    /// (one key derivation). Returns the store id.
    fn check_backup_secret(&self, secret: &Secret<'_>) -> Result<String> {
        self.session(|session| {
            let keys = self.verified_key_file(session)?;
            if let Secret::RecoveryKey(typed) = secret {
                let key = RecoveryKey::parse(typed)?;
                match keys.open(SlotKind::Recovery, key.as_bytes()) {
                    Ok((data_key, _)) if *data_key == *session.data_key => {}
                    Ok(_) | Err(Error::WrongPassphrase) => return Err(Error::WrongRecoveryKey),
                    Err(e) => return Err(e),
                }
            }
            Ok(keys.body.store_id)
        })
    }

    /// Creates this store from backup `file`: the store must not exist yet. The new store opens
    /// with `new_passphrase` and a new recovery key (returned, to show once), and is left unlocked.
    pub fn restore_from(
        &self,
        file: &Path,
        secret: Secret<'_>,
        new_passphrase: &str,
        params: KdfParams,
        now: DateTime<Utc>,
        progress: OnProgress<'_>,
    ) -> Result<Restored> {
        let since = self.lock_count();
        self.restore_from_since(file, (secret, new_passphrase), params, now, progress, since)
    }

    /// [`Vault::restore_from`] for a use case that began when the vault had been locked `since`
    /// times ([`Vault::lock_count`]): a lock that comes meanwhile leaves the restored store locked
    /// and its recovery key waiting.
    pub fn restore_from_since(
        &self,
        file: &Path,
        (secret, new_passphrase): (Secret<'_>, &str),
        params: KdfParams,
        now: DateTime<Utc>,
        progress: OnProgress<'_>,
        since: super::LockCount,
    ) -> Result<Restored> {
        super::check_new_passphrase(new_passphrase)?;
        self.check_free()?;
        let created_dir = !self.dir.exists();
        fsx::create_private_dir(&self.dir)?;
        // Held from here to the end (review, 2026-12-04: a restore that failed removed the
        // database a second restore had just written in the same folder). Another process at
        // work here: nothing is touched.
        let _opening = self.opening()?;
        let store = StoreLock::take(&self.dir)?;
        // A folder this restore made, left as it was found when nothing was written.
        let forget_dir = |store: StoreLock| {
            if created_dir {
                drop(store);
                let _ = std::fs::remove_file(self.dir.join(LOCK_FILE));
                let _ = std::fs::remove_dir(&self.dir);
            }
        };
        // Checked again under the lock: a store that came meanwhile is not this restore's.
        self.check_free()?;
        // Everything is decrypted and checked in memory before the first byte is written.
        let opened = seal::open(file, Content::Backup, &secret, &mut *progress).and_then(|p| {
            let (manifest, image) = decode_payload(&p)?;
            image_as_stated(image, &manifest, Journal::Intact)?;
            Ok(p)
        });
        let payload = match opened {
            Ok(p) => p,
            Err(e) => {
                forget_dir(store);
                return Err(e);
            }
        };
        let (manifest, image) = decode_payload(&payload)?;
        // The first write: what a restore cut short left is moved aside, and this one marked.
        if let Err(e) = self.begin_new_store(&store, now) {
            forget_dir(store);
            return Err(e);
        }
        let mut store = Some(store);
        let result = self.write_restored(
            image,
            &manifest,
            (new_passphrase, params, now),
            progress,
            &mut store,
        );
        if result.is_err() {
            // Under the lock, after `check_free` and `begin_new_store` left none of these files
            // there: every file removed here is one this restore wrote, the key files included (one
            // written without its copy would leave a store that has no database).
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(self.dir.join(format!("{DB_FILE}{suffix}")));
            }
            for name in [super::KEY_FILE, super::KEY_FILE_COPY] {
                let _ = std::fs::remove_file(self.dir.join(name));
            }
            // Kept while a database file stays: that one is still this restore's, cut short.
            if !self.has_database() {
                self.end_new_store();
            }
            if let Some(store) = store {
                forget_dir(store);
            }
        }
        // Opened only once written whole: a lock that came meanwhile leaves the restored store
        // locked, never removed.
        let (session, restored) = result?;
        self.end_new_store();
        self.open_new_store(session, since.0, &restored.recovery_key)?;
        Ok(restored)
    }

    /// Writes the restored database and its key file; returns the new store's session, not yet
    /// opened.
    fn write_restored(
        &self,
        image: &[u8],
        manifest: &Manifest,
        (new_passphrase, params, now): (&str, KdfParams, DateTime<Utc>),
        progress: OnProgress<'_>,
        store: &mut Option<StoreLock>,
    ) -> Result<(Session, Restored)> {
        let total = image.len() as u64;
        progress(Progress {
            stage: Stage::Restore,
            done: 0,
            total,
        });
        let mut data_key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(data_key.as_mut());
        let db_path = self.dir.join(DB_FILE);
        snapshot::restore_into(image, &db_path, &data_key)?;
        fsx::owner_only_file(&db_path)?;
        self.mark_database()?;
        // The normal door: key check, cipher check, integrity check, migrations.
        let db = Db::open(&db_path, &data_key, OpenMode::Existing)?;
        let schema_version = db.read(crate::db::migrations::version)?;
        let cases_now = db.read(cases::count)?;
        if cases_now != manifest.cases {
            return Err(Error::DatabaseDamaged);
        }
        // The journal is checked whatever the manifest says of it (security review, 2026-12-06:
        // `auditEntries: -5` skipped the check, and a broken chain was restored).
        let chain = db.read(audit::verify)?;
        if !matches!(chain, ChainStatus::Intact { .. }) {
            return Err(Error::DatabaseDamaged);
        }
        if manifest.audit_entries > 0 {
            let head_there: Option<String> = db.read(|c| {
                Ok(c.query_row(
                    "SELECT hash FROM audit_log WHERE seq = ?1",
                    [manifest.audit_entries],
                    |r| r.get(0),
                )
                .ok())
            })?;
            if head_there.as_deref() != Some(manifest.audit_head.as_str()) {
                return Err(Error::DatabaseDamaged);
            }
        }

        let (mut keys, slot_id, recovery) =
            super::new_key_file(new_passphrase, params, &data_key, now)?;
        let held = store
            .take()
            .ok_or(Error::Internal("restore without its lock"))?;
        let session = Session::creator(db, held, data_key, slot_id);
        let finished = session
            .record_with_new_recovery_key(&[Event::new(Action::Restored, now).detail(serde_json::json!({
                "backupCreatedAt": manifest.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "fromStore": manifest.store_id,
                "cases": manifest.cases,
                "schemaFrom": manifest.schema_version,
                "schemaTo": schema_version,
                "slots": super::slot_ids(&keys),
            }))])
            .and_then(|()| session.db.checkpoint())
            // The key file is written last: until it exists, the store does not.
            .and_then(|()| self.write_key_file(&keys.to_bytes(&session.data_key)?));
        if let Err(e) = finished {
            // The database closed, the lock kept for the caller's clean-up.
            *store = Some(session.into_store());
            return Err(e);
        }
        progress(Progress {
            stage: Stage::Restore,
            done: total,
            total,
        });
        let restored = Restored {
            recovery_key: recovery,
            manifest: manifest.clone(),
            schema_version,
        };
        Ok((session, restored))
    }
}
