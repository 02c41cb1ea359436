//! Invented sample data for tests, benchmarks and `docs/samples/`: realistic shapes, no real
//! person. « Amina Okafor » is the specification's example; the long case exaggerates every field
//! to test wrapping and pagination. Offices carry public prefecture addresses as in the open
//! annuaire; the association, its worker and every number are made up.

use chrono::NaiveDate;

use crate::model::case::{
    Address, CaseFile, Cooperation, CriminalCase, CriminalStage, Document, DocumentKind,
    DocumentStatus, Permit, PermitKind, Person, ProcedureStep, ReflectionPeriod, VictimOf,
};
use crate::pdf::view::{
    Association, ChecklistInput, ChecklistItem, ChecklistView, ItemStatus, KeyDate, KeyDateKind,
    LetterInput, LetterView, Office, OfficeKind, PostalAddress, References, Route, SupportInput,
    SupportLetterView, Title, DOCUMENT_KINDS,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("BUG: sample dates are valid")
}

/// The day every sample document is dated.
pub fn sample_date() -> NaiveDate {
    day(2026, 11, 26)
}

/// The specification's example case (`tests/fixtures/case-spec-example.json`).
pub fn spec_case() -> CaseFile {
    let doc = |kind, status, date: Option<NaiveDate>| Document { kind, status, date };
    CaseFile {
        person: Person {
            family_name: Some("Okafor".into()),
            given_names: Some("Amina".into()),
            birth_date: Some(day(1998, 4, 12)),
            birth_place: Some("Benin City".into()),
            nationality: Some("NG".into()),
            languages: vec!["en".into()],
            sex: Some("F".into()),
            address: Some(Address {
                line1: Some("c/o Association X, 12 rue Y".into()),
                postcode: Some("93200".into()),
                commune_insee: Some("93066".into()),
                city: Some("Saint-Denis".into()),
            }),
            ..Person::default()
        },
        victim_of: vec![VictimOf::Trafficking],
        cooperation: Cooperation {
            complaint: Some(ProcedureStep {
                date: Some(day(2026, 10, 2)),
                service: Some("Commissariat de Saint-Denis".into()),
                reference: Some("PV 2026/12345".into()),
            }),
            testimony: None,
        },
        ties_with_perpetrators_broken: Some(true),
        public_order_threat: Some(false),
        exit_prostitution_programme: None,
        criminal_case: Some(CriminalCase {
            stage: Some(CriminalStage::Investigation),
            final_conviction_date: None,
            regular_stay_on_final_conviction: None,
        }),
        reflection_period: Some(ReflectionPeriod {
            recepisse_issued: None,
        }),
        current_permit: None,
        documents: vec![
            doc(
                DocumentKind::BirthCertificate,
                DocumentStatus::Have,
                Some(day(2024, 1, 10)),
            ),
            doc(DocumentKind::Passport, DocumentStatus::Confiscated, None),
            doc(
                DocumentKind::ConsularCertificate,
                DocumentStatus::Requested,
                None,
            ),
            doc(
                DocumentKind::ProofOfAddress,
                DocumentStatus::Have,
                Some(day(2026, 11, 2)),
            ),
            doc(
                DocumentKind::ComplaintReceipt,
                DocumentStatus::Have,
                Some(day(2026, 10, 2)),
            ),
        ],
        ..CaseFile::new(None, None)
    }
}

/// A case whose every field is as long as real ones get, and longer: for wrapping and pages.
pub fn long_case() -> CaseFile {
    let mut c = spec_case();
    c.person.family_name = Some("de los Santos Villanueva-Rodríguez y Castellanos-Oyelaran".into());
    c.person.given_names = Some("María-Fernanda Oluwaseun Chiamaka Adaeze Guadalupe".into());
    c.person.birth_place = Some("San Cristóbal de las Casas, Chiapas, hôpital régional de spécialités Dr Rafael Pascasio Gamboa".into());
    c.person.address = Some(Address {
        line1: Some("c/o Association d’aide et d’accompagnement des personnes victimes de la traite des êtres humains en Île-de-France, Résidence Les Jardins de la Commanderie, bâtiment C, escalier 4, appartement 1207, 134 boulevard du Général-de-Gaulle-et-de-la-Libération".into()),
        postcode: Some("93200".into()),
        commune_insee: Some("93066".into()),
        city: Some("Saint-Denis".into()),
    });
    c.victim_of = vec![VictimOf::Trafficking, VictimOf::Procuring];
    c.cooperation.complaint = Some(ProcedureStep {
        date: Some(day(2026, 10, 2)),
        service: Some("Brigade de répression du proxénétisme, direction régionale de la police judiciaire, 36 rue du Bastion, Paris".into()),
        reference: Some("PV2026/000012345678901234567890-BRP-DRPJ-PARIS-SECTION-TRAITE".into()),
    });
    c.cooperation.testimony = Some(ProcedureStep {
        date: Some(day(2026, 10, 20)),
        service: Some("Tribunal judiciaire de Bobigny, cabinet du juge d’instruction".into()),
        reference: Some("Instruction n° JI-2026-0004567-TEH".into()),
    });
    c
}

