//! Backups: status and reminder, make one, check one, restore one into the (absent) store.

use passerelle_core::app::backup::{self, BackupReport, BackupState, RestoredStore, VerifyReport};
use passerelle_core::app::{Passphrase, SecretInput};
use tauri::AppHandle;

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn backup_status(ctx: Ctx<'_>) -> Result<BackupState> {
    guard(|| backup::status(&ctx))
}

/// `None` if the person cancelled the dialog.
#[tauri::command(async)]
pub fn backup_create(
    ctx: Ctx<'_>,
    app: AppHandle,
    secret: SecretInput,
) -> Result<Option<BackupReport>> {
    guard(|| backup::create(&ctx, secret.secret(), &mut ctx.dialogs(&app)))
}

#[tauri::command(async)]
pub fn backup_verify(
    ctx: Ctx<'_>,
    app: AppHandle,
    secret: SecretInput,
) -> Result<Option<VerifyReport>> {
    guard(|| backup::verify(&ctx, secret.secret(), &mut ctx.dialogs(&app)))
}

#[tauri::command(async)]
pub fn backup_restore(
    ctx: Ctx<'_>,
    app: AppHandle,
    secret: SecretInput,
    new_passphrase: Passphrase,
) -> Result<Option<RestoredStore>> {
    let (secret, dialogs) = (secret.secret(), &mut ctx.dialogs(&app));
    guard(|| backup::restore(&ctx, secret, &new_passphrase, dialogs))
}
