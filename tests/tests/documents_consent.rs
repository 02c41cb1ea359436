//! The consent record, read back from the PDF: the notice in French beside the language it was
//! given in, the choices recorded in the case with their dates, one page, and no name.

use crate::pdf_support;

use chrono::NaiveDate;
use passerelle_core::documents::{self, DocumentContext};
use passerelle_core::error::{Field, Named};
use passerelle_core::i18n::format::date_long;
use passerelle_core::i18n::L10n;
use passerelle_core::model::case::{
    CaseDocument, CaseFile, Consent, ConsentDecision, ConsentStatus, CONSENT_NOTICE_IDS,
    CONSENT_NOTICE_VERSION,
};
use passerelle_core::model::printed::PrintedDocument;
use pdf_support::{assert_well_formed, Parsed};

use passerelle_core::pdf::view::CHECKLIST_LANGUAGES as LANGUAGES;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn decided() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 2).unwrap()
}

fn case(path: &str) -> CaseFile {
    let path = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    CaseDocument::parse(text.as_bytes()).unwrap().1
}

fn ctx() -> DocumentContext {
    let bytes = include_bytes!("../fixtures/association.json");
    let mut ctx = DocumentContext::new(today());
    ctx.association = Some(documents::parse_association(bytes).unwrap());
    ctx
}

/// Text with no-break spaces made plain and every run of white space one space.
fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first words of a message: enough to find it even where a column wraps it.
fn opening(text: &str) -> String {
    plain(text).split(' ').take(3).collect::<Vec<_>>().join(" ")
}

fn render(case: &CaseFile, ctx: &DocumentContext, what: &str) -> Parsed {
    let doc = documents::render(PrintedDocument::Consent, case, ctx)
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(doc.file_name, "accord-informations-2026-11-26.pdf");
    assert!(!doc.office_to_verify, "{what}: the record names no office");
    assert_well_formed(what, &doc.bytes)
}

fn with_consent(mut case: CaseFile, lang: &str) -> CaseFile {
    let on = |status| {
        Some(ConsentDecision {
            status,
            date: Some(decided()),
        })
    };
    case.consent = Some(Consent {
        storage: on(ConsentStatus::Given),
        share_with_prefecture: on(ConsentStatus::Withdrawn),
        share_with_lawyer: on(ConsentStatus::Refused),
        notice_language: Some(lang.to_string()),
        notice_version: Some(CONSENT_NOTICE_VERSION),
    });
    case
}

#[test]
fn the_notice_prints_beside_french_in_each_language_with_the_choices_and_no_name() {
    let association = ctx().association.unwrap().name;
    for lang in LANGUAGES {
        let case = with_consent(case("documents/first-card-bobigny.json"), lang);
        let what = format!("consent {lang}");
        let parsed = render(&case, &ctx(), &what);
        assert_eq!(parsed.pages.len(), 1, "{what}: one page to sign");
        let flat = plain(&parsed.flat());
        for l in ["fr", lang] {
            for id in CONSENT_NOTICE_IDS {
                let text = L10n::get().format(l, id, &[("association", association.clone())]);
                let words = opening(&text);
                assert!(
                    pdf_support::shows(&flat, &words),
                    "{what}: {l}:{id} {words:?}"
                );
            }
            for (id, count) in [
                ("pdf-consent-given", 1),
                ("pdf-consent-refused", 1),
                ("pdf-consent-withdrawn", 1),
            ] {
                let text = plain(&L10n::get().format(l, id, &[("date", date_long(decided(), l))]));
                if passerelle_core::pdf::shaping::is_rtl_paragraph(&text) {
                    // Poppler gives « نعم، بتاريخ 02/10/2026 » in chunks: each word, once.
                    assert!(
                        pdf_support::shows(&flat, &text),
                        "{what}: {l}:{id} {text:?}"
                    );
                    continue;
                }
                assert_eq!(
                    flat.matches(&text).count(),
                    count,
                    "{what}: {l}:{id} {text:?} in {flat}"
                );
            }
            for id in [
                "pdf-consent-signature-person",
                "pdf-consent-signature-worker",
            ] {
                let words = opening(&L10n::get().format(l, id, &[]));
                assert!(pdf_support::shows(&flat, &words), "{what}: {l}:{id}");
            }
        }
        assert!(flat.contains(&association), "{what}: who asks");
        for name in [&case.person.family_name, &case.person.given_names] {
            let name = name.as_deref().unwrap();
            assert!(
                !flat.to_lowercase().contains(&name.to_lowercase()),
                "{what}: the record the person keeps shows no name"
            );
        }
    }
}

