//! Notes, appointments, applications and answers from the page of a case: each saves, then returns the page as
//! it now stands.

use passerelle_core::app::cases::CaseOverview;
use passerelle_core::app::followup::{self, ApplicationDraft, AppointmentDraft};
use passerelle_core::app::interview::Answer;

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn case_answer(
    ctx: Ctx<'_>,
    case_id: String,
    question_id: String,
    answer: Answer,
) -> Result<CaseOverview> {
    guard(|| followup::answer(&ctx, &case_id, &question_id, &answer))
}

/// The language the person reads: her checklist's second column, and the interview's.
#[tauri::command(async)]
pub fn case_reading_language(
    ctx: Ctx<'_>,
    case_id: String,
    language: String,
) -> Result<CaseOverview> {
    guard(|| followup::set_reading_language(&ctx, &case_id, &language))
}

#[tauri::command(async)]
pub fn note_add(ctx: Ctx<'_>, case_id: String, text: String) -> Result<CaseOverview> {
    guard(|| followup::add_note(&ctx, &case_id, &text))
}

#[tauri::command(async)]
pub fn note_edit(
    ctx: Ctx<'_>,
    case_id: String,
    note_id: String,
    text: String,
) -> Result<CaseOverview> {
    guard(|| followup::edit_note(&ctx, &case_id, &note_id, &text))
}

#[tauri::command(async)]
pub fn note_delete(ctx: Ctx<'_>, case_id: String, note_id: String) -> Result<CaseOverview> {
    guard(|| followup::delete_note(&ctx, &case_id, &note_id))
}

#[tauri::command(async)]
pub fn appointment_save(
    ctx: Ctx<'_>,
    case_id: String,
    draft: AppointmentDraft,
) -> Result<CaseOverview> {
    guard(|| followup::save_appointment(&ctx, &case_id, &draft))
}

#[tauri::command(async)]
pub fn appointment_delete(
    ctx: Ctx<'_>,
    case_id: String,
    appointment_id: String,
) -> Result<CaseOverview> {
    guard(|| followup::delete_appointment(&ctx, &case_id, &appointment_id))
}

#[tauri::command(async)]
pub fn application_save(
    ctx: Ctx<'_>,
    case_id: String,
    draft: ApplicationDraft,
) -> Result<CaseOverview> {
    guard(|| followup::save_application(&ctx, &case_id, &draft))
}

#[tauri::command(async)]
pub fn application_delete(ctx: Ctx<'_>, case_id: String, index: usize) -> Result<CaseOverview> {
    guard(|| followup::delete_application(&ctx, &case_id, index))
}
