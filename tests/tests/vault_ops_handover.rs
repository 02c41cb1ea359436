//! Case hand-over between two stores: round trip, and a clear refusal of a wrong passphrase, a
//! tampered, truncated or mistaken file, with nothing imported.

use std::path::Path;

use chrono::Utc;
use passerelle_core::app::{cases as app_cases, handover, App, GivenFile};
use passerelle_core::db::{audit, cases};
use passerelle_core::model::case::{CaseDocument, Consent, ConsentDecision, ConsentStatus};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::{backup, Secret, Vault};
use passerelle_core::{Error, Result};
use passerelle_tests::{files_containing, new_app};

/// Agreed out of band between the two associations (invented).
const BUNDLE_PASSPHRASE: &str = "pont rivière lanterne hiver";

fn store_with_case(dir: &Path) -> (App, String) {
    let (app, _) = new_app(dir);
    let consent = Consent {
        storage: Some(ConsentDecision {
            status: ConsentStatus::Given,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
        }),
        share_with_lawyer: Some(ConsentDecision {
            status: ConsentStatus::Given,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
        }),
        notice_language: Some("ro".into()),
        notice_version: Some(1),
        ..Consent::default()
    };
    let json = serde_json::json!({
        "format": "passerelle.case/1",
        "person": { "familyName": "Zqxhandover", "givenNames": "Nadia", "languages": ["ro"] },
        "victimOf": ["trafficking"],
        "consent": consent,
        "aFieldFromTheFuture": { "kept": true }
    });
    let (doc, _) = CaseDocument::from_value(json).unwrap();
    let id = app_cases::import(&app.request(), &doc).unwrap();
    (app, id)
}

fn export(app: &App, id: &str, out: &Path) {
    handover::export(&app.request(), id, BUNDLE_PASSPHRASE, &mut GivenFile(out)).unwrap();
}

fn receive(app: &App, bundle: &Path, passphrase: &str) -> Result<Option<String>> {
    handover::import(&app.request(), passphrase, &mut GivenFile(bundle))
}

#[test]
fn a_case_handed_over_arrives_whole_in_another_store() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (sender, id) = store_with_case(a.path());
    let bundle = usb.path().join("dossier.passerelle");
    export(&sender, &id, &bundle);
    assert!(
        files_containing(usb.path(), b"Zqxhandover").is_empty(),
        "the bundle is encrypted"
    );

    let (receiver, _) = new_app(b.path());
    let new_id = receive(&receiver, &bundle, BUNDLE_PASSPHRASE)
        .unwrap()
        .unwrap();
    assert_ne!(new_id, id, "the receiving store gives it its own id");
    let (sender, receiver) = (sender.vault(), receiver.vault());
    let sent = sender.read(|c| cases::get(c, &id)).unwrap();
    let got = receiver.read(|c| cases::get(c, &new_id)).unwrap();
    assert_eq!(
        got.document, sent.document,
        "every key arrives, the unknown one and the consent record included"
    );
    assert_eq!(
        got.document
            .case()
            .unwrap()
            .consent
            .unwrap()
            .notice_language
            .as_deref(),
        Some("ro")
    );

    let sent_log = sender.read(|c| audit::list(c, 1, None)).unwrap();
    assert_eq!(sent_log[0].action, "case-handed-over");
    assert_eq!(sent_log[0].case_id.as_deref(), Some(id.as_str()));
    let got_log = receiver.read(|c| audit::list(c, 1, None)).unwrap();
    assert_eq!(got_log[0].action, "case-received");
}

#[test]
fn a_wrong_passphrase_tampering_or_truncation_each_get_their_error_and_import_nothing() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (sender, id) = store_with_case(a.path());
    let bundle = usb.path().join("dossier.passerelle");
    export(&sender, &id, &bundle);
    let original = std::fs::read(&bundle).unwrap();
    let (receiver, _) = new_app(b.path());
    let import = |pass: &str| receive(&receiver, &bundle, pass).unwrap_err();

    let err = import("une phrase qui ne convient pas");
    assert!(matches!(err, Error::WrongFilePassphrase), "{err:?}");

    let mut tampered = original.clone();
    let at = tampered.len() - 40;
    tampered[at] ^= 0x20;
    std::fs::write(&bundle, &tampered).unwrap();
    let err = import(BUNDLE_PASSPHRASE);
    assert!(matches!(err, Error::SealedDamaged), "{err:?}");

    std::fs::write(&bundle, &original[..original.len() - 10]).unwrap();
    let err = import(BUNDLE_PASSPHRASE);
    assert!(matches!(err, Error::SealedTruncated), "{err:?}");

    std::fs::write(&bundle, b"{\"format\":\"passerelle.case/1\"}").unwrap();
    let err = import(BUNDLE_PASSPHRASE);
    assert!(matches!(err, Error::NotSealedFile), "{err:?}");

    assert_eq!(
        receiver.vault().read(cases::count).unwrap(),
        0,
        "nothing imported"
    );
}

