//! Issue 13, items 3, 5, 6 and 9: a database whose key file is gone is never deleted; the
//! key file's last good copy; a damaged slot told from a wrong passphrase; rotations keep only the
//! slots the audit log accounts for; a new recovery key; the last backup's audit head and a store
//! older than its backup.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use passerelle_core::app::team as team_app;
use passerelle_core::db::cases;
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::backup::Restored;
use passerelle_core::vault::backup::{self, AuditMatch};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::keyfile::{KeyFile, SlotKind, SlotRole};
use passerelle_core::vault::seal::{OnProgress, Stage};
use passerelle_core::vault::{
    KeyFileRestored, Secret, Vault, DB_FILE, KEY_FILE, KEY_FILE_COPY, UNFINISHED_FILE,
};
use passerelle_core::Error;
use passerelle_tests::{case_json, new_app, new_store, unlock, PASSPHRASE};

/// Two invented workers' passphrases, and an intruder's.
const AMELIE: &str = "amélie poisson jardin tempête";
const BRUNO: &str = "bruno montagne cerise rivière";
const INTRUDER: &str = "girafe orage porcelaine midi";
const BACKUP_PASSPHRASE: &str = "sauvegarde falaise hibou carton";

fn add_case(vault: &Vault, family: &str) -> String {
    let (doc, _) = CaseDocument::parse(case_json(family, "T").as_bytes()).unwrap();
    vault
        .write(|tx| cases::insert(tx, &doc, Utc::now()))
        .unwrap()
}

/// The error of a call that must be refused (its success values have no `Debug`: secrets).
fn refused<T>(r: passerelle_core::Result<T>) -> Error {
    match r {
        Ok(_) => panic!("expected a refusal"),
        Err(e) => e,
    }
}

fn remove(path: PathBuf) {
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn make_backup(vault: &Vault, out: &Path, secret: Secret<'_>) {
    backup::create(
        vault,
        out,
        secret,
        KdfParams::FLOOR,
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
}

/// The data loss: with `passerelle.keys` gone, creating a store deleted `passerelle.db`
/// (2 cases lost, unrecoverable when the key file came back).
#[test]
fn a_database_without_its_key_file_is_never_deleted_and_set_aside_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    add_case(&vault, "Okafor");
    add_case(&vault, "Diallo");
    vault.checkpoint().unwrap();
    vault.lock();
    let keys = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    let db = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    remove(dir.path().join(KEY_FILE));
    remove(dir.path().join(KEY_FILE_COPY));

    let fresh = Vault::at(dir.path());
    assert!(!fresh.exists());
    assert!(fresh.key_file_missing(), "the first screen must say so");
    let err = refused(fresh.create(PASSPHRASE, KdfParams::FLOOR, Utc::now()));
    assert!(matches!(err, Error::KeyFileMissing), "{err:?}");
    assert_eq!(err.code(), "vault.key-file-missing");
    let err = unlock(&fresh).unwrap_err();
    assert!(matches!(err, Error::KeyFileMissing), "{err:?}");
    assert_eq!(
        std::fs::read(dir.path().join(DB_FILE)).unwrap(),
        db,
        "the database is untouched"
    );

    // The worker agrees: the database is renamed, not deleted, and a new store can be created.
    let aside = fresh.set_aside_database(Utc::now()).unwrap();
    assert!(aside.starts_with("passerelle.db.set-aside-"), "{aside}");
    assert_eq!(std::fs::read(dir.path().join(&aside)).unwrap(), db);
    assert!(!fresh.key_file_missing());
    fresh
        .create(PASSPHRASE, KdfParams::FLOOR, Utc::now())
        .unwrap();
    assert_eq!(fresh.read(cases::count).unwrap(), 0);
    assert_eq!(
        std::fs::read(dir.path().join(&aside)).unwrap(),
        db,
        "creating the new store left the old database alone"
    );
    fresh.lock();

    // The key file comes back: the old database, with its cases, opens again.
    let old = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join(&aside), old.path().join(DB_FILE)).unwrap();
    std::fs::write(old.path().join(KEY_FILE), keys).unwrap();
    let back = Vault::at(old.path());
    unlock(&back).unwrap();
    assert_eq!(back.read(cases::count).unwrap(), 2);
}

