//! `init`, `import`, `list`, `export`: the encrypted store from the command line.

use chrono::Utc;
use serde_json::json;

use passerelle_core::db::cases;
use passerelle_core::legal;
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::{cases as vault_cases, Secret, Vault};
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
        "init" => init(&vault),
        "import" => import(&vault, args),
        "list" => list(&vault, args),
        "export" => export(&vault, args),
        _ => Err(Error::Internal("not a store command")),
    }
}

fn unlock(vault: &Vault) -> Result<()> {
    if !vault.exists() {
        return Err(Error::StoreMissing);
    }
    let secret = Passphrases::from_stdin().next("Phrase de passe / passphrase: ")?;
    vault.unlock(Secret::Passphrase(&secret), Utc::now())
}

fn init(vault: &Vault) -> Result<Output> {
    if vault.exists() {
        return Err(Error::StoreExists);
    }
    let mut input = Passphrases::from_stdin();
    let passphrase = input.next("Nouvelle phrase de passe / new passphrase: ")?;
    let params = KdfParams::calibrate()?;
    let recovery = vault.create(&passphrase, params)?;
    vault.lock();
    // The recovery key is printed once, here, and never again.
    Ok(Output::Json(json!({
        "store": vault.dir().display().to_string(),
        "recoveryKey": recovery.display().as_str(),
        "kdf": params,
    })))
}

fn import(vault: &Vault, args: &Args) -> Result<Output> {
    let path = args.positional("CASE.json")?;
    // Validate before asking for the passphrase: a bad file is refused with nothing touched.
    let bytes = std::fs::read(path)?;
    let (document, _) = CaseDocument::parse(&bytes)?;
    unlock(vault)?;
    let id = vault_cases::create(vault, &document, Utc::now());
    vault.lock();
    let id = id?;
    Ok(Output::Json(json!({ "id": id })))
}

fn list(vault: &Vault, args: &Args) -> Result<Output> {
    unlock(vault)?;
    let today = args.today();
    // One read: the bodies are needed for the next deadline, computed by the legal core.
    let rows = vault.read(|c| {
        cases::list(c)?
            .into_iter()
            .map(|summary| {
                let stored = cases::get(c, &summary.id)?;
                let next = stored
                    .document
                    .case()
                    .ok()
                    .and_then(|case| legal::next_deadline(&case, today));
                Ok(json!({
                    "id": summary.id,
                    "name": summary.display_name,
                    "nextDeadline": next.map(|d| json!({ "kind": d.kind, "date": d.date })),
                }))
            })
            .collect::<Result<Vec<_>>>()
    })?;
    vault.lock();
    Ok(Output::Json(json!(rows)))
}

fn export(vault: &Vault, args: &Args) -> Result<Output> {
    let id = args.positional("ID")?.to_string();
    unlock(vault)?;
    let stored = vault_cases::export_unencrypted(vault, &id, Utc::now());
    vault.lock();
    let stored = stored?;
    eprintln!(
        "passerelle-cli: attention, ce fichier n’est PAS chiffré / warning: this file is NOT encrypted."
    );
    let mut text = stored.document.to_json_pretty();
    text.push('\n');
    Ok(Output::Bytes(text.into_bytes()))
}