/// The prefecture of Seine-Saint-Denis.
pub fn office_seine_saint_denis() -> Office {
    Office {
        kind: OfficeKind::Prefecture,
        head: Title::Monsieur,
        of: "de la Seine-Saint-Denis".into(),
        name: "Préfecture de la Seine-Saint-Denis".into(),
        service: Some("Direction des migrations et de l’intégration – Bureau du séjour".into()),
        address: PostalAddress {
            lines: vec!["1 esplanade Jean Moulin".into()],
            postcode: "93007".into(),
            city: "Bobigny Cedex".into(),
        },
    }
}

/// The Préfecture de police, in Paris.
pub fn office_paris() -> Office {
    Office {
        kind: OfficeKind::PrefectureDePolice,
        head: Title::Monsieur,
        of: String::new(),
        name: "Préfecture de police".into(),
        service: Some("Direction de l’immigration – Sous-direction du séjour".into()),
        address: PostalAddress {
            lines: vec!["7 boulevard du Palais".into()],
            postcode: "75195".into(),
            city: "Paris Cedex 04".into(),
        },
    }
}

/// An invented association and worker.
pub fn association() -> Association {
    Association {
        name: "Passerelle Solidarité".into(),
        address: PostalAddress {
            lines: vec!["12 rue Y".into()],
            postcode: "93200".into(),
            city: "Saint-Denis".into(),
        },
        phone: Some("01 23 45 67 89".into()),
        email: Some("accueil@passerelle-solidarite.example".into()),
        worker_name: "Claire Dumont".into(),
        worker_role: "travailleuse sociale".into(),
        worker_title: Title::Madame,
    }
}

/// The checklist of a first card for the spec case.
pub fn checklist_items() -> Vec<ChecklistItem> {
    let item = |kind, status, alternatives: Vec<DocumentKind>| ChecklistItem {
        kind,
        status,
        alternatives,
        note: None,
    };
    vec![
        item(DocumentKind::BirthCertificate, ItemStatus::Ok, vec![]),
        item(
            DocumentKind::Passport,
            ItemStatus::Requested,
            vec![
                DocumentKind::ConsularCertificate,
                DocumentKind::ConsularCard,
                DocumentKind::IdCard,
                DocumentKind::NationalityCertificate,
            ],
        ),
        item(DocumentKind::ProofOfAddress, ItemStatus::Ok, vec![]),
        item(
            DocumentKind::ComplaintReceipt,
            ItemStatus::Ok,
            vec![DocumentKind::ProcedureReference],
        ),
        item(DocumentKind::Cerpr, ItemStatus::Missing, vec![]),
        item(DocumentKind::EPhoto, ItemStatus::Expired, vec![]),
    ]
}

/// Deadlines of the spec case.
pub fn key_dates() -> Vec<KeyDate> {
    vec![
        KeyDate {
            kind: KeyDateKind::DocumentExpires,
            date: day(2027, 5, 2),
            document: Some(DocumentKind::ProofOfAddress),
        },
        KeyDate {
            kind: KeyDateKind::ReflectionPeriodEnd,
            date: day(2026, 12, 20),
            document: None,
        },
    ]
}

/// The letter input of a first card, for `case`, with invented identifiers.
pub fn letter_input<'a>(
    case: &'a CaseFile,
    office: &'a Office,
    association: Option<&'a Association>,
) -> LetterInput<'a> {
    let items = checklist_items();
    LetterInput {
        case,
        route: Route::FirstCard,
        office,
        association,
        enclosures: crate::pdf::view::enclosures(case, &items),
        references: References {
            foreigner_number: None,
            anef_number: Some("ANEF-93-2026-000123".into()),
            parquet: Some("Parquet de Bobigny".into()),
        },
        nationality: Some("nigériane".into()),
        phone: None,
        place: "Saint-Denis".into(),
        date: sample_date(),
        registered_mail: false,
    }
}

