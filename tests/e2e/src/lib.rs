//! The end-to-end harness: starts `tauri-driver` (which starts WebKitWebDriver, which starts the
//! app) and opens WebDriver sessions against the built app binary.
//!
//! Needs an X display (run under `xvfb-run`), `tauri-driver` on the PATH (or `TAURI_DRIVER`) and
//! `WebKitWebDriver` (Debian `webkit2gtk-driver`). `scripts/test.sh` provides all three. The app
//! binary is `E2E_APP`, or `target/debug/passerelle` beside this workspace.
//!
//! Lessons from ../shared/notes/toolchain.md §4 and §13 built in: tauri-driver is stopped with
//! SIGTERM (SIGKILL would orphan WebKitWebDriver, which then hangs the next run); ports are checked
//! free first; a session is only asked for once tauri-driver *and* WebKitWebDriver behind it
//! listen, and a new-session request that loses its connection (refused, reset, hyper's
//! `IncompleteMessage`: tauri-driver drops them on a busy machine) is sent again within one
//! deadline; every wait has a condition and a timeout; an action on an element that the page
//! re-rendered in between looks the element up again.

use std::ffi::OsStr;
use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::error::{CmdError, ErrorStatus, NewSessionError};
use fantoccini::ClientBuilder;
pub use fantoccini::{Client, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// How long the page may take to show what a step waits for. Generous: CI machines are busy, and
/// a wait that succeeds returns at once.
const WAIT: Duration = Duration::from_secs(30);
/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(100);
/// How long tauri-driver and WebKitWebDriver may take to listen.
const DRIVER_START: Duration = Duration::from_secs(30);
/// How long starting the app and opening its session may take, all attempts together.
const SESSION_DEADLINE: Duration = Duration::from_secs(120);

/// Debug builds of the app and the CLI read it: key derivation at its floor, without the seconds
/// of calibration (src-tauri/core/src/vault/kdf.rs). Release builds ignore it.
pub const TEST_KDF_FLOOR: (&str, &str) = ("PASSERELLE_TEST_KDF_FLOOR", "1");

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
        if port < 65000 && !listening(port + 1) {
            return port;
        }
    }
    panic!("no free pair of ports for tauri-driver");
}

fn listening(port: u16) -> bool {
    TcpStream::connect(("127.0.0.1", port)).is_ok()
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
        Self::start_with_env::<&str>(&[]).await
    }

    /// Starts tauri-driver with extra environment variables, which reach the app it launches
    /// (e.g. `PASSERELLE_E2E_DIALOG_DIR`, which answers the app's file dialogs in debug builds).
    /// The app always gets [`TEST_KDF_FLOOR`].
    pub async fn start_with_env<V: AsRef<OsStr>>(env: &[(&str, V)]) -> Driver {
        let bin = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into());
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no X display: run under xvfb-run"
        );
        let mut failures = Vec::new();
        // A port found free can be taken by someone else before tauri-driver or WebKitWebDriver
        // binds it: then start again on other ports.
        for _ in 0..3 {
            let port = free_port_pair();
            let child = Command::new(&bin)
                .env(TEST_KDF_FLOOR.0, TEST_KDF_FLOOR.1)
                .envs(env.iter().map(|(k, v)| (*k, v.as_ref())))
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
            let mut driver = Driver { child, port };
            match driver.wait_listening().await {
                Ok(()) => return driver,
                Err(e) => failures.push(e), // dropping it stops it
            }
        }
        panic!("tauri-driver did not start: {failures:?}");
    }

    /// Waits until tauri-driver listens on its port and WebKitWebDriver on the native one: a
    /// request tauri-driver cannot forward yet comes back as a dropped connection.
    async fn wait_listening(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + DRIVER_START;
        for port in [self.port, self.port + 1] {
            while !listening(port) {
                if let Ok(Some(status)) = self.child.try_wait() {
                    return Err(format!("tauri-driver on {} exited: {status}", self.port));
                }
                if Instant::now() >= deadline {
                    return Err(format!("nothing listens on {port} after {DRIVER_START:?}"));
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        Ok(())
    }

    /// Starts the app with its data in `data_dir` and opens a session on it.
    pub async fn launch(&self, data_dir: &Path) -> Client {
        self.launch_with(data_dir, &[]).await
    }

    /// [`Driver::launch`] with more command-line arguments (`--export-dir DIR`).
    ///
    /// A new-session request whose connection is refused or dropped before any answer is sent
    /// again, until [`SESSION_DEADLINE`]; an answer that refuses the session fails at once.
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
        let url = format!("http://127.0.0.1:{}", self.port);
        // One app per data directory: the previous session's app may still be closing.
        wait_app_exit(data_dir).await;
        let ports = [self.port, self.port + 1];
        open_session(&url, caps, data_dir, ports, SESSION_DEADLINE)
            .await
            .unwrap_or_else(|e| panic!("WebDriver session (app start) failed: {e}"))
    }
}

/// Asks `url` for a new session with `caps`. A request that got no answer at all (see
/// [`connection_lost`]) made no session, so it is sent again once no app runs on `data_dir` and
/// every port of `ports` listens, until `within` has passed; any answer that is not a session is
/// final.
async fn open_session(
    url: &str,
    caps: serde_json::Map<String, serde_json::Value>,
    data_dir: &Path,
    ports: [u16; 2],
    within: Duration,
) -> Result<Client, String> {
    let deadline = Instant::now() + within;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps.clone());
        let left = deadline.saturating_duration_since(Instant::now());
        let error = match tokio::time::timeout(left, builder.connect(url)).await {
            Ok(Ok(client)) => return Ok(client),
            Ok(Err(e)) => e,
            Err(_) => return Err(format!("no session after {within:?} ({attempt} attempts)")),
        };
        if !connection_lost(&error) {
            return Err(format!("attempt {attempt}: {error}"));
        }
        eprintln!("e2e: new session, attempt {attempt}: {error}; sending it again");
        wait_app_exit(data_dir).await;
        while !ports.iter().all(|&p| listening(p)) {
            if Instant::now() >= deadline {
                return Err(format!(
                    "stopped listening after attempt {attempt}: {error}"
                ));
            }
            tokio::time::sleep(POLL).await;
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "{attempt} attempts in {within:?}, the last: {error}"
            ));
        }
        // A short pause that grows: a machine too busy to answer gets some air.
        tokio::time::sleep(POLL * attempt.min(10)).await;
    }
}

