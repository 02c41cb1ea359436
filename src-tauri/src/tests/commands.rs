//! The commands as the page reaches them: through Tauri's IPC on the mock runtime, with the app's
//! data in a temporary directory.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::contract::{commands, Command};
use super::{invoke, mock_shell};

/// A passphrase strong enough for the vault's rule.
const PASSPHRASE: &str = "lanterne violon marée cactus";

/// Commands a test does not run: `app_close` exits the process (the mock runtime's exit is
/// `unimplemented!`), and these open a native file dialog before anything else (the review sheet
/// needs no vault), which nobody answers here.
const NOT_RUN: &[&str] = &[
    "app_close",
    "backup_verify",
    "backup_restore",
    "review_sheet_export",
];

/// Commands that work while the vault is locked, and why.
const WITHOUT_THE_VAULT: &[&str] = &[
    // The screens before unlock: formatting, status, the strength meter, the preferences (which
    // live beside the store, not in it), creating or opening the store.
    "l10n_format",
    "app_status",
    "passphrase_strength",
    "passphrase_generate",
    "settings_get",
    "settings_update",
    "session_create",
    "session_unlock",
    // A database without its key file is set aside before any store exists.
    "session_set_aside_database",
    // Locking, activity and the quick lock's neutral screen.
    "session_lock",
    "session_idle_lock",
    "session_touch",
    // The page copied text: a mark for the next lock.
    "session_copied",
    "session_quick_lock",
    "session_reveal",
    // A weak passphrase is refused before anything else (the sample is weak).
    "handover_export",
    "team_add",
    "session_change_passphrase",
    // The report form's proposed days: the calendar only, nothing of the vault.
    "report_period",
];

fn call(
    window: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    c: &Command,
) -> Result<Value, Value> {
    invoke(window, c.name, Value::Object(c.sample_args()))
}

/// The keys of an error the page receives, if it is an object.
fn keys(error: &Value) -> BTreeSet<&str> {
    error
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn every_command_is_reached_and_reads_its_arguments_under_the_contracts_names() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let (_app, window) = mock_shell(data.path());
    for c in commands() {
        for arg in &c.args {
            // No argument's type accepts a fractional number: the command refuses it and names
            // the argument it read it as, so the name is right and the command was reached.
            let mut args = c.sample_args();
            args.insert(arg.name(), json!(1.5));
            let answer = invoke(&window, c.name, Value::Object(args));
            let expected = format!("invalid args `{}` for command `{}`", arg.name(), c.name);
            assert!(
                matches!(&answer, Err(Value::String(e)) if e.starts_with(&expected)),
                "{}({}): {answer:?}",
                c.name,
                arg.name()
            );
        }
        if c.args.is_empty() && !NOT_RUN.contains(&c.name) {
            // Nothing to refuse: it runs, and answers a value or an error of the UI's shape.
            match call(&window, &c) {
                Ok(_) => {}
                Err(e) => assert!(keys(&e).contains("code"), "{}: {e:?}", c.name),
            }
        }
    }
}

#[test]
fn a_refusal_crosses_as_code_message_id_args_and_message_worded_in_french() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let (_app, window) = mock_shell(data.path());
    let error = invoke(&window, "case_overview", json!({ "caseId": "c" }))
        .expect_err("no store: the vault is locked");
    assert_eq!(
        keys(&error),
        BTreeSet::from(["args", "code", "message", "messageId"]),
        "{error:?}"
    );
    assert_eq!(error["code"], "vault.locked");
    assert_eq!(error["messageId"], "error-locked");
    assert_eq!(error["args"], json!({}));
    assert_eq!(
        error["message"],
        "Le coffre est verrouillé. Déverrouillez-le pour continuer."
    );
}

#[test]
fn every_command_that_needs_the_vault_refuses_while_it_is_locked() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let (_app, window) = mock_shell(data.path());
    let mut checked = 0;
    for c in commands() {
        if WITHOUT_THE_VAULT.contains(&c.name) || NOT_RUN.contains(&c.name) {
            continue;
        }
        let error = call(&window, &c).expect_err(c.name);
        assert_eq!(error["code"], "vault.locked", "{}: {error:?}", c.name);
        checked += 1;
    }
    assert!(checked > 30, "most commands need the vault ({checked})");
}

#[test]
fn a_case_crosses_ipc_under_camel_case_names_only_while_the_vault_is_open() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let (_app, window) = mock_shell(data.path());
    let created = invoke(
        &window,
        "session_create",
        json!({ "passphrase": PASSPHRASE }),
    )
    .expect("the store is created");
    assert!(created["recoveryKey"].is_string(), "{created:?}");

    let names = json!({ "familyName": "Okafor", "givenNames": "Amina" });
    let id = invoke(&window, "case_create", names).expect("a new case");
    let page = invoke(&window, "case_overview", json!({ "caseId": id })).expect("its page");
    assert_eq!(page["id"], id);
    assert!(
        page["name"].as_str().is_some_and(|n| n.contains("OKAFOR")),
        "{page:?}"
    );
    let snake = invoke(&window, "case_overview", json!({ "case_id": id }))
        .expect_err("Rust's own name is not the page's");
    assert!(
        snake
            .as_str()
            .is_some_and(|e| e.contains("missing required key caseId")),
        "{snake:?}"
    );

    invoke(&window, "session_lock", json!({ "unsaved": false })).expect("locked");
    let locked = invoke(&window, "case_overview", json!({ "caseId": id })).expect_err("locked");
    assert_eq!(locked["code"], "vault.locked");

    let wrong = json!({ "passphrase": "lanterne violon marée" });
    let refused = invoke(&window, "session_unlock", wrong).expect_err("wrong passphrase");
    assert_eq!(refused["code"], "vault.wrong-passphrase", "{refused:?}");
    invoke(
        &window,
        "session_unlock",
        json!({ "passphrase": PASSPHRASE }),
    )
    .expect("unlocked");
    let page = invoke(&window, "case_overview", json!({ "caseId": id })).expect("its page again");
    assert_eq!(page["id"], id);

    // Leaving the neutral screen locks: an unlock that ended behind it does not stay open.
    invoke(&window, "session_reveal", json!({})).expect("revealed");
    let hidden = invoke(&window, "case_overview", json!({ "caseId": id })).expect_err("locked");
    assert_eq!(hidden["code"], "vault.locked");
}
