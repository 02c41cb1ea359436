//! The foundation's end-to-end journey, through the real app: first run → create the vault →
//! add a case → lock → a wrong passphrase is refused with a message → unlock → the case is there
//! → quit and restart → unlock → still there; and nothing of the case in clear on disk.

use passerelle_e2e::*;

mod support;
use support::{wait_focus, wait_script};

const PASSPHRASE: &str = "lanterne violon marée cactus";
const NEW_PASSPHRASE: &str = "girafe tambour lagune ciboulette";
/// An invented family name that appears nowhere else, to look for on disk.
const CANARY: &str = "Zqxwelkanary";

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn create_lock_unlock_restart_keeps_the_case_and_leaks_nothing() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;

    // First run: the setup screen. A passphrase a French attacker tries first is refused, and
    // the meter says why; « Proposer une phrase de passe » fills in five words and shows them.
    let c = driver.launch(data.path()).await;
    wait_for(&c, "body[data-screen=setup]").await;
    type_into(&c, "#new-passphrase", "Marseille2024!").await;
    let why = wait_text(&c, ".meter-label", |t| t.contains("année")).await;
    assert!(why.contains("suivi d’une année"), "{why}");
    click(&c, "#new-passphrase-generate").await;
    let shown = wait_text(&c, "#new-passphrase-generated strong", |t| {
        t.split(' ').count() == 5
    })
    .await;
    let typed = c
        .execute(
            "return document.querySelector('#new-passphrase').value;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        typed.as_str(),
        Some(shown.as_str()),
        "the words shown are the passphrase"
    );
    wait_text(&c, ".meter-label", |t| t.contains("olide")).await;
    screenshot(&c, "01-setup").await;
    type_into(&c, "#new-passphrase", PASSPHRASE).await;
    type_into(&c, "#new-passphrase-again", PASSPHRASE).await;
    wait_text(&c, ".meter-label", |t| !t.is_empty()).await;
    click(&c, "#setup-create").await;

    // The recovery key, once.
    wait_for(&c, "body[data-screen=recovery]").await;
    // Nine groups of four, shown apart without their dashes (typed back, dashes and spaces are
    // ignored).
    let key = wait_text(&c, "#recovery-key", |t| {
        t.replace(char::is_whitespace, "").len() == 36
    })
    .await;
    assert!(!key.contains('-'), "{key}");
    let groups = c
        .execute(
            "return [...document.querySelectorAll('#recovery-key span')].map((s) => s.textContent);",
            vec![],
        )
        .await
        .unwrap();
    let groups: Vec<String> = serde_json::from_value(groups).unwrap();
    assert!(
        groups.len() == 9 && groups.iter().all(|g| g.len() == 4),
        "{groups:?}"
    );
    let key = groups.join("-");
    screenshot(&c, "02-recovery-key").await;
    // Not selectable: on X11 a selection fills the primary selection, which any program reads.
    let selected = c
        .execute(
            "const el = document.querySelector('#recovery-key');
             const s = getComputedStyle(el);
             window.getSelection().selectAllChildren(el);
             return [s.userSelect || s.webkitUserSelect, window.getSelection().toString()];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(selected, serde_json::json!(["none", ""]), "{selected}");
    let cont = wait_for(&c, "#recovery-continue").await;
    assert!(
        !cont.is_enabled().await.unwrap(),
        "continuing must wait for the written-down confirmation"
    );
    click(&c, "#recovery-written").await;
    click(&c, "#recovery-continue").await;

    // The dashboard is the landing page; its « Ouvrir un premier dossier » opens the new-case
    // form, the keyboard in its first field. Creating it opens the interview; the case list then
    // shows it.
    wait_for(&c, "body[data-page=dashboard]").await;
    click(&c, "a[href='#/cases?new=1']").await;
    wait_for(&c, "body[data-page=cases]").await;
    wait_script(
        &c,
        "return document.activeElement !== null && document.activeElement.id === 'family-name';",
    )
    .await;
    type_into(&c, "#family-name", CANARY).await;
    type_into(&c, "#given-names", "Ada").await;
    click(&c, "#case-save").await;
    wait_for(&c, "body[data-page=interview]").await;
    click(&c, "#nav-cases").await;
    let upper = CANARY.to_uppercase();
    wait_text(&c, "#case-table", |t| t.contains(&upper)).await;
    screenshot(&c, "03-cases").await;

    // Lock with the button; a wrong passphrase is refused with a clear message.
    click(&c, "#lock").await;
    wait_for(&c, "#unlock-notice").await;
    assert!(
        c.find(Locator::Css("#case-table")).await.is_err(),
        "no case may stay on screen once locked"
    );
    type_into(&c, "#passphrase", "lanterne violon marée").await;
    click(&c, "#unlock-submit").await;
    let error = wait_text(&c, "#unlock-error", |t| !t.is_empty()).await;
    assert!(
        error.contains("incorrecte"),
        "French message for a wrong passphrase, got {error:?}"
    );
    screenshot(&c, "04-unlock-error").await;

    // The right one opens it, and the case is there.
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_text(&c, "#case-table", |t| t.contains(&upper)).await;

    // Ctrl+L locks from anywhere.
    let search = wait_for(&c, "#case-search").await;
    search.send_keys("\u{E009}l").await.unwrap();
    wait_for(&c, "#passphrase").await;

    // The recovery key opens it too, the passphrase forgotten: a new one is offered at once
    // (UI review, 2026-12-06: nothing let her choose one).
    click(&c, "#unlock-toggle").await;
    type_into(&c, "#recovery-key-input", &key.to_lowercase()).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-screen=new-passphrase]").await;
    screenshot(&c, "04b-new-passphrase").await;
    let violations = axe_violations(&c).await;
    assert!(violations.is_empty(), "{violations:#?}");
    type_into(&c, "#new-passphrase", NEW_PASSPHRASE).await;
    type_into(&c, "#new-passphrase-again", NEW_PASSPHRASE).await;
    click(&c, "#new-passphrase-save").await;
    // Said before the app goes on, and for whom (UI review, 2026-12-06: the dashboard came at
    // once, with nothing to say the passphrase was saved).
    wait_text(&c, "#new-passphrase-saved", |t| {
        t.contains("ouvrira le coffre") && t.contains("L’ancienne ne l’ouvre plus")
    })
    .await;
    wait_focus(&c, "#new-passphrase-continue").await;
    click(&c, "#new-passphrase-continue").await;
    wait_text(&c, "#case-table", |t| t.contains(&upper)).await;

    // Quit.
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;

    for needle in [
        CANARY.as_bytes(),
        upper.as_bytes(),
        CANARY.to_lowercase().as_bytes(),
    ] {
        let hits = files_containing(data.path(), needle);
        assert!(hits.is_empty(), "the case name is in clear in {hits:?}");
    }
    let log = std::fs::read_to_string(data.path().join("logs/passerelle.log")).unwrap();
    assert!(log.contains("unlocked"), "the log records events");

    // Restart: still locked, the forgotten passphrase no longer opens it, the new one does, and
    // the case survives.
    let c = driver.launch(data.path()).await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_text(&c, "#unlock-error", |t| t.contains("incorrecte")).await;
    type_into(&c, "#passphrase", NEW_PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    click(&c, "#nav-cases").await;
    wait_text(&c, "#case-table", |t| t.contains(&upper)).await;
    c.close().await.unwrap();
}

