//! The guided interview: a step, an answer (saved at once), the side-by-side language, the
//! review of every answer.

use passerelle_core::app::interview::{self, Answer, Review, StepView};

use crate::context::Ctx;
use crate::error::{guard, Result};

/// The step `step` of case `case_id`; without a step, the one to resume at.
#[tauri::command(async)]
pub fn interview_step(ctx: Ctx<'_>, case_id: String, step: Option<String>) -> Result<StepView> {
    guard(|| interview::step(&ctx, &case_id, step.as_deref()))
}

/// Records one answer and returns the step as it now stands.
#[tauri::command(async)]
pub fn interview_answer(
    ctx: Ctx<'_>,
    case_id: String,
    step: String,
    question_id: String,
    answer: Answer,
) -> Result<StepView> {
    guard(|| interview::answer(&ctx, &case_id, &step, &question_id, &answer))
}

/// Turns side by side on or off and chooses the person's language.
#[tauri::command(async)]
pub fn interview_language(
    ctx: Ctx<'_>,
    case_id: String,
    step: String,
    side_by_side: bool,
    language: Option<String>,
) -> Result<StepView> {
    let language = language.as_deref();
    guard(|| interview::set_language(&ctx, &case_id, &step, side_by_side, language))
}

/// Every answer, before any document.
#[tauri::command(async)]
pub fn interview_review(ctx: Ctx<'_>, case_id: String) -> Result<Review> {
    guard(|| interview::review(&ctx, &case_id))
}
