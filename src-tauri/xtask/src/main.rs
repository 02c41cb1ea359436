//! Maintainer tasks that are not part of the app.
//!
//! `cargo run -p xtask -- geo` regenerates the prefecture finder's dataset in `assets/geo/` from the
//! pinned npm package `@etalab/decoupage-administratif` and the DILA annuaire extract kept in
//! `src-tauri/xtask/data/`. `--check` regenerates in memory and fails if the shipped files differ,
//! which is how a reviewer proves the shipped data is what the sources say. See
//! `docs/prefecture-data.md`.
//!
//! `cargo run -p xtask -- rules-sign` signs a rule pack with a key read from stdin;
//! `rules-keygen` makes a new signing key (docs/legal-rules.md).
//!
//! `cargo run -p xtask -- passphrase` regenerates the word lists of the passphrase-strength
//! estimate and of the generated passphrase in `assets/passphrase/` from four pinned npm and PyPI
//! packages (`docs/passphrases.md`); `--check` as above.

mod geo;
mod passphrase;
mod pinned;
mod rules;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo run -p xtask -- geo [--package DIR] [--annuaire FILE] [--out DIR] [--check]
       cargo run -p xtask -- passphrase [--packages DIR] [--out DIR] [--check]
       cargo run -p xtask -- rules-sign --key-id ID [--pack FILE] --out FILE  < secret-key
       cargo run -p xtask -- rules-keygen

  --package DIR    an unpacked @etalab/decoupage-administratif 6.0.0 (the folder holding data/);
                   default: `npm pack` it into a temporary folder and check its digest
  --annuaire FILE  the DILA annuaire extract (TSV); default: src-tauri/xtask/data/
  --out DIR        where to write; default: assets/geo/
  --check          write nothing; exit 1 if the files in --out differ from a fresh generation

  passphrase:
  --packages DIR   a folder holding the four pinned archives (fetched there with npm and pip
                   when missing); default: a temporary folder
  --out DIR        where to write; default: assets/passphrase/

  rules-sign:
  --key-id ID      the id of the signing key (a key listed in legal/signed.rs)
  --pack FILE      the pack to sign; default: assets/rules/fr-teh.json
  --out FILE       the signed file to write (.passerelle-rules)
  stdin            the secret key, base64 (never on the command line)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let accepted: &[&str] = match task.as_str() {
        "geo" => &["--package", "--annuaire", "--out"],
        "passphrase" => &["--packages", "--out"],
        "rules-sign" => &["--key-id", "--pack", "--out"],
        "rules-keygen" => &[],
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut options = match Flags::parse(args, accepted) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("xtask: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = repo_root();
    let result = if task == "rules-keygen" {
        rules::keygen()
    } else if task == "rules-sign" {
        match (options.take("--key-id"), options.take("--out")) {
            (Some(key_id), Some(out)) => rules::sign(
                &options
                    .take("--pack")
                    .unwrap_or_else(|| root.join("assets/rules/fr-teh.json")),
                &key_id.to_string_lossy(),
                &out,
            ),
            _ => Err("--key-id and --out are needed".to_string()),
        }
    } else if task == "geo" {
        geo::run(&geo::Options {
            package: options.take("--package"),
            annuaire: options
                .take("--annuaire")
                .unwrap_or_else(|| root.join("src-tauri/xtask/data").join(geo::ANNUAIRE_FILE)),
            out: options
                .take("--out")
                .unwrap_or_else(|| root.join("assets/geo")),
            check: options.check,
        })
    } else {
        passphrase::run(&passphrase::Options {
            packages: options.take("--packages"),
            out: options
                .take("--out")
                .unwrap_or_else(|| root.join("assets/passphrase")),
            check: options.check,
        })
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("xtask {task}: {message}");
            ExitCode::from(1)
        }
    }
}

/// A task's command line: `--NAME PATH` for the names it accepts, and `--check`.
struct Flags {
    paths: Vec<(String, PathBuf)>,
    check: bool,
}

impl Flags {
    fn parse(mut args: impl Iterator<Item = String>, accepted: &[&str]) -> Result<Flags, String> {
        let mut flags = Flags {
            paths: Vec::new(),
            check: false,
        };
        while let Some(arg) = args.next() {
            if arg == "--check" {
                flags.check = true;
            } else if accepted.contains(&arg.as_str()) {
                let value = args.next().ok_or(format!("{arg} needs a value"))?;
                flags.paths.push((arg, PathBuf::from(value)));
            } else {
                return Err(format!("unknown option {arg}"));
            }
        }
        Ok(flags)
    }

    /// The last value given for `name`, if any.
    fn take(&mut self, name: &str) -> Option<PathBuf> {
        let at = self.paths.iter().rposition(|(n, _)| n == name)?;
        Some(self.paths.remove(at).1)
    }
}

/// The repository root: this crate lives in `src-tauri/xtask`.
fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
