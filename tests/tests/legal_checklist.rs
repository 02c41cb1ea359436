//! The document checklist: statuses from the case's documents and the filing day, alternatives,
//! notes, and the JSON shape of the spec.

use passerelle_core::i18n::DEFAULT_LANGUAGE;
use passerelle_core::legal::{self, labels, ItemStatus, RouteId};
use passerelle_core::model::case::{CaseDocument, PieceKind};
use passerelle_core::overview::{self, Names};
use passerelle_tests::legal::{case_with, date};
use serde_json::{json, Value};

fn item(list: &legal::Checklist, id: &str) -> legal::ChecklistItem {
    list.items
        .iter()
        .find(|i| serde_json::to_value(i.id).unwrap() == id)
        .unwrap_or_else(|| panic!("no item {id}"))
        .clone()
}

#[test]
fn the_spec_example_gives_the_expected_statuses() {
    let case = case_with(&[]);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2026-11-26"));
    assert_eq!(item(&list, "birth-certificate").status, ItemStatus::Ok);
    let passport = item(&list, "passport");
    assert_eq!(
        passport.status,
        ItemStatus::Confiscated,
        "confiscated passport (held by the perpetrators), consular certificate requested"
    );
    assert_eq!(
        serde_json::to_value(passport.via).unwrap(),
        "consular-certificate"
    );
    assert_eq!(item(&list, "proof-of-address").status, ItemStatus::Ok);
    assert_eq!(
        item(&list, "proof-of-address").fresh_until,
        Some(date("2027-05-01"))
    );
    assert_eq!(item(&list, "complaint-receipt").status, ItemStatus::Ok);
    assert_eq!(item(&list, "cerpr").status, ItemStatus::Missing);
    assert!(item(&list, "association-letter").optional);
    assert!(
        !item(&list, "cerpr").optional,
        "the CERPR is required since 17 July 2024"
    );
}

#[test]
fn an_alternative_in_hand_satisfies_the_passport() {
    let case = case_with(&[(
        "/documents",
        json!([{ "kind": "passport", "status": "confiscated" }, { "kind": "consular-card", "status": "have", "date": "2025-01-01" }]),
    )]);
    let passport = item(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "passport",
    );
    assert_eq!(passport.status, ItemStatus::SatisfiedByAlternative);
    assert_eq!(serde_json::to_value(passport.via).unwrap(), "consular-card");
}

#[test]
fn a_passport_whose_validity_ended_counts_with_its_end_said_after_any_valid_document() {
    let list = |documents: Value| {
        let case = case_with(&[("/documents", documents)]);
        item(
            &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
            "passport",
        )
    };
    // In hand, ended: counted (whether it is still accepted is not in the facts sheet), and said
    // — the cover letter lists it « expiré le … » (review, 2026-12-05: « Vous l'avez » alone).
    let ended = list(json!([{ "kind": "passport", "status": "have", "expires": "2024-05-02" }]));
    assert_eq!(ended.status, ItemStatus::Ok);
    assert_eq!(ended.reason.as_deref(), Some("document-expired"));
    assert_eq!(ended.fresh_until, Some(date("2024-05-02")));
    // Whether it is still accepted is not in the facts sheet: for a jurist.
    assert!(ended.confirm_by_jurist);
    // Still valid on the reference day: nothing to say.
    let valid = list(json!([{ "kind": "passport", "status": "have", "expires": "2026-11-26" }]));
    assert_eq!((valid.status, valid.reason), (ItemStatus::Ok, None));
    // A valid alternative beside it wins, without a caveat.
    let replaced = list(json!([
        { "kind": "passport", "status": "have", "expires": "2024-05-02" },
        { "kind": "id-card", "status": "have", "expires": "2030-01-01" }
    ]));
    assert_eq!(replaced.status, ItemStatus::SatisfiedByAlternative);
    assert_eq!(serde_json::to_value(replaced.via).unwrap(), "id-card");
    assert_eq!(replaced.reason, None);
    // An ended alternative is named with its end, before one only asked for.
    let via = list(json!([
        { "kind": "passport", "status": "confiscated" },
        { "kind": "id-card", "status": "have", "expires": "2025-03-01" },
        { "kind": "consular-certificate", "status": "requested" }
    ]));
    assert_eq!(via.status, ItemStatus::SatisfiedByAlternative);
    assert_eq!(serde_json::to_value(via.via).unwrap(), "id-card");
    assert_eq!(via.reason.as_deref(), Some("document-expired"));
    assert_eq!(via.fresh_until, Some(date("2025-03-01")));
    // Too old by its freshness rule and ended: too old first (code review, 2026-12-05).
    let case = case_with(&[(
        "/documents",
        json!([{ "kind": "proof-of-address", "status": "have", "date": "2025-01-01", "expires": "2025-06-01" }]),
    )]);
    let proof = item(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "proof-of-address",
    );
    assert_eq!(proof.status, ItemStatus::Expired);
    assert_eq!(proof.reason, None);
}

#[test]
fn her_residence_card_recorded_among_the_documents_with_an_end_past_is_to_renew() {
    let case = case_with(&[
        (
            "/currentPermit",
            json!({ "kind": "cst-vpf-l425-1", "issued": "2025-06-01", "expires": "2026-05-31" }),
        ),
        (
            "/documents",
            json!([{ "kind": "current-permit", "status": "have", "expires": "2026-05-31" }]),
        ),
    ]);
    let list = legal::checklist(&case, RouteId::CstL4251Renewal, date("2026-11-26"));
    let card = item(&list, "current-permit");
    assert_eq!(card.status, ItemStatus::Expired);
    assert!(card.is_ended_permit());
    assert_eq!(card.reason, None);
}