#[test]
fn a_restore_refuses_a_directory_holding_a_database_without_its_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source");
    let (vault, _) = new_store(&source);
    add_case(&vault, "Okafor");
    let file = dir.path().join("backup.enc");
    make_backup(&vault, &file, Secret::Passphrase(BACKUP_PASSPHRASE));
    vault.checkpoint().unwrap();
    vault.lock();
    remove(source.join(KEY_FILE));
    remove(source.join(KEY_FILE_COPY));
    let db = std::fs::read(source.join(DB_FILE)).unwrap();

    let err = refused(Vault::at(&source).restore_from(
        &file,
        Secret::Passphrase(BACKUP_PASSPHRASE),
        PASSPHRASE,
        KdfParams::FLOOR,
        Utc::now(),
        &mut |_| {},
    ));
    assert!(matches!(err, Error::KeyFileMissing), "{err:?}");
    assert_eq!(std::fs::read(source.join(DB_FILE)).unwrap(), db);
}

/// A store holding one invented case, backed up into `dir`: the backup's path.
fn a_backup_of_one_case(dir: &Path) -> PathBuf {
    let (vault, _) = new_store(&dir.join("source"));
    add_case(&vault, "Okafor");
    let file = dir.join("backup.enc");
    make_backup(&vault, &file, Secret::Passphrase(BACKUP_PASSPHRASE));
    file
}

/// Restores `file`, made by [`a_backup_of_one_case`], into `vault`'s folder.
fn restore_backup(
    vault: &Vault,
    file: &Path,
    progress: OnProgress<'_>,
) -> passerelle_core::Result<Restored> {
    vault.restore_from(
        file,
        Secret::Passphrase(BACKUP_PASSPHRASE),
        PASSPHRASE,
        KdfParams::FLOOR,
        Utc::now(),
        progress,
    )
}

/// Store attack, 2026-12-06: a restore killed while it wrote (the app closed, a flat battery) left a
/// database and no key file, and the next restore said « remettez le fichier de clés » of a key
/// file that never existed. The database beside the marker is no lost store: nothing in the folder
/// opens it (its key died with the restore), the next restore moves it aside, never deleting it,
/// and goes on.
#[test]
fn a_restore_cut_short_is_no_lost_key_file_and_the_next_restore_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = a_backup_of_one_case(dir.path());
    let target = dir.path().join("target");
    let restore = |v: &Vault| {
        restore_backup(v, &file, &mut |p| {
            // The marker is there before the first byte of the database.
            if p.stage == Stage::Restore && p.done == 0 {
                assert!(target.join(UNFINISHED_FILE).exists());
                assert!(!target.join(DB_FILE).exists());
            }
        })
    };
    restore(&Vault::at(&target)).unwrap();
    assert!(
        !target.join(UNFINISHED_FILE).exists(),
        "removed once the key file is in place"
    );

    // What the kill leaves: the database written, the key file not yet, the marker still there.
    remove(target.join(KEY_FILE));
    remove(target.join(KEY_FILE_COPY));
    mark_unfinished(
        &target.join(DB_FILE),
        &target.join(UNFINISHED_FILE),
        Duration::from_secs(5),
    );
    let cut_short = std::fs::read(target.join(DB_FILE)).unwrap();
    let again = Vault::at(&target);
    assert!(!again.exists());
    assert!(!again.key_file_missing(), "no key file was ever written");
    assert!(again.unfinished());
    let err = unlock(&again).unwrap_err();
    assert!(matches!(err, Error::StoreUnfinished), "{err:?}");
    assert_eq!(err.code(), "vault.unfinished");

    restore(&again).unwrap();
    assert_eq!(again.read(cases::count).unwrap(), 1);
    assert!(!again.unfinished());
    assert!(!target.join(UNFINISHED_FILE).exists());
    let aside: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("passerelle.db.unfinished-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(target.join(&aside[0])).unwrap(),
        cut_short,
        "moved aside, not deleted"
    );
    again.lock();
    unlock(&Vault::at(&target)).unwrap();
}

