//! A rule-pack update through the real app (issue 17): a store holding two card holders and a
//! person without a card (made with `passerelle-cli`), a pack whose renewal window opens 90 days
//! before expiry instead of 120 signed with the maintainer's tool (`xtask rules-sign`, the
//! project's test key, trusted by debug builds only), imported from About through the (answered)
//! open dialog; « 2 dossiers concernés » on the dashboard; one case opened, its change and the
//! article shown (and its filing, planned after the card ends, said to be too late), marked
//! seen; the dashboard then lists the other one only.
//!
//! Native file dialogs cannot be driven through WebDriver: the app, in debug builds only, answers
//! them from `PASSERELLE_E2E_DIALOG_DIR` (src-tauri/src/dialog.rs).

use std::path::Path;
use std::process::Command;

use chrono::{Days, Local};
use passerelle_e2e::*;

mod support;
use support::wait_gone;

const PASSPHRASE: &str = "girafe tambour lagune ciboulette";

/// The base64 of the test key's secret (`legal::signed::test_key::SECRET`, 32 × 0x17).
const TEST_KEY: &str = "FxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxc=";

fn target_bin(name: &str) -> String {
    env!("CARGO_MANIFEST_DIR").to_string() + "/../../target/debug/" + name
}

/// Runs `program` with `args`, `stdin` on its standard input; panics with its stderr on failure.
fn run(program: &str, args: &[&str], stdin: &str) -> Vec<u8> {
    let mut command = Command::new(program);
    command.args(args);
    let out = support::output_with_input(command, stdin);
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn case_file(dir: &Path, name: &str, family: &str, expires_in: Option<u64>) -> String {
    let today = Local::now().date_naive();
    let permit = match expires_in {
        Some(days) => serde_json::json!({
            "kind": "cst-vpf-l425-1",
            "issued": null,
            "expires": (today + Days::new(days)).to_string(),
            "renewalCount": 0
        }),
        None => serde_json::Value::Null,
    };
    // A card holder plans to file ten days after her card ends: too late, which her page says.
    let plan = expires_in.map(|days| (today + Days::new(days + 10)).to_string());
    let case = serde_json::json!({
        "format": "passerelle.case/1",
        "person": { "familyName": family, "givenNames": "Ada", "nationality": "NG" },
        "currentPermit": permit,
        "plannedFilingDate": plan,
    });
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&case).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

/// The embedded pack, at a version above it, with the ANEF window opening 90 days before expiry,
/// signed with the test key into `dir`.
fn signed_pack(dir: &Path) {
    let embedded = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/rules/fr-teh.json"
    );
    let mut pack: serde_json::Value =
        serde_json::from_slice(&std::fs::read(embedded).unwrap()).unwrap();
    pack["version"] = "2034.1.0".into();
    let anef = pack["renewalWindows"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|w| w["id"] == "anef")
        .unwrap();
    anef["opensDaysBefore"] = 90.into();
    pack["changes"] = serde_json::json!([{
        "summary": "La demande de renouvellement s’ouvre 90 jours avant la fin de validité.",
        "legalBasis": ["CESEDA R431-5"]
    }]);
    let json = dir.join("pack.json");
    std::fs::write(&json, serde_json::to_vec_pretty(&pack).unwrap()).unwrap();
    let out = dir.join("fr-teh.passerelle-rules");
    run(
        &target_bin("xtask"),
        &[
            "rules-sign",
            "--key-id",
            "passerelle-test",
            "--pack",
            &json.to_string_lossy(),
            "--out",
            &out.to_string_lossy(),
        ],
        TEST_KEY,
    );
    std::fs::remove_file(json).unwrap();
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn an_imported_pack_lists_the_cases_it_changes_and_each_is_marked_seen() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let dialog = tempfile::tempdir().unwrap();
    let store = data.path().join("store");
    let store = store.to_string_lossy();
    let cli = target_bin("passerelle-cli");
    run(
        &cli,
        &["--store", &store, "init"],
        &format!("{PASSPHRASE}\n"),
    );
    let a = case_file(files.path(), "a.json", "Zqxrenouvelle", Some(200));
    let b = case_file(files.path(), "b.json", "Zqxprolonge", Some(300));
    let c_ = case_file(files.path(), "c.json", "Zqxsanscarte", None);
    run(
        &cli,
        &["--store", &store, "import", &a, &b, &c_],
        &format!("{PASSPHRASE}\n"),
    );
    signed_pack(dialog.path());

    let driver =
        Driver::start_with_env(&[("PASSERELLE_E2E_DIALOG_DIR", dialog.path() as &Path)]).await;
    let c = driver.launch(data.path()).await;
    wait_for(&c, "body[data-screen=unlock]").await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    assert!(
        c.find(Locator::Css("#rule-changes")).await.is_err(),
        "no notice before an update"
    );

    click(&c, "#nav-about").await;
    wait_for(&c, "body[data-page=about]").await;
    // Named by its version, never by its internal id (« fr-teh »).
    wait_text(&c, "#rules-version", |t| {
        t.contains("version 20") && !t.contains("fr-teh")
    })
    .await;
    click(&c, "#rules-import").await;
    let said = wait_text(&c, "#rules-status", |t| !t.is_empty()).await;
    assert!(
        said.contains("2034.1.0") && said.contains("2 dossiers concernés"),
        "{said}"
    );
    // The section is drawn again with the pack now in use, which can be rolled back.
    wait_text(&c, "#rules-version", |t| t.contains("2034.1.0")).await;
    wait_for(&c, "#rules-rollback").await;
    screenshot(&c, "rules-00-imported").await;

    click(&c, "#nav-dashboard").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    let title = wait_text(&c, "#rule-changes-title", |t| !t.is_empty()).await;
    assert!(title.contains("2 dossiers concernés"), "{title}");
    let listed = plain_text(&c, "#rule-changes").await;
    assert!(
        listed.contains("ZQXRENOUVELLE") || listed.contains("Zqxrenouvelle"),
        "{listed}"
    );
    assert!(!listed.to_lowercase().contains("zqxsanscarte"), "{listed}");
    screenshot(&c, "rules-01-dashboard").await;

    // Open the first case listed: its change, the article and the pack's note.
    click(&c, "#rule-changes a.case-name").await;
    wait_for(&c, "body[data-page=case]").await;
    let change = wait_text(&c, "#case-rule-changes", |t| t.contains("R431-5")).await;
    assert!(
        change.contains("Début de la période de renouvellement")
            && change.contains("90 jours avant la fin de validité"),
        "{change}"
    );
    // The assessment names the rules it was made with.
    let assessment = plain_text(&c, "section[aria-labelledby=assessment-title]").await;
    assert!(
        assessment.contains("Évaluation faite avec les règles") && assessment.contains("2034.1.0"),
        "{assessment}"
    );
    // Her plan comes after the renewal window closes: the deadline says so, in words.
    let late = wait_text(&c, "#deadlines .planned-too-late", |t| !t.is_empty()).await;
    assert!(
        late.starts_with("Prévu après la fin de la période de renouvellement")
            && late.ends_with("avancez le dépôt."),
        "{late}"
    );
    screenshot(&c, "rules-02-case").await;
    c.execute(
        "document.getElementById('deadlines').scrollIntoView();",
        vec![],
    )
    .await
    .unwrap();
    screenshot(&c, "rules-03-deadlines").await;
    c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
    click(&c, "#rules-mark-seen").await;
    wait_gone(&c, "#case-rule-changes", "the change is marked seen").await;

    click(&c, "#nav-dashboard").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    let title = wait_text(&c, "#rule-changes-title", |t| !t.is_empty()).await;
    assert!(title.contains("1 dossier concerné"), "{title}");
    c.close().await.unwrap();
}
