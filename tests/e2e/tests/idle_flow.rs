//! The idle lock: with the delay set to one minute, a minute without input brings back the
//! unlock screen, with its reason, and no case stays on screen. Rust owns the timer
//! (src-tauri/src/idle.rs): the page only reports activity.
//!
//! A minute lasts [`MINUTE`] here: debug builds of the app read `PASSERELLE_TEST_IDLE_MINUTE_SECS`.

use std::time::{Duration, Instant};

use passerelle_e2e::*;

mod support;
use support::neutral_to_unlock;

const PASSPHRASE: &str = "lanterne violon marée cactus";
/// One minute of the idle delay, in this test.
const MINUTE: Duration = Duration::from_secs(5);

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_minute_without_input_locks_the_vault() {
    let data = tempfile::tempdir().unwrap();
    let minute_secs = MINUTE.as_secs().to_string();
    let driver =
        Driver::start_with_env(&[("PASSERELLE_TEST_IDLE_MINUTE_SECS", minute_secs.as_str())]).await;
    let c = driver.launch(data.path()).await;

    create_store(&c, PASSPHRASE).await;

    click(&c, "#nav-settings").await;
    wait_for(&c, "body[data-page=settings]").await;
    type_into(&c, "#settings-idle", "1").await;
    // The last input is the click on « save » below, so the app cannot lock before a minute
    // from here has passed.
    let last_input = Instant::now();
    click(&c, "#settings-idle-save").await;
    wait_text(&c, "#settings-saved", |t| !t.is_empty()).await;

    // No input from here on: locked once the minute is up (the timer looks every 2 s)…
    wait_for(&c, "body[data-screen=unlock]").await;
    let locked_after = last_input.elapsed();
    // …and not before: a busy machine can only make the lock seen later, never earlier.
    assert!(
        locked_after >= MINUTE,
        "locked too early: {locked_after:?} after the last input"
    );
    let notice = wait_text(&c, "#unlock-notice", |t| !t.is_empty()).await;
    assert!(
        notice.contains("inactivité"),
        "the reason is shown: {notice:?}"
    );
    assert!(
        c.find(Locator::Css("main")).await.is_err(),
        "nothing of the app stays on screen"
    );

    // « Entretien en cours »: idle during an interview, the person may be in front of the screen;
    // it turns neutral (a clock, nothing that names the app) instead of asking for the passphrase.
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-screen=app]").await;
    click(&c, "#nav-cases").await;
    wait_for(&c, "body[data-page=cases]").await;
    click(&c, "#case-new").await;
    type_into(&c, "#family-name", "Zqxidle").await;
    click(&c, "#case-save").await;
    wait_for(&c, "body[data-page=interview]").await;
    wait_for(&c, "body[data-screen=neutral]").await;
    let shown = plain_text(&c, "body").await;
    assert!(
        !shown.contains("Passerelle") && !shown.to_uppercase().contains("ZQXIDLE"),
        "{shown}"
    );
    assert_ne!(c.title().await.unwrap(), "Passerelle");
    // Ctrl+U (or a double click on the clock) leads to the unlock screen, then back to her
    // interview.
    neutral_to_unlock(&c).await;
    // The neutral screen came from Rust's fresh page (the old page only emptied itself), which
    // knows the vault locked itself: the unlock screen says so.
    let notice = wait_text(&c, "#unlock-notice", |t| !t.is_empty()).await;
    assert!(notice.contains("inactivité"), "{notice:?}");
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-screen=app][data-page=interview]").await;

    // A note being written when the delay is up is added to the case, as at a lock the worker
    // asks for (keyboard review, 2026-12-06: lost at the idle lock).
    click(&c, "#case-link").await;
    wait_for(&c, "body[data-page=case]").await;
    click(&c, "#section-followup").await;
    wait_for(&c, "body[data-case-section=followup]").await;
    type_into(&c, "#note-text", "Brouillon laissé en partant").await;
    wait_for(&c, "body[data-screen=unlock]").await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-screen=app]").await;
    click(&c, "#section-followup").await;
    wait_text(&c, "#notes", |t| t.contains("Brouillon laissé en partant")).await;
    c.close().await.unwrap();
    let log = std::fs::read_to_string(data.path().join("logs/passerelle.log")).unwrap();
    assert!(log.contains("locked after 1 min idle"), "{log}");
}
