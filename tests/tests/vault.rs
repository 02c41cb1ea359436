//! The vault: secrets, key file integrity, damage, schema guard, migrations, plaintext and
//! crash safety.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::Utc;
use passerelle_core::db::{cases, migrations, Db, OpenMode};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::vault::keyfile::Slot;
use passerelle_core::vault::{Secret, Vault, DB_FILE, KEY_FILE, KEY_FILE_COPY};
use passerelle_core::Error;
use passerelle_tests::{case_json, files_containing, new_store, unlock, PASSPHRASE};

fn add_case(vault: &Vault, family: &str) -> String {
    let (doc, _) = CaseDocument::parse(case_json(family, "Test").as_bytes()).unwrap();
    vault
        .write(|tx| cases::insert(tx, &doc, Utc::now()))
        .unwrap()
}

fn names(vault: &Vault) -> Vec<String> {
    vault
        .read(cases::list)
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

/// Edits the key file as a forger would: each slot's checksum (`digest`, unkeyed) recomputed
/// after the edit, so only the file MAC and the slots' cryptography stand in the way. The last
/// good copy is removed: these tests are about the key file alone (the copy would repair it;
/// tests/tests/vault_key_file_loss.rs tests that, and accidental damage).
fn edit_key_file(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join(KEY_FILE);
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    edit(&mut v);
    if let Some(slots) = v["slots"].as_array_mut() {
        for slot in slots {
            if let Ok(mut parsed) = serde_json::from_value::<Slot>(slot.clone()) {
                parsed.digest = None;
                slot["digest"] = parsed.computed_digest().unwrap().into();
            }
        }
    }
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let _ = std::fs::remove_file(dir.join(KEY_FILE_COPY));
}

#[test]
fn a_new_store_opens_with_its_passphrase_and_not_with_another() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    add_case(&vault, "Alpha");
    vault.lock();
    assert!(
        matches!(vault.read(cases::list), Err(Error::Locked)),
        "a locked vault refuses reads"
    );
    let err = vault
        .unlock(Secret::Passphrase("lanterne violon marée"), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::WrongPassphrase), "{err:?}");
    unlock(&vault).unwrap();
    assert_eq!(names(&vault), ["ALPHA Test"]);
}

#[test]
fn creating_over_an_existing_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    let again = Vault::at(dir.path()).create(PASSPHRASE, KdfParams::FLOOR, Utc::now());
    assert!(matches!(again, Err(Error::StoreExists)));
}

#[test]
fn a_weak_passphrase_is_refused_at_creation() {
    let dir = tempfile::tempdir().unwrap();
    let r = Vault::at(dir.path()).create("motdepasse", KdfParams::FLOOR, Utc::now());
    assert!(matches!(r, Err(Error::PassphraseTooWeak)));
    assert!(
        !dir.path().join(KEY_FILE).exists(),
        "nothing is written for a refused creation"
    );
}

#[test]
fn the_recovery_key_unlocks_and_a_typo_in_it_is_caught_without_counting() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, recovery) = new_store(dir.path());
    add_case(&vault, "Beta");
    vault.lock();

    let mut typo: Vec<char> = recovery.chars().collect();
    typo[1] = if typo[1] == 'Z' { 'Y' } else { 'Z' };
    let typo: String = typo.into_iter().collect();
    let err = vault
        .unlock(Secret::RecoveryKey(&typo), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::RecoveryKeyMalformed), "{err:?}");
    assert_eq!(
        vault.failed_attempts(),
        0,
        "a typo caught by the checksum is not a guess"
    );

    // Another store's recovery key is well formed but wrong.
    let other = tempfile::tempdir().unwrap();
    let (_, other_key) = new_store(other.path());
    let err = vault
        .unlock(Secret::RecoveryKey(&other_key), Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::WrongRecoveryKey), "{err:?}");

    vault
        .unlock(
            Secret::RecoveryKey(&recovery.to_lowercase().replace('-', " ")),
            Utc::now(),
        )
        .unwrap();
    assert_eq!(names(&vault), ["BETA Test"]);
}

