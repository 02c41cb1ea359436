//! Command-line arguments, parsed by clap (derive): the verbs and flags of
//! ../shared/spec/case-file-and-cli.md.
//!
//! `--store`, `--today`, `--lang` and `--out` may stand anywhere, before or after the verb. What
//! a verb cannot do without (its case file, an id, `--out` for a PDF) is checked by the verb, so
//! that a missing one is a worded error (exit status 1) like any other; what clap cannot parse is
//! a usage error (exit status 2), worded here too.
//!
//! The doc comments below are for developers: the help a person reads comes from `cli.ftl`
//! (`cli-about-<verb>`, `cli-arg-<id>`), in the interface language.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Command, CommandFactory, FromArgMatches, Parser, Subcommand};

use passerelle_core::i18n::L10n;

use crate::words::Words;

/// Every form of the command, as `passerelle-cli help` shows them.
const SYNOPSIS: &str = "\
passerelle-cli [--today YYYY-MM-DD] [--lang L] assess|deadlines CASE.json
       passerelle-cli checklist CASE.json [--lang L] [--route ROUTE] [--out F.pdf]
       passerelle-cli letter CASE.json [--route ROUTE] [--association ASSOC.json] [--addressee madame|monsieur] [--sub-prefect-signs] --out F.pdf
       passerelle-cli support-letter CASE.json --association ASSOC.json [--route ROUTE] [--addressee madame|monsieur] [--sub-prefect-signs] --out F.pdf
       passerelle-cli consent CASE.json [--lang L] [--association ASSOC.json] --out F.pdf
       passerelle-cli prefecture QUERY
       passerelle-cli rules review-sheet --out F.pdf
       passerelle-cli --store DIR rules show|rollback
       passerelle-cli --store DIR rules import FILE
       passerelle-cli --store DIR init|list|audit|passphrase
       passerelle-cli --store DIR import CASE.json…
       passerelle-cli --store DIR export ID [--out FILE]
       passerelle-cli --store DIR delete ID
       passerelle-cli --store DIR backup --out FILE [--recovery-key]
       passerelle-cli --store DIR restore FILE [--recovery-key] [--set-aside-database]
       passerelle-cli --store DIR handover export ID --out FILE
       passerelle-cli --store DIR handover import FILE
       passerelle-cli --store DIR report --from YYYY-MM-DD --to YYYY-MM-DD [--out F.pdf|F.csv] [--association ASSOC.json]";

/// Headless Passerelle: the same core as the app, no window.
#[derive(Debug, Parser)]
#[command(
    name = "passerelle-cli",
    version,
    override_usage = SYNOPSIS,
    subcommand_required = true,
    arg_required_else_help = true
)]
pub struct Cli {
    /// The encrypted store (a directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// The date every computation uses (default: today).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = day)]
    pub today: Option<NaiveDate>,
    /// The language of labels (assess, deadlines, checklist), of the checklist's and consent
    /// record's second column, or of the prefecture notes.
    #[arg(long, global = true, value_name = "L")]
    pub lang: Option<String>,
    /// Where the output goes (default: standard output; a PDF needs it).
    #[arg(long, global = true, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(subcommand)]
    pub verb: Verb,
}

fn day(text: &str) -> Result<NaiveDate, &'static str> {
    // The parser's words are never shown: a refused `--today` is worded by `usage_error`. The
    // years the forms and the report take (review, 2026-12-04: `--today 0001-01-01` was taken).
    let day = passerelle_core::model::case::parse_day(text).ok_or("not a day")?;
    if !YEARS.contains(&day.year()) {
        return Err("year out of range");
    }
    Ok(day)
}

/// The years a day of the command line may be in, as in the app's forms and the report.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

/// A case file named on the command line.
#[derive(Debug, Args)]
pub struct CaseArg {
    /// The case file (passerelle.case/1).
    #[arg(value_name = "CASE.json")]
    pub case: Option<PathBuf>,
}

