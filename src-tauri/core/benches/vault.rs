//! The vault's cost, measured against plain SQLite in the same run.
//!
//! `cargo bench -p passerelle-core --bench vault` (release). Prints a Markdown table for
//! docs/benchmarks.md. Three configurations run the same workload through the same table code
//! (`db::cases`):
//!
//! - **plain**: the same SQLCipher library with no key, i.e. plain SQLite (a build cannot link two
//!   SQLite libraries, and SQLCipher without a key *is* SQLite with an unused codec hook);
//! - **naive**: SQLCipher with a raw key and SQLite's default page cache (2 MB), the setup
//!   measured at 2.7× (inserts) and 3.5× (reads) in ../shared/notes/toolchain.md;
//! - **vault**: `Db::open`, the app's one way in (raw key, 64 MiB cache, WAL, synchronous FULL,
//!   secure_delete, memory temp store).
//!
//! The workload: 10,000 realistic case files (~2 KB) imported in one transaction; 200 single-case
//! saves, each its own durable transaction; listing all cases by name; 200 full-text name searches;
//! 1,000 reads of a case by id; reopening (key check + quick_check). Each figure is the median of
//! `RUNS` runs; ratios are vault ÷ plain and naive ÷ plain.
//!
//! Unlock is timed separately with KDF parameters calibrated on this machine.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Utc;
use passerelle_core::db::{cases, migrations, Db, OpenMode};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::{Secret, Vault};
use rusqlite::{Connection, TransactionBehavior};

const CASES: usize = 10_000;
const SAVES: usize = 200;
const SEARCHES: usize = 200;
const GETS: usize = 1_000;
const RUNS: usize = 3;
const KEY: [u8; 32] = [0x42; 32];

const FAMILY: &[&str] = &[
    "Okonkwo",
    "Adeyemi",
    "Popescu",
    "Ionescu",
    "Nguyen",
    "Tran",
    "Kovalenko",
    "Shevchenko",
    "Hoxha",
    "Berisha",
    "Silva",
    "Santos",
    "Garcia",
    "Diallo",
    "Traore",
    "Mensah",
    "Osei",
    "Ivanova",
    "Petrova",
    "Lima",
];
const GIVEN: &[&str] = &[
    "Blessing", "Joy", "Ioana", "Elena", "Thi Lan", "Olena", "Iryna", "Ardita", "Mariana",
    "Aminata", "Fatou", "Grace", "Precious", "Ana", "Maria",
];

fn case_bytes(i: usize) -> Vec<u8> {
    let template = include_str!("../../../tests/fixtures/case-full.json");
    let mut v: serde_json::Value = serde_json::from_str(template).expect("fixture is JSON");
    v["person"]["familyName"] = format!("{}{}", FAMILY[i % FAMILY.len()], i / FAMILY.len()).into();
    v["person"]["givenNames"] = GIVEN[(i * 7) % GIVEN.len()].into();
    serde_json::to_vec(&v).expect("serialises")
}

/// The three ways of opening a connection that are compared.
#[derive(Clone, Copy, PartialEq)]
enum Setup {
    Plain,
    Naive,
    Vault,
}

impl Setup {
    fn name(self) -> &'static str {
        match self {
            Setup::Plain => "plain SQLite",
            Setup::Naive => "SQLCipher, naive",
            Setup::Vault => "SQLCipher, vault",
        }
    }
}

/// A database behind the same read/write shape as `Db`, for all three setups.
enum Handle {
    Raw(Connection),
    Db(Db),
}

impl Handle {
    fn open(setup: Setup, path: &Path, create: bool) -> Handle {
        match setup {
            Setup::Vault => {
                let mode = if create {
                    OpenMode::Create
                } else {
                    OpenMode::Existing
                };
                Handle::Db(Db::open(path, &KEY, mode).expect("vault opens"))
            }
            Setup::Plain | Setup::Naive => {
                let mut c = Connection::open(path).expect("open");
                if setup == Setup::Naive {
                    let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
                    c.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))
                        .unwrap();
                }
                if setup == Setup::Plain {
                    // The same page size and cache as the vault (set before WAL writes the
                    // header): only encryption differs.
                    c.execute_batch("PRAGMA page_size = 16384; PRAGMA cache_size = -65536;")
                        .unwrap();
                }
                // Same durability as the vault, so that only encryption and cache differ.
                c.execute_batch(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                )
                .unwrap();

                c.query_row("PRAGMA quick_check", [], |_| Ok(())).unwrap();
                migrations::apply(&mut c, migrations::ALL).unwrap();
                Handle::Raw(c)
            }
        }
    }

    fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> passerelle_core::Result<T>,
    ) -> T {
        match self {
            Handle::Db(db) => db.write(f).unwrap(),
            Handle::Raw(c) => {
                let tx = c
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .unwrap();
                let out = f(&tx).unwrap();
                tx.commit().unwrap();
                out
            }
        }
    }

    fn read<T>(&self, f: impl FnOnce(&Connection) -> passerelle_core::Result<T>) -> T {
        match self {
            Handle::Db(db) => db.read(f).unwrap(),
            Handle::Raw(c) => f(c).unwrap(),
        }
    }
}