/// The marker as a creation or a restore leaves it once its database exists: the salt at the
/// head of `db`, written `before` the database and its companions were last written.
fn mark_unfinished(db: &Path, marker: &Path, before: Duration) {
    let head = std::fs::read(db).unwrap();
    let salt: String = head[..16].iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(marker, salt).unwrap();
    let written = ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| std::fs::metadata(format!("{}{suffix}", db.display())).ok())
        .map(|m| m.modified().unwrap())
        .min()
        .unwrap();
    std::fs::File::options()
        .write(true)
        .open(marker)
        .unwrap()
        .set_modified(written - before)
        .unwrap();
}

/// Code review, 2026-12-07: a marker a crash left beside a finished store (between its key file
/// and the marker's removal), then the store's key files lost before any unlock removed it. The
/// database, written to long after the marker, still waits for its key file: no creation moves it
/// without the worker's consent.
#[test]
fn a_stale_marker_never_hands_a_real_database_to_the_next_creation() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    add_case(&vault, "Okafor");
    vault.checkpoint().unwrap();
    vault.lock();
    remove(dir.path().join(KEY_FILE));
    remove(dir.path().join(KEY_FILE_COPY));
    let db = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    mark_unfinished(
        &dir.path().join(DB_FILE),
        &dir.path().join(UNFINISHED_FILE),
        Duration::from_secs(2 * 3600),
    );

    let fresh = Vault::at(dir.path());
    assert!(!fresh.unfinished());
    assert!(fresh.key_file_missing());
    let err = refused(fresh.create(PASSPHRASE, KdfParams::FLOOR, Utc::now()));
    assert!(matches!(err, Error::KeyFileMissing), "{err:?}");
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), db);
}

/// A creation cut short the same way: the next creation goes on, and a marker a crash left
/// beside a key file already written is removed by the next unlock.
#[test]
fn a_creation_cut_short_does_not_stop_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let half_written: Vec<u8> = (0..64u8).map(|b| b.wrapping_mul(37)).collect();
    std::fs::write(dir.path().join(DB_FILE), &half_written).unwrap();
    mark_unfinished(
        &dir.path().join(DB_FILE),
        &dir.path().join(UNFINISHED_FILE),
        Duration::from_secs(1),
    );
    let vault = Vault::at(dir.path());
    assert!(vault.unfinished() && !vault.key_file_missing());
    vault
        .create(PASSPHRASE, KdfParams::FLOOR, Utc::now())
        .unwrap();
    assert!(!dir.path().join(UNFINISHED_FILE).exists());
    vault.lock();

    std::fs::write(dir.path().join(UNFINISHED_FILE), b"").unwrap();
    assert!(!vault.unfinished(), "a key file is there: a store");
    unlock(&vault).unwrap();
    assert!(!dir.path().join(UNFINISHED_FILE).exists());
}

/// Adversarial review, 2026-12-07: most of a restore's writes (the whole image) come before the
/// marker can record its database, and a kill there left an empty marker beside it: « remettez le
/// fichier de clés » again. The database created just after the marker is the one it began.
#[test]
fn a_restore_cut_short_before_the_marker_named_its_database_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let file = a_backup_of_one_case(dir.path());
    let target = dir.path().join("target");
    let restore = |v: &Vault| restore_backup(v, &file, &mut |_| {});
    restore(&Vault::at(&target)).unwrap();
    Vault::at(&target).lock();
    remove(target.join(KEY_FILE));
    remove(target.join(KEY_FILE_COPY));
    let created = std::fs::metadata(target.join(DB_FILE))
        .and_then(|m| m.created())
        .ok();
    // The marker as it was when the kill came: empty, written a moment before the database.
    let marked = created.unwrap_or_else(std::time::SystemTime::now) - Duration::from_secs(1);
    std::fs::File::create(target.join(UNFINISHED_FILE))
        .unwrap()
        .set_modified(marked)
        .unwrap();

    let again = Vault::at(&target);
    if created.is_none() {
        // A file system that keeps no creation time: the database waits for its key file.
        assert!(again.key_file_missing());
        return;
    }
    assert!(again.unfinished() && !again.key_file_missing());
    restore(&again).unwrap();
    assert_eq!(again.read(cases::count).unwrap(), 1);
}