/// A case file, and what its documents may be given besides it.
#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// The case file (passerelle.case/1).
    #[arg(value_name = "CASE.json")]
    pub case: Option<PathBuf>,
    /// The route whose checklist or letter to give (default: the best-fitting one).
    #[arg(long, value_name = "ROUTE")]
    pub route: Option<String>,
    /// The association's profile (JSON) for the letters.
    #[arg(long, value_name = "ASSOC.json")]
    pub association: Option<PathBuf>,
    /// How the head of the competent office is addressed.
    #[arg(long, value_name = "madame|monsieur")]
    pub addressee: Option<String>,
    /// At a sub-prefecture, its own head signs the permits: the letter goes to the sub-prefect
    /// (by default, to the prefect of the département, who issues the permit).
    #[arg(long)]
    pub sub_prefect_signs: bool,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub enum Verb {
    /// Eligibility assessment (JSON)
    Assess(CaseArg),
    /// The case's dated deadlines (JSON)
    Deadlines(CaseArg),
    /// The document checklist as JSON, or with --out F.pdf as a PDF, French beside language L
    /// (default: the person's first language, else English)
    Checklist(DocumentArgs),
    /// The cover letter to the prefecture (PDF)
    Letter(DocumentArgs),
    /// The association's support letter (PDF)
    SupportLetter(DocumentArgs),
    /// The consent record (PDF): the notice in French beside the language it was given in, her
    /// recorded choices, two signature spaces
    Consent(DocumentArgs),
    /// The competent office for a postcode or commune name
    Prefecture {
        /// A postcode or a commune name.
        #[arg(value_name = "QUERY")]
        query: Vec<String>,
    },
    /// The rule pack: its review sheet for a jurist (PDF)
    Rules {
        #[command(subcommand)]
        action: Option<Rules>,
    },
    /// Create an encrypted store; prints the recovery key once (stdin: the new passphrase)
    Init {
        /// A database is in DIR without its key file: move it aside (never deleted) and create
        /// the store.
        #[arg(long)]
        set_aside_database: bool,
    },
    /// Add cases to the store, all or none, in one transaction; prints the id of each
    Import {
        /// The case files (passerelle.case/1).
        #[arg(value_name = "CASE.json")]
        cases: Vec<PathBuf>,
    },
    /// List the cases (id, name, next deadline)
    List,
    /// The case file of a stored case (NOT encrypted: it says so)
    Export {
        /// The case's id.
        #[arg(value_name = "ID")]
        id: Option<String>,
    },
    /// Encrypted backup of the whole store, read back and checked (stdin: the store passphrase,
    /// then the backup passphrase, or the recovery key)
    Backup {
        /// Seal the backup with the recovery key instead of a backup passphrase.
        #[arg(long)]
        recovery_key: bool,
    },
    /// Restore a backup into a new store DIR (stdin: the backup passphrase, or the recovery key,
    /// then the new store's passphrase)
    Restore {
        /// The backup file.
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// The backup opens with the recovery key.
        #[arg(long)]
        recovery_key: bool,
        /// A database is in DIR without its key file (a restore cut short, a key file lost):
        /// move it aside (never deleted) and restore.
        #[arg(long)]
        set_aside_database: bool,
    },
    /// One case as an encrypted bundle, or the case of a bundle added (stdin: the store
    /// passphrase, then the bundle passphrase agreed out of band)
    Handover {
        #[command(subcommand)]
        action: Option<Handover>,
    },
    /// Erase a case (nothing left in the files)
    Delete {
        /// The case's id.
        #[arg(value_name = "ID")]
        id: Option<String>,
    },
    /// The audit log as JSON, with its chain status
    Audit,
    /// Change the passphrase that opened the store (stdin: the store passphrase, then the new one)
    Passphrase,
    /// The association's activity report for a period: JSON, or with --out a PDF or a CSV
    Report {
        /// The period's first day.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
        from: Option<NaiveDate>,
        /// The period's last day.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
        to: Option<NaiveDate>,
        /// The association's profile (JSON) whose name heads the report (default: the one in
        /// the store's settings).
        #[arg(long, value_name = "ASSOC.json")]
        association: Option<PathBuf>,
    },
}

