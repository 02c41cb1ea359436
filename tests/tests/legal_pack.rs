//! The rule pack as data: every rule cites an article, every id has French and English text with
//! the same variables, and the French follows French typography.

use std::collections::BTreeSet;

use passerelle_core::i18n::{messages_of, L10n};
use passerelle_core::legal::labels::{fact_message_id, message_id};
use passerelle_core::legal::{DeadlineKind, RulePack};
use passerelle_core::model::case::PieceKind;

/// True if `basis` names an article (or a numbered paragraph, decision or text), not just a source.
fn is_article(basis: &str) -> bool {
    let numbered = |rest: &str| rest.chars().any(|c| c.is_ascii_digit());
    let codes = ["CESEDA ", "Code pénal ", "Code civil ", "CASF ", "CSS "];
    if let Some(rest) = codes.iter().find_map(|c| basis.strip_prefix(c)) {
        return rest.starts_with(|c: char| c.is_ascii_digit() || "LRD".contains(c))
            && numbered(rest);
    }
    let texts = [
        "Ordonnance n° ",
        "Décret n° ",
        "Loi n° ",
        "Directive ",
        "Accord franco-algérien du ",
        "CNDA ",
        "CE ",
    ];
    if texts.iter().any(|t| basis.starts_with(t)) {
        return numbered(basis);
    }
    basis.starts_with("Circulaire du ") && basis.contains('§')
}

#[test]
fn every_rule_in_the_pack_cites_at_least_one_article() {
    let pack = RulePack::embedded();
    let rules = pack.rules();
    assert!(
        rules.len() > 80,
        "the pack has far more rules than {}: is rules() complete?",
        rules.len()
    );
    for rule in rules {
        assert!(
            rule.legal_basis.iter().any(|b| is_article(b)),
            "{} cites no article: {:?}",
            rule.key,
            rule.legal_basis
        );
    }
}

#[test]
fn the_article_check_rejects_a_source_that_is_not_an_article() {
    assert!(
        !is_article("service-public.fr F32257"),
        "a web page is not a legal basis"
    );
    assert!(
        !is_article("CESEDA"),
        "a code without an article is not enough"
    );
    assert!(is_article("CESEDA L425-1"));
    assert!(is_article("Code pénal 441-1"));
}

#[test]
fn the_pack_states_its_version_and_the_date_of_the_law() {
    let pack = RulePack::embedded();
    assert!(!pack.version.is_empty());
    assert!(
        pack.law_as_of >= chrono::NaiveDate::from_ymd_opt(2024, 7, 17).unwrap(),
        "the pack must encode the law after the CERPR decree"
    );
    assert!(
        pack.law_as_of_note.contains("2024-42"),
        "the note must name the 2024 law the pack encodes"
    );
}

#[test]
fn french_and_english_legal_texts_have_the_same_ids_and_variables() {
    let fr = messages_of("fr", "legal.ftl").expect("fr/legal.ftl parses");
    let en = messages_of("en", "legal.ftl").expect("en/legal.ftl parses");
    assert_eq!(
        fr.keys().collect::<Vec<_>>(),
        en.keys().collect::<Vec<_>>(),
        "same message ids"
    );
    for (id, vars) in &fr {
        assert_eq!(
            Some(vars),
            en.get(id),
            "{id}: same variables in both languages"
        );
    }
}

fn ids_the_pack_can_produce(pack: &RulePack) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for r in &pack.routes {
        ids.insert(message_id("route", &r.id));
    }
    for c in &pack.conditions {
        ids.insert(message_id("condition", &c.id));
        for f in &c.facts {
            ids.insert(fact_message_id(f));
        }
    }
    for w in &pack.warnings {
        ids.insert(message_id("warning", &w.id));
    }
    for s in &pack.see_also {
        ids.insert(message_id("see-also", &s.id));
    }
    for d in &pack.deadlines {
        ids.insert(message_id("deadline", &d.kind));
    }
    for n in &pack.notes {
        ids.insert(format!("legal-note-{}", n.id));
    }
    for r in &pack.not_concerned {
        ids.insert(format!("legal-not-concerned-{}", r.id));
    }
    for list in &pack.checklists {
        for item in &list.items {
            ids.insert(message_id("document", &item.id));
            for alt in &item.alternatives {
                ids.insert(message_id("document", alt));
            }
        }
    }
    ids.insert(message_id("deadline", &DeadlineKind::DocumentExpires));
    for doc in [
        PieceKind::CurrentPermit,
        PieceKind::ProcedureReference,
        PieceKind::AssociationLetter,
    ] {
        ids.insert(message_id("document", &doc));
    }
    for o in ["eligible", "not-eligible", "incomplete", "not-applicable"] {
        ids.insert(format!("legal-outcome-{o}"));
    }
    for s in ["met", "not-met", "unknown"] {
        ids.insert(format!("legal-condition-status-{s}"));
    }
    for s in [
        "ok",
        "missing",
        "expired",
        "requested",
        "satisfied-by-alternative",
    ] {
        ids.insert(format!("legal-item-status-{s}"));
    }
    for c in ["v", "s", "i"] {
        ids.insert(format!("legal-confidence-{c}"));
    }
    ids.insert("legal-confirm-by-jurist".into());
    ids
}

#[test]
fn every_id_the_pack_can_produce_has_french_and_english_text() {
    let pack = RulePack::embedded();
    let l10n = L10n::get();
    for id in ids_the_pack_can_produce(pack) {
        for lang in ["fr", "en"] {
            assert!(l10n.has(lang, &id), "{lang}/legal.ftl lacks {id}");
        }
    }
}

