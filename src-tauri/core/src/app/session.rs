//! The session: what the first screen needs, creating the store, unlocking, locking, changing the
//! passphrase, who holds the session.

use serde::Serialize;

use super::{App, Request};
use crate::error::{Field, Named};
use crate::vault::kdf::KdfParams;
use crate::vault::strength;
use crate::vault::Secret;
use crate::{Error, Result};

pub use crate::vault::strength::Strength;
pub use crate::vault::SessionInfo;

/// What the first screen needs before anything is unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AppStatus {
    /// A store exists (else: create one, or restore a backup).
    pub store_exists: bool,
    /// A database is there without its key file: the first screen says so, and offers to move
    /// it aside only with the worker's consent (never to delete it).
    pub key_file_missing: bool,
    /// A creation or a restore was cut short here (the app killed, a flat battery): the first
    /// screen says so above « create » and « restore », either of which goes on from it.
    pub store_unfinished: bool,
    /// The vault is open.
    pub unlocked: bool,
    /// The UI language.
    pub language: &'static str,
    /// Passerelle's version.
    pub version: &'static str,
    /// Where the embedded data comes from and under which licence, in the UI language (the
    /// About screen: Etalab, DILA, Licence Ouverte).
    pub data_attribution: Vec<String>,
    /// Failed unlocks since the last success.
    pub failed_attempts: u32,
    /// Initials instead of names.
    pub hide_names: bool,
    /// The interface's text size in percent (the whole page zooms).
    pub text_size: u32,
    /// How long a typed text may be: the forms say so as it nears the limit, not only once it
    /// is refused (UI review, 2026-12-06: « Lieu » said its 200 characters only after saving).
    pub text_limits: TextLimits,
    /// The unlock of this session found the key file missing, damaged or modified and put back
    /// its last good copy: every page says so until the worker closes the notice.
    pub key_file_restored: Option<crate::vault::KeyFileRestored>,
}

/// The most characters each kind of typed text takes (the limits the core checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TextLimits {
    /// A line: an interview answer, an appointment's place ([`crate::interview::MAX_TEXT`]).
    pub line: u32,
    /// A paragraph of the interview ([`crate::interview::MAX_PARAGRAPH`]).
    pub paragraph: u32,
    /// A note, an appointment's note ([`crate::followup::MAX_NOTE`]).
    pub note: u32,
}

impl TextLimits {
    /// The core's limits.
    pub const CORE: TextLimits = TextLimits {
        line: crate::interview::MAX_TEXT as u32,
        paragraph: crate::interview::MAX_PARAGRAPH as u32,
        note: crate::followup::MAX_NOTE as u32,
    };
}

/// Where the app stands.
pub fn status(req: &Request<'_>) -> AppStatus {
    let vault = req.vault();
    AppStatus {
        store_exists: vault.exists(),
        key_file_missing: vault.key_file_missing(),
        store_unfinished: vault.unfinished(),
        unlocked: vault.is_unlocked(),
        language: req.lang,
        version: env!("CARGO_PKG_VERSION"),
        data_attribution: crate::geo::attribution_lines(req.lang),
        failed_attempts: vault.failed_attempts(),
        hide_names: req.names == super::Names::Hidden,
        text_size: req.app().text_size(),
        text_limits: TextLimits::CORE,
        key_file_restored: vault.session_info().ok().and_then(|s| s.key_file_restored),
    }
}

/// How strong a passphrase is (the meter under the field, and the rule the vault applies).
pub fn strength(passphrase: &str) -> Strength {
    strength::assess(passphrase)
}

/// Whether `passphrase` may become one (of the store, a backup, a hand-over): the vault's rule,
/// for a front end that asks before it starts ([`crate::vault::check_new_passphrase`]).
pub fn may_become_passphrase(passphrase: &str) -> Result<()> {
    crate::vault::check_new_passphrase(passphrase)
}

/// Builds, ahead of the first keystroke, what the strength meter reads: the index of the French
/// word lists (about 90 ms in a release build, 3 December 2026). The app calls it in the
/// background on a first run, so that the setup screen's meter does not wait for it (issue 11).
pub fn prepare_strength_meter() {
    let _ = strength::assess("Passerelle prête 2026");
}

/// Five random French words to offer beside the meter (`vault::strength::generate`).
pub fn generate_passphrase() -> String {
    crate::vault::strength::generate::generate().to_string()
}

