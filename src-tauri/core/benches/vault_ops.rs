//! Backup and restore of a store with 1,000 cases: wall time of each step, file sizes
//! (docs/benchmarks.md, "Backup and restore").
//!
//! `CARGO_BUILD_JOBS=2 cargo bench -p passerelle-core --bench vault_ops`
//!
//! The cases are the full fixture (every field of the case file filled, about 2.5 kB of JSON)
//! with invented, distinct names. The key derivation uses parameters calibrated on this machine,
//! as the app does, so the times are what a worker waits. A measurement, not a test: nothing is
//! asserted about time.

use std::time::{Duration, Instant};

use chrono::Utc;
use passerelle_core::app::{cases, session, App};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::seal::{Progress, Stage};
use passerelle_core::vault::{backup, Secret, Vault, DB_FILE};

const CASES: usize = 1_000;
const RUNS: usize = 3;
const PASSPHRASE: &str = "lanterne violon marée cactus";
const BACKUP_PASSPHRASE: &str = "sauvegarde clé usb tiroir bleu";
const FULL: &str = include_str!("../../../tests/fixtures/case-full.json");

/// Times between progress stages: the first report of each stage starts it.
struct Stages {
    start: Instant,
    marks: Vec<(Stage, Instant)>,
}

impl Stages {
    fn new() -> Self {
        Stages {
            start: Instant::now(),
            marks: Vec::new(),
        }
    }
    fn on(&mut self, p: Progress) {
        if self.marks.last().map(|(s, _)| *s) != Some(p.stage) {
            self.marks.push((p.stage, Instant::now()));
        }
    }
    fn durations(&self, end: Instant) -> Vec<(Stage, Duration)> {
        let mut out = Vec::new();
        for (i, (stage, at)) in self.marks.iter().enumerate() {
            let next = self.marks.get(i + 1).map(|(_, t)| *t).unwrap_or(end);
            out.push((*stage, next - *at));
        }
        let _ = self.start;
        out
    }
}

mod common;
use common::ms;

fn main() {
    let params = KdfParams::calibrate().expect("calibration");
    println!(
        "kdf: argon2id {} MiB, {} passes (calibrated on this machine)",
        params.mem_kib / 1024,
        params.iterations
    );
    let root = tempfile::tempdir().unwrap();
    let store = root.path().join("store");
    let app = App::new(&store).with_kdf(params);
    session::create(&app.request(), PASSPHRASE).unwrap();
    let vault = app.vault();
    let template: serde_json::Value = serde_json::from_str(FULL).unwrap();
    let t = Instant::now();
    for i in 0..CASES {
        let mut v = template.clone();
        v["person"]["familyName"] = format!("Famille{i:04}").into();
        v["person"]["givenNames"] = format!("Prénom{}", i % 37).into();
        let (doc, _) = CaseDocument::from_value(v).unwrap();
        cases::import(&app.request(), &doc).unwrap();
    }
    vault.checkpoint().unwrap();
    println!(
        "store: {CASES} cases inserted in {:.0} ms; database file {:.2} MB",
        ms(t.elapsed()),
        std::fs::metadata(store.join(DB_FILE)).unwrap().len() as f64 / 1e6
    );

    let mut backups = Vec::new();
    let mut restores = Vec::new();
    for run in 0..RUNS {
        let file = root.path().join(format!("backup-{run}.enc"));
        let mut stages = Stages::new();
        let t = Instant::now();
        let report = backup::create(
            vault,
            &file,
            Secret::Passphrase(BACKUP_PASSPHRASE),
            params,
            Utc::now(),
            &mut |p| stages.on(p),
        )
        .unwrap();
        let end = Instant::now();
        backups.push((end - t, stages.durations(end), report.file_bytes));

        let target = root.path().join(format!("restored-{run}"));
        let restored_vault = Vault::at(&target);
        let mut stages = Stages::new();
        let t = Instant::now();
        restored_vault
            .restore_from(
                &file,
                Secret::Passphrase(BACKUP_PASSPHRASE),
                PASSPHRASE,
                params,
                Utc::now(),
                &mut |p| stages.on(p),
            )
            .unwrap();
        let end = Instant::now();
        restores.push((end - t, stages.durations(end)));
        restored_vault.lock();
    }

    println!(
        "\nbackup (snapshot → key derivation → encrypt+write → read back+check), {RUNS} runs:"
    );
    for (total, stages, bytes) in &backups {
        let parts: Vec<String> = stages
            .iter()
            .map(|(s, d)| format!("{s:?} {:.0} ms", ms(*d)))
            .collect();
        println!(
            "  total {:.0} ms; file {:.2} MB; {}",
            ms(*total),
            *bytes as f64 / 1e6,
            parts.join(", ")
        );
    }
    println!("\nrestore (key derivation → decrypt+check → write new store, migrate, verify, new keyslots), {RUNS} runs:");
    for (total, stages) in &restores {
        let parts: Vec<String> = stages
            .iter()
            .map(|(s, d)| format!("{s:?} {:.0} ms", ms(*d)))
            .collect();
        println!("  total {:.0} ms; {}", ms(*total), parts.join(", "));
    }
    let mut b: Vec<f64> = backups.iter().map(|(t, _, _)| ms(*t)).collect();
    let mut r: Vec<f64> = restores.iter().map(|(t, _)| ms(*t)).collect();
    b.sort_by(f64::total_cmp);
    r.sort_by(f64::total_cmp);
    println!(
        "\nmedian of {RUNS}: backup {:.0} ms, restore {:.0} ms",
        b[RUNS / 2],
        r[RUNS / 2]
    );
}