#[derive(Default, Clone)]
struct Times {
    import: Duration,
    saves: Duration,
    list: Duration,
    search: Duration,
    get: Duration,
    reopen: Duration,
    file_bytes: u64,
}

fn run(setup: Setup, docs: &[CaseDocument]) -> Times {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    let mut t = Times::default();
    let mut db = Handle::open(setup, &path, true);
    let now = Utc::now();

    let start = Instant::now();
    let ids: Vec<String> = db.write(|tx| {
        docs.iter()
            .map(|d| cases::insert(tx, d, now))
            .collect::<passerelle_core::Result<Vec<_>>>()
    });
    t.import = start.elapsed();

    let start = Instant::now();
    for d in docs.iter().take(SAVES) {
        db.write(|tx| cases::insert(tx, d, now));
    }
    t.saves = start.elapsed();

    let start = Instant::now();
    for _ in 0..5 {
        let all = db.read(cases::list);
        assert_eq!(all.len(), CASES + SAVES);
    }
    t.list = start.elapsed() / 5;

    let start = Instant::now();
    for i in 0..SEARCHES {
        let q = &FAMILY[i % FAMILY.len()][..4];
        let hits = db.read(|c| cases::search(c, q));
        assert!(!hits.is_empty());
    }
    t.search = start.elapsed();

    let start = Instant::now();
    for i in 0..GETS {
        let id = &ids[(i * 7919) % ids.len()];
        db.read(|c| cases::get(c, id));
    }
    t.get = start.elapsed();

    drop(db);
    let start = Instant::now();
    let db = Handle::open(setup, &path, false);
    t.reopen = start.elapsed();
    drop(db);
    t.file_bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    t
}

mod common;
use common::median;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// The micro-benchmark of ../shared/notes/toolchain.md §5, reproduced: 10,000 inserts of a
/// 2,044-byte record in one transaction into `rec(id, last_name, body)` with an index on
/// `last_name`, then 100 indexed SELECTs of 10 rows each. Returns (insert, selects).
fn micro(key: bool, cache_kib: Option<i64>, page_size: Option<u32>) -> (Duration, Duration) {
    let dir = tempfile::tempdir().unwrap();
    let c = Connection::open(dir.path().join("micro.db")).unwrap();
    if key {
        let hex: String = KEY.iter().map(|b| format!("{b:02x}")).collect();
        c.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))
            .unwrap();
        if let Some(size) = page_size {
            c.execute_batch(&format!("PRAGMA cipher_page_size = {size};"))
                .unwrap();
        }
    } else if let Some(size) = page_size {
        c.execute_batch(&format!("PRAGMA page_size = {size};"))
            .unwrap();
    }
    if let Some(kib) = cache_kib {
        c.execute_batch(&format!("PRAGMA cache_size = -{kib};"))
            .unwrap();
    }
    c.execute_batch(
        "CREATE TABLE rec (id INTEGER PRIMARY KEY, last_name TEXT, body TEXT);
         CREATE INDEX rec_by_name ON rec (last_name);",
    )
    .unwrap();
    let body = "x".repeat(2044);
    let start = Instant::now();
    c.execute_batch("BEGIN").unwrap();
    {
        let mut stmt = c
            .prepare("INSERT INTO rec (last_name, body) VALUES (?1, ?2)")
            .unwrap();
        for i in 0..10_000 {
            stmt.execute(rusqlite::params![format!("name{}", i % 1000), body])
                .unwrap();
        }
    }
    c.execute_batch("COMMIT").unwrap();
    let insert = start.elapsed();
    let start = Instant::now();
    let mut stmt = c
        .prepare("SELECT id, body FROM rec WHERE last_name = ?1")
        .unwrap();
    for i in 0..100 {
        let n = stmt
            .query_map([format!("name{}", (i * 37) % 1000)], |r| {
                r.get::<_, String>(1)
            })
            .unwrap()
            .count();
        assert_eq!(n, 10);
    }
    (insert, start.elapsed())
}

