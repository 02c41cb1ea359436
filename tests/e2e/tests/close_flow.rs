//! Closing the window a moment after typing an answer keeps the answer: the close waits for the
//! page to send what it still holds (src-tauri/src/closing.rs).

use std::process::Command;
use std::time::{Duration, Instant};

use passerelle_e2e::*;

mod support;

const PASSPHRASE: &str = "lanterne violon marée cactus";
/// An invented place name, typed just before closing.
const TYPED: &str = "Zqxclosetown";

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn an_answer_typed_just_before_closing_the_window_is_saved() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;

    create_store(&c, PASSPHRASE).await;
    click(&c, "#nav-cases").await;
    wait_for(&c, "body[data-page=cases]").await;
    click(&c, "#case-new").await;
    type_into(&c, "#family-name", "Exemple").await;
    type_into(&c, "#given-names", "Ana").await;
    click(&c, "#case-save").await;
    // The interview opens on her consent; the questions come next.
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
    click(&c, "#step-next").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;

    // Typed, not yet sent (the page waits for a pause in typing), and the window closes at once.
    let field = wait_for(&c, "#q-birth-place-input").await;
    field.send_keys(TYPED).await.unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/close-window.py");
    let sent = Command::new("/usr/bin/python3")
        .arg(script)
        .arg("Passerelle")
        .status()
        .expect("python3 with python3-xlib (scripts/setup.sh installs it)");
    assert!(sent.success(), "no Passerelle window to close");
    // The app ends by itself once the page has sent its answer (at the latest after the grace
    // of src-tauri/src/closing.rs, 10 s).
    let deadline = Instant::now() + Duration::from_secs(30);
    while c.title().await.is_ok() {
        assert!(Instant::now() < deadline, "the app did not close");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let _ = c.close().await;

    // The app is gone once the page has saved; read the store back with the CLI.
    let cli = env!("CARGO_MANIFEST_DIR").to_string() + "/../../target/debug/passerelle-cli";
    let store = data.path().join("store");
    let run = |args: &[&str]| {
        let mut program = Command::new(&cli);
        program.arg("--store").arg(&store).args(args);
        support::output_with_input(program, &format!("{PASSPHRASE}\n"))
    };
    // Generous: on a loaded machine the app's exit (and its lock's release) can take long.
    let deadline = Instant::now() + Duration::from_secs(60);
    let list = loop {
        // The store is busy while the app is still closing; try again until it is free.
        let out = run(&["list"]);
        if out.status.success() {
            break out;
        }
        assert!(
            Instant::now() < deadline,
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    };
    let cases: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = cases[0]["id"].as_str().unwrap().to_string();
    let out = run(&["export", &id]);
    let case: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let log = std::fs::read_to_string(data.path().join("logs/passerelle.log")).unwrap_or_default();
    assert!(
        log.contains("close requested") && !log.contains("did not confirm"),
        "the close went through the page, in time:\n{log}"
    );
    assert_eq!(
        case["person"]["birthPlace"], TYPED,
        "the answer typed before closing must be in the store; log:\n{log}"
    );
}