/// Adversarial review, 2026-12-07: a creation killed after its marker and before its database,
/// then the worker's own database copied into the folder without its key file. It is not the one
/// the marker recorded: it waits for its key file, and goes aside only with her consent.
#[test]
fn a_database_copied_beside_a_marker_is_no_creation_cut_short() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(&dir.path().join("hers"));
    add_case(&vault, "Okafor");
    vault.checkpoint().unwrap();
    vault.lock();
    let target = dir.path().join("target");
    std::fs::create_dir(&target).unwrap();
    // The kill, then her copy a minute later.
    std::fs::File::create(target.join(UNFINISHED_FILE))
        .unwrap()
        .set_modified(std::time::SystemTime::now() - Duration::from_secs(60))
        .unwrap();
    let db = std::fs::read(dir.path().join("hers").join(DB_FILE)).unwrap();
    std::fs::write(target.join(DB_FILE), &db).unwrap();

    let fresh = Vault::at(&target);
    assert!(!fresh.unfinished());
    assert!(fresh.key_file_missing());
    let err = refused(fresh.create(PASSPHRASE, KdfParams::FLOOR, Utc::now()));
    assert!(matches!(err, Error::KeyFileMissing), "{err:?}");
    // Nor when the marker names another database.
    std::fs::write(target.join(UNFINISHED_FILE), "00".repeat(16)).unwrap();
    assert!(fresh.key_file_missing());
    assert_eq!(std::fs::read(target.join(DB_FILE)).unwrap(), db);
}

#[test]
fn a_missing_key_file_is_put_back_from_its_last_good_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    add_case(&vault, "Okafor");
    vault.lock();
    let keys = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    assert_eq!(std::fs::read(dir.path().join(KEY_FILE_COPY)).unwrap(), keys);
    remove(dir.path().join(KEY_FILE));

    let vault = Vault::at(dir.path());
    assert!(vault.exists() && !vault.key_file_missing());
    // A wrong passphrase is said as such, not « no store here » beside the database (CLI
    // review, 2026-12-07), and puts nothing back.
    let err = vault
        .unlock(
            Secret::Passphrase("pas la bonne phrase du tout"),
            Utc::now(),
        )
        .unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase), "{err:?}");
    assert!(!dir.path().join(KEY_FILE).exists());
    unlock(&vault).unwrap();
    assert_eq!(vault.read(cases::count).unwrap(), 1);
    assert_eq!(std::fs::read(dir.path().join(KEY_FILE)).unwrap(), keys);
    // Said to the worker and recorded, not only logged: someone may have tried to reach the
    // vault (review, 2026-12-06).
    assert_eq!(restored(&vault), Some(KeyFileRestored::Missing));
    assert_eq!(restored_entries(&vault), ["missing"]);

    // The next unlock, with the key file back, has nothing to say.
    vault.lock();
    unlock(&vault).unwrap();
    assert_eq!(restored(&vault), None);
    assert_eq!(restored_entries(&vault), ["missing"]);

    // A key file that no longer parses (a truncated copy) is replaced the same way.
    vault.lock();
    std::fs::write(dir.path().join(KEY_FILE), &keys[..keys.len() / 2]).unwrap();
    unlock(&vault).unwrap();
    assert_eq!(std::fs::read(dir.path().join(KEY_FILE)).unwrap(), keys);
    assert_eq!(restored(&vault), Some(KeyFileRestored::Damaged));

    // One whose MAC fails (here the recovery key's slot taken out, every other slot intact) was
    // changed outside the app.
    vault.lock();
    let mut json: serde_json::Value = serde_json::from_slice(&keys).unwrap();
    json["slots"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s["kind"] != "recovery");
    std::fs::write(
        dir.path().join(KEY_FILE),
        serde_json::to_vec(&json).unwrap(),
    )
    .unwrap();
    unlock(&vault).unwrap();
    assert_eq!(std::fs::read(dir.path().join(KEY_FILE)).unwrap(), keys);
    assert_eq!(restored(&vault), Some(KeyFileRestored::Tampered));
    assert_eq!(restored_entries(&vault), ["missing", "damaged", "tampered"]);
}

