//! The case list, the search and the dashboard as the number of cases grows (docs/benchmarks.md,
//! "Ten thousand cases"): stores of 100, 1,000, 10,000 (and, with `--max 50000`, 50,000) invented
//! cases, read through the very functions the IPC commands call (`app::cases::list`,
//! `app::cases::dashboard`).
//!
//! `CARGO_BUILD_JOBS=2 cargo bench -p passerelle-core --bench scale [-- --max 50000]`
//!
//! Each figure is the median of `RUNS` calls (the baseline's, of 3); the ratio column divides it by the same operation's
//! figure at 1,000 cases, measured in the same run. The baseline row « full pass » is what the
//! list and the dashboard cost before the derived index: every case file read, parsed and given
//! its deadlines. A measurement, not a test: nothing is asserted about time.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use passerelle_core::app::cases::{self, Sort};
use passerelle_core::app::{session, App};
use passerelle_core::db::cases as table;
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::{legal, sample_cases, FixedDay};

const RUNS: usize = 15;
const PASSPHRASE: &str = "lanterne violon marée cactus";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

mod common;
use common::{median_of, ms};

/// The median time of `RUNS` calls of `f`.
fn median<T>(f: impl FnMut() -> T) -> Duration {
    median_of(RUNS, f)
}

/// One store's figures, in the order of `OPERATIONS`.
const OPERATIONS: &[&str] = &[
    "import, one transaction (whole batch)",
    "list, first page by name",
    "list, first page by next deadline",
    "list, last page by name",
    "search returning 1 case (« Тестенко »)",
    "search by a prefix (« Zor »), first page",
    "search by phone number",
    "dashboard",
    "baseline: full pass (every case parsed, next deadline)",
];

fn measure(cases_count: usize) -> Vec<Duration> {
    let root = tempfile::tempdir().unwrap();
    let app = App::new(root.path().join("store"))
        .with_kdf(KdfParams::FLOOR)
        .with_clock(FixedDay(today()));
    session::create(&app.request(), PASSPHRASE).unwrap();
    let mut documents: Vec<CaseDocument> = (0..cases_count - 1)
        .map(|i| CaseDocument::from_case(&sample_cases::case(i, today())).unwrap())
        .collect();
    let mut needle = CaseFile::new(Some("Testenko".into()), Some("Olena".into()));
    needle.person.phone = Some("+33 6 98 76 54 32".into());
    documents.push(CaseDocument::from_case(&needle).unwrap());

    let t = Instant::now();
    cases::import_all(&app.request(), &documents).unwrap();
    let import = t.elapsed();
    app.vault().checkpoint().unwrap();
    let req = app.request();
    let last = (cases_count as u64 - 1) / 50 * 50;
    let found = cases::list(&req, "Тестенко", Sort::Name, 0).unwrap();
    assert_eq!(found.total, 1, "the search finds the one case");
    vec![
        import,
        median(|| cases::list(&req, "", Sort::Name, 0).unwrap()),
        median(|| cases::list(&req, "", Sort::NextDeadline, 0).unwrap()),
        median(|| cases::list(&req, "", Sort::Name, last).unwrap()),
        median(|| cases::list(&req, "Тестенко", Sort::Name, 0).unwrap()),
        median(|| cases::list(&req, "Zor", Sort::Name, 0).unwrap()),
        median(|| cases::list(&req, "06 98 76 54 32", Sort::Name, 0).unwrap()),
        median(|| cases::dashboard(&req, None).unwrap()),
        // Seconds a call at 50,000 cases: three calls are enough to show its growth.
        median_of(3, || {
            app.vault()
                .read(|c| {
                    Ok(table::all(c)?
                        .iter()
                        .map(|s| {
                            let case = s.document.case().unwrap();
                            legal::next_deadline(&case, today())
                        })
                        .count())
                })
                .unwrap()
        }),
    ]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let max: usize = args
        .iter()
        .position(|a| a == "--max")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let sizes: Vec<usize> = [100, 1_000, 10_000, 50_000]
        .into_iter()
        .filter(|n| *n <= max)
        .collect();
    let mut figures = Vec::new();
    for &n in &sizes {
        eprintln!("{n} cases…");
        figures.push((n, measure(n)));
    }
    let reference = figures
        .iter()
        .find(|(n, _)| *n == 1_000)
        .map(|(_, f)| f.clone());
    print!("| operation |");
    for (n, _) in &figures {
        print!(" {n} cases |");
    }
    for (n, _) in &figures {
        if *n > 1_000 {
            print!(" {n} ÷ 1,000 |");
        }
    }
    println!();
    println!("|---|{}", "---|".repeat(figures.len() * 2 - 2));
    for (i, name) in OPERATIONS.iter().enumerate() {
        print!("| {name} |");
        for (_, f) in &figures {
            print!(" {:.2} ms |", ms(f[i]));
        }
        for (n, f) in &figures {
            if *n > 1_000 {
                match &reference {
                    Some(r) => print!(" {:.1}× |", f[i].as_secs_f64() / r[i].as_secs_f64()),
                    None => print!(" – |"),
                }
            }
        }
        println!();
    }
}
