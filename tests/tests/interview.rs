//! The interview and the screens built on it, against a real encrypted store: answers are saved
//! one by one and survive a lock, the catalogue of questions is translated in every interview
//! language, the case list searches other names and hides names, the dashboard shows a case's
//! renewal window.

use chrono::{NaiveDate, TimeZone, Utc};
use passerelle_core::app::followup;
use passerelle_core::db::cases;
use passerelle_core::i18n::{self, L10n};
use passerelle_core::interview::view::{self, Display};
use passerelle_core::interview::{self, stored, Answer, QuestionId, Step};
use passerelle_core::legal::DeadlineKind;
use passerelle_core::model::case::{CaseDocument, CaseFile, PieceKind};
use passerelle_core::overview::dashboard::{self, SECTION_LINES};
use passerelle_core::overview::list::{self, Sort};
use passerelle_core::overview::Names;
use passerelle_tests::{new_app, new_store, unlock};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0).unwrap()
}

/// Every question of the interview, from its one table: a question added there has its words
/// checked below without being listed here.
fn every_question() -> Vec<QuestionId> {
    interview::all_questions().collect()
}

/// The ids the case files already hold (the marks `answered`, `notEstablished`) still name
/// questions: renaming one would orphan the marks of every existing case.
#[test]
fn the_question_ids_case_files_hold_still_name_questions() {
    for id in [
        "family-name",
        "given-names",
        "aliases",
        "sex",
        "birth-date",
        "birth-place",
        "nationality",
        "languages",
        "interpreter",
        "interpreter-language",
        "interpreter-name",
        "address-line",
        "postcode",
        "commune",
        "city",
        "phone",
        "victim-of",
        "exit-programme",
        "exit-programme-date",
        "domestic-violence",
        "protection-order",
        "protection-order-date",
        "child-welfare",
        "child-welfare-date",
        "child-welfare-placement",
        "work-or-training",
        "complaint",
        "complaint-date",
        "complaint-service",
        "complaint-reference",
        "testimony",
        "testimony-date",
        "testimony-service",
        "testimony-reference",
        "parquet",
        "reflection-recepisse",
        "reflection-date",
        "criminal-stage",
        "conviction-date",
        "regular-stay-at-conviction",
        "ties-broken",
        "public-order-threat",
        "false-documents",
        "removal-order",
        "serious-offences",
        "permit-kind",
        "permit-issued",
        "permit-expires",
        "permit-renewals",
        "renewal-filed-on",
        "foreigner-number",
        "anef-number",
        "planned-filing-date",
        "accompaniment-since",
        "accompaniment-statement",
    ] {
        assert!(QuestionId::parse(id).is_some(), "{id} is not a question");
    }
    assert_eq!(
        QuestionId::parse("document-status.passport"),
        Some(QuestionId::DocumentStatus(PieceKind::Passport))
    );
    assert_eq!(
        QuestionId::parse("document-date.proof-of-address"),
        Some(QuestionId::DocumentDate(PieceKind::ProofOfAddress))
    );
}

#[test]
fn the_interview_speaks_every_language_a_checklist_is_printed_in() {
    let langs = interview::person_languages();
    for l in passerelle_core::pdf::view::CHECKLIST_LANGUAGES {
        assert!(langs.iter().any(|x| x == l), "{l} missing: {langs:?}");
    }
}

