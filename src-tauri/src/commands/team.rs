//! Team: the keyslots of the store, members added and removed by an administrator.

use passerelle_core::app::team::{self, MemberRow, SlotRole};
use passerelle_core::app::Passphrase;

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn team_list(ctx: Ctx<'_>) -> Result<Vec<MemberRow>> {
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

#[tauri::command(async)]
pub fn team_rotate_key(ctx: Ctx<'_>) -> Result<()> {
    guard(|| team::rotate_key(&ctx))
}