/// A passphrase change that fails half-way is undone: here the key file is replaced, then its
/// copy cannot be (a folder stands in its place), so the key file is written back, the error is
/// the write's, and the old passphrase opens the vault (data-loss review, 2026-12-05: on a full
/// disk the key file kept the new passphrase while the error said « Rien n'a été perdu ;
/// réessayez »).
#[test]
fn a_passphrase_change_that_fails_half_way_leaves_the_old_passphrase_working() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    add_case(&vault, "Delta");
    let copy = dir.path().join(passerelle_core::vault::KEY_FILE_COPY);
    std::fs::remove_file(&copy).unwrap();
    std::fs::create_dir_all(copy.join("en-travers")).unwrap();
    let new = "citron bicyclette orage nuage";
    let err = vault
        .change_passphrase(PASSPHRASE, new, KdfParams::FLOOR, Utc::now())
        .unwrap_err();
    assert!(matches!(err, Error::Io(_)), "{err:?}");
    vault.lock();
    // Space freed: what stood in the copy's place is gone.
    std::fs::remove_dir_all(&copy).unwrap();
    assert!(
        vault
            .unlock(passerelle_core::vault::Secret::Passphrase(new), Utc::now())
            .is_err(),
        "the new passphrase was not kept"
    );
    unlock(&vault).unwrap();
    assert_eq!(names(&vault), ["DELTA Test"]);
    assert!(!passerelle_tests::audit_actions(&vault).contains(&"passphrase-changed".to_string()));
}

#[test]
fn changing_the_passphrase_rewraps_the_key_without_touching_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, recovery) = new_store(dir.path());
    add_case(&vault, "Gamma");
    vault.checkpoint().unwrap();
    let db_before = std::fs::read(dir.path().join(DB_FILE)).unwrap();

    let new = "citron bicyclette orage nuage";
    let err = vault
        .change_passphrase(
            "pas la bonne phrase du tout",
            new,
            KdfParams::FLOOR,
            Utc::now(),
        )
        .unwrap_err();
    assert!(
        matches!(err, Error::WrongPassphrase),
        "the current passphrase is checked: {err:?}"
    );
    assert!(matches!(
        vault.change_passphrase(PASSPHRASE, "court", KdfParams::FLOOR, Utc::now()),
        Err(Error::PassphraseTooWeak)
    ));
    vault
        .change_passphrase(PASSPHRASE, new, KdfParams::FLOOR, Utc::now())
        .unwrap();
    vault.lock();

    // The audit log records the change, so a few pages do change; a re-encryption would change
    // every page (each gets a fresh IV).
    let db_after = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    // The vault's 16 KiB pages (`cipher_page_size`, set by `Db::open`).
    const PAGE: usize = 16384;
    let pages = db_before.len() / PAGE;
    let changed = db_before
        .chunks(PAGE)
        .zip(db_after.chunks(PAGE))
        .filter(|(a, b)| a != b)
        .count();
    assert!(pages >= 8, "enough pages to tell: {pages}");
    assert!(
        changed <= 3,
        "the database file is not re-encrypted: {changed} of {pages} pages changed"
    );
    let keys = passerelle_core::vault::keyfile::KeyFile::parse(
        &std::fs::read(dir.path().join(KEY_FILE)).unwrap(),
    )
    .unwrap();
    let (key_after, _) = keys
        .open(
            passerelle_core::vault::keyfile::SlotKind::Passphrase,
            new.as_bytes(),
        )
        .unwrap();
    let (key_recovery, _) = keys
        .open(
            passerelle_core::vault::keyfile::SlotKind::Recovery,
            passerelle_core::vault::recovery::RecoveryKey::parse(&recovery)
                .unwrap()
                .as_bytes(),
        )
        .unwrap();
    assert_eq!(
        *key_after, *key_recovery,
        "the new passphrase opens the same data key as before"
    );
    assert!(
        matches!(unlock(&vault), Err(Error::WrongPassphrase)),
        "the old passphrase no longer opens it"
    );
    vault.unlock(Secret::Passphrase(new), Utc::now()).unwrap();
    assert_eq!(names(&vault), ["GAMMA Test"]);
    vault.lock();
    vault
        .unlock(Secret::RecoveryKey(&recovery), Utc::now())
        .unwrap();
}

#[test]
fn a_modified_wrapped_key_is_reported_as_tampering() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    edit_key_file(dir.path(), |v| {
        let slot = &mut v["slots"][0];
        let mut wrapped = slot["wrappedKey"].as_str().unwrap().to_string();
        let flipped = if wrapped.starts_with('A') { "B" } else { "A" };
        wrapped.replace_range(0..1, flipped);
        slot["wrappedKey"] = wrapped.into();
    });
    let err = unlock(&vault).unwrap_err();
    assert!(matches!(err, Error::KeyFileTampered), "{err:?}");
}

