//! Translations of the vault operations: every audit action, progress step and id built in code
//! has its message in every UI language (their errors are checked with all the others in
//! l10n.rs); the consent notice exists in each language that has it, with the ids the case model
//! records.

use passerelle_core::db::audit::Action;
use passerelle_core::i18n::{self, L10n};
use passerelle_core::model::case::{consent_notice_ids, CONSENT_NOTICE_VERSION};
use passerelle_core::Error;

#[test]
fn a_wrong_kind_message_names_what_the_file_is() {
    let backup = Error::SealedWrongKind {
        expected: "handover",
        found: "backup",
    };
    let text = L10n::get().format("fr", backup.message_id(), &backup.message_args());
    assert!(text.contains("sauvegarde complète"), "{text}");
    let handover = Error::SealedWrongKind {
        expected: "backup",
        found: "handover",
    };
    let text = L10n::get().format("en", handover.message_id(), &handover.message_args());
    assert!(text.contains("handed-over case"), "{text}");
}

#[test]
fn every_id_built_in_code_exists_in_every_ui_language() {
    let mut ids: Vec<String> = Action::ALL
        .iter()
        .map(|a| format!("audit-action-{}", a.as_str()))
        .collect();
    for stage in [
        "snapshot",
        "derive-key",
        "write",
        "verify",
        "read",
        "restore",
    ] {
        ids.push(format!("progress-{stage}"));
    }
    for id in [
        "nav-retention",
        "nav-backup",
        "nav-team",
        "nav-audit",
        "neutral-window-title",
        "backup-dialog-title",
        "backup-file-name",
        "handover-dialog-title",
        "handover-file-name",
        "audit-dialog-title",
        "audit-file-name",
        "quick-lock-button.title",
        "consent-status-given",
        "consent-status-refused",
        "consent-status-withdrawn",
    ] {
        ids.push(id.to_string());
    }
    let l10n = L10n::get();
    for id in &ids {
        let bare = id.split('.').next().unwrap();
        for lang in i18n::UI_LANGUAGES {
            assert!(l10n.has(lang, bare), "{id} missing in {lang}");
            let text = l10n.format(lang, id, &[("date", "2026-11-27".into())]);
            assert!(!text.is_empty() && text != *id, "{id} in {lang}: {text:?}");
        }
    }
}

#[test]
fn the_progress_ids_match_the_stages_rust_sends() {
    use passerelle_core::vault::seal::Stage;
    for stage in [
        Stage::Snapshot,
        Stage::DeriveKey,
        Stage::Write,
        Stage::Verify,
        Stage::Read,
        Stage::Restore,
    ] {
        let wire = serde_json::to_value(stage).unwrap();
        let id = format!("progress-{}", wire.as_str().unwrap());
        assert!(L10n::get().has("fr", &id), "{id}");
    }
}

#[test]
fn the_neutral_screen_and_file_names_name_neither_the_app_nor_its_purpose() {
    for lang in i18n::UI_LANGUAGES {
        for id in [
            "neutral-window-title",
            "backup-file-name",
            "handover-file-name",
        ] {
            let text = L10n::get()
                .format(
                    lang,
                    id,
                    &[("date", "2026-11-27".into()), ("time", "1432".into())],
                )
                .to_lowercase();
            for word in ["passerelle", "victim", "traite", "traffick", "prostitu"] {
                assert!(!text.contains(word), "{lang} {id}: {text}");
            }
        }
    }
}

#[test]
fn the_consent_notice_exists_in_each_of_its_languages_with_the_recorded_ids() {
    let langs: Vec<&str> = i18n::files()
        .into_iter()
        .filter(|(_, file)| *file == "consent.ftl")
        .map(|(lang, _)| lang)
        .collect();
    assert!(langs.contains(&"fr") && langs.contains(&"en"), "{langs:?}");
    for lang in langs {
        let messages = i18n::messages_of(lang, "consent.ftl").unwrap();
        let mut ids: Vec<&String> = messages.keys().collect();
        ids.sort();
        // Every version's text stays: a record of version 1 prints version 1.
        let mut expected: Vec<&str> = (1..=CONSENT_NOTICE_VERSION)
            .flat_map(|v| consent_notice_ids(Some(v)).iter().copied())
            .collect();
        expected.sort();
        expected.dedup();
        assert_eq!(
            ids.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            expected,
            "{lang}: the notice's ids are the ones a consent record points to"
        );
        for id in ["consent-notice-intro", "consent-notice-intro-2"] {
            let intro =
                L10n::get().format(lang, id, &[("association", "Association Exemple".into())]);
            assert!(
                intro.contains("Association Exemple"),
                "{lang}: {id}: {intro}"
            );
        }
    }
}
