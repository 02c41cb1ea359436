//! `passerelle-cli --store DIR rules show|import|rollback` (issue 17), run as a user would: the
//! store's passphrase on standard input, JSON on standard output, French errors on standard
//! error, and nothing changed by a refused file.

use std::path::Path;
use std::process::Output;

use passerelle_core::legal::signed::{sign, test_key};
use passerelle_core::legal::RulePack;

use crate::support::{self, json};

const PASSPHRASE: &str = "lanterne violon marée cactus";
const SPEC_EXAMPLE: &str = include_str!("../../../tests/fixtures/case-spec-example.json");

fn cli(store: &Path, args: &[&str]) -> Output {
    let mut cli = support::command(support::FRENCH);
    cli.arg("--store")
        .arg(store)
        .args(["--today", "2026-11-26"])
        .args(args);
    support::run(cli, &format!("{PASSPHRASE}\n"))
}

fn pack(version: &str) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
    v["version"] = version.into();
    v["changes"] = serde_json::json!([{
        "summary": "Relecture sans changement de fond.",
        "legalBasis": ["CESEDA L425-1"]
    }]);
    serde_json::to_vec_pretty(&v).unwrap()
}

#[test]
fn rules_import_show_and_rollback_on_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    json(&cli(&store, &["init"]));
    let case = dir.path().join("case.json");
    std::fs::write(&case, SPEC_EXAMPLE).unwrap();
    json(&cli(&store, &["import", case.to_str().unwrap()]));
    let embedded = RulePack::embedded().version.clone();

    let shown = json(&cli(&store, &["rules", "show"]));
    assert_eq!(shown["version"], embedded.as_str());
    assert_eq!(shown["embedded"], true);

    // An unsigned pack: refused in French, exit status 1, the pack in use unchanged.
    let bare = dir.path().join("bare.passerelle-rules");
    std::fs::write(&bare, pack("2034.1.0")).unwrap();
    let out = cli(&store, &["rules", "import", bare.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("n’est pas un paquet de règles signé"),
        "{said}"
    );
    assert_eq!(
        json(&cli(&store, &["rules", "show"]))["version"],
        embedded.as_str()
    );

    // A file that is not there is named, with no disk-space hint.
    let absent = dir.path().join("absent.passerelle-rules");
    let out = cli(&store, &["rules", "import", absent.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("absent.passerelle-rules") && !said.contains("espace disque"),
        "{said}"
    );

    let file = dir.path().join("fr-teh.passerelle-rules");
    std::fs::write(
        &file,
        sign(&pack("2034.1.0"), test_key::ID, &test_key::SECRET),
    )
    .unwrap();
    let imported = json(&cli(&store, &["rules", "import", file.to_str().unwrap()]));
    assert_eq!(imported["changed"]["toVersion"], "2034.1.0");
    assert_eq!(
        imported["changed"]["cases"], 0,
        "a pack that changes no rule concerns no case"
    );
    let shown = json(&cli(&store, &["rules", "show"]));
    assert_eq!(shown["version"], "2034.1.0", "kept in the store");
    assert_eq!(shown["changes"][0]["articles"], "CESEDA L425-1");

    let back = json(&cli(&store, &["rules", "rollback"]));
    assert_eq!(back["toVersion"], embedded.as_str());
    let out = cli(&store, &["rules", "rollback"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Aucune mise à jour des règles à annuler"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let log = json(&cli(&store, &["audit"]));
    let actions = support::audit_actions(&log);
    for action in ["rules-refused", "rules-imported", "rules-rolled-back"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}
