//! Append-only schema migrations.
//!
//! The schema version is SQLite's `user_version`. Pending migrations run in one IMMEDIATE
//! transaction, together with the version bump: either all apply or none does. A database whose
//! version is above what this build knows was written by a newer Passerelle and is refused,
//! untouched. (rusqlite_migration does the same, but its releases pin an older rusqlite and two
//! libsqlite3-sys cannot link into one binary; these thirty lines avoid the coupling.)

use rusqlite::{Connection, TransactionBehavior};

use crate::{Error, Result};

/// One migration: SQL run as a batch.
pub type Migration = &'static str;

/// Every migration, in order. Index + 1 is the schema version it produces.
pub const ALL: &[Migration] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_audit_and_retention.sql"),
    include_str!("../../migrations/0003_case_index.sql"),
    include_str!("../../migrations/0004_scale_case_summary.sql"),
    include_str!("../../migrations/0005_rule_pack.sql"),
];

/// The schema version this build writes.
pub fn latest() -> u32 {
    ALL.len() as u32
}

/// Reads the schema version of an open connection.
pub fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
}

/// Brings `conn` to the last of `migrations`.
pub fn apply(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    let current = version(conn)?;
    let target = migrations.len() as u32;
    if current > target {
        return Err(Error::SchemaTooNew {
            found: current,
            supported: target,
        });
    }
    if current == target {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as u32 + 1;
        tx.execute_batch(sql).map_err(|e| {
            log::error!(
                "migration {version} failed: sqlite {:?}",
                e.sqlite_error_code()
            );
            Error::MigrationFailed { version }
        })?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}
