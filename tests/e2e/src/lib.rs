//! The end-to-end harness: starts `tauri-driver` (which starts WebKitWebDriver, which starts the
//! app) and opens WebDriver sessions against the built app binary.
//!
//! Needs an X display (run under `xvfb-run`), `tauri-driver` on the PATH (or `TAURI_DRIVER`) and
//! `WebKitWebDriver` (Debian `webkit2gtk-driver`). `scripts/test.sh` provides all three. The app
//! binary is `E2E_APP`, or `target/debug/passerelle` beside this workspace.
//!
//! Lessons from ../shared/notes/toolchain.md §4 built in: tauri-driver is stopped with SIGTERM
//! (SIGKILL would orphan WebKitWebDriver, which then hangs the next run), ports are checked free
//! first, and every wait has a timeout.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::ClientBuilder;
pub use fantoccini::{Client, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// A running tauri-driver.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port_pair() -> u16 {
    for _ in 0..50 {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
        let port = l.local_addr().unwrap().port();
        drop(l);
        if port < 65000 && TcpStream::connect(("127.0.0.1", port + 1)).is_err() {
            return port;
        }
    }
    panic!("no free pair of ports for tauri-driver");
}

/// The app binary under test.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("E2E_APP") {
        return PathBuf::from(p);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../target"));
    target.join("debug/passerelle")
}

impl Driver {
    /// Starts tauri-driver on a free port.
    pub async fn start() -> Driver {
        Self::start_with_env(&[]).await
    }

    /// Starts tauri-driver with extra environment variables, which reach the app it launches
    /// (e.g. `PASSERELLE_E2E_DIALOG_DIR`, which answers the app's file dialogs in debug builds).
    pub async fn start_with_env(env: &[(&str, &Path)]) -> Driver {
        let bin = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into());
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no X display: run under xvfb-run"
        );
        let port = free_port_pair();
        let child = Command::new(&bin)
            .envs(env.iter().map(|(k, v)| (*k, v.as_os_str())))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &(port + 1).to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "tauri-driver did not listen on {port}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Driver { child, port }
    }

    /// Starts the app with its data in `data_dir` and opens a session on it.
    pub async fn launch(&self, data_dir: &Path) -> Client {
        self.launch_with(data_dir, &[]).await
    }

    /// [`Driver::launch`] with more command-line arguments (`--export-dir DIR`).
    pub async fn launch_with(&self, data_dir: &Path, extra: &[&str]) -> Client {
        let app = app_binary();
        assert!(
            app.exists(),
            "app binary {} missing: build it first (cargo build)",
            app.display()
        );
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), serde_json::json!("wry"));
        let mut args = vec![serde_json::json!("--data-dir"), serde_json::json!(data_dir)];
        args.extend(extra.iter().map(|a| serde_json::json!(a)));
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app, "args": args }),
        );
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps);
        let url = format!("http://127.0.0.1:{}", self.port);
        tokio::time::timeout(Duration::from_secs(60), builder.connect(&url))
            .await
            .expect("timed out creating the WebDriver session")
            .expect("WebDriver session (app start) failed")
    }
}

/// Creates the store on the setup screen with `passphrase`, ticks « I have written it down » on
/// the recovery-key screen and waits for the landing page (the dashboard).
pub async fn create_store(c: &Client, passphrase: &str) {
    wait_for(c, "body[data-screen=setup]").await;
    type_into(c, "#new-passphrase", passphrase).await;
    type_into(c, "#new-passphrase-again", passphrase).await;
    wait_text(c, ".meter-label", |t| !t.is_empty()).await;
    click(c, "#setup-create").await;
    wait_for(c, "body[data-screen=recovery]").await;
    click(c, "#recovery-written").await;
    click(c, "#recovery-continue").await;
    wait_for(c, "body[data-page=dashboard]").await;
}

/// Waits until `css` matches a displayed element, then returns it.
pub async fn wait_for(c: &Client, css: &str) -> fantoccini::elements::Element {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            if el.is_displayed().await.unwrap_or(false) {
                return el;
            }
        }
        assert!(Instant::now() < deadline, "timed out waiting for {css}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the text of `css` satisfies `pred`; returns the text.
pub async fn wait_text(c: &Client, css: &str, pred: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut last = String::new();
    loop {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            if let Ok(text) = el.text().await {
                if pred(&text) {
                    return text;
                }
                last = text;
            }
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for text of {css}; last: {last:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Types into the element matched by `css` (after clearing it).
pub async fn type_into(c: &Client, css: &str, text: &str) {
    let el = wait_for(c, css).await;
    el.clear().await.expect("clear");
    el.send_keys(text).await.expect("send_keys");
}

/// Clicks the element matched by `css` once it is displayed and enabled.
pub async fn click(c: &Client, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let el = wait_for(c, css).await;
        if el.is_enabled().await.unwrap_or(false) {
            el.click()
                .await
                .unwrap_or_else(|e| panic!("click {css}: {e}"));
            return;
        }
        assert!(Instant::now() < deadline, "{css} stayed disabled");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Chooses the option `value` of the select matched by `css`.
pub async fn select(c: &Client, css: &str, value: &str) {
    let el = wait_for(c, css).await;
    el.select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
}

/// Types `text` into the field matched by `css`, then leaves it with Tab: what a worker does,
/// and what makes the field's answer final.
pub async fn answer_text(c: &Client, css: &str, text: &str) {
    type_into(c, css, text).await;
    let el = wait_for(c, css).await;
    el.send_keys("\u{E004}").await.expect("tab");
}

/// The text of `css` with no-break spaces made plain, for comparisons.
pub async fn plain_text(c: &Client, css: &str) -> String {
    let el = wait_for(c, css).await;
    el.text()
        .await
        .unwrap_or_default()
        .replace(['\u{a0}', '\u{202f}'], " ")
}

/// Saves a screenshot to `$E2E_SCREENSHOTS/<name>.png` when that variable is set.
pub async fn screenshot(c: &Client, name: &str) {
    if let Some(dir) = std::env::var_os("E2E_SCREENSHOTS") {
        // The DOM can be complete before WebKit has painted it: wait for two frames.
        let _ = c
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
        std::fs::create_dir_all(&dir).ok();
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).expect("write screenshot");
    }
}

/// Every file under `dir` whose bytes contain `needle` (for the no-plaintext checks).
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    hits.push(p);
                }
            }
        }
    }
    hits
}
