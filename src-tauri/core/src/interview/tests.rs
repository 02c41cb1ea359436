use super::*;
use crate::legal::{Outcome, RouteId};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: fn() -> NaiveDate = || day(2026, 11, 26);

fn code(c: &str) -> Answer {
    Answer::Code(c.into())
}

fn text(t: &str) -> Answer {
    Answer::Text(t.into())
}

fn ask(case: &mut CaseFile, q: QuestionId, a: Answer) {
    answer(case, q, &a, TODAY()).unwrap_or_else(|e| panic!("{q:?} {a:?}: {e:?}"));
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
    assert!(!applies(Q::ComplaintDate, &case, TODAY()));
    ask(&mut case, Q::Complaint, code("yes"));
    for q in [Q::ComplaintDate, Q::ComplaintService, Q::ComplaintReference] {
        assert!(applies(q, &case, TODAY()), "{q:?} follows a complaint");
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
fn the_reflection_period_is_asked_only_before_cooperation() {
    let mut case = CaseFile::new(None, None);
    assert!(applies(Q::ReflectionRecepisse, &case, TODAY()));
    assert!(!applies(Q::CriminalStage, &case, TODAY()));
    ask(&mut case, Q::Testimony, code("yes"));
    assert!(!applies(Q::ReflectionRecepisse, &case, TODAY()));
    assert!(applies(Q::CriminalStage, &case, TODAY()));
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
    assert!(!applies(Q::ConvictionDate, &case, TODAY()));
}

#[test]
fn minors_get_the_minors_questions_and_adults_do_not() {
    let mut case = CaseFile::new(None, None);
    assert!(!applies(Q::ChildWelfare, &case, TODAY()), "age unknown");
    ask(&mut case, Q::BirthDate, text("10/01/2009"));
    assert!(applies(Q::ChildWelfare, &case, TODAY()));
    assert!(applies(Q::WorkOrTraining, &case, TODAY()), "17 years old");
    ask(&mut case, Q::BirthDate, text("10/01/1990"));
    assert!(!applies(Q::ChildWelfare, &case, TODAY()));
    assert!(!applies(Q::WorkOrTraining, &case, TODAY()));
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
    let err = answer(&mut case, Q::BirthDate, &text("31/02/2020"), TODAY()).unwrap_err();
    assert!(matches!(err, Error::InvalidDate), "{err:?}");
    let err = answer(&mut case, Q::BirthDate, &text("01/01/2030"), TODAY()).unwrap_err();
    assert!(
        matches!(err, Error::DateOutOfRange),
        "a birth is in the past"
    );
    ask(&mut case, Q::PermitKind, code("cst-vpf-l425-1"));
    ask(&mut case, Q::PermitExpires, text("01/01/2030"));
    assert_eq!(case.current_permit.unwrap().expires, Some(day(2030, 1, 1)));
}

#[test]
fn a_refused_answer_changes_nothing() {
    let mut case = CaseFile::new(Some("Okafor".into()), None);
    let before = case.clone();
    assert!(answer(&mut case, Q::Sex, &code("Q"), TODAY()).is_err());
    assert!(answer(&mut case, Q::Nationality, &code("Nigeria"), TODAY()).is_err());
    assert!(
        answer(&mut case, Q::ComplaintDate, &text("01/01/2026"), TODAY()).is_err(),
        "no complaint recorded: the question does not apply"
    );
    assert!(answer(&mut case, Q::FamilyName, &text(&"x".repeat(201)), TODAY()).is_err());
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
            TODAY(),
            view::Display {
                lang,
                hide_names: false,
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
    assert!(applies(Q::City, &several, TODAY()));
    assert!(!applies(Q::Commune, &several, TODAY()));
}

#[test]
fn the_documents_asked_follow_the_route_the_case_points_to() {
    let mut case = CaseFile::new(None, None);
    ask(&mut case, Q::Nationality, code("NG"));
    ask(&mut case, Q::Complaint, code("yes"));
    ask(&mut case, Q::CriminalStage, code("investigation"));
    let kinds = document_kinds(&case, TODAY());
    assert!(kinds.contains(&PieceKind::ComplaintReceipt), "{kinds:?}");
    assert!(
        !kinds.contains(&PieceKind::ExitProgrammeDecision),
        "not the APS route"
    );
    assert!(!applies(
        Q::DocumentDate(PieceKind::ProofOfAddress),
        &case,
        TODAY()
    ));
    ask(
        &mut case,
        Q::DocumentStatus(PieceKind::ProofOfAddress),
        code("have"),
    );
    assert!(
        applies(Q::DocumentDate(PieceKind::ProofOfAddress), &case, TODAY()),
        "a proof of address must be recent: its date is asked"
    );
    assert!(
        !applies(Q::DocumentDate(PieceKind::Passport), &case, TODAY()),
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
    let mut all: Vec<QuestionId> = FIXED.to_vec();
    for k in PieceKind::ALL {
        all.push(Q::DocumentStatus(k));
        all.push(Q::DocumentDate(k));
    }
    for q in all {
        assert_eq!(QuestionId::parse(&q.as_string()), Some(q), "{q:?}");
        let _ = q.codes(&case);
    }
    assert_eq!(QuestionId::parse("document-status.spaceship"), None);
}

#[test]
fn the_interview_resumes_at_the_first_step_with_a_question_left() {
    let mut case = CaseFile::new(Some("Okafor".into()), Some("Amina".into()));
    assert_eq!(resume_step(&case, TODAY()), Step::Identity);
    for q in step_questions(&case, Step::Identity, TODAY()) {
        if !is_optional(q, &case, TODAY()) {
            ask(&mut case, q, Answer::NotEstablished);
        }
    }
    assert_eq!(resume_step(&case, TODAY()), Step::Situation);
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
    let left: Vec<QuestionId> = questions(&case, TODAY())
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
