//! Invented sample data for tests, benchmarks and `docs/samples/`: realistic shapes, no real
//! person. « Amina Okafor » is the specification's example; the long case exaggerates every field
//! to test wrapping and pagination. Offices carry public prefecture addresses as in the open
//! annuaire; the association, its worker and every number are made up. Checklist items and
//! deadlines are written by hand, in the shapes the legal core gives them, so that the samples
//! show every status.

use std::sync::LazyLock;

use chrono::NaiveDate;
use strum::VariantArray;

use crate::geo::{self, OfficeKind};
use crate::legal::{ChecklistItem, Confidence, Deadline, DeadlineKind, ItemStatus, RouteId};
use crate::model::association::{Association, PostalAddress, Title};
use crate::model::case::{
    Accompaniment, Address, Application, ApplicationDecision, CaseFile, Cooperation, CriminalCase,
    CriminalStage, DecisionOutcome, Document, DocumentStatus, Permit, PermitKind, Person,
    PieceKind, ProcedureStep, References, ReflectionPeriod, VictimOf,
};
use crate::pdf::view::checklist::{ChecklistInput, ChecklistView};
use crate::pdf::view::consent::{ConsentInput, ConsentView};
use crate::pdf::view::cover_letter::{enclosures, Enclosure, LetterInput, LetterView};
use crate::pdf::view::letter::{LetterHead, Recipient};
use crate::pdf::view::support_letter::{SupportInput, SupportLetterView};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("BUG: sample dates are valid")
}

/// The day every sample document is dated.
pub fn sample_date() -> NaiveDate {
    day(2026, 11, 26)
}

/// The spec case's consent, its notice given in `lang` on 2 October 2026: storage and the
/// prefecture agreed (the support letter needs the latter), the lawyer not asked yet.
pub fn spec_consent(lang: &str) -> crate::model::case::Consent {
    use crate::model::case::{Consent, ConsentDecision, ConsentStatus};
    let given = Some(ConsentDecision {
        status: ConsentStatus::Given,
        date: NaiveDate::from_ymd_opt(2026, 10, 2),
    });
    Consent {
        storage: given.clone(),
        share_with_prefecture: given,
        share_with_lawyer: None,
        notice_language: Some(lang.to_string()),
        notice_version: Some(crate::model::case::CONSENT_NOTICE_VERSION),
    }
}

/// The specification's example case (`tests/fixtures/case-spec-example.json`), with the consent
/// the interview records first ([`spec_consent`]).
pub fn spec_case() -> CaseFile {
    let doc = |kind, status, date: Option<NaiveDate>| Document {
        date,
        ..Document::new(kind, status)
    };
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
                PieceKind::BirthCertificate,
                DocumentStatus::Have,
                Some(day(2024, 1, 10)),
            ),
            doc(PieceKind::Passport, DocumentStatus::Confiscated, None),
            doc(
                PieceKind::ConsularCertificate,
                DocumentStatus::Requested,
                None,
            ),
            doc(
                PieceKind::ProofOfAddress,
                DocumentStatus::Have,
                Some(day(2026, 11, 2)),
            ),
            doc(
                PieceKind::ComplaintReceipt,
                DocumentStatus::Have,
                Some(day(2026, 10, 2)),
            ),
        ],
        consent: Some(spec_consent("fr")),
        ..CaseFile::new(None, None)
    }
}

/// The spec case whose passport an alternative stands in for: the consular card is held; the
/// nationality certificate too, but too old.
pub fn case_with_an_alternative_held() -> CaseFile {
    let mut case = spec_case();
    case.documents.push(Document {
        kind: PieceKind::NationalityCertificate,
        status: DocumentStatus::Have,
        date: Some(day(2020, 1, 1)),
        number: None,
        expires: None,
    });
    case.documents.push(Document {
        kind: PieceKind::ConsularCard,
        status: DocumentStatus::Have,
        date: None,
        number: None,
        expires: None,
    });
    case
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

/// An office of the prefecture finder, with invented provenance.
fn office(kind: OfficeKind, name: &str, address: &[&str]) -> geo::Office {
    geo::Office {
        kind,
        name: name.into(),
        address: address.iter().map(|l| l.to_string()).collect(),
        data_date: "2026-11-01",
        to_verify: false,
        confidence: geo::Confidence::Verified,
        source: "sample",
        note_ids: Vec::new(),
        annuaire_id: None,
    }
}

/// The prefecture of Seine-Saint-Denis, its service named, addressed to « Monsieur le Préfet ».
pub fn prefecture_seine_saint_denis() -> Recipient<'static> {
    static OFFICE: LazyLock<geo::Office> = LazyLock::new(|| {
        office(
            OfficeKind::Prefecture,
            "Préfecture de la Seine-Saint-Denis",
            &[
                "Direction des migrations et de l’intégration – Bureau du séjour",
                "1 esplanade Jean Moulin",
                "93007 BOBIGNY CEDEX",
            ],
        )
    });
    Recipient {
        office: &OFFICE,
        head_of: OfficeKind::Prefecture,
        territory: "de la Seine-Saint-Denis".into(),
        title: Title::Monsieur,
    }
}