#[test]
fn a_nationality_certificate_older_than_six_months_does_not_replace_the_passport() {
    let case = case_with(&[(
        "/documents",
        json!([{ "kind": "passport", "status": "confiscated" }, { "kind": "nationality-certificate", "status": "have", "date": "2026-04-01" }]),
    )]);
    let passport = item(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "passport",
    );
    // Held by the perpetrators (issue 14); the old certificate does not replace it
    // (F32257: a nationality certificate under 6 months), and her list says that the one she
    // holds is too old, with the day it stopped being recent enough (letters audit, 2026-12-06:
    // nothing said it).
    assert_eq!(passport.status, ItemStatus::Confiscated);
    assert_eq!(
        passport.via,
        Some(PieceKind::NationalityCertificate),
        "the certificate she holds, too old"
    );
    assert!(
        passport.fresh_until.is_some_and(|d| d < date("2026-11-26")),
        "{:?}",
        passport.fresh_until
    );
    // Undated, it is said to be shown to the association.
    let undated = case_with(&[(
        "/documents",
        json!([{ "kind": "passport", "status": "confiscated" }, { "kind": "nationality-certificate", "status": "have" }]),
    )]);
    let passport = item(
        &legal::checklist(&undated, RouteId::CstL4251, date("2026-11-26")),
        "passport",
    );
    assert_eq!(passport.status, ItemStatus::Confiscated);
    assert_eq!(passport.via, Some(PieceKind::NationalityCertificate));
    assert_eq!(passport.reason.as_deref(), Some("date-unknown"));
    // The worker's page: not « Remplacé par », but what she holds and its date (code review,
    // 2026-12-06).
    let page = overview::case::overview("c", &case, date("2026-11-26"), "fr", Names::Shown);
    let line = page
        .checklist
        .items
        .iter()
        .find(|l| l.id == "passport")
        .unwrap();
    assert_eq!(line.via, None);
    assert!(
        line.fresh_until.as_deref().is_some_and(|t| t
            .replace('\u{a0}', " ")
            .starts_with("À la place, la personne a : Certificat de nationalité")),
        "{:?}",
        line.fresh_until
    );
    // Recent enough today, too old on the day a renewal's window opens: « juste avant », not
    // « trop ancienne », on her paper.
    let renewal = case_with(&[
        (
            "/currentPermit",
            json!({ "kind": "cst-vpf-l425-1", "issued": "2026-09-20", "expires": "2027-09-19",
                    "renewalCount": 0, "renewalFiledOn": null }),
        ),
        (
            "/documents",
            json!([{ "kind": "passport", "status": "confiscated" }, { "kind": "nationality-certificate", "status": "have", "date": "2026-11-01" }]),
        ),
    ]);
    let mut ctx = passerelle_core::documents::DocumentContext::new(date("2026-11-26"));
    ctx.route = Some(RouteId::CstL4251Renewal);
    let pdf = passerelle_core::documents::render(
        passerelle_core::model::printed::PrintedDocument::Checklist,
        &renewal,
        &ctx,
    )
    .unwrap();
    let text = crate::pdf_support::parse(&pdf.bytes).flat();
    assert!(
        text.contains("faites refaire ce document juste avant"),
        "{text}"
    );
    assert!(!text.contains("Sa date est trop ancienne"), "{text}");
}

/// Review, 2026-12-04: after an acquittal, the renewal checklist told her to obtain a proof that
/// the proceedings go on, which cannot exist.
#[test]
fn no_proof_of_ongoing_proceedings_is_asked_once_they_ended_without_conviction() {
    let has_proof = |stage: &str| {
        let case = case_with(&[
            (
                "/currentPermit",
                json!({ "kind": "cst-vpf-l425-1", "issued": "2026-01-10", "expires": "2027-01-09" }),
            ),
            ("/criminalCase/stage", json!(stage)),
        ]);
        legal::checklist(&case, RouteId::CstL4251Renewal, date("2026-09-01"))
            .items
            .iter()
            .any(|i| i.id == PieceKind::ProceedingsOngoingProof)
    };
    assert!(has_proof("investigation"));
    assert!(has_proof("appeal"));
    assert!(!has_proof("acquittal"));
    assert!(!has_proof("dismissed"));
}

/// Law review F9: L425-4 renews the APS through the same route; its holder's list asks for the
/// authorisation in force, a first applicant's does not.
#[test]
fn the_aps_list_asks_for_the_aps_in_force_only_from_its_holder() {
    let has_current = |permit: Value| {
        let case = case_with(&[
            ("/cooperation/complaint", Value::Null),
            (
                "/exitProstitutionProgramme",
                json!({ "admittedOn": "2026-03-01" }),
            ),
            ("/currentPermit", permit),
        ]);
        legal::checklist(&case, RouteId::ApsL4254, date("2026-11-01"))
            .items
            .iter()
            .any(|i| i.id == PieceKind::CurrentPermit)
    };
    assert!(has_current(
        json!({ "kind": "aps-l425-4", "issued": "2026-06-01", "expires": "2026-12-31" })
    ));
    assert!(!has_current(Value::Null));
    assert!(!has_current(
        json!({ "kind": "recepisse-reflection", "issued": "2026-10-20", "expires": "2026-11-19" })
    ));
}

#[test]
fn freshness_is_judged_on_the_planned_filing_day() {
    let case = case_with(&[("/plannedFilingDate", json!("2027-06-01"))]);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2026-11-26"));
    assert_eq!(list.reference_date, date("2027-06-01"));
    assert_eq!(
        item(&list, "proof-of-address").status,
        ItemStatus::Expired,
        "dated 2 Nov 2026: too old on 1 June 2027"
    );
}

