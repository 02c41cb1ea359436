//! The bilingual checklist, read back from the PDF bytes, in every language.

use crate::pdf_support;

use chrono::NaiveDate;
use passerelle_core::codes::{code, VariantArray};
use passerelle_core::i18n::L10n;
use passerelle_core::legal::{ItemStatus, RouteId};
use passerelle_core::model::case::PieceKind;
use passerelle_core::pdf::{self, samples, Bilingual, ChecklistInput, ChecklistView};
use pdf_support::assert_well_formed;

use passerelle_core::pdf::view::CHECKLIST_LANGUAGES as LANGUAGES;

fn msg(lang: &str, id: &str) -> String {
    L10n::get()
        .format(lang, id, &[])
        .replace(['\u{a0}', '\u{202f}'], " ")
}

#[test]
fn every_language_prints_beside_french_with_statuses_and_dates() {
    for lang in LANGUAGES {
        let view = samples::checklist_view(lang);
        let bytes = pdf::render_checklist(&view).unwrap();
        let parsed = assert_well_formed(&format!("checklist {lang}"), &bytes);
        let text = parsed.text();
        for id in [
            "pdf-checklist-title",
            "pdf-doc-birth-certificate",
            "pdf-doc-cerpr",
            "pdf-status-ok",
            "pdf-status-missing",
            "pdf-status-requested",
            "pdf-status-expired",
            "pdf-status-expired-to-check",
            "pdf-next-title",
            "pdf-dates-title",
        ] {
            for l in ["fr", lang] {
                let expected = msg(l, id);
                let first_words: String = expected
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    pdf_support::shows(&parsed.flat(), &first_words),
                    "{lang}: {l}:{id} ({first_words:?}) is missing"
                );
            }
        }
        let page_fr = format!("Page 1/{}", parsed.pages.len());
        assert!(
            parsed.pages[0].contains(&page_fr),
            "{lang}: French page number"
        );
        let page_other = L10n::get().format(
            lang,
            "pdf-page",
            &[
                ("page", "1".into()),
                ("pages", parsed.pages.len().to_string()),
            ],
        );
        assert!(
            pdf_support::shows(&parsed.pages[0], &page_other),
            "{lang}: {page_other} is on page 1"
        );
        let date_fr = "20 décembre 2026 : fin du délai de réflexion";
        assert!(
            parsed.flat().contains(date_fr),
            "{lang}: the case's key dates are printed: {text}"
        );
        assert!(
            !text.contains("OKAFOR") && !text.contains("Amina"),
            "{lang}: the checklist shows no name"
        );
    }
}

#[test]
fn cyrillic_and_vietnamese_come_back_exactly() {
    let ru = assert_well_formed(
        "checklist ru",
        &pdf::render_checklist(&samples::checklist_view("ru")).unwrap(),
    )
    .flat();
    assert!(ru.contains("Полная копия свидетельства о рождении"), "{ru}");
    assert!(ru.contains("26 ноября 2026 г."), "{ru}");
    let uk = assert_well_formed(
        "checklist uk",
        &pdf::render_checklist(&samples::checklist_view("uk")).unwrap(),
    )
    .flat();
    assert!(
        uk.contains("Документи для вашої заяви") && uk.contains("26 листопада 2026 р."),
        "{uk}"
    );
    let vi = assert_well_formed(
        "checklist vi",
        &pdf::render_checklist(&samples::checklist_view("vi")).unwrap(),
    )
    .flat();
    for word in [
        "Giấy tờ cho hồ sơ của bạn",
        "Bản sao đầy đủ giấy khai sinh",
        "Ngày 20 tháng 12 năm 2026",
    ] {
        assert!(vi.contains(word), "{word:?} in {vi}");
    }
}

#[test]
fn an_unsupported_language_falls_back_to_french_and_english() {
    let items = samples::checklist_items();
    let view = ChecklistView::build(&ChecklistInput::plain(
        RouteId::CstL4251,
        &items,
        "ti",
        samples::sample_date(),
    ));
    let text = assert_well_formed("checklist ti", &pdf::render_checklist(&view).unwrap()).flat();
    assert!(text.contains("Documents for your application"), "{text}");
    assert!(
        text.contains("No dates to remember for now."),
        "a case without deadlines says so"
    );
}

#[test]
fn every_route_has_its_own_title_and_next_steps() {
    for route in RouteId::ALL {
        let items = samples::checklist_items();
        let view = ChecklistView::build(&ChecklistInput::plain(
            route,
            &items,
            "es",
            samples::sample_date(),
        ));
        let text = assert_well_formed(
            &format!("checklist {}", route.as_str()),
            &pdf::render_checklist(&view).unwrap(),
        )
        .flat();
        let key = code(route);
        for id in [format!("pdf-route-{key}"), format!("pdf-next-{key}")] {
            let expected: String = msg("es", &id)
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                text.contains(&expected),
                "{}: {id} ({expected:?}) is missing",
                route.as_str()
            );
        }
        let anef = msg("fr", "pdf-next-anef")
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        // Where the sources read establish filing on ANEF: the « vie privée et familiale »
        // titles and the renewal of the resident card; not a first resident card or the APS.
        assert_eq!(
            text.contains(&anef),
            matches!(
                route,
                RouteId::CstL4251 | RouteId::CstL4251Renewal | RouteId::CarteResidentL4253Renewal
            ),
            "{}: ANEF filing is explained for filing routes only",
            route.as_str()
        );
    }
}

#[test]
fn a_long_checklist_with_long_notes_paginates_cleanly() {
    let note = Bilingual {
        fr: "Passeport confisqué par les auteurs : joindre la déclaration de vol et demander une attestation consulaire, sauf si contacter le consulat est dangereux. ".repeat(4),
        other: "Паспорт забрали преступники: приложите заявление о краже и запросите консульскую справку, если обращение в консульство не опасно. ".repeat(4),
    };

    let items: Vec<_> = PieceKind::VARIANTS
        .iter()
        .map(|k| {
            samples::checklist_item(
                *k,
                ItemStatus::Missing,
                vec![PieceKind::ConsularCertificate, PieceKind::ConsularCard],
            )
        })
        .collect();
    let mut view = ChecklistView::build(&ChecklistInput {
        deadlines: &samples::deadlines(),
        ..ChecklistInput::plain(
            RouteId::CstL4251Renewal,
            &items,
            "ru",
            NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        )
    });
    // The longest notes a box may carry, on every box, typeset as the view typesets notes.
    for entry in &mut view.items {
        entry.note = Some(Bilingual {
            fr: pdf::typography::french(&note.fr),
            other: note.other.clone(),
        });
    }
    let parsed = assert_well_formed("long checklist", &pdf::render_checklist(&view).unwrap());
    let pages = parsed.pages.len();
    assert!(
        pages >= 4,
        "fifteen long items take several pages, not {pages}"
    );
    for (i, page) in parsed.pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Страница {}/{pages}", i + 1)),
            "page {} is numbered",
            i + 1
        );
    }
    let text = parsed.flat();
    assert!(
        text.contains(&msg("ru", "pdf-doc-association-letter")),
        "the last item is printed"
    );
}