/// True if the request got no answer at all: connection refused, reset or closed early.
fn connection_lost(e: &NewSessionError) -> bool {
    matches!(
        e,
        NewSessionError::Failed(_) | NewSessionError::FailedC(_) | NewSessionError::Lost(_)
    )
}

/// The app process started on `data_dir` by [`Driver::launch`], if one runs.
pub fn app_on(data_dir: &Path) -> Option<u32> {
    let wanted = data_dir.as_os_str().as_bytes();
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            let args: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
            args.windows(2)
                .any(|w| w[0] == b"--data-dir" && w[1] == wanted)
                .then_some(pid)
        })
}

/// Waits until the app on `data_dir` has exited, after [`Client::close`]: its files are then
/// final, and another app may open them.
pub async fn wait_app_exit(data_dir: &Path) {
    let deadline = Instant::now() + WAIT;
    while let Some(pid) = app_on(data_dir) {
        assert!(
            Instant::now() < deadline,
            "the app (pid {pid}) on {} did not exit",
            data_dir.display()
        );
        tokio::time::sleep(POLL).await;
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
pub async fn wait_for(c: &Client, css: &str) -> Element {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            if el.is_displayed().await.unwrap_or(false) {
                return el;
            }
        }
        assert!(Instant::now() < deadline, "timed out waiting for {css}");
        tokio::time::sleep(POLL).await;
    }
}

/// Waits until the text of `css` satisfies `pred`; returns the text.
pub async fn wait_text(c: &Client, css: &str, pred: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + WAIT;
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
        tokio::time::sleep(POLL).await;
    }
}

/// Runs `act` on the displayed element matched by `css`. If the page re-rendered the element
/// between the look-up and the action (stale, covered for a moment, not yet interactable), or
/// `act` says it is not ready (`Ok(None)`, e.g. still disabled), looks it up again and retries
/// until [`WAIT`].
async fn on_element<T, F, Fut>(c: &Client, css: &str, what: &str, act: F) -> T
where
    F: Fn(Element) -> Fut,
    Fut: Future<Output = Result<Option<T>, CmdError>>,
{
    let deadline = Instant::now() + WAIT;
    loop {
        let el = wait_for(c, css).await;
        let last = match act(el).await {
            Ok(Some(done)) => return done,
            Ok(None) => "not ready".to_string(),
            Err(e) if rerendered(&e) => e.to_string(),
            Err(e) => panic!("{what} {css}: {e} ({e:?})"),
        };
        assert!(Instant::now() < deadline, "{what} {css}: {last}");
        tokio::time::sleep(POLL).await;
    }
}

