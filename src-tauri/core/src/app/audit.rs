//! The audit log: read it page by page with its chain checked, and export it.
//!
//! An export records itself first, so that the exported copy shows its own export; the record,
//! the copy and the write are one transaction, so a write that fails leaves no record.

use std::collections::BTreeMap;

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{placed_once_recorded, FileOffer, FrontEnd, Request};
use crate::db::audit::{self, Action, Actor, Event, Filter};
use crate::db::cases as table;
use crate::error::{Field, Invalid, Named};
use crate::interview::{parse_date, view::question_label, QuestionId};
use crate::{Error, Result};

pub use crate::db::audit::{ChainStatus, Entry};

/// Entries per page of the log view.
const PAGE: u32 = 100;

/// What the log screen asks for: the entries a filter lets through, older than `before`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
// Every field may be left out (serde reads a missing `Option` as `None`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct AuditQuery {
    /// Only this case's entries.
    pub case_id: Option<String>,
    /// Only the entries of this team member (a keyslot id).
    pub actor: Option<String>,
    /// Only this kind of entry (`case-viewed`…).
    pub action: Option<String>,
    /// First day, as typed (day/month/year); empty: no limit.
    pub from: Option<String>,
    /// Last day, included, as typed; empty: no limit.
    pub to: Option<String>,
    /// The entries before this one (the next page).
    pub before: Option<i64>,
}

/// An entry as a person reads it: when, who, what, which case and the details, all in words.
/// The log itself keeps ids and codes (its export is for auditors).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditLine {
    /// Its number in the chain.
    seq: i64,
    /// Its kind, as a code (for the screen's styles and tests, never shown).
    action: String,
    /// Day and time, local: « 27 novembre 2026 14:05 ».
    at_label: String,
    /// Who: the member's name, « clé de secours »…
    who: String,
    /// What happened: « Dossier consulté ».
    what: String,
    /// The case concerned, if any.
    case: Option<CaseLink>,
    /// The details in words: « 2 tentatives, la dernière le 2 décembre 2026 à 15:09 ».
    detail: String,
}

/// A case as the log names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseLink {
    /// Its id, for the link (`#/case/ID`); `None` once the case is deleted.
    id: Option<String>,
    /// Its name, or initials when names are hidden; « dossier supprimé » once deleted.
    name: String,
}

/// One value a filter offers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Choice {
    /// What the query sends back.
    id: String,
    /// What the person reads.
    label: String,
}

/// What the log's filter offers: the cases, the people and the kinds of entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Choices {
    cases: Vec<Choice>,
    people: Vec<Choice>,
    actions: Vec<Choice>,
}

/// A page of the log, newest first, the state of the whole chain and what the filter offers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditPage {
    entries: Vec<AuditLine>,
    /// True if older entries match the query.
    more: bool,
    chain: ChainStatus,
    choices: Choices,
}

/// The entries `query` lets through, a page at a time, worded; the chain's state.
///
/// # Errors
/// [`Error::InvalidField`] for a day typed that is not one (naming which), or a last day before
/// the first.
pub fn page(req: &Request<'_>, query: &AuditQuery) -> Result<AuditPage> {
    let filter = Filter {
        case_id: query.case_id.clone().filter(|s| !s.is_empty()),
        actor_slot: query.actor.clone().filter(|s| !s.is_empty()),
        action: query.action.clone().filter(|s| !s.is_empty()),
        from: day_start(query.from.as_deref(), 0, Named::AuditFrom)?,
        until: day_start(query.to.as_deref(), 1, Named::AuditTo)?,
    };
    // Reversed days let nothing through: said, not « aucune entrée » (UI review, 2026-12-05).
    if let (Some(from), Some(until)) = (filter.from, filter.until) {
        if until <= from {
            return Err(Error::invalid(
                Field::Named(Named::AuditTo),
                Invalid::EndBeforeStart,
            ));
        }
    }
    let (entries, chain, actors, cases) = req.vault().read(|c| {
        Ok((
            audit::list_matching(c, &filter, PAGE + 1, query.before)?,
            audit::verify(c)?,
            audit::actors(c)?,
            table::all(c)?,
        ))
    })?;
    let names: BTreeMap<String, String> = cases
        .iter()
        .map(|stored| {
            let name = stored
                .document
                .case()
                .map(|case| req.names.of(&case, req.lang))
                .unwrap_or_else(|_| "?".to_string());
            (stored.id.clone(), name)
        })
        .collect();
    let more = entries.len() > PAGE as usize;
    let entries = entries
        .iter()
        .take(PAGE as usize)
        .map(|entry| line(req, entry, &names))
        .collect();
    let mut case_choices: Vec<Choice> = names
        .iter()
        .map(|(id, name)| Choice {
            id: id.clone(),
            label: name.clone(),
        })
        .collect();
    case_choices.sort_by(|a, b| a.label.cmp(&b.label));
    let choices = Choices {
        cases: case_choices,
        people: actors
            .iter()
            .filter_map(|a| {
                Some(Choice {
                    id: a.slot_id.clone()?,
                    label: who(req, a),
                })
            })
            .collect(),
        actions: Action::ALL
            .iter()
            .map(|a| Choice {
                id: a.as_str().to_string(),
                label: req.text(&format!("audit-action-{}", a.as_str()), &[]),
            })
            .collect(),
    };
    Ok(AuditPage {
        entries,
        more,
        chain,
        choices,
    })
}

