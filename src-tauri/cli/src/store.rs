//! The encrypted store from the command line: `init`, `import` (one file or many at once), `list`,
//! `export`, `delete`, `backup`, `restore`, `handover export|import`, `audit`, `passphrase`,
//! through the same application layer as the app (docs/vault-operations.md).
//!
//! Secrets come from standard input, one per line, in the order the spec gives: the store's
//! passphrase first, then, for `backup`, the backup passphrase (or the recovery key with
//! `--recovery-key`) and, for `handover`, the bundle's; for `restore`, the backup passphrase (or
//! recovery key) then the new store's passphrase. Progress goes to standard error. The app, and
//! the key with it, is dropped before anything is printed.

use std::path::{Path, PathBuf};

use passerelle_core::app::backup::{self, Progress, Stage};
use passerelle_core::app::cases::{self, Sort};
use passerelle_core::app::report::{self, ReportFormat};
use passerelle_core::app::{
    audit, handover, index, rules, session, settings, App, ErrorView, FileOffer, FrontEnd,
    GivenFile,
};
use passerelle_core::error::{Field, Invalid, Named};
use passerelle_core::vault::Secret;
use passerelle_core::{Error, FixedDay, Result};
use serde_json::json;

use crate::args::{Cli, Handover, Rules, Verb};
use crate::legal::read_case_file;
use crate::passphrase::Passphrases;
use crate::words::Words;
use crate::{write_out, Output};

