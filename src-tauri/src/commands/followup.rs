//! Notes, appointments and checklist answers from the page of a case. Each command saves, then
//! returns the page as it now stands.

use passerelle_core::db::cases;
use passerelle_core::followup::{self, AppointmentDraft};
use passerelle_core::interview::{stored, Answer};
use passerelle_core::model::case::CaseFile;
use passerelle_core::overview::case::{self as case_page, CaseOverview};
use passerelle_core::{Clock, Result};
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

/// Applies `f` to case `case_id` in one transaction and returns the page of the case.
fn edit(
    state: &AppState,
    case_id: &str,
    f: impl FnOnce(&mut CaseFile) -> Result<()>,
) -> std::result::Result<CaseOverview, UiError> {
    state.touch();
    let (today, now, lang, names) = (
        state.clock.today(),
        state.clock.now(),
        state.lang(),
        state.names(),
    );
    let case = state
        .vault
        .write(|tx| {
            cases::edit(tx, case_id, now, |case| {
                f(case)?;
                Ok(case.clone())
            })
        })
        .map_err(|e| state.ui_error(e))?;
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
    let case = state
        .vault
        .write(|tx| stored::answer(tx, &case_id, &question_id, &answer, today, now))
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
    edit(&state, &case_id, |c| {
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
    edit(&state, &case_id, |c| {
        followup::edit_note(c, &note_id, &text)
    })
}

#[tauri::command(async)]
pub fn note_delete(
    state: State<'_, AppState>,
    case_id: String,
    note_id: String,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, |c| followup::delete_note(c, &note_id))
}

#[tauri::command(async)]
pub fn appointment_save(
    state: State<'_, AppState>,
    case_id: String,
    draft: AppointmentDraft,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, |c| {
        followup::save_appointment(c, &draft).map(|_| ())
    })
}

#[tauri::command(async)]
pub fn appointment_delete(
    state: State<'_, AppState>,
    case_id: String,
    appointment_id: String,
) -> std::result::Result<CaseOverview, UiError> {
    edit(&state, &case_id, |c| {
        followup::delete_appointment(c, &appointment_id)
    })
}
