//! The guided interview: a step, an answer (saved as it is given), the side-by-side language, the
//! review of every answer.
//!
//! An answer is written in one transaction that reads the case, records the answer, writes the
//! case back and records the change in the audit log (which question, never the answer).

use super::cases::{change, view};
use super::Request;
use crate::error::{Field, Invalid, Named};
use crate::interview::view::{self as screen, Display};
use crate::interview::{self, document_checklist, stored, QuestionId, Step};
use crate::model::case::CaseFile;
use crate::{Error, Result};

pub use crate::interview::view::{Review, StepView};
pub use crate::interview::Answer;

fn display<'a>(req: &Request<'a>) -> Display<'a> {
    Display {
        lang: req.lang,
        names: req.names,
    }
}

/// Step `step` of case `id`; without a step, the one to resume at (recorded as viewed).
///
/// # Errors
/// [`Error::InvalidField`] for an unknown step.
pub fn step(req: &Request<'_>, id: &str, step: Option<&str>) -> Result<StepView> {
    let case = view(req, id)?.document.case()?;
    let step = step.map(stored::step).transpose()?;
    Ok(step_view(req, &case, step))
}

/// Step `step` of `case` (the one to resume at without one): the case's checklist, which decides
/// which documents are asked about, is computed once for the whole screen.
fn step_view(req: &Request<'_>, case: &CaseFile, step: Option<Step>) -> StepView {
    let checklist = document_checklist(case, req.today);
    let step = step.unwrap_or_else(|| interview::resume_step(case, &checklist, req.today));
    screen::step_view(case, step, &checklist, req.today, display(req))
}

/// Records `answer` to question `question` and returns step `step` as it now stands (branching
/// may add or remove questions).
///
/// # Errors
/// [`Error::InvalidField`] for an unknown step or question, and the answer's own errors (a date
/// that is not one…): then nothing is stored.
pub fn answer(
    req: &Request<'_>,
    id: &str,
    step: &str,
    question: &str,
    answer: &Answer,
) -> Result<StepView> {
    let step = stored::step(step)?;
    let case = record_answer(req, id, question, answer)?;
    Ok(step_view(req, &case, Some(step)))
}

/// Records `answer` to question `question` of case `id`; returns the case as stored.
pub(super) fn record_answer(
    req: &Request<'_>,
    id: &str,
    question: &str,
    answer: &Answer,
) -> Result<CaseFile> {
    let q = QuestionId::parse(question).ok_or(Error::invalid(
        Field::Named(Named::InterviewQuestion),
        Invalid::UnknownValue,
    ))?;
    let ((), case) = change(req, id, question, |case| {
        let checklist = document_checklist(case, req.today);
        interview::answer(case, q, answer, &checklist, req.today)
    })?;
    Ok(case)
}

/// Turns side by side on or off and chooses the person's language; returns step `step`.
pub fn set_language(
    req: &Request<'_>,
    id: &str,
    step: &str,
    side_by_side: bool,
    language: Option<&str>,
) -> Result<StepView> {
    let step = stored::step(step)?;
    let ((), case) = change(req, id, "interview.personLanguage", |case| {
        interview::set_person_language(case, side_by_side, language)
    })?;
    Ok(step_view(req, &case, Some(step)))
}

/// Every answer, before any document (recorded as viewed).
pub fn review(req: &Request<'_>, id: &str) -> Result<Review> {
    let case = view(req, id)?.document.case()?;
    let checklist = document_checklist(&case, req.today);
    Ok(screen::review(&case, &checklist, req.today, display(req)))
}
