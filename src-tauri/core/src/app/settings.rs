//! Settings: the UI language and the hide-names switch (preferences, readable before unlock), the
//! idle-lock delay, retention and backup reminder (in the vault), and the association's profile.

use serde::{Deserialize, Serialize};

use super::{Names, Request};
use crate::db::audit::{Action, Event};
use crate::db::settings::{self, VaultSettings};
use crate::i18n::{L10n, UI_LANGUAGES};
use crate::{Error, Result};

pub use crate::model::association::Association;

/// The settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    language: &'static str,
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

/// What the settings screen changes; `None` leaves a value as it is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingsUpdate {
    /// The UI language.
    pub language: Option<String>,
    /// The idle-lock delay, 1 to 60 minutes.
    pub idle_lock_minutes: Option<u32>,
    /// Initials instead of names.
    pub hide_names: Option<bool>,
    /// Retention period in months, 0 to 120 (0: off).
    pub retention_months: Option<u32>,
    /// Backup reminder delay in days, 1 to 365.
    pub backup_reminder_days: Option<u32>,
}

/// The settings as they are (the vault's only while it is unlocked).
pub fn get(req: &Request<'_>) -> Settings {
    let stored = req.vault().read(settings::load).ok();
    Settings {
        language: req.lang,
        languages: UI_LANGUAGES,
        idle_lock_minutes: stored.as_ref().map(|s| s.idle_lock_minutes),
        hide_names: req.names == Names::Hidden,
        retention_months: stored.as_ref().map(|s| s.retention_months),
        backup_reminder_days: stored.as_ref().map(|s| s.backup_reminder_days),
    }
}

/// Applies `update` and returns the settings as they now are, in the language just chosen.
///
/// # Errors
/// [`Error::InvalidField`] for a value out of its range (nothing of the vault's is changed then),
/// [`Error::Locked`] for a vault value while locked, and a preferences file that cannot be
/// written.
pub fn update(req: &Request<'_>, update: &SettingsUpdate) -> Result<Settings> {
    if update.language.is_some() || update.hide_names.is_some() {
        req.app().update_prefs(|prefs| {
            if let Some(lang) = &update.language {
                prefs.language = L10n::negotiate_ui(lang).to_string();
            }
            if let Some(hide) = update.hide_names {
                prefs.hide_names = hide;
            }
        })?;
    }
    if let Some(minutes) = update.idle_lock_minutes {
        if !VaultSettings::IDLE_LOCK_RANGE.contains(&minutes) {
            return Err(Error::InvalidField {
                path: "idleLockMinutes".into(),
                reason: "1–60".into(),
            });
        }
        req.vault().write(|tx| {
            let mut s = settings::load(tx)?;
            s.idle_lock_minutes = minutes;
            settings::save(tx, &s)
        })?;
    }
    if update.retention_months.is_some() || update.backup_reminder_days.is_some() {
        update_retention(req, update.retention_months, update.backup_reminder_days)?;
    }
    Ok(get(&req.app().request()))
}

/// Changes the retention period and the backup reminder delay (either may be left as it is),
/// within their ranges, and records the change.
fn update_retention(
    req: &Request<'_>,
    retention_months: Option<u32>,
    backup_reminder_days: Option<u32>,
) -> Result<()> {
    if retention_months.is_some_and(|m| !VaultSettings::RETENTION_RANGE.contains(&m)) {
        return Err(Error::InvalidField {
            path: "retentionMonths".into(),
            reason: "0–120".into(),
        });
    }
    if backup_reminder_days.is_some_and(|d| !VaultSettings::BACKUP_REMINDER_RANGE.contains(&d)) {
        return Err(Error::InvalidField {
            path: "backupReminderDays".into(),
            reason: "1–365".into(),
        });
    }
    req.vault().write_logged(|tx| {
        let mut s = settings::load(tx)?;
        s.retention_months = retention_months.unwrap_or(s.retention_months);
        s.backup_reminder_days = backup_reminder_days.unwrap_or(s.backup_reminder_days);
        settings::save(tx, &s)?;
        let event = Event::new(Action::SettingsChanged, req.now).detail(serde_json::json!({
            "retentionMonths": s.retention_months,
            "backupReminderDays": s.backup_reminder_days,
        }));
        Ok(((), event))
    })
}

/// The association profile its letters print (name, address, the worker who signs).
pub fn association(req: &Request<'_>) -> Result<Option<Association>> {
    req.vault().read(settings::association)
}

/// Records the association profile; `None` forgets it.
pub fn save_association(
    req: &Request<'_>,
    association: Option<Association>,
) -> Result<Option<Association>> {
    req.vault()
        .write(|tx| settings::set_association(tx, association.as_ref()))?;
    Ok(association)
}
