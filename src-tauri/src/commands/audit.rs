//! The audit log: read it, check its chain, export it.

use passerelle_core::app::audit::{self, AuditPage, AuditQuery};
use tauri::{AppHandle, Runtime};

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn audit_list(ctx: Ctx<'_>, query: AuditQuery) -> Result<AuditPage> {
    guard(|| audit::page(&ctx, &query))
}

/// Writes the log as JSON where the person chooses; `false` if cancelled.
#[tauri::command(async)]
pub fn audit_export<R: Runtime>(ctx: Ctx<'_>, app: AppHandle<R>) -> Result<bool> {
    guard(|| audit::save(&ctx, &mut ctx.dialogs(&app)))
}
