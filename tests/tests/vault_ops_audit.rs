//! The audit log: what it records (and what it must not), append-only enforced by the database,
//! and tampering made visible by the hash chain.

use chrono::{Duration, Utc};
use passerelle_core::app::{cases, App};
use passerelle_core::db::audit::{self, ChainStatus};
use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::{Secret, Vault};
use passerelle_core::Error;
use passerelle_tests::{audit_actions, case_json, new_app, unlock};

fn add_case(app: &App, family: &str) -> String {
    let (doc, _) = CaseDocument::parse(case_json(family, "Lea").as_bytes()).unwrap();
    cases::import(&app.request(), &doc).unwrap()
}

#[test]
fn unlocks_failed_unlocks_and_every_case_operation_are_recorded_with_who_and_when() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let (vault, req) = (app.vault(), app.request());
    let id = add_case(&app, "Zqxaudit");
    cases::open(&req, &id).unwrap();
    cases::set_closed(&req, &id, Some("01/05/2026")).unwrap();
    cases::export_file(&req, &id, |_| Ok(())).unwrap();
    cases::delete(&req, &id).unwrap();
    vault.lock();

    // Two failures, a while apart, then success: the failures are recorded at the success, since
    // the database cannot be opened before.
    let t0 = Utc::now();
    for i in 0..2 {
        let _ = vault.unlock(
            Secret::Passphrase("pas du tout la bonne phrase"),
            t0 + Duration::seconds(i),
        );
    }
    vault
        .unlock(
            Secret::Passphrase(passerelle_tests::PASSPHRASE),
            t0 + Duration::seconds(10),
        )
        .unwrap();

    assert_eq!(
        audit_actions(vault),
        [
            "store-created",
            "case-created",
            "case-viewed",
            "case-edited",
            "case-exported",
            "case-deleted",
            "unlock-failed",
            "unlock"
        ]
    );
    let log = vault.read(audit::all).unwrap();
    let failed = &log[6];
    assert_eq!(failed.detail["count"], 2);
    assert!(
        failed.actor.slot_id.is_none(),
        "nobody is known for a failure"
    );
    let unlocked = &log[7];
    assert_eq!(unlocked.actor.kind.as_deref(), Some("passphrase"));
    assert!(unlocked.actor.slot_id.is_some());
    assert_eq!(log[3].detail["fields"][0], "closedOn");
    assert_eq!(log[2].case_id.as_deref(), Some(id.as_str()));

    // Never case content: the name appears in no entry.
    let text = serde_json::to_string(&log).unwrap().to_lowercase();
    assert!(!text.contains("zqxaudit"), "{text}");
    assert!(matches!(
        vault.read(audit::verify).unwrap(),
        ChainStatus::Intact { entries: 8, .. }
    ));
}

#[test]
fn the_database_refuses_to_change_or_remove_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let vault = app.vault();
    add_case(&app, "Append");
    for sql in [
        "UPDATE audit_log SET action = 'nothing' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
        "DELETE FROM audit_log",
        "INSERT INTO audit_log (seq, at, action, detail, prev_hash, hash)
         VALUES (99, 'x', 'x', '{}', 'x', 'x')",
    ] {
        let err = vault
            .write(|tx| {
                tx.execute_batch(sql)?;
                Ok(())
            })
            .unwrap_err();
        let Error::Sql(e) = &err else {
            panic!("{sql}: {err:?}")
        };
        assert!(
            e.to_string().contains("audit_log"),
            "{sql}: refused by the trigger, got {e}"
        );
    }
    assert_eq!(vault.read(audit::count).unwrap(), 2);
}

/// What someone with the key and a SQLite shell could do: drop the triggers, then edit.
fn behind_the_triggers(vault: &Vault, sql: &str) {
    vault
        .write(|tx| {
            tx.execute_batch(&format!(
                "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;
                 DROP TRIGGER audit_log_chained; {sql}"
            ))?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn an_entry_edited_behind_the_triggers_breaks_the_chain_there() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let (vault, req) = (app.vault(), app.request());
    let id = add_case(&app, "Tamper");
    cases::open(&req, &id).unwrap();
    cases::delete(&req, &id).unwrap();
    assert!(matches!(
        vault.read(audit::verify).unwrap(),
        ChainStatus::Intact { entries: 4, .. }
    ));
    // Hide the deletion: make it look like a view.
    behind_the_triggers(
        vault,
        "UPDATE audit_log SET action = 'case-viewed' WHERE seq = 4",
    );
    assert_eq!(
        vault.read(audit::verify).unwrap(),
        ChainStatus::Broken { seq: 4 }
    );
}

#[test]
fn an_entry_removed_behind_the_triggers_breaks_the_chain_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let (vault, req) = (app.vault(), app.request());
    let id = add_case(&app, "Removed");
    cases::open(&req, &id).unwrap();
    cases::open(&req, &id).unwrap();
    behind_the_triggers(vault, "DELETE FROM audit_log WHERE seq = 2");
    assert_eq!(
        vault.read(audit::verify).unwrap(),
        ChainStatus::Broken { seq: 3 }
    );
}

#[test]
fn the_export_carries_the_entries_and_the_head_to_compare_later() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let vault = app.vault();
    add_case(&app, "Export");
    vault.lock();
    unlock(vault).unwrap();
    let export = vault.read(|c| audit::export(c, Utc::now())).unwrap();
    assert_eq!(export["format"], "passerelle.audit/1");
    assert_eq!(export["chain"]["status"], "intact");
    let entries = export["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(
        export["chain"]["head"],
        entries.last().unwrap()["hash"],
        "the head is the last entry's hash"
    );
    assert_eq!(entries[1]["prevHash"], entries[0]["hash"]);
}
