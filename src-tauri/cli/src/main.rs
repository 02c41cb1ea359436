//! `passerelle-cli`: the same core as the app, with no window (../shared/spec/case-file-and-cli.md).
//!
//! Output is JSON on standard output unless `--out FILE` is given; errors go to standard error,
//! translated (French unless `LANG` asks for English), with a non-zero exit status. Passphrases are
//! never taken from the command line: they are read from standard input (one per line) when it is
//! not a terminal, and prompted for otherwise, without echo.

mod args;
mod legal;
mod passphrase;
mod prefecture;
mod store;
mod vault_ops;

use std::io::Write;
use std::process::ExitCode;

use passerelle_core::i18n::L10n;
use passerelle_core::Error;

use args::Args;

/// What a verb produces.
pub enum Output {
    /// A JSON value for standard output (or `--out`).
    Json(serde_json::Value),
    /// Raw bytes for `--out`, or standard output without it.
    Bytes(Vec<u8>),
    /// A PDF: written to `--out` only, directly (no file beside it: it holds personal data).
    Pdf(Vec<u8>),
    /// Nothing more to print.
    Done,
    /// A JSON report for standard output even when `--out` is given (`--out` named the file the
    /// verb wrote: a backup, a bundle).
    Report(serde_json::Value),
}

fn main() -> ExitCode {
    passerelle_core::hardening::disable_core_dumps();
    // A bug must end in a translated error and exit status 1, not a backtrace and status 101.
    passerelle_core::error::install_panic_hook();
    let lang = L10n::negotiate_ui(&std::env::var("LANG").unwrap_or_default());
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(usage) => {
            eprintln!("{usage}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let run: fn(&Args) -> Result<Output, Error> = match args.verb.as_str() {
        "init" | "import" | "list" | "export" => store::run,
        "assess" | "deadlines" | "checklist" | "letter" | "support-letter" | "consent" => {
            legal::run
        }
        "prefecture" => prefecture::run,
        "backup" | "restore" | "handover" | "delete" | "audit" => vault_ops::run,
        "help" | "--help" | "-h" => {
            println!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        other => {
            eprintln!("unknown command: {other}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match passerelle_core::error::catch_panic(|| run(&args).and_then(|out| emit(&args, out))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e, lang);
            ExitCode::from(1)
        }
    }
}

fn emit(args: &Args, out: Output) -> Result<(), Error> {
    let bytes = match out {
        Output::Done => return Ok(()),
        Output::Pdf(pdf) => {
            // Not `write_atomically`: its temporary file would be a second copy of the person's
            // data on disk. A crash leaves at worst a truncated PDF at the path asked for.
            let path = args
                .out
                .as_ref()
                .ok_or(Error::Required { field: "--out" })?;
            std::fs::write(path, pdf)?;
            return Ok(());
        }
        Output::Report(v) => {
            let mut s = serde_json::to_string_pretty(&v).map_err(|_| Error::Internal("json"))?;
            s.push('\n');
            std::io::stdout().write_all(s.as_bytes())?;
            return Ok(());
        }
        Output::Bytes(b) => b,
        Output::Json(v) => {
            let mut s = serde_json::to_string_pretty(&v).map_err(|_| Error::Internal("json"))?;
            s.push('\n');
            s.into_bytes()
        }
    };
    match &args.out {
        // Written in place, like the PDFs: a temporary file beside it would be a second copy of
        // what may be personal data (an unencrypted case file).
        Some(path) => Ok(std::fs::write(path, &bytes)?),
        None => {
            std::io::stdout().write_all(&bytes)?;
            Ok(())
        }
    }
}

/// Prints a translated error on standard error. Never prints personal data: messages carry codes,
/// field paths and counts only.
fn report(e: &Error, lang: &str) {
    eprintln!(
        "passerelle-cli: {} [{}]",
        e.localized_message(lang),
        e.code()
    );
}
