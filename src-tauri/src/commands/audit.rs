//! The audit log: read it, check its chain, export it.

use passerelle_core::app::audit::{self, AuditPage, AuditQuery};
use tauri::AppHandle;

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn audit_list(ctx: Ctx<'_>, query: AuditQuery) -> Result<AuditPage> {
    guard(|| audit::page(&ctx, &query))
}

/// Writes the log as JSON where the person chooses; `false` if cancelled.
#[tauri::command(async)]
pub fn audit_export(ctx: Ctx<'_>, app: AppHandle) -> Result<bool> {
    guard(|| audit::save(&ctx, &mut ctx.dialogs(&app)))
}
