use std::collections::BTreeSet;

use super::*;
use crate::legal::{Outcome, RouteId, RulePack};
use crate::model::case::{CaseDocument, DocumentStatus};

use crate::test_support::d as day;

const TODAY: fn() -> NaiveDate = || day(2026, 11, 26);

fn code(c: &str) -> Answer {
    Answer::Code(c.into())
}

fn text(t: &str) -> Answer {
    Answer::Text(t.into())
}

/// Answers as a request does: with the case's checklist, computed once.
fn try_answer(case: &mut CaseFile, q: QuestionId, a: &Answer) -> Result<()> {
    let checklist = document_checklist(case, TODAY());
    answer(case, q, a, &checklist, TODAY())
}

fn ask(case: &mut CaseFile, q: QuestionId, a: Answer) {
    try_answer(case, q, &a).unwrap_or_else(|e| panic!("{q:?} {a:?}: {e:?}"));
}

/// Whether `q` applies today, with the case's checklist.
fn asked(q: QuestionId, case: &CaseFile) -> bool {
    applies(q, case, &document_checklist(case, TODAY()), TODAY())
}

#[test]
fn not_established_no_and_unanswered_stay_distinct_where_the_case_file_has_one_null() {
    let mut case = CaseFile::new(None, None);
    assert_eq!(current(Q::Complaint, &case), Current::Unanswered);
    ask(&mut case, Q::Complaint, code("no"));
    assert_eq!(case.cooperation.complaint, None, "no complaint is null");
    assert_eq!(
        current(Q::Complaint, &case),
        Current::Codes(vec!["no".into()])
    );
    ask(&mut case, Q::Complaint, Answer::NotEstablished);
    assert_eq!(
        case.cooperation.complaint, None,
        "not established is null too"
    );
    assert_eq!(current(Q::Complaint, &case), Current::NotEstablished);
    ask(&mut case, Q::Complaint, Answer::Clear);
    assert_eq!(current(Q::Complaint, &case), Current::Unanswered);
    assert!(case.interview.answered.is_empty() && case.interview.not_established.is_empty());
}

#[test]
fn not_established_is_null_for_the_rules_and_no_is_false() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::TiesBroken, code("no"));
    assert_eq!(case.ties_with_perpetrators_broken, Some(false));
    ask(&mut case, Q::TiesBroken, Answer::NotEstablished);
    assert_eq!(case.ties_with_perpetrators_broken, None);
    assert_eq!(current(Q::TiesBroken, &case), Current::NotEstablished);
}

#[test]
fn a_complaint_opens_its_details_and_withdrawing_it_erases_them() {
    let mut case = CaseFile::new(None, None);
    assert!(!asked(Q::ComplaintDate, &case));
    ask(&mut case, Q::Complaint, code("yes"));
    for q in [Q::ComplaintDate, Q::ComplaintService, Q::ComplaintReference] {
        assert!(asked(q, &case), "{q:?} follows a complaint");
    }
    ask(&mut case, Q::ComplaintDate, text("03/09/2026"));
    ask(
        &mut case,
        Q::ComplaintService,
        text("Commissariat de Saint-Denis"),
    );
    assert_eq!(
        answers_erased_by(&case, Q::Complaint, Some("no")),
        vec![Q::ComplaintDate, Q::ComplaintService],
        "the UI asks before these two answers go"
    );
    assert!(answers_erased_by(&case, Q::Complaint, Some("yes")).is_empty());
    ask(&mut case, Q::Complaint, code("no"));
    assert_eq!(case.cooperation.complaint, None);
    assert!(
        !case
            .interview
            .answered
            .iter()
            .any(|a| a.starts_with("complaint-")),
        "no mark survives its answer: {:?}",
        case.interview.answered
    );
    ask(&mut case, Q::Complaint, code("yes"));
    assert_eq!(current(Q::ComplaintDate, &case), Current::Unanswered);
}

#[test]
fn an_asylum_claim_opens_its_registration_date_and_no_erases_it() {
    let mut case = CaseFile::new(None, None);
    assert!(asked(Q::AsylumClaim, &case), "asked of every case");
    assert!(!asked(Q::AsylumRegisteredOn, &case));
    ask(&mut case, Q::AsylumClaim, code("yes"));
    assert!(asked(Q::AsylumRegisteredOn, &case));
    ask(&mut case, Q::AsylumRegisteredOn, text("15/10/2026"));
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(
        json["asylumClaim"],
        serde_json::json!({ "registeredOn": "2026-10-15" })
    );
    ask(&mut case, Q::AsylumClaim, code("no"));
    assert_eq!(case.asylum_claim, None);
    assert!(!asked(Q::AsylumRegisteredOn, &case));
}

#[test]
fn the_new_offences_are_recorded_as_codes_of_victim_of() {
    let mut case = CaseFile::new(None, None);
    ask(
        &mut case,
        Q::VictimOf,
        Answer::Codes(vec![
            "forced-labour".into(),
            "servitude".into(),
            "working-or-housing-conditions".into(),
        ]),
    );
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(
        json["victimOf"],
        serde_json::json!([
            "forced-labour",
            "servitude",
            "working-or-housing-conditions"
        ])
    );
}

#[test]
fn the_reflection_period_is_asked_only_before_cooperation() {
    let mut case = CaseFile::new(None, None);
    assert!(asked(Q::ReflectionRecepisse, &case));
    assert!(!asked(Q::CriminalStage, &case));
    ask(&mut case, Q::Testimony, code("yes"));
    assert!(!asked(Q::ReflectionRecepisse, &case));
    assert!(asked(Q::CriminalStage, &case));
}

#[test]
fn a_stage_other_than_final_conviction_erases_the_conviction_date() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Complaint, code("yes"));
    ask(&mut case, Q::CriminalStage, code("final-conviction"));
    ask(&mut case, Q::ConvictionDate, text("2026-06-01"));
    ask(&mut case, Q::CriminalStage, code("appeal"));
    let criminal = case.criminal_case.as_ref().unwrap();
    assert_eq!(
        criminal.final_conviction_date, None,
        "the rules read a conviction date as a final conviction"
    );
    assert!(!asked(Q::ConvictionDate, &case));
}