/// What this session's unlock found of the key file.
fn restored(vault: &Vault) -> Option<KeyFileRestored> {
    vault.session_info().unwrap().key_file_restored
}

/// The `was` of every `key-file-restored` entry of the log, oldest first; each comes just before
/// the unlock that put the copy back.
fn restored_entries(vault: &Vault) -> Vec<String> {
    let log = vault.read(passerelle_core::db::audit::all).unwrap();
    log.iter()
        .enumerate()
        .filter(|(_, e)| e.action == "key-file-restored")
        .map(|(i, e)| {
            assert_eq!(log[i + 1].action, "unlock");
            assert!(e.actor.slot_id.is_none(), "nobody is known for it");
            e.detail["was"].as_str().unwrap().to_string()
        })
        .collect()
}

/// A store with Amélie's and then Bruno's slots, locked; Amélie's slot damaged on disk (one
/// character of its salt changed, as a bad sector or a faulty copy would).
fn team_with_a_damaged_slot(dir: &Path) -> Vault {
    let (vault, _) = new_store(dir);
    for (label, pass) in [("Amélie", AMELIE), ("Bruno", BRUNO)] {
        vault
            .add_member(label, pass, SlotRole::Worker, KdfParams::FLOOR, Utc::now())
            .unwrap();
    }
    vault.lock();
    let path = dir.join(KEY_FILE);
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let amelie = json["slots"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["label"] == "Amélie")
        .unwrap();
    let salt = amelie["kdf"]["salt"].as_str().unwrap().to_string();
    let first = if salt.starts_with('A') { "B" } else { "A" };
    amelie["kdf"]["salt"] = format!("{first}{}", &salt[1..]).into();
    std::fs::write(&path, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    vault
}

#[test]
fn a_damaged_slot_is_reported_as_damage_and_does_not_block_the_slots_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_with_a_damaged_slot(dir.path());
    // Without the last good copy, to see the key file alone.
    remove(dir.path().join(KEY_FILE_COPY));

    let err = vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .unwrap_err();
    assert!(
        matches!(err, Error::KeySlotDamaged),
        "damage, not a wrong passphrase: {err:?}"
    );
    vault
        .unlock(Secret::Passphrase(BRUNO), Utc::now())
        .expect("Bruno's slot, after the damaged one, still opens");
    let members = vault.members().unwrap();
    let amelie = members
        .iter()
        .find(|m| m.label.as_deref() == Some("Amélie"))
        .unwrap();
    assert!(amelie.damaged, "« Équipe » shows the damaged slot");
    assert!(members.iter().filter(|m| m.damaged).count() == 1);
}

#[test]
fn a_damaged_slot_opens_from_the_last_good_copy() {
    let dir = tempfile::tempdir().unwrap();
    let vault = team_with_a_damaged_slot(dir.path());
    vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .expect("the last good copy still holds Amélie's slot");
    assert_eq!(
        std::fs::read(dir.path().join(KEY_FILE)).unwrap(),
        std::fs::read(dir.path().join(KEY_FILE_COPY)).unwrap(),
        "the key file was put back from the copy"
    );
}

