//! Rule packs imported from a signed file, through the application layer (issue 17): a signed
//! newer pack replaces the one in use and lists exactly the open cases whose answers it changes;
//! every bad file is refused with its own error, recorded in the audit log, and leaves the pack
//! in use as it was; a rollback goes back down to the embedded pack; a lock and an unlock keep
//! the pack, a backup restores it.
//!
//! A process of its own (tests/Cargo.toml): the pack in use is process-wide, so these tests run
//! one at a time ([`serial`]) and no other test shares their process.

use std::sync::{Mutex, MutexGuard};

use chrono::{NaiveDate, TimeDelta};
use passerelle_core::app::{cases, rules, session, App, GivenFile};
use passerelle_core::error::ErrorKind;
use passerelle_core::legal::signed::{sign, test_key};
use passerelle_core::legal::{self, RulePack};
use passerelle_core::model::case::{CaseDocument, CaseFile, Permit, PermitKind};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::FixedDay;
use passerelle_tests::audit_actions;

const PASSPHRASE: &str = "correct horse battery staple vingt-sept";

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 15).unwrap()
}

/// The embedded pack as JSON, edited by `edit`, at `version`.
fn pack_json(version: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
    v["version"] = version.into();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// The embedded pack's version: the floor, and what the tests' newer packs are counted from, so
/// that they stay right at the next bump of `assets/rules/fr-teh.json`.
fn embedded_version() -> String {
    RulePack::embedded().version.clone()
}

/// A version `n` steps after the embedded pack's (its last number plus `n`).
fn later(n: u64) -> String {
    let v = embedded_version();
    let (head, last) = v.rsplit_once('.').expect("a pack version has dots");
    format!("{head}.{}", last.parse::<u64>().expect("numbers") + n)
}

fn signed(body: &[u8]) -> Vec<u8> {
    sign(body, test_key::ID, &test_key::SECRET)
}

/// A pack whose ANEF renewal window opens 90 days before expiry instead of 120.
fn shorter_renewal_window(version: &str) -> Vec<u8> {
    signed(&pack_json(version, |v| {
        let windows = v["renewalWindows"].as_array_mut().unwrap();
        let anef = windows.iter_mut().find(|w| w["id"] == "anef").unwrap();
        anef["opensDaysBefore"] = 90.into();
        v["changes"] = serde_json::json!([{
            "summary": "La demande de renouvellement s’ouvre 90 jours avant la fin de validité.",
            "legalBasis": ["CESEDA R431-5"],
            "inForceFrom": "2027-01-01"
        }]);
    }))
}

fn card_holder(family: &str, expires_in_days: i64) -> CaseFile {
    let mut case = CaseFile::new(Some(family.into()), Some("Efua".into()));
    case.person.nationality = Some("NG".into());
    case.current_permit = Some(Permit {
        kind: PermitKind::CstVpf,
        issued: None,
        expires: Some(today() + TimeDelta::days(expires_in_days)),
        renewal_count: Some(0),
        renewal_filed_on: None,
    });
    case
}

/// A vault with two open card holders, one person without a card, and a closed card holder.
fn vault(dir: &std::path::Path) -> (App, Vec<String>) {
    let app = App::new(dir)
        .with_kdf(KdfParams::FLOOR)
        .with_clock(FixedDay(today()));
    session::create(&app.request(), PASSPHRASE).unwrap();
    let mut closed = card_holder("Kelova", 200);
    closed.closed_on = Some(today() - TimeDelta::days(3));
    let mut no_card = CaseFile::new(Some("Tamescu".into()), Some("Hoa".into()));
    no_card.person.nationality = Some("VN".into());
    let all = [
        card_holder("Zorenko", 200),
        card_holder("Velani", 300),
        no_card,
        closed,
    ];
    let docs: Vec<CaseDocument> = all
        .iter()
        .map(|c| CaseDocument::from_case(c).unwrap())
        .collect();
    let ids = cases::import_all(&app.request(), &docs).unwrap();
    (app, ids)
}

#[test]
fn a_signed_newer_pack_is_used_and_lists_exactly_the_open_cases_it_changes() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let (app, ids) = vault(dir.path());
    let file = dir
        .path()
        .join(format!("fr-teh-{}.passerelle-rules", later(1)));
    std::fs::write(&file, shorter_renewal_window(&later(1))).unwrap();

    let changed = rules::import(&app.request(), &mut GivenFile(&file))
        .unwrap()
        .expect("a given file is imported");
    assert_eq!(
        (changed.from_version.as_str(), changed.to_version.as_str()),
        (embedded_version().as_str(), later(1).as_str())
    );
    assert_eq!(
        changed.cases, 2,
        "the two open card holders, not the closed one"
    );
    assert!(
        changed.message.contains("2 dossiers concernés"),
        "{}",
        changed.message
    );
    assert_eq!(RulePack::active().version, later(1));

    let notices = rules::notices(&app.request()).unwrap();
    assert_eq!(
        notices.label,
        "2 dossiers concernés par la mise à jour des règles"
    );
    let mut concerned: Vec<&str> = notices.cases.iter().map(|c| c.case_id.as_str()).collect();
    concerned.sort();
    let mut expected = vec![ids[0].as_str(), ids[1].as_str()];
    expected.sort();
    assert_eq!(concerned, expected);
    let first = &notices.cases[0];
    assert!(
        first.articles.contains("CESEDA R431-5"),
        "{}",
        first.articles
    );
    assert!(
        first
            .lines
            .iter()
            .any(|l| l.starts_with("Début de la période de renouvellement")),
        "the moved deadline is worded: {:?}",
        first.lines
    );
    assert_eq!(first.notes.len(), 1, "the pack's own change note is shown");

    // The new rule is what the deadlines now use.
    let moved = legal::deadlines(&card_holder("Zorenko", 200), today());
    let opens = moved
        .iter()
        .find(|d| d.kind.as_str() == "renewal-window-opens")
        .expect("a card holder has a renewal window");
    assert_eq!(opens.date, today() + TimeDelta::days(200 - 90));

    // Marked seen: gone from the dashboard, the other stays.
    rules::mark_seen(&app.request(), &ids[0], &later(1)).unwrap();
    let left = rules::notices(&app.request()).unwrap();
    assert_eq!(left.count, 1);
    assert_eq!(left.cases[0].case_id, ids[1]);
    assert!(rules::case_notices(&app.request(), &ids[0])
        .unwrap()
        .is_empty());
    assert_eq!(
        rules::mark_seen(&app.request(), &ids[0], &later(1))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound,
        "seen twice: nothing left to mark"
    );
    assert!(audit_actions(app.vault()).contains(&"rules-imported".to_string()));

    // Kept across a lock and an unlock: it is in the vault.
    app.lock();
    assert_eq!(
        RulePack::active().version,
        embedded_version(),
        "locked: the floor"
    );
    session::unlock(&app.request(), Some(PASSPHRASE), None).unwrap();
    assert_eq!(RulePack::active().version, later(1));
    let shown = rules::show(&app.request()).unwrap();
    assert!(!shown.embedded && shown.can_roll_back);
    app.lock();
}

