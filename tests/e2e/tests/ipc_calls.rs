//! How many IPC calls each screen makes (docs/benchmarks.md, « Round trips »). Every call goes
//! through ui/js/api.js, which counts them by command in `window.passerelleIpc`. Each step resets
//! the count, does what a worker does, waits until the screen is complete and no call is on its
//! way any more, and holds the count to the screen's budget: a screen that starts asking Rust
//! more often fails here, and the table printed says which calls it makes. The table also gives
//! the count without ui/js/l10n.js's cache of argument-less strings: the calls made plus the
//! `l10n_format` calls the cache answered (`kept`), which is exactly what it saves.

use std::collections::BTreeMap;

use passerelle_e2e::*;

mod support;

const PASSPHRASE: &str = "lanterne violon marée cactus";

/// The activity ping (at most one per 10 s of input, whatever the screen) and the mark of a first
/// copy or selection after an unlock (for the lock to empty the clipboard): not a screen's calls.
const MARKS: [&str; 2] = ["session_touch", "session_copied"];

async fn reset(c: &Client) {
    c.execute(
        "const i = window.passerelleIpc; i.total = 0; i.kept = 0; i.byName = {};",
        vec![],
    )
    .await
    .expect("reset the IPC count");
}

/// The calls made since the last reset, once none is pending and none started for 300 ms, and how
/// many more there would have been without the strings' cache.
async fn calls(c: &Client) -> (BTreeMap<String, u64>, u64) {
    let state = support::settled_ipc(c).await;
    let by_name: BTreeMap<String, u64> =
        serde_json::from_value(state["byName"].clone()).expect("counts by name");
    let kept = state["kept"].as_u64().expect("calls kept by the cache");
    (
        by_name
            .into_iter()
            .filter(|(n, _)| !MARKS.contains(&n.as_str()))
            .collect(),
        kept,
    )
}

/// What was counted, screen by screen, against the budgets.
#[derive(Default)]
struct Tally(Vec<Row>);

/// A screen, its calls, its calls without the strings' cache, its budget, the calls by command.
type Row = (String, u64, u64, u64, BTreeMap<String, u64>);

impl Tally {
    async fn record(&mut self, c: &Client, screen: &str, budget: u64) {
        let (by_name, kept) = calls(c).await;
        let total = by_name.values().sum();
        self.0
            .push((screen.to_string(), total, total + kept, budget, by_name));
    }

    fn check(&self) {
        let mut table = String::from("screen | calls | without the cache | budget | which\n");
        for (screen, total, uncached, budget, by_name) in &self.0 {
            let which: Vec<String> = by_name.iter().map(|(n, k)| format!("{n}×{k}")).collect();
            table += &format!(
                "{screen} | {total} | {uncached} | {budget} | {}\n",
                which.join(", ")
            );
        }
        println!("{table}");
        let over: Vec<&str> = self
            .0
            .iter()
            .filter(|(_, total, _, budget, _)| total > budget)
            .map(|(screen, ..)| screen.as_str())
            .collect();
        assert!(over.is_empty(), "over budget: {over:?}\n{table}");
    }
}