pub fn run(cli: &Cli, words: &Words) -> Result<Output> {
    let lang = words.labels(cli)?;
    let dir = cli
        .store
        .as_ref()
        .ok_or(Error::required(Field::Named(Named::CliStore)))?;
    // A file where the store's folder should be: said so, not « vérifiez l'espace disque » once
    // a creation fails on it, nor « aucun coffre » (CLI review, 2026-12-07).
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        return Err(Error::invalid(
            Field::Named(Named::CliStore),
            Invalid::StoreIsAFile,
        ));
    }
    let mut app = App::new(dir).with_language(lang);
    if let Some(day) = cli.today {
        app = app.with_clock(FixedDay(day));
    }
    let mut input = Passphrases::from_stdin(*words);
    // A file to write where it may not go (the store's folder, the file the verb reads) is
    // refused before the passphrase is asked and the key derived (review, 2026-12-04).
    crate::checked_out(cli)?;
    // The folder the output goes to, too (review, 2026-12-05: `export ID --out nodir/a.json`
    // asked for the passphrase, derived the key, then said the folder was missing). `init` and
    // `restore` refuse `--out` themselves.
    if let (Some(out), false) = (
        &cli.out,
        matches!(cli.verb, Verb::Init { .. } | Verb::Restore { .. }),
    ) {
        folder_exists(out)?;
    }
    match &cli.verb {
        Verb::Init { set_aside_database } => init(&app, cli, dir, *set_aside_database, &mut input),
        Verb::Import { cases } => import(&app, cases, words, &mut input),
        Verb::List => {
            let names = list(&app, &mut input)?;
            if cli.out.is_some() && !crate::out_is_stdout(cli) {
                // The names in clear, in a file: it says so, as `export` does (review,
                // 2026-12-04).
                words.say("cli-not-encrypted", &[]);
            }
            Ok(names)
        }
        Verb::Export { id } => {
            let id = required(id, Named::CliId)?;
            unlock(&app, &mut input)?;
            export_to_out(cli, |write| cases::export_file(&app.request(), id, write))?;
            words.say("cli-not-encrypted", &[]);
            Ok(Output::Done)
        }
        Verb::Delete { id } => {
            let id = required(id, Named::CliId)?;
            unlock(&app, &mut input)?;
            cases::delete(&app.request(), id)?;
            Ok(Output::Json(json!({ "deleted": id })))
        }
        Verb::Passphrase => change_passphrase(&app, &mut input),
        Verb::Audit => {
            unlock(&app, &mut input)?;
            export_to_out(cli, |write| audit::export(&app.request(), write))?;
            Ok(Output::Done)
        }
        Verb::Report {
            from,
            to,
            association,
        } => {
            let (from, to) = (
                *required(from, Named::CliFrom)?,
                *required(to, Named::CliTo)?,
            );
            // A period the report refuses is said before the passphrase is asked, by the
            // option that ends it.
            passerelle_core::report::Period::new(from, to).map_err(|e| match e {
                Error::InvalidField { reason, .. } => {
                    Error::invalid(Field::Named(Named::CliTo), reason)
                }
                e => e,
            })?;
            match crate::checked_out(cli)? {
                None => {
                    unlock(&app, &mut input)?;
                    let facts = report::facts(&app.request(), from, to)?;
                    Ok(Output::Json(
                        serde_json::to_value(facts).map_err(|_| Error::Internal("json"))?,
                    ))
                }
                Some(path) => {
                    // The format is the one `--out` names: said of that option.
                    let format = ReportFormat::of_file_name(&path.to_string_lossy()).map_err(
                        |e| match e {
                            Error::InvalidField { reason, .. } => {
                                Error::invalid(Field::Named(Named::CliOut), reason)
                            }
                            e => e,
                        },
                    )?;
                    let association = association
                        .as_deref()
                        .map(|file| {
                            crate::legal::read_association(file).inspect_err(|_| {
                                words.say("cli-in-file", &[("file", file.display().to_string())]);
                            })
                        })
                        .transpose()?;
                    unlock(&app, &mut input)?;
                    if association.is_none() && settings::association(&app.request())?.is_none() {
                        // Standard error, no data: the app's settings are not the command
                        // line's way (review, 2026-12-04: the report asked for « Réglages »).
                        words.say("cli-report-no-association", &[]);
                    }
                    // It identifies no one; written beside, then renamed (`write_file`).
                    let name = association.as_ref().map(|a| a.name.as_str());
                    let facts = report::write(&app.request(), (from, to), format, name, |bytes| {
                        crate::write_file(path, bytes)
                    })?;
                    let digest = report::figures(&facts);
                    if let Some(earlier) =
                        report::overlapping(&app.request(), from, to, Some(&digest))?
                    {
                        // Standard error, no data: two overlapping periods can be subtracted.
                        let day = |d| passerelle_core::i18n::format::date_long(d, words.lang);
                        words.say(
                            "cli-report-overlap",
                            &[("from", day(earlier.from)), ("to", day(earlier.to))],
                        );
                    }
                    Ok(Output::Report(json!({
                        "file": path.display().to_string(),
                        "format": format.code(),
                        "tooSmall": facts.too_small,
                    })))
                }
            }
        }
        Verb::Backup { recovery_key } => backup(&app, cli, *recovery_key, &mut input),
        Verb::Restore {
            file,
            recovery_key,
            set_aside_database,
        } => restore(
            &app,
            cli,
            dir,
            required(file, Named::CliFile)?,
            (*recovery_key, *set_aside_database),
            &mut input,
        ),
        Verb::Rules {
            action: Some(action),
        } => {
            if let Rules::Import { file: Some(file) } = action {
                readable(file)?;
            }
            unlock(&app, &mut input)?;
            let req = app.request();
            let value = match action {
                Rules::Show => serde_json::to_value(rules::show(&req)?),
                Rules::Import { file } => {
                    let file = required(file, Named::CliFile)?;
                    let changed = rules::import(&req, &mut GivenFile(file))?
                        .ok_or(Error::Internal("a given file is never cancelled"))?;
                    let notices = rules::notices(&req)?;
                    serde_json::to_value(json!({ "changed": changed, "cases": notices.cases }))
                }
                Rules::Rollback => serde_json::to_value(rules::rollback(&req)?),
                Rules::ReviewSheet => return Err(Error::Internal("not a store command")),
            };
            Ok(Output::Json(value.map_err(|_| Error::Internal("json"))?))
        }
        Verb::Handover { action } => match action {
            Some(Handover::Export { id }) => handover_export(&app, cli, id, &mut input),
            Some(Handover::Import { file }) => {
                let file = required(file, Named::CliFile)?;
                readable(file)?;
                unlock(&app, &mut input)?;
                let passphrase =
                    typed(&mut input, "cli-prompt-bundle", Named::CliBundlePassphrase)?;
                let id =
                    handover::import(&app.request(), &passphrase, &mut Given::new(file, *words))?;
                // The same bundle received twice, or a person already followed here: said, as
                // `import` says it (review, 2026-12-04: three identical cases, no word).
                if let Some(id) = &id {
                    if let Ok(others) = cases::namesakes_of(&app.request(), id) {
                        say_namesakes(words, file, &others);
                    }
                    // And a person who refused that her case be kept, as `import` says it
                    // (CLI review, 2026-12-07: received without a word).
                    if cases::storage_refused(&app.request(), id).unwrap_or(false) {
                        words.say(
                            "cli-import-storage-refused",
                            &[("file", file.display().to_string()), ("id", id.clone())],
                        );
                    }
                }
                Ok(Output::Json(json!({ "id": id })))
            }
            None => Err(Error::required(Field::Named(Named::CliHandoverAction))),
        },
        _ => Err(Error::Internal("not a store command")),
    }
}