#[test]
fn every_bad_file_is_refused_with_its_own_error_and_changes_nothing() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault(dir.path());
    let good = shorter_renewal_window(&later(1));
    let mut tampered = good.clone();
    let at = tampered.len() - 30;
    tampered[at] ^= 0x01;
    let cases: Vec<(&str, Vec<u8>, ErrorKind)> = vec![
        (
            "unsigned",
            pack_json(&later(1), |_| {}),
            ErrorKind::RulePackUnsigned,
        ),
        ("tampered", tampered, ErrorKind::RulePackBadSignature),
        (
            "wrong key",
            sign(&pack_json(&later(1), |_| {}), "someone", &[0x42; 32]),
            ErrorKind::RulePackUnknownKey,
        ),
        (
            "downgrade",
            signed(&pack_json("2026.12.3", |_| {})),
            ErrorKind::RulePackDowngrade,
        ),
        (
            "same version",
            signed(&pack_json(&embedded_version(), |_| {})),
            ErrorKind::RulePackAlreadyInUse,
        ),
        (
            "malformed",
            signed(b"{\"format\": "),
            ErrorKind::RulePackMalformed,
        ),
        (
            "engine",
            signed(&pack_json(&later(1), |v| v["engine"] = 99.into())),
            ErrorKind::RulePackEngineTooNew,
        ),
        (
            "unknown id",
            signed(&pack_json(&later(1), |v| {
                v["warnings"][0]["id"] = "a-warning-from-the-future".into()
            })),
            ErrorKind::RulePackUnknownId,
        ),
    ];
    let audit_before = audit_actions(app.vault()).len();
    for (what, bytes, expected) in &cases {
        let err = rules::import_bytes(&app.request(), bytes).expect_err(what);
        assert_eq!(err.kind(), *expected, "{what}");
        assert_eq!(
            RulePack::active().version,
            embedded_version(),
            "{what}: pack unchanged"
        );
        let view = passerelle_core::app::ErrorView::new(&err, "fr");
        assert!(
            !view.message.is_empty() && !view.message.contains("error-"),
            "{what}: worded in French: {}",
            view.message
        );
    }
    let shown = rules::show(&app.request()).unwrap();
    assert!(shown.embedded, "nothing was stored");
    assert!(rules::notices(&app.request()).unwrap().cases.is_empty());
    let log = audit_actions(app.vault());
    assert_eq!(
        log[audit_before..],
        vec!["rules-refused".to_string(); cases.len()][..],
        "each refusal is in the audit log, and nothing else happened"
    );
    // The journal words each as the worker read it, with its values (review, 2026-12-04: it
    // showed « version {$version} » and « none »).
    let journal = serde_json::to_string(
        &passerelle_core::app::audit::page(&app.request(), &Default::default()).unwrap(),
    )
    .unwrap();
    assert!(
        !journal.contains("{$") && !journal.contains("none"),
        "{journal}"
    );
    assert!(journal.contains(&embedded_version()), "{journal}");

    // After an import, an older signed pack is still a downgrade, and the import stays.
    rules::import_bytes(&app.request(), &shorter_renewal_window(&later(2))).unwrap();
    let err = rules::import_bytes(&app.request(), &shorter_renewal_window(&later(1)));
    assert_eq!(err.unwrap_err().kind(), ErrorKind::RulePackDowngrade);
    assert_eq!(RulePack::active().version, later(2));
    app.lock();
}