/// What the `rules` verb does.
#[derive(Debug, Subcommand)]
pub enum Rules {
    /// Every rule of the pack, one line each with a box to tick, and a signature block (PDF)
    ReviewSheet,
    /// The rule pack the store uses (JSON; stdin: the store passphrase)
    Show,
    /// Import a newer signed rule pack into the store and list the open cases it concerns
    /// (stdin: the store passphrase)
    Import {
        /// The signed pack file.
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Go back to the rule pack in use before the last import (stdin: the store passphrase)
    Rollback,
}

/// The two directions of a hand-over.
#[derive(Debug, Subcommand)]
pub enum Handover {
    /// Write case ID as an encrypted bundle to --out
    Export {
        /// The case's id.
        #[arg(value_name = "ID")]
        id: Option<String>,
    },
    /// Add the case of bundle FILE as a new case
    Import {
        /// The bundle.
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
}

/// True if and only if a passphrase was put on the command line (`--passphrase`, `--password`),
/// where any user can read it in `ps`: refused before anything is parsed, and never echoed.
pub fn passphrase_on_command_line(args: impl IntoIterator<Item = std::ffi::OsString>) -> bool {
    args.into_iter().any(|a| {
        let a = a.to_string_lossy();
        ["--passphrase", "--password"]
            .iter()
            .any(|flag| a == *flag || a.starts_with(&format!("{flag}=")))
    })
}

/// Parses `command_line` (the program first). Help and usage errors are printed here, worded in
/// `words`' language; `Err` is then the exit status: 0 after the help or the version, 2 after a
/// usage error.
pub fn parse(command_line: Vec<OsString>, words: &Words) -> Result<Cli, ExitCode> {
    let refused = |id: &str, arg: String| {
        words.say(id, &[("arg", arg)]);
        words.say("cli-error-see-help", &[]);
        Err(ExitCode::from(2))
    };
    // Given on both sides of the verb, a global option is not caught by the parser, which keeps
    // the last one (review, 2026-12-05: `--out a.json assess c.json --out b.json` wrote b.json
    // without a word).
    if let Some(option) = repeated_global(command_line.get(1..).unwrap_or_default()) {
        return refused("cli-error-repeated", option.to_string());
    }
    let mut command = Cli::command();
    for (verb, ids) in NOT_FOR_VERB {
        // Not shown in the verb's help: it is refused there ([`not_for_verb`]).
        command = command.mut_subcommand(verb, |mut c| {
            for id in ids {
                c = c.mut_arg(*id, |a| a.hide(true));
            }
            c
        });
    }
    command.build();
    let mut command = worded(command, words, "cli", &[]);
    let cli = command
        .try_get_matches_from_mut(help_of_help(command_line))
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|e| usage_error(&e, words))?;
    if let Some((option, verb)) = not_for_verb(&cli) {
        words.say(
            "cli-error-not-for-verb",
            &[("arg", option), ("verb", verb.to_string())],
        );
        words.say("cli-error-see-help", &[]);
        return Err(ExitCode::from(2));
    }
    if matches!(
        &cli.verb,
        Verb::Report {
            association: Some(_),
            ..
        }
    ) && cli
        .out
        .as_deref()
        .is_none_or(|out| out == std::path::Path::new("-"))
    {
        // The JSON report names no association: the profile would be read for nothing
        // (`--out -` is standard output, where the JSON goes).
        return refused("cli-error-association-needs-out", "--association".into());
    }
    Ok(cli)
}

/// The options every verb takes ([`Cli`]'s `global` ones).
const GLOBAL: [&str; 4] = ["--store", "--today", "--lang", "--out"];

/// The first global option `args` (the command line, without the program) give more than once,
/// as `--out F` or `--out=F`, wherever they stand.
fn repeated_global(args: &[OsString]) -> Option<&'static str> {
    let mut seen = Vec::new();
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let Some(option) = GLOBAL
            .iter()
            .find(|o| arg == **o || arg.starts_with(&format!("{o}=")))
        else {
            continue;
        };
        if seen.contains(option) {
            return Some(option);
        }
        seen.push(option);
        if arg == *option {
            args.next();
        }
    }
    None
}

/// `help --help` (or `-h`), at the top or below a verb (`rules help --help`), is the help of the
/// help: as `help` alone gives it (review, 2026-12-04: « commande inconnue : « --help » »). A
/// `--lang` there has already chosen the help's language ([`Words::choose`]).
fn help_of_help(command_line: Vec<OsString>) -> Vec<OsString> {
    let words = crate::words::positionals(command_line.get(1..).unwrap_or_default());
    let asks_help = match words.as_slice() {
        [first, ..] if first == "help" => true,
        [first, second, ..] => second == "help" && matches!(first.as_str(), "rules" | "handover"),
        _ => false,
    };
    if !asks_help {
        return command_line;
    }
    let mut kept = Vec::with_capacity(command_line.len());
    let mut args = command_line.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            args.next();
        } else if !(arg == "--help" || arg == "-h" || arg.to_string_lossy().starts_with("--lang="))
        {
            kept.push(arg);
        }
    }
    kept
}

/// The options a verb's document does not use, by the parser's id: the checklist has no
/// addressee, association or signer, the consent record no route, addressee or signer.
const NOT_FOR_VERB: [(&str, &[&str]); 2] = [
    (
        "checklist",
        &["association", "addressee", "sub_prefect_signs"],
    ),
    ("consent", &["route", "addressee", "sub_prefect_signs"]),
];

