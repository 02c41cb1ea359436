//! Settings: the UI language and the hide-names switch (before unlock too), the vault's delays,
//! the association profile.

use passerelle_core::app::settings::{self, Association, Settings, SettingsUpdate};

use tauri::{Runtime, WebviewWindow};

use crate::context::Ctx;
use crate::error::{guard, Result};

#[tauri::command(async)]
pub fn settings_get(ctx: Ctx<'_>) -> Result<Settings> {
    guard(|| Ok(settings::get(&ctx)))
}

/// Changes the settings; a new text size zooms the whole page at once (WebKit's page zoom, the
/// same as a browser's Ctrl +: the layout reflows as in a narrower window), and the window's
/// protection from screen captures follows the setting at once.
#[tauri::command(async)]
pub fn settings_update<R: Runtime>(
    ctx: Ctx<'_>,
    window: WebviewWindow<R>,
    update: SettingsUpdate,
) -> Result<Settings> {
    let saved = guard(|| settings::update(&ctx, &update))?;
    crate::window::follow_settings(&window, ctx.app(), &update);
    Ok(saved)
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
