//! `passerelle-cli --store DIR init|import|list|export`, run as a user would: passphrases on
//! standard input, JSON on standard output, translated errors on standard error.

use std::path::Path;
use std::process::Output;

use crate::support::{self, json};

const PASSPHRASE: &str = "lanterne violon marée cactus";
const SPEC_EXAMPLE: &str = include_str!("../../../tests/fixtures/case-spec-example.json");

fn cli(store: &Path, args: &[&str], stdin: &str) -> Output {
    let mut cli = support::command(support::FRENCH);
    cli.arg("--store").arg(store).args(args);
    support::run(cli, stdin)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// A new store in a temporary folder (`store` inside it) holding the spec's example case: the
/// folder, the store's path and the case's id.
fn store_with_the_spec_case() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    let case = write(dir.path(), "case.json", SPEC_EXAMPLE);
    let id = json(&cli(&store, &["import", &case], &line))["id"]
        .as_str()
        .unwrap()
        .to_string();
    (dir, store, id)
}

#[test]
fn init_import_list_export_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");

    let init = json(&cli(&store, &["init"], &line));
    let key = init["recoveryKey"].as_str().unwrap();
    assert_eq!(key.len(), 44, "nine groups of four, dashed");
    let again = cli(&store, &["init"], &line);
    assert!(
        !again.status.success(),
        "a second init must not overwrite the store"
    );

    let case = write(dir.path(), "case.json", SPEC_EXAMPLE);
    let id = json(&cli(&store, &["import", &case], &line))["id"]
        .as_str()
        .unwrap()
        .to_string();

    let list = json(&cli(&store, &["--today", "2026-11-26", "list"], &line));
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["name"], "OKAFOR Amina");
    assert!(
        list[0]["nextDeadline"]["date"].is_string(),
        "the legal core gives the next deadline: {list}"
    );
    // In words too, with its day as people write it.
    let label = list[0]["nextDeadline"]["label"]
        .as_str()
        .unwrap_or_default();
    let date = list[0]["nextDeadline"]["date"].as_str().unwrap_or_default();
    assert!(
        !label.is_empty() && !label.contains(date) && label.contains(&date[..4]),
        "{list}"
    );

    let out = dir.path().join("export.json");
    let export = cli(
        &store,
        &["export", &id, "--out", out.to_str().unwrap()],
        &line,
    );
    assert!(export.status.success());
    assert!(
        String::from_utf8_lossy(&export.stderr).contains("PAS chiffré"),
        "an unencrypted export says so"
    );
    let mut back: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    // The export names the rules of the day (issue 17), beside the case as imported.
    let with = back
        .as_object_mut()
        .unwrap()
        .remove("assessedWith")
        .expect("the export names the rule pack in use");
    assert_eq!(with["rulePack"], "fr-teh");
    assert_eq!(
        with["version"],
        passerelle_core::legal::RulePack::embedded()
            .version
            .as_str()
    );
    assert!(with["on"].is_string(), "the day of the export: {with}");
    let original: serde_json::Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
    assert_eq!(
        back, original,
        "export gives back exactly what was imported"
    );
}

#[test]
fn a_bad_case_file_is_refused_with_a_clear_error_and_nothing_stored() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));

    let cases = [
        (
            "broken.json",
            "{\"format\": \"passerelle.case/1\", ",
            "JSON valide",
        ),
        (
            "newer.json",
            "{\"format\": \"passerelle.case/9\", \"person\": {}}",
            "plus récente",
        ),
        (
            "other.json",
            "{\"format\": \"autre/1\", \"person\": {}}",
            "pas un dossier Passerelle",
        ),
        (
            "types.json",
            "{\"format\": \"passerelle.case/1\", \"person\": {\"birthDate\": 1998}}",
            "date de naissance",
        ),
    ];
    for (name, text, expected) in cases {
        let path = write(dir.path(), name, text);
        let out = cli(&store, &["import", &path], &line);
        assert_eq!(out.status.code(), Some(1), "{name} must fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{name}: {err}");
    }
    let list = json(&cli(&store, &["list"], &line));
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing was written");
}

#[test]
fn passphrases_never_come_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(dir.path(), &["--passphrase", "x", "init"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("entrée standard"));
}

#[test]
fn a_wrong_passphrase_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    json(&cli(&store, &["init"], &format!("{PASSPHRASE}\n")));
    let out = cli(&store, &["list"], "pas la bonne phrase\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Phrase de passe incorrecte"));
}

#[test]
fn many_case_files_are_imported_all_at_once_or_none_with_each_refusal_said() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    let good: Vec<String> = ["Zqxaba", "Zqxbeli", "Zqxcora"]
        .iter()
        .map(|name| {
            let mut case: serde_json::Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
            case["person"]["familyName"] = (*name).into();
            write(dir.path(), &format!("{name}.json"), &case.to_string())
        })
        .collect();
    let broken = write(dir.path(), "broken.json", "{\"format\": ");
    let newer = write(
        dir.path(),
        "newer.json",
        "{\"format\": \"passerelle.case/9\", \"person\": {}}",
    );

    // Two bad files among good ones: each is named with its reason, nothing is stored.
    let mut args = vec!["import", &good[0], &broken, &good[1], &newer];
    let out = cli(&store, &args, &line);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{broken}\u{a0}: Le fichier n’est pas un JSON valide"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{newer}\u{a0}: Ce dossier a été écrit par une version plus récente"
        )),
        "{err}"
    );
    assert!(
        err.contains("2 fichiers refusés sur 4\u{a0}: aucun dossier n’a été importé"),
        "{err}"
    );
    // A verb that saves says so of what it refused (the reading verbs leave it out).
    assert!(err.contains("Rien n’a été enregistré."), "{err}");
    assert!(
        !err.contains(&good[0]),
        "a good file is not reported: {err}"
    );
    let list = json(&cli(&store, &["list"], &line));
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing half-imported");

    // The good ones: one unlock, one transaction, the id of each file in order.
    args = vec!["import", &good[0], &good[1], &good[2]];
    let imported = json(&cli(&store, &args, &line));
    let imported = imported.as_array().unwrap();
    assert_eq!(imported.len(), 3);
    for (row, file) in imported.iter().zip(&good) {
        assert_eq!(row["file"], file.as_str());
    }
    let list = json(&cli(&store, &["list"], &line));
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ZQXABA Amina", "ZQXBELI Amina", "ZQXCORA Amina"]);
    let ids: Vec<&str> = imported.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for c in list.as_array().unwrap() {
        assert!(ids.contains(&c["id"].as_str().unwrap()));
    }

    // The list written to a file holds the names in clear: it says so, as `export` does;
    // printed on the terminal it does not.
    let listed = dir.path().join("liste.json");
    let out = cli(&store, &["list", "--out", listed.to_str().unwrap()], &line);
    assert!(listed.exists());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PAS chiffré"));
    let shown = cli(&store, &["list"], &line);
    assert!(!String::from_utf8_lossy(&shown.stderr).contains("PAS chiffré"));
}

