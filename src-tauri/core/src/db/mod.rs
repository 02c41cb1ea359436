//! The encrypted database: one way in, one connection.
//!
//! [`Db::open`] is the only door. Its sequence is fixed: the raw key first, then a read that
//! proves the key opens the file, then a check that SQLCipher really is the SQLite in use, then
//! (for an existing store) a check that the file was ever migrated, then the per-connection
//! pragmas, then the migrations. Nothing else in the crate opens a connection.
//!
//! One connection behind a mutex, not a pool: a single worker uses the app, and every connection
//! would carry its own copy of the key and page cache.

pub mod audit;
pub mod cases;
pub mod index;
pub mod migrations;
pub mod rule_packs;
pub mod settings;
pub mod snapshot;

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use crate::{fsx, Error, Result};

/// Makes the empty file a new database goes in, readable by its owner only, before SQLite
/// sees it: SQLite gives the write-ahead log, the shared-memory file and an attached database's
/// journal the database file's mode, so none is readable by another account even in a store's
/// first session (it used to be 0644 until a restart) or during a restore. Never over a file
/// already there ([`Error::StoreExists`]).
fn create_owner_only(path: &Path) -> Result<()> {
    let mut new = std::fs::OpenOptions::new();
    match fsx::open_owner_only(new.write(true).create_new(true), path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::StoreExists),
        Err(e) => Err(e.into()),
    }
}

/// Whether [`Db::open`] may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Open an existing database; a missing file is an error.
    Existing,
    /// Create a new database; an existing file is an error.
    Create,
}

/// Page cache per connection, in KiB. SQLCipher keeps decrypted pages here: every miss costs a
/// decryption and an HMAC check, so a cache that holds the working set is the single largest
/// performance lever (see docs/benchmarks.md). 64 MiB holds ~15,000 typical cases.
const CACHE_KIB: i64 = 64 * 1024;

/// Page size of the encrypted file. SQLCipher encrypts and authenticates page by page, with a
/// fixed cost per page (IV, cipher context, HMAC) on top of the cost per byte: 16 KiB pages
/// divide that fixed cost by four against the default 4 KiB, with the same cipher and the same
/// HMAC (docs/benchmarks.md). Part of the on-disk format: changing it needs a migration.
pub(crate) const PAGE_SIZE: u32 = 16384;

/// An open, keyed, migrated database.
pub struct Db {
    conn: Mutex<Connection>,
}

impl Db {
    /// Opens the database at `path` with the raw 256-bit `key` and brings its schema up to date.
    pub fn open(path: &Path, key: &[u8; 32], mode: OpenMode) -> Result<Db> {
        Self::open_with_migrations(path, key, mode, migrations::ALL)
    }

    /// [`Db::open`] with an explicit migration list. Public for the migration tests only.
    #[doc(hidden)]
    pub fn open_with_migrations(
        path: &Path,
        key: &[u8; 32],
        mode: OpenMode,
        migrations: &[migrations::Migration],
    ) -> Result<Db> {
        let exists = path.exists();
        match mode {
            OpenMode::Existing if !exists => return Err(Error::StoreMissing),
            OpenMode::Create if exists => return Err(Error::StoreExists),
            _ => {}
        }
        sqlite_ready();
        if mode == OpenMode::Create {
            create_owner_only(path)?;
        }
        let flags = match mode {
            OpenMode::Existing => OpenFlags::SQLITE_OPEN_READ_WRITE,
            OpenMode::Create => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        key_connection(&conn, key)?;
        check_key(&conn).map_err(|e| cannot_open(path, e))?;
        check_cipher(&conn)?;
        if mode == OpenMode::Existing && migrations::version(&conn)? == 0 {
            // A store's database went through its migrations when the store was created: an
            // empty (0-byte) or unmigrated file in its place is damage or a replacement, not a
            // new store. Migrating it would open an empty store whose audit log restarts
            // « intact » (issue 13). It is refused before anything is written to it.
            return Err(Error::DatabaseDamaged);
        }
        configure(&conn)?;
        if mode == OpenMode::Existing {
            check_integrity(&conn).map_err(|e| cannot_open(path, e))?;
        }
        migrations::apply(&mut conn, migrations)?;
        Ok(Db {
            conn: Mutex::new(conn),
        })
    }

    /// Runs `f` with the connection. `f` must not write: use [`Db::write`] for that.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = self
            .conn
            .lock()
            .map_err(|_| Error::Internal("db mutex poisoned"))?;
        f(&conn)
    }

    /// Runs `f` in one IMMEDIATE transaction: committed if `f` returns `Ok`, rolled back
    /// otherwise. When this returns `Ok`, the write is durable (synchronous = FULL).
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self
            .conn
            .lock()
            .map_err(|_| Error::Internal("db mutex poisoned"))?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Copies the write-ahead log into the main file and empties it.
    pub fn checkpoint(&self) -> Result<()> {
        self.read(|c| {
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(())
        })
    }
}