/// The Préfecture de police, in Paris, its service named, addressed to « Monsieur le Préfet de
/// police ».
pub fn prefecture_de_police() -> Recipient<'static> {
    static OFFICE: LazyLock<geo::Office> = LazyLock::new(|| {
        office(
            OfficeKind::PrefectureDePolice,
            "Préfecture de police",
            &[
                "Direction de l’immigration – Sous-direction du séjour",
                "7 boulevard du Palais",
                "75195 PARIS CEDEX 04",
            ],
        )
    });
    Recipient {
        office: &OFFICE,
        head_of: OfficeKind::PrefectureDePolice,
        territory: String::new(),
        title: Title::Monsieur,
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

/// A checklist item as the legal core gives it, of an invented rule: no basis, verified, no note,
/// with the status given.
pub fn checklist_item(
    kind: PieceKind,
    status: ItemStatus,
    alternatives: Vec<PieceKind>,
) -> ChecklistItem {
    ChecklistItem {
        id: kind,
        status,
        alternatives,
        note_id: None,
        legal_basis: Vec::new(),
        confidence: Confidence::V,
        confirm_by_jurist: false,
        note_confidence: None,
        optional: false,
        via: None,
        fresh_until: None,
        reason: None,
    }
}

/// The checklist of a first card for the spec case, with every status.
pub fn checklist_items() -> Vec<ChecklistItem> {
    let item = checklist_item;
    vec![
        item(PieceKind::BirthCertificate, ItemStatus::Ok, vec![]),
        item(
            PieceKind::Passport,
            ItemStatus::Requested,
            vec![
                PieceKind::ConsularCertificate,
                PieceKind::ConsularCard,
                PieceKind::IdCard,
                PieceKind::NationalityCertificate,
            ],
        ),
        // Too old by a verified rule (to redo), the e-photo below by an unverified one (to check).
        item(PieceKind::ProofOfAddress, ItemStatus::Expired, vec![]),
        item(
            PieceKind::ComplaintReceipt,
            ItemStatus::Ok,
            vec![PieceKind::ProcedureReference],
        ),
        item(PieceKind::Cerpr, ItemStatus::Missing, vec![]),
        item(PieceKind::EPhoto, ItemStatus::Expired, vec![]),
    ]
}

/// Deadlines of the spec case.
pub fn deadlines() -> Vec<Deadline> {
    let deadline = |kind, date, document| Deadline {
        kind,
        date,
        legal_basis: Vec::new(),
        document,
        permit: None,
        // The proof of address's day: its freshness, not a validity of its own.
        freshness: document.is_some(),
        confidence: Confidence::V,
        confirm_by_jurist: false,
        estimated: false,
        passed: false,
        closes_before: None,
        opens_after: None,
    };
    vec![
        deadline(
            DeadlineKind::DocumentExpires,
            day(2027, 5, 2),
            Some(PieceKind::ProofOfAddress),
        ),
        deadline(DeadlineKind::ReflectionPeriodEnd, day(2026, 12, 20), None),
    ]
}

/// Invented numbers of the file: an ANEF number and the prosecutor's office.
fn references() -> References {
    References {
        foreigner_number: None,
        anef_number: Some("ANEF-93-2026-000123".into()),
        parquet: Some("Parquet de Bobigny".into()),
    }
}

/// The case's ANEF number `anef`, an application on file whose decision is `outcome` (filed
/// 3 March 2026, decided 2 June 2026) and whose own number is `own`: the shape in which a letter
/// may have to leave the case's number out.
pub fn anef_case(anef: &str, outcome: DecisionOutcome, own: Option<&str>) -> CaseFile {
    let mut case = spec_case();
    case.references = Some(References {
        foreigner_number: None,
        anef_number: Some(anef.into()),
        parquet: None,
    });
    case.applications = vec![Application {
        route: RouteId::CstL4251,
        filed_on: NaiveDate::from_ymd_opt(2026, 3, 3),
        decision: Some(ApplicationDecision {
            outcome,
            date: NaiveDate::from_ymd_opt(2026, 6, 2),
            appeal: None,
        }),
        anef_number: own.map(Into::into),
    }];
    case
}

/// The spec case with the invented numbers of [`references`].
fn letter_case() -> CaseFile {
    CaseFile {
        references: Some(references()),
        ..spec_case()
    }
}

/// The letter input of a first card for `case`, written from Saint-Denis.
pub fn letter_input<'a>(
    case: &'a CaseFile,
    recipient: Recipient<'a>,
    association: Option<&'a Association>,
) -> LetterInput<'a> {
    LetterInput {
        head: LetterHead {
            case,
            route: RouteId::CstL4251,
            recipient,
            place: "Saint-Denis".into(),
            date: sample_date(),
        },
        association,
        enclosures: enclosures(case, &checklist_items()),
        nationality: Some("nigériane".into()),
        registered_mail: false,
    }
}