#[test]
fn every_question_and_answer_has_its_words_in_every_language_that_shows_it() {
    let l10n = L10n::get();
    let case = CaseFile::new(None, None);
    for q in every_question() {
        let spec = q.spec();
        let key = q.message_key();
        let label = match q {
            QuestionId::DocumentStatus(_) => None,
            _ => Some(format!("iv-q-{key}")),
        };
        for lang in i18n::UI_LANGUAGES {
            if let Some(id) = &label {
                assert!(l10n.has(lang, id), "{id} missing in {lang}");
            }
        }
        if !spec.worker_only {
            for lang in interview::person_languages() {
                if let Some(id) = &label {
                    assert!(
                        l10n.has(lang, id),
                        "{id} missing in {lang}: the person reads it"
                    );
                }
            }
        }
        // Options: the view words each code; a missing message would show as its id.
        let skip = matches!(
            q,
            QuestionId::Nationality
                | QuestionId::OtherNationalities
                | QuestionId::Languages
                | QuestionId::InterpreterLanguage
                | QuestionId::Commune
        );
        if skip {
            continue;
        }
        for code in q.codes(&case) {
            let id = if spec.kind == interview::Kind::YesNo {
                format!("iv-opt-{code}")
            } else {
                format!("iv-opt-{key}-{}", code.to_ascii_lowercase())
            };
            for lang in i18n::UI_LANGUAGES {
                assert!(l10n.has(lang, &id), "{id} missing in {lang}");
            }
            if !spec.worker_only {
                for lang in interview::person_languages() {
                    assert!(l10n.has(lang, &id), "{id} missing in {lang}");
                }
            }
        }
    }
    for id in [
        "iv-welcome",
        "iv-worker-only",
        "iv-opt-not-established",
        "iv-none",
    ] {
        for lang in interview::person_languages() {
            assert!(l10n.has(lang, id), "{id} missing in {lang}");
        }
    }
    for step in Step::ALL {
        let id = format!("iv-step-{}", step.as_str());
        for lang in interview::person_languages() {
            assert!(l10n.has(lang, &id), "{id} missing in {lang}");
        }
    }
}

#[test]
fn worker_only_questions_never_reach_the_persons_language_files() {
    // Legal judgements (public order, the stage of the proceedings) are the worker's: their
    // text lives in interview-worker.ftl, French and English only.
    for q in every_question()
        .into_iter()
        .filter(|q| q.spec().worker_only)
    {
        let id = format!("iv-q-{}", q.message_key());
        let person_file = i18n::messages_of("ru", "interview.ftl").unwrap();
        assert!(
            !person_file.contains_key(&id),
            "{id} is for the worker only"
        );
    }
}

#[test]
fn the_language_choice_names_every_person_language_in_itself() {
    let mut case = CaseFile::new(Some("Kovalenko".into()), Some("Olena".into()));
    case.person.languages = vec!["ar".into()];
    interview::set_person_language(&mut case, true, None).unwrap();
    let d = Display {
        lang: "fr",
        names: Names::Shown,
    };
    let checklist = interview::document_checklist(&case, today());
    let step = view::step_view(&case, Step::Identity, &checklist, today(), d);
    assert_eq!(
        step.person_lang.as_deref(),
        Some("ar"),
        "side by side in Arabic"
    );
    for (code, french, own) in [
        ("ar", "arabe", "العربية"),
        ("zh", "chinois", "中文"),
        ("ro", "roumain", "română"),
        ("bg", "bulgare", "български"),
    ] {
        let option = step
            .languages
            .iter()
            .find(|o| o.code == code)
            .unwrap_or_else(|| panic!("{code} is offered"));
        assert_eq!(option.label, french, "{code}: named for the worker");
        assert_eq!(
            option.own_name.as_deref(),
            Some(own),
            "{code}: named in itself"
        );
    }
    let welcome = step.welcome.expect("the first step welcomes her");
    assert!(
        welcome.person_label.is_some_and(|w| w.contains("لا أعرف")),
        "the welcome tells her, in Arabic, that « je ne sais pas » is an answer"
    );
}

#[test]
fn side_by_side_shows_each_question_in_both_languages_and_the_same_codes() {
    let mut case = CaseFile::new(Some("Kovalenko".into()), Some("Olena".into()));
    case.person.languages = vec!["uk".into()];
    interview::set_person_language(&mut case, true, None).unwrap();
    let d = Display {
        lang: "fr",
        names: Names::Shown,
    };
    let checklist = interview::document_checklist(&case, today());
    let step = view::step_view(&case, Step::Cooperation, &checklist, today(), d);
    assert_eq!(step.person_lang.as_deref(), Some("uk"));
    let complaint = step.questions.iter().find(|q| q.id == "complaint").unwrap();
    assert!(complaint.label.contains("plainte"), "{}", complaint.label);
    assert!(
        complaint
            .person_label
            .as_deref()
            .is_some_and(|p| p.contains("заяву")),
        "{:?}",
        complaint.person_label
    );
    let yes = &complaint.options[0];
    assert_eq!(yes.code, "yes");
    assert_eq!(yes.label, "Oui");
    assert_eq!(yes.person_label.as_deref(), Some("Так"));
    let english = view::step_view(
        &case,
        Step::Cooperation,
        &checklist,
        today(),
        Display {
            lang: "en",
            names: Names::Shown,
        },
    );
    let codes = |v: &view::StepView| {
        v.questions
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    q.options.iter().map(|o| o.code.clone()).collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes(&step),
        codes(&english),
        "translations never change the codes"
    );
}

