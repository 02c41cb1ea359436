//! The encrypted store from the command line: `init`, `import` (one file or many at once), `list`,
//! `export`, `delete`, `backup`, `restore`, `handover export|import`, `audit`, through the same
//! application layer as the app (docs/vault-operations.md).
//!
//! Secrets come from standard input, one per line, in the order the spec gives: the store's
//! passphrase first, then, for `backup`, the backup passphrase (or the recovery key with
//! `--recovery-key`) and, for `handover`, the bundle's; for `restore`, the backup passphrase (or
//! recovery key) then the new store's passphrase. Progress goes to standard error. The app, and
//! the key with it, is dropped before anything is printed.

use std::io::Write;
use std::path::{Path, PathBuf};

use passerelle_core::app::backup::{self, Progress, Stage};
use passerelle_core::app::cases::{self, Sort};
use passerelle_core::app::{audit, handover, index, session, App, FileOffer, FrontEnd};
use passerelle_core::i18n::L10n;
use passerelle_core::vault::Secret;
use passerelle_core::{Error, FixedDay, Result};
use serde_json::json;

use crate::args::{Cli, Handover, Verb};
use crate::legal::read_case_file;
use crate::passphrase::Passphrases;
use crate::{write_out, Output};

pub fn run(cli: &Cli, lang: &str) -> Result<Output> {
    let dir = cli
        .store
        .as_ref()
        .ok_or(Error::Required { field: "--store" })?;
    let mut app = App::new(dir).with_language(lang);
    if let Some(day) = cli.today {
        app = app.with_clock(FixedDay(day));
    }
    let mut input = Passphrases::from_stdin();
    match &cli.verb {
        Verb::Init => init(&app, dir, &mut input),
        Verb::Import { cases } => import(&app, cases, lang, &mut input),
        Verb::List => list(&app, &mut input),
        Verb::Export { id } => {
            let id = required(id, "ID")?;
            unlock(&app, &mut input)?;
            cases::export_file(&app.request(), id, |bytes| write_out(cli, bytes))?;
            eprintln!(
                "passerelle-cli: attention, ce fichier n’est PAS chiffré / warning: this file is NOT encrypted."
            );
            Ok(Output::Done)
        }
        Verb::Delete { id } => {
            let id = required(id, "ID")?;
            unlock(&app, &mut input)?;
            cases::delete(&app.request(), id)?;
            Ok(Output::Json(json!({ "deleted": id })))
        }
        Verb::Audit => {
            unlock(&app, &mut input)?;
            audit::export(&app.request(), |bytes| write_out(cli, bytes))?;
            Ok(Output::Done)
        }
        Verb::Backup { recovery_key } => backup(&app, cli, *recovery_key, &mut input),
        Verb::Restore { file, recovery_key } => restore(
            &app,
            dir,
            required(file, "FILE")?,
            *recovery_key,
            &mut input,
        ),
        Verb::Handover { action } => match action {
            Some(Handover::Export { id }) => handover_export(&app, cli, id, &mut input),
            Some(Handover::Import { file }) => {
                let file = required(file, "FILE")?;
                unlock(&app, &mut input)?;
                let passphrase = input.next(BUNDLE_PROMPT)?;
                let id = handover::import(&app.request(), &passphrase, &mut Given::new(file))?;
                Ok(Output::Json(json!({ "id": id })))
            }
            None => Err(Error::Required {
                field: "handover export|import",
            }),
        },
        _ => Err(Error::Internal("not a store command")),
    }
}

const BUNDLE_PROMPT: &str = "Phrase de passe du dossier transmis / bundle passphrase: ";

/// `--out`, which names the file a backup or a bundle is written to.
fn out(cli: &Cli) -> Result<&Path> {
    cli.out.as_deref().ok_or(Error::Required { field: "--out" })
}

fn required<'a, T>(value: &'a Option<T>, field: &'static str) -> Result<&'a T> {
    value.as_ref().ok_or(Error::Required { field })
}

/// Unlocks with the store passphrase, the next line of standard input.
fn unlock(app: &App, input: &mut Passphrases) -> Result<()> {
    if !app.store_exists() {
        return Err(Error::StoreMissing);
    }
    let secret = input.next("Phrase de passe du coffre / store passphrase: ")?;
    session::unlock(&app.request(), Some(&secret), None)
}

