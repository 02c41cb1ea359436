//! The guided interview: a step, an answer (saved at once), the side-by-side language, the
//! review of every answer.

use passerelle_core::interview::stored;
use passerelle_core::interview::view::{self, Display, Review, StepView};
use passerelle_core::interview::{document_checklist, resume_step, Answer};
use passerelle_core::overview::Names;
use passerelle_core::Clock;
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

/// The step `step` of case `case_id`; without a step, the one to resume at.
#[tauri::command(async)]
pub fn interview_step(
    state: State<'_, AppState>,
    case_id: String,
    step: Option<String>,
) -> Result<StepView, UiError> {
    let (today, now, lang) = (state.clock.today(), state.clock.now(), state.lang());
    let d = Display {
        lang: &lang,
        hide_names: state.names() == Names::Hidden,
    };
    // Showing a case is recorded in the audit log.
    let case = stored::view(&state.vault, &case_id, now).map_err(|e| state.ui_error(e))?;
    // The case's legal analysis, once for the whole screen.
    let checklist = document_checklist(&case, today);
    let step = match step.as_deref() {
        Some(s) => stored::step(s).map_err(|e| state.ui_error(e))?,
        None => resume_step(&case, &checklist, today),
    };
    Ok(view::step_view(&case, step, &checklist, today, d))
}

/// Records one answer and returns the step as it now stands (branching may add or remove
/// questions).
#[tauri::command(async)]
pub fn interview_answer(
    state: State<'_, AppState>,
    case_id: String,
    step: String,
    question_id: String,
    answer: Answer,
) -> Result<StepView, UiError> {
    state.touch();
    let (today, now, lang) = (state.clock.today(), state.clock.now(), state.lang());
    let d = Display {
        lang: &lang,
        hide_names: state.names() == Names::Hidden,
    };
    let step = stored::step(&step).map_err(|e| state.ui_error(e))?;
    let case = stored::answer(&state.vault, &case_id, &question_id, &answer, today, now)
        .map_err(|e| state.ui_error(e))?;
    let checklist = document_checklist(&case, today);
    Ok(view::step_view(&case, step, &checklist, today, d))
}

/// Turns side by side on or off and chooses the person's language.
#[tauri::command(async)]
pub fn interview_language(
    state: State<'_, AppState>,
    case_id: String,
    step: String,
    side_by_side: bool,
    language: Option<String>,
) -> Result<StepView, UiError> {
    state.touch();
    let (today, now, lang) = (state.clock.today(), state.clock.now(), state.lang());
    let d = Display {
        lang: &lang,
        hide_names: state.names() == Names::Hidden,
    };
    let step = stored::step(&step).map_err(|e| state.ui_error(e))?;
    let case = stored::set_language(
        &state.vault,
        &case_id,
        side_by_side,
        language.as_deref(),
        now,
    )
    .map_err(|e| state.ui_error(e))?;
    let checklist = document_checklist(&case, today);
    Ok(view::step_view(&case, step, &checklist, today, d))
}

/// Every answer, before any document.
#[tauri::command(async)]
pub fn interview_review(state: State<'_, AppState>, case_id: String) -> Result<Review, UiError> {
    let (today, now, lang) = (state.clock.today(), state.clock.now(), state.lang());
    let d = Display {
        lang: &lang,
        hide_names: state.names() == Names::Hidden,
    };
    // Showing a case is recorded in the audit log.
    let case = stored::view(&state.vault, &case_id, now).map_err(|e| state.ui_error(e))?;
    Ok(view::review(
        &case,
        &document_checklist(&case, today),
        today,
        d,
    ))
}
