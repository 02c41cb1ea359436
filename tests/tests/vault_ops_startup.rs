//! Its own test binary, so that SQLite is not initialised yet when it starts: stores opened by
//! several threads at once, at process start, can all take a backup snapshot. (SQLCipher 4.20
//! registers `sqlcipher_export` after marking its initialisation done; `db::sqlite_ready` closes
//! that window.)

use std::sync::{Arc, Barrier};

use chrono::Utc;
use passerelle_core::db::{Db, OpenMode};

#[test]
fn connections_opened_together_at_start_all_have_sqlcipher_export() {
    const THREADS: usize = 8;
    let dir = tempfile::tempdir().unwrap();
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|i| {
            let path = dir.path().join(format!("db{i}"));
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let db = Db::open(&path, &[i as u8; 32], OpenMode::Create).unwrap();
                db.snapshot().map(|s| s.schema_version)
            })
        })
        .collect();
    for h in handles {
        let version = h.join().unwrap();
        assert!(version.is_ok(), "{version:?} at {}", Utc::now());
    }
}
