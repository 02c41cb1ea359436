//! What every CLI test starts from: the built binary, in a known interface language whatever the
//! machine's locale says (`LC_ALL` and `LC_MESSAGES` outrank `LANG`, so both are cleared: a test
//! that only set `LANG` ran in English on a machine with `LC_ALL=C.UTF-8`).

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub const FRENCH: &str = "fr_FR.UTF-8";

/// The built `passerelle-cli`, speaking the language of the locale `lang`.
pub fn command(lang: &str) -> Command {
    let mut cli = Command::new(env!("CARGO_BIN_EXE_passerelle-cli"));
    cli.env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
    cli
}

/// Runs the CLI in French with `args`, nothing on its standard input.
pub fn french(args: &[&str]) -> Output {
    command(FRENCH).args(args).output().expect("the CLI runs")
}

/// A fresh, empty scratch folder for the test `name` of the file `area`, removed with all it
/// holds when the test is done (the PDFs the tests write are documents in clear, even of
/// invented people: none is left behind in the temporary folder).
pub fn scratch(area: &str, name: &str) -> Scratch {
    Scratch(
        tempfile::Builder::new()
            .prefix(&format!("passerelle-cli-{area}-{name}-"))
            .tempdir()
            .expect("a scratch folder"),
    )
}

/// A scratch folder ([`scratch`]), read as its path.
pub struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        self.0.path()
    }
}

/// Runs `cli` with `stdin` on its standard input. A refusal may come before the CLI reads its
/// standard input (a bad case file is refused before the passphrase is asked): it has then closed
/// the pipe, and its output says why.
pub fn run(cli: Command, stdin: &str) -> Output {
    run_bytes(cli, stdin.as_bytes())
}

/// [`run`] with any bytes on standard input (a passphrase in another encoding).
pub fn run_bytes(mut cli: Command, stdin: &[u8]) -> Output {
    cli.stdout(Stdio::piped()).stderr(Stdio::piped());
    feed(cli, stdin)
}

/// Runs `cli` with `stdin` on its standard input, its outputs where `cli` already sends them
/// (a device that refuses writes, say).
pub fn feed(mut cli: Command, stdin: &[u8]) -> Output {
    let mut child = cli.stdin(Stdio::piped()).spawn().expect("the CLI runs");
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// Answers typed at the CLI's prompts, one per line.
pub fn lines(answers: &[&str]) -> String {
    answers.iter().map(|a| format!("{a}\n")).collect()
}

/// Asserts the run succeeded, showing its standard error otherwise.
#[track_caller]
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The JSON a successful run printed on standard output (its standard error shown otherwise).
#[track_caller]
pub fn json(out: &Output) -> serde_json::Value {
    assert_success(out);
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// The actions of the entries `passerelle-cli audit` printed, in order.
pub fn audit_actions(log: &serde_json::Value) -> Vec<&str> {
    log["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["action"].as_str().expect("action"))
        .collect()
}