#[test]
fn minors_get_the_minors_questions_and_adults_do_not() {
    let mut case = CaseFile::new(None, None);
    assert!(!asked(Q::ChildWelfare, &case), "age unknown");
    ask(&mut case, Q::BirthDate, text("10/01/2009"));
    assert!(asked(Q::ChildWelfare, &case));
    assert!(asked(Q::WorkOrTraining, &case), "17 years old");
    ask(&mut case, Q::BirthDate, text("10/01/1990"));
    assert!(!asked(Q::ChildWelfare, &case));
    assert!(!asked(Q::WorkOrTraining, &case));
}

/// L432-1-1's grounds concern a temporary card, not issued before 16: a child of 14 is not asked
/// about removal orders and forged papers; at 16 she is (legal audit, 2026-12-07).
#[test]
fn refusal_grounds_are_not_asked_of_a_child_under_16() {
    let mut case = CaseFile::new(None, None);
    assert!(asked(Q::RemovalOrder, &case), "age unknown");
    ask(&mut case, Q::BirthDate, text("10/01/2012"));
    assert!(!asked(Q::RemovalOrder, &case));
    assert!(!asked(Q::FalseDocuments, &case));
    ask(&mut case, Q::BirthDate, text("10/01/2010"));
    assert!(asked(Q::RemovalOrder, &case), "16 years old");
    assert!(asked(Q::FalseDocuments, &case));
}

#[test]
fn a_birth_date_known_only_to_the_year_or_month_is_recorded_as_approximate() {
    use crate::model::case::DatePrecision;
    assert_eq!(
        parse_approx_date("1998"),
        Some((day(1998, 1, 1), Some(DatePrecision::Year)))
    );
    assert_eq!(
        parse_approx_date("04/1998"),
        Some((day(1998, 4, 1), Some(DatePrecision::Month)))
    );
    assert_eq!(
        parse_approx_date(" 4/1998 "),
        Some((day(1998, 4, 1), Some(DatePrecision::Month)))
    );
    assert_eq!(
        parse_approx_date("12/04/1998"),
        Some((day(1998, 4, 12), None))
    );
    assert_eq!(parse_approx_date("13/1998"), None);
    assert_eq!(parse_approx_date("98"), None);
    let view = |case: &CaseFile| {
        view::question_view(
            case,
            Q::BirthDate,
            &document_checklist(case, TODAY()),
            view::Display {
                lang: "fr",
                names: crate::overview::Names::Shown,
            },
        )
    };
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::BirthDate, text("04/1998"));
    assert_eq!(case.person.birth_date, Some(day(1998, 4, 1)));
    assert_eq!(case.person.birth_date_precision, Some(DatePrecision::Month));
    let v = view(&case);
    assert_eq!(v.text, "04/1998", "shown back as typed");
    assert_eq!(v.display.as_deref(), Some("avril\u{a0}1998"));
    ask(&mut case, Q::BirthDate, text("1998"));
    assert_eq!(case.person.birth_date, Some(day(1998, 1, 1)));
    assert_eq!(case.person.birth_date_precision, Some(DatePrecision::Year));
    assert_eq!(view(&case).text, "1998");
    assert_eq!(view(&case).display.as_deref(), Some("1998"));
    ask(&mut case, Q::BirthDate, text("12/04/1998"));
    assert_eq!(
        case.person.birth_date_precision, None,
        "the day is known now"
    );
    assert_eq!(view(&case).text, "12/04/1998");
    let err = try_answer(&mut case, Q::BirthDate, &text("2030")).unwrap_err();
    assert!(matches!(err, Error::DateOutOfRange), "{err:?}");
    // Other dates still need the day.
    ask(&mut case, Q::Complaint, code("yes"));
    // Said so: a month and a year is not a day that « does not exist » (UI review, 2026-12-05).
    let err = try_answer(&mut case, Q::ComplaintDate, &text("04/2026")).unwrap_err();
    assert!(matches!(err, Error::DateNeedsDay), "{err:?}");
    let err = try_answer(&mut case, Q::ComplaintDate, &text("2026")).unwrap_err();
    assert!(matches!(err, Error::DateNeedsDay), "{err:?}");
    let err = try_answer(&mut case, Q::ComplaintDate, &text("vers 2026")).unwrap_err();
    assert!(matches!(err, Error::InvalidDate), "{err:?}");
}

#[test]
fn a_birth_year_that_may_be_17_asks_the_minors_questions() {
    let mut case = CaseFile::new(None, None);
    // On 26 November 2026, born in 2008: 17 or 18.
    ask(&mut case, Q::BirthDate, text("2008"));
    assert!(asked(Q::ChildWelfare, &case));
    assert!(asked(Q::WorkOrTraining, &case), "may be 17");
    ask(&mut case, Q::BirthDate, text("1990"));
    assert!(!asked(Q::WorkOrTraining, &case));
}

#[test]
fn dates_are_typed_day_first_and_checked() {
    assert_eq!(parse_date("12/04/1998"), Some(day(1998, 4, 12)));
    assert_eq!(parse_date(" 2/4/1998 "), Some(day(1998, 4, 2)));
    assert_eq!(parse_date("12.04.1998"), Some(day(1998, 4, 12)));
    assert_eq!(parse_date("1998-04-12"), Some(day(1998, 4, 12)));
    assert_eq!(parse_date("31/02/2020"), None);
    assert_eq!(
        parse_date("12/04/98"),
        None,
        "two-digit years are ambiguous"
    );
    assert_eq!(parse_date("avril"), None);
    let mut case = CaseFile::new(None, None);
    let err = try_answer(&mut case, Q::BirthDate, &text("31/02/2020")).unwrap_err();
    assert!(matches!(err, Error::InvalidDate), "{err:?}");
    let err = try_answer(&mut case, Q::BirthDate, &text("01/01/2030")).unwrap_err();
    assert!(
        matches!(err, Error::DateOutOfRange),
        "a birth is in the past"
    );
    ask(&mut case, Q::PermitKind, code("cst-vpf-l425-1"));
    ask(&mut case, Q::PermitExpires, text("01/01/2030"));
    assert_eq!(case.current_permit.unwrap().expires, Some(day(2030, 1, 1)));
}