/// Issue 13: with `passerelle.keys` gone, `init` used to delete `passerelle.db`. It now says
/// « fichier de clés introuvable » and changes nothing; `--set-aside-database` renames the
/// database (never deletes it) and creates the store.
#[test]
fn init_never_deletes_a_database_whose_key_file_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    let case = write(dir.path(), "case.json", SPEC_EXAMPLE);
    json(&cli(&store, &["import", &case], &line));
    for name in ["passerelle.keys", "passerelle.keys.last-good"] {
        std::fs::remove_file(store.join(name)).unwrap();
    }
    let db = std::fs::read(store.join("passerelle.db")).unwrap();

    let refused = cli(&store, &["init"], &line);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    // What `init` can do about it, not « restaurez une sauvegarde » (review, 2026-12-04).
    assert!(
        stderr.contains("sans son fichier de clés.")
            && stderr.contains("ajoutez --set-aside-database")
            && stderr.contains("le nouveau coffre est créé")
            && !stderr.contains("restaurez une sauvegarde")
            && stderr.contains("vault.key-file-missing"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(store.join("passerelle.db")).unwrap(), db);

    let created = json(&cli(&store, &["init", "--set-aside-database"], &line));
    let aside = created["setAside"].as_str().expect("the new name is said");
    assert!(aside.starts_with("passerelle.db.set-aside-"), "{created}");
    assert_eq!(
        std::fs::read(store.join(aside)).unwrap(),
        db,
        "renamed, not deleted"
    );
    let list = json(&cli(&store, &["list"], &line));
    assert_eq!(list, serde_json::json!([]), "a new, empty store");
}

/// Store attack, 2026-12-06: a creation cut short before its key file (its marker still there) is no
/// lost key file: the other verbs say what happened, and `init` goes on without
/// `--set-aside-database`, moving what it left aside.
#[test]
fn init_goes_on_from_a_creation_cut_short() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    for name in ["passerelle.keys", "passerelle.keys.last-good"] {
        std::fs::remove_file(store.join(name)).unwrap();
    }
    // Written a moment before the database, as `init` writes it, and naming it.
    let db_written = ["passerelle.db", "passerelle.db-wal", "passerelle.db-shm"]
        .iter()
        .filter_map(|name| std::fs::metadata(store.join(name)).ok())
        .map(|m| m.modified().unwrap())
        .min()
        .unwrap();
    // It records the database it began: the salt at the head of the file.
    let salt: String = std::fs::read(store.join("passerelle.db")).unwrap()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    std::fs::write(store.join("passerelle.unfinished"), salt).unwrap();
    std::fs::File::options()
        .write(true)
        .open(store.join("passerelle.unfinished"))
        .and_then(|f| f.set_modified(db_written - std::time::Duration::from_secs(5)))
        .unwrap();
    let db = std::fs::read(store.join("passerelle.db")).unwrap();

    let refused = cli(&store, &["list"], &line);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("interrompue ici avant sa fin")
            && stderr.contains("vault.unfinished")
            && stderr.contains("passerelle-cli restore FICHIER")
            && !stderr.contains("fichier de clés"),
        "{stderr}"
    );

    let again = cli(&store, &["init"], &line);
    let shown = json(&again);
    let aside: Vec<String> = std::fs::read_dir(&store)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("passerelle.db.unfinished-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(store.join(&aside[0])).unwrap(),
        db,
        "renamed, not deleted"
    );
    // Its new name is said, and given in the JSON as `--set-aside-database` gives it.
    assert_eq!(shown["setAside"], serde_json::json!(aside[0]));
    let said = String::from_utf8_lossy(&again.stderr).replace('\u{a0}', " ");
    assert!(
        said.contains(
            "interrompue a été mise de côté, sans être effacée : passerelle.db.unfinished-"
        ),
        "{said}"
    );
    assert!(!store.join("passerelle.unfinished").exists());
    let list = json(&cli(&store, &["list"], &line));
    assert_eq!(list, serde_json::json!([]), "a new, empty store");
}

/// Adversarial review, 2026-12-07: an `init` killed after its key file and before it printed
/// the recovery key left a working store whose key nobody saw, and the command line said nothing.
/// Every unlock now says so, and where to issue a new one.
#[test]
fn a_recovery_key_never_shown_is_said_at_each_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // Created as the killed `init` left it: the key made, recorded as to be confirmed.
    passerelle_core::vault::Vault::at(&store)
        .create(
            PASSPHRASE,
            passerelle_core::vault::kdf::KdfParams::FLOOR,
            chrono::Utc::now(),
        )
        .map(drop)
        .unwrap();
    let listed = cli(&store, &["list"], &format!("{PASSPHRASE}\n"));
    let stderr = String::from_utf8_lossy(&listed.stderr);
    assert!(listed.status.success(), "{stderr}");
    assert!(
        stderr.contains("n’a jamais été confirmée comme notée") && stderr.contains("application"),
        "{stderr}"
    );

    // A store made by `init`, whose key was printed, says nothing of it.
    let other = dir.path().join("other");
    json(&cli(&other, &["init"], &format!("{PASSPHRASE}\n")));
    let listed = cli(&other, &["list"], &format!("{PASSPHRASE}\n"));
    assert!(!String::from_utf8_lossy(&listed.stderr).contains("clé de secours"));
}

