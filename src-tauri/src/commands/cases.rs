//! The case list, a new case, the page of a case, closing, consent, deletion, retention, the
//! dashboard.

use passerelle_core::app::cases::{
    self, CaseDetail, CaseOverview, CasePage, ConsentDraft, Dashboard, Namesake, RetentionRow, Sort,
};

use crate::context::Ctx;
use crate::error::{guard, Result};

/// A page of the case list, from `offset` (0: the first page).
#[tauri::command(async)]
pub fn case_list(
    ctx: Ctx<'_>,
    query: Option<String>,
    sort: Option<Sort>,
    offset: Option<u64>,
) -> Result<CasePage> {
    let (query, sort) = (query.unwrap_or_default(), sort.unwrap_or_default());
    guard(|| cases::list(&ctx, &query, sort, offset.unwrap_or(0)))
}

#[tauri::command(async)]
pub fn case_create(ctx: Ctx<'_>, family_name: String, given_names: String) -> Result<String> {
    guard(|| cases::create(&ctx, &family_name, &given_names))
}

/// The cases whose person bears the same name (accents, case and transliteration aside), with
/// what tells them apart: asked before a new case is opened.
#[tauri::command(async)]
pub fn case_namesakes(
    ctx: Ctx<'_>,
    family_name: String,
    given_names: String,
) -> Result<Vec<Namesake>> {
    guard(|| cases::namesakes(&ctx, &family_name, &given_names, None))
}

/// The page of a case (recorded in the audit log as viewed).
#[tauri::command(async)]
pub fn case_overview(ctx: Ctx<'_>, case_id: String) -> Result<CaseOverview> {
    guard(|| cases::page(&ctx, &case_id))
}

/// The heading of a case and its Dossier section (recorded as viewed).
#[tauri::command(async)]
pub fn case_get(ctx: Ctx<'_>, id: String) -> Result<CaseDetail> {
    guard(|| cases::open(&ctx, &id))
}

/// Closes a case on the day typed (day/month/year; empty: today), or reopens it with `null`.
#[tauri::command(async)]
pub fn case_set_closed(ctx: Ctx<'_>, id: String, closed_on: Option<String>) -> Result<CaseDetail> {
    guard(|| cases::set_closed(&ctx, &id, closed_on.as_deref()))
}

/// Records the person's consent as the form gives it (days typed day/month/year).
#[tauri::command(async)]
pub fn case_set_consent(
    ctx: Ctx<'_>,
    id: String,
    consent: Option<ConsentDraft>,
) -> Result<CaseDetail> {
    guard(|| cases::set_consent(&ctx, &id, consent.as_ref()))
}

/// Erases a case for real (confirmed in the UI before the call).
#[tauri::command(async)]
pub fn case_delete(ctx: Ctx<'_>, id: String) -> Result<()> {
    guard(|| cases::delete(&ctx, &id))
}

#[tauri::command(async)]
pub fn retention_list(ctx: Ctx<'_>) -> Result<Vec<RetentionRow>> {
    guard(|| cases::retention(&ctx))
}

/// Overdue and coming deadlines, coming appointments, across all cases: the first `lines` of each
/// section (`null`: the default) and how many there are.
#[tauri::command(async)]
pub fn dashboard_get(ctx: Ctx<'_>, lines: Option<u64>) -> Result<Dashboard> {
    guard(|| cases::dashboard(&ctx, lines))
}