fn main() {
    println!("Micro-benchmark of toolchain.md §5 (median of {RUNS}):\n");
    println!("| setup | insert 10k × 2 KB, one transaction | 100 indexed SELECTs | insert ÷ plain | select ÷ plain |");
    println!("|---|---|---|---|---|");
    let variants: [(&str, bool, Option<i64>, Option<u32>); 6] = [
        ("plain SQLite, default cache (2 MB)", false, None, None),
        ("SQLCipher raw key, default cache (2 MB)", true, None, None),
        ("plain SQLite, 64 MiB cache", false, Some(64 * 1024), None),
        (
            "SQLCipher raw key, 64 MiB cache",
            true,
            Some(64 * 1024),
            None,
        ),
        (
            "plain SQLite, 64 MiB cache, 16 KiB pages",
            false,
            Some(64 * 1024),
            Some(16384),
        ),
        (
            "SQLCipher raw key, 64 MiB cache, 16 KiB pages",
            true,
            Some(64 * 1024),
            Some(16384),
        ),
    ];
    let mut base = (Duration::ZERO, Duration::ZERO);
    for (i, (label, key, cache, page)) in variants.iter().enumerate() {
        let runs: Vec<(Duration, Duration)> =
            (0..RUNS).map(|_| micro(*key, *cache, *page)).collect();
        let ins = median(runs.iter().map(|r| r.0).collect());
        let sel = median(runs.iter().map(|r| r.1).collect());
        if i == 0 {
            base = (ins, sel);
        }
        println!(
            "| {label} | {} | {} | {:.2}× | {:.2}× |",
            ms(ins),
            ms(sel),
            ins.as_secs_f64() / base.0.as_secs_f64(),
            sel.as_secs_f64() / base.1.as_secs_f64()
        );
    }
    println!();

    let docs: Vec<CaseDocument> = (0..CASES)
        .map(|i| CaseDocument::parse(&case_bytes(i)).expect("valid case").0)
        .collect();
    let avg = docs.iter().map(|d| d.to_json().len()).sum::<usize>() / docs.len();
    println!("{CASES} cases, {avg} bytes of JSON each on average; median of {RUNS} runs\n");

    let setups = [Setup::Plain, Setup::Naive, Setup::Vault];
    let mut results: Vec<Vec<Times>> = vec![Vec::new(); setups.len()];
    // Interleave the setups so that machine noise spreads over all of them.
    for _ in 0..RUNS {
        for (i, s) in setups.iter().enumerate() {
            results[i].push(run(*s, &docs));
        }
    }
    type Pick = fn(&Times) -> Duration;
    let rows: [(&str, Pick); 6] = [
        ("import 10,000 cases (one transaction)", |t| t.import),
        ("200 saves, one durable transaction each", |t| t.saves),
        ("list all cases by name", |t| t.list),
        ("200 full-text name searches", |t| t.search),
        ("1,000 reads of a case by id", |t| t.get),
        ("reopen (key check, quick_check, migrations)", |t| t.reopen),
    ];
    println!(
        "| operation | {} | {} | {} | naive ÷ plain | vault ÷ plain |",
        setups[0].name(),
        setups[1].name(),
        setups[2].name()
    );
    println!("|---|---|---|---|---|---|");
    for (label, pick) in rows {
        let m: Vec<Duration> = results
            .iter()
            .map(|r| median(r.iter().map(pick).collect()))
            .collect();
        println!(
            "| {label} | {} | {} | {} | {:.2}× | {:.2}× |",
            ms(m[0]),
            ms(m[1]),
            ms(m[2]),
            m[1].as_secs_f64() / m[0].as_secs_f64(),
            m[2].as_secs_f64() / m[0].as_secs_f64()
        );
    }
    let size: Vec<u64> = results.iter().map(|r| r[0].file_bytes).collect();
    println!(
        "| database file after checkpoint-on-close | {} KB | {} KB | {} KB | | |",
        size[0] / 1024,
        size[1] / 1024,
        size[2] / 1024
    );

    // Unlock with parameters calibrated on this machine: what a worker waits for.
    let params = KdfParams::calibrate().expect("calibrates");
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path());
    let passphrase = "lanterne violon marée cactus";
    vault.create(passphrase, params, Utc::now()).unwrap();
    vault
        .write(|tx| {
            for d in &docs {
                cases::insert(tx, d, Utc::now())?;
            }
            Ok(())
        })
        .unwrap();
    vault.lock();
    let mut unlocks = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        vault
            .unlock(Secret::Passphrase(passphrase), Utc::now())
            .unwrap();
        unlocks.push(start.elapsed());
        vault.lock();
    }
    let mut kdf = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        passerelle_core::vault::kdf::derive(passphrase.as_bytes(), &[0u8; 16], &params).unwrap();
        kdf.push(start.elapsed());
    }
    println!(
        "\nCalibrated KDF: Argon2id, {} MiB, {} passes, {} lane(s): derivation {} (median)",
        params.mem_kib / 1024,
        params.iterations,
        params.parallelism,
        ms(median(kdf))
    );
    println!(
        "Unlock of a 10,000-case store (KDF + key check + quick_check + migrations): {} (median)",
        ms(median(unlocks))
    );
}
