//! What several flows share beyond the harness (`passerelle_e2e`, whose source is an installer
//! input: changing it costs a re-proof of the installers, so additions live here). Each flow
//! uses some of them.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use passerelle_e2e::{app_binary, TEST_KDF_FLOOR};

/// How long a condition may take on a busy machine.
const WAIT: Duration = Duration::from_secs(30);
/// How often it is looked at.
const POLL: Duration = Duration::from_millis(100);

/// Waits until nothing matches `css`: for an element the page removes after an asynchronous
/// call (a reminder cleared once the backup status is read again), where asserting its absence
/// at once races with the page.
pub async fn wait_gone(c: &Client, css: &str, why: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while c.find(Locator::Css(css)).await.is_ok() {
        assert!(Instant::now() < deadline, "{css} still there: {why}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs `keys` into the displayed element matched by `css`, looking it up again while a redraw
/// replaces it (stale, not yet displayed) until [`WAIT`].
async fn keys_into(c: &Client, css: &str, keys: impl Fn(&str) -> String) {
    let deadline = Instant::now() + WAIT;
    loop {
        let last = match c.find(Locator::Css(css)).await {
            Ok(el) if el.is_displayed().await.unwrap_or(false) => {
                let held = el.prop("value").await.ok().flatten().unwrap_or_default();
                match el.send_keys(&keys(&held)).await {
                    Ok(()) => return,
                    Err(e) => e.to_string(),
                }
            }
            Ok(_) => "not displayed".to_string(),
            Err(e) => e.to_string(),
        };
        assert!(
            Instant::now() < deadline,
            "could not type into {css}: {last}"
        );
        tokio::time::sleep(POLL).await;
    }
}

/// Types `text` over what the field matched by `css` holds (End, Backspace as many times as it
/// has characters, then the keys), as a worker does: unlike `type_into`, whose clearing makes
/// the empty field an answer, only key events.
pub async fn type_over(c: &Client, css: &str, text: &str) {
    keys_into(c, css, |held| {
        format!("\u{E010}{}{text}", "\u{E003}".repeat(held.chars().count()))
    })
    .await
}

/// Leaves the field matched by `css` with Tab, as a worker does once done with it.
pub async fn leave(c: &Client, css: &str) {
    keys_into(c, css, |_| "\u{E004}".to_string()).await
}

/// Waits until `el` is no longer in the page (a redraw replaced it).
pub async fn wait_replaced(el: &Element) {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Err(e) = el.text().await {
            if e.is_stale_element_reference() {
                return;
            }
        }
        assert!(Instant::now() < deadline, "timed out waiting for a redraw");
        tokio::time::sleep(POLL).await;
    }
}

/// Sets the window to `width`×`height` and waits until the page has that viewport (a real
/// window size: media queries apply, unlike CSS zoom).
pub async fn window_size(c: &Client, width: u32, height: u32) {
    c.set_window_rect(0, 0, width, height)
        .await
        .expect("window size");
    wait_script(
        c,
        &format!("return window.innerWidth === {width} && window.innerHeight <= {height};"),
    )
    .await
}

/// Waits until the script `js` (a function body) returns `true`.
pub async fn wait_script(c: &Client, js: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Ok(v) = c.execute(js, vec![]).await {
            if v.as_bool() == Some(true) {
                return;
            }
        }
        assert!(Instant::now() < deadline, "timed out waiting for {js}");
        tokio::time::sleep(POLL).await;
    }
}

/// Waits until the whole of `css` is inside the window.
pub async fn wait_in_view(c: &Client, css: &str) {
    wait_script(
        c,
        &format!(
            "const el = document.querySelector({css:?}); if (!el) return false;
             const r = el.getBoundingClientRect();
             return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;"
        ),
    )
    .await
}

/// Waits until the keyboard is on `css`.
pub async fn wait_focus(c: &Client, css: &str) {
    wait_script(
        c,
        &format!(
            "return document.activeElement !== null && document.activeElement.matches({:?});",
            css
        ),
    )
    .await
}

/// Waits until the page has settled: no IPC call on its way (ui/js/api.js counts them in
/// `window.passerelleIpc`) and none started for 300 ms. Before typing into a page that may
/// still be translating or redrawing (which moves the focus), and before an accessibility audit.
pub async fn settled(c: &Client) {
    settled_ipc(c).await;
}

/// [`settled`], returning `window.passerelleIpc` as it stands at that quiet moment (`null` on a
/// page without api.js): what ipc_calls.rs counts.
pub async fn settled_ipc(c: &Client) -> serde_json::Value {
    let deadline = Instant::now() + WAIT;
    let mut last = None;
    let mut quiet_since = Instant::now();
    loop {
        let state = c
            .execute("return window.passerelleIpc ?? null;", vec![])
            .await
            .ok();
        let counts = state
            .as_ref()
            .and_then(|s| Some((s["pending"].as_u64()?, s["total"].as_u64()?)));
        match counts {
            Some((pending, total)) if last == Some(total) => {
                if pending == 0 && quiet_since.elapsed() >= Duration::from_millis(300) {
                    return state.unwrap_or_default();
                }
            }
            _ => {
                last = counts.map(|(_, total)| total);
                quiet_since = Instant::now();
            }
        }
        assert!(Instant::now() < deadline, "the page did not settle");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Marks the page now shown, so that [`wait_fresh_page`] can tell it from the page a lock loads
/// in its place (Rust throws the old one away: fresh_page.rs).
pub async fn mark_old_page(c: &Client) {
    c.execute("window.e2eOldPage = true;", vec![])
        .await
        .expect("mark the page");
}

/// Waits until the page shown is not the one [`mark_old_page`] marked and its screen is `screen`.
pub async fn wait_fresh_page(c: &Client, screen: &str) {
    wait_script(
        c,
        &format!("return !window.e2eOldPage && document.body.dataset.screen === '{screen}';"),
    )
    .await
}

/// Runs `passerelle-cli --store STORE ARGS…` (built beside the app, with the cheapest key
/// derivation) with `passphrase` on standard input, and answers what it printed: the flows fill a
/// store before the app opens it.
pub fn store_cli(store: &Path, passphrase: &str, args: &[&str]) -> Vec<u8> {
    let mut cli = Command::new(app_binary().with_file_name("passerelle-cli"));
    cli.env(TEST_KDF_FLOOR.0, TEST_KDF_FLOOR.1)
        .arg("--store")
        .arg(store)
        .args(args);
    let out = output_with_input(cli, &format!("{passphrase}\n"));
    assert!(
        out.status.success(),
        "passerelle-cli {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs `program` (its arguments and environment set) with `stdin` on its standard input, and
/// answers what it did: the flows drive passerelle-cli and the xtask so.
pub fn output_with_input(mut program: Command, stdin: &str) -> Output {
    let mut child = program
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program:?} runs (cargo build --workspace): {e}"));
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// A data directory whose store, opened with `passphrase`, holds `n` cases: `case_file(i)` is the
/// JSON of the i-th, all imported in one call.
pub fn filled_store(
    passphrase: &str,
    n: usize,
    case_file: impl Fn(usize) -> String,
) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let store = data.path().join("store");
    store_cli(&store, passphrase, &["init"]);
    let paths: Vec<String> = (0..n)
        .map(|i| {
            let p = files.path().join(format!("{i}.json"));
            std::fs::write(&p, case_file(i)).unwrap();
            p.display().to_string()
        })
        .collect();
    let mut args = vec!["import"];
    args.extend(paths.iter().map(String::as_str));
    store_cli(&store, passphrase, &args);
    data
}

/// Performs `actions` on the keyboard, then lets every key go.
pub async fn keys(c: &Client, actions: KeyActions) {
    c.perform_actions(actions).await.expect("key actions");
    c.release_actions().await.ok();
}

/// Ctrl + `key` (Ctrl+L locks, Ctrl+U unlocks the neutral screen).
pub async fn ctrl(c: &Client, key: char) {
    keys(
        c,
        KeyActions::new("keyboard".into())
            .then(KeyAction::Down {
                value: Key::Control.into(),
            })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up {
                value: Key::Control.into(),
            }),
    )
    .await
}

/// The value of the field matched by `css`, once it is there.
pub async fn value(c: &Client, css: &str) -> String {
    passerelle_e2e::wait_for(c, css)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Shift pressed three times: the quick lock's gesture.
pub fn shift_three_times() -> KeyActions {
    let mut shift = KeyActions::new("keyboard".into());
    for _ in 0..3 {
        shift = shift
            .then(KeyAction::Down {
                value: Key::Shift.into(),
            })
            .then(KeyAction::Up {
                value: Key::Shift.into(),
            });
    }
    shift
}

/// Waits until the page is `width` CSS pixels wide.
pub async fn wait_viewport(c: &Client, width: u64) {
    let deadline = Instant::now() + WAIT;
    loop {
        let w = c
            .execute("return window.innerWidth;", vec![])
            .await
            .expect("viewport");
        if w.as_u64() == Some(width) {
            return;
        }
        assert!(Instant::now() < deadline, "the page stayed {w} px wide");
        tokio::time::sleep(POLL).await;
    }
}

/// From the neutral screen (the quick lock, the idle lock) to the unlock screen: Ctrl+U on its
/// clock, as a worker does.
pub async fn neutral_to_unlock(c: &Client) {
    passerelle_e2e::wait_for(c, "#neutral-clock")
        .await
        .send_keys("\u{E009}u")
        .await
        .unwrap();
    passerelle_e2e::wait_for(c, "body[data-screen=unlock]").await;
}