/// A member with a modified program adds a slot of their own to the key file: they hold the data
/// key, so the file MAC is no obstacle.
#[test]
fn a_slot_added_behind_the_apps_back_is_flagged_and_dropped_by_the_next_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault
        .add_member(
            "Amélie",
            AMELIE,
            SlotRole::Admin,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap();
    add_case(&vault, "Okafor");
    vault.lock();

    let path = dir.path().join(KEY_FILE);
    let mut keys = KeyFile::parse(&std::fs::read(&path).unwrap()).unwrap();
    let (data_key, _) = keys.open(SlotKind::Passphrase, AMELIE.as_bytes()).unwrap();
    keys.add_member(
        SlotKind::Passphrase,
        Some("Amélie bis".into()),
        Some(SlotRole::Admin),
        Some(Utc::now()),
        INTRUDER.as_bytes(),
        KdfParams::FLOOR,
        &data_key,
    )
    .unwrap();
    let forged = keys.to_bytes(&data_key).unwrap();
    std::fs::write(&path, &forged).unwrap();
    std::fs::write(dir.path().join(KEY_FILE_COPY), &forged).unwrap();

    unlock(&vault).unwrap();
    let members = vault.members().unwrap();
    let unknown: Vec<_> = members.iter().filter(|m| !m.accounted).collect();
    assert_eq!(unknown.len(), 1, "{members:?}");
    assert_eq!(unknown[0].label.as_deref(), Some("Amélie bis"));
    assert!(
        members
            .iter()
            .find(|m| m.label.as_deref() == Some("Amélie"))
            .is_some_and(|m| m.accounted && m.created_at.is_some() && m.created_by.is_none()),
        "Amélie was added by the creator, whose slot has no label: {members:?}"
    );

    vault.rotate_data_key(Utc::now()).unwrap();
    assert_eq!(
        vault.members().unwrap().len(),
        3,
        "creator, recovery, Amélie"
    );
    vault.lock();
    let err = vault
        .unlock(Secret::Passphrase(INTRUDER), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase), "{err:?}");
    vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .expect("known members keep their access");
    assert_eq!(vault.read(cases::count).unwrap(), 1);
}

#[test]
fn a_member_shows_who_added_them() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault
        .add_member(
            "Amélie",
            AMELIE,
            SlotRole::Admin,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap();
    vault.lock();
    vault
        .unlock(Secret::Passphrase(AMELIE), Utc::now())
        .unwrap();
    vault
        .add_member(
            "Bruno",
            BRUNO,
            SlotRole::Worker,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap();
    let members = vault.members().unwrap();
    let bruno = members
        .iter()
        .find(|m| m.label.as_deref() == Some("Bruno"))
        .unwrap();
    assert_eq!(bruno.created_by.as_deref(), Some("Amélie"));
    assert!(members.iter().all(|m| m.accounted && !m.damaged));
}

#[test]
fn a_new_recovery_key_replaces_the_old_one_and_old_backups_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let (app, old_key) = new_app(&store);
    let vault = app.vault();
    add_case(vault, "Okafor");
    let file = dir.path().join("backup.enc");
    make_backup(vault, &file, Secret::RecoveryKey(&old_key));
    make_backup(
        vault,
        &dir.path().join("other.enc"),
        Secret::Passphrase(BACKUP_PASSPHRASE),
    );
    assert!(team_app::list(&app.request())
        .unwrap()
        .old_recovery_backups
        .is_empty());

    let new_key = team_app::new_recovery_key(&app.request()).unwrap();
    assert_ne!(new_key, old_key);
    // The new slot is recorded before the rotation that puts it in the key file (code review,
    // 2026-12-05: recorded after, a log that could not be written left it to be dropped).
    let actions = passerelle_tests::audit_actions(vault);
    let at = |action: &str| actions.iter().rposition(|a| a == action).unwrap();
    assert!(
        at("recovery-key-replaced") < at("key-rotated"),
        "{actions:?}"
    );
    let view = team_app::list(&app.request()).unwrap();
    assert_eq!(
        view.old_recovery_backups.len(),
        1,
        "only the backup sealed with the old key: {:?}",
        view.old_recovery_backups
    );
    assert!(
        view.old_recovery_backups[0].contains("1\u{a0}dossier"),
        "{:?}",
        view.old_recovery_backups
    );
    let recovery_slots = view
        .members
        .iter()
        .filter(|m| {
            serde_json::to_value(m).unwrap()["kind"] == "recovery"
                && serde_json::to_value(m).unwrap()["accounted"] == true
        })
        .count();
    assert_eq!(recovery_slots, 1);

    vault.lock();
    let err = vault
        .unlock(Secret::RecoveryKey(&old_key), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::WrongRecoveryKey), "{err:?}");
    vault
        .unlock(Secret::RecoveryKey(&new_key), Utc::now())
        .unwrap();
    assert_eq!(vault.read(cases::count).unwrap(), 1);
    // The old backup still opens with the old key, as the screen says.
    backup::verify(
        None,
        &file,
        Secret::RecoveryKey(&old_key),
        Utc::now(),
        &mut |_| {},
    )
    .expect("a backup sealed with the old recovery key still opens with it");

    // A later rotation keeps the new recovery slot (the log accounts for it).
    vault.rotate_data_key(Utc::now()).unwrap();
    vault.lock();
    vault
        .unlock(Secret::RecoveryKey(&new_key), Utc::now())
        .unwrap();
}

