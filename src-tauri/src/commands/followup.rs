//! Notes, appointments and checklist answers from the page of a case. Each command saves (the
//! change is recorded in the audit log, by what changed, never its content), then returns the
//! page as it now stands.

use passerelle_core::followup::{self, AppointmentDraft};
use passerelle_core::interview::{stored, Answer};
use passerelle_core::model::case::CaseFile;
use passerelle_core::overview::case::{self as case_page, CaseOverview};
use passerelle_core::vault::cases as vault_cases;
use passerelle_core::{Clock, Result};
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

/// Applies `f` to case `case_id` in one transaction (logged as a change of `what`) and returns
/// the page of the case.
fn edit(
    state: &AppState,
    case_id: &str,
    what: &str,
    f: impl FnOnce(&mut CaseFile) -> Result<()>,
) -> std::result::Result<CaseOverview, UiError> {
    state.touch();
    let (today, now, lang, names) = (
        state.clock.today(),
        state.clock.now(),
        state.lang(),
        state.names(),
    );
    let ((), case) =
        vault_cases::change(&state.vault, case_id, what, now, f).map_err(|e| state.ui_error(e))?;
    Ok(case_page::overview(case_id, &case, today, &lang, names))
}

#[tauri::command(async)]
pub fn case_answer(
    state: State<'_, AppState>,
    case_id: String,
    question_id: String,
    answer: Answer,
) -> std::result::Result<CaseOverview, UiError> {
    let (today, now, lang, names) = (
        state.clock.today(),
        state.clock.now(),
        state.lang(),
        state.names(),
    );
    state.touch();
    let case = stored::answer(&state.vault, &case_id, &question_id, &answer, today, now)
        .map_err(|e| state.ui_error(e))?;
    Ok(case_page::overview(&case_id, &case, today, &lang, names))
}

#[tauri::command(async)]
pub fn note_add(
    state: State<'_, AppState>,
    case_id: String,
    text: String,
) -> std::result::Result<CaseOverview, UiError> {
    let now = state.clock.now();
    edit(&state, &case_id, "notes", |c| {
        followup::add_note(c, &text, now).map(|_| ())
    })
}

#[tauri::command(async)]
pub fn note_edit(
    state: State<'_, AppState>,
    case_id: String,
    note_id: String,
    text: String,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, "notes", |c| {
        followup::edit_note(c, &note_id, &text)
    })
}

#[tauri::command(async)]
pub fn note_delete(
    state: State<'_, AppState>,
    case_id: String,
    note_id: String,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, "notes", |c| {
        followup::delete_note(c, &note_id)
    })
}

#[tauri::command(async)]
pub fn appointment_save(
    state: State<'_, AppState>,
    case_id: String,
    draft: AppointmentDraft,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, "appointments", |c| {
        followup::save_appointment(c, &draft).map(|_| ())
    })
}

#[tauri::command(async)]
pub fn appointment_delete(
    state: State<'_, AppState>,
    case_id: String,
    appointment_id: String,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, "appointments", |c| {
        followup::delete_appointment(c, &appointment_id)
    })
}
