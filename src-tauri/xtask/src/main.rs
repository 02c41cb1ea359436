//! Maintainer tasks that are not part of the app.
//!
//! `cargo run -p xtask -- geo` regenerates the prefecture finder's dataset in `assets/geo/` from the
//! pinned npm package `@etalab/decoupage-administratif` and the DILA annuaire extract kept in
//! `src-tauri/xtask/data/`. `--check` regenerates in memory and fails if the shipped files differ,
//! which is how a reviewer proves the shipped data is what the sources say. See
//! `docs/prefecture-data.md`.

mod geo;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run -p xtask -- geo [--package DIR] [--annuaire FILE] [--out DIR] [--check]

  --package DIR    an unpacked @etalab/decoupage-administratif 6.0.0 (the folder holding data/);
                   default: `npm pack` it into a temporary folder and check its digest
  --annuaire FILE  the DILA annuaire extract (TSV); default: src-tauri/xtask/data/
  --out DIR        where to write; default: assets/geo/
  --check          write nothing; exit 1 if the files in --out differ from a fresh generation";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("geo") => {}
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let root = repo_root();
    let mut options = geo::Options {
        package: None,
        annuaire: root.join("src-tauri/xtask/data").join(geo::ANNUAIRE_FILE),
        out: root.join("assets/geo"),
        check: false,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .map(PathBuf::from)
                .ok_or(format!("{name} needs a value"))
        };
        let parsed = match arg.as_str() {
            "--package" => value("--package").map(|v| options.package = Some(v)),
            "--annuaire" => value("--annuaire").map(|v| options.annuaire = v),
            "--out" => value("--out").map(|v| options.out = v),
            "--check" => {
                options.check = true;
                Ok(())
            }
            other => Err(format!("unknown option {other}")),
        };
        if let Err(message) = parsed {
            eprintln!("xtask: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    match geo::run(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("xtask geo: {message}");
            ExitCode::from(1)
        }
    }
}

/// The repository root: this crate lives in `src-tauri/xtask`.
fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