/// The instant local day `typed` + `plus_days` starts, or `None` for nothing typed.
fn day_start(typed: Option<&str>, plus_days: u64, named: Named) -> Result<Option<DateTime<Utc>>> {
    let Some(typed) = typed.filter(|t| !t.trim().is_empty()) else {
        return Ok(None);
    };
    // Which of the two days is not one (UI review, 2026-12-05: « ce n'est pas une date »).
    let not_a_day = || Error::invalid(Field::Named(named), Invalid::NotATypedDay);
    let day = parse_date(typed).ok_or_else(not_a_day)?;
    let day = day
        .checked_add_days(chrono::Days::new(plus_days))
        .ok_or_else(not_a_day)?;
    Ok(Some(local_midnight(day)))
}

fn local_midnight(day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    Local
        .from_local_datetime(&midnight)
        .earliest()
        // A midnight that does not exist locally (a clock change): UTC's.
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

fn line(req: &Request<'_>, entry: &Entry, names: &BTreeMap<String, String>) -> AuditLine {
    let case = entry.case_id.as_ref().map(|id| match names.get(id) {
        Some(name) => CaseLink {
            id: Some(id.clone()),
            name: name.clone(),
        },
        None => CaseLink {
            id: None,
            name: req.text("audit-case-deleted", &[]),
        },
    });
    AuditLine {
        seq: entry.seq,
        action: entry.action.clone(),
        at_label: at_label(req, &entry.at),
        who: who(req, &entry.actor),
        what: req.text(&format!("audit-action-{}", entry.action), &[]),
        case,
        detail: detail(req, &entry.action, &entry.detail),
    }
}

/// A member by the name she chose; the recovery key, or the store's creator, by what they are.
fn who(req: &Request<'_>, actor: &Actor) -> String {
    match (&actor.label, actor.kind.as_deref()) {
        (Some(label), _) if !label.is_empty() => label.clone(),
        (_, Some("recovery")) => req.text("team-recovery-key", &[]),
        (_, Some("passphrase")) => req.text("team-creator", &[]),
        _ => req.text("audit-actor-unknown", &[]),
    }
}

/// The details of an entry in words. Only what each kind records is read; a key this version
/// does not know is left out rather than shown raw.
fn detail(req: &Request<'_>, action: &str, detail: &Value) -> String {
    let number = |key: &str| detail[key].as_u64().map(|n| n.to_string());
    let text = |key: &str| detail[key].as_str().map(str::to_string);
    // A switch, as its message's selector reads it.
    let yes_no = |key: &str| {
        detail[key]
            .as_bool()
            .map(|on| if on { "yes" } else { "no" }.to_string())
    };
    let day = |key: &str| {
        detail[key]
            .as_str()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| req.local_day(t.with_timezone(&Utc)))
    };
    let say = |id: &str, args: Vec<(&str, Option<String>)>| -> String {
        let args: Option<Vec<(&str, String)>> =
            args.into_iter().map(|(k, v)| v.map(|v| (k, v))).collect();
        args.map(|args| req.text(id, &args)).unwrap_or_default()
    };
    match action {
        "key-file-restored" => say("audit-detail-key-file-restored", vec![("was", text("was"))]),
        "unlock-failed" => say(
            "audit-detail-unlock-failed",
            vec![("count", number("count")), ("last", at_of(req, detail))],
        ),
        "case-edited" => detail["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter_map(|what| part(req, what))
            .collect::<Vec<_>>()
            .join(", "),
        "case-exported" => {
            let what = match text("document") {
                // Printed from memory: no file was written.
                Some(document) if detail["printed"] == Value::Bool(true) => req.text(
                    "audit-detail-printed",
                    &[(
                        "document",
                        req.text(&format!("audit-document-{document}"), &[]),
                    )],
                ),
                Some(document) => req.text(&format!("audit-document-{document}"), &[]),
                None => req.text("audit-detail-case-file", &[]),
            };
            // The rules the document was written with (older entries do not record them).
            match text("rules") {
                Some(version) => req.text(
                    "audit-detail-with-rules",
                    &[("what", what), ("version", version)],
                ),
                None => what,
            }
        }
        "backup-made" => say("audit-detail-cases", vec![("cases", number("cases"))]),
        "backup-verified" | "restored" => say(
            "audit-detail-backup",
            vec![("cases", number("cases")), ("day", day("backupCreatedAt"))],
        ),
        "slot-added" => say(
            "audit-detail-member",
            vec![
                ("label", text("label")),
                (
                    "role",
                    text("role").map(|r| req.text(&format!("team-role-{r}"), &[])),
                ),
            ],
        ),
        "slot-removed" => text("label").unwrap_or_default(),
        // Given anew with the recovery key: whose (the creator's slot has no label).
        "passphrase-changed" if detail["withRecoveryKey"] == Value::Bool(true) => say(
            "audit-detail-passphrase-reset",
            vec![(
                "label",
                Some(text("label").unwrap_or_else(|| req.text("team-creator", &[]))),
            )],
        ),
        // A change a crash cut short, caught up by the next unlock (`vault::settle_key_change`).
        "passphrase-changed" if detail["recordedAtUnlock"] == Value::Bool(true) => {
            say("audit-detail-recorded-at-unlock", vec![])
        }
        "key-rotated" => text("reason")
            .map(|r| req.text(&format!("audit-rotation-{r}"), &[]))
            .unwrap_or_default(),
        // Put back at unlock, or chosen while locked and recorded at unlock
        // (`session::protections_as_logged`): said as such.
        "settings-changed"
            if detail["restored"] == "preferences-file"
                || detail["recordedAtUnlock"] == Value::Bool(true) =>
        {
            say(
                if detail["restored"] == "preferences-file" {
                    "audit-detail-protections-restored"
                } else {
                    "audit-detail-protections-chosen-while-locked"
                },
                vec![(
                    "what",
                    Some(
                        match (
                            detail.get("screenCaptureAllowed").is_some(),
                            detail.get("hideNames").is_some(),
                        ) {
                            (true, true) => "both",
                            (true, false) => "capture",
                            _ => "names",
                        }
                        .to_string(),
                    ),
                )],
            )
        }
        "settings-changed" if detail.get("idleLockMinutes").is_some() => say(
            "audit-detail-idle-lock",
            vec![("minutes", number("idleLockMinutes"))],
        ),
        "settings-changed" if detail.get("hideNames").is_some() => say(
            "audit-detail-hide-names",
            vec![("hidden", yes_no("hideNames"))],
        ),
        "settings-changed" if detail.get("screenCaptureAllowed").is_some() => say(
            "audit-detail-screen-capture",
            vec![("allowed", yes_no("screenCaptureAllowed"))],
        ),
        "settings-changed" if detail.get("association").is_some() => say(
            "audit-detail-association",
            vec![("state", text("association"))],
        ),
        "settings-changed" => say(
            "audit-detail-settings",
            vec![
                ("months", number("retentionMonths")),
                ("days", number("backupReminderDays")),
            ],
        ),
        "report-written" => say(
            "audit-detail-report",
            vec![
                ("from", date_of(detail, "from").map(|d| req.day(d))),
                ("to", date_of(detail, "to").map(|d| req.day(d))),
                (
                    "format",
                    text("format")
                        .filter(|f| matches!(f.as_str(), "pdf" | "csv"))
                        .map(|f| f.to_uppercase()),
                ),
            ],
        ),
        "rules-imported" | "rules-rolled-back" => say(
            "audit-detail-rules",
            vec![
                ("from", text("from")),
                ("to", text("to")),
                ("cases", number("cases")),
            ],
        ),
        "rules-refused" => say(
            "audit-detail-rules-refused",
            vec![(
                "reason",
                Some(match (text("messageId"), detail["args"].as_object()) {
                    // The refusal as the worker read it, with the arguments it had.
                    (Some(id), Some(args)) => {
                        let args: Vec<(&str, String)> = args
                            .iter()
                            .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default().to_string()))
                            .collect();
                        req.text(&id, &args)
                    }
                    // Recorded before its arguments were kept, or a file that could not be read
                    // (its name is not kept): no sentence with holes in it.
                    _ => req.text("audit-detail-rules-refused-unworded", &[]),
                }),
            )],
        ),
        _ => String::new(),
    }
}