/// A store just created.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Created {
    /// Shown once, to be written down; never stored in clear.
    pub recovery_key: String,
    /// The key derivation's parameters, calibrated on this machine.
    pub kdf: KdfParams,
}

/// Creates the store, protected by `passphrase`, and leaves it unlocked.
///
/// # Errors
/// [`Error::PassphraseTooWeak`], [`Error::StoreExists`], and the vault's.
pub fn create(req: &Request<'_>, passphrase: &str) -> Result<Created> {
    // Before the calibration, which takes seconds: a lock during it is seen.
    let since = req.vault().lock_count();
    let (recovery, kdf) = req.app().calibrated(|kdf| {
        let recovery = req.vault().create_since(passphrase, kdf, req.now, since)?;
        Ok((recovery, kdf))
    })?;
    log::info!("store created");
    Ok(Created {
        recovery_key: recovery.display().to_string(),
        kdf,
    })
}

/// Moves a database found without its key file aside (renamed, never deleted), at the worker's
/// explicit request, so a store can be created or restored. Returns the file's new name.
///
/// # Errors
/// [`Error::StoreExists`] when the key file is there after all, [`Error::StoreMissing`] when
/// there is no database.
pub fn set_aside_database(req: &Request<'_>) -> Result<String> {
    let name = req.vault().set_aside_database(req.now)?;
    log::warn!("database without key file set aside");
    Ok(name)
}

/// Unlocks with the passphrase or, without one, the recovery key. An empty one is none: it is
/// not tried, so not counted among the failed attempts that slow the store down (an empty field
/// sent by mistake, an empty standard input).
///
/// # Errors
/// [`Error::Required`] when neither is given, and those of [`crate::vault::Vault::unlock`].
pub fn unlock(
    req: &Request<'_>,
    passphrase: Option<&str>,
    recovery_key: Option<&str>,
) -> Result<Unlocked> {
    fn given(s: Option<&str>) -> Option<&str> {
        s.filter(|s| !s.trim().is_empty())
    }
    let secret = match (given(passphrase), given(recovery_key)) {
        (Some(p), _) => Secret::Passphrase(p),
        (None, Some(k)) => Secret::RecoveryKey(k),
        (None, None) => return Err(Error::required(Field::Named(Named::Passphrase))),
    };
    let with_recovery_key = matches!(secret, Secret::RecoveryKey(_));
    req.vault().unlock(secret, req.now)?;
    log::info!("unlocked");
    // Typed to unlock, the recovery key is in her hands: nothing to ask about it.
    if with_recovery_key {
        recovery_key_noted(req)?;
    }
    // Said to an administrator, who can issue a new one; a member cannot act on it. Read before
    // the unseen key is taken: an error here leaves it waiting for the next unlock.
    let admin = req.vault().session_info()?.role == crate::vault::keyfile::SlotRole::Admin;
    let pending = req
        .vault()
        .read(crate::db::settings::recovery_key_pending)?;
    // Best effort, and before the unseen key is taken: the vault is open, and a preferences
    // file that cannot be written must not fail the unlock (review of this change).
    let protections_restored = protections_as_logged(req).unwrap_or_else(|e| {
        log::warn!("protections not checked: {}", crate::error::LogSafe(&e));
        false
    });
    let unseen_recovery_key = req
        .vault()
        .take_unseen_recovery_key()
        .map(|key| key.display().to_string());
    Ok(Unlocked {
        recovery_key_unconfirmed: pending && admin && unseen_recovery_key.is_none(),
        unseen_recovery_key,
        with_recovery_key,
        protections_restored,
    })
}