#[test]
fn every_document_kind_of_the_spec_has_a_label() {
    let spec = [
        "birth-certificate",
        "passport",
        "id-card",
        "consular-certificate",
        "consular-card",
        "nationality-certificate",
        "proof-of-address",
        "complaint-receipt",
        "procedure-reference",
        "cerpr",
        "e-photo",
        "current-permit",
        "proceedings-ongoing-proof",
        "final-conviction-proof",
        "association-letter",
        "exit-programme-decision",
    ];
    for kind in spec {
        let parsed: PieceKind =
            serde_json::from_value(kind.into()).expect("a spec document kind parses");
        for lang in ["fr", "en"] {
            assert!(
                L10n::get().has(lang, &message_id("document", &parsed)),
                "{lang}: no label for {kind}"
            );
        }
    }
}

/// The French text of every legal message, without comments.
fn french_values() -> Vec<(String, String)> {
    let text = include_str!("../../assets/locales/fr/legal.ftl");
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.split_once(" = ") {
            Some((id, value)) if !line.starts_with(' ') => {
                out.push((id.to_string(), value.to_string()))
            }
            _ => {
                if let Some(last) = out.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(line.trim());
                }
            }
        }
    }
    out
}

#[test]
fn french_legal_text_follows_french_typography() {
    let values = french_values();
    assert!(values.len() > 100, "the parser must see the messages");
    for (id, value) in values {
        for (bad, why) in [
            (" :", "U+00A0 before a colon"),
            (" ;", "U+202F before a semicolon"),
            (" ?", "U+202F before a question mark"),
            (" !", "U+202F before an exclamation mark"),
            ("« ", "U+00A0 after «"),
            (" »", "U+00A0 before »"),
            ("'", "the typographic apostrophe ’"),
            ("\u{a0};", "U+202F, not U+00A0, before a semicolon"),
        ] {
            assert!(!value.contains(bad), "{id}: use {why}: {value}");
        }
        for (i, c) in value.char_indices() {
            if c == '«' {
                assert!(
                    value[i + c.len_utf8()..].starts_with('\u{a0}'),
                    "{id}: « must be followed by U+00A0"
                );
            }
            if c == '»' {
                assert!(
                    value[..i].ends_with('\u{a0}'),
                    "{id}: » must be preceded by U+00A0"
                );
            }
        }
    }
}

#[test]
fn french_text_keeps_its_accents() {
    let fr = include_str!("../../assets/locales/fr/legal.ftl");
    for word in [
        "Délai de réflexion",
        "préfet",
        "Récépissé",
        "résident",
        "Éligible",
        "à confirmer",
    ] {
        assert!(
            fr.contains(word),
            "French text must contain « {word} » with its accents"
        );
    }
}

#[test]
fn docs_legal_rules_mentions_every_rule_of_the_pack() {
    let doc = include_str!("../../docs/legal-rules.md");
    let pack = RulePack::embedded();
    for rule in pack.rules() {
        let id = rule.key.rsplit('/').next().unwrap();
        let id = if rule.key.ends_with("/renewal") {
            rule.key.split('/').nth(1).unwrap()
        } else {
            id
        };
        assert!(
            doc.contains(&format!("`{id}`")),
            "docs/legal-rules.md does not mention `{id}` ({}): regenerate its tables",
            rule.key
        );
    }
}

/// Every `sources` note of the pack, wherever it sits, and `lawAsOfNote`: the text a French jurist
/// reads after « Source : » on the review sheet.
fn pack_notes() -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("sources", serde_json::Value::Array(items)) => {
                            out.extend(items.iter().filter_map(|s| s.as_str().map(str::to_string)))
                        }
                        _ => walk(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let json: serde_json::Value =
        serde_json::from_str(RulePack::embedded_json()).expect("the pack parses");
    let mut out = vec![json["lawAsOfNote"].as_str().unwrap_or_default().to_string()];
    walk(&json, &mut out);
    out
}

#[test]
fn the_pack_notes_are_written_in_french() {
    let notes = pack_notes();
    assert!(notes.len() > 50, "only {} notes found", notes.len());
    let english = [
        "the",
        "is",
        "of",
        "and",
        "are",
        "by",
        "with",
        "for",
        "from",
        "which",
        "when",
        "its",
        "must",
        "may",
        "after",
        "recollection",
    ];
    for note in &notes {
        for word in note.split(|c: char| !c.is_alphanumeric()) {
            assert!(
                !english.contains(&word.to_lowercase().as_str()),
                "English word « {word} » in a pack note: {note:?}"
            );
        }
    }
}

#[test]
fn the_pack_notes_follow_french_typography() {
    for note in pack_notes() {
        assert!(
            !note.contains(" :") && !note.contains(" ;"),
            "a plain space before « : » or « ; » in {note:?}"
        );
        // The pack's convention, as in the .ftl files: a narrow no-break space before ; ? !
        for mark in [';', '?', '!'] {
            assert!(
                !note.contains(&format!("\u{a0}{mark}")),
                "U+00A0 before « {mark} » (use U+202F) in {note:?}"
            );
        }
        assert!(
            !note.contains("« ") && !note.contains(" »"),
            "a plain space inside guillemets in {note:?}"
        );
        assert!(!note.contains('\''), "a straight apostrophe in {note:?}");
    }
}