/// A day recorded as `YYYY-MM-DD` under `key`.
fn date_of(detail: &Value, key: &str) -> Option<chrono::NaiveDate> {
    detail[key].as_str().and_then(|d| d.parse().ok())
}

/// The last failure's day and time, in words.
fn at_of(req: &Request<'_>, detail: &Value) -> Option<String> {
    detail["lastAt"].as_str().map(|at| at_label(req, at))
}

/// What part of a case changed: an interview question by its words, else the part's name.
fn part(req: &Request<'_>, what: &str) -> Option<String> {
    if let Some(q) = QuestionId::parse(what) {
        let question = question_label(q, req.lang, true);
        return Some(req.text("audit-part-question", &[("question", question)]));
    }
    let id = format!("audit-part-{}", kebab(what));
    crate::i18n::L10n::get()
        .has(req.lang, &id)
        .then(|| req.text(&id, &[]))
}

/// `interview.personLanguage` → `interview-person-language`.
fn kebab(code: &str) -> String {
    let mut out = String::new();
    for c in code.chars() {
        match c {
            '.' | '_' => out.push('-'),
            c if c.is_uppercase() => {
                out.push('-');
                out.extend(c.to_lowercase());
            }
            c => out.push(c),
        }
    }
    out
}

fn at_label(req: &Request<'_>, at: &str) -> String {
    match DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let local = t.with_timezone(&Local);
            req.text(
                "audit-at",
                &[
                    ("day", req.day(local.date_naive())),
                    (
                        "time",
                        crate::i18n::format::time_of_day(
                            &local.format("%H:%M").to_string(),
                            req.lang,
                        ),
                    ),
                ],
            )
        }
        Err(_) => String::new(),
    }
}

/// The dialog of an exported log; today's date goes into the suggested name.
pub fn file(req: &Request<'_>) -> FileOffer {
    FileOffer::dated(req, "audit-dialog-title", "audit-file-name", "json")
}

/// Records the export, then gives the whole log as a JSON document to `write`: if it fails,
/// the record is rolled back.
pub fn export(req: &Request<'_>, write: impl FnOnce(&[u8]) -> Result<()>) -> Result<()> {
    req.vault()
        .log_then(Event::new(Action::AuditExported, req.now), |tx| {
            let mut bytes = serde_json::to_vec_pretty(&audit::export(tx, req.now)?)
                .map_err(|_| Error::Internal("audit export serialisation"))?;
            bytes.push(b'\n');
            write(&bytes)
        })
}

/// [`export`] into the file the front end chooses; `false` if the worker cancelled.
pub fn save(req: &Request<'_>, front: &mut dyn FrontEnd) -> Result<bool> {
    req.require_unlocked()?;
    let Some(path) = req.destination(front.save_to(&file(req)), None)? else {
        return Ok(false);
    };
    placed_once_recorded(&path, |write| export(req, write))?;
    Ok(true)
}