#[test]
fn a_backup_is_not_taken_for_a_bundle_nor_the_reverse() {
    let a = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (app, id) = store_with_case(a.path());
    let full = usb.path().join("full.passerelle");
    backup::create(
        app.vault(),
        &full,
        Secret::Passphrase(BUNDLE_PASSPHRASE),
        KdfParams::FLOOR,
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
    let err = receive(&app, &full, BUNDLE_PASSPHRASE).unwrap_err();
    assert!(
        matches!(
            err,
            Error::SealedWrongKind {
                expected: "handover",
                found: "backup"
            }
        ),
        "{err:?}"
    );

    let one = usb.path().join("one.passerelle");
    export(&app, &id, &one);
    let target = tempfile::tempdir().unwrap();
    let err = Vault::at(target.path().join("s"))
        .restore_from(
            &one,
            Secret::Passphrase(BUNDLE_PASSPHRASE),
            BUNDLE_PASSPHRASE,
            KdfParams::FLOOR,
            Utc::now(),
            &mut |_| {},
        )
        .err()
        .unwrap();
    assert!(matches!(err, Error::SealedWrongKind { .. }), "{err:?}");
}

#[test]
fn a_weak_bundle_passphrase_is_refused_before_anything_is_written() {
    let a = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (app, id) = store_with_case(a.path());
    let out = usb.path().join("weak.passerelle");
    let err = handover::export(&app.request(), &id, "1234", &mut GivenFile(&out)).unwrap_err();
    assert!(matches!(err, Error::PassphraseTooWeak));
    assert!(!out.exists());
}

/// A bundle's case gets the checks of a case file read from disk: a key written twice (whose
/// first value a reader would drop without a word) is refused and nothing is stored.
#[test]
fn a_bundle_whose_case_repeats_a_key_is_refused_and_imports_nothing() {
    use passerelle_core::error::{Field, Invalid};
    let a = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (app, _) = store_with_case(a.path());
    let before = app.vault().read(cases::list).unwrap().len();
    let payload = br#"{"format":"passerelle.handover/1","exportedAt":"2026-12-04T10:00:00Z",
        "case":{"format":"passerelle.case/1",
        "person":{"familyName":"Zqxfirst","givenNames":"Ana","familyName":"Zqxsecond"}}}"#;
    let bundle = sealed_bundle(&usb.path().join("twice.passerelle"), payload);
    let err = receive(&app, &bundle, BUNDLE_PASSPHRASE).unwrap_err();
    match &err {
        Error::InvalidField { field, reason } => {
            assert_eq!(field, &Field::case("person.familyName"));
            assert_eq!(reason, &Invalid::DuplicateKey);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(app.vault().read(cases::list).unwrap().len(), before);
}

/// A bundle whose case packs more values than any case (millions of zeros under a key Passerelle
/// keeps unread) is refused before it is parsed, as a case file read from disk is (code review,
/// 2026-12-05: the bundle, the path an outside sender controls, skipped the cap).
#[test]
fn a_bundle_of_more_values_than_any_case_is_refused_and_imports_nothing() {
    use passerelle_core::model::limits::MAX_VALUES;
    let a = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (app, _) = store_with_case(a.path());
    let before = app.vault().read(cases::list).unwrap().len();
    let zeros = vec!["0"; MAX_VALUES + 100].join(",");
    let payload = format!(
        r#"{{"format":"passerelle.handover/1","exportedAt":"2026-12-04T10:00:00Z",
        "case":{{"format":"passerelle.case/1","person":{{"familyName":"Zqxmany"}},"zz":[{zeros}]}}}}"#
    );
    let bundle = sealed_bundle(&usb.path().join("many.passerelle"), payload.as_bytes());
    let err = receive(&app, &bundle, BUNDLE_PASSPHRASE).unwrap_err();
    assert!(matches!(err, Error::CaseFileTooComplex { .. }), "{err:?}");
    assert_eq!(app.vault().read(cases::list).unwrap().len(), before);
}

/// A hand-over bundle at `path` sealing `payload` as it is (not written by Passerelle's export),
/// with the bundle passphrase.
fn sealed_bundle(path: &Path, payload: &[u8]) -> std::path::PathBuf {
    use passerelle_core::vault::seal::{self, Content};
    seal::write(
        path,
        Content::Handover,
        &Secret::Passphrase(BUNDLE_PASSPHRASE),
        KdfParams::FLOOR,
        Utc::now(),
        payload,
        &mut |_| {},
    )
    .unwrap();
    path.to_path_buf()
}
