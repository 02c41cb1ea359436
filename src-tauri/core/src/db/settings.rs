//! Settings kept inside the vault (everything but the pre-unlock language).
//!
//! One JSON object under one key. Fields added later carry serde defaults, so a vault written by
//! an older build reads as if it had them at their defaults: no migration. The association's
//! profile and the prefects' titles live here rather than in the preferences file because they
//! name people (the worker, the prefect) and say which association helps victims.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::{Field, Invalid, Named};
use crate::model::association::{Association, Title};
use crate::{Error, Result};

/// Settings stored in the encrypted database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VaultSettings {
    /// Minutes without input before the vault locks itself.
    pub idle_lock_minutes: u32,
    /// The association that uses this vault, and the worker who signs its support letters.
    pub association: Option<Association>,
    /// How the prefect of each département is addressed (« Madame la Préfète » or « Monsieur le
    /// Préfet »), by the département's COG code (`93`, `2A`, `976`). No open data says it: the
    /// worker records it once per département.
    pub prefect_titles: BTreeMap<String, Title>,
    /// How the sub-prefect of each arrondissement is addressed (« Madame la Sous-Préfète »…), by
    /// the arrondissement's COG code (`932`).
    pub sub_prefect_titles: BTreeMap<String, Title>,
    /// The arrondissements (COG codes, `932`) whose sub-prefect signs the residence permits the
    /// sub-prefecture issues, so that its letters go to the sub-prefect. Elsewhere a letter sent
    /// to a sub-prefecture is addressed to the prefect of the département, the authority that
    /// issues the permit (issue 12), at the sub-prefecture's address.
    pub sub_prefect_signs: BTreeSet<String>,
    /// Closed cases older than this many months are proposed for deletion; 0 turns it off.
    pub retention_months: u32,
    /// A reminder shows when the last verified backup is older than this many days.
    pub backup_reminder_days: u32,
}

impl Default for VaultSettings {
    fn default() -> Self {
        VaultSettings {
            idle_lock_minutes: 5,
            association: None,
            prefect_titles: BTreeMap::new(),
            sub_prefect_titles: BTreeMap::new(),
            sub_prefect_signs: BTreeSet::new(),
            retention_months: 24,
            backup_reminder_days: 7,
        }
    }
}

impl VaultSettings {
    /// Allowed idle-lock delays, in minutes.
    pub const IDLE_LOCK_RANGE: std::ops::RangeInclusive<u32> = 1..=60;
    /// Allowed retention periods, in months (0: off; at most ten years).
    pub const RETENTION_RANGE: std::ops::RangeInclusive<u32> = 0..=120;
    /// Allowed backup reminder delays, in days.
    pub const BACKUP_REMINDER_RANGE: std::ops::RangeInclusive<u32> = 1..=365;
}

/// The last backup that was written and read back intact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupStatus {
    /// When it was verified.
    pub verified_at: chrono::DateTime<chrono::Utc>,
    /// Cases it holds.
    pub cases: u64,
    /// The audit log's head it holds (issue 13: shown beside the current one). `None` for a
    /// status recorded before this was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<AuditPoint>,
}

/// A point of the audit log: its number of entries and the hash of the last one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditPoint {
    /// Entries up to this point.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub entries: i64,
    /// Hash of the last one (hex).
    pub head: String,
}

const BACKUP_KEY: &str = "backup-status";

/// The value stored under `key`; `None` when there is none or it no longer reads as a `T`.
fn read<T: serde::de::DeserializeOwned>(conn: &Connection, key: &str) -> Result<Option<T>> {
    let json: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

/// Stores `value` under `key`, replacing what was there.
fn write<T: Serialize>(tx: &Transaction, key: &str, value: &T) -> Result<()> {
    let json = serde_json::to_string(value).map_err(|_| crate::Error::Internal("settings"))?;
    tx.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, &json])?;
    Ok(())
}

/// The last verified backup, if any.
pub fn load_backup_status(conn: &Connection) -> Result<Option<BackupStatus>> {
    read(conn, BACKUP_KEY)
}

