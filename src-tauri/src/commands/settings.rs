//! Settings: the idle-lock delay (in the vault), the UI language and the hide-names switch
//! (before unlock too).

use std::sync::atomic::Ordering;

use passerelle_core::db::settings::{self as vault_settings, VaultSettings};
use passerelle_core::i18n::{L10n, UI_LANGUAGES};
use passerelle_core::model::association::Association;
use passerelle_core::overview::Names;
use passerelle_core::{Clock, Error};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::UiError;
use crate::state::AppState;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    language: String,
    languages: &'static [&'static str],
    /// `None` while locked: the value lives in the vault.
    idle_lock_minutes: Option<u32>,
    /// Initials instead of names on every screen.
    hide_names: bool,
    /// Retention period in months (0: off); `None` while locked.
    retention_months: Option<u32>,
    /// Backup reminder delay in days; `None` while locked.
    backup_reminder_days: Option<u32>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsUpdate {
    language: Option<String>,
    idle_lock_minutes: Option<u32>,
    hide_names: Option<bool>,
    retention_months: Option<u32>,
    backup_reminder_days: Option<u32>,
}

fn current(state: &AppState) -> Settings {
    let stored = state.vault.read(vault_settings::load).ok();
    Settings {
        language: state.lang(),
        languages: UI_LANGUAGES,
        idle_lock_minutes: state
            .vault
            .is_unlocked()
            .then(|| state.idle_lock_minutes.load(Ordering::Relaxed)),
        hide_names: state.names() == Names::Hidden,
        retention_months: stored.as_ref().map(|s| s.retention_months),
        backup_reminder_days: stored.as_ref().map(|s| s.backup_reminder_days),
    }
}

#[tauri::command(async)]
pub fn settings_get(state: State<'_, AppState>) -> Settings {
    current(&state)
}

#[tauri::command(async)]
pub fn settings_update(
    state: State<'_, AppState>,
    update: SettingsUpdate,
) -> Result<Settings, UiError> {
    state.touch();
    if update.language.is_some() || update.hide_names.is_some() {
        let mut prefs = state.prefs.read().map(|p| p.clone()).unwrap_or_default();
        if let Some(lang) = update.language {
            prefs.language = L10n::negotiate_ui(&lang).to_string();
        }
        if let Some(hide) = update.hide_names {
            prefs.hide_names = hide;
        }
        prefs
            .save(&state.paths.data)
            .map_err(|e| state.ui_error(e))?;
        if let Ok(mut p) = state.prefs.write() {
            *p = prefs;
        }
    }
    if let Some(minutes) = update.idle_lock_minutes {
        if !VaultSettings::IDLE_LOCK_RANGE.contains(&minutes) {
            return Err(state.ui_error(Error::InvalidField {
                path: "idleLockMinutes".into(),
                reason: "1–60".into(),
            }));
        }
        state
            .vault
            .write(|tx| {
                let mut s = vault_settings::load(tx)?;
                s.idle_lock_minutes = minutes;
                vault_settings::save(tx, &s)
            })
            .map_err(|e| state.ui_error(e))?;
        state.idle_lock_minutes.store(minutes, Ordering::Relaxed);
    }
    if update.retention_months.is_some() || update.backup_reminder_days.is_some() {
        state
            .vault
            .update_retention_settings(
                update.retention_months,
                update.backup_reminder_days,
                state.clock.now(),
            )
            .map_err(|e| state.ui_error(e))?;
    }
    Ok(current(&state))
}

/// The association profile its letters print (name, address, the worker who signs).
#[tauri::command(async)]
pub fn association_get(state: State<'_, AppState>) -> Result<Option<Association>, UiError> {
    state
        .vault
        .read(vault_settings::association)
        .map_err(|e| state.ui_error(e))
}

/// Records the association profile; `None` forgets it.
#[tauri::command(async)]
pub fn association_save(
    state: State<'_, AppState>,
    association: Option<Association>,
) -> Result<Option<Association>, UiError> {
    state.touch();
    state
        .vault
        .write(|tx| vault_settings::set_association(tx, association.as_ref()))
        .map_err(|e| state.ui_error(e))?;
    Ok(association)
}