/// The spec case's cover letter for a first card, with the association.
pub fn letter_view() -> LetterView {
    let case = spec_case();
    let office = office_seine_saint_denis();
    let assoc = association();
    LetterView::build(&letter_input(&case, &office, Some(&assoc)))
        .expect("BUG: the sample case has what a letter needs")
}

/// The cover letter of a route for the spec case, adjusted so that the route applies.
pub fn letter_view_for(route: Route) -> LetterView {
    let mut case = spec_case();
    case.current_permit = Some(Permit {
        kind: PermitKind::CstVpf,
        issued: Some(day(2026, 3, 1)),
        expires: Some(day(2027, 2, 28)),
        renewal_count: None,
        renewal_filed_on: None,
    });
    match route {
        Route::ResidentCard => {
            case.criminal_case = Some(CriminalCase {
                stage: Some(CriminalStage::FinalConviction),
                final_conviction_date: Some(day(2026, 9, 15)),
                regular_stay_on_final_conviction: Some(true),
            });
        }
        Route::Aps => {
            case.victim_of = vec![VictimOf::Procuring];
            case.cooperation = Cooperation::default();
            case.current_permit = None;
            case.exit_prostitution_programme = Some(crate::model::case::ExitProgramme {
                admitted_on: Some(day(2026, 6, 1)),
            });
        }
        _ => {}
    }
    let office = office_seine_saint_denis();
    let assoc = association();
    let mut input = letter_input(&case, &office, Some(&assoc));
    input.route = route;
    input.registered_mail = route == Route::Renewal;
    LetterView::build(&input).expect("BUG: the sample case has what a letter needs")
}

/// The long case's cover letter, with a long list of enclosures.
pub fn long_letter_view() -> LetterView {
    let case = long_case();
    let office = office_paris();
    let mut assoc = association();
    assoc.name = "Association pour l’accueil, l’hébergement et l’accompagnement des femmes victimes de la traite et de l’exploitation sexuelle en Seine-Saint-Denis".into();
    let mut input = letter_input(&case, &office, Some(&assoc));
    input.phone = Some("+33 6 12 34 56 78".into());
    input.references.foreigner_number = Some("9912345678".into());
    input.references.parquet = Some("Parquet du tribunal judiciaire de Paris, section de lutte contre la criminalité organisée, n° de parquet 26123000456789".into());

    // Every document but the support letter, which the association adds itself.
    input.enclosures = DOCUMENT_KINDS[..DOCUMENT_KINDS.len() - 1]
        .iter()
        .copied()
        .map(|kind| crate::pdf::view::Enclosure {
            kind,
            date: Some(day(2026, 10, 2)),
        })
        .collect();
    LetterView::build(&input).expect("BUG: the long case has what a letter needs")
}

/// The association's support letter for the spec case.
pub fn support_letter_view() -> SupportLetterView {
    let case = spec_case();
    let office = office_seine_saint_denis();
    let assoc = association();
    SupportLetterView::build(&SupportInput {
        case: &case,
        route: Route::FirstCard,
        office: &office,
        association: &assoc,
        references: References {
            foreigner_number: None,
            anef_number: Some("ANEF-93-2026-000123".into()),
            parquet: None,
        },
        accompanied_since: Some(day(2026, 9, 14)),
        statement: None,
        place: "Saint-Denis".into(),
        date: sample_date(),
    })
    .expect("BUG: the sample case has what a letter needs")
}

/// The spec case's checklist, French and `lang`.
pub fn checklist_view(lang: &str) -> ChecklistView {
    let items = checklist_items();
    let dates = key_dates();
    ChecklistView::build(&ChecklistInput {
        route: Route::FirstCard,
        items: &items,
        key_dates: &dates,
        lang,
        date: sample_date(),
    })
}

/// The consent record of the spec case in `lang`: storage and the prefecture agreed, the lawyer
/// not asked yet.
pub fn consent_view(lang: &str) -> crate::pdf::ConsentView {
    use crate::model::case::{Consent, ConsentDecision, ConsentStatus};
    let given = Some(ConsentDecision {
        status: ConsentStatus::Given,
        date: NaiveDate::from_ymd_opt(2026, 10, 2),
    });
    let consent = Consent {
        storage: given.clone(),
        share_with_prefecture: given,
        share_with_lawyer: None,
        notice_language: Some(lang.to_string()),
        notice_version: Some(crate::model::case::CONSENT_NOTICE_VERSION),
    };
    crate::pdf::ConsentView::build(&crate::pdf::ConsentInput {
        consent: Some(&consent),
        association: Some(&association().name),
        lang,
        date: sample_date(),
    })
}
