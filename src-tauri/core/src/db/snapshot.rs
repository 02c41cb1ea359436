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

use rusqlite::{Connection, OpenFlags, OptionalExtension};
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
    /// Its journal, walked: entries and the last one's hash when the chain is intact (none and
    /// [`audit::GENESIS`] for a schema without a journal); `None` when it is broken.
    pub journal: Option<(i64, String)>,
}

/// Opens a snapshot image in memory and checks it: SQLite's `quick_check`, a known schema, the
/// tables a Passerelle store has. Nothing touches the disk.
pub fn check(bytes: &[u8]) -> Result<SnapshotCheck> {
    let conn = in_memory(bytes)?;
    let (schema_version, _) = known_schema(&conn)?;
    let journal = if has_audit_log(&conn, "main")? {
        match audit::verify(&conn)? {
            audit::ChainStatus::Intact { entries, head } => Some((entries, head)),
            _ => None,
        }
    } else {
        Some((0, audit::GENESIS.to_string()))
    };
    Ok(SnapshotCheck {
        schema_version,
        cases: cases::count(&conn)?,
        journal,
    })
}

/// The schema version of `conn`, once its schema is exactly the one Passerelle's migrations give
/// that version: every table, index, trigger and view, by type, name, table and SQL, and nothing
/// else. A backup is sealed with a passphrase someone else may know (a member who left, the
/// recovery key): one forged with a trigger that copied each new case into the journal, or
/// deleted cases without a trace, was restored with it (security review, 2026-12-06).
///
/// # Errors
/// [`Error::DatabaseDamaged`] for a version 0 or a schema that is not the migrations';
/// [`Error::SchemaTooNew`] for a version this build does not know.
///
/// Also returns the full-text indexes to build anew (their name and `CREATE VIRTUAL TABLE`):
/// those whose data tables are not written as this SQLite writes them ([`schema_of`]).
fn known_schema(conn: &Connection) -> Result<(u32, Vec<(String, String)>)> {
    let version = migrations::version(conn)?;
    if version == 0 {
        return Err(Error::DatabaseDamaged);
    }
    if version > migrations::latest() {
        return Err(Error::SchemaTooNew {
            found: version,
            supported: migrations::latest(),
        });
    }
    let mut expected = Connection::open_in_memory()?;
    migrations::apply(&mut expected, &migrations::ALL[..version as usize])?;
    let (found, wanted) = (schema_of(conn)?, schema_of(&expected)?);
    if found.objects != wanted.objects {
        log::warn!("snapshot refused: its schema is not the one its version has");
        return Err(Error::DatabaseDamaged);
    }
    let rebuild: Vec<(String, String)> = wanted
        .full_text
        .iter()
        .filter(|(name, _)| found.data_tables.get(*name) != wanted.data_tables.get(*name))
        .map(|(name, sql)| (name.clone(), sql.clone()))
        .collect();
    Ok((version, rebuild))
}

/// A database's schema as [`known_schema`] compares it.
struct Schema {
    /// Every object by type, name, table and SQL (white space folded); a full-text index's data
    /// tables without their SQL.
    objects: std::collections::BTreeSet<[String; 4]>,
    /// The SQL of each full-text index's data tables, by the index's name.
    data_tables: std::collections::BTreeMap<String, std::collections::BTreeSet<[String; 2]>>,
    /// Each full-text index's name and `CREATE VIRTUAL TABLE` statement, as written.
    full_text: std::collections::BTreeMap<String, String>,
}

