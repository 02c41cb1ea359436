//! The rule pack: which one is in use, importing a newer one from a signed file, going back to the
//! previous one, and the open cases each change concerns (docs/legal-rules.md).
//!
//! An import checks the file completely ([`crate::legal::signed`]) before anything is written;
//! then, in one transaction, it stores the file in the vault, re-assesses every open case with the
//! old pack and the new one ([`crate::legal::compare`]), records the cases whose outcome,
//! deadlines, checklist or warnings changed, and the import in the audit log. Only then does the
//! new pack become the one in use. A refused file changes nothing but the audit log, which records
//! the refusal. A rollback is the same, the other way: the imported pack is marked rolled back
//! (never deleted) and the one before it is in use again, down to the embedded pack, the floor.

use serde::Serialize;
use serde_json::json;

use super::{FileOffer, FrontEnd, Request};
use crate::db::audit::{Action, Event};
use crate::db::rule_packs::{self, CaseChange};
use crate::legal::compare::{compare, PackDiff, StoredArg};
use crate::legal::labels;
use crate::legal::pack::ChangeNote;
use crate::legal::signed;
use crate::legal::{Deadline, RulePack};
use crate::model::case::CaseFile;
use crate::{Error, Result};

/// The pack in use, as the About screen and `rules show` present it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RulesInfo {
    /// Pack id (`fr-teh`).
    pub id: String,
    /// Its version.
    pub version: String,
    /// True if it is the pack built into this version of Passerelle.
    pub embedded: bool,
    /// « Règles livrées avec Passerelle » or « Règles importées le 3 décembre 2026 ».
    pub origin: String,
    /// « Droit au 1er octobre 2025 ».
    pub law_as_of: String,
    /// The version built into this Passerelle (the floor).
    pub embedded_version: String,
    /// What changed in this version, as its authors wrote it.
    pub changes: Vec<ChangeNoteView>,
    /// True if an imported pack is in use and can be rolled back.
    pub can_roll_back: bool,
    /// Where the pack is kept, in words.
    pub stored: String,
}

/// One change note of a pack.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangeNoteView {
    /// What changed (the pack's words, French).
    pub summary: String,
    /// The summary's language (`fr`), for the page's `lang` attribute.
    pub summary_lang: &'static str,
    /// In another interface language: « (in French) », said before the French summary (review,
    /// 2026-12-04: French text in the English interface, unannounced).
    pub summary_notice: Option<String>,
    /// « CESEDA L425-1, R425-2 ».
    pub articles: String,
    /// « En vigueur le 1er janvier 2027 », when the note says.
    pub in_force: Option<String>,
}

/// What an import or a rollback did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RulesChanged {
    /// The version before.
    pub from_version: String,
    /// The version now in use.
    pub to_version: String,
    /// How many open cases the change concerns.
    pub cases: u32,
    /// « Règles mises à jour (version 2027.1.0). 2 dossiers concernés. »
    pub message: String,
    /// The open cases the change concerns, each with what changed for it, as the dashboard
    /// lists them (review, 2026-12-07: `rules rollback` said « 2 dossiers concernés » and not
    /// which, while it brought a deadline 13 days nearer).
    pub concerned: Vec<CaseNotice>,
}

/// The changes of pack not yet seen, for the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PackNotices {
    /// How many cases.
    pub count: u32,
    /// « 2 dossiers concernés par la mise à jour des règles »; empty when none.
    pub label: String,
    /// One per case.
    pub cases: Vec<CaseNotice>,
}

/// What a change of pack changed for one case: on the dashboard and the case page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseNotice {
    /// The case.
    pub case_id: String,
    /// Her name, or initials when names are hidden.
    pub display_name: String,
    /// The version the change goes to (what [`mark_seen`] takes).
    pub to_version: String,
    /// « Règles mises à jour : version 2027.1.0 → 2027.1.1 ».
    pub title: String,
    /// What changed, one line each, worded.
    pub lines: Vec<String>,
    /// « Articles : CESEDA R433-1 ».
    pub articles: String,
    /// The pack's own notes on the change.
    pub notes: Vec<ChangeNoteView>,
}