/// An option the verb's document does not use ([`NOT_FOR_VERB`]), as typed, and the verb.
/// Refused rather than passed over, so that no one believes it was applied (review,
/// 2026-12-04).
fn not_for_verb(cli: &Cli) -> Option<(String, &'static str)> {
    let (verb, doc) = match &cli.verb {
        Verb::Checklist(doc) => ("checklist", doc),
        Verb::Consent(doc) => ("consent", doc),
        // Nothing to write: refused before anything is asked, rather than the passphrase
        // changed and a failed write then said as a failure (adversarial review, 2026-12-06).
        Verb::Passphrase if cli.out.is_some() => return Some(("--out".into(), "passphrase")),
        _ => return None,
    };
    let given = |id: &str| match id {
        "route" => doc.route.is_some(),
        "association" => doc.association.is_some(),
        "addressee" => doc.addressee.is_some(),
        "sub_prefect_signs" => doc.sub_prefect_signs,
        _ => false,
    };
    let (_, ids) = NOT_FOR_VERB.iter().find(|(v, _)| *v == verb)?;
    ids.iter()
        .find(|id| given(id))
        .map(|id| (format!("--{}", id.replace('_', "-")), verb))
}

/// `command` with its help in `words`' language: `cli-about-<key>` for the verb `key` names
/// (`cli` for the program itself, `handover-export` for a verb of a verb), `cli-arg-<key>-<id>`
/// or else `cli-arg-<id>` for each argument, the headings and the usage line's
/// label; the same for its verbs, down the tree (the built-in `help` verb and flags included).
/// A verb's usage line is its own lines of [`SYNOPSIS`] (`path`: the verb and the verbs above it),
/// not the parser's « [OPTIONS] ».
fn worded(mut command: Command, words: &Words, key: &str, path: &[String]) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        words.t("cli-usage-heading", &[])
    );
    command = command
        .about(words.t(&format!("cli-about-{key}"), &[]))
        .long_about(None)
        .help_template(template)
        .subcommand_help_heading(words.t("cli-heading-verbs", &[]))
        .subcommand_value_name(words.t("cli-value-verb", &[]));
    if key == "cli" {
        command = command
            .after_help(words.t("cli-after-help", &[]))
            .override_usage(placeholders(SYNOPSIS, words));
    } else if let Some(lines) = synopsis_of(path) {
        command = command.override_usage(placeholders(&lines, words));
    }
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in arguments {
        let id_words = id.replace('_', "-");
        let specific = format!("cli-arg-{key}-{id_words}");
        let help = if L10n::get().has(words.lang, &specific) {
            words.t(&specific, &[])
        } else {
            words.t(&format!("cli-arg-{id_words}"), &[])
        };
        command = command.mut_arg(id, |a| {
            let names: Vec<String> = a
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|name| placeholders(name.as_str(), words))
                .collect();
            // The recovery key is never written to a file: `--out` is refused by `init` and
            // `restore`, and not offered in their help (review, 2026-12-05).
            let refused = id_words == "out" && matches!(key, "init" | "restore");
            let hidden = a.is_hide_set() || refused;
            let a = a
                .help(help)
                .long_help(None)
                .hide(hidden)
                .help_heading(words.t("cli-heading-options", &[]));
            if names.is_empty() {
                a
            } else {
                a.value_names(names)
            }
        });
    }
    let verbs: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for verb in verbs {
        let mut below = path.to_vec();
        below.push(verb.clone());
        // The built-in `help` lists the verbs again below itself (`help assess`, `rules help
        // show`): their words are the verbs' own (review, 2026-12-05: `help help` printed
        // `cli-about-help-assess`).
        let last = below.len() - 1;
        let sub = below
            .iter()
            .enumerate()
            .filter(|(i, v)| *i == last || v.as_str() != "help")
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join("-");
        command = command.mut_subcommand(&verb, |c| worded(c, words, &sub, &below));
    }
    command
}

/// The words of the help's placeholders (`--store DIR`, `CASE.json`, `--today YYYY-MM-DD`), each
/// with its message: a French help reads `--store COFFRE`, `DOSSIER.json`, `AAAA-MM-JJ`.
const PLACEHOLDERS: [(&str, &str); 8] = [
    ("YYYY-MM-DD", "cli-value-day"),
    ("DIR", "cli-value-dir"),
    ("FILE", "cli-value-file"),
    ("CASE", "cli-value-case"),
    ("ASSOC", "cli-value-association"),
    ("ID", "cli-value-id"),
    ("ROUTE", "cli-value-route"),
    ("QUERY", "cli-value-query"),
];