/// Runs `export`, which writes through the writer it is given and records the export in the
/// same transaction. A file `--out` names is written beside it and put in its place only once
/// the export is recorded: a record that fails (a full disk: the file fitted, the log's commit
/// did not) leaves neither a case in clear that the log does not show (data-loss review,
/// 2026-12-05: « Rien n'a été perdu ; réessayez », and the case in clear in `--out`) nor a file
/// of that name taken away (code review: removing the new file had lost the old one). Standard
/// output, a pipe or a device is written to as it is.
fn export_to_out(
    cli: &Cli,
    export: impl FnOnce(&mut dyn FnMut(&[u8]) -> Result<()>) -> Result<()>,
) -> Result<()> {
    let path = match crate::checked_out(cli)? {
        Some(path) if crate::replaced_whole(path) => path,
        _ => return export(&mut |bytes| write_out(cli, bytes)),
    };
    passerelle_core::app::placed_once_recorded(path, export)
}

/// `--out`, which names the file a backup or a bundle is written to.
fn out(cli: &Cli) -> Result<&Path> {
    cli.out
        .as_deref()
        .ok_or(Error::required(Field::Named(Named::CliOut)))
}

fn required<T>(value: &Option<T>, field: Named) -> Result<&T> {
    value.as_ref().ok_or(Error::required(Field::Named(field)))
}

/// `passphrase`: the passphrase that opened the store replaced by a new one, judged and typed
/// as `init`'s (twice at a terminal). The store's other passphrases and its recovery key stay as
/// they are; the journal records the change, as the app's « Changer la phrase de passe ».
fn change_passphrase(app: &App, input: &mut Passphrases) -> Result<Output> {
    let current = unlock(app, input)?;
    let new = new_secret(input, "cli-prompt-new", Named::CliChangedPassphrase)?;
    session::change_passphrase(&app.request(), &current, &new)?;
    Ok(Output::Json(json!({ "passphraseChanged": true })))
}

/// Unlocks with the store passphrase, the next line of standard input, and gives it back
/// (`passphrase` asks the vault for it again).
fn unlock(app: &App, input: &mut Passphrases) -> Result<zeroize::Zeroizing<String>> {
    if !app.store_exists() {
        // A database without its key file is not « no store »: say what is missing.
        return Err(app.why_no_store());
    }
    // Nothing typed (an empty standard input) is no passphrase, not a wrong one: the use case
    // says so without counting it.
    let secret = read(input, "cli-prompt-store", Named::CliStorePassphrase)?;
    // No recovery key waits here: the command line never locks while a store is being created.
    // The use case names the app's passphrase field; here it is standard input's first line
    // (review, 2026-12-05: « Champ obligatoire : phrase de passe »).
    let unlocked = session::unlock(&app.request(), Some(&secret), None).map_err(|e| match e {
        Error::Required {
            field: Field::Named(Named::Passphrase),
        } => Error::required(Field::Named(Named::CliStorePassphrase)),
        e => e,
    })?;
    // A store whose recovery key was never shown (an `init` or a `restore` killed after its key
    // file, before printing it; adversarial review, 2026-12-07): the command line cannot issue a
    // new one, the app can, and says so at its next unlock.
    if unlocked.recovery_key_unconfirmed {
        input.words().say("cli-recovery-key-unconfirmed", &[]);
    }
    // Said as the app says it: someone may have tried to reach the vault (review, 2026-12-06).
    if let Some(was) = session::info(&app.request())?.key_file_restored {
        input
            .words()
            .say("key-file-restored", &[("was", was.as_str().to_string())]);
    }
    Ok(secret)
}

/// The next secret for a backup: a passphrase, or the recovery key with `--recovery-key`.
fn backup_secret(
    input: &mut Passphrases,
    recovery_key: bool,
) -> Result<zeroize::Zeroizing<String>> {
    if recovery_key {
        typed(input, "cli-prompt-recovery-key", Named::CliRecoveryKey)
    } else {
        typed(input, "cli-prompt-backup", Named::CliBackupPassphrase)
    }
}

/// The next secret, which must be given: nothing typed (an empty line, the end of standard
/// input) is « no passphrase », said as such, never « too weak » nor « wrong » (review,
/// 2026-12-04), and nothing is tried with it.
fn typed(
    input: &mut Passphrases,
    prompt_id: &str,
    field: Named,
) -> Result<zeroize::Zeroizing<String>> {
    let secret = read(input, prompt_id, field)?;
    if secret.trim().is_empty() {
        return Err(Error::required(Field::Named(field)));
    }
    Ok(secret)
}

