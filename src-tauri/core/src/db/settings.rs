//! Settings kept inside the vault (everything but the pre-unlock language).

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::Result;

/// Settings stored in the encrypted database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VaultSettings {
    /// Minutes without input before the vault locks itself.
    pub idle_lock_minutes: u32,
    /// Closed cases older than this many months are proposed for deletion; 0 turns it off.
    pub retention_months: u32,
    /// A reminder shows when the last verified backup is older than this many days.
    pub backup_reminder_days: u32,
}

impl Default for VaultSettings {
    fn default() -> Self {
        VaultSettings {
            idle_lock_minutes: 5,
            retention_months: 24,
            backup_reminder_days: 7,
        }
    }
}

impl VaultSettings {
    /// Allowed idle-lock delays, in minutes.
    pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 1..=60;
    /// Allowed retention periods, in months (0: off; at most ten years).
    pub const RETENTION_RANGE: std::ops::RangeInclusive<u32> = 0..=120;
    /// Allowed backup reminder delays, in days.
    pub const BACKUP_REMINDER_RANGE: std::ops::RangeInclusive<u32> = 1..=365;
}

/// The last backup that was written and read back intact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatus {
    /// When it was verified.
    pub verified_at: chrono::DateTime<chrono::Utc>,
    /// Cases it holds.
    pub cases: u64,
}

const BACKUP_KEY: &str = "backup-status";

/// The last verified backup, if any.
pub fn load_backup_status(conn: &Connection) -> Result<Option<BackupStatus>> {
    let json: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([BACKUP_KEY], |r| r.get(0))
        .optional()?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

/// Records a verified backup.
pub fn save_backup_status(tx: &Transaction, status: &BackupStatus) -> Result<()> {
    let json = serde_json::to_string(status).map_err(|_| crate::Error::Internal("settings"))?;
    tx.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([BACKUP_KEY, &json])?;
    Ok(())
}

const KEY: &str = "vault";

/// Reads the settings; defaults for anything missing.
pub fn load(conn: &Connection) -> Result<VaultSettings> {
    let json: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([KEY], |r| r.get(0))
        .optional()?;
    Ok(json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

/// Saves the settings.
pub fn save(tx: &Transaction, settings: &VaultSettings) -> Result<()> {
    let json = serde_json::to_string(settings).map_err(|_| crate::Error::Internal("settings"))?;
    tx.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([KEY, &json])?;
    Ok(())
}
