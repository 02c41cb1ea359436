//! Team: the keyslots of the store, members added and removed by an administrator.

use passerelle_core::app::team::{self, SlotRole, TeamView};
use passerelle_core::app::Passphrase;

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn team_list(ctx: Ctx<'_>) -> Result<TeamView> {
    guard(|| team::list(&ctx))
}

#[tauri::command(async)]
pub fn team_add(
    ctx: Ctx<'_>,
    label: String,
    passphrase: Passphrase,
    role: SlotRole,
) -> Result<String> {
    guard(|| team::add(&ctx, &label, &passphrase, role))
}

#[tauri::command(async)]
pub fn team_remove(ctx: Ctx<'_>, slot_id: String) -> Result<()> {
    guard(|| team::remove(&ctx, &slot_id))
}

/// « Générer une nouvelle clé de secours »: answers the new key, shown once.
#[tauri::command(async)]
pub fn team_new_recovery_key(ctx: Ctx<'_>) -> Result<String> {
    guard(|| team::new_recovery_key(&ctx))
}

#[tauri::command(async)]
pub fn team_rotate_key(ctx: Ctx<'_>) -> Result<()> {
    guard(|| team::rotate_key(&ctx))
}