/// The app closed on the recovery screen, before the box was ticked: the key exists on no paper.
/// At the next unlock the administrator is asked whether she has it; « Je l'ai notée » ends it.
#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_recovery_key_never_confirmed_is_asked_about_at_the_next_unlock() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    wait_for(&c, "body[data-screen=setup]").await;
    type_into(&c, "#new-passphrase", PASSPHRASE).await;
    type_into(&c, "#new-passphrase-again", PASSPHRASE).await;
    wait_text(&c, ".meter-label", |t| !t.is_empty()).await;
    click(&c, "#setup-create").await;
    wait_for(&c, "body[data-screen=recovery]").await;
    // Closed here, the box not ticked.
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;

    let c = driver.launch(data.path()).await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-screen=recovery-unconfirmed]").await;
    wait_text(&c, "h1", |t| t.contains("Clé de secours à confirmer")).await;
    wait_for(&c, "#recovery-unconfirmed-new").await;
    screenshot(&c, "05-recovery-unconfirmed").await;
    let violations = axe_violations(&c).await;
    assert!(
        violations.is_empty(),
        "axe on the new screen: {violations:#?}"
    );
    click(&c, "#recovery-unconfirmed-have").await;
    wait_for(&c, "body[data-page=dashboard]").await;

    // Confirmed: the next unlock goes straight to the dashboard.
    click(&c, "#lock").await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;
}
