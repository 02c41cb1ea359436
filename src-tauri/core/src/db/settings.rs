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
}

impl Default for VaultSettings {
    fn default() -> Self {
        VaultSettings {
            idle_lock_minutes: 5,
        }
    }
}

impl VaultSettings {
    /// Allowed idle-lock delays, in minutes.
    pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 1..=60;
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