/// The spec case's cover letter for a first card, with the association.
pub fn letter_view() -> LetterView {
    let case = letter_case();
    let assoc = association();
    LetterView::build(&letter_input(
        &case,
        prefecture_seine_saint_denis(),
        Some(&assoc),
    ))
    .expect("BUG: the sample case has what a letter needs")
}

/// The cover letter of a route for the spec case, adjusted so that the route applies.
pub fn letter_view_for(route: RouteId) -> LetterView {
    let mut case = letter_case();
    case.current_permit = Some(Permit {
        kind: PermitKind::CstVpf,
        issued: Some(day(2026, 3, 1)),
        expires: Some(day(2027, 2, 28)),
        renewal_count: None,
        renewal_filed_on: None,
    });
    match route {
        RouteId::CarteResidentL4253 => {
            case.criminal_case = Some(CriminalCase {
                stage: Some(CriminalStage::FinalConviction),
                final_conviction_date: Some(day(2026, 9, 15)),
                regular_stay_on_final_conviction: Some(true),
            });
        }
        RouteId::ApsL4254 => {
            case.victim_of = vec![VictimOf::Procuring];
            case.cooperation = Cooperation::default();
            case.current_permit = None;
            case.exit_prostitution_programme = Some(crate::model::case::ExitProgramme {
                admitted_on: Some(day(2026, 6, 1)),
            });
        }
        _ => {}
    }
    let assoc = association();
    let mut input = letter_input(&case, prefecture_seine_saint_denis(), Some(&assoc));
    input.head.route = route;
    input.registered_mail = route == RouteId::CstL4251Renewal;
    LetterView::build(&input).expect("BUG: the sample case has what a letter needs")
}

/// The long case's cover letter, with a long list of enclosures.
pub fn long_letter_view() -> LetterView {
    let mut case = long_case();
    case.person.phone = Some("+33 6 12 34 56 78".into());
    case.references = Some(References {
        foreigner_number: Some("9912345678".into()),
        parquet: Some("Parquet du tribunal judiciaire de Paris, section de lutte contre la criminalité organisée, n° de parquet 26123000456789".into()),
        ..references()
    });
    let mut assoc = association();
    assoc.name = "Association pour l’accueil, l’hébergement et l’accompagnement des femmes victimes de la traite et de l’exploitation sexuelle en Seine-Saint-Denis".into();
    let mut input = letter_input(&case, prefecture_de_police(), Some(&assoc));
    // Every document but the support letter, which the association adds itself.
    input.enclosures = PieceKind::VARIANTS[..PieceKind::VARIANTS.len() - 1]
        .iter()
        .copied()
        .map(|kind| Enclosure {
            kind,
            date: Some(day(2026, 10, 2)),
            number: None,
            expires: None,
            permit: None,
        })
        .collect();
    LetterView::build(&input).expect("BUG: the long case has what a letter needs")
}

/// The association's support letter for the spec case.
pub fn support_letter_view() -> SupportLetterView {
    let case = CaseFile {
        references: Some(References {
            parquet: None,
            ..references()
        }),
        accompaniment: Some(Accompaniment {
            since: Some(day(2026, 9, 14)),
            statement: None,
        }),
        ..spec_case()
    };
    let assoc = association();
    SupportLetterView::build(&SupportInput {
        head: LetterHead {
            case: &case,
            route: RouteId::CstL4251,
            recipient: prefecture_seine_saint_denis(),
            place: "Saint-Denis".into(),
            date: sample_date(),
        },
        association: &assoc,
    })
    .expect("BUG: the sample case has what a letter needs")
}

/// The spec case's checklist, French and `lang`.
pub fn checklist_view(lang: &str) -> ChecklistView {
    let items = checklist_items();
    let deadlines = deadlines();
    ChecklistView::build(&ChecklistInput {
        deadlines: &deadlines,
        ..ChecklistInput::plain(RouteId::CstL4251, &items, lang, sample_date())
    })
}

/// The consent record of the spec case in `lang`: storage and the prefecture agreed, the lawyer
/// not asked yet.
pub fn consent_view(lang: &str) -> ConsentView {
    let consent = spec_consent(lang);
    ConsentView::build(&ConsentInput {
        consent: Some(&consent),
        association: Some(&association().name),
        lang,
        date: sample_date(),
    })
}
