//! Backups: where the store stands and the reminder, making one, checking one, restoring one into
//! the store (which must not exist yet). The file is chosen by the front end (its dialog, or the
//! CLI's argument); `None` means the worker cancelled and nothing happens.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{FileOffer, FrontEnd, Request};
use crate::vault::backup::{self, Reminder};
use crate::vault::Secret;
use crate::Result;

pub use crate::vault::backup::{BackupReport, VerifyReport};
pub use crate::vault::seal::{Progress, Stage};

/// The dialog of a backup file; today's date goes into the suggested name.
pub fn file(req: &Request<'_>) -> FileOffer {
    FileOffer::timed(req, "backup-dialog-title", "backup-file-name", "enc")
}

/// The store's backups: the last verified one, and whether a reminder is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupState {
    #[serde(flatten)]
    reminder: Reminder,
    /// The day of the last verified backup, in words.
    verified_label: Option<String>,
}

/// Where the store stands on backups.
pub fn status(req: &Request<'_>) -> Result<BackupState> {
    let reminder = backup::reminder(req.vault(), req.now)?;
    let verified_label = reminder.last.as_ref().map(|l| req.local_day(l.verified_at));
    Ok(BackupState {
        reminder,
        verified_label,
    })
}

/// Writes an encrypted backup of the store where the front end says, reads it back, checks it,
/// and records it; `None` if the worker cancelled.
pub fn create(
    req: &Request<'_>,
    secret: Secret<'_>,
    front: &mut dyn FrontEnd,
) -> Result<Option<BackupReport>> {
    req.require_unlocked()?;
    // Before the dialog: a passphrase too weak, or the vault's own (security review, 2026-12-06),
    // is said before a file is chosen.
    if let Secret::Passphrase(p) = secret {
        crate::vault::check_new_passphrase(p)?;
        req.vault()
            .refuse_own_passphrase(p, crate::vault::seal::Content::Backup)?;
    }
    let Some(path) = req.destination(
        front.save_to(&file(req)),
        Some(crate::vault::seal::Content::Backup),
    )?
    else {
        return Ok(None);
    };
    let report = req.app().calibrated(|kdf| {
        backup::create(req.vault(), &path, secret, kdf, req.now, &mut |p| {
            front.progress(p)
        })
    })?;
    Ok(Some(report))
}

/// Decrypts and checks the backup the front end names, in memory; recorded when it is a backup
/// of this store. `None` if the worker cancelled.
pub fn verify(
    req: &Request<'_>,
    secret: Secret<'_>,
    front: &mut dyn FrontEnd,
) -> Result<Option<VerifyReport>> {
    // Reached from the unlocked shell only: a call queued when a lock lands must not open a
    // file chooser over the unlock screen (security review, 2026-12-08).
    req.require_unlocked()?;
    let Some(path) = front.open_from(&file(req)) else {
        return Ok(None);
    };
    let report = backup::verify(Some(req.vault()), &path, secret, req.now, &mut |p| {
        front.progress(p)
    })?;
    Ok(Some(report))
}

/// A store restored from a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RestoredStore {
    /// The new store's recovery key: shown once, to be written down; never stored in clear.
    pub recovery_key: String,
    /// Cases restored.
    pub cases: u64,
    /// When the backup was made.
    pub backup_created_at: DateTime<Utc>,
    /// The backup's schema version.
    pub schema_from: u32,
    /// The schema version after migration.
    pub schema_to: u32,
    /// Which rule pack is now in use: the one the backup holds, or the embedded one (issue 17),
    /// worded: « Règles en service : version 2027.1.0 (Règles mises à jour le …) ».
    pub rules: String,
}

/// Creates the store from the backup the front end names; it opens with `new_passphrase` and a
/// new recovery key, and is left unlocked. `None` if the worker cancelled.
pub fn restore(
    req: &Request<'_>,
    secret: Secret<'_>,
    new_passphrase: &str,
    front: &mut dyn FrontEnd,
) -> Result<Option<RestoredStore>> {
    // Before the dialog and the calibration: a lock during either is seen.
    let since = req.vault().lock_count();
    if req.vault().exists() {
        return Err(crate::Error::StoreExists);
    }
    let Some(path) = front.open_from(&file(req)) else {
        return Ok(None);
    };
    let restored = req.app().calibrated(|kdf| {
        let progress = &mut |p| front.progress(p);
        let secrets = (secret, new_passphrase);
        req.vault()
            .restore_from_since(&path, secrets, kdf, req.now, progress, since)
    })?;
    log::info!("store restored from a backup");
    let rules = super::rules::show(req)
        .map(|r| {
            req.text(
                "backup-restored-rules",
                &[("version", r.version), ("origin", r.origin)],
            )
        })
        .unwrap_or_default();
    Ok(Some(RestoredStore {
        rules,
        recovery_key: restored.recovery_key.display().to_string(),
        cases: restored.manifest.cases,
        backup_created_at: restored.manifest.created_at,
        schema_from: restored.manifest.schema_version,
        schema_to: restored.schema_version,
    }))
}
