//! Case hand-over between two stores: round trip, and a clear refusal of a wrong passphrase, a
//! tampered, truncated or mistaken file, with nothing imported.

use chrono::Utc;
use passerelle_core::db::{audit, cases};
use passerelle_core::model::case::{CaseDocument, Consent, ConsentDecision, ConsentStatus};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::{backup, cases as vault_cases, handover, Secret, Vault};
use passerelle_core::Error;
use passerelle_tests::{files_containing, new_store};

/// Agreed out of band between the two associations (invented).
const BUNDLE_PASSPHRASE: &str = "pont rivière lanterne hiver";

fn store_with_case(dir: &std::path::Path) -> (Vault, String) {
    let (vault, _) = new_store(dir);
    let json = serde_json::json!({
        "format": "passerelle.case/1",
        "person": { "familyName": "Zqxhandover", "givenNames": "Nadia", "languages": ["ro"] },
        "victimOf": ["trafficking"],
        "aFieldFromTheFuture": { "kept": true }
    });
    let (doc, _) = CaseDocument::from_value(json).unwrap();
    let id = vault_cases::create(&vault, &doc, Utc::now()).unwrap();
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
    vault_cases::set_consent(&vault, &id, Some(consent), Utc::now()).unwrap();
    (vault, id)
}

fn export(vault: &Vault, id: &str, out: &std::path::Path) {
    handover::export(
        vault,
        id,
        out,
        BUNDLE_PASSPHRASE,
        KdfParams::FLOOR,
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
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

    let (receiver, _) = new_store(b.path());
    let new_id = handover::import(
        &receiver,
        &bundle,
        BUNDLE_PASSPHRASE,
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
    assert_ne!(new_id, id, "the receiving store gives it its own id");
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
    let (receiver, _) = new_store(b.path());
    let import = |pass: &str| {
        handover::import(&receiver, &bundle, pass, Utc::now(), &mut |_| {}).unwrap_err()
    };

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

    assert_eq!(receiver.read(cases::count).unwrap(), 0, "nothing imported");
}

#[test]
fn a_backup_is_not_taken_for_a_bundle_nor_the_reverse() {
    let a = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let (vault, id) = store_with_case(a.path());
    let full = usb.path().join("full.passerelle");
    backup::create(
        &vault,
        &full,
        Secret::Passphrase(BUNDLE_PASSPHRASE),
        KdfParams::FLOOR,
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
    let err =
        handover::import(&vault, &full, BUNDLE_PASSPHRASE, Utc::now(), &mut |_| {}).unwrap_err();
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
    export(&vault, &id, &one);
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
    let (vault, id) = store_with_case(a.path());
    let out = usb.path().join("weak.passerelle");
    let err = handover::export(
        &vault,
        &id,
        &out,
        "1234",
        KdfParams::FLOOR,
        Utc::now(),
        &mut |_| {},
    )
    .unwrap_err();
    assert!(matches!(err, Error::PassphraseTooWeak));
    assert!(!out.exists());
}
