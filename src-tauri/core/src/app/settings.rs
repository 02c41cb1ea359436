//! Settings: the UI language and the hide-names switch (preferences, readable before unlock), the
//! idle-lock delay, retention and backup reminder (in the vault), and the association's profile.

use serde::{Deserialize, Serialize};

use super::{Names, Request};
use std::ops::RangeInclusive;

use crate::db::audit::{Action, Event};
use crate::db::settings::{self, VaultSettings};
use crate::error::{Field, Invalid, Named, Unit};
use crate::i18n::{L10n, UI_LANGUAGES};
use crate::{Error, Result};

pub use crate::model::association::Association;

/// The settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Settings {
    language: &'static str,
    languages: &'static [&'static str],
    /// `None` while locked: the value lives in the vault.
    idle_lock_minutes: Option<u32>,
    /// Initials instead of names on every screen.
    hide_names: bool,
    /// The interface's text size in percent (the whole page zooms).
    text_size: u32,
    /// The text sizes offered, in percent, smallest first.
    text_sizes: &'static [u32],
    /// Other programs may capture the window.
    screen_capture_allowed: bool,
    /// This system can keep the window out of captures (Windows, macOS; not Linux's X11).
    screen_capture_protectable: bool,
    /// The vault was opened with the recovery key: there is no current passphrase to type, and
    /// the page offers a new one instead ([`super::session::reset_passphrase`]).
    opened_with_recovery_key: bool,
    /// Retention period in months (0: off); `None` while locked.
    retention_months: Option<u32>,
    /// Backup reminder delay in days; `None` while locked.
    backup_reminder_days: Option<u32>,
}

/// The text sizes the settings screen and Ctrl + / Ctrl − step through, in percent.
pub const TEXT_SIZES: &[u32] = &[80, 90, 100, 110, 125, 150, 175, 200];

/// What the settings screen changes; `None` leaves a value as it is.
///
/// The numbers are what the worker typed, any number: Rust says when one is not whole or out of
/// its range, in words, rather than the IPC layer refusing `-5` or `2.5` in English.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct SettingsUpdate {
    /// The UI language.
    pub language: Option<String>,
    /// The idle-lock delay, 1 to 60 minutes.
    pub idle_lock_minutes: Option<f64>,
    /// Initials instead of names.
    pub hide_names: Option<bool>,
    /// The interface's text size in percent, 80 to 200.
    pub text_size: Option<f64>,
    /// Let other programs capture the window.
    pub screen_capture_allowed: Option<bool>,
    /// Retention period in months, 0 to 120 (0: off).
    pub retention_months: Option<f64>,
    /// Backup reminder delay in days, 1 to 365.
    pub backup_reminder_days: Option<f64>,
}

