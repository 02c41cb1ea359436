//! The cost of zeroing every block Rust frees (`app::process::ZeroOnFree`, issue 13), against
//! the plain system allocator in the same run (docs/benchmarks.md, « Zeroing freed memory »).
//!
//! `CARGO_BUILD_JOBS=2 cargo bench -p passerelle-core --bench zero_on_free`
//!
//! The workload is what a worker's session does between two locks, through the functions the IPC
//! commands call: the dashboard, the case list, the case page of 50 cases, each of their
//! interview steps, and one cover letter and one checklist rendered as PDF (printed to a spooler
//! that drops them), on a store of 500 invented cases. Rounds alternate the two allocators; each
//! figure is the median of the rounds, the ratio the zeroing one over the system one. A
//! measurement, not a test: nothing is asserted about time.

use std::time::Instant;

use chrono::NaiveDate;
use passerelle_core::app::cases::{self, Sort};
use passerelle_core::app::process::ZeroOnFree;
use passerelle_core::app::{documents, interview, session, App};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::print::Spooler;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::{sample_cases, FixedDay};

#[global_allocator]
static ALLOCATOR: ZeroOnFree = ZeroOnFree::new();

const CASES: usize = 500;
const OPENED: usize = 50;
const ROUNDS: usize = 11;
const PASSPHRASE: &str = "lanterne violon marée cactus";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// A printer that takes every job and keeps nothing.
struct Drop;

impl Spooler for Drop {
    fn submit(&self, _title: &str, pdf: &[u8]) -> passerelle_core::Result<()> {
        std::hint::black_box(pdf);
        Ok(())
    }
}

/// One session's reads and prints.
fn session_work(app: &App, ids: &[String]) {
    let req = app.request();
    std::hint::black_box(cases::dashboard(&req, None).unwrap());
    std::hint::black_box(cases::list(&req, "", Sort::Name, 0).unwrap());
    for id in ids {
        std::hint::black_box(cases::page(&req, id).unwrap());
        std::hint::black_box(interview::step(&req, id, None).unwrap());
        std::hint::black_box(interview::review(&req, id).unwrap());
    }
    for kind in ["checklist", "letter"] {
        // A sample case may have no route a letter exists for: its refusal is work done too.
        let _ = documents::print(&req, &ids[0], kind, None, &Drop);
    }
}

mod common;
use common::{median, ms};

fn main() {
    let root = tempfile::tempdir().unwrap();
    let app = App::new(root.path().join("store"))
        .with_kdf(KdfParams::FLOOR)
        .with_clock(FixedDay(today()));
    session::create(&app.request(), PASSPHRASE).unwrap();
    let documents: Vec<CaseDocument> = (0..CASES)
        .map(|i| CaseDocument::from_case(&sample_cases::case(i, today())).unwrap())
        .collect();
    let ids = cases::import_all(&app.request(), &documents).unwrap();
    let ids = &ids[..OPENED];
    session_work(&app, ids); // warm-up: caches, the page cache of SQLite, the fonts

    let (mut system, mut zeroing) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        // Alternate which goes first, so that a drift of the machine's load hits both alike.
        for zero in if round % 2 == 0 {
            [false, true]
        } else {
            [true, false]
        } {
            ALLOCATOR.set_zeroing(zero);
            let t = Instant::now();
            session_work(&app, ids);
            let elapsed = t.elapsed();
            if zero { &mut zeroing } else { &mut system }.push(elapsed);
        }
    }
    ALLOCATOR.set_zeroing(true);
    let (system, zeroing) = (median(system), median(zeroing));
    println!("| allocator | one session's work (median of {ROUNDS}) | ratio |");
    println!("|---|---:|---:|");
    println!("| system (baseline) | {:.1} ms | 1.00 |", ms(system));
    println!(
        "| zero on free | {:.1} ms | {:.2} |",
        ms(zeroing),
        zeroing.as_secs_f64() / system.as_secs_f64()
    );
}
