//! Team keyslots: members added and removed by an administrator, and what "removed" means against
//! someone who kept a copy of the old key file.

use chrono::Utc;
use passerelle_core::db::{audit, cases};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::keyfile::{KeyFile, SlotKind, SlotRole};
use passerelle_core::vault::{Secret, Vault, DB_FILE, KEY_FILE, NEXT_KEY_FILE};
use passerelle_core::Error;
use passerelle_tests::{case_json, new_store, unlock, PASSPHRASE};

/// Two invented workers' passphrases.
const AMELIE: &str = "amélie poisson jardin tempête";
const BRUNO: &str = "bruno montagne cerise rivière";

/// Puts a case in the store (the table only: what is tested here is the keys, not the audit log).
fn add_case(vault: &Vault, family: &str) -> String {
    let (doc, _) = CaseDocument::parse(case_json(family, "T").as_bytes()).unwrap();
    vault
        .write(|tx| cases::insert(tx, &doc, Utc::now()))
        .unwrap()
}

fn team(dir: &std::path::Path) -> (Vault, String, String) {
    let (vault, recovery) = new_store(dir);
    let a = vault
        .add_member(
            "Amélie",
            AMELIE,
            SlotRole::Worker,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap();
    vault
        .add_member(
            "Bruno",
            BRUNO,
            SlotRole::Admin,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap();
    (vault, a, recovery)
}

#[test]
fn each_member_unlocks_with_their_own_passphrase_and_is_named_in_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _, _) = team(dir.path());
    add_case(&vault, "Shared");
    vault.lock();
    vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .unwrap();
    let me = vault.session_info().unwrap();
    assert_eq!(me.label.as_deref(), Some("Amélie"));
    assert_eq!(me.role, SlotRole::Worker);
    assert_eq!(vault.read(cases::count).unwrap(), 1);
    let last = vault.read(|c| audit::list(c, 1, None)).unwrap();
    assert_eq!(last[0].action, "unlock");
    assert_eq!(last[0].actor.label.as_deref(), Some("Amélie"));
    let members = vault.members().unwrap();
    assert_eq!(members.len(), 4, "creator, recovery key, Amélie, Bruno");
    assert_eq!(members.iter().filter(|m| m.current).count(), 1);
}

#[test]
fn a_worker_cannot_add_or_remove_members() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _, _) = team(dir.path());
    let bruno = vault
        .members()
        .unwrap()
        .into_iter()
        .find(|m| m.label.as_deref() == Some("Bruno"))
        .unwrap()
        .id;
    vault.lock();
    vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .unwrap();
    let err = vault
        .add_member(
            "Chloé",
            BRUNO,
            SlotRole::Worker,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap_err();
    assert!(matches!(err, Error::NotAdmin), "{err:?}");
    let err = vault.remove_member(&bruno, Utc::now()).unwrap_err();
    assert!(matches!(err, Error::NotAdmin), "{err:?}");
}

#[test]
fn labels_are_unique_and_nobody_removes_their_own_or_the_recovery_slot() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _, _) = team(dir.path());
    let err = vault
        .add_member(
            " amélie ",
            BRUNO,
            SlotRole::Worker,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap_err();
    assert!(matches!(err, Error::SlotLabelTaken), "{err:?}");
    let err = vault
        .add_member(
            "Chloé",
            "faible",
            SlotRole::Worker,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap_err();
    assert!(matches!(err, Error::PassphraseTooWeak), "{err:?}");
    let members = vault.members().unwrap();
    let own = members.iter().find(|m| m.current).unwrap();
    let recovery = members
        .iter()
        .find(|m| m.kind == SlotKind::Recovery)
        .unwrap();
    for id in [&own.id, &recovery.id] {
        let err = vault.remove_member(id, Utc::now()).unwrap_err();
        assert!(matches!(err, Error::SlotNotRemovable), "{err:?}");
    }
}

#[test]
fn a_removed_member_cannot_unlock_even_with_a_copy_of_the_old_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, amelie, recovery) = team(dir.path());
    add_case(&vault, "Before");
    vault.checkpoint().unwrap();
    // Amélie copies the key file (and the database) before she leaves.
    let old_keys = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    let (old_data_key, _) = KeyFile::parse(&old_keys)
        .unwrap()
        .open(SlotKind::Passphrase, AMELIE.as_bytes())
        .unwrap();

    vault.remove_member(&amelie, Utc::now()).unwrap();
    add_case(&vault, "After");
    vault.checkpoint().unwrap();
    assert!(!dir.path().join(NEXT_KEY_FILE).exists());

    // Her passphrase no longer opens the store.
    vault.lock();
    let err = vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase), "{err:?}");

    // With her old key file put back, her old slot opens, but its key no longer reads the
    // database: the data key was rotated and the database re-encrypted.
    let current_keys = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    std::fs::write(dir.path().join(KEY_FILE), &old_keys).unwrap();
    let err = vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::DatabaseDamaged), "{err:?}");
    std::fs::write(dir.path().join(KEY_FILE), &current_keys).unwrap();
    let err = passerelle_core::db::Db::open(
        &dir.path().join(DB_FILE),
        &old_data_key,
        passerelle_core::db::OpenMode::Existing,
    )
    .err()
    .unwrap();
    assert!(matches!(err, Error::DatabaseDamaged), "{err:?}");

    // Everyone else still gets in, without having done anything: the new key was sealed to
    // their slots' public keys.
    for secret in [
        Secret::Passphrase(PASSPHRASE),
        Secret::Passphrase(BRUNO),
        Secret::RecoveryKey(&recovery),
    ] {
        vault.unlock(secret, Utc::now()).unwrap();
        assert_eq!(vault.read(cases::count).unwrap(), 2);
        vault.lock();
    }
    unlock(&vault).unwrap();
    let log = vault.read(audit::all).unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"slot-removed") && actions.contains(&"key-rotated"));
}

#[test]
fn a_rotation_interrupted_after_the_database_step_is_finished_at_the_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _, _) = team(dir.path());
    add_case(&vault, "Crash");
    let before = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    vault.rotate_data_key(Utc::now()).unwrap();
    vault.lock();
    // Simulate the crash: the new key file is still under its temporary name, the old one is back.
    std::fs::rename(dir.path().join(KEY_FILE), dir.path().join(NEXT_KEY_FILE)).unwrap();
    std::fs::write(dir.path().join(KEY_FILE), &before).unwrap();

    vault.unlock(Secret::Passphrase(BRUNO), Utc::now()).unwrap();
    assert_eq!(vault.read(cases::count).unwrap(), 1);
    assert!(
        !dir.path().join(NEXT_KEY_FILE).exists(),
        "the rename was finished"
    );
    vault.lock();
    unlock(&vault).unwrap();
}

#[test]
fn a_rotation_interrupted_before_the_database_step_is_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _, _) = team(dir.path());
    vault.lock();
    // A stray `.next` (the crash came before the rekey): the current key file still opens.
    std::fs::write(dir.path().join(NEXT_KEY_FILE), b"{}").unwrap();
    unlock(&vault).unwrap();
    assert!(!dir.path().join(NEXT_KEY_FILE).exists());
}

#[test]
fn the_team_key_file_does_not_name_anyone_the_association_helps() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _, _) = team(dir.path());
    add_case(&vault, "Zqxteam");
    let keys = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
    assert!(keys.contains("Amélie"), "labels are the workers' own");
    assert!(!keys.to_lowercase().contains("zqxteam"));
}
