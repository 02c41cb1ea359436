//! The interview against the store: a step named by the UI, a case read back. Answers are saved
//! by the application layer (`app::interview`), with their trace in the audit log.

use rusqlite::Connection;

use super::Step;
use crate::db::cases;
use crate::error::{Field, Invalid, Named};
use crate::model::case::CaseFile;
use crate::{Error, Result};

/// Parses a step id sent by the UI.
///
/// # Errors
/// [`Error::InvalidField`] for an unknown step.
pub fn step(id: &str) -> Result<Step> {
    Step::parse(id).ok_or(Error::invalid(
        Field::Named(Named::InterviewStep),
        Invalid::UnknownValue,
    ))
}

/// Reads the typed case `id`, without recording a view (for code that already did).
///
/// # Errors
/// [`Error::NotFound`], or a case file that no longer parses.
pub fn load(conn: &Connection, id: &str) -> Result<CaseFile> {
    cases::get(conn, id)?.document.case()
}