/// A new secret (a store's, a backup's, a bundle's): at a terminal it is typed twice, so that
/// one typo does not seal a backup nobody can open (review, 2026-12-04: asked once, the backup's
/// read-back check used the same mistyped passphrase). From a pipe, once: a script gives it.
fn new_secret(
    input: &mut Passphrases,
    prompt_id: &str,
    field: Named,
) -> Result<zeroize::Zeroizing<String>> {
    use std::io::IsTerminal;
    let first = typed(input, prompt_id, field)?;
    // Asked again at once: between two prompts the terminal echoes, and what was typed ahead
    // while the meter judged showed in clear (adversarial review, 2026-12-06).
    if std::io::stdin().is_terminal() {
        let again = read(input, "cli-prompt-again", field)?;
        if again.as_str() != first.as_str() {
            return Err(Error::EntriesDiffer);
        }
    }
    // Judged before it is used: the reasons the app's meter gives are said too, since « at
    // least 12 characters » alone does not tell what to change in a long one (review,
    // 2026-12-04: « nouveau coffre été bleu », 23 characters, refused without a why).
    match session::may_become_passphrase(&first) {
        Ok(()) => Ok(first),
        Err(Error::FieldTooLong { .. }) => Err(too_long(field)),
        Err(Error::PassphraseTooWeak) => {
            say_why_weak(&input.words(), &session::strength(&first));
            Err(Error::PassphraseTooWeak)
        }
        Err(e) => Err(e),
    }
}

/// What makes a refused passphrase easy to guess, and what to do, on standard error: the
/// strength meter's words.
fn say_why_weak(words: &Words, strength: &passerelle_core::vault::strength::Strength) {
    let mut lines: Vec<String> = Vec::new();
    if !strength.reasons.is_empty() {
        let reasons: Vec<String> = strength.reasons.iter().map(|id| words.t(id, &[])).collect();
        lines.push(format!(
            "{} {}.",
            words.t("strength-why-title", &[]),
            reasons.join(if words.lang == "fr" {
                "\u{202F}; "
            } else {
                "; "
            })
        ));
    }
    lines.extend(strength.hints.iter().map(|id| words.t(id, &[])));
    for line in lines {
        crate::words::line(&line);
    }
}

/// The file a verb reads, checked before any passphrase is asked: a name mistyped is said with
/// the file named, not after the key derivation as a disk error (review, 2026-12-04).
fn readable(file: &Path) -> Result<()> {
    // A folder opens as a file on Unix: said as a folder, before the key derivation (data-loss
    // review, 2026-12-05: `restore DIR` failed after it, naming no file). A named pipe is
    // refused unopened: opened here, then again to be read, it waited forever.
    Error::refuse_unless_a_file(file)?;
    std::fs::File::open(file)
        .map(drop)
        .map_err(|e| Error::file_access(file, &e))
}

fn is_a_folder() -> std::io::Error {
    std::io::Error::from(std::io::ErrorKind::IsADirectory)
}

/// The folder a verb writes `out` into, checked the same way.
fn folder_exists(out: &Path) -> Result<()> {
    let folder = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A file where the folder should be is said here too, before the key derivation (review,
    // 2026-12-07: `backup --out fichier/s.passerelle` failed after it).
    let not_a_folder = || std::io::Error::from(std::io::ErrorKind::NotADirectory);
    std::fs::metadata(folder)
        .and_then(|m| {
            if m.is_dir() {
                Ok(())
            } else {
                Err(not_a_folder())
            }
        })
        .map_err(|e| Error::file_access(out, &e))?;
    // `--out` naming a folder is said before the passphrase is asked (data-loss review,
    // 2026-12-05: `backup --out DIR` failed after the key derivation, naming no file).
    if std::fs::metadata(out).is_ok_and(|m| m.is_dir()) {
        return Err(Error::file_access(out, &is_a_folder()));
    }
    Ok(())
}

/// The next secret as typed. A line that is not UTF-8 (a file saved as Latin-1 and piped in)
/// is said as such, not as a disk error (review, 2026-12-04).
fn read(
    input: &mut Passphrases,
    prompt_id: &str,
    field: Named,
) -> Result<zeroize::Zeroizing<String>> {
    input.next(prompt_id).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => Error::invalid(Field::Named(field), Invalid::NotUtf8),
        std::io::ErrorKind::InvalidInput
            if e.get_ref()
                .is_some_and(|e| e.is::<crate::passphrase::TooLong>()) =>
        {
            too_long(field)
        }
        // Ctrl+D at the prompt: nothing typed, not a disk's failure.
        std::io::ErrorKind::UnexpectedEof => Error::required(Field::Named(field)),
        _ => Error::from(e),
    })
}

/// A secret longer than any passphrase can be (`strength::MAX_CHARS`), named as the command
/// line names it.
fn too_long(field: Named) -> Error {
    let max = passerelle_core::vault::strength::MAX_CHARS as u32;
    Error::invalid(Field::Named(field), Invalid::TooLong { max })
}

fn secret(typed: &str, recovery_key: bool) -> Secret<'_> {
    if recovery_key {
        Secret::RecoveryKey(typed)
    } else {
        Secret::Passphrase(typed)
    }
}

/// The command line as the use cases see it: the file a verb was given is the answer to every
/// "where?", and progress goes to standard error, each step once, then every tenth of the work.
struct Given<'a> {
    file: &'a Path,
    last: Option<(Stage, u64)>,
    /// Whether the last stage said gave a count (a percentage).
    counted: bool,
    words: Words,
}