/// A card that ends before it was issued is refused, whichever date is typed second, and the case
/// keeps what it had (audit, 2026-12-04: an import showed « période de renouvellement manquée »
/// on such dates).
#[test]
fn a_document_ending_before_it_was_issued_is_refused() {
    // A card with its first date recorded, then the second typed: refused, the case unchanged.
    let refused =
        |first: QuestionId, first_day: &str, second: QuestionId, second_day: &str, why: Invalid| {
            let mut case = CaseFile::new(None, None);
            ask(&mut case, Q::PermitKind, code("cst-vpf-l425-1"));
            ask(&mut case, first, text(first_day));
            let before = case.clone();
            let err = try_answer(&mut case, second, &text(second_day)).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidField { reason, .. } if *reason == why),
                "{err:?}"
            );
            assert_eq!(case, before);
            case
        };
    refused(
        Q::PermitIssued,
        "01/06/2026",
        Q::PermitExpires,
        "31/05/2026",
        Invalid::EndBeforeStart,
    );
    // The issue day typed after an end that precedes it: refused too, saying the end is the one
    // recorded (the previous document's when its kind changed, as the review found: the new
    // issue day is asked first), and that it is typed first.
    let mut case = refused(
        Q::PermitExpires,
        "15/01/2026",
        Q::PermitIssued,
        "01/06/2026",
        Invalid::StartAfterRecordedEnd,
    );
    ask(&mut case, Q::PermitExpires, text("31/05/2027"));
    ask(&mut case, Q::PermitIssued, text("01/06/2026"));
    // The same day is a document of one day: accepted.
    ask(&mut case, Q::PermitIssued, text("15/01/2026"));
}