/// Records a verified backup.
pub fn save_backup_status(tx: &Transaction, status: &BackupStatus) -> Result<()> {
    write(tx, BACKUP_KEY, status)
}

const RECOVERY_PENDING_KEY: &str = "recovery-key-pending";

/// True while the store's recovery key was issued (a creation, a restore, a new key) and the
/// worker has not yet said it is written down: the app quit, or a lock came, before she did.
/// The next unlock says so, so that a key nobody has is not left as the store's only way back.
/// Absent (stores made before this was kept): written down.
pub fn recovery_key_pending(conn: &Connection) -> Result<bool> {
    Ok(read(conn, RECOVERY_PENDING_KEY)?.unwrap_or(false))
}

/// Records whether the recovery key waits to be confirmed as written down.
pub fn set_recovery_key_pending(tx: &Transaction, pending: bool) -> Result<()> {
    write(tx, RECOVERY_PENDING_KEY, &pending)
}

const KEY_CHANGE_KEY: &str = "key-change-pending";

/// A passphrase change whose key files are being written: recorded before they are, so that a
/// change cut short by a crash between the key file's rename and the journal's commit is still
/// recorded (adversarial review, 2026-12-06: the store then opened with the new passphrase only,
/// and the journal had no word of it). The next unlock reads the slot in the key file in
/// effect: carrying `check`, the change happened and is recorded then, as of `at`; otherwise it
/// never did. Either way the record goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyChangePending {
    /// The slot whose passphrase changes.
    pub slot_id: String,
    /// The slot's check value once changed (random at each wrapping, public in the key file).
    pub check: String,
    /// When the change was asked.
    pub at: chrono::DateTime<chrono::Utc>,
    /// Who asked it.
    pub actor: crate::db::audit::Actor,
    /// The journal entry's detail.
    pub detail: serde_json::Value,
}

/// The passphrase change under way or cut short, if any.
pub fn key_change_pending(conn: &Connection) -> Result<Option<KeyChangePending>> {
    read(conn, KEY_CHANGE_KEY)
}

/// Records a passphrase change about to be written, or (`None`) that none is.
pub fn set_key_change_pending(tx: &Transaction, pending: Option<&KeyChangePending>) -> Result<()> {
    match pending {
        Some(pending) => write(tx, KEY_CHANGE_KEY, pending),
        None => {
            tx.prepare_cached("DELETE FROM settings WHERE key = ?1")?
                .execute([KEY_CHANGE_KEY])?;
            Ok(())
        }
    }
}

const KEY: &str = "vault";

/// Reads the settings; defaults for anything missing.
pub fn load(conn: &Connection) -> Result<VaultSettings> {
    Ok(read(conn, KEY)?.unwrap_or_default())
}

/// Saves the settings.
pub fn save(tx: &Transaction, settings: &VaultSettings) -> Result<()> {
    write(tx, KEY, settings)
}

/// The association profile, if one was recorded.
pub fn association(conn: &Connection) -> Result<Option<Association>> {
    Ok(load(conn)?.association)
}

/// Records the association profile (`None` forgets it), after [`check_association`] and
/// [`check_association_lines`]; its phone and e-mail lose the invisible formatting a copy from a
/// mail client brings ([`without_format_characters`]). Returns what was recorded.
pub fn set_association(
    tx: &Transaction,
    association: Option<&Association>,
) -> Result<Option<Association>> {
    let cleaned = association.map(|a| Association {
        phone: a.phone.as_deref().map(without_format_characters),
        email: a.email.as_deref().map(without_format_characters),
        ..a.clone()
    });
    if let Some(a) = &cleaned {
        check_association_form(a)?;
    }
    let mut settings = load(tx)?;
    settings.association = cleaned.clone();
    save(tx, &settings)?;
    Ok(cleaned)
}

/// `s` without the invisible formatting characters a copy from a mail client or a word processor
/// brings into a phone number or an e-mail address (Outlook wraps a pasted number in U+202A and
/// U+202C; a soft hyphen, a zero-width space, a byte-order mark): they mean nothing there, and the
/// worker cannot see them to remove them.
fn without_format_characters(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(c,
                '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
        })
        .collect()
}