#[test]
fn a_change_to_another_slot_is_caught_by_the_file_mac() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    // Someone swaps the recovery slot for one they control: the passphrase slot still opens,
    // but the whole-file MAC no longer matches.
    edit_key_file(dir.path(), |v| {
        v["slots"][1]["label"] = "attacker".into();
    });
    let err = unlock(&vault).unwrap_err();
    assert!(matches!(err, Error::KeyFileTampered), "{err:?}");
    assert!(!vault.is_unlocked());
}

#[test]
fn lowered_kdf_parameters_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    edit_key_file(dir.path(), |v| {
        v["slots"][0]["kdf"]["params"]["memKib"] = 8.into();
    });
    let err = unlock(&vault).unwrap_err();
    assert!(matches!(err, Error::KeyFileTampered), "{err:?}");
}

#[test]
fn a_newer_or_damaged_key_file_gets_its_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    let original = std::fs::read(dir.path().join(KEY_FILE)).unwrap();

    edit_key_file(dir.path(), |v| v["version"] = 7.into());
    assert!(matches!(
        unlock(&vault),
        Err(Error::KeyFileTooNew {
            found: 7,
            supported: passerelle_core::vault::keyfile::VERSION
        })
    ));

    std::fs::write(dir.path().join(KEY_FILE), &original[..original.len() / 2]).unwrap();
    let _ = std::fs::remove_file(dir.path().join(KEY_FILE_COPY));
    assert!(matches!(unlock(&vault), Err(Error::KeyFileDamaged(_))));

    std::fs::write(dir.path().join(KEY_FILE), &original).unwrap();
    unlock(&vault).unwrap();
}

#[test]
fn a_truncated_database_is_reported_not_panicked_on() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    for i in 0..200 {
        add_case(&vault, &format!("Trunc{i}"));
    }
    vault.checkpoint().unwrap();
    vault.lock();
    let path = dir.path().join(DB_FILE);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192, "enough pages to cut");
    std::fs::write(&path, &bytes[..bytes.len() - 4096]).unwrap();
    let err = unlock(&vault).unwrap_err();
    assert!(matches!(err, Error::DatabaseDamaged), "{err:?}");
}

#[test]
fn a_corrupted_database_page_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    for i in 0..200 {
        add_case(&vault, &format!("Corrupt{i}"));
    }
    vault.checkpoint().unwrap();
    vault.lock();
    let path = dir.path().join(DB_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 16] {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = unlock(&vault).unwrap_err();
    assert!(matches!(err, Error::DatabaseDamaged), "{err:?}");

    // Page 1 damaged: also a clear error.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[100] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    assert!(matches!(unlock(&vault), Err(Error::DatabaseDamaged)));
}

#[test]
fn a_missing_store_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::at(dir.path().join("nowhere"));
    assert!(matches!(unlock(&vault), Err(Error::StoreMissing)));
}

const KEY: [u8; 32] = [7; 32];

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let newer: Vec<migrations::Migration> = migrations::ALL
        .iter()
        .copied()
        .chain(["CREATE TABLE from_the_future (x INTEGER);"])
        .collect();
    drop(Db::open_with_migrations(&path, &KEY, OpenMode::Create, &newer).unwrap());
    let err = Db::open(&path, &KEY, OpenMode::Existing).err().unwrap();
    assert!(
        matches!(err, Error::SchemaTooNew { found, supported } if found == migrations::latest() + 1 && supported == migrations::latest()),
        "{err:?}"
    );
    // Still readable by the newer build.
    Db::open_with_migrations(&path, &KEY, OpenMode::Existing, &newer).unwrap();
}

