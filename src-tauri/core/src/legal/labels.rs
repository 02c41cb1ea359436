//! Words for the legal answers, from `assets/locales/<lang>/legal.ftl`: the one place where a
//! route, a condition, a warning, a related route, a deadline, a document or a note becomes text.
//! The computation never calls it; the edges that show the answers do (the case page, the CLI's
//! JSON through [`assessment_json`], [`deadlines_json`] and [`checklist_json`]).
//!
//! Message ids are derived from the JSON ids, so a new id in the pack needs only a new message:
//! `legal-route-<route>`, `legal-condition-<condition>`, `legal-warning-<warning>`,
//! `legal-see-also-<id>`, `legal-deadline-<kind>`, `legal-document-<kind>`, `legal-note-<note>`,
//! `legal-reason-<not-applicable reason>`, `legal-not-concerned-<reason>`, `legal-fact-<path>`,
//! `legal-outcome-<outcome>`, `legal-condition-status-<status>`, `legal-item-status-<status>`,
//! `legal-confidence-<v|s|i>`, `legal-severity-<severity>`. The tests check that every id the pack
//! can produce has French and English text with the same variables.
//!
//! Dates are formatted here (« 12 mars 2026 »), never by Fluent; an argument named `document`
//! holds a document kind and is replaced by that document's name.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::{
    ArgValue, Args, Assessment, Checklist, ConditionId, Deadline, ItemStatus, RouteId, SeeAlso,
    Warning,
};

use crate::codes::kind_id;
use crate::i18n::format::date_long;
use crate::i18n::L10n;
use crate::model::case::PieceKind;
use crate::{Error, Result};

/// The Fluent id for `prefix` and a JSON id: `legal-<prefix>-<id>`.
pub fn message_id<T: Serialize>(prefix: &str, id: &T) -> String {
    format!("legal-{prefix}-{}", kind_id(id).to_ascii_lowercase())
}

/// The Fluent id naming a case-file path: `person.birthDate` → `legal-fact-person-birth-date`.
pub fn fact_message_id(path: &str) -> String {
    let mut out = String::from("legal-fact-");
    for c in path.chars() {
        match c {
            '.' => out.push('-'),
            c if c.is_ascii_uppercase() => {
                out.push('-');
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c),
        }
    }
    out
}

/// Formats `id` in `lang` with `args` (dates per language, documents by name).
pub fn format(lang: &str, id: &str, args: &Args) -> String {
    let l10n = L10n::get();
    let formatted: Vec<(&str, String)> = args
        .iter()
        .map(|(name, value)| {
            let text = match value {
                ArgValue::Date(d) => date_long(*d, lang),
                ArgValue::Number(n) => n.to_string(),
                ArgValue::Code(code) if *name == "document" => {
                    l10n.format(lang, &format!("legal-document-{code}"), &[])
                }
                ArgValue::Code(code) => code.clone(),
            };
            (*name, text)
        })
        .collect();
    l10n.format(lang, id, &formatted)
}

/// The name of route `id`.
pub fn route(lang: &str, id: RouteId) -> String {
    format(lang, &message_id("route", &id), &Args::new())
}

/// What condition `id` requires.
pub fn condition(lang: &str, id: ConditionId) -> String {
    format(lang, &message_id("condition", &id), &Args::new())
}

/// The text of a warning.
pub fn warning(lang: &str, w: &Warning) -> String {
    format(lang, &message_id("warning", &w.id), &w.args)
}

/// The text of a related route.
pub fn see_also(lang: &str, s: &SeeAlso) -> String {
    format(lang, &message_id("see-also", &s.id), &s.args)
}

