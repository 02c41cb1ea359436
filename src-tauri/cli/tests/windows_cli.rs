//! The Windows build of `passerelle-cli`, run under Wine, against the checks the Linux CLI passes
//! — init, import, list, assess, checklist, letter, backup, restore — and with vaults and backups
//! moved both ways between the Linux and the Windows CLI (their formats are the same bytes).
//!
//! Ignored by a plain `cargo test`: scripts/package-check.sh runs it (`--ignored windows_cli::`) with
//! `PASSERELLE_WINDOWS_CLI` naming the `passerelle-cli.exe` that the Windows installer put in a
//! throwaway Wine prefix (`WINEPREFIX`).

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Invented passphrases.
const STORE: &str = "lanterne violon marée cactus";
const BACKUP: &str = "sauvegarde clé usb tiroir bleu";
const NEW: &str = "citron bicyclette orage nuage";
const TODAY: &str = "2026-11-26";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// One of the two CLIs.
#[derive(Clone, Copy, Debug)]
enum Os {
    Linux,
    Windows,
}

impl Os {
    /// How this CLI names `path`: Wine maps the Linux root to drive Z:.
    fn path(self, path: &Path) -> OsString {
        match self {
            Os::Linux => path.into(),
            Os::Windows => format!("Z:{}", path.display()).replace('/', "\\").into(),
        }
    }

