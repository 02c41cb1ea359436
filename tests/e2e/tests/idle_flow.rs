//! The idle lock: with the delay set to one minute, a minute without input brings back the
//! unlock screen, with its reason, and no case stays on screen. Rust owns the timer
//! (src-tauri/src/idle.rs): the page only reports activity.

use std::time::Duration;

use passerelle_e2e::*;

const PASSPHRASE: &str = "lanterne violon marée cactus";

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_minute_without_input_locks_the_vault() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;

    create_store(&c, PASSPHRASE).await;

    click(&c, "#nav-settings").await;
    wait_for(&c, "body[data-page=settings]").await;
    type_into(&c, "#settings-idle", "1").await;
    click(&c, "#settings-idle-save").await;
    wait_text(&c, "#settings-saved", |t| !t.is_empty()).await;

    // No input from here on. Not locked before the minute is up…
    tokio::time::sleep(Duration::from_secs(45)).await;
    assert!(
        c.find(Locator::Css("body[data-screen=unlock]"))
            .await
            .is_err(),
        "locked too early"
    );
    // …locked soon after (the timer looks every 2 s).
    tokio::time::sleep(Duration::from_secs(20)).await;
    wait_for(&c, "body[data-screen=unlock]").await;
    let notice = wait_text(&c, "#unlock-notice", |t| !t.is_empty()).await;
    assert!(
        notice.contains("inactivité"),
        "the reason is shown: {notice:?}"
    );
    assert!(
        c.find(Locator::Css("main")).await.is_err(),
        "nothing of the app stays on screen"
    );
    c.close().await.unwrap();
    let log = std::fs::read_to_string(data.path().join("logs/passerelle.log")).unwrap();
    assert!(log.contains("locked after 1 min idle"), "{log}");
}