/// What happens on a deadline, with its date: « Fin du délai de réflexion : 20 décembre 2026 ».
pub fn deadline(lang: &str, d: &Deadline) -> String {
    let mut args = Args::new();
    args.insert("date", ArgValue::Date(d.date));
    if let Some(doc) = &d.document {
        args.insert("document", ArgValue::Code(kind_id(doc)));
    }
    let id = match d.freshness {
        true => "legal-deadline-document-fresh-until".to_string(),
        false => message_id("deadline", &d.kind),
    };
    format(lang, &id, &args)
}

/// What the worker is told when the planned filing comes after a window that is still open
/// ([`Deadline::closes_before`]), or before the renewal window opens ([`Deadline::opens_after`]);
/// `None` for any other deadline, or once that window has closed or opened (the missed window is
/// then a deadline passed, and its own warning).
pub fn planned_filing_caution(lang: &str, d: &Deadline, today: NaiveDate) -> Option<String> {
    let mut args = Args::new();
    if let Some(closes) = d.closes_before.filter(|c| c.date >= today) {
        args.insert("date", ArgValue::Date(closes.date));
        args.insert("kind", ArgValue::Code(closes.kind.as_str().into()));
        return Some(format(lang, "legal-planned-filing-too-late", &args));
    }
    let opens = d.opens_after.filter(|o| o.date > today)?;
    args.insert("date", ArgValue::Date(opens.date));
    Some(format(lang, "legal-planned-filing-too-early", &args))
}

/// The name of a supporting document.
pub fn document(lang: &str, kind: PieceKind) -> String {
    format(lang, &message_id("document", &kind), &Args::new())
}

/// The text of note `id` (a checklist item's `noteId`, a checklist note's `id`), for the worker.
pub fn note(lang: &str, id: &str) -> String {
    format(lang, &format!("legal-note-{id}"), &Args::new())
}