fn note_view(req: &Request<'_>, n: &ChangeNote, to_confirm: &[String]) -> ChangeNoteView {
    ChangeNoteView {
        summary: n.summary.clone(),
        summary_lang: "fr",
        summary_notice: (req.lang != "fr").then(|| req.text("rules-note-in-french", &[])),
        articles: articles(req, &n.legal_basis, to_confirm),
        in_force: n
            .in_force_from
            .map(|d| req.text("rules-in-force-from", &[("date", req.day(d))])),
    }
}

/// The pack in use.
///
/// # Errors
/// [`Error::Locked`].
pub fn show(req: &Request<'_>) -> Result<RulesInfo> {
    let stored = req.vault().read(rule_packs::resolve)?;
    let pack = match &stored {
        Some((_, pack)) => pack,
        None => RulePack::embedded(),
    };
    Ok(RulesInfo {
        id: pack.id.clone(),
        version: pack.version.clone(),
        embedded: stored.is_none(),
        origin: match &stored {
            Some((row, _)) => req.text(
                "rules-origin-imported",
                &[("date", req.local_day(row.installed_at))],
            ),
            None => req.text("rules-origin-embedded", &[]),
        },
        law_as_of: req.text("rules-law-as-of", &[("date", req.day(pack.law_as_of))]),
        embedded_version: RulePack::embedded().version.clone(),
        changes: pack
            .changes
            .iter()
            .map(|n| note_view(req, n, &pack.article_numbers_to_confirm))
            .collect(),
        can_roll_back: stored.is_some(),
        stored: req.text("rules-stored-in-vault", &[]),
    })
}

/// The dialog that picks a pack file.
fn offer(req: &Request<'_>) -> FileOffer {
    FileOffer {
        title: req.text("rules-import-title", &[]),
        file_name: String::new(),
        extension: "passerelle-rules",
    }
}

/// Imports the pack file the front end picks; `None` if the person cancelled.
///
/// # Errors
/// [`Error::Locked`]; every refusal of [`import_bytes`].
pub fn import(req: &Request<'_>, front: &mut dyn FrontEnd) -> Result<Option<RulesChanged>> {
    req.require_unlocked()?;
    let Some(path) = front.open_from(&offer(req)) else {
        return Ok(None);
    };
    let bytes = match read_limited(&path) {
        Ok(bytes) => bytes,
        Err(e) => return Err(refused(req, e)),
    };
    import_bytes(req, &bytes).map(Some)
}

/// The file's first bytes, up to one more than a pack may hold. A file that cannot be read (not
/// there, a folder) is named, with what the system said, not a disk-space hint (review,
/// 2026-12-04).
fn read_limited(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            f.take(signed::MAX_FILE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| Error::file_access(path, &e))?;
    Ok(bytes)
}

/// Records the refusal of a file (its error's code only) and returns the error.
fn refused(req: &Request<'_>, e: Error) -> Error {
    if matches!(e, Error::Locked) {
        return e;
    }
    // With the message's arguments (versions, the pack's id, a place in it: never personal
    // data), so that the journal words the refusal as the worker read it (review, 2026-12-04:
    // it showed « version {$version} »). A file that could not be read is named by its kind.
    let args = super::words::error_args(&e, req.lang);
    let mut detail = json!({ "code": e.code(), "messageId": e.message_id() });
    if !args.iter().any(|(name, _)| *name == "file") {
        detail["args"] = args
            .into_iter()
            .map(|(name, value)| (name.to_string(), serde_json::Value::from(value)))
            .collect::<serde_json::Map<_, _>>()
            .into();
    }
    let event = Event::new(Action::RulesRefused, req.now).detail(detail);
    if let Err(log_error) = req.vault().log(event) {
        log::warn!("rule pack refusal not recorded: {}", log_error.code());
    }
    e
}