/// `--out` into the store's own folder would replace the database (every case lost) or leave
/// a plaintext file beside it: refused, for an export, a backup and a document, nothing touched.
#[test]
fn nothing_is_written_into_the_stores_folder() {
    let (dir, store, id) = store_with_the_spec_case();
    let line = format!("{PASSPHRASE}\n");
    let case = dir.path().join("case.json").display().to_string();
    let db = store.join("passerelle.db");
    let db_out = db.to_str().unwrap().to_string();
    let pdf_out = store.join("courrier.pdf").to_str().unwrap().to_string();
    let backup_lines = format!("{PASSPHRASE}\nune phrase de sauvegarde bien longue\n");
    for (args, stdin) in [
        (
            vec!["export", id.as_str(), "--out", db_out.as_str()],
            line.as_str(),
        ),
        (
            vec!["backup", "--out", db_out.as_str()],
            backup_lines.as_str(),
        ),
        (vec!["letter", case.as_str(), "--out", pdf_out.as_str()], ""),
    ] {
        let out = cli(&store, &args, stdin);
        assert!(!out.status.success(), "{args:?} refused");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("dossier du coffre"), "{args:?}: {said}");
    }
    // Unlocking logs to the database, so its bytes change; it must still be the database: not
    // replaced by what was refused (its size is not checked: in WAL mode the pages may still be
    // in `passerelle.db-wal`; the case listed below shows it opens).
    // (Not « does not start with `{` »: an encrypted database starts with its random salt, whose
    // first byte is `{` once in 256 stores — a run failed so on 5 December 2026.)
    let bytes = std::fs::read(&db).unwrap();
    assert!(
        serde_json::from_slice::<serde_json::Value>(&bytes).is_err()
            && !bytes.starts_with(b"%PDF-")
            && !bytes.starts_with(b"PASSERELLE-SEAL"),
        "the database is still there"
    );
    // A verb that needs no store reaches a store all the same: by its path, or relative to the
    // current folder.
    for (args, cwd) in [
        (
            vec!["letter", case.as_str(), "--out", pdf_out.as_str()],
            dir.path(),
        ),
        (
            vec!["assess", case.as_str(), "--out", "passerelle.db"],
            store.as_path(),
        ),
    ] {
        let mut command = support::command(support::FRENCH);
        command.args(&args).current_dir(cwd);
        let out = support::run(command, "");
        assert!(!out.status.success(), "{args:?} refused");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("dossier du coffre"), "{args:?}: {said}");
    }
    assert!(!store.join("courrier.pdf").exists());
    let list = json(&cli(&store, &["list"], &line));
    assert_eq!(list[0]["id"], id.as_str(), "the case is still there");
}

/// Nothing on standard input is no passphrase, not a wrong one: it is said so and not counted
/// (three wrong ones slow the store down). A database without its key file is said so, not
/// « no store here ».
#[test]
fn an_empty_input_is_no_passphrase_and_a_missing_key_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    for _ in 0..4 {
        let empty = cli(&store, &["list"], "");
        assert!(!empty.status.success());
        let said = String::from_utf8_lossy(&empty.stderr);
        assert!(
            said.contains("phrase de passe") && !said.contains("incorrecte"),
            "{said}"
        );
    }
    let log = json(&cli(&store, &["audit"], &line));
    assert!(
        !support::audit_actions(&log).contains(&"unlock-failed"),
        "no attempt counted: {log}"
    );
    for name in ["passerelle.keys", "passerelle.keys.last-good"] {
        let _ = std::fs::remove_file(store.join(name));
    }
    let missing = cli(&store, &["list"], &line);
    assert!(!missing.status.success());
    let said = String::from_utf8_lossy(&missing.stderr);
    assert!(said.contains("Fichier de clés introuvable"), "{said}");
}

/// The same person imported twice is said (not refused: two people may share a name), with the
/// case already there, so that the worker checks before the activity report counts her twice.
#[test]
fn importing_a_case_whose_name_is_already_there_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    let case = write(dir.path(), "case.json", SPEC_EXAMPLE);
    let first = cli(&store, &["import", &case], &line);
    assert!(String::from_utf8_lossy(&first.stderr).is_empty());
    let first = json(&first)["id"].as_str().unwrap().to_string();
    let again = cli(&store, &["import", &case], &line);
    assert!(again.status.success(), "not refused");
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(
        said.contains("porte le même nom") && said.contains(&first),
        "{said}"
    );
    assert!(
        !said.to_uppercase().contains("OKAFOR"),
        "no name on the terminal: {said}"
    );
}

/// A case whose person refused that it be kept, or withdrew that consent, is imported as given
/// (the worker deletes it) but said, with the way to delete it (CLI review, 2026-12-07: imported
/// without a word).
#[test]
fn importing_a_case_whose_keeping_was_refused_says_to_delete_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    for status in ["refused", "withdrawn"] {
        let mut case: serde_json::Value = serde_json::from_str(SPEC_EXAMPLE).unwrap();
        case["consent"] = serde_json::json!({"storage": {"status": status, "date": "2026-11-20"}});
        let file = write(dir.path(), &format!("{status}.json"), &case.to_string());
        let out = cli(&store, &["import", &file], &line);
        let id = json(&out)["id"].as_str().unwrap().to_string();
        let said = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
        assert!(
            said.contains("a refusé que son dossier soit conservé")
                && said.contains(&format!("passerelle-cli delete {id}")),
            "{status}: {said}"
        );
    }
    let given = write(dir.path(), "given.json", SPEC_EXAMPLE);
    let out = cli(&store, &["import", &given], &line);
    let plain_id = json(&out)["id"].as_str().unwrap().to_string();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("refusé"),
        "{:?}",
        out
    );
    // Received from another association in a bundle, it is said the same way.
    let bundle_secret = "remise main propre tilleul orage";
    let secrets = format!("{PASSPHRASE}\n{bundle_secret}\n");
    let listed = json(&cli(&store, &["list"], &line));
    let refused_id = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["id"].as_str().unwrap().to_string())
        .find(|id| *id != plain_id)
        .unwrap();
    let other = dir.path().join("autre-association");
    json(&cli(&other, &["init"], &line));
    for (id, refused) in [(&refused_id, true), (&plain_id, false)] {
        let bundle = dir.path().join(format!("remise-{id}.passerelle"));
        let bundle = bundle.to_str().unwrap();
        let made = cli(
            &store,
            &["handover", "export", id, "--out", bundle],
            &secrets,
        );
        assert!(made.status.success(), "{made:?}");
        let out = cli(&other, &["handover", "import", bundle], &secrets);
        let received = json(&out)["id"].as_str().unwrap().to_string();
        let said = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
        assert_eq!(
            said.contains("a refusé que son dossier soit conservé")
                && said.contains(&format!("passerelle-cli delete {received}")),
            refused,
            "{said}"
        );
    }
}