#[test]
fn choices_not_yet_asked_print_as_such_and_a_language_the_notice_lacks_is_refused() {
    // No consent recorded: three empty boxes, in the person's language (Ukrainian here).
    let mut c = case("documents/reflection-noumea.json");
    c.consent = None;
    let mut ctx = DocumentContext::new(today());
    ctx.checklist_lang = None;
    // New Caledonia: no permit document, but her consent concerns her data, not a permit.
    let flat = plain(&render(&c, &ctx, "noumea, nothing asked").flat());
    for l in ["fr", "uk"] {
        let text = plain(&L10n::get().format(l, "pdf-consent-not-asked", &[]));
        assert_eq!(flat.matches(&text).count(), 3, "{l}: {text:?} in {flat}");
        let unnamed = plain(&L10n::get().format(l, "pdf-consent-unnamed-association", &[]));
        assert!(flat.contains(&unnamed), "{l}: no association profile");
    }
    // A notice recorded as given in a language it is not written in (Tigrinya, a cut
    // « ukrainie ») is refused, never printed beside English instead (issue 14). French is the
    // notice's own first column: given in French, it prints (beside English, as her checklist).
    let french = with_consent(case("case-full.json"), "fr");
    assert!(documents::render(PrintedDocument::Consent, &french, &ctx).is_ok());
    for given_in in ["ti", "ukrainie"] {
        let c = with_consent(case("case-full.json"), given_in);
        let refused = documents::render(PrintedDocument::Consent, &c, &ctx);
        assert!(
            matches!(
                refused,
                Err(passerelle_core::Error::InvalidField {
                    field: Field::Named(Named::NoticeLanguage),
                    ..
                })
            ),
            "{given_in}: {refused:?}"
        );
    }
}

#[test]
fn a_decision_without_a_date_prints_without_one() {
    let mut c = with_consent(case("case-full.json"), "en");
    if let Some(consent) = c.consent.as_mut() {
        consent.storage = Some(ConsentDecision {
            status: ConsentStatus::Given,
            date: None,
        });
    }
    let flat = plain(&render(&c, &ctx(), "undated").flat());
    let undated = plain(&L10n::get().format("en", "pdf-consent-given-undated", &[]));
    let dated = plain(&L10n::get().format(
        "en",
        "pdf-consent-given",
        &[("date", date_long(decided(), "en"))],
    ));
    assert!(flat.contains(&undated) && !flat.contains(&dated), "{flat}");
}

/// A record prints the notice it was given: version 1's Arabic, which spoke to a woman
/// (« أن تقولي »), stays on a version-1 record; a record of today's version, and the blank one,
/// print version 2, which speaks to a man as well (« هويتك », « بموافقتك »). Bulgarian likewise
/// (« сте съгласна » in version 1 only).
#[test]
fn a_record_prints_the_version_of_the_notice_it_was_given() {
    for (lang, version_1, version_2) in
        [("ar", "تقولي", "هويتك"), ("bg", "съгласна", "самоличност")]
    {
        let mut c = with_consent(case("case-full.json"), lang);
        let flat_of = |c: &CaseFile, what: &str| plain(&render(c, &ctx(), what).flat());
        let current = flat_of(&c, &format!("{lang} version 2"));
        assert!(pdf_support::shows(&current, version_2), "{lang}: {current}");
        assert!(!current.contains(version_1), "{lang}: {current}");
        c.consent.as_mut().unwrap().notice_version = Some(1);
        let old = flat_of(&c, &format!("{lang} version 1"));
        assert!(pdf_support::shows(&old, version_1), "{lang}: {old}");
        assert!(!old.contains(version_2), "{lang}: {old}");
    }
}