/// A day of her life typed before her birth is refused where it is typed (« 1926 » for 2026),
/// and so is a birth date after a day already recorded; the case keeps what it had. A case that
/// already held such a contradiction still takes other answers (review, 2026-12-05: the letters
/// refused the case, the interview had taken the date).
#[test]
fn a_day_before_her_birth_is_refused_as_it_is_typed() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::BirthDate, text("1998"));
    ask(&mut case, Q::Complaint, code("yes"));
    let before = case.clone();
    let err = try_answer(&mut case, Q::ComplaintDate, &text("12/03/1926")).unwrap_err();
    assert!(
        matches!(
            &err,
            Error::InvalidField {
                reason: Invalid::BeforeBirth,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(case, before);
    // Within the year she may have been born: accepted (her birthday is not known).
    ask(&mut case, Q::ComplaintDate, text("01/01/1998"));
    // Her birth date typed after it: the birth date is refused, saying a day is recorded.
    let before = case.clone();
    let err = try_answer(&mut case, Q::BirthDate, &text("02/01/1998")).unwrap_err();
    assert!(
        matches!(
            &err,
            Error::InvalidField {
                reason: Invalid::BirthAfterRecordedDay,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(case, before);
    ask(&mut case, Q::ComplaintDate, text("12/03/2026"));
    ask(&mut case, Q::BirthDate, text("02/01/1998"));
    // A contradiction written elsewhere (an imported file) does not block another answer.
    case.cooperation.complaint.as_mut().unwrap().date = NaiveDate::from_ymd_opt(1990, 1, 1);
    ask(&mut case, Q::FamilyName, text("Okafor"));
}

#[test]
fn a_refused_answer_changes_nothing() {
    let mut case = CaseFile::new(Some("Okafor".into()), None);
    let before = case.clone();
    assert!(try_answer(&mut case, Q::Sex, &code("Q")).is_err());
    assert!(try_answer(&mut case, Q::Nationality, &code("Nigeria")).is_err());
    assert!(
        try_answer(&mut case, Q::ComplaintDate, &text("01/01/2026")).is_err(),
        "no complaint recorded: the question does not apply"
    );
    assert!(try_answer(&mut case, Q::FamilyName, &text(&"x".repeat(201))).is_err());
    assert_eq!(case, before);
}

#[test]
fn answers_are_language_neutral_codes() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    ask(
        &mut case,
        Q::Languages,
        Answer::Codes(vec!["en".into(), "pcm".into()]),
    );
    ask(&mut case, Q::PermitKind, code("recepisse-reflection"));
    ask(
        &mut case,
        Q::VictimOf,
        Answer::Codes(vec!["procuring".into()]),
    );
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(json["person"]["nationality"], "NG");
    assert_eq!(
        json["person"]["languages"],
        serde_json::json!(["en", "pcm"])
    );
    assert_eq!(json["currentPermit"]["kind"], "recepisse-reflection");
    assert_eq!(json["victimOf"], serde_json::json!(["procuring"]));
    // The options offered are the same codes whatever the language the worker reads.
    let codes = |lang| {
        view::question_view(
            &case,
            Q::PermitKind,
            &document_checklist(&case, TODAY()),
            view::Display {
                lang,
                names: crate::overview::Names::Shown,
            },
        )
        .options
        .into_iter()
        .map(|o| o.code)
        .collect::<Vec<_>>()
    };
    assert_eq!(codes("fr"), codes("en"));
}

#[test]
fn a_postcode_with_one_commune_fills_the_town_and_several_ask_which() {
    let mut case = CaseFile::new(None, None);
    // 93200: Saint-Denis only.
    ask(&mut case, Q::Postcode, text("93 200"));
    let address = case.person.address.clone().unwrap();
    assert_eq!(address.postcode.as_deref(), Some("93200"));
    assert_eq!(address.commune_insee.as_deref(), Some("93066"));
    assert_eq!(address.city.as_deref(), Some("Saint-Denis"));
    // 75016 is an arrondissement of Paris: the town printed is Paris.
    ask(&mut case, Q::Postcode, text("75016"));
    assert_eq!(
        case.person.address.as_ref().unwrap().city.as_deref(),
        Some("Paris")
    );
    // A postcode serving several communes leaves the choice to the worker.
    let mut several = CaseFile::new(None, None);
    ask(&mut several, Q::Postcode, text("01100"));
    assert!(several
        .person
        .address
        .as_ref()
        .unwrap()
        .commune_insee
        .is_none());
    let options = Q::Commune.codes(&several);
    assert!(
        options.len() > 1,
        "01100 serves several communes: {options:?}"
    );
    ask(&mut several, Q::Commune, code(&options[1]));
    assert_eq!(
        several
            .person
            .address
            .as_ref()
            .unwrap()
            .commune_insee
            .as_deref(),
        Some(options[1].as_str())
    );
    // An unknown postcode asks for the town as text.
    ask(&mut several, Q::Postcode, text("99999"));
    assert!(asked(Q::City, &several));
    assert!(!asked(Q::Commune, &several));
}

#[test]
fn a_passport_in_hand_has_its_number_and_validity_asked_and_they_go_with_it() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    ask(&mut case, Q::Complaint, code("yes"));
    let passport = PieceKind::Passport;
    assert!(
        !asked(Q::DocumentNumber(passport), &case),
        "not recorded yet"
    );
    ask(&mut case, Q::DocumentStatus(passport), code("confiscated"));
    assert!(
        !asked(Q::DocumentNumber(passport), &case),
        "held by the perpetrators: nothing to read off it"
    );
    ask(&mut case, Q::DocumentStatus(passport), code("have"));
    assert!(asked(Q::DocumentNumber(passport), &case));
    assert!(asked(Q::DocumentExpires(passport), &case));
    assert!(
        !asked(Q::DocumentNumber(PieceKind::ProofOfAddress), &case),
        "only identity documents"
    );
    assert!(Q::DocumentNumber(passport).spec().optional);
    assert!(
        Q::DocumentNumber(passport).spec().sensitive,
        "it identifies her"
    );
    ask(&mut case, Q::DocumentNumber(passport), text("12AB34567"));
    ask(&mut case, Q::DocumentExpires(passport), text("02/05/2030"));
    let doc = case.documents.iter().find(|d| d.kind == passport).unwrap();
    assert_eq!(doc.number.as_deref(), Some("12AB34567"));
    assert_eq!(doc.expires, NaiveDate::from_ymd_opt(2030, 5, 2));
    assert_eq!(
        QuestionId::parse("document-number.passport"),
        Some(Q::DocumentNumber(passport))
    );
    // Taken back by the perpetrators: the number and validity go with the answer.
    ask(&mut case, Q::DocumentStatus(passport), code("confiscated"));
    let doc = case.documents.iter().find(|d| d.kind == passport).unwrap();
    assert_eq!((doc.number.as_deref(), doc.expires), (None, None));
}

/// « Entre les mains des auteurs » is offered for what she may have been deprived of, not for a
/// paper the association or the prefecture gives her (UI review, 2026-12-05); a document already
/// recorded so keeps the choice, so that the answer shown is among those offered.
#[test]
fn only_a_document_she_held_may_be_in_the_perpetrators_hands() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    ask(&mut case, Q::Complaint, code("yes"));
    let offers = |case: &CaseFile, kind| {
        Q::DocumentStatus(kind)
            .codes(case)
            .contains(&"confiscated".to_string())
    };
    assert!(offers(&case, PieceKind::Passport));
    assert!(offers(&case, PieceKind::BirthCertificate));
    assert!(!offers(&case, PieceKind::AssociationLetter));
    assert!(!offers(&case, PieceKind::EPhoto));
    assert!(Q::DocumentStatus(PieceKind::EPhoto)
        .codes(&case)
        .contains(&"have".to_string()));
    assert!(asked(Q::DocumentStatus(PieceKind::EPhoto), &case));
    let err = try_answer(
        &mut case,
        Q::DocumentStatus(PieceKind::EPhoto),
        &code("confiscated"),
    );
    assert!(err.is_err(), "not among the choices");
    // Written so elsewhere: still among the choices, so the answer shows.
    case.documents.push(crate::model::case::Document::new(
        PieceKind::EPhoto,
        DocumentStatus::Confiscated,
    ));
    assert!(offers(&case, PieceKind::EPhoto));
}

#[test]
fn the_documents_asked_follow_the_route_the_case_points_to() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    ask(&mut case, Q::Complaint, code("yes"));
    ask(&mut case, Q::CriminalStage, code("investigation"));
    let kinds = document_kinds(&case, &document_checklist(&case, TODAY()));
    assert!(kinds.contains(&PieceKind::ComplaintReceipt), "{kinds:?}");
    assert!(
        !kinds.contains(&PieceKind::ExitProgrammeDecision),
        "not the APS route"
    );
    assert!(!asked(Q::DocumentDate(PieceKind::ProofOfAddress), &case));
    ask(
        &mut case,
        Q::DocumentStatus(PieceKind::ProofOfAddress),
        code("have"),
    );
    assert!(
        asked(Q::DocumentDate(PieceKind::ProofOfAddress), &case),
        "a proof of address must be recent: its date is asked"
    );
    assert!(
        !asked(Q::DocumentDate(PieceKind::Passport), &case),
        "a passport's freshness does not matter"
    );
    ask(
        &mut case,
        Q::DocumentDate(PieceKind::ProofOfAddress),
        text("01/11/2026"),
    );
    ask(
        &mut case,
        Q::DocumentStatus(PieceKind::ProofOfAddress),
        code("missing"),
    );
    assert_eq!(
        case.documents[0].date, None,
        "the date went with the document"
    );
}

#[test]
fn question_ids_round_trip() {
    let case = CaseFile::new(None, None);
    for q in all_questions() {
        assert_eq!(QuestionId::parse(&q.as_string()), Some(q), "{q:?}");
        let _ = q.codes(&case);
    }
    assert_eq!(QuestionId::parse("document-status.spaceship"), None);
}

#[test]
fn the_interview_resumes_at_the_first_step_with_a_question_left() {
    let mut case = CaseFile::new(Some("Okafor".into()), Some("Amina".into()));
    let checklist = document_checklist(&case, TODAY());
    assert_eq!(resume_step(&case, &checklist, TODAY()), Step::Identity);
    for q in step_questions(&case, Step::Identity, &checklist, TODAY()) {
        if !is_optional(q, &checklist) {
            ask(&mut case, q, Answer::NotEstablished);
        }
    }
    let checklist = document_checklist(&case, TODAY());
    assert_eq!(resume_step(&case, &checklist, TODAY()), Step::Situation);
}

/// A whole interview, answered the way a worker would for a typical first application, ends with
/// the first card eligible: the answers land where the rules read them.
#[test]
fn a_full_interview_makes_the_first_card_eligible() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::FamilyName, text("Okafor"));
    ask(&mut case, Q::GivenNames, text("Amina"));
    ask(&mut case, Q::Sex, code("F"));
    ask(&mut case, Q::BirthDate, text("12/04/1998"));
    ask(&mut case, Q::BirthPlace, text("Benin City"));
    ask(&mut case, Q::Nationality, code("NG"));
    ask(&mut case, Q::Languages, Answer::Codes(vec!["en".into()]));
    ask(&mut case, Q::Interpreter, code("no"));
    ask(
        &mut case,
        Q::AddressLine,
        text("c/o Association Le Relais, 12 rue des Lilas"),
    );
    ask(&mut case, Q::Postcode, text("93200"));
    ask(
        &mut case,
        Q::VictimOf,
        Answer::Codes(vec!["trafficking".into()]),
    );
    ask(&mut case, Q::ExitProgramme, code("no"));
    ask(&mut case, Q::DomesticViolence, code("no"));
    ask(&mut case, Q::Complaint, code("yes"));
    ask(&mut case, Q::ComplaintDate, text("03/09/2026"));
    ask(&mut case, Q::Testimony, code("no"));
    ask(&mut case, Q::CriminalStage, code("investigation"));
    ask(&mut case, Q::TiesBroken, code("yes"));
    ask(&mut case, Q::PublicOrderThreat, code("no"));
    ask(&mut case, Q::FalseDocuments, code("no"));
    ask(&mut case, Q::RemovalOrder, code("no"));
    ask(&mut case, Q::PermitKind, code("none"));
    let a = legal::assess(&case, TODAY());
    let first = a.route(RouteId::CstL4251).unwrap();
    assert_eq!(first.outcome, Outcome::Eligible, "{first:#?}");
    assert!(!a.has_warning(crate::legal::WarningId::RefusalRisksUnchecked));
    // Every required question of the first six steps is answered.
    let left: Vec<QuestionId> = questions(&case, &document_checklist(&case, TODAY()), TODAY())
        .into_iter()
        .filter(|q| q.spec().step != Step::Documents)
        .filter(|q| !q.spec().optional && !current(*q, &case).is_answered())
        .collect();
    assert!(left.is_empty(), "unanswered: {left:?}");
}