/// A secret not given (an empty line, the end of standard input) is said to be missing, by name:
/// never « too weak » nor « wrong » (review, 2026-12-04), and nothing is written.
#[test]
fn a_secret_not_given_is_named_as_missing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    let missing = |out: Output, name: &str| {
        assert!(!out.status.success());
        let said = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            said.contains(name) && !said.contains("faible") && !said.contains("n’ouvre pas"),
            "{said}"
        );
    };
    // The backup's own passphrase missing after the store's.
    let file = dir.path().join("s.passerelle");
    let out = file.to_str().unwrap();
    missing(
        cli(&store, &["backup", "--out", out], &line),
        "phrase de passe de la sauvegarde",
    );
    assert!(!file.exists());
    json(&cli(
        &store,
        &["backup", "--out", out],
        &format!("{PASSPHRASE}\nsauvegarde clé usb tiroir bleu\n"),
    ));
    // Restore with nothing at all, then without the new store's passphrase.
    let restored = dir.path().join("b");
    missing(
        cli(&restored, &["restore", out], ""),
        "phrase de passe de la sauvegarde",
    );
    missing(
        cli(
            &restored,
            &["restore", out],
            "sauvegarde clé usb tiroir bleu\n",
        ),
        "phrase de passe du nouveau coffre",
    );
    assert!(!restored.join("passerelle.db").exists());
    // A store that cannot be made there (under a file), and a backup that cannot be written:
    // each said with its name, not as « un fichier » (adversarial review, 2026-12-07).
    let a_file = dir.path().join("fichier");
    std::fs::write(&a_file, "x").unwrap();
    for (store, args, input) in [
        (
            a_file.join("nouveau"),
            vec!["restore", out],
            "sauvegarde clé usb tiroir bleu\nphrase neuve du coffre restauré ici\n".to_string(),
        ),
        (
            store.clone(),
            vec!["backup", "--out", "PLACEHOLDER"],
            format!("{PASSPHRASE}\nsauvegarde clé usb tiroir bleu\n"),
        ),
    ] {
        let inside = a_file.join("s.passerelle");
        let args: Vec<&str> = args
            .iter()
            .map(|a| {
                if *a == "PLACEHOLDER" {
                    inside.to_str().unwrap()
                } else {
                    a
                }
            })
            .collect();
        let refused = cli(&store, &args, &input);
        assert_eq!(refused.status.code(), Some(1));
        let said = String::from_utf8_lossy(&refused.stderr);
        assert!(
            said.contains(a_file.to_str().unwrap())
                && said.contains("est en fait un fichier")
                && said.contains("io.file"),
            "{said}"
        );
    }
    // A new store without its passphrase.
    missing(
        cli(&dir.path().join("c"), &["init"], ""),
        "phrase de passe du nouveau coffre",
    );
}

/// `--out` naming a backup refuses every verb that would write something else there, before
/// the passphrase is asked, and keeps the backup; a newer backup replaces it (security review,
/// 2026-12-05: `export ID --out sauvegarde.passerelle` took last week's backup).
#[test]
fn out_never_replaces_a_backup_with_anything_but_a_backup() {
    let (dir, store, id) = store_with_the_spec_case();
    let file = dir.path().join("sauvegarde.passerelle");
    let out = file.to_str().unwrap();
    let secrets = format!("{PASSPHRASE}\nsauvegarde clé usb tiroir bleu\n");
    json(&cli(&store, &["backup", "--out", out], &secrets));
    let before = std::fs::read(&file).unwrap();
    for verb in [
        vec!["export", id.as_str()],
        vec!["audit"],
        vec!["list"],
        vec!["handover", "export", id.as_str()],
    ] {
        let args: Vec<&str> = verb.iter().copied().chain(["--out", out]).collect();
        let refused = cli(&store, &args, &secrets);
        let said = String::from_utf8_lossy(&refused.stderr).into_owned();
        assert!(
            !refused.status.success()
                && said.contains("c’est une sauvegarde chiffrée du coffre")
                && !said.contains("phrase de passe"),
            "{verb:?}: {said}"
        );
        assert_eq!(std::fs::read(&file).unwrap(), before, "{verb:?}");
    }
    json(&cli(&store, &["backup", "--out", out], &secrets));
    assert_ne!(std::fs::read(&file).unwrap(), before, "a newer backup");
}

/// A folder given where a file is written or read is said as a folder, by name, before any
/// passphrase is read (data-loss review, 2026-12-05: after the key derivation, naming no file).
#[test]
fn a_folder_given_for_a_file_is_named_before_the_passphrase() {
    let (dir, store, id) = store_with_the_spec_case();
    let folder = dir.path().join("un-dossier");
    std::fs::create_dir(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    let case = write(dir.path(), "autre.json", SPEC_EXAMPLE);
    let listed = |store: &std::path::Path| {
        json(&cli(store, &["list"], &format!("{PASSPHRASE}\n")))
            .as_array()
            .unwrap()
            .len()
    };
    let before = listed(&store);
    // An existing folder named without its final « / » too (CLI review, 2026-12-07: `import`
    // stored the case, then said it could not write its id).
    for args in [
        vec!["backup", "--out", folder],
        vec!["restore", folder],
        vec!["import", case.as_str(), "--out", folder],
        vec!["export", id.as_str(), "--out", folder],
    ] {
        let target = if args[0] == "restore" {
            dir.path().join("nouveau")
        } else {
            store.clone()
        };
        let out = cli(&target, &args, "");
        let said = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            !out.status.success()
                && said.contains(folder)
                && said.contains("c’est un dossier, pas un fichier")
                && !said.contains("phrase de passe"),
            "{args:?}: {said}"
        );
    }
    assert_eq!(listed(&store), before, "nothing imported");
}

