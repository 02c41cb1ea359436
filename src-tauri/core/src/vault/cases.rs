//! Case operations as the app and the CLI perform them: each one recorded in the audit log in the
//! same transaction as the change, and deletion that erases for real.
//!
//! `db::cases` holds the table functions; this module is what callers use, so that no screen or
//! verb can view, change, export or delete a case without leaving a trace.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;

use super::Vault;
use crate::db::audit::{Action, Event};
use crate::db::cases::{self, RetentionCandidate, StoredCase};
use crate::db::settings;
use crate::documents::{self, RenderedDocument};
use crate::model::case::{CaseDocument, CaseFile, Consent};
use crate::model::printed::PrintedDocument;
use crate::Result;

/// Stores a new case; returns its id.
pub fn create(vault: &Vault, document: &CaseDocument, now: DateTime<Utc>) -> Result<String> {
    vault.write_logged(|tx| {
        let id = cases::insert(tx, document, now)?;
        let event = Event::new(Action::CaseCreated, now).case(&id);
        Ok((id, event))
    })
}

/// Reads case `id` for display, and records that it was viewed.
pub fn view(vault: &Vault, id: &str, now: DateTime<Utc>) -> Result<StoredCase> {
    vault.write_logged(|tx| {
        let stored = cases::get(tx, id)?;
        Ok((stored, Event::new(Action::CaseViewed, now).case(id)))
    })
}

/// Replaces the case file of case `id`.
pub fn update(vault: &Vault, id: &str, document: &CaseDocument, now: DateTime<Utc>) -> Result<()> {
    vault.write_logged(|tx| {
        cases::update(tx, id, document, now)?;
        Ok(((), Event::new(Action::CaseEdited, now).case(id)))
    })
}

/// Reads case `id` to write it out unencrypted (the CLI's case file), and records the export.
pub fn export_unencrypted(vault: &Vault, id: &str, now: DateTime<Utc>) -> Result<StoredCase> {
    vault.write_logged(|tx| {
        let stored = cases::get(tx, id)?;
        let event = Event::new(Action::CaseExported, now)
            .case(id)
            .detail(json!({ "encrypted": false }));
        Ok((stored, event))
    })
}

/// Edits one part of case `id` through its typed view, keeping every other key of the document.
fn edit(
    vault: &Vault,
    id: &str,
    field: &'static str,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut crate::model::case::CaseFile),
) -> Result<()> {
    vault.write_logged(|tx| {
        let mut stored = cases::get(tx, id)?;
        let mut case = stored.document.case()?;
        change(&mut case);
        stored.document.apply(&case)?;
        cases::update(tx, id, &stored.document, now)?;
        let event = Event::new(Action::CaseEdited, now)
            .case(id)
            .detail(json!({ "fields": [field] }));
        Ok(((), event))
    })
}

/// Closes case `id` on `closed_on`, or reopens it with `None`.
pub fn set_closed(
    vault: &Vault,
    id: &str,
    closed_on: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<()> {
    edit(vault, id, "closedOn", now, |c| c.closed_on = closed_on)
}

/// Records the person's consent for case `id`.
pub fn set_consent(
    vault: &Vault,
    id: &str,
    consent: Option<Consent>,
    now: DateTime<Utc>,
) -> Result<()> {
    edit(vault, id, "consent", now, |c| c.consent = consent)
}

/// Erases case `id`: the row, its full-text tokens ([`cases::delete`]), the freed pages
/// (`secure_delete`), then the write-ahead log (checkpoint, TRUNCATE), so that the name is on no
/// page of the database files. The audit log keeps the id and the time, nothing else.
pub fn delete(vault: &Vault, id: &str, now: DateTime<Utc>) -> Result<()> {
    vault.write_logged(|tx| {
        cases::delete(tx, id)?;
        Ok(((), Event::new(Action::CaseDeleted, now).case(id)))
    })?;
    vault.checkpoint()
}

/// The cases retention proposes to delete today, under the store's retention setting.
pub fn retention_candidates(vault: &Vault, today: NaiveDate) -> Result<Vec<RetentionCandidate>> {
    vault.read(|c| {
        let months = settings::load(c)?.retention_months;
        cases::retention_candidates(c, today, months)
    })
}

/// Changes case `id` through its typed view with `change`, which may refuse (an answer that is
/// not a date): then nothing is stored and nothing logged. `what` names the part changed in the
/// audit log (a question id, `notes`, `appointments`), never its value. Returns what `change`
/// returns and the case as stored.
pub fn change<T>(
    vault: &Vault,
    id: &str,
    what: &str,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut CaseFile) -> Result<T>,
) -> Result<(T, CaseFile)> {
    vault.write_logged(|tx| {
        let mut stored = cases::get(tx, id)?;
        let mut case = stored.document.case()?;
        let out = change(&mut case)?;
        stored.document.apply(&case)?;
        cases::update(tx, id, &stored.document, now)?;
        let event = Event::new(Action::CaseEdited, now)
            .case(id)
            .detail(json!({ "fields": [what] }));
        Ok(((out, case), event))
    })
}

/// Renders document `kind` of case `id` to save it outside the vault, and records the export
/// (unencrypted, which document) in the same transaction.
pub fn export_document(
    vault: &Vault,
    id: &str,
    kind: PrintedDocument,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<RenderedDocument> {
    vault.write_logged(|tx| {
        let rendered = documents::stored::render_case(tx, id, kind, today)?;
        let event = Event::new(Action::CaseExported, now)
            .case(id)
            .detail(json!({ "encrypted": false, "document": kind.id() }));
        Ok((rendered, event))
    })
}