/// Imports the pack file `bytes`: checked, stored in the vault, every open case re-assessed.
///
/// # Errors
/// [`Error::Locked`]; the refusals of [`signed::verify`] and [`signed::check_newer`], each recorded
/// in the audit log with nothing else changed.
pub fn import_bytes(req: &Request<'_>, bytes: &[u8]) -> Result<RulesChanged> {
    req.require_unlocked()?;
    let verified = signed::verify(bytes).map_err(|e| refused(req, e))?;
    let old = RulePack::active();
    signed::check_newer(&verified.pack, old).map_err(|e| refused(req, e))?;
    let changed = switch(req, old, &verified.pack, |tx| {
        rule_packs::insert(tx, &verified, &old.version, req.now).map(|_| ())
    })?;
    RulePack::set_active(Some(&verified.pack));
    Ok(changed)
}

/// Re-assesses every open case with `old` and `new`, records the cases that change and the
/// audit entry, and runs `store` (the pack row's insert or rollback), in one transaction.
fn switch(
    req: &Request<'_>,
    old: &RulePack,
    new: &RulePack,
    store: impl FnOnce(&rusqlite::Transaction) -> Result<()>,
) -> Result<RulesChanged> {
    let rolled_back = crate::legal::pack::compare_versions(&new.version, &old.version)
        == Some(std::cmp::Ordering::Less);
    let (cases, changed_ids) = req.vault().write_logged(|tx| {
        store(tx)?;
        let mut changed_ids: Vec<String> = Vec::new();
        for (id, case) in rule_packs::open_cases(tx)? {
            let diff = compare(old, new, &case, req.today);
            if !diff.is_empty() {
                rule_packs::record_change(tx, &id, &old.version, &new.version, &diff, req.now)?;
                changed_ids.push(id);
            }
        }
        let concerned = changed_ids.len() as u32;
        let action = if rolled_back {
            Action::RulesRolledBack
        } else {
            Action::RulesImported
        };
        let event = Event::new(action, req.now).detail(json!({
            "from": old.version,
            "to": new.version,
            "cases": concerned,
        }));
        Ok(((concerned, changed_ids), event))
    })?;
    let id = if rolled_back {
        "rules-rolled-back"
    } else {
        "rules-imported"
    };
    // The cases this change recorded, not an older change to the same version left unseen; the
    // change is made by now, so words that fail only leave the list out.
    let concerned = match notices(req) {
        Ok(all) => all
            .cases
            .into_iter()
            .filter(|n| n.to_version == new.version && changed_ids.contains(&n.case_id))
            .collect(),
        Err(e) => {
            log::error!(
                "the cases a change of rules concerns were not listed: {}",
                e.code()
            );
            Vec::new()
        }
    };
    Ok(RulesChanged {
        from_version: old.version.clone(),
        to_version: new.version.clone(),
        cases,
        concerned,
        message: req.text(
            id,
            &[
                ("version", new.version.clone()),
                ("cases", cases.to_string()),
            ],
        ),
    })
}