/// A named pipe given for a file the CLI reads twice (checked, then read) is refused unopened,
/// before any passphrase (security review, 2026-12-06: `restore FIFO` waited forever). Should it
/// hang again, a watchdog opens the pipe's other end after a minute, so the test fails instead.
#[cfg(unix)]
#[test]
fn a_named_pipe_given_for_a_file_is_refused_without_waiting() {
    let (dir, store, _) = store_with_the_spec_case();
    let pipe = dir.path().join("un-tube");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    let name = pipe.to_str().unwrap();
    for args in [
        vec!["restore", name],
        vec!["handover", "import", name],
        vec!["rules", "import", name],
    ] {
        let target = if args[0] == "restore" {
            dir.path().join("nouveau")
        } else {
            store.clone()
        };
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let watchdog = {
            let pipe = pipe.clone();
            std::thread::spawn(move || {
                if finished
                    .recv_timeout(std::time::Duration::from_secs(60))
                    .is_err()
                {
                    let _ = std::fs::OpenOptions::new().write(true).open(&pipe);
                }
            })
        };
        let out = cli(&target, &args, "");
        let _ = done.send(());
        watchdog.join().unwrap();
        let said = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            !out.status.success()
                && said.contains(name)
                && said.contains("un tube ou un périphérique")
                && !said.contains("phrase de passe"),
            "{args:?}: {said}"
        );
    }
}

/// A database left without its key file (a restore cut short between the two) is never
/// replaced: restore says how to go on, and with --set-aside-database moves it aside, keeps it,
/// and restores (review, 2026-12-04: every later restore into that folder was refused).
#[test]
fn a_restore_over_a_database_without_its_key_file_sets_it_aside_when_told() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    json(&cli(
        &store,
        &["import", &write(dir.path(), "c.json", SPEC_EXAMPLE)],
        &line,
    ));
    let file = dir.path().join("s.passerelle");
    let out = file.to_str().unwrap();
    let backup_secret = "sauvegarde clé usb tiroir bleu";
    json(&cli(
        &store,
        &["backup", "--out", out],
        &format!("{PASSPHRASE}\n{backup_secret}\n"),
    ));
    // The folder a restore was cut short in: a database, no key file.
    let cut = dir.path().join("cut");
    std::fs::create_dir(&cut).unwrap();
    std::fs::write(cut.join("passerelle.db"), b"what the cut restore left").unwrap();
    let secrets = format!("{backup_secret}\n{PASSPHRASE}\n");
    let refused = cli(&cut, &["restore", out], &secrets);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    // A restore is not sent to « restaurez une sauvegarde » (review, 2026-12-04).
    assert!(
        said.contains("--set-aside-database")
            && said.contains("la sauvegarde est restaurée dans ce dossier")
            && !said.contains("restaurez une sauvegarde"),
        "{said}"
    );
    // A wrong backup passphrase with --set-aside-database: the backup is checked first, and
    // the database stays where it was.
    let wrong = cli(
        &cut,
        &["restore", out, "--set-aside-database"],
        &format!("pas la bonne phrase du tout\n{PASSPHRASE}\n"),
    );
    assert!(!wrong.status.success());
    assert_eq!(
        std::fs::read(cut.join("passerelle.db")).unwrap(),
        b"what the cut restore left",
        "not moved by a refused restore"
    );
    let restored = json(&cli(
        &cut,
        &["restore", out, "--set-aside-database"],
        &secrets,
    ));
    let moved = restored["setAside"]
        .as_str()
        .expect("the name it was moved to");
    assert_eq!(
        std::fs::read(cut.join(moved)).unwrap(),
        b"what the cut restore left",
        "kept, not deleted"
    );
    let listed = json(&cli(&cut, &["list"], &line));
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

/// `init --out FILE` is refused before anything is made: the recovery key is shown, never
/// written to a file (review, 2026-12-04: it went there in clear, and `--out` into the store's
/// folder was refused only after the store was made, its key never shown).
#[test]
fn init_never_writes_the_recovery_key_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let key_file = dir.path().join("key.json");
    for out in [key_file.clone(), store.join("cle.json")] {
        let refused = cli(
            &store,
            &["init", "--out", out.to_str().unwrap()],
            &format!("{PASSPHRASE}\n"),
        );
        let err = String::from_utf8_lossy(&refused.stderr).into_owned();
        // Into the store's folder it is refused as any file there is; elsewhere, as the key.
        assert!(
            !refused.status.success()
                && (err.contains("ne s’écrit jamais dans un fichier")
                    || (out.starts_with(&store) && err.contains("file.inside-store"))),
            "{err}"
        );
        assert!(!out.exists() && !store.join("passerelle.keys").exists());
    }
    // Nor to a device that shows it to no one: /dev/null, or a standard output closed (the
    // runtime reopens it there), /dev/full (storage review, 2026-12-07: the key was « shown »
    // into /dev/null and recorded as noted).
    #[cfg(unix)]
    for device in ["/dev/null", "/dev/full"] {
        if !Path::new(device).exists() {
            continue;
        }
        let mut init = support::command(support::FRENCH);
        init.arg("--store")
            .arg(&store)
            .arg("init")
            .stdout(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(device)
                    .unwrap(),
            )
            .stderr(std::process::Stdio::piped());
        let refused = support::feed(init, format!("{PASSPHRASE}\n").as_bytes());
        let err = String::from_utf8_lossy(&refused.stderr).into_owned();
        assert!(
            !refused.status.success() && err.contains("ne s’écrit jamais dans un fichier"),
            "{device}: {err}"
        );
        assert!(!store.join("passerelle.keys").exists(), "{device}");
    }
}

