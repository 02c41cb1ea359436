//! The association's activity report: computed in the vault, saved where the person chooses.

use passerelle_core::app::report::{self, PeriodWords, ReportFormat, ReportSaved};
use tauri::{AppHandle, Runtime};

use crate::context::Ctx;
use crate::error::{guard, Result};

/// The report of the days `from` to `to` (as typed) in `format`, saved through the dialog.
#[tauri::command(async)]
pub fn report_save<R: Runtime>(
    ctx: Ctx<'_>,
    app: AppHandle<R>,
    from: String,
    to: String,
    format: ReportFormat,
) -> Result<ReportSaved> {
    guard(|| report::save_typed(&ctx, &from, &to, format, &mut ctx.dialogs(&app)))
}

/// The period the form proposes, typed day/month/year.
#[tauri::command(async)]
pub fn report_period(ctx: Ctx<'_>) -> Result<PeriodWords> {
    guard(|| Ok(report::proposed_period(&ctx)))
}