/// The person at the head of an office, whose title the worker records once for every letter to
/// that office: the prefect of a département (in Paris, the Préfet de police) or the sub-prefect
/// of an arrondissement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "code", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum OfficeHead {
    /// The prefect of the département with this COG code (`93`, `2A`, `976`).
    Prefect(String),
    /// The sub-prefect of the arrondissement with this COG code (`932`).
    SubPrefect(String),
}

impl VaultSettings {
    /// How `head` is addressed, if the worker recorded it.
    pub fn head_title(&self, head: &OfficeHead) -> Option<Title> {
        match head {
            OfficeHead::Prefect(code) => self.prefect_titles.get(code),
            OfficeHead::SubPrefect(code) => self.sub_prefect_titles.get(code),
        }
        .copied()
    }
}

/// Records how `head` is addressed; `None` forgets it (the letters then say « Monsieur »).
///
/// # Errors
/// [`Error::InvalidField`] for a code the prefecture finder does not know.
pub fn set_head_title(tx: &Transaction, head: &OfficeHead, title: Option<Title>) -> Result<()> {
    let geo = crate::geo::Geo::get();
    let mut settings = load(tx)?;
    let (titles, code) = match head {
        OfficeHead::Prefect(code) if geo.departement(code).is_some() => {
            (&mut settings.prefect_titles, code)
        }
        OfficeHead::SubPrefect(code) if geo.arrondissement(code).is_some() => {
            (&mut settings.sub_prefect_titles, code)
        }
        OfficeHead::Prefect(_) => {
            return Err(Error::invalid(
                Field::Named(Named::Departement),
                Invalid::UnknownValue,
            ))
        }
        OfficeHead::SubPrefect(_) => {
            return Err(Error::invalid(
                Field::Named(Named::Arrondissement),
                Invalid::UnknownValue,
            ))
        }
    };
    match title {
        Some(t) => titles.insert(code.clone(), t),
        None => titles.remove(code),
    };
    save(tx, &settings)
}

/// Records whether the sub-prefect of `arrondissement` signs the permits its sub-prefecture
/// issues (the letters then go to the sub-prefect) or not (the default: to the prefect of the
/// département).
///
/// # Errors
/// [`Error::InvalidField`] for an arrondissement the prefecture finder does not know.
pub fn set_sub_prefect_signs(tx: &Transaction, arrondissement: &str, signs: bool) -> Result<()> {
    if crate::geo::Geo::get()
        .arrondissement(arrondissement)
        .is_none()
    {
        return Err(Error::invalid(
            Field::Named(Named::Arrondissement),
            Invalid::UnknownValue,
        ));
    }
    let mut settings = load(tx)?;
    if signs {
        settings
            .sub_prefect_signs
            .insert(arrondissement.to_string());
    } else {
        settings.sub_prefect_signs.remove(arrondissement);
    }
    save(tx, &settings)
}

/// Checks that an association profile has what its letters print: a name, the worker's name and
/// role, and a town for « Saint-Denis, le … ».
///
/// # Errors
/// [`Error::Required`] naming the first missing field: a document refused for a stored profile
/// names one field in its sentence (the form says them all, [`check_association_form`]).
pub fn check_association(a: &Association) -> Result<()> {
    missing(a).into_iter().next().map_or(Ok(()), Err)
}

fn missing(a: &Association) -> Vec<Error> {
    [
        (a.name.as_str(), "name"),
        (a.worker_name.as_str(), "workerName"),
        (a.worker_role.as_str(), "workerRole"),
        (a.address.city.as_str(), "address.city"),
    ]
    .into_iter()
    .filter(|(value, _)| value.trim().is_empty())
    .map(|(_, path)| Error::required(Field::Association(path.into())))
    .collect()
}

/// The most street lines an association's address has (a building, a street, a CS or BP number,
/// a locality).
pub const MAX_ADDRESS_LINES: usize = 4;

