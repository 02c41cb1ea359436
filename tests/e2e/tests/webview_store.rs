//! The app as a worker runs it keeps nothing of WebKit on disk (issue 13): no `hsts-storage`, no
//! cache, no salts. The webview's context is ephemeral unless WebDriver drives it
//! (src-tauri/src/webview_store.rs), so this flow does without WebDriver: the store is made with
//! the CLI, the app started as from its menu entry, the passphrase typed with real key events
//! (tests/e2e/worker-keys.py), the window closed as a window manager does
//! (tests/e2e/close-window.py). The app's log then shows that the page unlocked the vault and
//! confirmed its last saves through IPC — the ephemeral page works — and the data directory, the
//! home and the caches hold no file of WebKit's but the empty scaffolding Tauri's unused on-disk
//! context gets (an HSTS database, salts). On the way, a lock (Ctrl+L) must end the web
//! process that held the session (src-tauri/src/fresh_page.rs), and the vault open again on the
//! fresh page. Every web process, the first and the fresh page's, runs Passerelle's web
//! extension (src-tauri/webext), which makes it non-dumpable.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use passerelle_e2e::*;

/// Lowercase ASCII: typed key by key through XTEST.
const PASSPHRASE: &str = "gravier pastel hublot ortie zeste";
const WAIT: Duration = Duration::from_secs(60);
const POLL: Duration = Duration::from_millis(200);

fn e2e_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cli() -> PathBuf {
    app_binary().with_file_name("passerelle-cli")
}

/// The app's log so far (empty before it is written).
fn log(data: &Path) -> String {
    std::fs::read_to_string(data.join("logs/passerelle.log")).unwrap_or_default()
}

/// Runs tests/e2e/worker-keys.py on the app's window with `args`.
fn keys(app: &App, args: &[&str]) {
    let typed = Command::new("/usr/bin/python3")
        .arg(e2e_dir().join("worker-keys.py"))
        .arg(app.0.id().to_string())
        .args(args)
        .status()
        .unwrap();
    assert!(typed.success(), "the app's screen never settled");
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !done() {
        assert!(Instant::now() < deadline, "waited {WAIT:?} for {what}");
        std::thread::sleep(POLL);
    }
}

/// Types the passphrase on the unlock screen once it has settled, until the log shows the
/// `nth` unlock; again if the keys came before the page took them.
fn unlock_by_typing(app: &App, data: &Path, nth: usize) {
    let unlocks = || log(data).matches("unlocked").count();
    let mut attempts = 0;
    while unlocks() < nth {
        assert!(
            attempts < 3,
            "the vault was not unlocked by typing ({attempts} attempts):\n{}",
            log(data)
        );
        attempts += 1;
        keys(app, &[PASSPHRASE]);
        let typed_at = Instant::now();
        while unlocks() < nth && typed_at.elapsed() < Duration::from_secs(15) {
            std::thread::sleep(POLL);
        }
    }
}

/// Kills the app if the test fails before it exits.
struct App(Child);

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
#[ignore = "end-to-end: needs the built app and an X display (scripts/test.sh runs it)"]
fn the_app_as_a_worker_runs_it_writes_nothing_of_webkit_to_disk() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let config = home.path().join("config");
    std::fs::create_dir_all(config.join("gtk-3.0")).unwrap();
    // A still caret: the screen settles, and the keys are typed once it has.
    std::fs::write(
        config.join("gtk-3.0/settings.ini"),
        "[Settings]\ngtk-cursor-blink = false\n",
    )
    .unwrap();

    let mut init = Command::new(cli())
        .env(TEST_KDF_FLOOR.0, TEST_KDF_FLOOR.1)
        .arg("--store")
        .arg(data.join("store"))
        .arg("init")
        .stdin(Stdio::piped())
        // Piped and dropped: the CLI shows a recovery key to a program, never to /dev/null.
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("passerelle-cli built by `cargo build --workspace`");
    writeln!(init.stdin.take().unwrap(), "{PASSPHRASE}").unwrap();
    let out = init.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // As from the menu: no WebDriver, a home and caches of its own to look into afterwards.
    let mut app = App(Command::new(app_binary())
        .arg("--data-dir")
        .arg(&data)
        .env_remove("TAURI_WEBVIEW_AUTOMATION")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_DATA_HOME", home.path().join("share"))
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env(TEST_KDF_FLOOR.0, TEST_KDF_FLOOR.1)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap());

    unlock_by_typing(&app, &data, 1);

    // A lock ends the web process that held the session; the fresh page gets a new one, on which
    // the vault opens again.
    let held_the_session = web_processes(app.0.id());
    assert!(
        !held_the_session.is_empty(),
        "no WebKit web process below the app"
    );
    held_the_session
        .iter()
        .for_each(|pid| assert_web_process_hardened(*pid));
    keys(&app, &["--ctrl", "l"]);
    wait_until("the lock to be logged", || {
        log(&data).contains("locked by the user")
    });
    wait_until(
        "the session's web process to end and a new one to start",
        || {
            let now = web_processes(app.0.id());
            !now.is_empty() && held_the_session.iter().all(|p| !now.contains(p))
        },
    );
    unlock_by_typing(&app, &data, 2);
    web_processes(app.0.id())
        .iter()
        .for_each(|pid| assert_web_process_hardened(*pid));

    let sent = Command::new("/usr/bin/python3")
        .arg(e2e_dir().join("close-window.py"))
        .arg("Passerelle")
        .status()
        .unwrap();
    assert!(sent.success(), "no Passerelle window to close");
    let closing = Instant::now();
    while app.0.try_wait().unwrap().is_none() {
        assert!(closing.elapsed() < WAIT, "the app did not close");
        std::thread::sleep(POLL);
    }
    let log = log(&data);
    assert!(
        log.contains("close requested") && !log.contains("did not confirm"),
        "the page answered the close through IPC, in time:\n{log}"
    );

    // Tauri always creates an on-disk WebKit context for the data directory, even for a view that
    // does not use it, and WebKit gives it an empty HSTS database and random salts. Nothing else:
    // no cache, no CacheStorage, no local storage (the on-disk context of a driven app writes
    // `CacheStorage/` at its first start).
    let scaffolding = |p: &PathBuf| {
        let name = p.file_name().unwrap().to_string_lossy();
        let parent = p
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        (name == "salt" && parent != "CacheStorage") || name == "hsts-storage.sqlite"
    };
    let webkit: Vec<PathBuf> = files_under(&data.join("webview"))
        .into_iter()
        .filter(|p| !scaffolding(p))
        .chain(files_under(&home.path().join("share")))
        // Mesa's compiled GPU shaders: the graphics driver's cache, as for any OpenGL program
        // (no content of the page).
        .chain(
            files_under(&home.path().join("cache"))
                .into_iter()
                .filter(|p| !p.starts_with(home.path().join("cache/mesa_shader_cache"))),
        )
        .chain(files_under(&home.path().join(".local")))
        .chain(files_under(&home.path().join(".cache")))
        .collect();
    assert!(webkit.is_empty(), "WebKit wrote to disk: {webkit:#?}");
}