/// The settings as they are (the vault's only while it is unlocked).
pub fn get(req: &Request<'_>) -> Settings {
    let stored = req.vault().read(settings::load).ok();
    Settings {
        language: req.lang,
        languages: UI_LANGUAGES,
        idle_lock_minutes: stored.as_ref().map(|s| s.idle_lock_minutes),
        hide_names: req.names == Names::Hidden,
        text_size: req.app().text_size(),
        text_sizes: TEXT_SIZES,
        screen_capture_allowed: req.app().screen_capture_allowed(),
        screen_capture_protectable: cfg!(any(windows, target_os = "macos")),
        opened_with_recovery_key: req
            .vault()
            .session_info()
            .is_ok_and(|s| s.kind == crate::vault::keyfile::SlotKind::Recovery),
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
    // Every value is checked before anything is changed: a refused one changes nothing.
    let text_size = whole_in(
        update.text_size,
        Named::TextSize,
        crate::prefs::Prefs::TEXT_SIZE_RANGE,
        Unit::Percent,
    )?;
    let idle_lock_minutes = whole_in(
        update.idle_lock_minutes,
        Named::IdleLockMinutes,
        VaultSettings::IDLE_LOCK_RANGE,
        Unit::Minutes,
    )?;
    let retention_months = whole_in(
        update.retention_months,
        Named::RetentionMonths,
        VaultSettings::RETENTION_RANGE,
        Unit::Months,
    )?;
    let backup_reminder_days = whole_in(
        update.backup_reminder_days,
        Named::BackupReminderDays,
        VaultSettings::BACKUP_REMINDER_RANGE,
        Unit::Days,
    )?;
    // Showing names again weakens a protection: only in an open vault, and recorded before it
    // takes effect (review, 2026-12-04: it could be switched off while locked, and left no
    // trace). Hiding them is always allowed, recorded when the vault is open.
    // Letting other programs capture the window is the same: unlocked, and recorded first.
    if update.hide_names == Some(false) || update.screen_capture_allowed == Some(true) {
        req.require_unlocked()?;
    }
    if let Some(allowed) = update.screen_capture_allowed {
        match req.vault().log(changed(
            req,
            serde_json::json!({ "screenCaptureAllowed": allowed }),
        )) {
            Err(Error::Locked) if !allowed => {}
            other => other?,
        }
    }
    if let Some(hidden) = update.hide_names {
        match req
            .vault()
            .log(changed(req, serde_json::json!({ "hideNames": hidden })))
        {
            Err(Error::Locked) if hidden => {}
            other => other?,
        }
    }
    if update.language.is_some()
        || update.hide_names.is_some()
        || text_size.is_some()
        || update.screen_capture_allowed.is_some()
    {
        req.app().update_prefs(|prefs| {
            if let Some(lang) = &update.language {
                prefs.language = L10n::negotiate_ui(lang).to_string();
            }
            if let Some(hide) = update.hide_names {
                prefs.hide_names = hide;
            }
            if let Some(size) = text_size {
                prefs.text_size = size;
            }
            if let Some(allowed) = update.screen_capture_allowed {
                prefs.screen_capture_allowed = allowed;
            }
        })?;
    }
    if let Some(minutes) = idle_lock_minutes {
        req.vault().write_logged(|tx| {
            let mut s = settings::load(tx)?;
            s.idle_lock_minutes = minutes;
            settings::save(tx, &s)?;
            Ok((
                (),
                changed(req, serde_json::json!({ "idleLockMinutes": minutes })),
            ))
        })?;
    }
    if retention_months.is_some() || backup_reminder_days.is_some() {
        update_retention(req, retention_months, backup_reminder_days)?;
    }
    Ok(get(&req.app().request()))
}

/// `value` as a whole number in `range`, or the error that says which range, in words.
fn whole_in(
    value: Option<f64>,
    field: Named,
    range: RangeInclusive<u32>,
    unit: Unit,
) -> Result<Option<u32>> {
    let Some(value) = value else {
        return Ok(None);
    };
    if value.fract() == 0.0 && (*range.start() as f64..=*range.end() as f64).contains(&value) {
        return Ok(Some(value as u32));
    }
    Err(Error::invalid(
        Field::Named(field),
        Invalid::OutOfRange {
            min: *range.start(),
            max: *range.end(),
            unit,
        },
    ))
}

/// Changes the retention period and the backup reminder delay (either may be left as it is),
/// already checked, and records the change.
fn update_retention(
    req: &Request<'_>,
    retention_months: Option<u32>,
    backup_reminder_days: Option<u32>,
) -> Result<()> {
    req.vault().write_logged(|tx| {
        let mut s = settings::load(tx)?;
        s.retention_months = retention_months.unwrap_or(s.retention_months);
        s.backup_reminder_days = backup_reminder_days.unwrap_or(s.backup_reminder_days);
        settings::save(tx, &s)?;
        let event = changed(
            req,
            serde_json::json!({
                "retentionMonths": s.retention_months,
                "backupReminderDays": s.backup_reminder_days,
            }),
        );
        Ok(((), event))
    })
}

/// A change of the settings, for the audit log: what changed, never a person's data.
fn changed(req: &Request<'_>, detail: serde_json::Value) -> Event {
    Event::new(Action::SettingsChanged, req.now).detail(detail)
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
    let state = if association.is_some() {
        "saved"
    } else {
        "removed"
    };
    req.vault().write_logged(|tx| {
        let stored = settings::set_association(tx, association.as_ref())?;
        Ok((
            stored,
            changed(req, serde_json::json!({ "association": state })),
        ))
    })
}