#[test]
fn a_worker_cannot_replace_the_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault
        .add_member(
            "Bruno",
            BRUNO,
            SlotRole::Worker,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap();
    vault.lock();
    vault.unlock(Secret::Passphrase(BRUNO), Utc::now()).unwrap();
    let err = refused(vault.replace_recovery_key(KdfParams::FLOOR, Utc::now()));
    assert!(matches!(err, Error::NotAdmin), "{err:?}");
}

/// Rollback of the whole store to an old copy: a deleted case came back and the chain read
/// « intact ». The last backup's head is kept, and checking a newer backup says the store is
/// older than it.
#[test]
fn a_store_put_back_to_an_older_copy_is_seen_when_a_newer_backup_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let (vault, _) = new_store(&store);
    add_case(&vault, "Okafor");
    vault.checkpoint().unwrap();
    vault.lock();
    let old_copy = dir.path().join("old");
    std::fs::create_dir(&old_copy).unwrap();
    for name in [DB_FILE, KEY_FILE, KEY_FILE_COPY] {
        std::fs::copy(store.join(name), old_copy.join(name)).unwrap();
    }

    unlock(&vault).unwrap();
    add_case(&vault, "Diallo");
    // An earlier backup: the log grows past what the old copy plus an unlock can hold.
    make_backup(
        &vault,
        &dir.path().join("earlier.enc"),
        Secret::Passphrase(BACKUP_PASSPHRASE),
    );
    let file = dir.path().join("backup.enc");
    make_backup(&vault, &file, Secret::Passphrase(BACKUP_PASSPHRASE));
    let status = backup::reminder(&vault, Utc::now()).unwrap();
    let then = status.last.as_ref().unwrap().audit.clone().unwrap();
    assert!(then.entries > 0 && then.head.len() == 64, "{then:?}");
    assert!(
        status.audit_now.entries > then.entries,
        "the backup's own entry came after it"
    );
    let verified = backup::verify(
        Some(&vault),
        &file,
        Secret::Passphrase(BACKUP_PASSPHRASE),
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(verified.audit_match, Some(AuditMatch::Continues));
    vault.checkpoint().unwrap();
    vault.lock();

    // The store's files are put back to the old copy.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(store.join(format!("{DB_FILE}{suffix}")));
    }
    for name in [DB_FILE, KEY_FILE, KEY_FILE_COPY] {
        std::fs::copy(old_copy.join(name), store.join(name)).unwrap();
    }
    unlock(&vault).unwrap();
    assert_eq!(vault.read(cases::count).unwrap(), 1);
    let verified = backup::verify(
        Some(&vault),
        &file,
        Secret::Passphrase(BACKUP_PASSPHRASE),
        Utc::now(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(verified.audit_match, Some(AuditMatch::StoreOlder));
}
