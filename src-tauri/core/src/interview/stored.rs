//! The interview against the store: each answer is written as it is given, in one transaction
//! that reads the case, records the answer, writes the case back and records the change in the
//! audit log (which question, never the answer).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use super::{Answer, QuestionId, Step};
use crate::db::cases;
use crate::model::case::CaseFile;
use crate::vault::cases as vault_cases;
use crate::vault::Vault;
use crate::{Error, Result};

/// Parses a step id sent by the UI.
///
/// # Errors
/// [`Error::InvalidField`] for an unknown step.
pub fn step(id: &str) -> Result<Step> {
    Step::parse(id).ok_or_else(|| Error::InvalidField {
        path: "step".into(),
        reason: "unknown step".into(),
    })
}

/// Reads the typed case `id`, without recording a view (for code that already did).
///
/// # Errors
/// [`Error::NotFound`], or a case file that no longer parses.
pub fn load(conn: &Connection, id: &str) -> Result<CaseFile> {
    cases::get(conn, id)?.document.case()
}

/// Reads the typed case `id` for display, and records the view in the audit log.
///
/// # Errors
/// Those of [`vault_cases::view`] and of the case file's parsing.
pub fn view(vault: &Vault, id: &str, now: DateTime<Utc>) -> Result<CaseFile> {
    vault_cases::view(vault, id, now)?.document.case()
}

/// Records `answer` to `question` in case `id` and returns the case as stored.
///
/// # Errors
/// Those of [`super::answer`]; [`Error::InvalidField`] for an unknown question.
pub fn answer(
    vault: &Vault,
    id: &str,
    question: &str,
    answer: &Answer,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<CaseFile> {
    let q = QuestionId::parse(question).ok_or_else(|| Error::InvalidField {
        path: "question".into(),
        reason: "unknown question".into(),
    })?;
    let ((), case) = vault_cases::change(vault, id, question, now, |case| {
        let checklist = super::document_checklist(case, today);
        super::answer(case, q, answer, &checklist, today)
    })?;
    Ok(case)
}

/// Sets the side-by-side mode and the person's language of case `id`.
///
/// # Errors
/// Those of [`super::set_person_language`].
pub fn set_language(
    vault: &Vault,
    id: &str,
    side_by_side: bool,
    language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<CaseFile> {
    let ((), case) = vault_cases::change(vault, id, "interview.personLanguage", now, |case| {
        super::set_person_language(case, side_by_side, language)
    })?;
    Ok(case)
}