impl<'a> Given<'a> {
    fn new(file: &'a Path, words: Words) -> Self {
        Given {
            file,
            last: None,
            counted: false,
            words,
        }
    }
}

/// What a use case returns when its front end was given its file: it never cancels.
fn given<T>(value: Option<T>) -> Result<T> {
    value.ok_or(Error::Internal("a given file was not used"))
}

impl FrontEnd for Given<'_> {
    fn save_to(&mut self, _: &FileOffer) -> Option<PathBuf> {
        Some(self.file.to_path_buf())
    }

    fn open_from(&mut self, _: &FileOffer) -> Option<PathBuf> {
        Some(self.file.to_path_buf())
    }

    fn progress(&mut self, p: Progress) {
        let tenth = (p.done * 10).checked_div(p.total).unwrap_or(0);
        if self.last == Some((p.stage, tenth)) {
            return;
        }
        // A stage that reports only its start (the key derivation: Argon2 says nothing until it
        // ends) is over when the next one begins: said at 100 % then, so that no line stays at
        // 0 % (review, 2026-12-04).
        if let Some((stage, last_tenth)) = self.last {
            if stage != p.stage && last_tenth < 10 && self.counted {
                self.say_progress(stage, Some(10));
            }
        }
        self.last = Some((p.stage, tenth));
        self.counted = p.total > 0;
        self.say_progress(p.stage, (p.total > 0).then_some(tenth));
    }
}

impl Given<'_> {
    /// « dérivation de la clé : 40 % », or « copie en mémoire… » for a stage without a count.
    fn say_progress(&self, stage: Stage, tenth: Option<u64>) {
        let stage = match stage {
            Stage::Snapshot => "snapshot",
            Stage::DeriveKey => "derive-key",
            Stage::Write => "write",
            Stage::Verify => "verify",
            Stage::Read => "read",
            Stage::Restore => "restore",
        };
        let step = self.words.t(&format!("cli-stage-{stage}"), &[]);
        match tenth {
            None => self.words.say("cli-progress-start", &[("step", step)]),
            Some(tenth) => {
                let percent = (tenth * 10).to_string();
                self.words
                    .say("cli-progress", &[("step", step), ("percent", percent)]);
            }
        }
    }
}

/// `init`: a database found without its key file is refused (« fichier de clés introuvable »)
/// unless `--set-aside-database` says to move it aside; it is never deleted.
fn init(
    app: &App,
    cli: &Cli,
    dir: &Path,
    set_aside: bool,
    input: &mut Passphrases,
) -> Result<Output> {
    key_never_in_a_file(cli)?;
    if app.store_exists() {
        return Err(Error::StoreExists);
    }
    if app.key_file_missing() && !set_aside {
        return Err(Error::KeyFileMissing);
    }
    a_folder_of_its_own(dir)?;
    // Judged before anything is moved: a weak passphrase leaves the directory as it was.
    let passphrase = new_secret(input, "cli-prompt-new", Named::CliNewPassphrase)?;
    let set_aside = if set_aside && app.key_file_missing() {
        Some(session::set_aside_database(&app.request())?)
    } else {
        None
    };
    let cut_short_before = cut_short_databases(dir);
    let created = session::create(&app.request(), &passphrase)?;
    let set_aside = set_aside.or_else(|| moved_aside_now(dir, &cut_short_before, input));
    show_recovery_key(
        app,
        input,
        "created",
        &json!({
            "store": dir.display().to_string(),
            "recoveryKey": created.recovery_key,
            "kdf": created.kdf,
            "setAside": set_aside,
        }),
    )
}

/// The databases of creations or restores cut short that were moved aside in `dir`
/// (`passerelle.db.unfinished-…`), each named once by a file that is there: its main file, else
/// its log, for one cut short before its main file was written (reviews, 2026-12-07).
fn cut_short_databases(dir: &Path) -> Vec<String> {
    let prefix = format!("{}.unfinished-", passerelle_core::vault::DB_FILE);
    let present: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.starts_with(&prefix))
        .collect();
    let mut bases: Vec<&str> = present
        .iter()
        .map(|name| {
            ["-wal", "-shm", "-journal"]
                .iter()
                .find_map(|suffix| name.strip_suffix(suffix))
                .unwrap_or(name)
        })
        .collect();
    bases.sort_unstable();
    bases.dedup();
    bases
        .into_iter()
        .filter_map(|base| {
            ["", "-wal", "-journal", "-shm"]
                .iter()
                .map(|suffix| format!("{base}{suffix}"))
                .find(|name| present.contains(name))
        })
        .collect()
}