/// `text` with each placeholder of [`PLACEHOLDERS`] worded in `words`' language: whole words of
/// capitals only (`CASE` in `CASE.json`, never inside another word), in one pass, so that a
/// worded placeholder is never worded again.
fn placeholders(text: &str, words: &Words) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_uppercase()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let run = rest
            .find(|c: char| !(c.is_ascii_uppercase() || c == '-'))
            .unwrap_or(rest.len());
        let word = rest[..run].trim_end_matches('-');
        let before = out.chars().next_back();
        let after = rest[word.len()..].chars().next();
        let alone =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        match PLACEHOLDERS.iter().find(|(token, _)| *token == word) {
            Some((_, id)) if alone => out.push_str(&words.t(id, &[])),
            _ => out.push_str(word),
        }
        rest = &rest[word.len()..];
    }
    out.push_str(rest);
    out
}

/// The lines of [`SYNOPSIS`] that name the verbs of `path` one after the other (`checklist`;
/// `handover export`; `rules`, all three of its lines), an alternative included (`show` in
/// `show|rollback`); `None` if none does (the built-in `help`).
fn synopsis_of(path: &[String]) -> Option<String> {
    let names = |words: &[&str]| {
        words
            .iter()
            .zip(path)
            .all(|(word, verb)| word.split('|').any(|alt| alt == verb))
    };
    // The verbs come first after the program and its global options (`--store DIR`, `[…]`): a
    // verb's own lines, never those where it names a verb below another (review, 2026-12-05:
    // `help import` listed `rules import` and `handover import`).
    let verbs_of = |line: &str| -> Vec<String> {
        let mut bracket = false;
        let mut skip_value = false;
        let mut out = Vec::new();
        for word in line.split_whitespace().skip(1) {
            if bracket || word.starts_with('[') {
                bracket = !word.ends_with(']');
            } else if skip_value {
                skip_value = false;
            } else if word == "--store" {
                skip_value = true;
            } else {
                out.push(word.to_string());
            }
        }
        out
    };
    let lines: Vec<&str> = SYNOPSIS
        .lines()
        .map(str::trim)
        .filter(|line| {
            let words = verbs_of(line);
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            !path.is_empty() && words.len() >= path.len() && names(&words[..path.len()])
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n       "))
}

/// Prints what clap stopped on, worded, and gives the exit status.
fn usage_error(e: &clap::Error, words: &Words) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(" "),
        _ => String::new(),
    };
    // `--out <FILE>`: the option, without its value's name.
    let argument = context(ContextKind::InvalidArg)
        .split(' ')
        .next()
        .unwrap_or("")
        .to_string();
    let (id, arg) = match e.kind() {
        ErrorKind::UnknownArgument => ("cli-error-unknown-argument", argument),
        // `--out a.json --out b.json`: which one counts would be a guess.
        ErrorKind::ArgumentConflict if !argument.is_empty() => ("cli-error-repeated", argument),
        ErrorKind::InvalidSubcommand => (
            "cli-error-unknown-verb",
            context(ContextKind::InvalidSubcommand),
        ),
        ErrorKind::InvalidValue if context(ContextKind::InvalidValue).is_empty() => {
            ("cli-error-missing-value", argument)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
            if matches!(argument.as_str(), "--today" | "--from" | "--to") =>
        {
            // Written as asked but not in the calendar (2026-02-29): said as such, not « write
            // it YYYY-MM-DD » (review, 2026-12-04).
            let value = context(ContextKind::InvalidValue);
            let shaped = value.len() == 10
                && value.bytes().enumerate().all(|(i, b)| {
                    matches!(i, 4 | 7) == (b == b'-') && (b == b'-' || b.is_ascii_digit())
                });
            let in_calendar = passerelle_core::model::case::parse_day(&value).is_some();
            match (shaped, in_calendar) {
                (true, true) => ("cli-error-year-out-of-range", argument),
                (true, false) => ("cli-error-no-such-day", argument),
                (false, _) => ("cli-error-invalid-day", argument),
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            ("cli-error-invalid-value", argument)
        }
        _ => ("cli-error-usage", argument),
    };
    words.say(id, &[("arg", arg)]);
    words.say("cli-error-see-help", &[]);
    ExitCode::from(2)
}