#[test]
fn side_by_side_needs_a_translated_language() {
    let mut case = CaseFile::new(None, None);
    assert!(set_person_language(&mut case, true, Some("tlh")).is_err());
    set_person_language(&mut case, true, None).unwrap();
    assert!(
        !case.interview.side_by_side,
        "no language known: side by side stays off"
    );
    case.person.languages = vec!["pcm".into(), "ru".into()];
    set_person_language(&mut case, true, None).unwrap();
    assert_eq!(case.interview.person_language.as_deref(), Some("ru"));
    assert!(case.interview.side_by_side);
}

/// A worker in English can show the questions in French to a person who reads French; French
/// is never suggested on its own, nor shown beside French (review of the English UI,
/// 2026-12-05: the menu offered English and not French).
#[test]
fn french_is_offered_beside_english_and_never_beside_itself() {
    let mut case = CaseFile::new(None, None);
    case.person.languages = vec!["fr".into()];
    set_person_language(&mut case, true, None).unwrap();
    assert!(!case.interview.side_by_side, "French is not suggested");
    let checklist = document_checklist(&case, TODAY());
    let view_in = |case: &CaseFile, lang| {
        let d = view::Display {
            lang,
            names: crate::overview::Names::Shown,
        };
        view::step_view(case, Step::Identity, &checklist, TODAY(), d)
    };
    let offered = |v: &view::StepView| -> Vec<String> {
        v.languages.iter().map(|o| o.code.clone()).collect()
    };
    let english = view_in(&case, "en");
    assert!(offered(&english).contains(&"fr".to_string()));
    assert!(!offered(&english).contains(&"en".to_string()));
    assert!(!offered(&view_in(&case, "fr")).contains(&"fr".to_string()));

    set_person_language(&mut case, true, Some("fr")).unwrap();
    let english = view_in(&case, "en");
    assert!(english.side_by_side);
    assert_eq!(english.person_lang.as_deref(), Some("fr"));
    assert_eq!(english.person_label.as_deref(), Some("Identité et langues"));
    // Back in French: nothing beside French, and the menu still shows what the case holds.
    let french = view_in(&case, "fr");
    assert!(!french.side_by_side && french.person_label.is_none());
    assert!(offered(&french).contains(&"fr".to_string()));
    // … and the page says why (the switch unticked itself, said to screen readers only).
    assert!(french.reads_interface_language && !english.reads_interface_language);
}

/// A sample answer to `q` and what the case then reads. A choice takes the code that keeps the
/// most questions below it asked, so that a walk through the interview reaches them.
fn sample(q: QuestionId, case: &CaseFile) -> (Answer, Current) {
    let kept = |c: &String| {
        children(q)
            .iter()
            .filter(|child| child.parent().is_some_and(|(_, keeps)| keeps(c)))
            .count()
    };
    let best = || {
        let codes = q.codes(case);
        // The first of the codes keeping the most.
        let best = codes.iter().rev().max_by_key(|c| kept(c)).cloned();
        best.unwrap_or_else(|| panic!("{q:?} offers no code"))
    };
    match q.spec().kind {
        Kind::YesNo | Kind::Choice => {
            let c = best();
            (Answer::Code(c.clone()), Current::Codes(vec![c]))
        }
        Kind::Multi => {
            let c = best();
            (Answer::Codes(vec![c.clone()]), Current::Codes(vec![c]))
        }
        Kind::Date => (text("01/02/2020"), Current::Date(day(2020, 2, 1))),
        Kind::Text | Kind::Paragraph => (text("Texte"), Current::Text("Texte".into())),
        Kind::Lines => (
            text("Un\nDeux"),
            Current::Lines(vec!["Un".into(), "Deux".into()]),
        ),
        Kind::Number => (text("2"), Current::Number(2)),
    }
}

