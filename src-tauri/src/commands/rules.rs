//! The rule pack: which one is in use, importing a newer signed one, going back, and the cases a
//! change concerns (About, the dashboard, the case page).

use passerelle_core::app::rules::{self, CaseNotice, PackNotices, RulesChanged, RulesInfo};
use tauri::{AppHandle, Runtime};

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn rules_show(ctx: Ctx<'_>) -> Result<RulesInfo> {
    guard(|| rules::show(&ctx))
}

/// Imports the pack file picked in the dialog; `None` if cancelled.
#[tauri::command(async)]
pub fn rules_import<R: Runtime>(ctx: Ctx<'_>, app: AppHandle<R>) -> Result<Option<RulesChanged>> {
    guard(|| rules::import(&ctx, &mut ctx.dialogs(&app)))
}

#[tauri::command(async)]
pub fn rules_rollback(ctx: Ctx<'_>) -> Result<RulesChanged> {
    guard(|| rules::rollback(&ctx))
}

#[tauri::command(async)]
pub fn rules_notices(ctx: Ctx<'_>) -> Result<PackNotices> {
    guard(|| rules::notices(&ctx))
}

#[tauri::command(async)]
pub fn rules_case_notices(ctx: Ctx<'_>, id: String) -> Result<Vec<CaseNotice>> {
    guard(|| rules::case_notices(&ctx, &id))
}

#[tauri::command(async)]
pub fn rules_mark_seen(ctx: Ctx<'_>, id: String, to_version: String) -> Result<()> {
    guard(|| rules::mark_seen(&ctx, &id, &to_version))
}