/// The name the database of a creation or a restore cut short took when this one moved it aside
/// (never deleted), said and returned for the JSON's `setAside`: it was only in the log (review,
/// 2026-12-07).
fn moved_aside_now(dir: &Path, before: &[String], input: &Passphrases) -> Option<String> {
    let moved = cut_short_databases(dir)
        .into_iter()
        .find(|name| !before.contains(name))?;
    input
        .words()
        .say("cli-set-aside-unfinished", &[("file", moved.clone())]);
    Some(moved)
}

/// `--out` refused where a recovery key is printed (`init`, `restore`): the key is shown once and
/// copied by hand, never written to a file on the computer it protects (review, 2026-12-04: it
/// went to the file in clear, and `--out` into the store's folder was refused only after the
/// store was made, its key never shown). Checked before anything is read or written.
///
/// Nor through a redirection of standard output to a file (security review, 2026-12-05:
/// `init > created.json` left the key beside the store); a pipe to another program stays
/// possible (scripts, tests).
fn key_never_in_a_file(cli: &Cli) -> Result<()> {
    if cli.out.is_some() {
        return Err(Error::invalid(
            Field::Named(Named::CliOut),
            Invalid::RecoveryKeyNeverInAFile,
        ));
    }
    if stdout_is_a_file() {
        return Err(Error::invalid(
            Field::Named(Named::CliStdout),
            Invalid::StdoutIsAFile,
        ));
    }
    Ok(())
}

/// True when what standard output leads to would not show the recovery key to anyone: a regular
/// file (a shell's `> FILE`), and on Unix also a device that is no terminal (`> /dev/null`, or a
/// standard output closed, which the runtime reopens on /dev/null: storage review, 2026-12-07,
/// the key was « shown » there, recorded as noted, and lost without a word). A terminal, a pipe
/// or a socket (another program) show it.
fn stdout_is_a_file() -> bool {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        std::io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .map(std::fs::File::from)
            .and_then(|f| f.metadata())
            .map_or(true, |m| {
                let kind = m.file_type();
                !(kind.is_fifo() || kind.is_socket())
            })
    }
    #[cfg(windows)]
    {
        use std::os::windows::io::AsHandle;
        std::io::stdout()
            .as_handle()
            .try_clone_to_owned()
            .map(std::fs::File::from)
            .and_then(|f| f.metadata())
            .is_ok_and(|m| m.file_type().is_file())
    }
}

/// A store is made in a folder of its own (`init`, `restore`): new, empty, or holding only the
/// store's own files (`passerelle.*`: a database set aside, a key file missing, a creation cut
/// short). A folder that
/// holds anything else is refused before anything is created, its access rights unchanged
/// (security review, 2026-12-05: a shared folder was narrowed to 0700 and the store made among
/// other files).
fn a_folder_of_its_own(dir: &Path) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // Not there yet (or unreadable: creating it says why).
        return Ok(());
    };
    // The store's own names, a write of one cut short (`.passerelle.keys.….tmp`) and the unlock
    // counter included: a restore killed midway leaves them, and the next one goes on (code
    // review, 2026-12-07).
    let foreign = entries.filter_map(std::result::Result::ok).any(|e| {
        !e.file_name()
            .to_str()
            .is_some_and(passerelle_core::vault::is_store_file)
    });
    if foreign {
        return Err(Error::invalid(
            Field::Named(Named::CliStore),
            Invalid::FolderNotEmpty,
        ));
    }
    Ok(())
}

/// Prints `shown` (which holds the recovery key) on standard output, and only once it is
/// written records the key as shown. A key that could not be printed (a full disk behind a
/// redirection, a closed pipe) stays « to confirm »: the app offers a new one at the next
/// unlock, and the error says that the store exists (review, 2026-12-04: the store was made, the
/// command said it failed, and the key was lost without a word).
fn show_recovery_key(
    app: &App,
    input: &Passphrases,
    what: &'static str,
    shown: &serde_json::Value,
) -> Result<Output> {
    use std::io::Write;
    input.words().say("cli-recovery-key-once", &[]);
    let printed = crate::pretty(shown).and_then(|bytes| {
        let mut out = std::io::stdout().lock();
        out.write_all(&bytes)?;
        Ok(out.flush()?)
    });
    if printed.is_err() {
        return Err(Error::RecoveryKeyNotShown { what });
    }
    // Printed is shown, for the CLI (the app asks for a box to be ticked). Best effort: not
    // recorded, the app asks about it at the next unlock (the safe side).
    let _ = session::recovery_key_noted(&app.request());
    Ok(Output::Done)
}