/// The articles of `basis` (as the pack writes them: « CESEDA R431-10 ») as a view writes them
/// (`written`: the French way of the case page, or as they are), each of the pack's `to_confirm`
/// ([`super::PackInfo::article_numbers_to_confirm`]) followed by « (numéro d’article à
/// confirmer) ».
pub fn articles(
    lang: &str,
    basis: &[String],
    to_confirm: &[String],
    written: impl Fn(&str) -> String,
) -> Vec<String> {
    basis
        .iter()
        .map(|b| {
            let text = written(b);
            if to_confirm.contains(b) {
                L10n::get().format(
                    lang,
                    "legal-article-number-to-confirm",
                    &[("article", text)],
                )
            } else {
                text
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The CLI's JSON: the facts with their words beside them, in the shapes of
// ../shared/spec/case-file-and-cli.md (`label`, `message`, `note`, `text`, `lang`).
// ---------------------------------------------------------------------------------------------

/// The assessment as the CLI prints it: each route and condition with its `label`, each warning
/// and related route with its `message`, in `lang`.
///
/// # Errors
/// [`Error::Internal`] if the answer cannot be serialised.
pub fn assessment_json(a: &Assessment, lang: &str) -> Result<Value> {
    let mut v = to_json(a)?;
    // Why the person is not concerned, in words beside the code (review, 2026-12-05: the code
    // alone, where every route and warning has its sentence).
    // A reason's code in words (`legal-<prefix>-<code>`), or null without one.
    let reason = |prefix: &str, code: Option<&str>| {
        code.map_or(Value::Null, |c| {
            format(lang, &format!("legal-{prefix}-{c}"), &Args::new()).into()
        })
    };
    let why = reason("not-concerned", a.not_concerned_reason.as_deref());
    insert(&mut v, Some("routes"), "notConcernedMessage", why);
    for (r, rv) in a.routes.iter().zip(elements(&mut v, "routes")) {
        for (c, cv) in r.conditions.iter().zip(elements(rv, "conditions")) {
            insert(cv, None, "label", condition(lang, c.id).into());
        }
        // The reason and the facts to fill in, in words beside their codes, as the case page
        // says them (English-mode review, 2026-12-07: `holds-aps`, `person.birthDate` alone).
        let why = reason("reason", r.not_applicable_reason.as_deref());
        insert(rv, None, "notApplicableMessage", why);
        let facts: Vec<Value> = r
            .missing_facts
            .iter()
            .map(|f| format(lang, &fact_message_id(f), &Args::new()).into())
            .collect();
        insert(rv, None, "missingFactLabels", facts.into());
        insert(rv, None, "label", route(lang, r.id).into());
    }
    for (w, wv) in a.warnings.iter().zip(elements(&mut v, "warnings")) {
        insert(wv, None, "message", warning(lang, w).into());
    }
    for (s, sv) in a
        .see_also_details
        .iter()
        .zip(elements(&mut v, "seeAlsoDetails"))
    {
        insert(sv, None, "message", see_also(lang, s).into());
    }
    Ok(v)
}

/// The deadlines as the CLI prints them: each with its `label` in `lang`, the planned filing's
/// `caution` when a window still open on `today` closes before it, and the articles of its
/// `legalBasis` whose number is to be confirmed (`articleNumbersToConfirm`, absent when none;
/// the deadlines are the pack in use's, [`super::deadlines`]).
///
/// # Errors
/// [`Error::Internal`] if the answer cannot be serialised.
pub fn deadlines_json(list: &[Deadline], lang: &str, today: NaiveDate) -> Result<Value> {
    let mut v = to_json(&list)?;
    let to_confirm = &super::RulePack::active().article_numbers_to_confirm;
    if let Some(array) = v.as_array_mut() {
        for (d, dv) in list.iter().zip(array) {
            let doubted: Vec<&str> = d
                .legal_basis
                .iter()
                .filter(|b| to_confirm.contains(b))
                .map(String::as_str)
                .collect();
            if !doubted.is_empty() {
                insert(dv, None, "articleNumbersToConfirm", doubted.into());
            }
            // A day resting on a rule with no verified source, or estimated from a document's
            // legal length, says so in words too, as the case page's badges do (`confirmByJurist`
            // and `estimated` are for programs; legal review, 2026-12-05: an estimated day read
            // as a recorded one).
            let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
            let label = crate::i18n::L10n::get().format(
                lang,
                "legal-deadline-label",
                &[
                    ("deadline", deadline(lang, d)),
                    ("estimated", yes_no(d.estimated)),
                    ("confirm", yes_no(d.confirm_by_jurist)),
                ],
            );
            insert(dv, None, "label", label.into());
            if let Some(caution) = planned_filing_caution(lang, d, today) {
                insert(dv, None, "caution", caution.into());
            }
        }
    }
    Ok(v)
}

/// The checklist as the CLI prints it: each item with its `note` and `label`, each note with its
/// `text`, and the `lang` they are written in.
///
/// # Errors
/// [`Error::Internal`] if the answer cannot be serialised.
pub fn checklist_json(list: &Checklist, lang: &str) -> Result<Value> {
    let mut v = to_json(list)?;
    for (i, iv) in list.items.iter().zip(elements(&mut v, "items")) {
        // The spec fixes five statuses: a confiscated document is `missing`, and its `reason`
        // (`confiscated`) says why (the app and the PDFs tell it apart).
        if i.status == ItemStatus::Confiscated {
            iv["status"] = "missing".into();
        }
        let text = i.note_id.as_deref().map(|n| note(lang, n));
        insert(iv, Some("noteId"), "note", text.into());
        insert(iv, None, "label", document(lang, i.id).into());
    }
    for (n, nv) in list.notes.iter().zip(elements(&mut v, "notes")) {
        insert(nv, Some("legalBasis"), "text", note(lang, &n.id).into());
    }
    insert(&mut v, Some("rulePack"), "lang", lang.into());
    Ok(v)
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|_| Error::Internal("legal output serialisation"))
}

/// The elements of the array under `key`.
fn elements<'v>(v: &'v mut Value, key: &str) -> impl Iterator<Item = &'v mut Value> {
    v.get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// Adds `key` to object `v`, just before `before` (the spec's field order), else last.
fn insert(v: &mut Value, before: Option<&str>, key: &str, value: Value) {
    if let Some(object) = v.as_object_mut() {
        let at = before
            .and_then(|b| object.keys().position(|k| k == b))
            .unwrap_or(object.len());
        object.shift_insert(at, key.to_string(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::samples::{sample_date, spec_case};

    fn keys(v: &Value) -> Vec<&str> {
        v.as_object().unwrap().keys().map(String::as_str).collect()
    }

    #[test]
    fn the_cli_json_puts_each_word_where_the_spec_puts_it() {
        let list = super::super::checklist(&spec_case(), RouteId::CstL4251, sample_date());
        let v = checklist_json(&list, "en").unwrap();
        let item = keys(&v["items"][0]);
        assert_eq!(
            item[..5],
            ["id", "status", "alternatives", "note", "noteId"]
        );
        assert_eq!(item.last(), Some(&"label"));
        assert_eq!(keys(&v["notes"][0])[..3], ["id", "text", "legalBasis"]);
        assert!(keys(&v).ends_with(&["lang", "rulePack"]));
        assert_eq!(v["lang"], "en");
        assert_eq!(v["items"][0]["label"], "Full copy of the birth certificate");
        // The spec's five statuses only: the confiscated passport is missing, for that reason.
        let passport = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "passport")
            .unwrap();
        assert_eq!(passport["status"], "missing");
        assert_eq!(passport["reason"], "confiscated");
        for item in v["items"].as_array().unwrap() {
            assert!(
                [
                    "ok",
                    "missing",
                    "expired",
                    "requested",
                    "satisfied-by-alternative"
                ]
                .contains(&item["status"].as_str().unwrap()),
                "{item}"
            );
        }

        let a = assessment_json(&super::super::assess(&spec_case(), sample_date()), "fr").unwrap();
        let first_card = &a["routes"][1];
        assert_eq!(keys(first_card).last(), Some(&"label"));
        assert!(first_card["label"].as_str().unwrap().contains("vie privée"));
        assert!(first_card["conditions"][0]["label"].is_string());
        assert!(a["warnings"][0]["message"].is_string());
        assert!(a["notConcernedMessage"].is_null());
        // Reasons and facts to fill in, in words beside their codes.
        let reflection = &a["routes"][0];
        assert_eq!(reflection["notApplicableReason"], "already-cooperating");
        assert!(reflection["notApplicableMessage"]
            .as_str()
            .is_some_and(|m| m.starts_with("La personne")));
        let mut unborn = spec_case();
        unborn.person.birth_date = None;
        let a = assessment_json(&super::super::assess(&unborn, sample_date()), "en").unwrap();
        let first_card = &a["routes"][1];
        assert!(first_card["notApplicableMessage"].is_null());
        let facts = first_card["missingFactLabels"].as_array().unwrap();
        assert_eq!(
            facts.len(),
            first_card["missingFacts"].as_array().unwrap().len()
        );
        assert!(facts.contains(&"Date of birth".into()), "{facts:?}");

        let mut french = spec_case();
        french.person.nationality = Some("FR".into());
        let a = assessment_json(&super::super::assess(&french, sample_date()), "en").unwrap();
        assert_eq!(a["notConcernedReason"], "french-national");
        assert!(
            a["notConcernedMessage"]
                .as_str()
                .unwrap()
                .starts_with("The person is a French national"),
            "{}",
            a["notConcernedMessage"]
        );
    }

    #[test]
    fn fact_paths_become_kebab_case_message_ids() {
        assert_eq!(
            fact_message_id("person.birthDate"),
            "legal-fact-person-birth-date"
        );
        assert_eq!(
            fact_message_id("tiesWithPerpetratorsBroken"),
            "legal-fact-ties-with-perpetrators-broken"
        );
    }
}