/// The next secret for a backup: a passphrase, or the recovery key with `--recovery-key`.
fn backup_secret(
    input: &mut Passphrases,
    recovery_key: bool,
) -> Result<zeroize::Zeroizing<String>> {
    Ok(if recovery_key {
        input.next("Clé de secours / recovery key: ")?
    } else {
        input.next("Phrase de passe de la sauvegarde / backup passphrase: ")?
    })
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
}

impl<'a> Given<'a> {
    fn new(file: &'a Path) -> Self {
        Given { file, last: None }
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
        self.last = Some((p.stage, tenth));
        let step = match p.stage {
            Stage::Snapshot => "copie en mémoire / snapshot",
            Stage::DeriveKey => "dérivation de la clé / deriving the key",
            Stage::Write => "chiffrement / encrypting",
            Stage::Verify => "vérification / verifying",
            Stage::Read => "lecture / reading",
            Stage::Restore => "restauration / restoring",
        };
        let mut err = std::io::stderr().lock();
        let _ = if p.total == 0 {
            writeln!(err, "passerelle-cli: {step}…")
        } else {
            writeln!(err, "passerelle-cli: {step} {} %", tenth * 10)
        };
    }
}

fn init(app: &App, dir: &Path, input: &mut Passphrases) -> Result<Output> {
    if app.store_exists() {
        return Err(Error::StoreExists);
    }
    let passphrase = input.next("Nouvelle phrase de passe / new passphrase: ")?;
    let created = session::create(&app.request(), &passphrase)?;
    // The recovery key is printed once, here, and never again.
    Ok(Output::Json(json!({
        "store": dir.display().to_string(),
        "recoveryKey": created.recovery_key,
        "kdf": created.kdf,
    })))
}

/// `import CASE.json…`: every file is read and validated before the passphrase is asked; if any is
/// refused, each refused file is reported with its reason and nothing is stored. Otherwise all
/// are stored in one transaction. One file prints `{"id"}` (the spec's form); several print
/// `[{"file", "id"}]` in the order given.
fn import(app: &App, files: &[PathBuf], lang: &str, input: &mut Passphrases) -> Result<Output> {
    let mut documents = Vec::with_capacity(files.len());
    let mut refused = Vec::new();
    for file in files {
        match read_case_file(file) {
            Ok((document, _)) => documents.push(document),
            Err(e) => refused.push((file, e)),
        }
    }
    match (files.len(), refused.pop()) {
        (0, _) => return Err(Error::Required { field: "CASE.json" }),
        (1, Some((_, e))) => return Err(e),
        (count, Some(last)) => {
            for (file, e) in refused.iter().chain([&last]) {
                let text = L10n::get().format(
                    lang,
                    "error-in-file",
                    &[
                        ("file", file.display().to_string()),
                        ("message", e.localized_message(lang)),
                    ],
                );
                eprintln!("passerelle-cli: {text} [{}]", e.code());
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
                "nextDeadline": row.next_deadline.as_ref().map(|d| json!({ "kind": d.kind, "date": d.date })),
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
    unlock(app, input)?;
    let typed = backup_secret(input, recovery_key)?;
    let secret = secret(&typed, recovery_key);
    let report = given(backup::create(
        &app.request(),
        secret,
        &mut Given::new(out),
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

fn restore(
    app: &App,
    dir: &Path,
    file: &Path,
    recovery_key: bool,
    input: &mut Passphrases,
) -> Result<Output> {
    if app.store_exists() {
        return Err(Error::StoreExists);
    }
    let typed = backup_secret(input, recovery_key)?;
    let new = input.next("Nouvelle phrase de passe du coffre / new store passphrase: ")?;
    let front = &mut Given::new(file);
    let restored = given(backup::restore(
        &app.request(),
        secret(&typed, recovery_key),
        &new,
        front,
    )?)?;
    // The new recovery key is printed once, here, and never again.
    Ok(Output::Report(json!({
        "store": dir.display().to_string(),
        "recoveryKey": restored.recovery_key,
        "cases": restored.cases,
        "backupCreatedAt": restored.backup_created_at,
        "schemaFrom": restored.schema_from,
        "schemaTo": restored.schema_to,
    })))
}

fn handover_export(
    app: &App,
    cli: &Cli,
    id: &Option<String>,
    input: &mut Passphrases,
) -> Result<Output> {
    let id = required(id, "ID")?;
    let out = out(cli)?;
    unlock(app, input)?;
    let passphrase = input.next(BUNDLE_PROMPT)?;
    handover::export(&app.request(), id, &passphrase, &mut Given::new(out))?;
    Ok(Output::Report(json!({
        "file": out.display().to_string(),
        "case": id,
        "encrypted": true,
    })))
}