/// Errors that mean « the element changed under us », not « the app is wrong ».
fn rerendered(e: &CmdError) -> bool {
    e.is_stale_element_reference()
        || e.is_element_not_interactable()
        || matches!(e, CmdError::Standard(w) if w.error == ErrorStatus::ElementClickIntercepted)
}

/// Types into the element matched by `css` (after clearing it).
pub async fn type_into(c: &Client, css: &str, text: &str) {
    on_element(c, css, "type into", |el| async move {
        el.clear().await?;
        el.send_keys(text).await.map(Some)
    })
    .await
}

/// Clicks the element matched by `css` once it is displayed and enabled.
pub async fn click(c: &Client, css: &str) {
    on_element(c, css, "click", |el| async move {
        if !el.is_enabled().await? {
            return Ok(None);
        }
        el.click().await.map(Some)
    })
    .await
}

/// Chooses the option `value` of the select matched by `css`.
pub async fn select(c: &Client, css: &str, value: &str) {
    on_element(c, css, &format!("select {value} in"), |el| async move {
        el.select_by_value(value).await.map(Some)
    })
    .await
}

/// Types `text` into the field matched by `css`, then leaves it with Tab: what a worker does,
/// and what makes the field's answer final.
pub async fn answer_text(c: &Client, css: &str, text: &str) {
    type_into(c, css, text).await;
    on_element(c, css, "leave", |el| async move {
        el.send_keys("\u{E004}").await.map(Some)
    })
    .await
}

/// The text of `css` with no-break spaces made plain, for comparisons.
pub async fn plain_text(c: &Client, css: &str) -> String {
    on_element(
        c,
        css,
        "read",
        |el| async move { el.text().await.map(Some) },
    )
    .await
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
        // WebKitWebDriver takes the picture after the page's next painted frame; painting without
        // compositing (the app's setting on Linux, src-tauri/src/webkit.rs), a still page paints
        // none, and the command waited for ever (a third of the shots, 2026-12-05). A transparent
        // pixel changed each frame while it waits gives it frames that look the same.
        let _ = c
            .execute(
                "const px = document.createElement('div');
                 px.id = 'e2e-repaint';
                 px.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none';
                 document.body.append(px);
                 let on = false;
                 const tick = () => {
                   if (!px.isConnected) return;
                   on = !on;
                   px.style.backgroundColor = on ? 'rgba(255,255,255,0)' : 'rgba(0,0,0,0)';
                   requestAnimationFrame(tick);
                 };
                 requestAnimationFrame(tick);",
                vec![],
            )
            .await;
        let Ok(taken) =
            tokio::time::timeout(std::time::Duration::from_secs(60), c.screenshot()).await
        else {
            panic!("screenshot {name}: no frame painted within 60 s");
        };
        let png = taken.expect("screenshot");
        let _ = c
            .execute("document.getElementById('e2e-repaint')?.remove();", vec![])
            .await;
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).expect("write screenshot");
    }
}

/// The WCAG 2.0/2.1 A and AA rules axe-core checks ([`axe_violations`]).
pub const AXE_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// axe-core's script, at the version `tests/e2e/package-lock.json` pins (installed by
/// `scripts/setup.sh`: `npm ci --prefix tests/e2e`).
fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; install it with scripts/setup.sh (npm ci --prefix tests/e2e)",
            path.display()
        )
    })
}

/// Runs axe-core on the page as it is (injected through WebDriver, which the page's CSP does not
/// govern) with the WCAG 2.1 A and AA rules, and returns its critical and serious violations,
/// one line each: rule, impact, what it says and the first elements it found.
pub async fn axe_violations(c: &Client) -> Vec<String> {
    let present = c
        .execute("return typeof window.axe === 'object';", vec![])
        .await
        .expect("look for axe");
    if present != serde_json::json!(true) {
        c.execute(&axe_source(), vec![])
            .await
            .expect("inject axe-core");
    }
    let found = c
        .execute_async(
            r#"const [tags, done] = arguments;
            axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
              .then((r) => done(r.violations
                .filter((v) => v.impact === 'critical' || v.impact === 'serious')
                .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')}`)))
              .catch((e) => done([`axe failed: ${e}`]));"#,
            vec![serde_json::json!(AXE_TAGS)],
        )
        .await
        .expect("run axe-core");
    serde_json::from_value(found).expect("axe's violations as strings")
}

/// Every file under `dir`, recursively (none if it does not exist).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files
}

/// Every file under `dir` whose bytes contain `needle` (for the no-plaintext checks).
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|p| {
            std::fs::read(p).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
        })
        .collect()
}