/// Checks that each line of an association profile given to Passerelle (the settings' form, the
/// CLI's `--association` file) is one a letter can print: no longer than a case's short fields,
/// with no invisible or direction-changing character (security review, 2026-12-05: a name
/// holding them printed as another, and they hid a formula in the activity report's CSV). Not
/// run on a profile already stored, so that one recorded by an older version still prints.
///
/// # Errors
/// [`Error::FieldTooLong`] or [`Error::HiddenCharacters`] naming the first line at fault;
/// [`Invalid::TooMany`] for more than [`MAX_ADDRESS_LINES`] street lines.
pub fn check_association_lines(a: &Association) -> Result<()> {
    line_faults(a).into_iter().next().map_or(Ok(()), Err)
}

/// Checks an association profile the worker sends: what its letters print and each of its lines,
/// every field at fault named at once, in the form's order (one per field), not one a round trip.
///
/// # Errors
/// As [`check_association`] and [`check_association_lines`].
pub fn check_association_form(a: &Association) -> Result<()> {
    const FORM_ORDER: [&str; 8] = [
        "name",
        "address.lines",
        "address.postcode",
        "address.city",
        "phone",
        "email",
        "workerName",
        "workerRole",
    ];
    let place = |e: &Error| match e.field() {
        Some(Field::Association(path)) => {
            let field = path.split('[').next().unwrap_or_default();
            FORM_ORDER
                .iter()
                .position(|f| *f == field)
                .unwrap_or(FORM_ORDER.len())
        }
        _ => FORM_ORDER.len(),
    };
    let mut faults = missing(a);
    faults.extend(line_faults(a));
    // Stable: a field's first fault first; the others about the same field go.
    faults.sort_by_key(|e| place(e));
    faults.dedup_by_key(|e| place(e));
    Error::from_all(faults)
}