    /// Runs the CLI with `args` (paths already in its form) and `stdin` fed as lines.
    fn run(self, args: &[OsString], stdin: &[&str]) -> Output {
        let mut cmd = match self {
            Os::Linux => Command::new(env!("CARGO_BIN_EXE_passerelle-cli")),
            Os::Windows => {
                let exe = std::env::var_os("PASSERELLE_WINDOWS_CLI")
                    .expect("PASSERELLE_WINDOWS_CLI: the passerelle-cli.exe to run under Wine");
                let mut c = Command::new(std::env::var_os("WINE").unwrap_or("wine".into()));
                c.arg(exe);
                c
            }
        };
        let mut child = cmd
            .args(args)
            .env("LANG", "fr_FR.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("run the {self:?} CLI: {e}"));
        let mut input = child.stdin.take().unwrap();
        for line in stdin {
            writeln!(input, "{line}").unwrap();
        }
        drop(input);
        child.wait_with_output().unwrap()
    }

    /// `run` with `--store` first; paths among `args` are given as `P(…)`.
    fn store(self, store: &Path, args: &[Arg<'_>], stdin: &[&str]) -> Output {
        let mut all = vec![OsString::from("--store"), self.path(store)];
        all.extend(args.iter().map(|a| a.for_os(self)));
        self.run(&all, stdin)
    }

    fn json(self, args: &[Arg<'_>]) -> Value {
        let args: Vec<OsString> = args.iter().map(|a| a.for_os(self)).collect();
        ok_json(&self.run(&args, &[]), self)
    }
}

/// An argument: a word, or a path to translate for the CLI that receives it.
enum Arg<'a> {
    W(&'a str),
    P(&'a Path),
}
use Arg::{P, W};

impl Arg<'_> {
    fn for_os(&self, os: Os) -> OsString {
        match self {
            W(w) => (*w).into(),
            P(p) => os.path(p),
        }
    }
}

fn ok_json(out: &Output, os: Os) -> Value {
    assert!(
        out.status.success(),
        "{os:?} CLI failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{os:?} CLI: stdout is not JSON ({e})"))
}

/// The names in a store, as `list` prints them.
fn names(os: Os, store: &Path, passphrase: &str) -> Vec<String> {
    let list = ok_json(&os.store(store, &[W("list")], &[passphrase]), os);
    let mut names: Vec<String> = list
        .as_array()
        .expect("list prints an array")
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

/// A new store holding the fixture `case`; returns the recovery key printed once.
fn new_store(os: Os, store: &Path, case: &str) -> String {
    let init = ok_json(&os.store(store, &[W("init")], &[STORE]), os);
    let key = init["recoveryKey"]
        .as_str()
        .expect("init prints the recovery key");
    let imported = ok_json(
        &os.store(store, &[W("import"), P(&fixture(case))], &[STORE]),
        os,
    );
    assert!(imported["id"].is_string(), "import prints the new id");
    key.to_string()
}

/// `pdftotext`'s reading of `pdf`, whitespace collapsed.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([pdf.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(out.status.success(), "pdftotext reads {}", pdf.display());
    String::from_utf8_lossy(&out.stdout)
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
#[ignore = "needs Wine and PASSERELLE_WINDOWS_CLI: scripts/package-check.sh runs it"]
fn the_windows_cli_passes_the_linux_checks_with_the_same_results() {
    let dir = tempfile::tempdir().unwrap();
    let case = fixture("case-spec-example.json");
    let letter_case = fixture("documents/first-card-bobigny.json");

    // The law and the documents: the same JSON and the same PDF text on both systems.
    for verb in ["assess", "deadlines", "checklist"] {
        let args = [W(verb), P(&case), W("--today"), W(TODAY)];
        let windows = Os::Windows.json(&args);
        assert_eq!(windows, Os::Linux.json(&args), "{verb}: Windows = Linux");
    }
    let mut texts = Vec::new();
    for os in [Os::Linux, Os::Windows] {
        let pdf = dir.path().join(format!("letter-{os:?}.pdf"));
        let args = [
            W("letter"),
            P(&letter_case),
            W("--out"),
            P(&pdf),
            W("--today"),
            W(TODAY),
        ];
        let args: Vec<OsString> = args.iter().map(|a| a.for_os(os)).collect();
        let out = os.run(&args, &[]);
        assert!(
            out.status.success(),
            "{os:?} letter: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        texts.push(pdf_text(&pdf));
    }
    for needle in [
        "Monsieur le Préfet de la Seine-Saint-Denis",
        "Bobigny, le 26 novembre 2026",
        "L. 425-1",
    ] {
        assert!(texts[1].contains(needle), "{needle:?} in {}", texts[1]);
    }
    assert_eq!(
        texts[1], texts[0],
        "the Windows letter reads as the Linux one"
    );

    // The vault: init, import, list, backup, restore, all on Windows.
    let store = dir.path().join("store-windows");
    new_store(Os::Windows, &store, "case-spec-example.json");
    assert_eq!(names(Os::Windows, &store, STORE), ["OKAFOR Amina"]);
    let backup = dir.path().join("windows.passerelle");
    let report = ok_json(
        &Os::Windows.store(
            &store,
            &[W("backup"), W("--out"), P(&backup)],
            &[STORE, BACKUP],
        ),
        Os::Windows,
    );
    assert!(report.is_object(), "backup prints its report");
    let restored = dir.path().join("restored-windows");
    ok_json(
        &Os::Windows.store(&restored, &[W("restore"), P(&backup)], &[BACKUP, NEW]),
        Os::Windows,
    );
    assert_eq!(names(Os::Windows, &restored, NEW), ["OKAFOR Amina"]);
}

#[test]
#[ignore = "needs Wine and PASSERELLE_WINDOWS_CLI: scripts/package-check.sh runs it"]
fn vaults_and_backups_move_between_linux_and_windows() {
    let dir = tempfile::tempdir().unwrap();
    for (from, to) in [(Os::Linux, Os::Windows), (Os::Windows, Os::Linux)] {
        // A vault made on one system opens on the other, which adds a case the first then sees.
        let store = dir.path().join(format!("store-{from:?}"));
        new_store(from, &store, "case-spec-example.json");
        ok_json(
            &to.store(
                &store,
                &[W("import"), P(&fixture("case-full.json"))],
                &[STORE],
            ),
            to,
        );
        let both = names(from, &store, STORE);
        assert_eq!(
            both.len(),
            2,
            "{from:?} sees the case {to:?} added: {both:?}"
        );
        assert_eq!(names(to, &store, STORE), both);

        // A backup made on one system restores on the other.
        let backup = dir.path().join(format!("backup-{from:?}.passerelle"));
        ok_json(
            &from.store(
                &store,
                &[W("backup"), W("--out"), P(&backup)],
                &[STORE, BACKUP],
            ),
            from,
        );
        let restored = dir.path().join(format!("restored-on-{to:?}"));
        ok_json(
            &to.store(&restored, &[W("restore"), P(&backup)], &[BACKUP, NEW]),
            to,
        );
        assert_eq!(names(to, &restored, NEW), both);
    }
}
