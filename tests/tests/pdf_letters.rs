//! The cover letter and the support letter, read back from the PDF bytes.

use crate::pdf_support;

use passerelle_core::legal::RouteId;
use passerelle_core::model::printed::PrintedDocument;
use passerelle_core::pdf::{self, samples};
use pdf_support::{assert_well_formed, metadata_mentions, poppler};

#[test]
fn each_route_letter_cites_its_article_and_follows_the_conventions() {
    let cases = [
        (
            RouteId::CstL4251,
            "Demande de carte de séjour temporaire",
            "article L. 425-1 du CESEDA",
        ),
        (
            RouteId::CstL4251Renewal,
            "Demande de renouvellement",
            "article L. 425-1 du CESEDA",
        ),
        (
            RouteId::CarteResidentL4253,
            "Demande de carte de résident",
            "article L. 425-3 du CESEDA",
        ),
        (
            RouteId::ApsL4254,
            "Demande d’autorisation provisoire de séjour",
            "article L. 425-4 du CESEDA",
        ),
    ];
    for (route, subject, article) in cases {
        let what = format!("letter {}", route.as_str());
        let bytes = pdf::render_letter(&samples::letter_view_for(route)).unwrap();
        let parsed = assert_well_formed(&what, &bytes);
        let text = parsed.flat();
        for expected in [
            "OKAFOR Amina",
            "c/o Association X",
            "93200 SAINT DENIS",
            "Monsieur le Préfet de la Seine-Saint-Denis",
            "93007 BOBIGNY CEDEX",
            "Saint-Denis, le 26 novembre 2026",
            "Objet :",
            subject,
            article,
            "CONFIDENTIEL",
            "Monsieur le Préfet,",
            "Je vous prie d’agréer, Monsieur le Préfet, l’expression de ma haute considération.",
            "P.J. :",
            "1.",
        ] {
            assert!(
                text.contains(expected),
                "{what}: {expected:?} is missing from {text}"
            );
        }
        assert!(
            !metadata_mentions(&parsed, "okafor") && !metadata_mentions(&parsed, "amina"),
            "{what}: the name stays out of the metadata"
        );
    }
}

#[test]
fn the_first_card_letter_states_every_element_the_conventions_list() {
    let bytes = pdf::render_letter(&samples::letter_view()).unwrap();
    let text = assert_well_formed("letter", &bytes).flat();
    for (element, expected) in [
        (
            "(a) the request",
            "J’ai l’honneur de solliciter la délivrance d’une carte de séjour temporaire",
        ),
        (
            "(b) the complaint",
            "Le 2 octobre 2026, j’ai déposé plainte (Commissariat de Saint-Denis, PV 2026/12345)",
        ),
        ("(c) the legal basis", "article R. 425-5"),
        (
            "(d) ties broken",
            "J’ai rompu tout lien avec la ou les personnes mises en cause.",
        ),
        (
            "(e) the récépissé",
            "récépissé de demande de titre de séjour m’autorisant à travailler",
        ),
        ("(e) the tax exemption", "article L. 436-8"),
        ("(f) confidentiality", "de manière confidentielle"),
        (
            "(g) the association",
            "l’association « Passerelle Solidarité »",
        ),
        (
            "Réf. complaint",
            "Plainte du 2 octobre 2026 – Commissariat de Saint-Denis – PV 2026/12345",
        ),
        ("Réf. ANEF", "Demande ANEF n° ANEF-93-2026-000123"),
        (
            "P.J. dated",
            "Copie intégrale d’acte de naissance du 10 janvier 2024",
        ),
        ("P.J. support letter", "Lettre de soutien de l’association"),
        ("guillemets", "« vie privée et familiale »"),
    ] {
        assert!(
            text.contains(expected),
            "{element}: {expected:?} is missing from {text}"
        );
    }
}

#[test]
fn the_support_letter_is_signed_by_the_worker_with_room_for_the_stamp() {
    let bytes = pdf::render_support_letter(&samples::support_letter_view()).unwrap();
    let parsed = assert_well_formed("support letter", &bytes);
    let text = parsed.flat();
    for expected in [
        "Passerelle Solidarité",
        "Soutien à la demande de carte de séjour temporaire de Mme Amina OKAFOR",
        "Je soussignée Claire Dumont, travailleuse sociale",
        "née le 12 avril 1998, depuis le 14 septembre 2026",
        "CONFIDENTIEL",
        "Cachet de l’association",
        "Claire Dumont",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is missing from {text}"
        );
    }
    assert!(
        !metadata_mentions(&parsed, "okafor"),
        "the name stays out of the metadata"
    );
}

#[test]
fn a_case_with_very_long_fields_paginates_cleanly() {
    let view = samples::long_letter_view();
    let bytes = pdf::render_letter(&view).unwrap();
    let parsed = assert_well_formed("long letter", &bytes);
    let pages = parsed.pages.len();
    assert!(pages >= 2, "the long letter needs more than one page");
    for (i, page) in parsed.pages.iter().enumerate() {
        let label = format!("Page {}/{pages}", i + 1);
        assert!(page.contains(&label), "page {} carries {label}", i + 1);
    }
    let text = parsed.flat();
    for expected in [
        "VILLANUEVA-",
        "CASTELLANOS-OYELARAN",
        "14.",
        "Préfet de police",
        "PV2026/",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is missing: the long fields are printed, wrapped"
        );
    }
    assert!(
        !metadata_mentions(&parsed, "villanueva"),
        "the name stays out of the metadata"
    );
}

#[test]
fn poppler_sees_a4_pages_subset_embedded_fonts_and_neutral_metadata() {
    let bytes = pdf::render_letter(&samples::letter_view()).unwrap();
    let fonts = poppler("pdffonts", &[], &bytes);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "regular and bold: {fonts}");
    for row in rows {
        assert!(row.contains("NotoSans"), "{row}");
        assert!(
            row.contains("yes yes yes"),
            "embedded, subset, with ToUnicode: {row}"
        );
    }
    let info = poppler("pdfinfo", &[], &bytes);
    assert!(info.contains("A4"), "{info}");
    assert!(
        info.contains("Title:           Passerelle — document"),
        "{info}"
    );
    assert!(
        info.contains("CreationDate:    Thu Nov 26 00:00:00 2026"),
        "the date is the letter's own: {info}"
    );
    assert!(!info.to_lowercase().contains("okafor"), "{info}");
    let text = poppler("pdftotext", &["-layout"], &bytes);
    assert!(
        text.contains("Monsieur le Préfet de la Seine-Saint-Denis"),
        "{text}"
    );
}

#[test]
fn default_file_names_never_carry_the_persons_name() {
    let view = samples::letter_view();
    let name = pdf::default_file_name(PrintedDocument::Letter, view.letter.date);
    assert_eq!(name, "courrier-prefecture-2026-11-26.pdf");
    assert!(!name.to_lowercase().contains("okafor"));
}