/// A store made while its output cannot be written (a pipe whose reader has gone): the command
/// says the store exists and that its key could not be shown, instead of a bare input-output
/// error.
#[test]
fn a_recovery_key_that_cannot_be_printed_is_said_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut init = support::command(support::FRENCH);
    init.arg("--store")
        .arg(&store)
        .arg("init")
        .stdout(writer)
        .stderr(std::process::Stdio::piped());
    let out = support::feed(init, format!("{PASSPHRASE}\n").as_bytes());
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success() && err.contains("Le coffre a été créé, mais sa clé de secours"),
        "{err}"
    );
    assert!(json(&cli(&store, &["list"], &format!("{PASSPHRASE}\n"))).is_array());
}

/// An import, or a delete, done in the store whose result cannot be printed (standard output
/// full, or closed) is said as done, and not to be done again (CLI review, 2026-12-07: « Rien
/// n'a été enregistré… réessayez » after the commit; tried again, the case was there twice).
#[test]
fn a_change_done_whose_result_cannot_be_printed_is_said_done() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        return; // Linux's device that refuses every write; nowhere else to test it.
    }
    let (dir, store, id) = store_with_the_spec_case();
    let line = format!("{PASSPHRASE}\n");
    let to_full = |args: &[&str]| {
        let mut cli = support::command(support::FRENCH);
        cli.arg("--store")
            .arg(&store)
            .args(args)
            .stdout(std::fs::OpenOptions::new().write(true).open(full).unwrap())
            .stderr(std::process::Stdio::piped());
        let out = support::feed(cli, line.as_bytes());
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).replace(['\u{a0}', '\u{202f}'], " ")
    };
    let count = || {
        json(&cli(&store, &["list"], &line))
            .as_array()
            .unwrap()
            .len()
    };
    let case = write(dir.path(), "second.json", SPEC_EXAMPLE);
    let err = to_full(&["import", &case]);
    assert!(
        err.contains("« import » a fait son travail dans le coffre")
            && err.contains("Ne relancez pas la commande")
            && !err.contains("Rien n’a été enregistré")
            && err.contains("code d’erreur"),
        "{err}"
    );
    assert_eq!(count(), 2, "imported once");
    let err = to_full(&["delete", &id]);
    assert!(err.contains("« delete » a fait son travail"), "{err}");
    assert_eq!(count(), 1, "deleted");
    // A verb that changes nothing keeps its own words.
    let err = to_full(&["list"]);
    assert!(!err.contains("a fait son travail"), "{err}");
}

/// A file given as the store's folder, or a folder's name (« dossier/ ») as `--out`, is said
/// for what it is (CLI review, 2026-12-07: « vérifiez l'espace disque et les droits d'accès »,
/// and « l'un des dossiers de ce chemin est en fait un fichier »).
#[test]
fn a_file_for_the_store_or_a_folder_for_out_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "case.json", SPEC_EXAMPLE);
    let line = format!("{PASSPHRASE}\n");
    for verb in [&["init"][..], &["list"]] {
        let out = cli(Path::new(&case), verb, &line);
        let said = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
        assert!(
            !out.status.success() && said.contains("c’est un fichier, pas un dossier"),
            "{verb:?}: {said}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(&case).unwrap(),
        SPEC_EXAMPLE,
        "untouched"
    );
    let mut assess = support::command(support::FRENCH);
    assess
        .current_dir(dir.path())
        .args(["assess", "case.json", "--out", "nowhere/"]);
    let out = support::run(assess, "");
    let said = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
    assert!(
        !out.status.success() && said.contains("« nowhere/ » : c’est un dossier, pas un fichier"),
        "{said}"
    );
}

/// `--out -` is standard output, as the command line's convention has it: `export` wrote the case
/// in clear to a file named « - » (CLI review, 2026-12-07). A backup keeps `-` as a file's name:
/// it is read back from its file.
#[test]
fn out_dash_is_standard_output_for_what_is_written_in_clear() {
    let (dir, store, id) = store_with_the_spec_case();
    let line = format!("{PASSPHRASE}\n");
    let in_dir = |args: &[&str]| {
        let mut cli = support::command(support::FRENCH);
        cli.current_dir(dir.path())
            .arg("--store")
            .arg(&store)
            .args(args);
        support::run(cli, &line)
    };
    let exported = in_dir(&["export", &id, "--out", "-"]);
    assert_eq!(json(&exported)["person"]["familyName"], "Okafor");
    let listed = in_dir(&["list", "--out", "-"]);
    assert_eq!(json(&listed).as_array().unwrap().len(), 1);
    assert!(
        !String::from_utf8_lossy(&listed.stderr).contains("PAS chiffré"),
        "{listed:?}"
    );
    assert!(!dir.path().join("-").exists(), "no file named « - »");
    let mut assess = support::command(support::FRENCH);
    assess
        .current_dir(dir.path())
        .args(["assess", "case.json", "--out", "-"]);
    let assessed = support::run(assess, "");
    assert!(json(&assessed)["routes"].is_array());
    assert!(!dir.path().join("-").exists());
}

/// A backup to a folder that does not exist, or a restore of a file that does not, is said with
/// the file named before any passphrase is asked (review, 2026-12-04: « Vérifiez l’espace
/// disque » after the key derivation).
#[test]
fn a_missing_file_or_folder_is_named_before_any_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    json(&cli(&store, &["init"], &format!("{PASSPHRASE}\n")));
    let nowhere = dir.path().join("absent").join("b.passerelle");
    let missing = dir.path().join("absent.passerelle");
    let restored = dir.path().join("restored");
    for (store, args) in [
        (&store, vec!["backup", "--out", nowhere.to_str().unwrap()]),
        (&restored, vec!["restore", missing.to_str().unwrap()]),
        (
            &store,
            vec!["handover", "import", missing.to_str().unwrap()],
        ),
        // Review, 2026-12-05: these asked for the passphrase and derived the key first.
        (
            &store,
            vec!["export", "x", "--out", nowhere.to_str().unwrap()],
        ),
        (&store, vec!["audit", "--out", nowhere.to_str().unwrap()]),
        (&store, vec!["rules", "import", missing.to_str().unwrap()]),
    ] {
        // Nothing on standard input: asked for a passphrase, the command would say it is
        // missing instead.
        let out = cli(store, &args, "");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            !out.status.success() && err.contains("Impossible d’accéder au fichier"),
            "{args:?}: {err}"
        );
    }
    assert!(!restored.exists());
}