/// A renewal prepared before its window opens is judged on the window's first day, when it can
/// first be filed in time (legal review, 2026-12-06: a proof of address « Vous l'avez » that would
/// be stale on every in-time filing day); once the window is open, or a filing recorded, today.
#[test]
fn a_renewal_before_its_window_is_judged_on_the_day_the_window_opens() {
    let card = |filed: Value| {
        json!({ "kind": "cst-vpf-l425-1", "issued": "2026-09-20", "expires": "2027-09-19",
                "renewalCount": 0, "renewalFiledOn": filed })
    };
    let case = case_with(&[("/currentPermit", card(Value::Null))]);
    let list = legal::checklist(&case, RouteId::CstL4251Renewal, date("2026-11-26"));
    assert_eq!(
        list.reference_date,
        date("2027-05-22"),
        "120 days before 19 September"
    );
    let proof = item(&list, "proof-of-address");
    assert_eq!(
        proof.status,
        ItemStatus::Expired,
        "dated 2 Nov 2026: too old on 22 May 2027"
    );
    // Recent enough today, though: to get again just before filing, not « trop ancien » now
    // (letters audit, 2026-12-06), on the case page and on her paper.
    assert!(proof.stale_only_at_filing(date("2026-11-26")));
    assert!(!proof.stale_only_at_filing(date("2027-05-02")));
    let page = overview::case::overview("c", &case, date("2026-11-26"), "fr", Names::Shown);
    let line = page
        .checklist
        .items
        .iter()
        .find(|l| l.id == "proof-of-address")
        .unwrap();
    assert_eq!(
        line.status_label,
        "À refaire juste avant le dépôt (trop ancien ce jour-là)"
    );
    let mut ctx = passerelle_core::documents::DocumentContext::new(date("2026-11-26"));
    ctx.route = Some(RouteId::CstL4251Renewal);
    let pdf = passerelle_core::documents::render(
        passerelle_core::model::printed::PrintedDocument::Checklist,
        &case,
        &ctx,
    )
    .unwrap();
    let text = crate::pdf_support::parse(&pdf.bytes).flat();
    assert!(text.contains("À refaire juste avant la demande"), "{text}");
    assert!(!text.contains("Date trop ancienne"), "{text}");
    assert_eq!(
        legal::checklist(&case, RouteId::CstL4251Renewal, date("2027-06-01")).reference_date,
        date("2027-06-01"),
        "the window open"
    );
    let filed = case_with(&[("/currentPermit", card(json!("2026-11-20")))]);
    assert_eq!(
        legal::checklist(&filed, RouteId::CstL4251Renewal, date("2026-11-26")).reference_date,
        date("2026-11-26"),
        "filed already: its own warnings say it was early"
    );
    // Recorded among her applications rather than on the card: filed too.
    let applied = case_with(&[
        ("/currentPermit", card(Value::Null)),
        (
            "/applications",
            json!([{ "route": "cst-l425-1-renewal", "filedOn": "2026-11-20" }]),
        ),
    ]);
    assert_eq!(
        legal::checklist(&applied, RouteId::CstL4251Renewal, date("2026-11-26")).reference_date,
        date("2026-11-26")
    );
}

#[test]
fn a_past_planned_filing_day_falls_back_to_today() {
    let case = case_with(&[("/plannedFilingDate", json!("2026-01-01"))]);
    assert_eq!(
        legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")).reference_date,
        date("2026-11-26")
    );
}

#[test]
fn a_document_whose_freshness_matters_is_never_assumed_fresh_without_a_date() {
    let case = case_with(&[(
        "/documents",
        json!([{ "kind": "proof-of-address", "status": "have" }]),
    )]);
    let proof = item(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "proof-of-address",
    );
    assert_eq!(proof.status, ItemStatus::Missing);
    assert_eq!(proof.reason.as_deref(), Some("date-unknown"));
}

#[test]
fn a_procedure_reference_replaces_the_complaint_receipt() {
    let case = case_with(&[(
        "/documents",
        json!([{ "kind": "procedure-reference", "status": "have" }]),
    )]);
    let receipt = item(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "complaint-receipt",
    );
    assert_eq!(
        receipt.status,
        ItemStatus::SatisfiedByAlternative,
        "R425-5: receipt or reference of the procedure"
    );
}