/// Initialises SQLite (and SQLCipher) once per process, on one thread, before any connection.
///
/// NOTE: SQLCipher 4.20's `sqlcipher_extra_init` marks itself done, releases its mutex, and only
/// then registers the auto-extension that gives each connection `sqlcipher_export`. A connection
/// opened by another thread in between lacks the function ("no such function: sqlcipher_export",
/// seen in parallel tests). Opening a first connection under a `Once` closes that window.
pub(crate) fn sqlite_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| {
        if let Ok(conn) = Connection::open_in_memory() {
            let _ = conn.close();
        }
    });
}

fn key_connection(conn: &Connection, key: &[u8; 32]) -> Result<()> {
    // SQLCipher prints page HMAC failures to stderr by default; we report them ourselves.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    // The raw-key form: no PBKDF2 inside SQLCipher, the key is already 256 random bits.
    let pragma = Zeroizing::new(format!("PRAGMA key = \"x'{}'\";", key_hex(key).as_str()));
    conn.execute_batch(&pragma)?;
    // Must follow the key and precede the first read, at every open: it is part of the format.
    conn.execute_batch(&format!("PRAGMA cipher_page_size = {PAGE_SIZE};"))?;
    Ok(())
}

/// The key as 64 hex digits, for SQLCipher's raw-key form `x'…'`; zeroed when dropped.
pub(crate) fn key_hex(key: &[u8; 32]) -> Zeroizing<String> {
    let mut hex = Zeroizing::new(String::with_capacity(64));
    for b in key {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// The error of a first read that SQLite could not do for want of a file it makes beside the
/// database (its write-ahead log, its shared memory: SQLITE_CANTOPEN), which
/// [`check_key`] and [`check_integrity`] mark with [`CANNOT_OPEN`]: said as the folder refusing
/// a new file (full, no file left to make, read-only, access refused), never as a damaged store
/// (storage review, 2026-12-07: a disk with no inode left said « endommagée », and pushed the
/// worker to restore an older backup).
fn cannot_open(path: &Path, e: Error) -> Error {
    if !matches!(e, Error::Internal(CANNOT_OPEN)) {
        return e;
    }
    // A side file there that this account may not open (left by `sudo`: review of this change)
    // is named; else the folder is asked for a new file.
    for suffix in ["-shm", "-wal"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = std::path::PathBuf::from(side);
        if side.exists() {
            if let Err(io) = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&side)
            {
                return Error::file_access(&side, &io);
            }
        }
    }
    // Named as a write cut short (`.NAME.RANDOM.tmp`): a probe a kill left is swept like one.
    match crate::fsx::create_beside(path, "tmp") {
        Ok((file, probe)) => {
            drop(file);
            let _ = std::fs::remove_file(probe);
            Error::DatabaseDamaged
        }
        Err(io) => Error::file_access(path, &io),
    }
}

/// The marker of a first read refused with SQLITE_CANTOPEN ([`cannot_open`]).
const CANNOT_OPEN: &str = "database cannot open its side files";

/// [`Error::DatabaseDamaged`] for what SQLite says of a file that is not a database under this
/// key, a full disk as such, and SQLITE_CANTOPEN marked for [`cannot_open`].
fn first_read_error(e: rusqlite::Error) -> Error {
    let cannot_open = matches!(
        &e,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::CannotOpen
    );
    match Error::from(e) {
        _ if cannot_open => Error::Internal(CANNOT_OPEN),
        Error::DiskFull => Error::DiskFull,
        _ => Error::DatabaseDamaged,
    }
}

fn check_key(conn: &Connection) -> Result<()> {
    // PRAGMA key never fails; the first read of page 1 does, if the key or the file is wrong.
    // A full disk comes through as `Error::DiskFull` (`From<rusqlite::Error>`), not as a damaged
    // vault (data-loss review, 2026-12-05).
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(first_read_error)?;
    Ok(())
}

fn check_cipher(conn: &Connection) -> Result<()> {
    let version: Option<String> = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .ok();
    match version {
        Some(v) if !v.is_empty() => Ok(()),
        _ => Err(Error::EncryptionUnavailable),
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.execute_batch(&format!(
        "PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA synchronous = FULL;
         PRAGMA cache_size = -{CACHE_KIB};
         PRAGMA busy_timeout = 5000;"
    ))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Internal("journal_mode WAL refused"));
    }
    Ok(())
}

fn check_integrity(conn: &Connection) -> Result<()> {
    // Reads every page once (each verified by SQLCipher's HMAC) and checks the b-trees: a
    // truncated or altered file is reported at unlock, not in the middle of an interview.
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(first_read_error)?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(Error::DatabaseDamaged)
    }
}