/// A refused new passphrase comes with the meter's reasons, not only « at least 12 characters »
/// (review, 2026-12-04: a 23-character phrase was refused without a why).
#[test]
fn a_weak_passphrase_is_refused_with_what_makes_it_weak() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = cli(&store, &["init"], "Marseille2024!\n");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success() && err.contains("Facile à deviner, car elle contient"),
        "{err}"
    );
    assert!(!store.join("passerelle.keys").exists());
}

/// A reversed report period is refused before the passphrase is asked (nothing on standard
/// input: asked, the command would say the passphrase is missing).
#[test]
fn a_reversed_report_period_is_refused_before_any_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    json(&cli(&store, &["init"], &format!("{PASSPHRASE}\n")));
    let out = cli(
        &store,
        &["report", "--from", "2026-12-31", "--to", "2026-01-01"],
        "",
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success() && err.contains("la date de fin précède la date de début"),
        "{err}"
    );
}

/// What standard input and the report's options lack or get wrong is said of them, not as a
/// form's « Champ » (review, 2026-12-05).
#[test]
fn the_store_passphrase_and_the_reports_options_are_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    json(&cli(&store, &["init"], &format!("{PASSPHRASE}\n")));
    let list = cli(&store, &["list"], "");
    let err = String::from_utf8_lossy(&list.stderr);
    assert!(
        list.status.code() == Some(1) && err.contains("Il manque la phrase de passe du coffre."),
        "{err}"
    );
    // The year's report, with `extra` options.
    let said = |extra: &[&str]| {
        let mut args = vec!["report", "--from", "2026-01-01", "--to", "2026-12-31"];
        args.extend(extra);
        let out = cli(&store, &args, &format!("{PASSPHRASE}\n"));
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let txt = dir.path().join("r.txt");
    let (code, err) = said(&["--out", txt.to_str().unwrap()]);
    assert!(
        code == Some(1)
            && err.contains("Option --out (le fichier à écrire)")
            && !err.contains("Champ"),
        "{err}"
    );
    // The JSON report names no association: its profile would be read for nothing.
    let (code, err) = said(&["--association", "nope.json"]);
    assert!(
        code == Some(2) && err.contains("l’option --association ne sert qu’avec --out"),
        "{err}"
    );
}

/// A passphrase piped from a file saved in another encoding is said as such, not as a disk
/// error.
#[test]
fn a_passphrase_that_is_not_utf8_is_said_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut init = support::command(support::FRENCH);
    init.arg("--store").arg(&store).arg("init");
    let out = support::run_bytes(init, b"caf\xe9 du march\xe9 de nuit\n");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success() && err.contains("n’est pas en UTF-8"),
        "{err}"
    );
    assert!(!store.join("passerelle.keys").exists());
}

/// The key derivation, which says nothing until it ends, is said done when the next stage
/// begins: no progress line stays at 0 % (review, 2026-12-04).
#[test]
fn no_progress_line_stays_at_zero() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    json(&cli(&store, &["init"], &format!("{PASSPHRASE}\n")));
    let file = dir.path().join("b.passerelle");
    let out = cli(
        &store,
        &["backup", "--out", file.to_str().unwrap()],
        &format!("{PASSPHRASE}\nsauvegarde clé usb tiroir bleu\n"),
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success() && err.contains("dérivation de la clé\u{a0}: 100\u{a0}%"),
        "{err}"
    );
}

/// `--out` never replaces a file a store verb reads: the case files of `import`, the bundle of
/// `handover import` (review, 2026-12-05: both were replaced by the JSON of the new ids).
#[test]
fn out_never_replaces_a_file_a_store_verb_reads() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    json(&cli(&store, &["init"], &line));
    let case = write(dir.path(), "c.json", SPEC_EXAMPLE);
    for args in [
        vec!["import", case.as_str(), "--out", case.as_str()],
        vec!["handover", "import", case.as_str(), "--out", case.as_str()],
    ] {
        let out = cli(&store, &args, &line);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            !out.status.success() && err.contains("c’est le fichier que la commande lit"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read_to_string(&case).unwrap(), SPEC_EXAMPLE);
    }
    assert_eq!(json(&cli(&store, &["list"], &line)), serde_json::json!([]));
}

/// Security review, 2026-12-05: the recovery key went into the file a shell redirection named
/// (`init > created.json`, 0644, beside the store), and a shared folder with other files in it
/// was narrowed to 0700 and the store made among them. Both are refused before anything is
/// made; a pipe to another program still receives the key.
#[test]
fn the_key_never_goes_to_a_redirected_file_and_a_store_wants_a_folder_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    let redirected = std::fs::File::create(dir.path().join("created.json")).unwrap();
    let mut command = support::command(support::FRENCH);
    command.arg("--store").arg(&store).arg("init");
    command
        .stdout(redirected)
        .stderr(std::process::Stdio::piped());
    let refused = support::feed(command, line.as_bytes());
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("sans rediriger sa sortie"), "{stderr}");
    assert!(!store.exists(), "nothing created");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("created.json")).unwrap(),
        ""
    );

    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::write(shared.join("autre-fichier.txt"), "x").unwrap();
    let refused = cli(&shared, &["init"], &line);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("contient déjà d’autres fichiers"),
        "{stderr}"
    );
    assert!(!shared.join("passerelle.keys").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o775)).unwrap();
        cli(&shared, &["init"], &line);
        let mode = std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o775, "its access rights unchanged");
    }
    // An empty folder, or a new one, is the store's: narrowed to this account, its database too
    // (it was 0644 inside the 0700 folder).
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    json(&cli(&empty, &["init"], &line));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&empty), 0o700);
        assert_eq!(mode(&empty.join("passerelle.db")), 0o600);
        assert_eq!(mode(&empty.join("passerelle.keys")), 0o600);
    }
}