/// A witness who filed no complaint has no receipt to obtain: her list asks for the reference of
/// the proceedings that hold her testimony, by its own name (letters audit, 2026-12-06).
#[test]
fn a_witness_without_a_complaint_is_asked_for_the_procedure_reference_not_a_receipt() {
    let witness = [(
        "/cooperation",
        json!({ "complaint": null, "testimony": { "date": "2026-09-15", "service": "Brigade de protection des mineurs", "reference": null } }),
    )];
    let case = case_with(&witness);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2026-11-26"));
    let ids: Vec<String> = list
        .items
        .iter()
        .map(|i| {
            serde_json::to_value(i.id)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(!ids.contains(&"complaint-receipt".to_string()), "{ids:?}");
    let reference = item(&list, "procedure-reference");
    assert_eq!(reference.status, ItemStatus::Missing);
    assert!(
        reference.alternatives.is_empty(),
        "no receipt offered instead"
    );

    // Asked for: the reference is what is awaited, not a receipt.
    let mut asked = witness.to_vec();
    asked.push((
        "/documents",
        json!([{ "kind": "procedure-reference", "status": "requested" }]),
    ));
    let list = legal::checklist(&case_with(&asked), RouteId::CstL4251, date("2026-11-26"));
    assert_eq!(
        item(&list, "procedure-reference").status,
        ItemStatus::Requested
    );

    // With a complaint recorded too, the receipt stays, the reference accepted instead.
    let both = case_with(&[(
        "/cooperation/testimony",
        json!({ "date": "2026-09-15", "service": "Brigade de protection des mineurs", "reference": null }),
    )]);
    let list = legal::checklist(&both, RouteId::CstL4251, date("2026-11-26"));
    assert_eq!(
        item(&list, "complaint-receipt").alternatives,
        vec![PieceKind::ProcedureReference]
    );
}

#[test]
fn the_cerpr_is_not_required_for_a_filing_before_17_july_2024() {
    let case = case_with(&[]);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2024-07-16"));
    assert!(item(&list, "cerpr").optional);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2024-07-17"));
    assert!(!item(&list, "cerpr").optional);
}

#[test]
fn the_newest_of_two_proofs_of_address_counts() {
    let case = case_with(&[(
        "/documents",
        json!([
            { "kind": "proof-of-address", "status": "have", "date": "2025-01-01" },
            { "kind": "proof-of-address", "status": "have", "date": "2026-10-01" }
        ]),
    )]);
    let proof = item(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "proof-of-address",
    );
    assert_eq!(proof.status, ItemStatus::Ok);
    assert_eq!(proof.fresh_until, Some(date("2027-03-31")));
}

#[test]
fn renewal_and_resident_card_lists_need_a_jurist_and_the_first_card_list_does_not() {
    let case = case_with(&[]);
    let today = date("2026-11-26");
    let first = legal::checklist(&case, RouteId::CstL4251, today);
    // The association letter rests on a secondary source: the list as a whole is flagged.
    assert!(
        first
            .items
            .iter()
            .filter(|i| !i.optional)
            .all(|i| !i.confirm_by_jurist),
        "F32257 itemises the first card [V]"
    );
    for route in [
        RouteId::CstL4251Renewal,
        RouteId::CarteResidentL4253,
        RouteId::CarteResidentL4253Renewal,
        RouteId::ApsL4254,
    ] {
        let list = legal::checklist(&case, route, today);
        assert!(
            list.confirm_by_jurist,
            "{route:?}: not itemised by the texts read, must be confirmed"
        );
        assert!(list.notes.iter().any(|n| n.id == "documents-not-itemised"));
    }
}

#[test]
fn notes_are_french_by_default_and_english_on_request() {
    let case = case_with(&[]);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2026-11-26"));
    let note = |v: &Value| -> String {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "cerpr")
            .unwrap()["note"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let fr = labels::checklist_json(&list, DEFAULT_LANGUAGE).unwrap();
    assert!(
        note(&fr).contains("17\u{a0}juillet\u{a0}2024") || note(&fr).contains("17 juillet 2024")
    );
    assert!(fr["notes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == "anef-filing" && n["text"].as_str().unwrap().contains("ANEF")));
    let en = labels::checklist_json(&list, "en").unwrap();
    assert!(note(&en).contains("17 July 2024"));
    assert_eq!(en["lang"], "en");
}

#[test]
fn the_checklist_json_has_the_spec_shape() {
    let case = case_with(&[]);
    // As the CLI prints it.
    let v: Value = labels::checklist_json(
        &legal::checklist(&case, RouteId::CstL4251, date("2026-11-26")),
        "fr",
    )
    .unwrap();
    assert_eq!(v["route"], "cst-l425-1");
    let allowed = [
        "ok",
        "missing",
        "expired",
        "requested",
        "satisfied-by-alternative",
    ];
    for item in v["items"].as_array().unwrap() {
        assert!(item["id"].is_string());
        assert!(
            allowed.contains(&item["status"].as_str().unwrap()),
            "status among the spec's values"
        );
        assert!(item["alternatives"].is_array());
        assert!(item["note"].is_string() || item["note"].is_null());
    }
}

#[test]
fn the_default_route_follows_the_case() {
    let today = date("2026-11-26");
    assert_eq!(
        legal::default_route(&case_with(&[]), today),
        RouteId::CstL4251
    );
    let renewal = case_with(&[(
        "/currentPermit",
        json!({ "kind": "cst-vpf-l425-1", "issued": "2026-02-01", "expires": "2027-01-31", "renewalCount": 0 }),
    )]);
    assert_eq!(
        legal::default_route(&renewal, today),
        RouteId::CstL4251Renewal
    );
    let aps = case_with(&[
        ("/cooperation/complaint", Value::Null),
        (
            "/exitProstitutionProgramme",
            json!({ "admittedOn": "2026-01-01" }),
        ),
    ]);
    assert_eq!(legal::default_route(&aps, today), RouteId::ApsL4254);
    let resident = case_with(&[(
        "/currentPermit",
        json!({ "kind": "carte-resident-l425-3", "issued": "2017-06-01", "expires": "2027-05-31" }),
    )]);
    assert_eq!(
        legal::default_route(&resident, today),
        RouteId::CarteResidentL4253Renewal,
        "a resident card holder's route is the renewal of her card, not a first card"
    );
}

/// The renewal of the resident card asks for the card, an identity document (with the usual
/// alternatives), a proof of address, a new CERPR (perhaps optional for an Algerian, to confirm) and an e-photo; the
/// list follows practice [I], is filed on ANEF since 4 July 2024 [S], and the tax exemption is to
/// be confirmed (issue 12).
#[test]
fn the_resident_card_renewal_checklist_follows_practice_and_names_its_anef_date() {
    let today = date("2026-11-26");
    let holder = |nationality: &str| {
        case_with(&[
            (
                "/currentPermit",
                json!({ "kind": "carte-resident-l425-3", "issued": "2017-06-01", "expires": "2027-05-31" }),
            ),
            ("/person/nationality", json!(nationality)),
            (
                "/documents",
                json!([
                    { "kind": "current-permit", "status": "have", "date": "2017-06-01" },
                    { "kind": "consular-card", "status": "have", "date": "2026-01-10" }
                ]),
            ),
        ])
    };
    let list = legal::checklist(&holder("NG"), RouteId::CarteResidentL4253Renewal, today);
    let kinds: Vec<PieceKind> = list.items.iter().map(|i| i.id).collect();
    assert_eq!(
        kinds,
        [
            PieceKind::CurrentPermit,
            PieceKind::Passport,
            PieceKind::ProofOfAddress,
            PieceKind::Cerpr,
            PieceKind::EPhoto
        ]
    );
    assert_eq!(item(&list, "current-permit").status, ItemStatus::Ok);
    let passport = item(&list, "passport");
    assert_eq!(passport.status, ItemStatus::SatisfiedByAlternative);
    assert_eq!(passport.via, Some(PieceKind::ConsularCard));
    assert_eq!(item(&list, "cerpr").status, ItemStatus::Missing);
    assert!(!item(&list, "cerpr").optional);
    assert!(list.confirm_by_jurist);
    let notes: Vec<&str> = list.notes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        notes,
        [
            "documents-not-itemised",
            "anef-filing-resident-card",
            "resident-card-tax-to-confirm"
        ]
    );
    let fr = labels::checklist_json(&list, DEFAULT_LANGUAGE).unwrap();
    let anef = fr["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "anef-filing-resident-card")
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .replace('\u{a0}', " ");
    assert!(anef.contains("4 juillet 2024"), "{anef}");
    assert!(
        !anef.contains("3 octobre 2023"),
        "not the VPF titles' date: {anef}"
    );
    let algerian = legal::checklist(&holder("DZ"), RouteId::CarteResidentL4253Renewal, today);
    let cerpr = item(&algerian, "cerpr");
    assert!(!cerpr.optional, "an unverified exemption keeps the piece");
    assert_eq!(cerpr.note_id.as_deref(), Some("cerpr-optional-algerian"));
}

/// The card she holds is recorded once, with its dates (`currentPermit`): the lists count it as
/// in hand while it is valid on the filing day, without the worker ticking it a second time;
/// once ended it is « plus valable » (renewed, not redone); what she says of the card itself
/// (lost, withheld) wins; a document that is not a residence document of the list is not
/// assumed.
#[test]
fn the_recorded_current_permit_is_in_hand_while_it_is_valid() {
    let today = date("2026-11-26");
    let permit = |kind: &str, expires: Value| json!({ "kind": kind, "issued": "2025-12-01", "expires": expires, "renewalCount": 0 });
    let card = |expires: Value| permit("cst-vpf-l425-1", expires);
    let line_of = |case: &_| {
        item(
            &legal::checklist(case, RouteId::CstL4251Renewal, today),
            "current-permit",
        )
    };
    let valid = case_with(&[("/currentPermit", card(json!("2026-12-31")))]);
    let line = line_of(&valid);
    assert_eq!(line.status, ItemStatus::Ok);
    assert_eq!(line.fresh_until, Some(date("2026-12-31")));
    // The case page says when the card ends, not how old it is.
    let page_line = |case: &_| {
        let page = overview::case::overview("c1", case, today, DEFAULT_LANGUAGE, Names::Shown);
        let line = page
            .checklist
            .items
            .iter()
            .find(|l| l.id == "current-permit")
            .expect("the renewal list is the case page's")
            .clone();
        (
            line.status_label.replace('\u{a0}', " "),
            line.fresh_until.map(|s| s.replace('\u{a0}', " ")),
        )
    };
    assert_eq!(
        page_line(&valid).1.as_deref(),
        Some("valable jusqu’au 31 décembre 2026")
    );

    // Ended on the planned filing day: no longer valid, said so, never « trop ancien ».
    let late = case_with(&[
        ("/currentPermit", card(json!("2026-12-31"))),
        ("/plannedFilingDate", json!("2027-01-15")),
    ]);
    let line = line_of(&late);
    assert_eq!(line.status, ItemStatus::Expired);
    assert_eq!(line.fresh_until, Some(date("2026-12-31")));
    let ended = case_with(&[("/currentPermit", card(json!("2026-11-20")))]);
    let (status, until) = page_line(&ended);
    assert_eq!(status, "Plus valable");
    assert_eq!(
        until.as_deref(),
        Some("validité terminée le 20 novembre 2026")
    );

    // An end of validity not recorded is not assumed.
    let undated = line_of(&case_with(&[("/currentPermit", card(Value::Null))]));
    assert_eq!(undated.status, ItemStatus::Missing);
    assert_eq!(undated.reason.as_deref(), Some("date-unknown"));

    // An application récépissé in force counts (« carte, récépissé ou attestation »); a
    // reflection récépissé or an asylum certificate is not this list's residence document.
    let receipt = case_with(&[(
        "/currentPermit",
        permit("recepisse-application", json!("2027-01-31")),
    )]);
    assert_eq!(line_of(&receipt).status, ItemStatus::Ok);
    for kind in ["recepisse-reflection", "asylum-application", "other"] {
        let other = case_with(&[("/currentPermit", permit(kind, json!("2027-01-31")))]);
        assert_eq!(line_of(&other).status, ItemStatus::Missing, "{kind}");
    }

    // The card lost: the worker's answer about the document wins over the record.
    let lost = case_with(&[
        ("/currentPermit", card(json!("2026-12-31"))),
        (
            "/documents",
            json!([{ "kind": "current-permit", "status": "missing" }]),
        ),
    ]);
    assert_eq!(line_of(&lost).status, ItemStatus::Missing);

    // No card recorded: nothing is assumed.
    assert_eq!(line_of(&case_with(&[])).status, ItemStatus::Missing);
}

#[test]
fn a_complaint_with_the_stage_not_yet_known_is_headed_for_the_first_card() {
    // Early in an interview: a complaint, nothing else established. Both the first card and the
    // resident card are incomplete; the documents step and the letter follow the suggested route,
    // so it must be the common case (a first card), not the resident card that waits for a final
    // conviction.
    let bare = serde_json::json!({
        "format": "passerelle.case/1",
        "person": { "familyName": "Exemple", "givenNames": "Ana" },
        "cooperation": { "complaint": { "date": "2026-10-02", "service": null, "reference": null } }
    });
    let (_, case) = CaseDocument::from_value(bare).unwrap();
    assert_eq!(
        legal::default_route(&case, date("2026-11-26")),
        RouteId::CstL4251
    );
}

#[test]
fn next_deadline_is_the_first_one_not_yet_passed() {
    let case = case_with(&[(
        "/currentPermit",
        json!({ "kind": "cst-vpf-l425-1", "issued": "2026-02-01", "expires": "2027-01-31", "renewalCount": 0 }),
    )]);
    let all = legal::deadlines(&case, date("2026-11-26"));
    assert!(
        all.iter().any(|d| d.passed),
        "the window opened on 3 October 2026: passed, but still listed"
    );
    let next = legal::next_deadline(&case, date("2026-11-26")).expect("deadlines remain");
    assert_eq!(
        serde_json::to_value(next.kind).unwrap(),
        "renewal-window-closes"
    );
    assert_eq!(next.date, date("2026-12-02"));
    assert_eq!(
        legal::next_deadline(&case, date("2028-01-01")),
        None,
        "all passed: none next"
    );
}

#[test]
fn a_child_under_16_gets_no_l425_1_checklist_but_a_note_why() {
    let case = case_with(&[("/person/birthDate", json!("2012-05-01"))]);
    let today = date("2026-11-26");
    let analysis =
        legal::CaseAnalysis::new(&case, today, passerelle_core::legal::RulePack::embedded());
    assert_eq!(
        analysis.route,
        RouteId::CstL4251,
        "no route fits: the fallback"
    );
    assert!(
        analysis.checklist.items.is_empty(),
        "{:?}",
        analysis.checklist.items
    );
    let notes: Vec<&str> = analysis
        .checklist
        .notes
        .iter()
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(notes, ["minor-under-16-no-permit"]);
    let older = case_with(&[("/person/birthDate", json!("2010-01-01"))]);
    assert!(!legal::checklist(&older, RouteId::CstL4251, today)
        .items
        .is_empty());
}

#[test]
fn a_girl_of_15_who_files_after_her_16th_birthday_is_judged_at_16() {
    let today = date("2026-11-26");
    let born = ("/person/birthDate", json!("2011-01-10"));
    let pack = passerelle_core::legal::RulePack::embedded();
    // Filed today, at 15: no card, no list.
    let now = case_with(std::slice::from_ref(&born));
    let analysis = legal::CaseAnalysis::new(&now, today, pack);
    assert!(analysis.checklist.items.is_empty());
    let cst = |a: &legal::CaseAnalysis| {
        a.assessment
            .routes
            .iter()
            .find(|r| r.id == RouteId::CstL4251)
            .unwrap()
            .not_applicable_reason
            .clone()
    };
    assert_eq!(cst(&analysis).as_deref(), Some("minor-under-16"));
    // Planned for the day after her 16th birthday: the list to gather, the card open to her.
    let later = case_with(&[born.clone(), ("/plannedFilingDate", json!("2027-01-11"))]);
    let analysis = legal::CaseAnalysis::new(&later, today, pack);
    assert!(!analysis.checklist.items.is_empty());
    assert_eq!(cst(&analysis), None);
    assert!(analysis
        .checklist
        .notes
        .iter()
        .all(|n| n.id != "minor-under-16-no-permit"));
    // What is said of a girl of 15 now (the prosecutor informed, a placement by 16) still is.
    assert!(analysis
        .assessment
        .has_warning(passerelle_core::legal::WarningId::MinorUnder16));
    // Filed already, at 15: the plan is carried out, her age is read today.
    let filed = case_with(&[
        born,
        ("/plannedFilingDate", json!("2027-01-11")),
        (
            "/applications",
            json!([{"route": "cst-l425-1", "filedOn": "2026-11-20"}]),
        ),
    ]);
    let analysis = legal::CaseAnalysis::new(&filed, today, pack);
    assert_eq!(cst(&analysis).as_deref(), Some("minor-under-16"));
}

#[test]
fn an_approximate_age_is_said_for_the_day_the_conditions_read_it() {
    let born = [
        ("/person/birthDate", json!("2010-01-01")),
        ("/person/birthDatePrecision", json!("year")),
    ];
    let said = |changes: &[(&str, Value)], today: &str| {
        let assessment = legal::assess(&case_with(changes), date(today));
        let warning = assessment
            .warnings
            .iter()
            .find(|w| w.id == legal::WarningId::ApproximateAge)
            .expect("16 falls inside her possible ages")
            .clone();
        labels::warning("fr", &warning)
    };
    // Today she is 14 or 15: 16 is not inside, but it is on the planned day (15 or 16).
    let mut planned = born.to_vec();
    planned.push(("/plannedFilingDate", json!("2026-06-01")));
    let text = said(&planned, "2025-06-01");
    assert!(
        text.contains("le jour du dépôt prévu, la personne aura entre 15 et 16\u{a0}ans"),
        "{text}"
    );
    // No plan, a year later: today's ages.
    let text = said(&born, "2026-06-01");
    assert!(
        text.contains("la personne a entre 15 et 16\u{a0}ans"),
        "{text}"
    );
}

#[test]
fn a_card_holder_whose_proceedings_ended_gets_her_renewal_not_a_first_card() {
    let case = case_with(&[
        (
            "/currentPermit",
            json!({ "kind": "cst-vpf-l425-1", "issued": "2026-03-01", "expires": "2027-02-28", "renewalCount": 0, "renewalFiledOn": null }),
        ),
        ("/criminalCase", json!({ "stage": "acquittal" })),
    ]);
    let analysis = legal::CaseAnalysis::new(
        &case,
        date("2026-11-26"),
        passerelle_core::legal::RulePack::embedded(),
    );
    assert_eq!(analysis.route, RouteId::CstL4251Renewal);
}

/// Letters review, 2026-12-05: her card recorded as held on its documents line, with no end of
/// its own, stayed « en cours de validité » after the end recorded for the card.
#[test]
fn a_card_held_is_ended_on_the_day_recorded_for_it() {
    let case = case_with(&[
        (
            "/currentPermit",
            json!({ "kind": "cst-vpf-l425-1", "issued": "2026-02-01", "expires": "2027-01-31", "renewalCount": 0, "renewalFiledOn": null }),
        ),
        (
            "/documents",
            json!([{ "kind": "current-permit", "status": "have", "date": "2026-02-01" }]),
        ),
    ]);
    let status = |day: &str| {
        legal::checklist(&case, RouteId::CstL4251Renewal, date(day))
            .item(PieceKind::CurrentPermit)
            .unwrap()
            .status
    };
    assert_eq!(status("2026-11-26"), ItemStatus::Ok);
    assert_eq!(status("2027-02-10"), ItemStatus::Expired);
}

/// Letters review, 2026-12-07: a proof that the proceedings are ongoing, dated before the card
/// to renew was issued, was `ok` and backed « comme en attestent les pièces jointes » in 2027.
/// It was given for that card: one dated since is asked for.
#[test]
fn a_proof_of_proceedings_older_than_the_card_to_renew_is_to_get_again() {
    let today = date("2026-11-26");
    let status = |dated: &str| {
        let case = case_with(&[
            (
                "/currentPermit",
                json!({ "kind": "cst-vpf-l425-1", "issued": "2026-03-01", "expires": "2027-02-28", "renewalCount": 0, "renewalFiledOn": null }),
            ),
            (
                "/documents",
                json!([{ "kind": "proceedings-ongoing-proof", "status": "have", "date": dated }]),
            ),
        ]);
        let list = legal::checklist(&case, RouteId::CstL4251Renewal, today);
        list.item(PieceKind::ProceedingsOngoingProof)
            .unwrap()
            .status
    };
    assert_eq!(status("2025-12-01"), ItemStatus::Expired);
    assert_eq!(status("2026-10-01"), ItemStatus::Ok);
}

#[test]
fn a_contract_signed_before_her_card_or_before_the_cerpr_existed_is_to_sign_again() {
    let today = date("2026-11-26");
    // The CERPR's status on `route` for a card `kind` from `issued` to `expires`, signed on `signed`.
    let signed_for = |kind: &str, issued: Option<&str>, expires: &str, signed: &str, route| {
        let case = case_with(&[
            (
                "/currentPermit",
                json!({ "kind": kind, "issued": issued, "expires": expires, "renewalCount": 0, "renewalFiledOn": null }),
            ),
            (
                "/documents",
                json!([{ "kind": "cerpr", "status": "have", "date": signed }]),
            ),
        ]);
        let list = legal::checklist(&case, route, today);
        let cerpr = list.item(PieceKind::Cerpr).unwrap().clone();
        (cerpr.status, cerpr.fresh_until)
    };
    let status = |signed: &str, route: RouteId| {
        signed_for(
            "cst-vpf-l425-1",
            Some("2026-03-01"),
            "2027-02-28",
            signed,
            route,
        )
    };
    // Signed for the first card (R412-1: a new contract for each renewal); the resident card is
    // an application of its own (§1.3.1 [V]: every first application and renewal), which the
    // contract signed for her card does not serve either (law audit, 2026-12-05).
    for route in [RouteId::CstL4251Renewal, RouteId::CarteResidentL4253] {
        assert_eq!(
            status("2025-12-01", route),
            (ItemStatus::Expired, Some(date("2026-02-28"))),
            "{route:?}"
        );
        assert_eq!(status("2026-10-01", route).0, ItemStatus::Ok, "{route:?}");
    }
    // Before 17 July 2024 no such contract existed: whatever the route.
    assert_eq!(
        status("2024-03-01", RouteId::CstL4251).0,
        ItemStatus::Expired
    );
    assert_eq!(status("2024-07-17", RouteId::CstL4251).0, ItemStatus::Ok);
    // The card's day not recorded: counted back from its end by its length (one year).
    let undated = signed_for(
        "cst-vpf-l425-1",
        None,
        "2027-02-28",
        "2025-12-01",
        RouteId::CstL4251Renewal,
    );
    assert_eq!(undated.0, ItemStatus::Expired);
    // The APS is renewed through its own route's list: a new contract for each renewal too.
    let aps = |signed: &str| {
        signed_for(
            "aps-l425-4",
            Some("2026-06-01"),
            "2027-01-31",
            signed,
            RouteId::ApsL4254,
        )
        .0
    };
    assert_eq!(
        aps("2026-05-20"),
        ItemStatus::Expired,
        "signed for the first APS"
    );
    assert_eq!(aps("2026-11-02"), ItemStatus::Ok);
}

#[test]
fn the_resident_card_checklist_flags_the_tax_exemption_as_unverified() {
    let list = legal::checklist(
        &case_with(&[]),
        RouteId::CarteResidentL4253,
        date("2026-11-26"),
    );
    let note = list
        .notes
        .iter()
        .find(|n| n.id == "resident-card-tax-to-confirm")
        .expect("the note");
    assert!(note.confirm_by_jurist);
    assert!(list.confirm_by_jurist);
}

/// The CERPR is required of every application filed since 17 July 2024 [V]; that Algerians are
/// exempt rests on a secondary source (F38329, [S]). Flag, don't guess: the piece stays on her
/// list, its note says it may be optional, to be confirmed (pack 2026.12.7); a verified exemption
/// would take it off.
#[test]
fn the_cerpr_stays_required_for_algerians_while_their_exemption_is_unverified() {
    let today = date("2026-11-26");
    let cerpr = |pack: &passerelle_core::legal::pack::RulePack, nationality: &str| {
        let case = case_with(&[("/person/nationality", json!(nationality))]);
        item(
            &legal::checklist::checklist_with(pack, &case, RouteId::CstL4251, today),
            "cerpr",
        )
    };
    let pack = passerelle_core::legal::pack::RulePack::active();
    let dz = cerpr(pack, "DZ");
    assert!(!dz.optional);
    assert_eq!(dz.note_id.as_deref(), Some("cerpr-optional-algerian"));
    assert!(dz.note_confidence.is_some_and(|c| c.needs_jurist()));
    let ng = cerpr(pack, "NG");
    assert!(!ng.optional);
    assert_eq!(ng.note_id.as_deref(), Some("cerpr-required"));

    let mut verified = pack.clone();
    for note in &mut verified.notes {
        if note.id == "cerpr-optional-algerian" {
            note.confidence = passerelle_core::legal::Confidence::V;
        }
    }
    assert!(cerpr(&verified, "DZ").optional);
    assert!(!cerpr(&verified, "NG").optional);
}

/// With another nationality beside the Algerian one, the CERPR stays required: whether the 1968
/// agreement governs a dual national is for a jurist, and a contract signed for nothing costs less
/// than one missing (issue 12, pack 2026.12.5).
#[test]
fn the_cerpr_stays_required_for_an_algerian_who_holds_another_nationality() {
    let today = date("2026-11-26");
    let cerpr = |nationality: Value, others: Value| {
        let case = case_with(&[
            ("/person/nationality", nationality),
            ("/person/otherNationalities", others),
        ]);
        item(&legal::checklist(&case, RouteId::CstL4251, today), "cerpr")
    };
    for (first, others) in [
        (json!("DZ"), json!(["NG"])),
        (json!("NG"), json!(["DZ"])),
        (Value::Null, json!(["DZ"])),
    ] {
        let item = cerpr(first.clone(), others.clone());
        assert!(!item.optional, "{first} + {others}");
        assert_eq!(item.note_id.as_deref(), Some("cerpr-required"));
    }
    let algerian_twice = cerpr(json!("DZ"), json!(["DZ"]));
    assert_eq!(
        algerian_twice.note_id.as_deref(),
        Some("cerpr-optional-algerian"),
        "one nationality, written twice"
    );
}

/// The reflection-period récépissé asks for a plain identity photo, not an ANEF e-photo code; the
/// routes filed on ANEF keep the e-photo (issue 12, pack 2026.12.5).
#[test]
fn the_reflection_period_asks_for_a_plain_identity_photo_and_the_anef_routes_for_an_e_photo() {
    let today = date("2026-11-26");
    let no_complaint = case_with(&[("/cooperation/complaint", Value::Null)]);
    let reflection = legal::checklist(&no_complaint, RouteId::ReflectionPeriod, today);
    let ids: Vec<PieceKind> = reflection.items.iter().map(|i| i.id).collect();
    assert_eq!(ids, [PieceKind::IdentityPhoto]);
    let photo = item(&reflection, "identity-photo");
    assert_eq!(photo.note_id.as_deref(), Some("identity-photo-reflection"));
    assert!(photo.alternatives.is_empty());
    assert_eq!(
        photo.status,
        ItemStatus::Missing,
        "an e-photo code in hand is not the photo the récépissé needs"
    );
    let with_photo = case_with(&[
        ("/cooperation/complaint", Value::Null),
        (
            "/documents",
            json!([{ "kind": "identity-photo", "status": "have", "date": null }]),
        ),
    ]);
    let reflection = legal::checklist(&with_photo, RouteId::ReflectionPeriod, today);
    assert_eq!(item(&reflection, "identity-photo").status, ItemStatus::Ok);

    for route in [
        RouteId::CstL4251,
        RouteId::CstL4251Renewal,
        RouteId::CarteResidentL4253,
        RouteId::CarteResidentL4253Renewal,
        RouteId::ApsL4254,
    ] {
        let list = legal::checklist(&case_with(&[]), route, today);
        let kinds: Vec<PieceKind> = list.items.iter().map(|i| i.id).collect();
        assert!(kinds.contains(&PieceKind::EPhoto), "{route:?}: {kinds:?}");
        assert!(!kinds.contains(&PieceKind::IdentityPhoto), "{route:?}");
    }
}

/// Every kind of document has its name for the worker (French, English) and for the person, in
/// every language her checklist is printed in.
#[test]
fn every_document_kind_is_named_for_the_worker_and_in_every_checklist_language() {
    use passerelle_core::codes::VariantArray;
    use passerelle_core::i18n::L10n;
    use passerelle_core::legal::labels::message_id;
    use passerelle_core::pdf::view::CHECKLIST_LANGUAGES;
    let l10n = L10n::get();
    for kind in PieceKind::VARIANTS {
        for lang in ["fr", "en"] {
            let id = message_id("document", kind);
            assert!(l10n.has(lang, &id), "{lang}: {id}");
        }
        let code = serde_json::to_value(kind).unwrap();
        let id = format!("pdf-doc-{}", code.as_str().unwrap());
        for lang in CHECKLIST_LANGUAGES {
            assert!(l10n.has(lang, &id), "{lang}: {id}");
        }
    }
}

/// « Expired » by a freshness rule is no surer than that rule: the e-photo's six months are an
/// inference [I], for a jurist to confirm; a proof of address past its [V] three months is not
/// (audit, 2026-12-04).
#[test]
fn a_piece_too_old_by_an_unverified_rule_is_for_a_jurist() {
    let case = case_with(&[(
        "/documents",
        json!([
            { "kind": "e-photo", "status": "have", "date": "2026-01-10" },
            { "kind": "proof-of-address", "status": "have", "date": "2026-01-10" }
        ]),
    )]);
    let list = legal::checklist(&case, RouteId::CstL4251, date("2026-11-26"));
    let photo = item(&list, "e-photo");
    assert_eq!(photo.status, ItemStatus::Expired);
    assert!(photo.confirm_by_jurist, "{photo:?}");
    assert!(list.confirm_by_jurist);
    let address = item(&list, "proof-of-address");
    assert_eq!(address.status, ItemStatus::Expired);
    assert!(!address.confirm_by_jurist, "{address:?}");
}
