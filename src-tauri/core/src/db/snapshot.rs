//! Database snapshots in memory: what a backup carries, and what a restore writes back.
//!
//! A backup must never pass through a plaintext file. [`Db::snapshot`] attaches an in-memory,
//! unencrypted database to the open connection, copies everything into it with SQLCipher's
//! `sqlcipher_export`, and serialises it to bytes; the caller encrypts those bytes
//! (`vault::seal`). [`restore_into`] goes the other way: the bytes are deserialised into an
//! in-memory connection, checked, and exported into a *new* SQLCipher file keyed from the first
//! byte with the new data key.
//!
//! `sqlcipher_export` copies tables, indexes, triggers and virtual tables, but not the
//! `user_version` where the schema version lives: both directions set it explicitly.
//!
//! What stays in memory: SQLite frees the in-memory database's pages without wiping them, like its
//! page cache. Our own copies are `Zeroizing`. docs/vault-operations.md lists this residual risk.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::{audit, cases, migrations, Db};
use crate::{Error, Result};

/// A consistent copy of the database, plaintext, in memory only.
pub struct Snapshot {
    /// The SQLite file image. Zeroed when dropped.
    pub bytes: Zeroizing<Vec<u8>>,
    /// Schema version of the copy.
    pub schema_version: u32,
    /// Number of cases in the copy.
    pub cases: u64,
    /// Number of audit entries in the copy.
    pub audit_entries: i64,
    /// Hash of the last audit entry in the copy.
    pub audit_head: String,
}

impl Db {
    /// Copies the whole database into memory. The connection is held for the duration, so no write
    /// can interleave: the copy is consistent.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let mut conn = self
            .conn
            .lock()
            .map_err(|_| Error::Internal("db mutex poisoned"))?;
        // KEY '': without it, an attached database inherits the main key. This one lives in memory
        // only and is encrypted as a whole by the backup.
        conn.execute_batch("ATTACH DATABASE ':memory:' AS snapshot KEY '';")?;
        let result = copy_into_snapshot(&mut conn);
        let detached = conn.execute_batch("DETACH DATABASE snapshot;");
        let snapshot = result?;
        detached?;
        Ok(snapshot)
    }

    /// Re-encrypts the whole database with `new_key` (SQLCipher `PRAGMA rekey`), in one
    /// transaction, with the write-ahead log emptied before and after so that no page under the
    /// old key is left in it.
    pub fn rekey(&self, new_key: &[u8; 32]) -> Result<()> {
        let conn = self
            .conn
            .lock()
            .map_err(|_| Error::Internal("db mutex poisoned"))?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let hex = super::key_hex(new_key);
        let pragma = Zeroizing::new(format!("PRAGMA rekey = \"x'{}'\";", hex.as_str()));
        conn.execute_batch(&pragma)?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        // Prove the new key reads the file before anyone writes a key file for it.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(())
    }
}

fn copy_into_snapshot(conn: &mut Connection) -> Result<Snapshot> {
    conn.query_row("SELECT sqlcipher_export('snapshot')", [], |_| Ok(()))?;
    let schema_version = migrations::version(conn)?;
    conn.pragma_update(Some("snapshot"), "user_version", schema_version)?;
    let cases = count_in(conn, "snapshot.cases")?;
    let (audit_entries, audit_head) = if has_audit_log(conn, "snapshot")? {
        let n = count_in(conn, "snapshot.audit_log")? as i64;
        let head: Option<String> = conn
            .query_row(
                "SELECT hash FROM snapshot.audit_log ORDER BY seq DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .ok();
        (n, head.unwrap_or_else(|| audit::GENESIS.to_string()))
    } else {
        (0, audit::GENESIS.to_string())
    };
    let data = conn.serialize("snapshot")?;
    let bytes = Zeroizing::new(data.to_vec());
    Ok(Snapshot {
        bytes,
        schema_version,
        cases,
        audit_entries,
        audit_head,
    })
}

fn count_in(conn: &Connection, table: &str) -> Result<u64> {
    Ok(
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })? as u64,
    )
}

fn has_audit_log(conn: &Connection, schema: &str) -> Result<bool> {
    Ok(conn.query_row(
        &format!("SELECT count(*) FROM {schema}.sqlite_master WHERE name = 'audit_log'"),
        [],
        |r| r.get::<_, i64>(0),
    )? > 0)
}

/// What a check of a snapshot found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotCheck {
    /// Schema version of the image.
    pub schema_version: u32,
    /// Number of cases.
    pub cases: u64,
}

/// Opens a snapshot image in memory and checks it: SQLite's `quick_check`, a known schema, the
/// tables a Passerelle store has. Nothing touches the disk.
pub fn check(bytes: &[u8]) -> Result<SnapshotCheck> {
    let conn = in_memory(bytes)?;
    let schema_version = migrations::version(&conn)?;
    if schema_version == 0 {
        return Err(Error::DatabaseDamaged);
    }
    if schema_version > migrations::latest() {
        return Err(Error::SchemaTooNew {
            found: schema_version,
            supported: migrations::latest(),
        });
    }
    Ok(SnapshotCheck {
        schema_version,
        cases: cases::count(&conn)?,
    })
}

fn in_memory(bytes: &[u8]) -> Result<Connection> {
    super::sqlite_ready();
    let mut conn = Connection::open_with_flags(
        ":memory:",
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.execute_batch("PRAGMA temp_store = MEMORY;")?;
    conn.deserialize_read_exact("main", bytes, bytes.len(), false)
        .map_err(|_| Error::DatabaseDamaged)?;
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|_| Error::DatabaseDamaged)?;
    if verdict != "ok" {
        return Err(Error::DatabaseDamaged);
    }
    Ok(conn)
}

/// Writes snapshot `bytes` as a new SQLCipher database at `path`, encrypted with `key` from its
/// first page. The schema is left as it was in the snapshot: [`Db::open`] migrates it afterwards.
/// Fails with [`Error::StoreExists`] if `path` exists.
pub fn restore_into(bytes: &[u8], path: &Path, key: &[u8; 32]) -> Result<()> {
    if path.exists() {
        return Err(Error::StoreExists);
    }
    let conn = in_memory(bytes)?;
    let schema_version = migrations::version(&conn)?;
    let target = path
        .to_str()
        .ok_or(Error::Internal("store path is not UTF-8"))?;
    let attach = Zeroizing::new(format!(
        "ATTACH DATABASE '{}' AS restored KEY \"x'{}'\";",
        target.replace('\'', "''"),
        super::key_hex(key).as_str()
    ));
    conn.execute_batch(&attach)?;
    let copied = (|| -> Result<()> {
        // A new file keyed with the raw key and the vault's page size, exactly as Db::open keys
        // the store, so Db::open reads it next.
        conn.execute_batch(&format!(
            "PRAGMA restored.cipher_page_size = {};",
            super::PAGE_SIZE
        ))?;
        conn.query_row("SELECT sqlcipher_export('restored')", [], |_| Ok(()))?;
        conn.pragma_update(Some("restored"), "user_version", schema_version)?;
        Ok(())
    })();
    let detached = conn.execute_batch("DETACH DATABASE restored;");
    copied?;
    detached?;
    Ok(())
}