/// Adversarial review, 2026-12-07: `backup --out` naming a pipe or a device took it away (a
/// backup is written beside, read back, then renamed over the name): it is refused, by name,
/// before any passphrase is asked, and left as it was.
#[cfg(unix)]
#[test]
fn a_backup_onto_a_pipe_is_refused_and_the_pipe_left_alone() {
    use std::os::unix::fs::FileTypeExt as _;
    let (dir, store, _id) = store_with_the_spec_case();
    let fifo = dir.path().join("tube");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()));
    let out = cli(
        &store,
        &["backup", "--out", fifo.to_str().unwrap()],
        &format!("{PASSPHRASE}\nsauvegarde clé usb tiroir bleu\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr).replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        said.contains("c’est un tube ou un périphérique, pas un fichier")
            && said.contains("tube")
            && said.contains("io.file"),
        "{said}"
    );
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe is still a pipe");
}

/// Security review, 2026-12-05: a FIFO another account planted in a shared folder received a
/// whole case in clear through `--out`. A pipe or device is written through only when it is this
/// account's (or the system's: `/dev/stdout`, `/dev/null`). Needs root to give the FIFO away.
#[cfg(unix)]
#[test]
fn out_never_writes_through_a_pipe_another_account_owns() {
    use std::os::unix::fs::MetadataExt;
    let (dir, store, id) = store_with_the_spec_case();
    let line = format!("{PASSPHRASE}\n");
    // Written through /dev/null (root's device): as before.
    let out = cli(&store, &["export", &id, "--out", "/dev/null"], &line);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fifo = dir.path().join("dossier.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    let me = std::fs::metadata(&fifo).unwrap().uid();
    // Given to another account (nobody's uid): only root can.
    let given = std::process::Command::new("chown")
        .arg("65534")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !given || std::fs::metadata(&fifo).unwrap().uid() == me {
        return;
    }
    let refused = cli(
        &store,
        &["export", &id, "--out", fifo.to_str().unwrap()],
        &line,
    );
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("appartient à un autre compte"), "{stderr}");
}

/// A pipe or device of this account's, or the system's, is written through: `/dev/stdout` when
/// standard output is a pipe, and a FIFO of ours with a reader. The inode is checked once and written through the same handle (security review,
/// 2026-12-06: a link swapped between the check and the write reached another account's pipe).
#[cfg(target_os = "linux")]
#[test]
fn out_writes_through_our_own_pipes_and_the_systems() {
    let (dir, store, id) = store_with_the_spec_case();
    let line = format!("{PASSPHRASE}\n");
    let out = cli(&store, &["export", &id, "--out", "/dev/stdout"], &line);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let exported: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(exported["format"], "passerelle.case/1");

    let fifo = dir.path().join("tube.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()));
    let (sent, read) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        // Whichever opens its end first waits for the other.
        std::thread::spawn(move || sent.send(std::fs::read(&fifo).unwrap()));
    }
    let out = cli(
        &store,
        &["export", &id, "--out", fifo.to_str().unwrap()],
        &line,
    );
    // A CLI that never opened the pipe leaves the reader waiting: the test fails, it does not
    // hang (its end opened here lets the reader go).
    let bytes = read
        .recv_timeout(std::time::Duration::from_secs(60))
        .unwrap_or_else(|_| {
            let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
            panic!(
                "nothing written through the pipe: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(read, exported);
}

/// A disk that fills while the store is created (data-loss review, 2026-12-05): the creation
/// fails, says so, and leaves nothing behind, so that the next one succeeds once there is room.
/// It used to leave a database without its key file, which stopped every later creation as a
/// store whose key file was lost. The full disk is a limit on the size of any file the CLI
/// writes, each limit stopping the creation at another step.
#[cfg(unix)]
#[test]
fn a_store_creation_stopped_by_a_full_disk_leaves_nothing_behind() {
    use std::os::unix::process::CommandExt;
    let line = format!("{PASSPHRASE}\n");
    let mut stopped = 0;
    for limit in [2_048u64, 8_192, 32_768, 131_072, 524_288] {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        let mut init = support::command(support::FRENCH);
        init.arg("--store").arg(&store).arg("init");
        // SAFETY: between fork and exec, two async-signal-safe calls on values owned here.
        unsafe {
            init.pre_exec(move || {
                // A write past the limit then fails (EFBIG) instead of killing the process.
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                let size = libc::rlimit {
                    rlim_cur: limit,
                    rlim_max: limit,
                };
                if libc::setrlimit(libc::RLIMIT_FSIZE, &size) == 0 {
                    Ok(())
                } else {
                    Err(std::io::Error::last_os_error())
                }
            });
        }
        let out = support::run(init, &line);
        if out.status.success() {
            assert!(store.join("passerelle.keys").exists(), "{limit}");
            continue;
        }
        stopped += 1;
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            !said.trim().is_empty() && !said.contains("panicked"),
            "{limit}: {said}"
        );
        let left: Vec<String> = std::fs::read_dir(&store)
            .map(|entries| {
                entries
                    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .filter(|name| {
                        name.starts_with("passerelle.db") || name.starts_with("passerelle.keys")
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert!(left.is_empty(), "{limit}: left behind {left:?} ({said})");
        json(&cli(&store, &["init"], &line));
    }
    assert!(stopped >= 2, "the limits stop the creation at some step");
}

/// Review, 2026-12-06: the key file put back from its last good copy at an unlock was said
/// nowhere but in the technical log. The command line says it as the app does, once, and the
/// journal records it.
#[test]
fn a_key_file_put_back_from_its_copy_is_said_once() {
    let (_dir, store, _) = store_with_the_spec_case();
    let line = format!("{PASSPHRASE}\n");
    std::fs::remove_file(store.join("passerelle.keys")).unwrap();

    let listed = cli(&store, &["list"], &line);
    json(&listed);
    let said = String::from_utf8_lossy(&listed.stderr).replace('\u{a0}', " ");
    assert!(
        said.contains("Le fichier de clés du coffre manquait")
            && said.contains("dernière copie valide"),
        "{said}"
    );
    let again = cli(&store, &["list"], &line);
    json(&again);
    assert!(
        !String::from_utf8_lossy(&again.stderr).contains("fichier de clés"),
        "said once: the key file is back"
    );
    assert!(
        support::audit_actions(&json(&cli(&store, &["audit"], &line)))
            .contains(&"key-file-restored")
    );
}
