//! Integration tests of passerelle-core, and the small programs they drive.
//!
//! Everything here builds and runs without WebKit. Test files live in `tests/tests/`; this
//! library holds what several of them share.

pub mod fuzz;
pub mod legal;
pub mod wording;

use std::path::Path;

use passerelle_core::app::{session, App};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::{Secret, Vault};

/// A passphrase the strength rule accepts (invented, used only in tests).
pub const PASSPHRASE: &str = "lanterne violon marée cactus";

/// Creates a store in `dir` with the floor KDF parameters (fast, and still the real code path),
/// leaves it unlocked, and returns it with its recovery key as displayed.
pub fn new_store(dir: &Path) -> (Vault, String) {
    let vault = Vault::at(dir);
    let key = vault
        .create(PASSPHRASE, KdfParams::FLOOR, chrono::Utc::now())
        .expect("creating a store in an empty directory");
    (vault, key.display().to_string())
}

/// [`new_store`] behind the application layer, as the app and the CLI use it: the store in `dir`,
/// created, unlocked, sealing with the floor KDF parameters. Returns the app and the recovery key.
pub fn new_app(dir: &Path) -> (App, String) {
    let app = App::new(dir).with_kdf(KdfParams::FLOOR);
    let created = session::create(&app.request(), PASSPHRASE)
        .expect("creating a store in an empty directory");
    (app, created.recovery_key)
}

/// Unlocks `vault` with the test passphrase.
pub fn unlock(vault: &Vault) -> passerelle_core::Result<()> {
    vault.unlock(Secret::Passphrase(PASSPHRASE), chrono::Utc::now())
}

/// The actions of the vault's audit log, in order (`unlock`, `case-created`…).
pub fn audit_actions(vault: &Vault) -> Vec<String> {
    vault
        .read(passerelle_core::db::audit::all)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

/// Every file under `dir` (recursively) whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    hits.push(p);
                }
            }
        }
    }
    hits
}

/// A case file with these names, as JSON.
pub fn case_json(family: &str, given: &str) -> String {
    serde_json::json!({
        "format": "passerelle.case/1",
        "person": { "familyName": family, "givenNames": given }
    })
    .to_string()
}

/// True when the code formats message `id` of `file` with `$sex`, so that a translation may
/// select on it where French needs nothing (Arabic conjugates for the reader): the sentences of
/// her checklist (`pdf::view::checklist`), not the consent record's, nor the page numbers and
/// the documents' names (nouns, formatted without it); every message of her column in the
/// interview (`interview::view`).
pub fn passed_her_sex(file: &str, id: &str) -> bool {
    let checklist = file == "pdf.ftl"
        && !["pdf-consent", "pdf-doc-", "pdf-page"]
            .iter()
            .any(|p| id.starts_with(p));
    // What her interview column says through `interview::view::Reader`: not `iv-none`, which
    // only the worker's column shows.
    let interview = file == "interview.ftl"
        && [
            "iv-q-",
            "iv-opt-",
            "iv-step-",
            "iv-intro-",
            "iv-welcome",
            "iv-worker-only",
        ]
        .iter()
        .any(|p| id.starts_with(p));
    checklist || interview
}
