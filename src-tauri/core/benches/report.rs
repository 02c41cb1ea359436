//! The association's activity report over 10,000 invented cases (docs/benchmarks.md, "Activity
//! report"): computing the figures from the vault (every case read, parsed and counted, cells
//! suppressed), then wording and rendering them as PDF and CSV, through the very functions the
//! app and the CLI call (`app::report::facts`, `app::report::write`).
//!
//! `CARGO_BUILD_JOBS=2 cargo bench -p passerelle-core --bench report`
//!
//! Each figure is the median of `RUNS` calls; the ratio column divides it by the figure at 1,000
//! cases, measured in the same run. A measurement, not a test: nothing is asserted about time.

use std::time::Duration;

use chrono::NaiveDate;
use passerelle_core::app::report::{self, ReportFormat};
use passerelle_core::app::{cases, session, App};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::{sample_cases, FixedDay};

const RUNS: usize = 9;
const PASSPHRASE: &str = "lanterne violon marée cactus";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

mod common;
use common::ms;

fn median<T>(f: impl FnMut() -> T) -> Duration {
    common::median_of(RUNS, f)
}

const OPERATIONS: &[&str] = &[
    "figures (read, parse, count, suppress)",
    "report as PDF (figures, words, layout, PDF)",
    "report as CSV (figures, words, CSV)",
];

fn measure(n: usize) -> Vec<Duration> {
    let today = day(2026, 12, 15);
    let dir = tempfile::tempdir().unwrap();
    let app = App::new(dir.path())
        .with_kdf(KdfParams::FLOOR)
        .with_clock(FixedDay(today));
    session::create(&app.request(), PASSPHRASE).unwrap();
    let docs: Vec<CaseDocument> = (0..n)
        .map(|i| CaseDocument::from_case(&sample_cases::report_case(i, today)).unwrap())
        .collect();
    cases::import_all(&app.request(), &docs).unwrap();
    let (from, to) = (day(2026, 1, 1), day(2026, 12, 31));
    let req = app.request();
    let write = |format| {
        move || {
            let mut len = 0;
            report::write(&req, (from, to), format, None, |b| {
                len = b.len();
                Ok(())
            })
            .unwrap();
            len
        }
    };
    vec![
        median(|| report::facts(&req, from, to).unwrap()),
        median(write(ReportFormat::Pdf)),
        median(write(ReportFormat::Csv)),
    ]
}

fn main() {
    let sizes = [1_000usize, 10_000];
    let figures: Vec<Vec<Duration>> = sizes.iter().map(|&n| measure(n)).collect();
    println!("| operation | 1,000 cases | 10,000 cases | 10,000 ÷ 1,000 |");
    println!("|---|---|---|---|");
    for (k, op) in OPERATIONS.iter().enumerate() {
        let (a, b) = (figures[0][k], figures[1][k]);
        println!(
            "| {op} | {:.1} ms | {:.1} ms | {:.1}× |",
            ms(a),
            ms(b),
            b.as_secs_f64() / a.as_secs_f64()
        );
    }
}
