//! The page of a case between interviews: an answer changed there, notes, appointments. Each
//! saves (recorded in the audit log by what changed, never its content), then returns the page as
//! it now stands.

use super::cases::{change, page_of, CaseOverview};
use super::interview::{record_answer, Answer};
use super::Request;
use crate::followup;
use crate::model::case::CaseFile;
use crate::Result;

pub use crate::followup::{ApplicationDraft, AppointmentDraft};

/// Applies `f` to case `id` (recorded as a change of `what`); returns the page of the case.
fn edit(
    req: &Request<'_>,
    id: &str,
    what: &str,
    f: impl FnOnce(&mut CaseFile) -> Result<()>,
) -> Result<CaseOverview> {
    let ((), case) = change(req, id, what, f)?;
    Ok(page_of(req, id, &case))
}

/// Records `answer` to interview question `question` from the case page.
pub fn answer(
    req: &Request<'_>,
    id: &str,
    question: &str,
    answer: &Answer,
) -> Result<CaseOverview> {
    let case = record_answer(req, id, question, answer)?;
    Ok(page_of(req, id, &case))
}

/// Chooses the language the person reads, from the documents of the case page: her checklist's
/// second column (« fr »: French alone) and the interview's side-by-side language, one fact the
/// case keeps once (UI review, 2026-12-06: the case page had no way to choose it). Side by side
/// stays on or off as it was.
pub fn set_reading_language(req: &Request<'_>, id: &str, language: &str) -> Result<CaseOverview> {
    edit(req, id, "interview.personLanguage", |c| {
        let side_by_side = c.interview.side_by_side;
        crate::interview::set_person_language(c, side_by_side, Some(language))
    })
}

/// Adds a note written now.
pub fn add_note(req: &Request<'_>, id: &str, text: &str) -> Result<CaseOverview> {
    // Its author: the team member whose slot is open (no label, no author).
    let author = req.vault().session_info()?.label;
    edit(req, id, "notes", |c| {
        followup::add_note(c, text, req.now, author).map(drop)
    })
}

/// Replaces the text of note `note_id`.
pub fn edit_note(req: &Request<'_>, id: &str, note_id: &str, text: &str) -> Result<CaseOverview> {
    edit(req, id, "notes", |c| followup::edit_note(c, note_id, text))
}

/// Deletes note `note_id`.
pub fn delete_note(req: &Request<'_>, id: &str, note_id: &str) -> Result<CaseOverview> {
    edit(req, id, "notes", |c| followup::delete_note(c, note_id))
}

/// Adds an appointment, or changes the one the draft names.
pub fn save_appointment(
    req: &Request<'_>,
    id: &str,
    draft: &AppointmentDraft,
) -> Result<CaseOverview> {
    edit(req, id, "appointments", |c| {
        followup::save_appointment(c, draft).map(drop)
    })
}

/// Deletes appointment `appointment_id`.
pub fn delete_appointment(
    req: &Request<'_>,
    id: &str,
    appointment_id: &str,
) -> Result<CaseOverview> {
    edit(req, id, "appointments", |c| {
        followup::delete_appointment(c, appointment_id)
    })
}

/// Records a residence application (or changes the one the draft names) and its decision.
pub fn save_application(
    req: &Request<'_>,
    id: &str,
    draft: &ApplicationDraft,
) -> Result<CaseOverview> {
    edit(req, id, "applications", |c| {
        followup::save_application(c, draft, req.today)
    })
}

/// Deletes the application at `index`.
pub fn delete_application(req: &Request<'_>, id: &str, index: usize) -> Result<CaseOverview> {
    edit(req, id, "applications", |c| {
        followup::delete_application(c, index)
    })
}
