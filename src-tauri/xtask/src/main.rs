//! Maintainer tasks that are not part of the app.
//!
//! `cargo run -p xtask -- geo` regenerates the prefecture finder's dataset in `assets/geo/` from the
//! pinned npm package `@etalab/decoupage-administratif` and the DILA annuaire extract kept in
//! `src-tauri/xtask/data/`. `--check` regenerates in memory and fails if the shipped files differ,
//! which is how a reviewer proves the shipped data is what the sources say. See
//! `docs/prefecture-data.md`.
//!
//! `cargo run -p xtask -- passphrase` regenerates the word lists of the passphrase-strength
//! estimate and of the generated passphrase in `assets/passphrase/` from four pinned npm and PyPI
//! packages (`docs/passphrases.md`); `--check` as above.

mod geo;
mod passphrase;
mod pinned;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run -p xtask -- geo [--package DIR] [--annuaire FILE] [--out DIR] [--check]
       cargo run -p xtask -- passphrase [--packages DIR] [--out DIR] [--check]

  --package DIR    an unpacked @etalab/decoupage-administratif 6.0.0 (the folder holding data/);
                   default: `npm pack` it into a temporary folder and check its digest
  --annuaire FILE  the DILA annuaire extract (TSV); default: src-tauri/xtask/data/
  --out DIR        where to write; default: assets/geo/
  --check          write nothing; exit 1 if the files in --out differ from a fresh generation

  passphrase:
  --packages DIR   a folder holding the four pinned archives (fetched there with npm and pip
                   when missing); default: a temporary folder
  --out DIR        where to write; default: assets/passphrase/";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let root = repo_root();
    match args.next().as_deref() {
        Some("geo") => {}
        Some("passphrase") => return passphrase(args, &root),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
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

fn passphrase(mut args: impl Iterator<Item = String>, root: &std::path::Path) -> ExitCode {
    let mut options = passphrase::Options {
        packages: None,
        out: root.join("assets/passphrase"),
        check: false,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .map(PathBuf::from)
                .ok_or(format!("{name} needs a value"))
        };
        let parsed = match arg.as_str() {
            "--packages" => value("--packages").map(|v| options.packages = Some(v)),
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
    match passphrase::run(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("xtask passphrase: {message}");
            ExitCode::from(1)
        }
    }
}

/// The repository root: this crate lives in `src-tauri/xtask`.
fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