/// `import CASE.json…`: every file is read and validated before the passphrase is asked; if any is
/// refused, each refused file is reported with its reason and nothing is stored. Otherwise all
/// are stored in one transaction. One file prints `{"id"}` (the spec's form); several print
/// `[{"file", "id"}]` in the order given.
fn import(app: &App, files: &[PathBuf], words: &Words, input: &mut Passphrases) -> Result<Output> {
    let mut documents = Vec::with_capacity(files.len());
    let mut refused = Vec::new();
    for file in files {
        match read_case_file(file) {
            Ok((document, _)) => documents.push(document),
            Err(e) => refused.push((file, e)),
        }
    }
    match (files.len(), refused.pop()) {
        (0, _) => return Err(Error::required(Field::Named(Named::CliCase))),
        (1, Some((_, e))) => return Err(e),
        (count, Some(last)) => {
            for (file, e) in refused.iter().chain([&last]) {
                let message = ErrorView::new(e, words.lang);
                let text = words.t(
                    "error-in-file",
                    &[
                        ("file", file.display().to_string()),
                        ("message", message.message),
                    ],
                );
                crate::words::line(&format!("{text} ({})", words.code(message.code)));
            }
            return Err(Error::BatchRefused {
                refused: refused.len() + 1,
                files: count,
            });
        }
        _ => {}
    }
    unlock(app, input)?;
    let ids = cases::import_all(&app.request(), &documents)?;
    // A case of the same name already there (or a file imported twice) is said, not refused:
    // two people may share a name, and the worker checks (the app shows them side by side).
    // The cases are stored by now: a look-up that fails only leaves the warning out.
    let req = app.request();
    for ((file, document), id) in files.iter().zip(&documents).zip(&ids) {
        let Ok(person) = document.case().map(|c| c.person) else {
            continue;
        };
        let Ok(others) = cases::namesakes(
            &req,
            person.family_name.as_deref().unwrap_or(""),
            person.given_names.as_deref().unwrap_or(""),
            Some(id),
        ) else {
            continue;
        };
        say_namesakes(words, file, &others);
    }
    // A case whose person refused that it be kept (or withdrew it) is stored as given — the file
    // is hers to delete — but said, as the app says it on every tab of its page (CLI review,
    // 2026-12-07: imported without a word).
    for ((file, document), id) in files.iter().zip(&documents).zip(&ids) {
        if document.case().is_ok_and(|c| c.storage_refused()) {
            words.say(
                "cli-import-storage-refused",
                &[("file", file.display().to_string()), ("id", id.to_string())],
            );
        }
    }
    if let [id] = ids.as_slice() {
        return Ok(Output::Json(json!({ "id": id })));
    }
    let imported: Vec<_> = files
        .iter()
        .zip(ids)
        .map(|(file, id)| json!({ "file": file.display().to_string(), "id": id }))
        .collect();
    Ok(Output::Json(json!(imported)))
}

/// `list`: every case, by name, after the derived index is brought up to date (a store written
/// by an older build).
fn list(app: &App, input: &mut Passphrases) -> Result<Output> {
    unlock(app, input)?;
    let req = app.request();
    index::refresh(&req, |_| {})?;
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let page = cases::list(&req, "", Sort::Name, offset)?;
        rows.extend(page.rows.iter().map(|row| {
            json!({
                "id": row.id,
                "name": row.display_name,
                // Its words beside its code and day, as `deadlines` gives them (review, 2026-12-04).
                "nextDeadline": row.next_deadline.as_ref().map(|d| json!({ "kind": d.kind, "date": d.date, "label": d.label })),
            })
        }));
        offset += page.page_size;
        if offset >= page.total {
            break;
        }
    }
    Ok(Output::Json(json!(rows)))
}

fn backup(app: &App, cli: &Cli, recovery_key: bool, input: &mut Passphrases) -> Result<Output> {
    let out = out(cli)?;
    folder_exists(out)?;
    unlock(app, input)?;
    let seals = if recovery_key {
        backup_secret(input, recovery_key)?
    } else {
        new_secret(input, "cli-prompt-backup", Named::CliBackupPassphrase)?
    };
    let secret = secret(&seals, recovery_key);
    let report = given(backup::create(
        &app.request(),
        secret,
        &mut Given::new(out, input.words()),
    )?)?;
    Ok(Output::Report(json!({
        "file": out.display().to_string(),
        "createdAt": report.created_at,
        "cases": report.cases,
        "bytes": report.file_bytes,
        "verified": true,
        "auditHead": report.audit_head,
    })))
}

