//! The .deb, installed as an association's computer would install it: `dpkg -i`, the installed
//! `/usr/bin/passerelle` creates a vault and reaches the dashboard, then `dpkg --purge`, which
//! must leave the vault exactly as it was (an uninstall never deletes cases).
//!
//! Not part of the ordinary e2e run (outside tests/, and ignored): it installs a package, as root.
//! scripts/package-check.sh runs it with `E2E_DEB` (the package) and `E2E_APP=/usr/bin/passerelle`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use passerelle_e2e::*;

const PASSPHRASE: &str = "lanterne violon marée cactus";
const INSTALLED: &str = "/usr/bin/passerelle";
/// The web extension the .deb installs beside it (src-tauri/src/webext.rs).
const WEB_EXTENSION: &str = "/usr/lib/passerelle/webext/libpasserelle_webext.so";

/// Runs dpkg (through sudo when not root) and returns its combined output; panics on failure.
fn dpkg(args: &[&str]) -> String {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let mut cmd = if root {
        Command::new("dpkg")
    } else {
        let mut c = Command::new("sudo");
        c.arg("dpkg");
        c
    };
    let out = cmd.args(args).output().expect("run dpkg");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "dpkg {args:?} failed:\n{text}");
    text
}

fn package_installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "passerelle"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

/// Every file under `dir` with its bytes.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                // WebKit's own directory is not the vault, and its network process, which
                // outlives the app by a moment, may still be writing its salts there.
                if p.file_name().is_some_and(|n| n == "webview") {
                    continue;
                }
                stack.push(p);
            } else {
                files.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    files
}

/// The processes running the installed binary.
fn app_pids() -> Vec<libc::pid_t> {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|p| {
            std::fs::read_link(p.path().join("exe")).is_ok_and(|exe| exe == Path::new(INSTALLED))
        })
        .filter_map(|p| p.file_name().to_str()?.parse().ok())
        .collect()
}

/// Waits until no process runs the installed binary. Ending the WebDriver session does not end
/// a Tauri app (tauri-driver stops WebKitWebDriver, the app outlives it until its display goes):
/// after a grace period for a normal exit, the app is asked to end with SIGTERM, as a session
/// logout would, and the test waits for it to be gone before comparing the data directory.
fn wait_for_app_exit() {
    let start = Instant::now();
    let mut terminated = false;
    loop {
        let pids = app_pids();
        if pids.is_empty() {
            return;
        }
        if !terminated && start.elapsed() > Duration::from_secs(5) {
            for pid in pids {
                // SAFETY: kill has no memory preconditions; the pid runs the installed app.
                unsafe { libc::kill(pid, libc::SIGTERM) };
            }
            terminated = true;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{INSTALLED} did not exit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "installs a .deb as root; scripts/package-check.sh runs it with E2E_DEB and E2E_APP"]
async fn the_installed_deb_opens_a_vault_and_purging_it_keeps_the_vault() {
    let deb = std::env::var_os("E2E_DEB").expect("E2E_DEB: the .deb to install");
    let deb = deb.to_str().expect("a UTF-8 path");
    assert_eq!(
        app_binary(),
        Path::new(INSTALLED),
        "E2E_APP must name the installed program, not a build"
    );
    assert!(
        !package_installed(),
        "passerelle is already installed on this machine: the test would remove it"
    );

    dpkg(&["--install", deb]);
    for file in [
        INSTALLED,
        "/usr/bin/passerelle-cli",
        "/usr/share/applications/passerelle.desktop",
        "/usr/share/metainfo/fr.passerelle.app.metainfo.xml",
        "/usr/share/icons/hicolor/128x128/apps/passerelle.png",
        "/usr/share/doc/passerelle/copyright",
        "/usr/share/doc/passerelle/changelog.gz",
        WEB_EXTENSION,
    ] {
        assert!(Path::new(file).exists(), "the package installs {file}");
    }

    let data = tempfile::tempdir().unwrap();
    {
        let driver = Driver::start().await;
        let c = driver.launch(data.path()).await;
        create_store(&c, PASSPHRASE).await;
        screenshot(&c, "installed-deb-dashboard").await;
        // Its web processes run the installed web extension (src-tauri/webext), non-dumpable.
        let web: Vec<u32> = app_pids()
            .into_iter()
            .flat_map(|pid| web_processes(pid as u32))
            .collect();
        assert!(!web.is_empty(), "no web process below {INSTALLED}");
        for pid in web {
            assert_web_process_hardened(pid);
            let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap_or_default();
            assert!(
                maps.contains(WEB_EXTENSION),
                "{WEB_EXTENSION} is the one loaded"
            );
        }
        c.close().await.ok();
    }
    wait_for_app_exit();
    let vault = contents(data.path());
    assert!(
        vault.keys().any(|p| p.ends_with("store/passerelle.keys")),
        "the installed app created its vault in the data directory, found {:?}",
        vault.keys().collect::<Vec<_>>()
    );

    dpkg(&["--purge", "passerelle"]);
    assert!(!package_installed(), "the package is gone");
    for file in [INSTALLED, "/usr/bin/passerelle-cli", WEB_EXTENSION] {
        assert!(!Path::new(file).exists(), "{file} is removed");
    }
    let after = contents(data.path());
    let changed: Vec<&PathBuf> = vault
        .keys()
        .chain(after.keys())
        .filter(|p| vault.get(*p) != after.get(*p))
        .collect();
    assert!(
        changed.is_empty(),
        "purging the package must leave every file of the vault as it was; changed: {changed:?}"
    );
}
