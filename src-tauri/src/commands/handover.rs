//! Case hand-over: export one case as an encrypted bundle, import one.

use passerelle_core::app::{handover, Passphrase};
use tauri::AppHandle;

use crate::context::Ctx;
use crate::error::{guard, Result};

/// `false` if the person cancelled the dialog.
#[tauri::command(async)]
pub fn handover_export(
    ctx: Ctx<'_>,
    app: AppHandle,
    id: String,
    passphrase: Passphrase,
) -> Result<bool> {
    guard(|| handover::export(&ctx, &id, &passphrase, &mut ctx.dialogs(&app)))
}

/// The new case's id, or `None` if the person cancelled the dialog.
#[tauri::command(async)]
pub fn handover_import(
    ctx: Ctx<'_>,
    app: AppHandle,
    passphrase: Passphrase,
) -> Result<Option<String>> {
    guard(|| handover::import(&ctx, &passphrase, &mut ctx.dialogs(&app)))
}