/// `restore FILE [--recovery-key] [--set-aside-database]`: a database already in DIR without
/// its key file (a restore cut short, a key file lost) is never replaced; with
/// `--set-aside-database` it is moved aside, as `init` does, once both secrets are given (review,
/// 2026-12-04: a restore killed between the database and its key file left a folder every later
/// restore refused).
fn restore(
    app: &App,
    cli: &Cli,
    dir: &Path,
    file: &Path,
    (recovery_key, set_aside): (bool, bool),
    input: &mut Passphrases,
) -> Result<Output> {
    key_never_in_a_file(cli)?;
    readable(file)?;
    if app.store_exists() {
        return Err(Error::StoreExists);
    }
    if app.key_file_missing() && !set_aside {
        return Err(Error::KeyFileMissing);
    }
    a_folder_of_its_own(dir)?;
    let opens = backup_secret(input, recovery_key)?;
    let new = new_secret(input, "cli-prompt-new-store", Named::CliNewPassphrase)?;
    let set_aside = if set_aside && app.key_file_missing() {
        // The backup is opened and checked first: a wrong passphrase or a damaged file leaves
        // the folder as it was, the database where it was (review, 2026-12-04: it was moved
        // aside, then the restore refused the passphrase). The key derivation runs twice, on
        // this rare path only.
        passerelle_core::vault::backup::verify(
            None,
            file,
            secret(&opens, recovery_key),
            app.request().now,
            &mut |_| {},
        )?;
        let moved = session::set_aside_database(&app.request())?;
        // Said at once: a restore that fails after this leaves the database where it was moved.
        input
            .words()
            .say("cli-set-aside", &[("file", moved.clone())]);
        Some(moved)
    } else {
        None
    };
    let cut_short_before = cut_short_databases(dir);
    let front = &mut Given::new(file, input.words());
    let restored = given(backup::restore(
        &app.request(),
        secret(&opens, recovery_key),
        &new,
        front,
    )?)?;
    let set_aside = set_aside.or_else(|| moved_aside_now(dir, &cut_short_before, input));
    // The new recovery key is printed once, here, and never again.
    show_recovery_key(
        app,
        input,
        "restored",
        &json!({
        "store": dir.display().to_string(),
        "recoveryKey": restored.recovery_key,
        "cases": restored.cases,
        "backupCreatedAt": restored.backup_created_at,
        "schemaFrom": restored.schema_from,
        "schemaTo": restored.schema_to,
        "rules": restored.rules,
        "setAside": set_aside,
        }),
    )
}

fn handover_export(
    app: &App,
    cli: &Cli,
    id: &Option<String>,
    input: &mut Passphrases,
) -> Result<Output> {
    let id = required(id, Named::CliId)?;
    let out = out(cli)?;
    folder_exists(out)?;
    unlock(app, input)?;
    let passphrase = new_secret(input, "cli-prompt-bundle", Named::CliBundlePassphrase)?;
    handover::export(
        &app.request(),
        id,
        &passphrase,
        &mut Given::new(out, input.words()),
    )?;
    Ok(Output::Report(json!({
        "file": out.display().to_string(),
        "case": id,
        "encrypted": true,
    })))
}

/// Says that the case read from `file` shares its person's name with `others`, if any.
fn say_namesakes(words: &Words, file: &Path, others: &[cases::Namesake]) {
    if others.is_empty() {
        return;
    }
    let ids: Vec<&str> = others.iter().map(|n| n.id()).collect();
    words.say(
        "cli-import-namesakes",
        &[
            ("file", file.display().to_string()),
            ("count", others.len().to_string()),
            ("ids", ids.join(", ")),
        ],
    );
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    /// A creation cut short before its main file was written moves aside as a log alone: it is
    /// named, once, by that log.
    #[test]
    fn a_cut_short_database_is_named_once_even_without_its_main_file() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "passerelle.db",
            "passerelle.db-wal",
            "passerelle.db.set-aside-20261207-101010",
            "passerelle.db.unfinished-20261207-101010-wal",
            "passerelle.db.unfinished-20261207-101010-shm",
            "passerelle.db.unfinished-20261207-111111",
            "passerelle.db.unfinished-20261207-111111-journal",
        ] {
            std::fs::write(dir.path().join(name), b"").unwrap();
        }
        assert_eq!(
            cut_short_databases(dir.path()),
            [
                "passerelle.db.unfinished-20261207-101010-wal",
                "passerelle.db.unfinished-20261207-111111"
            ]
        );
    }

    /// A file written by an export whose record then fails is removed; one whose record
    /// succeeds is kept.
    #[test]
    fn an_export_the_log_does_not_record_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dossier.json");
        let cli = Cli::try_parse_from([
            "passerelle-cli",
            "--store",
            dir.path().join("store").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "audit",
        ])
        .unwrap();
        let failed = export_to_out(&cli, |write| {
            write(b"{\"familyName\": \"Zqxclair\"}")?;
            Err(Error::Internal("the commit failed"))
        });
        assert!(failed.is_err());
        assert!(!out.exists(), "no file in clear");
        export_to_out(&cli, |write| write(b"{}")).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"{}");
        // A file already there is kept when the record fails (code review, 2026-12-05).
        let failed = export_to_out(&cli, |write| {
            write(b"{\"familyName\": \"Zqxclair\"}")?;
            Err(Error::Internal("the commit failed"))
        });
        assert!(failed.is_err());
        assert_eq!(
            std::fs::read(&out).unwrap(),
            b"{}",
            "the earlier file is kept"
        );
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "nothing left beside it: {left:?}");
    }
}
