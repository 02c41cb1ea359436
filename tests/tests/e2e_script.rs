//! `scripts/e2e.sh` runs a flow once more when its app never got a WebDriver session, and only
//! then (docs/testing.md). Checked with a stand-in `cargo` first in `PATH`, which answers each
//! flow as told and counts how often it was run: no app, no display.

use std::path::Path;
use std::process::Command;

/// Runs `scripts/e2e.sh` on `flows`, each answered by the stand-in with the outputs listed for
/// it, run after run (`ok`, `session`: the harness's session failure, `fail`: another failure).
/// Returns the script's success, its output and how often each flow ran.
fn run_script(flows: &[(&str, &[&str])]) -> (bool, String, Vec<usize>) {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    for (flow, answers) in flows {
        std::fs::write(dir.path().join(flow), answers.join("\n") + "\n").unwrap();
    }
    // `cargo test … --test FLOW …`: the flow's next answer, by the count of its earlier runs.
    let cargo = format!(
        r#"#!/bin/sh
while [ "$1" != --test ]; do shift; done
flow=$2
state={state}
echo run >> "$state/$flow.runs"
answer=$(sed -n "$(wc -l < "$state/$flow.runs")p" "$state/$flow")
case "$answer" in
  ok) echo "test result: ok"; exit 0 ;;
  session) echo "thread 't' panicked at tests/e2e/src/lib.rs:184:14:"; echo "WebDriver session (app start) failed: no session after 120s"; exit 101 ;;
  mixed) echo "thread 'a' panicked at tests/e2e/tests/x.rs:10:5:"; echo "the case page shows the route"
         echo "thread 'b' panicked at tests/e2e/src/lib.rs:184:14:"; echo "WebDriver session (app start) failed: no session after 120s"; exit 101 ;;
  *) echo "thread 't' panicked at tests/e2e/tests/x.rs:10:5:"; echo "the case page shows the route"; exit 101 ;;
esac
"#,
        state = dir.path().display()
    );
    let fake = bin.join("cargo");
    std::fs::write(&fake, cargo).unwrap();
    // chmod rather than the platform's permission API: this file stays out of the installers'
    // inputs (scripts/packaging-inputs.sh), and the script it tests runs on Linux only.
    assert!(Command::new("chmod")
        .arg("755")
        .arg(&fake)
        .status()
        .unwrap()
        .success());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/e2e.sh");
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = Command::new("bash")
        .arg(&script)
        .args(flows.iter().map(|(f, _)| *f))
        .env("PATH", path)
        // Already « under Xvfb »: the script does not start a display of its own.
        .env("PASSERELLE_E2E_XVFB", "1")
        .output()
        .unwrap();
    let runs = flows
        .iter()
        .map(|(f, _)| {
            std::fs::read_to_string(dir.path().join(format!("{f}.runs")))
                .map_or(0, |s| s.lines().count())
        })
        .collect();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text, runs)
}

#[test]
fn a_flow_whose_app_got_no_session_runs_once_more_and_passes() {
    let (ok, out, runs) = run_script(&[("first", &["session", "ok"]), ("second", &["ok"])]);
    assert!(ok, "{out}");
    assert_eq!(runs, [2, 1], "{out}");
    assert!(
        out.contains("run twice: no session the first time"),
        "{out}"
    );
    assert!(out.contains("all 2 flows passed"), "{out}");
}

#[test]
fn a_flow_that_fails_on_the_app_is_not_run_again_and_the_others_still_run() {
    let (ok, out, runs) = run_script(&[
        ("broken", &["fail", "ok"]),
        ("twice", &["session", "session"]),
        // One test failed on the app, another got no session: the app failure is not rerun.
        ("mixed", &["mixed", "ok"]),
        ("fine", &["ok"]),
    ]);
    assert!(!ok, "{out}");
    assert_eq!(
        runs,
        [1, 2, 1, 1],
        "never a third run, never a rerun of an app failure: {out}"
    );
    assert!(out.contains("3 of 4 flows failed"), "{out}");
}