/// Every schema object of `conn`, its SQL with white space folded. Objects named `sqlite_…` are
/// compared too: SQLite refuses that name to a new statement, not to a schema read from a file
/// (code review, 2026-12-06: a trigger named `sqlite_zz`, written into the schema table, passed).
/// Left out: the statistics tables an `ANALYZE` may add, which hold no code. The tables an FTS5
/// index keeps its data in (`case_search_data`…) are compared by name alone: SQLite writes their
/// SQL itself, and a newer SQLite may write it otherwise in a store made with an older one. Their
/// SQL is kept apart: where it differs, the restore builds the index anew rather than copy
/// tables a forger may have given a constraint that refuses every later case (code review,
/// 2026-12-06).
fn schema_of(conn: &Connection) -> Result<Schema> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master
         WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))",
    )?;
    let rows: Vec<[String; 4]> = stmt
        .query_map([], |r| {
            let sql: String = r.get(3)?;
            Ok([
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ])
        })?
        .collect::<rusqlite::Result<_>>()?;
    let full_text: std::collections::BTreeMap<String, String> = rows
        .iter()
        .filter(|[kind, _, _, sql]| {
            kind == "table"
                && sql.starts_with("CREATE VIRTUAL TABLE")
                && sql.to_ascii_lowercase().contains("using fts5")
        })
        .map(|[_, name, _, _]| {
            let sql = conn.query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [name],
                |r| r.get::<_, String>(0),
            )?;
            Ok((name.clone(), sql))
        })
        .collect::<Result<_>>()?;
    let mut data_tables = std::collections::BTreeMap::<_, std::collections::BTreeSet<_>>::new();
    let objects = rows
        .into_iter()
        .map(|[kind, name, table, sql]| {
            let index = (kind == "table")
                .then(|| {
                    full_text
                        .keys()
                        .find(|v| name.starts_with(&format!("{v}_")))
                })
                .flatten();
            match index {
                Some(index) => {
                    data_tables
                        .entry(index.clone())
                        .or_default()
                        .insert([name.clone(), sql]);
                    [kind, name, table, String::new()]
                }
                None => [kind, name, table, sql],
            }
        })
        .collect();
    Ok(Schema {
        objects,
        data_tables,
        full_text,
    })
}

fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [name],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
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
    let (schema_version, rebuild) = known_schema(&conn)?;
    for (name, create) in &rebuild {
        // Dropped with its data tables, made again as the migrations make it, empty; every case's
        // derived rows are then stale, and the app's background recomputation writes its search
        // terms again (as after an upgrade).
        log::warn!("snapshot: a full-text index is built anew");
        conn.execute_batch(&format!(
            "DROP TABLE \"{}\"; {create};",
            name.replace('"', "\"\"")
        ))
        // Its data forged too: FTS5 cannot drop what it cannot read.
        .map_err(|_| Error::DatabaseDamaged)?;
        if has_table(&conn, "case_index")? {
            conn.execute("UPDATE case_index SET derived = ''", [])?;
        }
    }
    let target = path
        .to_str()
        .ok_or(Error::Internal("store path is not UTF-8"))?;
    // Its owner's only from the first byte (it was the umask's until the restore ended).
    super::create_owner_only(path)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::OpenMode;

    /// `snap`'s image with `sql` run on it.
    fn altered(snap: &Snapshot, sql: &str) -> Vec<u8> {
        let mut conn = in_memory(&snap.bytes).unwrap();
        conn.execute_batch(sql).unwrap();
        conn.serialize("main").unwrap().to_vec()
    }

    /// Security review, 2026-12-06: a backup forged by someone who knows its passphrase carried a
    /// trigger that copied every new case into the journal, and one that deleted cases; both
    /// were restored. A schema that is not the migrations' is refused, and nothing is written.
    #[test]
    fn a_snapshot_with_a_schema_object_the_migrations_do_not_make_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("a.db"), &[7; 32], OpenMode::Create).unwrap();
        let snap = db.snapshot().unwrap();
        assert_eq!(
            check(&snap.bytes).unwrap().schema_version,
            migrations::latest()
        );
        for planted in [
            "CREATE TRIGGER zz AFTER INSERT ON cases BEGIN DELETE FROM cases WHERE id != NEW.id; END;",
            "CREATE VIEW names AS SELECT id FROM cases;",
            "CREATE TABLE extra (x);",
            "CREATE INDEX cases_by_created ON cases (created_at);",
            "DROP TRIGGER audit_log_no_delete;",
            // A name SQLite refuses to a new statement, written into the schema table itself.
            "PRAGMA writable_schema = ON;
             INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger',
               'sqlite_zz', 'cases', 0,
               'CREATE TRIGGER sqlite_zz AFTER INSERT ON cases BEGIN DELETE FROM cases WHERE id != NEW.id; END');
             PRAGMA writable_schema = OFF;",
        ] {
            let image = altered(&snap, planted);
            assert!(
                matches!(check(&image), Err(Error::DatabaseDamaged)),
                "{planted}"
            );
            let target = dir.path().join("restored.db");
            assert!(
                matches!(
                    restore_into(&image, &target, &[8; 32]),
                    Err(Error::DatabaseDamaged)
                ),
                "{planted}"
            );
            assert!(!target.exists(), "nothing written for {planted}");
        }
        // Data is not schema: a setting more is still a store.
        let image = altered(
            &snap,
            "INSERT INTO settings (key, value) VALUES ('zz', '1');",
        );
        assert!(check(&image).is_ok());
    }

    /// Security review, 2026-12-06: the restored database was made by SQLite with the umask's
    /// mode (0644) and narrowed only once the restore ended. It is its owner's only from the
    /// start, and a file already there is never written over.
    #[cfg(unix)]
    #[test]
    fn a_restored_database_is_its_owners_only_from_its_first_byte() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("a.db"), &[7; 32], OpenMode::Create).unwrap();
        let snap = db.snapshot().unwrap();
        let target = dir.path().join("restored.db");
        restore_into(&snap.bytes, &target, &[8; 32]).unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert!(matches!(
            restore_into(&snap.bytes, &target, &[8; 32]),
            Err(Error::StoreExists)
        ));
        Db::open(&target, &[8; 32], OpenMode::Existing).expect("still the first restore's");
    }

    /// Code review, 2026-12-06: the tables a full-text index keeps its data in are compared by
    /// name alone (SQLite writes them, and may write them otherwise from one version to the
    /// next), so a forged backup could give one a constraint that refuses every later case. The
    /// restore builds such an index anew, and cases are written to it again.
    #[test]
    fn a_full_text_index_whose_data_tables_were_rewritten_is_built_anew() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("a.db"), &[7; 32], OpenMode::Create).unwrap();
        let snap = db.snapshot().unwrap();
        let write = "INSERT INTO case_search (rowid, terms) VALUES (1, 'okafor');";
        let forged = altered(
            &snap,
            "PRAGMA writable_schema = ON;
             UPDATE sqlite_master SET sql = 'CREATE TABLE ''case_search_docsize''(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER, CHECK (id < 0))'
               WHERE name = 'case_search_docsize';
             PRAGMA writable_schema = OFF;",
        );
        // What the forger meant: the index refuses every row.
        assert!(in_memory(&forged).unwrap().execute_batch(write).is_err());
        assert!(check(&forged).is_ok(), "the same objects, by name");

        let target = dir.path().join("restored.db");
        restore_into(&forged, &target, &[8; 32]).unwrap();
        let restored = Db::open(&target, &[8; 32], OpenMode::Existing).unwrap();
        restored
            .write(|tx| Ok(tx.execute_batch(write)?))
            .expect("the index built anew takes the row");
        let docsize: String = restored
            .read(|c| {
                Ok(c.query_row(
                    "SELECT sql FROM sqlite_master WHERE name = 'case_search_docsize'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert!(!docsize.contains("CHECK"), "{docsize}");

        // Its rows forged instead (the format's version, which made every later write and search
        // fail): SQLite's own check reads a full-text index's rows (`quick_check` calls FTS5's),
        // so the image is refused whole, and nothing is written.
        let forged = altered(
            &snap,
            "UPDATE case_search_config SET v = 99 WHERE k = 'version';",
        );
        assert!(matches!(check(&forged), Err(Error::DatabaseDamaged)));
        let refused = dir.path().join("refused.db");
        assert!(matches!(
            restore_into(&forged, &refused, &[8; 32]),
            Err(Error::DatabaseDamaged)
        ));
        assert!(!refused.exists());

        // A store written as this SQLite writes it is copied as it is.
        let plain = dir.path().join("plain.db");
        let conn = in_memory(&snap.bytes).unwrap();
        assert!(known_schema(&conn).unwrap().1.is_empty());
        restore_into(&snap.bytes, &plain, &[9; 32]).unwrap();
    }
}
