//! A case's documents as PDF, saved where the worker chooses in a dialog opened from Rust (the
//! webview has no dialog or file permission), or, when the app was started with `--export-dir`,
//! in that directory without asking; or printed from memory, with no file; how its letters address the head of the office.

use passerelle_core::app::documents::{
    self, AddresseeChoice, Exported, OfficeHead, Printed, Title,
};
use passerelle_core::print::Lp;
use tauri::{AppHandle, Runtime};

use crate::context::Ctx;
use crate::error::{guard, Result};

/// Renders a document for a route (`None`: the case's own), saves it, and records the export once
/// the file is written.
#[tauri::command(async)]
pub fn document_export<R: Runtime>(
    ctx: Ctx<'_>,
    app: AppHandle<R>,
    case_id: String,
    kind: String,
    route: Option<String>,
) -> Result<Exported> {
    guard(|| {
        documents::export(
            &ctx,
            &case_id,
            &kind,
            route.as_deref(),
            &mut ctx.dialogs(&app),
        )
    })
}

/// Renders a document for a route (`None`: the case's own) and sends it to the system's print
/// service from memory (CUPS's `lp` on its standard input): no file is written.
#[tauri::command(async)]
pub fn document_print(
    ctx: Ctx<'_>,
    case_id: String,
    kind: String,
    route: Option<String>,
) -> Result<Printed> {
    guard(|| documents::print(&ctx, &case_id, &kind, route.as_deref(), &Lp::system()))
}

/// The rule pack's review sheet for a jurist, saved where the worker chooses.
#[tauri::command(async)]
pub fn review_sheet_export<R: Runtime>(ctx: Ctx<'_>, app: AppHandle<R>) -> Result<Exported> {
    guard(|| documents::export_review_sheet(&ctx, &mut ctx.dialogs(&app)))
}

/// How the letters of a case address the head of its office: both forms, and the one recorded.
#[tauri::command(async)]
pub fn case_addressee(ctx: Ctx<'_>, case_id: String) -> Result<Option<AddresseeChoice>> {
    guard(|| documents::addressee(&ctx, &case_id))
}

/// Records how the head of an office is addressed, for every letter sent there; `None` forgets
/// it.
#[tauri::command(async)]
pub fn addressee_title_save(ctx: Ctx<'_>, head: OfficeHead, title: Option<Title>) -> Result<()> {
    guard(|| documents::save_title(&ctx, &head, title))
}

/// Records whether the sub-prefect of an arrondissement signs the permits its sub-prefecture
/// issues (the letters then go to them, not to the prefect).
#[tauri::command(async)]
pub fn addressee_signer_save(
    ctx: Ctx<'_>,
    arrondissement: String,
    sub_prefect_signs: bool,
) -> Result<()> {
    guard(|| documents::save_signer(&ctx, &arrondissement, sub_prefect_signs))
}
