//! `backup`, `restore`, `handover export|import`, `delete`, `audit`: the vault operations from the
//! command line (docs/vault-operations.md).
//!
//! Secrets come from standard input, one per line, in the order the spec gives: for `backup`, the
//! store's passphrase then the backup passphrase (or the recovery key with `--recovery-key`); for
//! `restore`, the backup passphrase (or recovery key) then the new store's passphrase; for
//! `handover`, the store's passphrase then the bundle's. Progress goes to standard error.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use serde_json::json;

use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::seal::{Progress, Stage};
use passerelle_core::vault::{backup, cases as vault_cases, handover, Secret, Vault};
use passerelle_core::{Error, Result};

use crate::args::Args;
use crate::passphrase::Passphrases;
use crate::Output;

pub fn run(args: &Args) -> Result<Output> {
    let dir = args
        .store
        .as_ref()
        .ok_or(Error::Required { field: "--store" })?;
    let vault = Vault::at(dir);
    match args.verb.as_str() {
        "backup" => backup(&vault, args),
        "restore" => restore(&vault, args),
        "handover" => match args.rest.first().map(String::as_str) {
            Some("export") => handover_export(&vault, args),
            Some("import") => handover_import(&vault, args),
            _ => Err(Error::Required {
                field: "handover export|import",
            }),
        },
        "delete" => delete(&vault, args),
        "audit" => audit_export(&vault),
        _ => Err(Error::Internal("not a vault command")),
    }
}

/// Prints progress on standard error: each step once, then every tenth of the work.
fn progress_printer() -> impl FnMut(Progress) {
    let mut last: Option<(Stage, u64)> = None;
    move |p: Progress| {
        let tenth = (p.done * 10).checked_div(p.total).unwrap_or(0);
        if last == Some((p.stage, tenth)) {
            return;
        }
        last = Some((p.stage, tenth));
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

fn unlock_with(vault: &Vault, input: &mut Passphrases) -> Result<()> {
    if !vault.exists() {
        return Err(Error::StoreMissing);
    }
    let secret = input.next("Phrase de passe du coffre / store passphrase: ")?;
    vault.unlock(Secret::Passphrase(&secret), Utc::now())
}

fn backup(vault: &Vault, args: &Args) -> Result<Output> {
    let out = args
        .out
        .as_ref()
        .ok_or(Error::Required { field: "--out" })?;
    let mut input = Passphrases::from_stdin();
    unlock_with(vault, &mut input)?;
    let secret = if args.recovery_key {
        input.next("Clé de secours / recovery key: ")?
    } else {
        input.next("Phrase de passe de la sauvegarde / backup passphrase: ")?
    };
    let secret = if args.recovery_key {
        Secret::RecoveryKey(&secret)
    } else {
        Secret::Passphrase(&secret)
    };
    let params = KdfParams::calibrate()?;
    let report = backup::create(
        vault,
        out,
        secret,
        params,
        Utc::now(),
        &mut progress_printer(),
    );
    vault.lock();
    let report = report?;
    Ok(Output::Report(json!({
        "file": out.display().to_string(),
        "createdAt": report.created_at,
        "cases": report.cases,
        "bytes": report.file_bytes,
        "verified": true,
        "auditHead": report.audit_head,
    })))
}

fn restore(vault: &Vault, args: &Args) -> Result<Output> {
    let file = Path::new(args.positional("FILE")?);
    if vault.exists() {
        return Err(Error::StoreExists);
    }
    let mut input = Passphrases::from_stdin();
    let secret = if args.recovery_key {
        input.next("Clé de secours / recovery key: ")?
    } else {
        input.next("Phrase de passe de la sauvegarde / backup passphrase: ")?
    };
    let new = input.next("Nouvelle phrase de passe du coffre / new store passphrase: ")?;
    let secret = if args.recovery_key {
        Secret::RecoveryKey(&secret)
    } else {
        Secret::Passphrase(&secret)
    };
    let params = KdfParams::calibrate()?;
    let restored = vault.restore_from(
        file,
        secret,
        &new,
        params,
        Utc::now(),
        &mut progress_printer(),
    );
    vault.lock();
    let restored = restored?;
    // The new recovery key is printed once, here, and never again.
    Ok(Output::Report(json!({
        "store": vault.dir().display().to_string(),
        "recoveryKey": restored.recovery_key.display().as_str(),
        "cases": restored.manifest.cases,
        "backupCreatedAt": restored.manifest.created_at,
        "schemaFrom": restored.manifest.schema_version,
        "schemaTo": restored.schema_version,
    })))
}

fn handover_export(vault: &Vault, args: &Args) -> Result<Output> {
    let id = args
        .rest
        .get(1)
        .ok_or(Error::Required { field: "ID" })?
        .clone();
    let out = args
        .out
        .as_ref()
        .ok_or(Error::Required { field: "--out" })?;
    let mut input = Passphrases::from_stdin();
    unlock_with(vault, &mut input)?;
    let passphrase = input.next("Phrase de passe du dossier transmis / bundle passphrase: ")?;
    let params = KdfParams::calibrate()?;
    let done = handover::export(
        vault,
        &id,
        out,
        &passphrase,
        params,
        Utc::now(),
        &mut progress_printer(),
    );
    vault.lock();
    done?;
    Ok(Output::Report(json!({
        "file": out.display().to_string(),
        "case": id,
        "encrypted": true,
    })))
}

fn handover_import(vault: &Vault, args: &Args) -> Result<Output> {
    let file = Path::new(
        args.rest
            .get(1)
            .ok_or(Error::Required { field: "FILE" })?
            .as_str(),
    );
    let mut input = Passphrases::from_stdin();
    unlock_with(vault, &mut input)?;
    let passphrase = input.next("Phrase de passe du dossier transmis / bundle passphrase: ")?;
    let id = handover::import(
        vault,
        file,
        &passphrase,
        Utc::now(),
        &mut progress_printer(),
    );
    vault.lock();
    Ok(Output::Json(json!({ "id": id? })))
}

fn delete(vault: &Vault, args: &Args) -> Result<Output> {
    let id = args.positional("ID")?.to_string();
    let mut input = Passphrases::from_stdin();
    unlock_with(vault, &mut input)?;
    let done = vault_cases::delete(vault, &id, Utc::now());
    vault.lock();
    done?;
    Ok(Output::Json(json!({ "deleted": id })))
}

fn audit_export(vault: &Vault) -> Result<Output> {
    let mut input = Passphrases::from_stdin();
    unlock_with(vault, &mut input)?;
    let exported = vault.export_audit(Utc::now());
    vault.lock();
    Ok(Output::Json(exported?))
}
