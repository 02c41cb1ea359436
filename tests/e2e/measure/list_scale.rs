//! Issue 16: the case list with many cases, as the worker sees it. Stores of 1,000 and 10,000
//! invented cases (sizes in `E2E_SCALE_SIZES`, comma-separated) are filled through
//! `passerelle-cli --store DIR import FILE…` (one unlock, one transaction), then the app is driven
//! through WebDriver: unlock → dashboard painted, then three times « dashboard → case list painted » (timed in the page,
//! from the click on the navigation link to the first frame with the page's rows and the count),
//! the number of DOM nodes with the list open, and the memory of the app and its web processes
//! (PSS, from `/proc/PID/smaps_rollup`). It prints a table (docs/benchmarks.md quotes it) and
//! asserts only what does not depend on the machine: the list renders one page, whatever the
//! number of cases.
//!
//! Run by name (the app and the CLI built first, `cargo build -p passerelle -p passerelle-cli`):
//! `flock /tmp/passerelle-e2e.lock xvfb-run -a cargo test --workspace --test list_scale -- --ignored --nocapture`

use chrono::{Local, TimeDelta};
use passerelle_e2e::*;

#[path = "../tests/support/mod.rs"]
mod support;

/// Invented, for this measurement only.
const PASSPHRASE: &str = "zinnia quokka velours hibiscus";
/// Rows on a page of the list (`overview::list::PAGE_SIZE`).
const PAGE: usize = 50;
const ROUNDS: usize = 3;

/// Invented syllables: names that belong to nobody.
const SYLLABLES: [&str; 16] = [
    "ka", "zo", "ri", "mu", "te", "la", "no", "vi", "da", "se", "po", "xu", "be", "fi", "go", "ya",
];

fn name(mut i: usize, parts: usize) -> String {
    let mut out = String::new();
    for _ in 0..parts {
        out.push_str(SYLLABLES[i % SYLLABLES.len()]);
        i /= SYLLABLES.len();
    }
    let mut chars = out.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Case file `i`: a card expiring somewhere between seven months ago and two years ahead (so the
/// dashboard has overdue and coming lines), an appointment for one case in five.
fn case_file(i: usize) -> String {
    let today = Local::now().date_naive();
    let expires = today + TimeDelta::days((i as i64 * 37) % 930 - 210);
    let issued = expires - TimeDelta::days(365);
    let appointment = if i.is_multiple_of(5) {
        format!(
            r#"[{{"id":"a1","kind":"prefecture","date":"{}","time":"10:00","place":null,"note":null,"reminder":false}}]"#,
            today + TimeDelta::days((i % 40) as i64)
        )
    } else {
        "[]".into()
    };
    format!(
        r#"{{"format":"passerelle.case/1","person":{{"familyName":"{}","givenNames":"{}","nationality":"NG"}},"currentPermit":{{"kind":"cst-vpf-l425-1","issued":"{issued}","expires":"{expires}","renewalCount":0,"renewalFiledOn":null}},"appointments":{appointment}}}"#,
        name(i, 4),
        name(i * 7 + 3, 2),
    )
}

/// A data directory whose store holds `n` invented cases, imported in one call.
fn filled_store(n: usize) -> tempfile::TempDir {
    support::filled_store(PASSPHRASE, n, case_file)
}

/// Clicks « unlock » and returns the milliseconds, measured in the page, until a frame shows the
/// dashboard.
const UNLOCK: &str = r#"
const done = arguments[arguments.length - 1];
const start = performance.now();
document.querySelector('#unlock-submit').click();
const check = () => {
  if (document.body.dataset.page === 'dashboard' && document.querySelector('#dashboard-today')) {
    requestAnimationFrame(() => done(performance.now() - start));
  } else {
    requestAnimationFrame(check);
  }
};
requestAnimationFrame(check);
"#;

/// Clicks the navigation link to the case list and returns the milliseconds, measured in the
/// page, until a frame shows `rows` rows and the count.
const OPEN_LIST: &str = r#"
const [rows, done] = [arguments[0], arguments[arguments.length - 1]];
const start = performance.now();
document.querySelector('#nav-cases').click();
const check = () => {
  const shown = document.querySelectorAll('#case-table tbody tr').length;
  const count = document.querySelector('#case-count');
  if (document.body.dataset.page === 'cases' && shown >= rows && count && count.textContent.trim()) {
    requestAnimationFrame(() => done(performance.now() - start));
  } else {
    requestAnimationFrame(check);
  }
};
requestAnimationFrame(check);
"#;

/// The proportional memory (PSS) of `root` and every process below it, in MiB.
fn pss_mib(root: u32) -> f64 {
    descendants(root)
        .iter()
        .filter_map(|(pid, _)| std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok())
        .filter_map(|rollup| {
            rollup
                .lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .sum::<f64>()
        / 1024.0
}

struct Figures {
    cases: usize,
    unlock_ms: f64,
    painted_ms: Vec<f64>,
    dom_nodes: u64,
    pss_mib: f64,
}

async fn measure(driver: &Driver, n: usize) -> Figures {
    let data = filled_store(n);
    let c = driver.launch(data.path()).await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    let unlock_ms = c
        .execute_async(UNLOCK, vec![])
        .await
        .expect("the store unlocks")
        .as_f64()
        .expect("milliseconds");
    let mut painted_ms = Vec::new();
    for round in 0..ROUNDS {
        if round > 0 {
            click(&c, "#nav-dashboard").await;
            wait_for(&c, "#dashboard-today").await;
        }
        let ms = c
            .execute_async(OPEN_LIST, vec![serde_json::json!(PAGE.min(n))])
            .await
            .expect("the list opens");
        painted_ms.push(ms.as_f64().expect("milliseconds"));
    }
    let rows = c
        .execute(
            "return document.querySelectorAll('#case-table tbody tr').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(rows.as_u64(), Some(PAGE.min(n) as u64), "one page rendered");
    let dom_nodes = c
        .execute("return document.getElementsByTagName('*').length", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    let pss = pss_mib(app_on(data.path()).expect("the app runs"));
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;
    Figures {
        cases: n,
        unlock_ms,
        painted_ms,
        dom_nodes,
        pss_mib: pss,
    }
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "a measurement: run by name under xvfb-run"]
async fn the_case_list_paints_one_page_whatever_the_number_of_cases() {
    let sizes: Vec<usize> = std::env::var("E2E_SCALE_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let driver = Driver::start().await;
    let mut all = Vec::new();
    for &n in &sizes {
        eprintln!("{n} cases…");
        all.push(measure(&driver, n).await);
    }
    println!("| cases | unlock → dashboard painted (ms) | dashboard → list painted (ms, {ROUNDS} rounds) | DOM nodes, list open | PSS, list open (MiB) |");
    println!("|---|---|---|---|---|");
    for f in &all {
        let rounds: Vec<String> = f.painted_ms.iter().map(|ms| format!("{ms:.0}")).collect();
        println!(
            "| {} | {:.0} | {} | {} | {:.0} |",
            f.cases,
            f.unlock_ms,
            rounds.join(" / "),
            f.dom_nodes,
            f.pss_mib
        );
    }
    let nodes: Vec<u64> = all.iter().map(|f| f.dom_nodes).collect();
    assert!(
        nodes.iter().all(|&n| n < 1_000),
        "a few hundred DOM nodes whatever the number of cases: {nodes:?}"
    );
}