/// Answers every question that applies, in order, as it comes to apply: `preset` first, then a
/// sample answer to each of the others. Each answer must read back, from the case and from its
/// stored JSON, and "not established" must read back too. Returns the ids of the questions asked.
fn walk(mut case: CaseFile, preset: &[(QuestionId, Answer)]) -> BTreeSet<String> {
    let mut asked: Vec<QuestionId> = Vec::new();
    for (q, a) in preset {
        ask(&mut case, *q, a.clone());
        asked.push(*q);
    }
    loop {
        let checklist = document_checklist(&case, TODAY());
        let Some(q) = questions(&case, &checklist, TODAY())
            .into_iter()
            .find(|q| !asked.contains(q))
        else {
            break;
        };
        assert!(applies(q, &case, &checklist, TODAY()), "{q:?}");
        let mut probe = case.clone();
        answer(&mut probe, q, &Answer::NotEstablished, &checklist, TODAY()).unwrap();
        assert_eq!(current(q, &probe), Current::NotEstablished, "{q:?}");
        let (a, expected) = sample(q, &case);
        answer(&mut case, q, &a, &checklist, TODAY())
            .unwrap_or_else(|e| panic!("{q:?} {a:?}: {e:?}"));
        assert_eq!(current(q, &case), expected, "{q:?} reads back its answer");
        let stored = CaseDocument::from_case(&case).unwrap().case().unwrap();
        assert_eq!(
            current(q, &stored),
            expected,
            "{q:?}: the answer is in the JSON"
        );
        asked.push(q);
    }
    asked.iter().map(|q| q.as_string()).collect()
}

/// Every question of the registry, in one walk or another, applies, takes an answer and reads it
/// back. A question no walk reaches fails here: give it a walk.
#[test]
fn every_question_applies_writes_and_reads_back_its_answer() {
    // A minor (17) with a postcode serving several communes, who cooperates, has a card and has
    // every kind of document recorded.
    let mut minor = CaseFile::new(None, None);
    minor.documents = PieceKind::VARIANTS
        .iter()
        .map(|kind| Document {
            kind: *kind,
            status: DocumentStatus::Missing,
            date: None,
            number: None,
            expires: None,
        })
        .collect();
    let mut asked = walk(
        minor,
        &[
            (Q::BirthDate, text("10/01/2009")),
            (Q::Postcode, text("01100")),
        ],
    );
    // An adult who has not cooperated yet, at an address the geo data does not know.
    asked.extend(walk(
        CaseFile::new(None, None),
        &[(Q::Complaint, code("no")), (Q::Testimony, code("no"))],
    ));
    let pack = RulePack::embedded();
    for q in all_questions() {
        if let Q::DocumentDate(k) = q {
            if pack.freshness(k).is_none() {
                // Only a document that must be recent has its date asked.
                assert!(!asked.contains(&q.as_string()), "{q:?}");
                continue;
            }
        }
        if let Q::DocumentNumber(k) | Q::DocumentExpires(k) = q {
            if !matches!(k, PieceKind::Passport | PieceKind::IdCard) {
                // Only an identity document has its number and validity asked.
                assert!(!asked.contains(&q.as_string()), "{q:?}");
                continue;
            }
        }
        assert!(asked.contains(&q.as_string()), "{q:?} was never asked");
    }
}

/// The checklist is the only assessment: the screens and the answer take it, and run none.
#[test]
fn a_step_view_the_review_and_an_answer_run_no_assessment_of_their_own() {
    let runs = || crate::legal::assess::RUNS.with(|r| r.get());
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    ask(&mut case, Q::Complaint, code("yes"));
    let before = runs();
    let checklist = document_checklist(&case, TODAY());
    assert_eq!(runs(), before + 1, "the case's checklist is one assessment");
    let d = view::Display {
        lang: "fr",
        names: crate::overview::Names::Shown,
    };
    let step = view::step_view(&case, Step::Documents, &checklist, TODAY(), d);
    assert!(
        step.questions.len() > 5,
        "a step with many document questions: {}",
        step.questions.len()
    );
    view::review(&case, &checklist, TODAY(), d);
    resume_step(&case, &checklist, TODAY());
    unanswered_count(&case, &checklist, TODAY());
    let passport = Q::DocumentStatus(PieceKind::Passport);
    answer(&mut case, passport, &code("have"), &checklist, TODAY()).unwrap();
    assert_eq!(
        runs(),
        before + 1,
        "no screen or answer assesses the case again"
    );
}

#[test]
fn the_unanswered_count_is_the_reviews() {
    let d = view::Display {
        lang: "fr",
        names: crate::overview::Names::Shown,
    };
    let mut case = CaseFile::new(Some("Okafor".into()), Some("Amina".into()));
    let mut counts = Vec::new();
    for (q, a) in [
        (Q::BirthDate, text("12/04/1998")),
        (Q::Complaint, code("yes")),
        (Q::DocumentStatus(PieceKind::Passport), code("have")),
    ] {
        ask(&mut case, q, a);
        let checklist = document_checklist(&case, TODAY());
        let review = view::review(&case, &checklist, TODAY(), d);
        let count = unanswered_count(&case, &checklist, TODAY());
        assert_eq!(count, review.unanswered, "after {q:?}");
        counts.push(count);
    }
    assert!(counts.iter().all(|c| *c > 0), "{counts:?}");
}

/// The options `q` shows the worker in French.
fn options_shown(case: &CaseFile, q: QuestionId) -> Vec<view::OptionView> {
    view::question_view(
        case,
        q,
        &document_checklist(case, TODAY()),
        view::Display {
            lang: "fr",
            names: crate::overview::Names::Shown,
        },
    )
    .options
}

/// Her other nationalities: the ones most often met first, then the rest by name, so that the
/// list can fold after them (UI review, 2026-12-05: two hundred Tab stops).
#[test]
fn other_nationalities_list_the_common_ones_first() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("UA"));
    let shown = options_shown(&case, Q::OtherNationalities);
    let common = shown.iter().take_while(|o| o.common).count();
    assert!((8..20).contains(&common), "{common} common countries");
    assert!(shown[common..].iter().all(|o| !o.common));
    assert!(shown[..common].iter().any(|o| o.code == "NG"));
    let labels: Vec<String> = shown[common..]
        .iter()
        .map(|o| crate::text::fold(&o.label))
        .collect();
    assert!(labels.windows(2).all(|w| w[0] <= w[1]), "the rest by name");
    assert!(shown.len() > 150, "every country still offered");
    // Neither her first nationality nor a territory without nationals (the letters refuse
    // them; UI review, 2026-12-05).
    assert!(!shown.iter().any(|o| o.code == "UA" || o.code == "AQ"));
    let first = options_shown(&case, Q::Nationality);
    assert!(first.iter().any(|o| o.code == "UA"));
    assert!(!first.iter().any(|o| o.code == "AQ" || o.code == "AI"));
    assert!(first.iter().any(|o| o.code == "stateless"));
}

