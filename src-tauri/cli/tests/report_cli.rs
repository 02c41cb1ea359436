//! `passerelle-cli --store DIR report --from D --to D [--out F.pdf|F.csv]`, run as a user would.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const PASSPHRASE: &str = "lanterne violon marée cactus";

fn cli(store: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_passerelle-cli"))
        .arg("--store")
        .arg(store)
        .args(args)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run passerelle-cli");
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn ok(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn report_as_json_csv_and_pdf_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let line = format!("{PASSPHRASE}\n");
    ok(&cli(&store, &["init"], &line));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    let mut files = Vec::new();
    for i in 0..60 {
        let case = passerelle_core::sample_cases::report_case(i, today);
        let doc = passerelle_core::model::case::CaseDocument::from_case(&case).unwrap();
        let path = dir.path().join(format!("c{i}.json"));
        std::fs::write(&path, doc.to_json()).unwrap();
        files.push(path.display().to_string());
    }
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    ok(&cli(&store, &args, &line));

    let period = ["report", "--from", "2026-01-01", "--to", "2026-12-31"];
    let facts = ok(&cli(&store, &period, &line));
    assert_eq!(facts["period"]["from"], "2026-01-01");
    assert!(facts["tables"].is_array(), "{facts}");
    let text = facts.to_string();
    for i in 0..60 {
        let case = passerelle_core::sample_cases::report_case(i, today);
        let name = case.person.family_name.unwrap();
        assert!(!text.contains(&name), "no name in the JSON");
    }

    let csv = dir.path().join("rapport.csv");
    let mut args = period.to_vec();
    args.extend(["--out", csv.to_str().unwrap()]);
    let done = ok(&cli(&store, &args, &line));
    assert_eq!(done["format"], "csv");
    let bytes = std::fs::read(&csv).unwrap();
    assert!(String::from_utf8(bytes)
        .unwrap()
        .contains(";Femmes;Hommes;"));

    let pdf = dir.path().join("rapport.pdf");
    let mut args = period.to_vec();
    args.extend(["--out", pdf.to_str().unwrap()]);
    ok(&cli(&store, &args, &line));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let txt = dir.path().join("rapport.txt");
    let mut args = period.to_vec();
    args.extend(["--out", txt.to_str().unwrap()]);
    let refused = cli(&store, &args, &line);
    assert_eq!(refused.status.code(), Some(1));
    assert!(!txt.exists());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("format du rapport"), "{err}");

    let backwards = cli(
        &store,
        &["report", "--from", "2026-12-31", "--to", "2026-01-01"],
        &line,
    );
    assert_eq!(backwards.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&backwards.stderr).contains("précède"));

    let missing = cli(&store, &["report", "--from", "2026-01-01"], &line);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("période du rapport"));
}
