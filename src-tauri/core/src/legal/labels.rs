//! Human-readable text for the legal answers, from `assets/locales/<lang>/legal.ftl`.
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

use serde::Serialize;

use super::assess::kind_id;
use super::{ArgValue, Args, Assessment, Checklist, Deadline};
use crate::i18n::format::date_long;
use crate::i18n::L10n;

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

/// Fills the labels and messages of an assessment in `lang`.
pub fn localize_assessment(a: &mut Assessment, lang: &str) {
    let none = Args::new();
    for r in &mut a.routes {
        r.label = Some(format(lang, &message_id("route", &r.id), &none));
        for c in &mut r.conditions {
            c.label = Some(format(lang, &message_id("condition", &c.id), &none));
        }
    }
    for w in &mut a.warnings {
        w.message = Some(format(lang, &message_id("warning", &w.id), &w.args));
    }
    for s in &mut a.see_also_details {
        s.message = Some(format(lang, &message_id("see-also", &s.id), &s.args));
    }
}

/// Fills the labels of deadlines in `lang`.
pub fn localize_deadlines(deadlines: &mut [Deadline], lang: &str) {
    for d in deadlines {
        let mut args = Args::new();
        args.insert("date", ArgValue::Date(d.date));
        if let Some(doc) = &d.document {
            args.insert("document", ArgValue::Code(kind_id(doc)));
        }
        d.label = Some(format(lang, &message_id("deadline", &d.kind), &args));
    }
}

/// Renders the notes and item labels of a checklist in `lang`.
pub fn localize_checklist(list: &mut Checklist, lang: &str) {
    let none = Args::new();
    list.lang = lang.to_string();
    for item in &mut list.items {
        item.label = Some(format(lang, &message_id("document", &item.id), &none));
        item.note = item
            .note_id
            .as_deref()
            .map(|n| format(lang, &format!("legal-note-{n}"), &none));
    }
    for note in &mut list.notes {
        note.text = format(lang, &format!("legal-note-{}", note.id), &none);
    }
}

impl Assessment {
    /// Fills `label`/`message` fields in `lang`.
    pub fn localize(&mut self, lang: &str) {
        localize_assessment(self, lang);
    }
}

impl Checklist {
    /// Re-renders notes and labels in `lang`.
    pub fn localize(&mut self, lang: &str) {
        localize_checklist(self, lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
