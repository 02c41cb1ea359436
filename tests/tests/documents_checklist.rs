//! The bilingual checklist of real case files, for each route and each language, read back from
//! the PDF: French beside the person's language, one status per item as the legal core computed
//! it, the case's dates, and no name.

use crate::pdf_support;

use chrono::NaiveDate;
use passerelle_core::codes::code;
use passerelle_core::documents::{self, DocumentContext};
use passerelle_core::i18n::L10n;
use passerelle_core::legal::{self, ItemStatus, RouteId};
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::model::printed::PrintedDocument;
use pdf_support::{assert_well_formed, Parsed};

use passerelle_core::pdf::view::CHECKLIST_LANGUAGES as LANGUAGES;

/// Each fixture and the route the legal core picks for it.
const CASES: [(&str, RouteId); 4] = [
    ("first-card-bobigny", RouteId::CstL4251),
    ("renewal-paris-16", RouteId::CstL4251Renewal),
    ("resident-card-saint-martin", RouteId::CarteResidentL4253),
    ("aps-lyon", RouteId::ApsL4254),
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn fixture(name: &str) -> CaseFile {
    let path = format!(
        "{}/fixtures/documents/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    CaseDocument::parse(text.as_bytes()).unwrap().1
}

fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first words of a message: enough to find it even where a column wraps it.
fn opening(lang: &str, id: &str) -> String {
    plain(&L10n::get().format(lang, id, &[]))
        .split(' ')
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn checklist(case: &CaseFile, ctx: &DocumentContext, what: &str) -> Parsed {
    let doc = documents::render(PrintedDocument::Checklist, case, ctx)
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(doc.file_name, "liste-pieces-2026-11-26.pdf");
    assert!(!doc.office_to_verify, "a checklist names no office");
    assert_well_formed(what, &doc.bytes)
}

#[test]
fn the_legal_core_picks_the_route_each_fixture_is_written_for() {
    for (name, route) in CASES {
        assert_eq!(
            legal::default_route(&fixture(name), today()),
            route,
            "{name}"
        );
    }
}

#[test]
fn each_route_prints_in_each_language_with_the_statuses_the_legal_core_computed() {
    for (name, route) in CASES {
        let case = fixture(name);
        let list = legal::checklist(&case, route, today());
        for lang in LANGUAGES {
            let mut ctx = DocumentContext::new(today());
            ctx.checklist_lang = Some(lang.to_string());
            let what = format!("{name} {lang}");
            let parsed = checklist(&case, &ctx, &what);
            let flat = parsed.flat();
            for l in ["fr", lang] {
                for id in [
                    "pdf-checklist-title".to_string(),
                    format!("pdf-route-{}", code(route)),
                    "pdf-next-title".to_string(),
                    "pdf-dates-title".to_string(),
                ] {
                    let words = opening(l, &id);
                    assert!(
                        pdf_support::shows(&flat, &words),
                        "{what}: {l}:{id} {words:?}"
                    );
                }
            }
            for item in &list.items {
                let kind = serde_json::to_value(item.id).unwrap();
                let doc_id = format!("pdf-doc-{}", kind.as_str().unwrap());
                for l in ["fr", lang] {
                    let words = opening(l, &doc_id);
                    assert!(
                        pdf_support::shows(&flat, &words),
                        "{what}: {l}:{doc_id} {words:?}"
                    );
                }
            }
            // Each status is printed as many times as items have it (French column).
            for status in [
                ItemStatus::Ok,
                ItemStatus::Missing,
                ItemStatus::Expired,
                ItemStatus::Requested,
                ItemStatus::SatisfiedByAlternative,
                ItemStatus::Confiscated,
            ] {
                let expected = list.items.iter().filter(|i| i.status == status).count();
                let words = opening("fr", &format!("pdf-status-{}", code(status)));
                assert_eq!(
                    flat.matches(&words).count(),
                    expected,
                    "{what}: {expected} item(s) {status:?} ({words:?})"
                );
            }
            let family = case.person.family_name.as_deref().unwrap();
            assert!(
                !flat.to_lowercase().contains(&family.to_lowercase()),
                "{what}: the checklist the person carries shows no name"
            );
        }
    }
}

#[test]
fn the_second_column_is_the_persons_first_language_unless_chosen() {
    for (name, lang, title) in [
        ("renewal-paris-16", "sq", "pdf-checklist-title"),
        ("resident-card-saint-martin", "pt", "pdf-checklist-title"),
        ("aps-lyon", "vi", "pdf-checklist-title"),
        ("first-card-bobigny", "en", "pdf-checklist-title"),
    ] {
        let parsed = checklist(&fixture(name), &DocumentContext::new(today()), name);
        assert!(
            parsed.flat().contains(&opening(lang, title)),
            "{name}: {lang} by default"
        );
    }
}

/// The Bobigny first card's case, her birth day known: 1 June 2011, 15 on [`today`].
fn girl_of_15() -> CaseFile {
    let mut case = fixture("first-card-bobigny");
    case.person.birth_date = NaiveDate::from_ymd_opt(2011, 6, 1);
    case.person.birth_date_precision = None;
    case
}

/// A girl of 15: her paper for the L. 425-1 card says she needs no permit before 18, in both
/// columns, and neither what the card is nor how it is filed (letters review, 2026-12-06).
#[test]
fn a_girl_under_16_is_told_she_needs_no_permit_before_18() {
    let mut case = girl_of_15();
    let mut ctx = DocumentContext::new(today());
    ctx.route = Some(RouteId::CstL4251);
    ctx.checklist_lang = Some("es".into());
    let flat = checklist(&case, &ctx, "a girl of 15").flat();
    for lang in ["fr", "es"] {
        assert!(
            flat.contains(&opening(lang, "pdf-next-minor-under-16")),
            "{lang}: {flat}"
        );
        assert!(
            !flat.contains(&opening(lang, "pdf-next-cst-l425-1")),
            "{lang}: {flat}"
        );
        assert!(
            !flat.contains(&opening(lang, "pdf-next-anef")),
            "{lang}: {flat}"
        );
    }
    // What the card is, and not the minor's paragraph: 16 on the day she plans to file, or an
    // adult.
    let told_the_card = |flat: &str| {
        flat.contains(&opening("fr", "pdf-next-cst-l425-1"))
            && !flat.contains(&opening("fr", "pdf-next-minor-under-16"))
    };
    case.planned_filing_date = NaiveDate::from_ymd_opt(2027, 7, 1);
    let planned = checklist(&case, &ctx, "16 on the planned day").flat();
    assert!(told_the_card(&planned), "{planned}");
    case.planned_filing_date = None;
    case.person.birth_date = NaiveDate::from_ymd_opt(1998, 6, 1);
    let adult = checklist(&case, &ctx, "an adult").flat();
    assert!(told_the_card(&adult), "{adult}");
}

/// An APS that has ended is asked for anew: her paper no longer says its renewal window closed,
/// beside a letter asking for a new one; one still running, whose window closed, still does
/// (letters review, 2026-12-06).
#[test]
fn an_aps_that_has_ended_is_not_told_its_renewal_is_late() {
    use passerelle_core::model::case::{Permit, PermitKind};
    let mut case = fixture("aps-lyon");
    let aps = |month, day| Permit {
        kind: PermitKind::Aps,
        issued: NaiveDate::from_ymd_opt(2026, 5, 20),
        expires: NaiveDate::from_ymd_opt(2026, month, day),
        renewal_count: None,
        renewal_filed_on: None,
    };
    let mut ctx = DocumentContext::new(today());
    ctx.route = Some(RouteId::ApsL4254);
    let late = opening("fr", "pdf-next-renewal-late");
    // Ends today, 26 November 2026: still hers, its window closed the day before.
    case.current_permit = Some(aps(11, 26));
    let running = checklist(&case, &ctx, "APS running, window closed").flat();
    assert!(running.contains(&late), "{running}");
    // Ended on 1 November: asked for anew, even with a renewal recorded as filed after its
    // window.
    let mut ended = aps(11, 1);
    ended.renewal_filed_on = NaiveDate::from_ymd_opt(2026, 11, 20);
    case.current_permit = Some(ended);
    let anew = checklist(&case, &ctx, "APS ended").flat();
    assert!(!anew.contains(&late), "{anew}");
    assert!(
        !anew.contains(&opening("fr", "pdf-next-renewal-filed-late")),
        "{anew}"
    );
}

/// A holder of an APS (or a card) is not in the reflection period, whatever récépissé the case
/// records: her checklist says nothing of its rights nor of its end (legal review, 2026-12-06:
/// « vous pouvez utiliser ce temps pour décider si vous portez plainte » on an APS holder's list).
#[test]
fn a_title_holder_is_not_told_of_the_reflection_period() {
    use passerelle_core::model::case::{Permit, PermitKind, ReflectionPeriod};
    let mut case = fixture("aps-lyon");
    case.current_permit = Some(Permit {
        kind: PermitKind::Aps,
        issued: NaiveDate::from_ymd_opt(2026, 11, 20),
        expires: NaiveDate::from_ymd_opt(2027, 5, 19),
        renewal_count: None,
        renewal_filed_on: None,
    });
    case.reflection_period = Some(ReflectionPeriod {
        recepisse_issued: NaiveDate::from_ymd_opt(2026, 11, 10),
    });
    let mut ctx = DocumentContext::new(today());
    ctx.route = Some(RouteId::ApsL4254);
    let flat = checklist(&case, &ctx, "APS holder with a reflection récépissé").flat();
    assert!(
        !flat.contains(&opening("fr", "pdf-next-reflection")),
        "{flat}"
    );
    assert!(!flat.contains("fin du délai de réflexion"), "{flat}");
}

#[test]
fn the_reflection_period_prints_its_rights_and_its_end_date() {
    let case = fixture("first-card-bobigny");
    let mut ctx = DocumentContext::new(today());
    ctx.route = Some(RouteId::ReflectionPeriod);
    ctx.checklist_lang = Some("ru".into());
    let parsed = checklist(&case, &ctx, "reflection ru");
    let flat = parsed.flat();
    for (lang, id) in [
        ("fr", "pdf-route-reflection-period"),
        ("ru", "pdf-route-reflection-period"),
        ("fr", "pdf-next-reflection"),
        ("ru", "pdf-next-reflection"),
    ] {
        assert!(flat.contains(&opening(lang, id)), "{lang}:{id}");
    }
    // The récépissé handed over, its photo is no longer asked (PDF review, 2026-12-05: « À
    // obtenir » beside the récépissé she held).
    assert!(
        !flat.contains(&opening("fr", "pdf-doc-identity-photo")),
        "{flat}"
    );
    // Before it: a plain photo for the récépissé, not the ANEF photo sheet with its e-photo code.
    let mut before = case.clone();
    before.reflection_period = None;
    before.current_permit = None;
    let before = checklist(&before, &ctx, "reflection ru, before the récépissé").flat();
    for (lang, id) in [
        ("fr", "pdf-doc-identity-photo"),
        ("ru", "pdf-doc-identity-photo"),
    ] {
        assert!(before.contains(&opening(lang, id)), "{lang}:{id}");
    }
    assert!(
        !before.contains(&opening("fr", "pdf-doc-e-photo")),
        "{before}"
    );
    // Récépissé on 10 November 2026: the period ends 30 days later.
    assert!(
        flat.contains("10 décembre 2026 : fin du délai de réflexion"),
        "{flat}"
    );
}

/// A girl of 15 in her reflection period is not told she has the right to work, nor that the
/// card she may ask for lets her work: the récépissé allows work (R425-2 [V]), the age from which
/// labour law lets her is not in the legal facts (legal review, 2026-12-06). An adult still is.
#[test]
fn a_girl_under_16_in_her_reflection_period_is_not_told_she_may_work() {
    let mut case = girl_of_15();
    case.cooperation.complaint = None;
    case.cooperation.testimony = None;
    let mut ctx = DocumentContext::new(today());
    ctx.route = Some(RouteId::ReflectionPeriod);
    ctx.checklist_lang = Some("uk".into());
    let young = checklist(&case, &ctx, "reflection, 15").flat();
    for lang in ["fr", "uk"] {
        for id in [
            "pdf-next-reflection-under-16",
            "pdf-next-reflection-period-under-16",
        ] {
            assert!(young.contains(&opening(lang, id)), "{lang}:{id}: {young}");
        }
    }
    assert!(!young.contains("travailler"), "{young}");
    assert!(!young.contains("працювати"), "{young}");
    case.person.birth_date = NaiveDate::from_ymd_opt(1998, 6, 1);
    let adult = checklist(&case, &ctx, "reflection, adult").flat();
    assert!(
        adult.contains(&opening("fr", "pdf-next-reflection")),
        "{adult}"
    );
    assert!(adult.contains("travailler"), "{adult}");
}

/// Her checklist states days as her letters do: none the assessment finds impossible (a
/// récépissé handed over on a day to come), and no « assez récent » day of a document her list
/// does not ask for (letters audit, 2026-12-06).
#[test]
fn her_checklist_states_no_impossible_day_and_no_freshness_of_a_piece_it_does_not_list() {
    use passerelle_core::model::case::ReflectionPeriod;
    let mut case = fixture("first-card-bobigny");
    let mut ctx = DocumentContext::new(today());
    ctx.route = Some(RouteId::ReflectionPeriod);
    let flat = checklist(&case, &ctx, "reflection").flat();
    assert!(flat.contains("fin du délai de réflexion"), "{flat}");
    assert!(
        !flat.contains("assez récent"),
        "the reflection period's list asks for no proof of address: {flat}"
    );
    // Handed over « on 10 December » on 26 November: a day to check, not one to print.
    case.reflection_period = Some(ReflectionPeriod {
        recepisse_issued: NaiveDate::from_ymd_opt(2026, 12, 10),
    });
    case.current_permit = None;
    let flat = checklist(&case, &ctx, "reflection, récépissé to come").flat();
    assert!(!flat.contains("2027"), "{flat}");
    assert!(!flat.contains("fin du délai de réflexion"), "{flat}");
    // The first card's list asks for the proof of address: its day is said.
    ctx.route = Some(RouteId::CstL4251);
    let flat = checklist(&fixture("first-card-bobigny"), &ctx, "first card").flat();
    assert!(flat.contains("assez récent"), "{flat}");
}

/// A list no text itemises (a renewal's, the resident card's, the APS's) says so on her paper,
/// in both columns; the first card's, which F32257 itemises, does not (letters audit,
/// 2026-12-06).
#[test]
fn a_list_that_follows_practice_says_so_to_her() {
    for (name, route) in CASES {
        let mut ctx = DocumentContext::new(today());
        ctx.route = Some(route);
        ctx.checklist_lang = Some("uk".into());
        let flat = checklist(&fixture(name), &ctx, name).flat();
        let said = flat.contains(&opening("fr", "pdf-checklist-practice"))
            && flat.contains(&opening("uk", "pdf-checklist-practice"));
        assert_eq!(said, route != RouteId::CstL4251, "{name}: {flat}");
    }
}

#[test]
fn a_confiscated_passport_and_the_legal_notes_are_explained_to_the_person() {
    let mut case = fixture("first-card-bobigny");
    // Without the consular certificate, the confiscated passport is what the box says.
    case.documents
        .retain(|d| d.kind != passerelle_core::model::case::PieceKind::ConsularCertificate);
    let mut ctx = DocumentContext::new(today());
    ctx.checklist_lang = Some("es".into());
    let flat = checklist(&case, &ctx, "confiscated es").flat();
    for (lang, id) in [
        ("fr", "pdf-note-confiscated"),
        ("es", "pdf-note-confiscated"),
        ("fr", "pdf-note-birth-certificate-full-copy"),
        ("es", "pdf-note-cerpr-required"),
    ] {
        assert!(flat.contains(&opening(lang, id)), "{lang}:{id}: {flat}");
    }
}

#[test]
fn a_language_without_translations_gets_french_and_english() {
    let mut case = fixture("first-card-bobigny");
    case.person.languages = vec!["ti".into()];
    let flat = checklist(&case, &DocumentContext::new(today()), "ti").flat();
    assert!(flat.contains(&opening("en", "pdf-checklist-title")));
}
