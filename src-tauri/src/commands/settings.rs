//! Settings: the UI language and the hide-names switch (before unlock too), the vault's delays,
//! the association profile.

use passerelle_core::app::settings::{self, Association, Settings, SettingsUpdate};

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn settings_get(ctx: Ctx<'_>) -> Result<Settings> {
    guard(|| Ok(settings::get(&ctx)))
}

#[tauri::command(async)]
pub fn settings_update(ctx: Ctx<'_>, update: SettingsUpdate) -> Result<Settings> {
    guard(|| settings::update(&ctx, &update))
}

/// The association profile its letters print (name, address, the worker who signs).
#[tauri::command(async)]
pub fn association_get(ctx: Ctx<'_>) -> Result<Option<Association>> {
    guard(|| settings::association(&ctx))
}

/// Records the association profile; `None` forgets it.
#[tauri::command(async)]
pub fn association_save(
    ctx: Ctx<'_>,
    association: Option<Association>,
) -> Result<Option<Association>> {
    guard(|| settings::save_association(&ctx, association))
}