fn line_faults(a: &Association) -> Vec<Error> {
    let mut faults = Vec::new();
    let mut lines: Vec<(String, &str)> = vec![
        ("name".into(), a.name.as_str()),
        ("workerName".into(), a.worker_name.as_str()),
        ("workerRole".into(), a.worker_role.as_str()),
        ("address.postcode".into(), a.address.postcode.as_str()),
        ("address.city".into(), a.address.city.as_str()),
    ];
    lines.extend(
        a.address
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| (format!("address.lines[{i}]"), l.as_str())),
    );
    lines.extend(a.phone.as_deref().map(|p| ("phone".to_string(), p)));
    lines.extend(a.email.as_deref().map(|e| ("email".to_string(), e)));
    // Where the letter's head prints them: a postcode, a phone and an e-mail that are what they
    // say (UI review, 2026-12-05: « ABCDE », « abc », « pas-un-courriel » were saved).
    let postcode = a.address.postcode.trim();
    let five_digits = postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit());
    if !postcode.is_empty() && !five_digits {
        faults.push(Error::invalid(
            Field::Association("address.postcode".into()),
            Invalid::NotAPostcode,
        ));
    }
    let phone = a.phone.as_deref().map(str::trim).unwrap_or_default();
    if !phone.is_empty() && !crate::text::is_phone_number(phone) {
        faults.push(Error::invalid(
            Field::Association("phone".into()),
            Invalid::NotAPhone,
        ));
    }
    let email = a.email.as_deref().map(str::trim).unwrap_or_default();
    let well_formed = email.split_once('@').is_some_and(|(name, domain)| {
        !name.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !email.contains(char::is_whitespace)
    });
    if !email.is_empty() && !well_formed {
        faults.push(Error::invalid(
            Field::Association("email".into()),
            Invalid::NotAnEmail,
        ));
    }
    // A letterhead's street lines, not a page of them (security review, 2026-12-05: 300 lines
    // « Objet : … » filled seven pages above the letter).
    if a.address.lines.len() > MAX_ADDRESS_LINES {
        faults.push(Error::invalid(
            Field::Association("address.lines".into()),
            Invalid::TooMany {
                max: MAX_ADDRESS_LINES as u32,
            },
        ));
    }
    let max = crate::model::limits::MAX_TEXT_CHARS;
    for (path, value) in lines {
        if value.chars().count() > max {
            faults.push(Error::FieldTooLong {
                field: Field::Association(path),
                max: max as u32,
            });
        } else if crate::model::limits::has_hidden_characters(value) {
            faults.push(Error::HiddenCharacters {
                field: Field::Association(path),
            });
        }
    }
    faults
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;",
        )
        .unwrap();
        conn
    }

    /// Security review, 2026-12-05: the association's name took invisible characters.
    #[test]
    fn an_association_line_with_hidden_characters_or_too_long_is_refused() {
        let mut a = crate::pdf::samples::association();
        assert!(check_association_lines(&a).is_ok());
        a.name = "Abri\u{200b}Sud".into();
        assert!(check_association(&a).is_ok(), "a stored one still prints");
        assert!(matches!(
            check_association_lines(&a),
            Err(Error::HiddenCharacters { field: Field::Association(p) }) if p == "name"
        ));
        a.name = "Abri Sud".into();
        a.address.lines.push("12 rue \u{202e}A".into());
        let at = format!("address.lines[{}]", a.address.lines.len() - 1);
        assert!(matches!(
            check_association_lines(&a),
            Err(Error::HiddenCharacters { field: Field::Association(p) }) if p == at
        ));
        a.address.lines.pop();
        // What the letter's head prints is what it says it is (UI review, 2026-12-05).
        for (field, bad) in [
            ("postcode", "ABCDE"),
            ("phone", "abc"),
            ("email", "pas-un-courriel"),
        ] {
            let mut b = a.clone();
            match field {
                "postcode" => b.address.postcode = bad.into(),
                "phone" => b.phone = Some(bad.into()),
                _ => b.email = Some(bad.into()),
            }
            assert!(
                matches!(check_association_lines(&b), Err(Error::InvalidField { .. })),
                "{field} {bad}"
            );
        }
        let mut b = a.clone();
        b.phone = Some("+33 (0)1 23.45-67\u{a0}89".into());
        b.address.postcode = "97150".into();
        assert!(check_association_lines(&b).is_ok());
        a.phone = Some("0".repeat(201));
        assert!(matches!(
            check_association_lines(&a),
            Err(Error::FieldTooLong { .. })
        ));
    }

    /// A profile sent with several fields at fault names each, once, in the form's order, and
    /// records nothing (it was refused one field at a time, a round trip each).
    #[test]
    fn every_field_at_fault_of_a_profile_is_named_at_once_in_the_form_s_order() {
        let mut conn = db();
        let mut a = crate::pdf::samples::association();
        a.name = " ".into();
        a.worker_name = String::new();
        a.address.postcode = "ABCDE".into();
        a.email = Some("pas-un-courriel".into());
        a.address.lines = vec!["x".repeat(crate::model::limits::MAX_TEXT_CHARS + 1)];
        let tx = conn.transaction().unwrap();
        let err = set_association(&tx, Some(&a)).unwrap_err();
        let fields: Vec<String> = err
            .each()
            .iter()
            .map(|e| e.field().map(Field::code).unwrap_or_default())
            .collect();
        assert_eq!(
            fields,
            [
                "association.name",
                "association.address.lines[0]",
                "association.address.postcode",
                "association.email",
                "association.workerName",
            ]
        );
        assert_eq!(err.code(), "input.several");
        assert!(matches!(
            &err.each()[2],
            Error::InvalidField {
                reason: Invalid::NotAPostcode,
                ..
            }
        ));
        assert_eq!(association(&tx).unwrap(), None, "nothing recorded");
        // One field at fault is said as before, alone.
        a = crate::pdf::samples::association();
        a.worker_role = String::new();
        assert!(matches!(
            set_association(&tx, Some(&a)),
            Err(Error::Required { field: Field::Association(path) }) if path == "workerRole"
        ));
    }

    /// A phone number pasted from a mail client comes wrapped in bidirectional embeddings: they
    /// are removed, not refused (code review, 2026-12-05).
    #[test]
    fn a_pasted_phone_number_loses_its_invisible_wrapping() {
        let mut conn = db();
        let mut a = crate::pdf::samples::association();
        a.phone = Some("\u{202a}01 23 45 67 89\u{202c}".into());
        let tx = conn.transaction().unwrap();
        let stored = set_association(&tx, Some(&a)).unwrap().unwrap();
        tx.commit().unwrap();
        assert_eq!(stored.phone.as_deref(), Some("01 23 45 67 89"));
        assert_eq!(association(&conn).unwrap(), Some(stored));
    }

    #[test]
    fn settings_written_before_the_profile_existed_still_read() {
        let conn = db();
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('vault', '{\"idleLockMinutes\":12}')",
            [],
        )
        .unwrap();
        let s = load(&conn).unwrap();
        assert_eq!(s.idle_lock_minutes, 12, "the old field is kept");
        assert_eq!(s.association, None);
        assert!(s.prefect_titles.is_empty());
    }

    #[test]
    fn the_association_and_prefect_titles_round_trip_without_touching_other_settings() {
        let mut conn = db();
        let assoc = crate::pdf::samples::association();
        let tx = conn.transaction().unwrap();
        let mut s = load(&tx).unwrap();
        s.idle_lock_minutes = 9;
        save(&tx, &s).unwrap();
        set_association(&tx, Some(&assoc)).unwrap();
        let prefect = |code: &str| OfficeHead::Prefect(code.into());
        set_head_title(&tx, &prefect("93"), Some(Title::Madame)).unwrap();
        set_head_title(&tx, &prefect("75"), Some(Title::Monsieur)).unwrap();
        set_head_title(&tx, &prefect("75"), None).unwrap();
        set_head_title(
            &tx,
            &OfficeHead::SubPrefect("932".into()),
            Some(Title::Madame),
        )
        .unwrap();
        tx.commit().unwrap();
        assert_eq!(association(&conn).unwrap(), Some(assoc));
        let s = load(&conn).unwrap();
        assert_eq!(s.head_title(&prefect("93")), Some(Title::Madame));
        assert_eq!(s.head_title(&prefect("75")), None, "forgotten");
        assert_eq!(
            s.head_title(&OfficeHead::SubPrefect("932".into())),
            Some(Title::Madame)
        );
        assert_eq!(
            s.head_title(&OfficeHead::SubPrefect("93".into())),
            None,
            "a sub-prefect is not the prefect"
        );
        assert_eq!(load(&conn).unwrap().idle_lock_minutes, 9);
        let json: String = conn
            .query_row("SELECT value FROM settings WHERE key = 'vault'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(
            json.contains("\"prefectTitles\":{\"93\":\"madame\"}"),
            "camelCase JSON with lower-case titles: {json}"
        );
    }

    #[test]
    fn an_incomplete_profile_or_an_unknown_departement_is_refused() {
        let mut conn = db();
        let tx = conn.transaction().unwrap();
        let mut assoc = crate::pdf::samples::association();
        assoc.worker_name = "  ".into();
        assert!(matches!(
            set_association(&tx, Some(&assoc)),
            Err(Error::Required {
                field: Field::Association(path)
            }) if path == "workerName"
        ));
        for head in [
            OfficeHead::Prefect("99".into()),
            OfficeHead::SubPrefect("999".into()),
            OfficeHead::SubPrefect("93".into()),
        ] {
            assert!(
                matches!(
                    set_head_title(&tx, &head, Some(Title::Madame)),
                    Err(Error::InvalidField { .. })
                ),
                "{head:?}"
            );
        }
        assert!(matches!(
            set_sub_prefect_signs(&tx, "93", true),
            Err(Error::InvalidField { .. })
        ));
        assert_eq!(load(&tx).unwrap(), VaultSettings::default(), "nothing kept");
    }

    #[test]
    fn who_signs_in_a_sub_prefecture_is_recorded_by_arrondissement_and_forgotten() {
        let mut conn = db();
        let tx = conn.transaction().unwrap();
        set_sub_prefect_signs(&tx, "932", true).unwrap();
        set_sub_prefect_signs(&tx, "933", true).unwrap();
        set_sub_prefect_signs(&tx, "933", false).unwrap();
        tx.commit().unwrap();
        let s = load(&conn).unwrap();
        assert_eq!(s.sub_prefect_signs.iter().collect::<Vec<_>>(), ["932"]);
        let json: String = conn
            .query_row("SELECT value FROM settings WHERE key = 'vault'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(json.contains("\"subPrefectSigns\":[\"932\"]"), "{json}");
    }
}