#[test]
fn the_languages_of_her_nationality_come_first_then_the_common_ones_each_with_its_own_name() {
    let options = |case: &CaseFile| options_shown(case, Q::Languages);
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("UA"));
    let shown = options(&case);
    let codes: Vec<&str> = shown.iter().map(|o| o.code.as_str()).collect();
    assert_eq!(
        codes[..2],
        ["ru", "uk"],
        "hers first, by name: russe, ukrainien"
    );
    let common = shown.iter().take_while(|o| o.common).count();
    assert!(
        (10..20).contains(&common),
        "a short list of common languages before the others: {common}"
    );
    assert!(shown[common..].iter().all(|o| !o.common));
    let labels: Vec<String> = shown[2..common]
        .iter()
        .map(|o| crate::text::fold(&o.label))
        .collect();
    assert!(labels.windows(2).all(|w| w[0] <= w[1]), "{labels:?}");
    let uk = shown.iter().find(|o| o.code == "uk").unwrap();
    assert_eq!(uk.own_name.as_deref(), Some("українська"));
    assert_eq!(
        shown.iter().find(|o| o.code == "fr").unwrap().own_name,
        None,
        "« français » says itself already"
    );
    // Every language is still there, once.
    let all: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(all.len(), codes.len());
    assert_eq!(all.len(), language_codes().len());

    // Another nationality, other languages first.
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    let codes: Vec<String> = options(&case).into_iter().map(|o| o.code).collect();
    let first: BTreeSet<&str> = codes[..6].iter().map(String::as_str).collect();
    assert_eq!(
        first,
        BTreeSet::from(["bin", "en", "ha", "ig", "pcm", "yo"])
    );
}

#[test]
fn an_answer_that_erases_others_lists_them_and_they_can_be_given_back() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Complaint, code("yes"));
    ask(&mut case, Q::ComplaintDate, text("03/09/2026"));
    ask(
        &mut case,
        Q::ComplaintService,
        text("Commissariat de Saint-Denis"),
    );
    let before = case.clone();
    let view = view::question_view(
        &case,
        Q::Complaint,
        &document_checklist(&case, TODAY()),
        view::Display {
            lang: "fr",
            names: crate::overview::Names::Shown,
        },
    );
    assert_eq!(view.dependent_answers, 2);
    let listed: Vec<(&str, &str)> = view
        .erasable
        .iter()
        .map(|e| (e.question_id.as_str(), e.display.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            ("complaint-date", "3\u{a0}septembre\u{a0}2026"),
            ("complaint-service", "Commissariat de Saint-Denis")
        ]
    );
    assert!(view.erasable.iter().all(|e| !e.label.is_empty()));
    assert_eq!(view.restore, Some(code("yes")));

    // « Non » erases them; « Rétablir » sends the question's answer, then each erased one.
    ask(&mut case, Q::Complaint, code("no"));
    assert_eq!(case.cooperation.complaint, None);
    ask(&mut case, Q::Complaint, view.restore.clone().unwrap());
    for erased in &view.erasable {
        let q = QuestionId::parse(&erased.question_id).unwrap();
        ask(&mut case, q, erased.restore.clone());
    }
    assert_eq!(case.cooperation, before.cooperation);
    assert_eq!(case.interview.answered, before.interview.answered);
}

/// Her other nationalities are asked right after the first one, as ISO codes (never
/// `stateless`), each country named in the worker's language and none in hers; none is an
/// answer; the languages of every nationality she holds come first (issue 12, pack 2026.12.5).
#[test]
fn other_nationalities_are_asked_after_the_first_one_as_country_codes() {
    let mut case = CaseFile::new(None, None);
    let identity = step_questions(
        &case,
        Step::Identity,
        &document_checklist(&case, TODAY()),
        TODAY(),
    );
    let at = |q| identity.iter().position(|x| *x == q).unwrap();
    assert_eq!(at(Q::OtherNationalities), at(Q::Nationality) + 1);
    assert!(
        Q::OtherNationalities.spec().optional,
        "most people have one"
    );

    ask(&mut case, Q::Nationality, code("NG"));
    ask(
        &mut case,
        Q::OtherNationalities,
        Answer::Codes(vec!["DZ".into(), "FR".into()]),
    );
    assert_eq!(case.person.other_nationalities, ["DZ", "FR"]);
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(
        json["person"]["otherNationalities"],
        serde_json::json!(["DZ", "FR"])
    );
    for refused in ["stateless", "dz", "XX"] {
        let err = try_answer(
            &mut case,
            Q::OtherNationalities,
            &Answer::Codes(vec![refused.into()]),
        );
        assert!(err.is_err(), "{refused}");
    }
    assert_eq!(
        case.person.other_nationalities,
        ["DZ", "FR"],
        "a refusal changes nothing"
    );

    let view = |case: &CaseFile| {
        let mut case = case.clone();
        case.interview.side_by_side = true;
        case.interview.person_language = Some("en".into());
        view::question_view(
            &case,
            Q::OtherNationalities,
            &document_checklist(&case, TODAY()),
            view::Display {
                lang: "fr",
                names: crate::overview::Names::Shown,
            },
        )
    };
    let shown = view(&case);
    let dz = shown.options.iter().find(|o| o.code == "DZ").unwrap();
    assert_eq!(dz.label, "Algérie");
    assert_eq!(dz.person_label, None, "place names are the worker's");
    assert!(shown.options.iter().all(|o| o.code != "stateless"));

    ask(&mut case, Q::OtherNationalities, Answer::Codes(vec![]));
    assert!(case.person.other_nationalities.is_empty());
    assert_eq!(
        current(Q::OtherNationalities, &case),
        Current::Codes(vec![]),
        "none is an answer"
    );

    // Her second nationality's languages come first too.
    ask(&mut case, Q::Nationality, code("CN"));
    ask(
        &mut case,
        Q::OtherNationalities,
        Answer::Codes(vec!["UA".into()]),
    );
    let languages = view::question_view(
        &case,
        Q::Languages,
        &document_checklist(&case, TODAY()),
        view::Display {
            lang: "fr",
            names: crate::overview::Names::Shown,
        },
    )
    .options;
    let first: BTreeSet<&str> = languages[..3].iter().map(|o| o.code.as_str()).collect();
    assert_eq!(first, BTreeSet::from(["ru", "uk", "zh"]));
}