#[test]
fn a_rollback_goes_back_one_pack_then_to_the_embedded_one_and_no_further() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault(dir.path());
    rules::import_bytes(&app.request(), &shorter_renewal_window(&later(1))).unwrap();
    rules::import_bytes(
        &app.request(),
        &signed(&pack_json(&later(2), |v| {
            let windows = v["renewalWindows"].as_array_mut().unwrap();
            let anef = windows.iter_mut().find(|w| w["id"] == "anef").unwrap();
            anef["opensDaysBefore"] = 100.into();
        })),
    )
    .unwrap();
    assert_eq!(RulePack::active().version, later(2));

    let back = rules::rollback(&app.request()).unwrap();
    assert_eq!(
        (back.from_version.as_str(), back.to_version.as_str()),
        (later(2).as_str(), later(1).as_str())
    );
    assert_eq!(back.cases, 2, "the windows move back for both card holders");
    // Which ones, with what changed for each, as the dashboard lists them (review, 2026-12-07:
    // the CLI's rollback said how many, not which).
    assert_eq!(back.concerned.len(), 2);
    assert!(back
        .concerned
        .iter()
        .all(|n| n.to_version == later(1) && !n.lines.is_empty()));
    assert_eq!(RulePack::active().version, later(1));
    let titles = |app: &App| -> Vec<String> {
        rules::notices(&app.request())
            .unwrap()
            .cases
            .into_iter()
            .map(|c| c.title)
            .collect()
    };
    assert_eq!(
        titles(&app),
        vec![
            format!(
                "Règles mises à jour\u{a0}: version {} → {}",
                later(2),
                later(1)
            );
            2
        ],
        "the change to the pack rolled back is undone: only the way back is shown"
    );
    let back = rules::rollback(&app.request()).unwrap();
    assert_eq!(back.to_version, embedded_version());
    assert_eq!(RulePack::active().version, embedded_version());
    assert_eq!(
        titles(&app),
        vec![
            format!(
                "Règles mises à jour\u{a0}: version {} → {}",
                later(1),
                embedded_version()
            );
            2
        ]
    );
    assert_eq!(
        rules::rollback(&app.request()).unwrap_err().kind(),
        ErrorKind::RulePackNothingToRollBack
    );
    let log = audit_actions(app.vault());
    assert_eq!(
        log.iter().filter(|a| *a == "rules-rolled-back").count(),
        2,
        "each rollback is in the audit log"
    );
    // Nothing deleted: both imported files are still in the vault, marked rolled back.
    let history = app
        .vault()
        .read(passerelle_core::db::rule_packs::history)
        .unwrap();
    assert_eq!(history.len(), 2);
    assert!(history.iter().all(|p| p.rolled_back_at.is_some()));
    app.lock();
}

#[test]
fn a_pack_that_adds_a_warning_concerns_only_the_cases_it_is_raised_for() {
    let without: RulePack = RulePack::from_json(
        std::str::from_utf8(&pack_json(&later(1), |v| {
            let warnings = v["warnings"].as_array_mut().unwrap();
            warnings.retain(|w| w["id"] != "nationality-unknown");
        }))
        .unwrap(),
    )
    .unwrap();
    let with = RulePack::embedded();
    let mut unknown = CaseFile::new(Some("Zorenko".into()), Some("Efua".into()));
    unknown.person.nationality = None;
    let known = card_holder("Velani", 300);
    let diff = legal::compare::compare(&without, with, &unknown, today());
    assert!(
        diff.warnings
            .iter()
            .any(|w| w.warning == "nationality-unknown" && w.added),
        "{diff:?}"
    );
    assert!(legal::compare::compare(&without, with, &known, today()).is_empty());
}