#[test]
fn each_answer_is_in_the_store_as_soon_as_it_is_given_and_survives_a_lock() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let (vault, req) = (app.vault(), app.request());
    // A case imported from elsewhere, with a key this version does not know.
    let json = r#"{"format":"passerelle.case/1","person":{"familyName":"Okafor","givenNames":"Amina"},"fromTheFuture":{"x":1}}"#;
    let (doc, _) = CaseDocument::parse(json.as_bytes()).unwrap();
    let id = vault.write(|tx| cases::insert(tx, &doc, now())).unwrap();
    followup::answer(&req, &id, "complaint", &Answer::Code("yes".into())).unwrap();
    followup::answer(&req, &id, "ties-broken", &Answer::NotEstablished).unwrap();
    let refused = followup::answer(
        &req,
        &id,
        "complaint-date",
        &Answer::Text("31/02/2026".into()),
    );
    assert!(refused.is_err(), "an impossible date is refused");
    vault.lock();
    unlock(vault).unwrap();
    let case = vault.read(|c| stored::load(c, &id)).unwrap();
    assert!(case.cooperation.complaint.is_some());
    assert_eq!(case.ties_with_perpetrators_broken, None);
    assert_eq!(
        interview::current(QuestionId::TiesBroken, &case),
        interview::Current::NotEstablished
    );
    let raw = vault.read(|c| cases::get(c, &id)).unwrap();
    assert_eq!(
        raw.document.as_value()["fromTheFuture"]["x"],
        1,
        "keys this version does not know survive the interview"
    );
}

#[test]
fn the_list_finds_other_names_sorts_and_hides_names() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    let add = |family: &str, given: &str, alias: Option<&str>, expires: Option<&str>| {
        let mut case = CaseFile::new(Some(family.into()), Some(given.into()));
        if let Some(a) = alias {
            case.person.aliases = vec![a.into()];
        }
        if let Some(e) = expires {
            case.current_permit = Some(passerelle_core::model::case::Permit {
                kind: passerelle_core::model::case::PermitKind::CstVpf,
                issued: None,
                expires: Some(e.parse().unwrap()),
                renewal_count: Some(0),
                renewal_filed_on: None,
            });
        }
        let doc = CaseDocument::from_case(&case).unwrap();
        vault.write(|tx| cases::insert(tx, &doc, now())).unwrap()
    };
    add("Zoubir", "Leïla", None, Some("2027-06-30"));
    add("Alves", "Maria", Some("Joana Pereira"), Some("2027-03-15"));
    add("Mensah", "Akosua", None, None);
    let rows = |q: &str, sort: Sort, names: Names| {
        vault
            .read(|c| list::page(c, q, sort, 0, today(), "fr", names))
            .unwrap()
            .rows
    };
    let by_name: Vec<String> = rows("", Sort::Name, Names::Shown)
        .into_iter()
        .map(|r| r.display_name)
        .collect();
    assert_eq!(by_name, ["ALVES Maria", "MENSAH Akosua", "ZOUBIR Leïla"]);
    let by_deadline: Vec<String> = rows("", Sort::NextDeadline, Names::Shown)
        .into_iter()
        .map(|r| r.display_name)
        .collect();
    assert_eq!(
        by_deadline,
        ["ALVES Maria", "ZOUBIR Leïla", "MENSAH Akosua"],
        "the nearest deadline first, cases without one last"
    );
    let found = rows("pereira", Sort::Name, Names::Shown);
    assert_eq!(found.len(), 1, "an alias finds its case");
    assert_eq!(found[0].display_name, "ALVES Maria");
    let hidden = rows("", Sort::Name, Names::Hidden);
    assert_eq!(hidden[0].display_name, "A.\u{a0}M.");
    let serialised = serde_json::to_string(&hidden).unwrap();
    assert!(
        !serialised.contains("ALVES") && !serialised.contains("Maria"),
        "hidden names never leave Rust: {serialised}"
    );
    let next = hidden[0].next_deadline.as_ref().unwrap();
    assert_eq!(next.kind, DeadlineKind::RenewalWindowCloses);
    assert!(
        next.label.contains("renouvellement") && next.relative.starts_with("dans"),
        "{next:?}"
    );
}