/// The live WebKit web processes below the app.
pub fn web_processes(app: u32) -> Vec<u32> {
    descendants(app)
        .into_iter()
        .filter(|(pid, comm)| {
            comm.starts_with("WebKitWebProc")
                && std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
                    s.rsplit_once(") ")
                        .is_some_and(|(_, rest)| !rest.starts_with('Z'))
                })
        })
        .map(|(pid, _)| pid)
        .collect()
}

/// Asserts that web process `pid` runs Passerelle's web extension, which made it non-dumpable
/// (src-tauri/webext; its own test checks what the entry point does): its library is mapped, and
/// for a process not run as root, the kernel shows its `/proc` entries as root's, as it does for
/// a non-dumpable process (run as root, they are root's either way).
pub fn assert_web_process_hardened(pid: u32) {
    use std::os::unix::fs::MetadataExt;
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
    assert!(
        maps.contains("libpasserelle_webext.so"),
        "web process {pid} runs without the web extension"
    );
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let runs_as_root = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .is_some_and(|euid| euid == "0");
    if !runs_as_root {
        let owner = std::fs::metadata(format!("/proc/{pid}/status")).map(|m| m.uid());
        assert_eq!(owner.ok(), Some(0), "web process {pid} is dumpable");
    }
}

/// Every process below `root` (its children, theirs…), with their command names.
pub fn descendants(root: u32) -> Vec<(u32, String)> {
    let mut parent_of = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // `pid (comm) state ppid …`: comm may hold spaces and parentheses; the last ')' ends it.
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        let comm = stat[stat.find('(').unwrap_or(0) + 1..close].to_string();
        let ppid = stat[close + 2..]
            .split(' ')
            .nth(1)
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0);
        parent_of.push((pid, ppid, comm));
    }
    let mut found = vec![(root, String::from("app"))];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i].0;
        for (pid, ppid, comm) in &parent_of {
            if *ppid == parent && !found.iter().any(|(p, _)| p == pid) {
                found.push((*pid, comm.clone()));
            }
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use super::*;

    const SESSION: &str = r#"{"value":{"sessionId":"fake","capabilities":{}}}"#;
    const REFUSED: &str =
        r#"{"value":{"error":"session not created","message":"refused","stacktrace":""}}"#;

    /// A WebDriver stand-in on a free port. It reads the first `drop_first` requests and closes
    /// their connections without a word, as tauri-driver does when it cannot reach
    /// WebKitWebDriver; then it answers every request with `status` and `body`. Returns the port
    /// and the count of connections it accepted.
    fn fake_driver(
        drop_first: usize,
        status: &'static str,
        body: &'static str,
    ) -> (u16, Arc<AtomicUsize>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let n = count.fetch_add(1, Ordering::SeqCst) + 1;
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(stream);
                    while read_request(&mut reader) {
                        if n <= drop_first {
                            return;
                        }
                        let answer = format!(
                            "HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        if reader.get_mut().write_all(answer.as_bytes()).is_err() {
                            return;
                        }
                    }
                });
            }
        });
        (port, accepted)
    }

    /// Reads one HTTP request (head and body); false at the end of the connection.
    fn read_request(reader: &mut BufReader<TcpStream>) -> bool {
        let mut length = 0;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return false;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).is_ok()
    }

    async fn session_on(port: u16, within: Duration) -> Result<Client, String> {
        let data = tempfile::tempdir().unwrap();
        let url = format!("http://127.0.0.1:{port}");
        open_session(&url, Default::default(), data.path(), [port, port], within).await
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_new_session_whose_connection_is_dropped_is_asked_again() {
        let (port, accepted) = fake_driver(2, "200 OK", SESSION);
        let client = session_on(port, Duration::from_secs(30))
            .await
            .expect("a session on the third attempt");
        assert_eq!(client.session_id().await.unwrap().as_deref(), Some("fake"));
        assert!(accepted.load(Ordering::SeqCst) >= 3);
        let _ = client.close().await;
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_refused_session_is_not_asked_again() {
        let (port, accepted) = fake_driver(0, "500 Internal Server Error", REFUSED);
        let error = session_on(port, Duration::from_secs(30))
            .await
            .expect_err("no session");
        assert!(error.contains("attempt 1:"), "{error}");
        assert_eq!(accepted.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_driver_that_never_listens_fails_at_the_deadline() {
        let port = free_port_pair();
        let error = session_on(port, Duration::from_millis(500))
            .await
            .expect_err("no session");
        assert!(error.contains("stopped listening"), "{error}");
    }
}
