//! Settings: the idle-lock delay (in the vault) and the UI language (before unlock too).

use std::sync::atomic::Ordering;

use passerelle_core::db::settings::{self as vault_settings, VaultSettings};
use passerelle_core::i18n::{L10n, UI_LANGUAGES};
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
    if let Some(lang) = update.language {
        let mut prefs = state.prefs.read().map(|p| p.clone()).unwrap_or_default();
        prefs.language = L10n::negotiate_ui(&lang).to_string();
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