/// Goes back to the pack in use before the last import (the embedded one at the end); the
/// imported file stays in the vault, marked rolled back.
///
/// # Errors
/// [`Error::Locked`]; [`Error::RulePackNothingToRollBack`] when the embedded pack is in use.
pub fn rollback(req: &Request<'_>) -> Result<RulesChanged> {
    req.require_unlocked()?;
    let Some((row, current)) = req.vault().read(rule_packs::resolve)? else {
        return Err(Error::RulePackNothingToRollBack);
    };
    // What is in use once this row is rolled back: the next one down, or the floor.
    let before = req.vault().read(|c| {
        let mut rows = rule_packs::history(c)?;
        rows.retain(|r| r.seq < row.seq && r.rolled_back_at.is_none());
        Ok(rows.last().map(|r| r.seq))
    })?;
    let previous: Option<RulePack> = match before {
        Some(_) => {
            // Resolve as if the row were gone, without writing: read the files below it.
            req.vault().read(|c| {
                let mut stmt = c.prepare(
                    "SELECT file FROM rule_packs WHERE seq < ?1 AND rolled_back_at IS NULL
                     ORDER BY seq DESC",
                )?;
                let files = stmt
                    .query_map([row.seq], |r| r.get::<_, Vec<u8>>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(files
                    .iter()
                    .find_map(|f| signed::verify(f).ok())
                    .map(|v| v.pack))
            })?
        }
        None => None,
    }
    .filter(|p| {
        crate::legal::pack::compare_versions(&p.version, &RulePack::embedded().version)
            == Some(std::cmp::Ordering::Greater)
    });
    let target = previous.as_ref().unwrap_or_else(|| RulePack::embedded());
    let changed = switch(req, &current, target, |tx| {
        rule_packs::roll_back(tx, row.seq, req.now)
    })?;
    RulePack::set_active(previous.as_ref());
    Ok(changed)
}

/// The changes of pack not yet seen, across the open cases.
///
/// # Errors
/// [`Error::Locked`].
pub fn notices(req: &Request<'_>) -> Result<PackNotices> {
    let changes = req.vault().read(rule_packs::unseen)?;
    let cases = req.vault().read(|c| {
        changes
            .iter()
            .map(|ch| notice(req, c, ch))
            .collect::<Result<Vec<_>>>()
    })?;
    let count = cases.len() as u32;
    Ok(PackNotices {
        count,
        label: if count == 0 {
            String::new()
        } else {
            req.text("rules-cases-concerned", &[("cases", count.to_string())])
        },
        cases,
    })
}

/// The unseen changes of pack of case `id`.
///
/// # Errors
/// [`Error::Locked`].
pub fn case_notices(req: &Request<'_>, id: &str) -> Result<Vec<CaseNotice>> {
    req.vault().read(|c| {
        rule_packs::unseen_for_case(c, id)?
            .iter()
            .map(|ch| notice(req, c, ch))
            .collect()
    })
}

/// Marks the change of case `id` to version `to_version` seen.
///
/// # Errors
/// [`Error::Locked`]; [`Error::NotFound`] if there is no such unseen change.
pub fn mark_seen(req: &Request<'_>, id: &str, to_version: &str) -> Result<()> {
    req.vault().write(|tx| {
        if rule_packs::mark_seen(tx, id, to_version, req.now)? {
            Ok(())
        } else {
            Err(Error::NotFound {
                what: "rule-pack-change",
            })
        }
    })
}

fn notice(req: &Request<'_>, conn: &rusqlite::Connection, ch: &CaseChange) -> Result<CaseNotice> {
    let case: CaseFile = crate::db::cases::get(conn, &ch.case_id)?.document.case()?;
    let (notes, to_confirm) = notes_of(conn, &ch.to_version);
    Ok(CaseNotice {
        case_id: ch.case_id.clone(),
        display_name: req.names.of(&case, req.lang),
        to_version: ch.to_version.clone(),
        title: req.text(
            "rules-change-title",
            &[
                ("from", ch.from_version.clone()),
                ("to", ch.to_version.clone()),
            ],
        ),
        lines: lines(req, &ch.diff),
        articles: req.text(
            "rules-articles",
            &[("articles", articles(req, &ch.diff.articles(), &to_confirm))],
        ),
        notes: notes
            .iter()
            .map(|n| note_view(req, n, &to_confirm))
            .collect(),
    })
}

/// The articles of `basis` as the pack writes them, those whose number is `to_confirm` said so.
fn articles(req: &Request<'_>, basis: &[String], to_confirm: &[String]) -> String {
    labels::articles(req.lang, basis, to_confirm, str::to_string).join(", ")
}

/// The change notes of pack `version`, and the articles whose number it marks to confirm: the
/// active pack's, the embedded's, or a stored file's.
fn notes_of(conn: &rusqlite::Connection, version: &str) -> (Vec<ChangeNote>, Vec<String>) {
    let parts = |pack: &RulePack| {
        (
            pack.changes.clone(),
            pack.article_numbers_to_confirm.clone(),
        )
    };
    for pack in [RulePack::active(), RulePack::embedded()] {
        if pack.version == version {
            return parts(pack);
        }
    }
    conn.query_row(
        "SELECT file FROM rule_packs WHERE version = ?1 ORDER BY seq DESC LIMIT 1",
        [version],
        |r| r.get::<_, Vec<u8>>(0),
    )
    .ok()
    .and_then(|f| signed::verify(&f).ok())
    .map(|v| parts(&v.pack))
    .unwrap_or_default()
}

/// What changed, worded: one line per route, deadline, document and warning.
fn lines(req: &Request<'_>, diff: &PackDiff) -> Vec<String> {
    let lang = req.lang;
    let mut out = Vec::new();
    if let Some(concerned) = diff.concerned {
        out.push(req.text(
            if concerned {
                "rules-change-concerned"
            } else {
                "rules-change-not-concerned"
            },
            &[],
        ));
    }
    // An outcome with what qualifies it: « Éligible (à confirmer par un ou une juriste) ».
    let outcome = |code: &str, flags: &[String]| {
        let outcome = req.text(&format!("legal-outcome-{code}"), &[]);
        if flags.is_empty() {
            return outcome;
        }
        let flags: Vec<String> = flags
            .iter()
            .map(|f| req.text(&format!("rules-change-flag-{f}"), &[]))
            .collect();
        req.text(
            "rules-change-outcome-qualified",
            &[("outcome", outcome), ("flags", flags.join(", "))],
        )
    };
    for r in &diff.routes {
        let route = crate::legal::RouteId::parse(&r.route)
            .map(|id| labels::route(lang, id))
            .unwrap_or_else(|| r.route.clone());
        out.push(req.text(
            "rules-change-route",
            &[
                ("route", route),
                ("before", outcome(&r.before, &r.before_flags)),
                ("after", outcome(&r.after, &r.after_flags)),
            ],
        ));
    }
    for s in &diff.see_also {
        let articles: Vec<String> = s
            .legal_basis
            .iter()
            .map(|b| crate::overview::cite(b, lang))
            .collect();
        out.push(req.text(
            if s.added {
                "rules-change-see-also-added"
            } else {
                "rules-change-see-also-removed"
            },
            &[("articles", articles.join(", "))],
        ));
    }
    for d in &diff.deadlines {
        let label = |d: &Deadline| labels::deadline(lang, d);
        out.push(match (&d.before, &d.after) {
            (Some(b), Some(a)) => req.text(
                "rules-change-deadline-moved",
                &[("deadline", label(a)), ("before", req.day(b.date))],
            ),
            (None, Some(a)) => req.text("rules-change-deadline-added", &[("deadline", label(a))]),
            (Some(b), None) => req.text("rules-change-deadline-removed", &[("deadline", label(b))]),
            (None, None) => continue,
        });
    }
    for i in &diff.checklist {
        let document = req.text(&format!("legal-document-{}", i.document), &[]);
        let status = |s: &String| req.text(&format!("legal-item-status-{s}"), &[]);
        out.push(match (&i.before, &i.after) {
            (Some(b), Some(a)) => req.text(
                "rules-change-document-status",
                &[
                    ("document", document),
                    ("before", status(b)),
                    ("after", status(a)),
                ],
            ),
            (None, Some(_)) => req.text("rules-change-document-added", &[("document", document)]),
            (Some(_), None) => req.text("rules-change-document-removed", &[("document", document)]),
            (None, None) => continue,
        });
    }
    for w in &diff.warnings {
        let args: Vec<(&str, String)> = w
            .args
            .iter()
            .map(|(k, v)| {
                let text = match v {
                    StoredArg::Date(d) => req.day(*d),
                    StoredArg::Number(n) => n.to_string(),
                    StoredArg::Code(c) if k == "document" => {
                        req.text(&format!("legal-document-{c}"), &[])
                    }
                    StoredArg::Code(c) => c.clone(),
                };
                (k.as_str(), text)
            })
            .collect();
        let text = req.text(&format!("legal-warning-{}", w.warning), &args);
        out.push(req.text(
            if w.added {
                "rules-change-warning-added"
            } else {
                "rules-change-warning-removed"
            },
            &[("warning", text)],
        ));
    }
    out
}