#[test]
fn a_failing_migration_leaves_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let db = Db::open(&path, &KEY, OpenMode::Create).unwrap();
    let (doc, _) = CaseDocument::parse(case_json("Delta", "Test").as_bytes()).unwrap();
    db.write(|tx| cases::insert(tx, &doc, Utc::now())).unwrap();
    drop(db);

    let broken: Vec<migrations::Migration> = migrations::ALL
        .iter()
        .copied()
        .chain(["CREATE TABLE half_done (x INTEGER); THIS IS NOT SQL;"])
        .collect();
    let err = Db::open_with_migrations(&path, &KEY, OpenMode::Existing, &broken)
        .err()
        .unwrap();
    assert!(
        matches!(err, Error::MigrationFailed { version } if version == migrations::latest() + 1),
        "{err:?}"
    );

    let db = Db::open(&path, &KEY, OpenMode::Existing).unwrap();
    db.read(|c| {
        assert_eq!(migrations::version(c)?, migrations::latest());
        let half: i64 = c.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(
            half, 0,
            "the first statement of the failed migration was rolled back"
        );
        assert_eq!(cases::count(c)?, 1, "data is intact");
        Ok(())
    })
    .unwrap();
}

#[test]
fn the_database_is_encrypted_and_uses_sqlcipher() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    let version: String = vault
        .read(|c| Ok(c.query_row("PRAGMA cipher_version", [], |r| r.get(0))?))
        .unwrap();
    assert!(!version.is_empty());
    vault.checkpoint().unwrap();
    let head = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    assert!(
        !head.starts_with(b"SQLite format 3\0"),
        "a plaintext SQLite header means no encryption"
    );
}

#[test]
fn no_file_in_the_store_holds_a_case_name_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    let canary = "Qjxcanarywelk";
    add_case(&vault, canary);
    add_case(&vault, "Other");
    let needles = [
        canary.to_string(),
        canary.to_uppercase(),
        canary.to_lowercase(),
    ];
    let check = |when: &str| {
        for n in &needles {
            let hits = files_containing(dir.path(), n.as_bytes());
            assert!(hits.is_empty(), "{when}: {n} in clear in {hits:?}");
        }
    };
    assert!(
        dir.path().join(format!("{DB_FILE}-wal")).exists(),
        "the WAL is checked too"
    );
    check("before checkpoint");
    vault.checkpoint().unwrap();
    check("after checkpoint");
    vault.lock();
    check("after lock");
}

#[test]
fn failed_unlocks_are_slowed_down_even_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    let now = Utc::now();
    for _ in 0..4 {
        let err = vault
            .unlock(Secret::Passphrase("faux faux faux faux"), now)
            .unwrap_err();
        assert!(matches!(err, Error::WrongPassphrase), "{err:?}");
    }
    let restarted = Vault::at(dir.path());
    let err = restarted
        .unlock(Secret::Passphrase(PASSPHRASE), now)
        .unwrap_err();
    assert!(
        matches!(err, Error::TooManyAttempts { retry_after_secs } if retry_after_secs > 0),
        "even the right passphrase waits after repeated failures: {err:?}"
    );
    restarted
        .unlock(
            Secret::Passphrase(PASSPHRASE),
            now + chrono::Duration::seconds(10),
        )
        .unwrap();
    assert_eq!(restarted.failed_attempts(), 0, "success clears the counter");
}

#[test]
fn a_writer_killed_mid_stream_loses_no_committed_case() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_store(dir.path());
    vault.lock();
    let mut committed: u64 = 0;
    for round in 0..20u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<u64>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(n) = line.strip_prefix("committed ").and_then(|n| n.parse().ok()) {
                    if tx.send(n).is_err() {
                        break;
                    }
                }
            }
        });
        // Wait until the writer is in full flow (a few commits reported, however slow the
        // machine), then kill it without warning a varying moment later: mid-transaction,
        // mid-commit or between two writes.
        let wanted = 2 + round % 5;
        for _ in 0..wanted {
            let n = rx
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("round {round}: the writer stalled"));
            committed = committed.max(n + 1);
        }
        std::thread::sleep(Duration::from_millis((round * 7) % 23));
        // SAFETY: signalling our own child.
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGKILL) };
        child.wait().unwrap();
        reader.join().unwrap();
        for n in rx.try_iter() {
            committed = committed.max(n + 1);
        }
        unlock(&vault)
            .unwrap_or_else(|e| panic!("round {round}: store does not open after a kill: {e:?}"));
        let stored = names(&vault);
        for n in 0..committed {
            let want = format!("WRITER{n} Crash");
            assert!(
                stored.contains(&want),
                "round {round}: committed case {n} is missing"
            );
        }
        vault.lock();
    }
    assert!(
        committed >= 40,
        "every round adds committed cases, so the check means something: {committed}"
    );
}