/// Rule-pack review, 2026-12-08: a pack marking every rule verified, or listing her nationality
/// as not concerned, imported with « Aucun dossier ouvert n'est concerné ». The notice now names
/// what qualifies a route and whether the rules concern her.
#[test]
fn a_pack_that_takes_every_route_away_says_so() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let (app, _ids) = vault(dir.path());
    let file = dir.path().join("verified.passerelle-rules");
    std::fs::write(
        &file,
        signed(&pack_json(&later(1), |v| {
            for key in ["conditions", "routes", "warnings", "seeAlso"] {
                for rule in v[key].as_array_mut().unwrap() {
                    rule["confidence"] = "V".into();
                    rule.as_object_mut().unwrap().remove("metConfidence");
                }
            }
            // Nigeria, her nationality, listed with the EU's.
            v["notConcerned"][1]["nationalities"]
                .as_array_mut()
                .unwrap()
                .push("NG".into());
        })),
    )
    .unwrap();
    let changed = rules::import(&app.request(), &mut GivenFile(&file))
        .unwrap()
        .expect("a given file is imported");
    assert!(changed.cases >= 2, "{}", changed.message);
    let notices = rules::notices(&app.request()).unwrap();
    let lines: Vec<&String> = notices.cases.iter().flat_map(|c| &c.lines).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Les règles ne concernent plus ce dossier")),
        "{lines:?}"
    );
    rules::rollback(&app.request()).unwrap();
    app.lock();
}

#[test]
fn the_assessment_uses_and_names_the_rules_in_force_on_the_filing_day() {
    let mut v: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
    let windows = v["renewalWindows"].as_array_mut().unwrap();
    let at = windows.iter().position(|w| w["id"] == "anef").unwrap();
    let mut newer = windows[at].clone();
    windows[at]["validUntil"] = "2027-01-31".into();
    newer["validFrom"] = "2027-02-01".into();
    newer["opensDaysBefore"] = 90.into();
    windows.push(newer);
    let pack = RulePack::from_json(&v.to_string()).unwrap();
    let case = card_holder("Zorenko", 200);
    let opens = |today: NaiveDate| {
        legal::deadlines::deadlines_with(&pack, &case, today)
            .into_iter()
            .find(|d| d.kind.as_str() == "renewal-window-opens")
            .map(|d| d.date)
    };
    let expires = today() + TimeDelta::days(200);
    assert_eq!(opens(today()), Some(expires - TimeDelta::days(120)));
    let february = NaiveDate::from_ymd_opt(2027, 2, 2).unwrap();
    assert_eq!(opens(february), Some(expires - TimeDelta::days(90)));

    // What the case list and dashboard store, computed once without a day: each version on the
    // days it is in force.
    let opening: Vec<(Option<NaiveDate>, Option<NaiveDate>, NaiveDate)> =
        legal::deadlines::timeline_with(&pack, &case)
            .into_iter()
            .filter(|d| d.deadline.kind.as_str() == "renewal-window-opens")
            .map(|d| (d.applies_from, d.applies_until, d.deadline.date))
            .collect();
    assert_eq!(
        opening,
        vec![
            (
                None,
                Some(NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()),
                expires - TimeDelta::days(120)
            ),
            (
                Some(NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()),
                None,
                expires - TimeDelta::days(90)
            ),
        ],
        "sorted by date: the earlier opening first"
    );

    let mut planned = case.clone();
    planned.planned_filing_date = Some(february);
    let a = legal::assess::assess_with(&pack, &planned, today());
    assert_eq!(
        a.rule_pack.rules_in_force_on,
        Some(february),
        "the assessment says which day's rules answered"
    );
    let plain = legal::assess::assess_with(RulePack::embedded(), &planned, today());
    assert_eq!(
        plain.rule_pack.rules_in_force_on, None,
        "no dated rule, nothing to say"
    );
}

#[test]
fn a_backup_restores_the_pack_it_was_made_with_and_says_which_is_in_use() {
    use passerelle_core::app::backup;
    use passerelle_core::vault::Secret;
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault(&dir.path().join("a"));
    rules::import_bytes(&app.request(), &shorter_renewal_window(&later(1))).unwrap();
    let file = dir.path().join("backup.enc");
    backup::create(
        &app.request(),
        Secret::Passphrase("sauvegarde du mardi soir au local"),
        &mut GivenFile(&file),
    )
    .unwrap()
    .expect("written");
    app.lock();

    let other = App::new(dir.path().join("b"))
        .with_kdf(KdfParams::FLOOR)
        .with_clock(FixedDay(today()));
    let restored = backup::restore(
        &other.request(),
        Secret::Passphrase("sauvegarde du mardi soir au local"),
        PASSPHRASE,
        &mut GivenFile(&file),
    )
    .unwrap()
    .expect("restored");
    assert_eq!(RulePack::active().version, later(1), "the backup's pack");
    assert!(
        restored.rules.contains(&later(1)),
        "the restore says which pack is in use: {}",
        restored.rules
    );
    other.lock();
}