async fn go(c: &Client, link: &str, page: &str) {
    reset(c).await;
    click(c, link).await;
    wait_for(c, &format!("body[data-page={page}]")).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn each_screen_keeps_to_its_budget_of_ipc_calls() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    let mut tally = Tally::default();

    // Start-up: the first screen, from the page's first script on.
    wait_for(&c, "body[data-screen=setup]").await;
    tally.record(&c, "start → setup", 4).await;

    type_into(&c, "#new-passphrase", PASSPHRASE).await;
    type_into(&c, "#new-passphrase-again", PASSPHRASE).await;
    wait_text(&c, ".meter-label", |t| !t.is_empty()).await;
    // The meter measures each key typed: under load those calls were still arriving after the
    // reset and counted against the next screen.
    calls(&c).await;
    reset(&c).await;
    click(&c, "#setup-create").await;
    wait_for(&c, "body[data-screen=recovery]").await;
    tally.record(&c, "setup → recovery key", 3).await;

    reset(&c).await;
    click(&c, "#recovery-written").await;
    click(&c, "#recovery-continue").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    // 9: the shell also listens for the case index's background progress (one `listen`); the
    // dashboard asks for the cases a change of rule pack concerns (`rules_notices`); the ticked
    // box is recorded (`session_recovery_key_noted`), so that a key never confirmed is asked
    // about at the next unlock.
    tally.record(&c, "recovery key → dashboard", 9).await;

    go(&c, "#nav-cases", "cases").await;
    tally.record(&c, "case list", 3).await;

    click(&c, "#case-new").await;
    type_into(&c, "#family-name", "Kovalenko").await;
    type_into(&c, "#given-names", "Olena").await;
    reset(&c).await;
    click(&c, "#case-save").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
    // The interview opens on her consent: the namesakes asked for before the case is created,
    // the case, the steps, the association's name, the notice in French with the unnamed
    // association's words (no association in the settings), then the page's own words.
    tally.record(&c, "new case → her consent", 8).await;

    reset(&c).await;
    click(&c, "#step-next").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;
    // 4: the steps and the page's words, as the first step cost before consent came first.
    tally
        .record(&c, "her consent → the first questions", 4)
        .await;

    reset(&c).await;
    click(&c, "#q-sex-opt-F").await;
    wait_for(&c, "#q-sex[data-save=saved]").await;
    tally.record(&c, "one answer", 6).await;

    reset(&c).await;
    c.execute(
        "location.hash = location.hash.replace(/interview\\/.*$/, 'review');",
        vec![],
    )
    .await
    .unwrap();
    wait_for(&c, "body[data-page=review]").await;
    tally.record(&c, "review", 2).await;

    go(&c, "#review-done", "case").await;
    // 6: with the case's changes of rule pack not yet seen (`rules_case_notices`).
    tally.record(&c, "case page", 6).await;
    for section in ["checklist", "followup", "file"] {
        reset(&c).await;
        click(&c, &format!("#section-{section}")).await;
        wait_for(&c, &format!("body[data-case-section={section}]")).await;
        tally.record(&c, &format!("case page: {section}"), 5).await;
    }

    for (page, budget) in [
        // 3: with the cases a change of rule pack concerns.
        ("dashboard", 3),
        // 2: the report's form proposes its period (`report_period`: Rust owns the day), then
        // its words.
        ("report", 2),
        ("retention", 3),
        ("backup", 4),
        ("team", 3),
        // 4: the log's filter form has its own labels to translate beside the rows.
        ("audit", 4),
        ("settings", 3),
        // 2: with the rule pack in use (`rules_show`).
        ("about", 2),
    ] {
        // The report opens from the dashboard (the page just before it here).
        let link = match page {
            "report" => "#dashboard-report".to_string(),
            _ => format!("#nav-{page}"),
        };
        go(&c, &link, page).await;
        tally.record(&c, page, budget).await;
    }

    reset(&c).await;
    click(&c, "#lock").await;
    wait_for(&c, "body[data-screen=unlock]").await;
    // The lock loads a fresh page (issue 13, fresh_page.rs): it listens again (2), asks the
    // status and its strings once each.
    tally.record(&c, "lock → unlock screen", 4).await;

    type_into(&c, "#passphrase", PASSPHRASE).await;
    reset(&c).await;
    click(&c, "#unlock-submit").await;
    // Unlocking brings the worker back to the page she was on.
    wait_for(&c, "body[data-screen=app][data-page=about]").await;
    // 8: the shell mounts again, with its listener for the case index's progress; the About
    // page asks for the rule pack in use.
    tally.record(&c, "unlock → back to the page", 8).await;

    c.close().await.unwrap();
    tally.check();
}