/// Before any cooperation the documents step asks about a plain identity photo, the one the
/// reflection récépissé needs, not an e-photo code; with a complaint, the e-photo (issue 12, pack
/// 2026.12.5).
#[test]
fn the_reflection_period_asks_about_a_plain_identity_photo() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Complaint, code("no"));
    ask(&mut case, Q::Testimony, code("no"));
    assert!(asked(Q::DocumentStatus(PieceKind::IdentityPhoto), &case));
    assert!(!asked(Q::DocumentStatus(PieceKind::EPhoto), &case));
    assert!(
        !asked(Q::DocumentDate(PieceKind::IdentityPhoto), &case),
        "no freshness rule: its date is not asked"
    );
    ask(
        &mut case,
        Q::DocumentStatus(PieceKind::IdentityPhoto),
        code("have"),
    );
    let json = serde_json::to_value(&case).unwrap();
    assert_eq!(json["documents"][0]["kind"], "identity-photo");

    let mut cooperating = CaseFile::new(None, None);
    ask(&mut cooperating, Q::Complaint, code("yes"));
    assert!(asked(Q::DocumentStatus(PieceKind::EPhoto), &cooperating));
    assert!(!asked(
        Q::DocumentStatus(PieceKind::IdentityPhoto),
        &cooperating
    ));
}

/// What the support letter prints is what the page shows: a direction override pasted into the
/// association's statement is taken out, its line breaks kept (code review, 2026-12-05: refused at
/// every later save instead).
#[test]
fn a_statement_typed_with_a_direction_override_is_kept_without_it() {
    let mut case = crate::pdf::samples::spec_case();
    ask(
        &mut case,
        Q::AccompanimentStatement,
        text("Montant \u{202E}0001\u{202C} euros.\nPrésente à chaque rendez-vous."),
    );
    assert_eq!(
        case.accompaniment.and_then(|a| a.statement).as_deref(),
        Some("Montant 0001 euros.\nPrésente à chaque rendez-vous.")
    );
}

/// The language the notice was read in becomes the interview's when none is chosen yet; French,
/// or a language already chosen, changes nothing (UI review, 2026-12-05).
#[test]
fn the_notice_language_is_the_interview_s_until_one_is_chosen() {
    let with_notice = |language: &str, chosen: Option<&str>| {
        let mut case = CaseFile::new(None, None);
        case.interview.person_language = chosen.map(str::to_string);
        case.consent = Some(crate::model::case::Consent {
            notice_language: Some(language.into()),
            ..Default::default()
        });
        adopt_notice_language(&mut case);
        (case.interview.person_language, case.interview.side_by_side)
    };
    assert_eq!(with_notice("uk", None), (Some("uk".into()), true));
    assert_eq!(with_notice("fr", None), (None, false));
    assert_eq!(with_notice("uk", Some("ru")), (Some("ru".into()), false));
}

/// Arabic conjugates for the reader: once the case records a man, his column asks him in the
/// masculine (« تتكلمها », not « تتكلمينها »: review, 2026-12-06), the welcome, the choices and
/// the step's intro too; a woman, or a sex not recorded yet, keeps the feminine.
#[test]
fn the_arabic_column_addresses_a_man_as_a_man() {
    let mut case = CaseFile::new(None, None);
    case.person.languages = vec!["ar".into()];
    set_person_language(&mut case, true, Some("ar")).unwrap();
    let d = view::Display {
        lang: "fr",
        names: crate::overview::Names::Shown,
    };
    let checklist = document_checklist(&case, TODAY());
    let asked = |case: &CaseFile, q| {
        view::question_view(case, q, &checklist, d)
            .person_label
            .expect("her column")
    };
    let welcome = |case: &CaseFile| {
        view::step_view(case, Step::Identity, &checklist, TODAY(), d)
            .welcome
            .and_then(|w| w.person_label)
            .expect("the welcome, in her column")
    };
    let stateless = |case: &CaseFile| {
        view::question_view(case, Q::Nationality, &checklist, d)
            .options
            .into_iter()
            .find(|o| o.code == "stateless")
            .and_then(|o| o.person_label)
            .expect("« stateless » in her column")
    };
    assert!(
        asked(&case, Q::Languages).contains("تتكلمينها"),
        "unknown: the feminine"
    );
    // The welcome comes before her sex is asked: worded for anyone (translation review,
    // 2026-12-08: every man was greeted in the feminine).
    let neutral = |w: String| w.contains("يمكنك الإجابة") && !w.contains("تجيبي");
    assert!(neutral(welcome(&case)));
    case.person.sex = Some("M".into());
    assert!(asked(&case, Q::Languages).contains("تتكلمها"));
    assert!(!asked(&case, Q::Languages).contains("تتكلمينها"));
    assert!(neutral(welcome(&case)));
    assert_eq!(stateless(&case), "عديم الجنسية");
    case.person.sex = Some("F".into());
    assert_eq!(stateless(&case), "عديمة الجنسية");
    // The worker's column is the same for both.
    let label = |case: &CaseFile| view::question_view(case, Q::Languages, &checklist, d).label;
    let woman = label(&case);
    case.person.sex = Some("M".into());
    assert_eq!(label(&case), woman);
}

/// The question the worker reads to her agrees with her sex as recorded, as her own column does
/// (UI review, 2026-12-07: « Êtes-vous admis(e) » to a woman); unknown, both forms.
#[test]
fn a_question_read_to_her_agrees_with_her_sex() {
    let label_for = |sex: Option<&str>| {
        let mut case = CaseFile::new(None, None);
        case.person.sex = sex.map(str::to_string);
        let checklist = document_checklist(&case, TODAY());
        let d = view::Display {
            lang: "fr",
            names: crate::overview::Names::Shown,
        };
        let step = view::step_view(&case, Step::Situation, &checklist, TODAY(), d);
        step.questions
            .into_iter()
            .find(|q| q.id == "exit-programme")
            .map(|q| q.label)
            .expect("asked in the situation step")
    };
    assert!(label_for(Some("F")).contains("Êtes-vous admise dans"));
    assert!(label_for(Some("M")).contains("Êtes-vous admis dans"));
    assert!(label_for(None).contains("Êtes-vous admis(e) dans"));
    // Out of her interview (the review, the journal), both forms.
    assert!(view::question_label(Q::ExitProgramme, "fr", true).contains("admis(e)"));
}