#[test]
fn the_dashboard_shows_a_case_in_its_renewal_window() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    let mut case = CaseFile::new(Some("Alves".into()), Some("Maria".into()));
    case.current_permit = Some(passerelle_core::model::case::Permit {
        kind: passerelle_core::model::case::PermitKind::CstVpf,
        issued: None,
        expires: Some(NaiveDate::from_ymd_opt(2027, 3, 15).unwrap()),
        renewal_count: Some(0),
        renewal_filed_on: None,
    });
    let doc = CaseDocument::from_case(&case).unwrap();
    let id = vault.write(|tx| cases::insert(tx, &doc, now())).unwrap();
    let board = vault
        .read(|c| dashboard::load(c, today(), SECTION_LINES, "fr", Names::Hidden))
        .unwrap();
    assert!(board.overdue.is_empty(), "{:?}", board.overdue);
    assert_eq!(board.upcoming.len(), 1);
    let item = &board.upcoming[0];
    assert_eq!(item.case_id, id);
    assert_eq!(item.name, "A.\u{a0}M.", "names hidden on the dashboard too");
    assert_eq!(item.deadline.kind, DeadlineKind::RenewalWindowCloses);
    assert!(
        item.deadline.label.contains("14\u{a0}janvier\u{a0}2027"),
        "{}",
        item.deadline.label
    );
}

#[test]
fn the_dashboard_says_a_planned_filing_comes_after_a_window_closes() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    let mut case = CaseFile::new(Some("Alves".into()), Some("Maria".into()));
    // Her card ends on 4 February 2027: the renewal window closes on 6 December 2026.
    case.current_permit = Some(passerelle_core::model::case::Permit {
        kind: passerelle_core::model::case::PermitKind::CstVpf,
        issued: None,
        expires: Some(NaiveDate::from_ymd_opt(2027, 2, 4).unwrap()),
        renewal_count: Some(0),
        renewal_filed_on: None,
    });
    case.planned_filing_date = NaiveDate::from_ymd_opt(2026, 12, 15);
    let doc = CaseDocument::from_case(&case).unwrap();
    vault.write(|tx| cases::insert(tx, &doc, now())).unwrap();
    let board = vault
        .read(|c| dashboard::load(c, today(), SECTION_LINES, "fr", Names::Hidden))
        .unwrap();
    let plan = board
        .upcoming
        .iter()
        .find(|i| i.deadline.kind == DeadlineKind::PlannedFiling)
        .expect("the plan is within the month");
    let caution = plan.deadline.caution.as_deref().expect("too late");
    assert!(
        caution.starts_with("Prévu après la fin de la période de renouvellement (6\u{a0}décembre"),
        "{caution}"
    );
    let window = board
        .upcoming
        .iter()
        .find(|i| i.deadline.kind == DeadlineKind::RenewalWindowCloses)
        .unwrap();
    assert_eq!(window.deadline.caution, None);
}

#[test]
fn the_welcome_is_said_once_until_the_first_answer_whatever_the_page_went_through() {
    // Issue 14: the welcome was remembered by the page only, so a lock (which reloads the page)
    // or a restart brought it back above the first question on a small screen.
    let mut case = CaseFile::new(Some("Kovalenko".into()), Some("Olena".into()));
    let d = Display {
        lang: "fr",
        names: Names::Shown,
    };
    let first_step = |case: &CaseFile| {
        let checklist = interview::document_checklist(case, today());
        view::step_view(case, Step::Identity, &checklist, today(), d)
    };
    assert!(
        first_step(&case).welcome.is_some(),
        "a new interview opens on the welcome"
    );
    let checklist = interview::document_checklist(&case, today());
    let sex = QuestionId::parse("sex").unwrap();
    interview::answer(&mut case, sex, &Answer::NotEstablished, &checklist, today()).unwrap();
    assert_eq!(
        first_step(&case).welcome,
        None,
        "once a question is answered (« non établi » too), the welcome is not said again"
    );
}