/// Puts back the two protections the preferences file (plain, outside the vault) may weaken
/// where the log does not record the worker weakening them: captures of the window allowed, and
/// names shown after she hid them. Weakening either takes an open vault and is logged first
/// (`settings::update`); the file edited while the app was closed skipped both (security review,
/// 2026-12-07). What is put back is logged too. True when something was.
///
/// A protection she chose while the vault was locked (hiding names, or protecting the window,
/// from the lock screen) could not be logged then: it is recorded now, so that an edit of the
/// file before her next unlock is put back like any other (left out on 2026-12-07).
fn protections_as_logged(req: &Request<'_>) -> Result<bool> {
    // Only where there is a preferences file (the app): the command line has none, and its
    // defaults are no one's choice (review of this change: every CLI run « put back » names).
    if req.app().prefs_dir.is_none() {
        return Ok(false);
    }
    let prefs = req.app().prefs();
    let logged = |key: &str| {
        req.vault()
            .read(|c| crate::db::audit::last_setting(c, key))
            .map(|v| v.and_then(|v| v.as_bool()))
    };
    let (logged_capture, logged_names) = (logged("screenCaptureAllowed")?, logged("hideNames")?);
    let capture = prefs.screen_capture_allowed && logged_capture != Some(true);
    let names = !prefs.hide_names && logged_names == Some(true);
    let chosen = Protections {
        capture: !prefs.screen_capture_allowed && logged_capture == Some(true),
        names: prefs.hide_names && logged_names != Some(true),
    };
    if chosen.capture || chosen.names {
        req.vault().log(
            crate::db::audit::Event::new(crate::db::audit::Action::SettingsChanged, req.now)
                .detail(chosen.detail("recordedAtUnlock", true.into())),
        )?;
    }
    if !capture && !names {
        return Ok(false);
    }
    // Put back first: recorded only once it is so.
    req.app().update_prefs(|p| {
        if capture {
            p.screen_capture_allowed = false;
        }
        if names {
            p.hide_names = true;
        }
    })?;
    req.vault().log(
        crate::db::audit::Event::new(crate::db::audit::Action::SettingsChanged, req.now)
            .detail(Protections { capture, names }.detail("restored", "preferences-file".into())),
    )?;
    log::warn!("protections put back: the preferences file was changed outside the app");
    Ok(true)
}

/// Which of the two protections an unlock records: the window kept from captures, names hidden.
struct Protections {
    capture: bool,
    names: bool,
}

impl Protections {
    /// The log's detail: each protection as the setting it is, and `why` it is recorded at unlock.
    fn detail(&self, why: &str, value: serde_json::Value) -> serde_json::Value {
        let mut detail = serde_json::Map::new();
        if self.capture {
            detail.insert("screenCaptureAllowed".into(), false.into());
        }
        if self.names {
            detail.insert("hideNames".into(), true.into());
        }
        detail.insert(why.into(), value);
        detail.into()
    }
}

/// A passphrase slot a session opened with the recovery key may give a new passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PassphraseSlot {
    /// The slot's id, what [`reset_passphrase`] takes.
    pub id: String,
    /// Its label (`None`: the store's creator, worded by the screen).
    pub label: Option<String>,
    /// Its role.
    pub role: crate::vault::keyfile::SlotRole,
}

/// In a session opened with the recovery key, the passphrase slots that can be given a new
/// passphrase (the damaged ones left out), the administrators' first; empty in a passphrase's
/// session, where a worker changes her own ([`change_passphrase`]).
///
/// # Errors
/// [`Error::Locked`].
pub fn passphrase_slots(req: &Request<'_>) -> Result<Vec<PassphraseSlot>> {
    use crate::vault::keyfile::{SlotKind, SlotRole};
    if req.vault().session_info()?.kind != SlotKind::Recovery {
        return Ok(Vec::new());
    }
    let mut slots: Vec<PassphraseSlot> = req
        .vault()
        .members()?
        .into_iter()
        .filter(|m| m.kind == SlotKind::Passphrase && !m.damaged)
        .map(|m| PassphraseSlot {
            id: m.id,
            label: m.label,
            role: m.role,
        })
        .collect();
    slots.sort_by_key(|s| s.role != SlotRole::Admin);
    Ok(slots)
}

/// With the recovery key: gives the passphrase slot `slot_id` the passphrase `new`
/// ([`crate::vault::Vault::reset_passphrase`]).
///
/// # Errors
/// Those of [`crate::vault::Vault::reset_passphrase`].
pub fn reset_passphrase(req: &Request<'_>, slot_id: &str, new: &str) -> Result<()> {
    req.require_unlocked()?;
    req.app()
        .calibrated(|kdf| req.vault().reset_passphrase(slot_id, new, kdf, req.now))?;
    log::info!("passphrase given anew with the recovery key");
    Ok(())
}

/// The worker says she wrote the recovery key down (the box ticked under it): the next unlock
/// no longer says it was never confirmed.
///
/// # Errors
/// [`Error::Locked`].
pub fn recovery_key_noted(req: &Request<'_>) -> Result<()> {
    req.vault()
        .write(|tx| crate::db::settings::set_recovery_key_pending(tx, false))
}

/// The vault just unlocked.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Unlocked {
    /// The recovery key of a store created or restored while the vault was locked (a quick lock
    /// pressed meanwhile), never shown yet: shown now, once.
    pub unseen_recovery_key: Option<String>,
    /// The store's recovery key was issued but never confirmed as written down (the app quit,
    /// or a lock came, before the box was ticked), and this session is an administrator's: the
    /// unlock screen asks whether she has it, or offers a new one.
    pub recovery_key_unconfirmed: bool,
    /// Opened with the recovery key: the next screen offers a new passphrase
    /// ([`passphrase_slots`], [`reset_passphrase`]).
    pub with_recovery_key: bool,
    /// The preferences file, changed outside the app, allowed captures of the window or showed
    /// names the log has her hiding: both put back ([`protections_as_logged`]); the window
    /// takes its protection again.
    pub protections_restored: bool,
}

/// Locks at the worker's request.
pub fn lock(app: &App) {
    app.lock();
    log::info!("locked by the user");
}

/// Leaves the neutral screen: locks (nothing opened behind it stays open), and returns the
/// window's own title.
pub fn reveal(req: &Request<'_>) -> &'static str {
    req.app().lock();
    "Passerelle"
}

/// Quick lock (Shift three times): locks at once; returns the neutral title the window takes.
pub fn quick_lock(req: &Request<'_>) -> String {
    req.app().lock();
    log::info!("quick lock");
    req.app().neutral_title()
}

/// Replaces the passphrase of the session's keyslot; `current` is asked again.
///
/// # Errors
/// [`Error::WrongPassphrase`], [`Error::PassphraseTooWeak`], [`Error::Locked`].
pub fn change_passphrase(req: &Request<'_>, current: &str, new: &str) -> Result<()> {
    req.app()
        .calibrated(|kdf| req.vault().change_passphrase(current, new, kdf, req.now))?;
    log::info!("passphrase changed");
    Ok(())
}

/// Who holds the session: label and role (administrators see the team's actions).
///
/// # Errors
/// [`Error::Locked`].
pub fn info(req: &Request<'_>) -> Result<SessionInfo> {
    req.vault().session_info()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::{self, SettingsUpdate};
    use crate::app::App;
    use crate::clock::FixedClock;
    use crate::prefs::Prefs;
    use crate::vault::kdf::KdfParams;

    const PASSPHRASE: &str = "lanterne violon marée cactus";

    /// Security review, 2026-12-07: the preferences file, plain and outside the vault, edited
    /// while the app was closed, allowed captures of the window and showed names with no open
    /// vault and no trace in the log. Unlocking puts back what the log does not record her
    /// choosing, and logs it; what she chose in the app stays.
    #[test]
    fn protections_weakened_outside_the_app_are_put_back_at_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let app = || {
            App::new(dir.path().join("store"))
                .with_prefs_in(dir.path())
                .with_clock(FixedClock::on(crate::test_support::d(2026, 12, 7)))
                .with_kdf(KdfParams::FLOOR)
        };
        let first = app();
        create(&first.request(), PASSPHRASE).unwrap();
        recovery_key_noted(&first.request()).unwrap();
        let hide = SettingsUpdate {
            hide_names: Some(true),
            ..SettingsUpdate::default()
        };
        settings::update(&first.request(), &hide).unwrap();
        first.lock();
        drop(first);
        // Behind the app's back.
        let edited = Prefs {
            hide_names: false,
            screen_capture_allowed: true,
            ..Prefs::load(dir.path())
        };
        edited.save(dir.path()).unwrap();
        let second = app();
        assert!(second.screen_capture_allowed(), "read before unlock");
        let unlocked = unlock(&second.request(), Some(PASSPHRASE), None).unwrap();
        assert!(unlocked.protections_restored);
        assert!(!second.screen_capture_allowed());
        assert_eq!(second.request().names, crate::app::Names::Hidden);
        let saved = Prefs::load(dir.path());
        assert!(saved.hide_names && !saved.screen_capture_allowed);
        let log = crate::app::audit::page(
            &second.request(),
            &crate::app::audit::AuditQuery {
                action: Some("settings-changed".into()),
                ..Default::default()
            },
        )
        .unwrap();
        let log = serde_json::to_string(&log).unwrap();
        assert!(
            log.contains("autorisait les captures d’écran et affichait les noms"),
            "{log}"
        );
        // Chosen in the app, and logged: kept.
        let allow = SettingsUpdate {
            screen_capture_allowed: Some(true),
            hide_names: Some(false),
            ..SettingsUpdate::default()
        };
        settings::update(&second.request(), &allow).unwrap();
        second.lock();
        let again = unlock(&second.request(), Some(PASSPHRASE), None).unwrap();
        assert!(!again.protections_restored);
        assert!(second.screen_capture_allowed());
    }

    /// Left out on 2026-12-07: a protection chosen while locked (from the lock screen) was not
    /// logged, so an edit of the preferences file before the next unlock undid it unseen.
    #[test]
    fn protections_chosen_while_locked_are_recorded_at_unlock_then_kept() {
        let dir = tempfile::tempdir().unwrap();
        let app = App::new(dir.path().join("store"))
            .with_prefs_in(dir.path())
            .with_clock(FixedClock::on(crate::test_support::d(2026, 12, 8)))
            .with_kdf(KdfParams::FLOOR);
        create(&app.request(), PASSPHRASE).unwrap();
        recovery_key_noted(&app.request()).unwrap();
        let allow = SettingsUpdate {
            screen_capture_allowed: Some(true),
            ..SettingsUpdate::default()
        };
        settings::update(&app.request(), &allow).unwrap();
        app.lock();
        let protect = SettingsUpdate {
            screen_capture_allowed: Some(false),
            hide_names: Some(true),
            ..SettingsUpdate::default()
        };
        settings::update(&app.request(), &protect).unwrap();
        let unlocked = unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
        assert!(!unlocked.protections_restored, "nothing was put back");
        let log = |app: &App| {
            let page = crate::app::audit::page(
                &app.request(),
                &crate::app::audit::AuditQuery {
                    action: Some("settings-changed".into()),
                    ..Default::default()
                },
            )
            .unwrap();
            serde_json::to_value(&page).unwrap()["entries"].to_string()
        };
        assert!(
            log(&app).contains("enregistrées au déverrouillage\u{a0}: fenêtre protégée des captures d’écran et noms masqués"),
            "{}",
            log(&app)
        );
        app.lock();
        // Behind the app's back, before the next unlock: put back.
        let edited = Prefs {
            hide_names: false,
            screen_capture_allowed: true,
            ..Prefs::load(dir.path())
        };
        edited.save(dir.path()).unwrap();
        let again = App::new(dir.path().join("store"))
            .with_prefs_in(dir.path())
            .with_clock(FixedClock::on(crate::test_support::d(2026, 12, 9)))
            .with_kdf(KdfParams::FLOOR);
        let unlocked = unlock(&again.request(), Some(PASSPHRASE), None).unwrap();
        assert!(unlocked.protections_restored);
        assert!(!again.screen_capture_allowed());
        assert_eq!(again.request().names, crate::app::Names::Hidden);
        // Recorded once: a third unlock records nothing more.
        let before = log(&again);
        again.lock();
        unlock(&again.request(), Some(PASSPHRASE), None).unwrap();
        assert_eq!(log(&again), before);
    }

    /// Security review, 2026-12-08: two use cases opened a file chooser without checking the
    /// vault was open; one queued when a lock landed put a file browser over the unlock screen.
    #[test]
    fn no_file_chooser_opens_while_locked() {
        struct NeverAsked;
        impl crate::app::FrontEnd for NeverAsked {
            fn save_to(&mut self, _: &crate::app::FileOffer) -> Option<std::path::PathBuf> {
                panic!("a chooser opened while locked")
            }
            fn open_from(&mut self, _: &crate::app::FileOffer) -> Option<std::path::PathBuf> {
                panic!("a chooser opened while locked")
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let app = App::new(dir.path().join("store"))
            .with_clock(FixedClock::on(crate::test_support::d(2026, 12, 8)))
            .with_kdf(KdfParams::FLOOR);
        create(&app.request(), PASSPHRASE).unwrap();
        app.lock();
        let verified = crate::app::backup::verify(
            &app.request(),
            crate::vault::Secret::Passphrase(PASSPHRASE),
            &mut NeverAsked,
        );
        assert!(
            matches!(verified, Err(crate::Error::Locked)),
            "{verified:?}"
        );
        let sheet = crate::app::documents::export_review_sheet(&app.request(), &mut NeverAsked);
        assert!(matches!(sheet, Err(crate::Error::Locked)), "{sheet:?}");
    }
}
