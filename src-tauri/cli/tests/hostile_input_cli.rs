//! Hostile or odd input through `passerelle-cli` (issue 13): a crafted backup ends in a
//! translated error and exit status 1, never a panic (status 101 and a backtrace); a case file
//! from Windows Notepad (byte-order mark) is read; a name that hides characters is refused with
//! the field named in words.

use std::path::Path;
use std::process::Output;

use crate::support;

const STORE: &str = "lanterne violon marée cactus";
const CRAFTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/crafted");
const SPEC_EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/case-spec-example.json"
);

/// Runs the CLI in `lang`, with a backtrace on panic so that a panic cannot pass for an error.
fn cli(args: &[&str], stdin: &[&str], lang: &str) -> Output {
    let mut cli = support::command(lang);
    cli.args(args).env("RUST_BACKTRACE", "1");
    support::run(cli, &support::lines(stdin))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_crafted_backup_is_a_translated_error_with_status_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = Path::new(CRAFTED).join("backup-payload-len-overflow.enc");
    let out = cli(
        &["--store", s(&dir.path().join("new")), "restore", s(&file)],
        &[STORE, STORE],
        "fr_FR.UTF-8",
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("sealed.damaged)"), "{err}");
    assert!(err.contains("endommagé"), "French message: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    assert!(!dir.path().join("new").exists(), "nothing is created");
}

#[test]
fn a_case_file_with_a_byte_order_mark_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    assert!(
        cli(&["--store", s(&store), "init"], &[STORE], "fr_FR.UTF-8")
            .status
            .success()
    );
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(SPEC_EXAMPLE).unwrap());
    let file = dir.path().join("notepad.json");
    std::fs::write(&file, bytes).unwrap();
    let out = cli(
        &["--store", s(&store), "import", s(&file)],
        &[STORE],
        "fr_FR.UTF-8",
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_name_hiding_characters_is_refused_with_the_field_in_words() {
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(SPEC_EXAMPLE).unwrap()).unwrap();
    case["person"]["familyName"] = "\u{202E}ANIMA".into();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("case.json");
    std::fs::write(&file, serde_json::to_vec(&case).unwrap()).unwrap();
    for (lang, words) in [
        ("fr_FR.UTF-8", "nom de famille"),
        ("en_GB.UTF-8", "family name"),
    ] {
        let out = cli(&["assess", s(&file)], &[], lang);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains("case.hidden-characters)"), "{err}");
        assert!(err.contains(words), "{lang}: {err}");
        assert!(!err.contains("ANIMA"), "the value is never repeated: {err}");
    }
}

/// A value of the wrong shape is said as what is wanted, never as « not one of the possible
/// choices » (review, 2026-12-04): a list for a group of fields, a count below 0, a note's
/// moment written as a day alone.
#[test]
fn a_value_of_the_wrong_shape_says_what_is_wanted() {
    let dir = tempfile::tempdir().unwrap();
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SPEC_EXAMPLE).unwrap()).unwrap();
    // A key of the case file, its value, and what is said of it (nothing: it is taken).
    let cases: [(&str, serde_json::Value, &str); 13] = [
        // A list of values where a group is wanted, at any depth: said as such, not as its first
        // field's value (review, 2026-12-05: « the value is not a text »).
        (
            "person",
            serde_json::json!([1]),
            "la valeur n’est pas un groupe de champs",
        ),
        (
            "cooperation",
            serde_json::json!({ "complaint": ["x"], "testimony": null }),
            "la valeur n’est pas un groupe de champs",
        ),
        (
            "reflectionPeriod",
            serde_json::json!(["x"]),
            "la valeur n’est pas un groupe de champs",
        ),
        (
            "currentPermit",
            serde_json::json!(["x"]),
            "la valeur n’est pas un groupe de champs",
        ),
        // A code not among the file's codes names them (review, 2026-12-05).
        (
            "documents",
            serde_json::json!([{ "kind": "spaceship", "status": "have" }]),
            "choisissez parmi\u{a0}: birth-certificate, passport, id-card,",
        ),
        (
            "documents",
            serde_json::json!([{ "kind": "passport", "status": { "have": null } }]),
            "cette valeur ne fait pas partie des choix possibles",
        ),
        // A list as long as the group has fields was read field by field (review, 2026-12-05).
        (
            "exitProstitutionProgramme",
            serde_json::json!(["2026-01-01"]),
            "la valeur n’est pas un groupe de champs",
        ),
        (
            "cooperation",
            serde_json::json!([null, null]),
            "la valeur n’est pas un groupe de champs",
        ),
        (
            "documents",
            serde_json::json!([{ "kind": "passport", "status": { "have": 1 } }]),
            // Its choices named, as for a text that is none (review, 2026-12-06).
            "choisissez parmi\u{a0}: have, missing, requested, confiscated.",
        ),
        (
            "cooperation",
            serde_json::json!([]),
            "la valeur n’est pas un groupe de champs",
        ),
        (
            "currentPermit",
            serde_json::json!({ "kind": "cst-vpf-l425-1", "renewalCount": -1 }),
            "la valeur n’est pas un nombre entier positif ou nul",
        ),
        (
            "notes",
            serde_json::json!([{ "id": "n1", "at": "2026-03-12", "text": "x" }]),
            "ce n’est pas une date et une heure écrites ainsi\u{a0}: 2026-03-12T14:30:00Z",
        ),
        (
            "notes",
            serde_json::json!([{ "id": "n1", "at": "2026-03-12T14:30:00+01:00", "text": "x" }]),
            "",
        ),
    ];
    for (i, (pointer, value, said)) in cases.into_iter().enumerate() {
        let mut case = spec.clone();
        case.as_object_mut()
            .unwrap()
            .insert(pointer.to_string(), value);
        let file = dir.path().join(format!("{i}.json"));
        std::fs::write(&file, case.to_string()).unwrap();
        let out = cli(&["assess", s(&file)], &[], "fr_FR.UTF-8");
        if said.is_empty() {
            assert!(out.status.success(), "{pointer}: {}", stderr(&out));
            continue;
        }
        assert_eq!(out.status.code(), Some(1), "{pointer}");
        let err = stderr(&out);
        // `assess` saves nothing: it does not say « Rien n’a été enregistré » (reviews of 4 and
        // 5 December 2026).
        assert!(!err.contains("Rien n’a été enregistré"), "{pointer}: {err}");
        // Never « not one of the choices » for a value that is not a code.
        assert!(
            err.contains(said)
                && (said.contains("choix possibles")
                    || said.contains("choisissez parmi")
                    || !err.contains("choix")),
            "{pointer}: {err}"
        );
    }
}

/// Adversarial review, 2026-12-06: a 30 MB line on standard input was read whole (150 MB of
/// memory) as a passphrase. A line longer than any passphrase can be is refused unread, named in
/// words, and counts as no attempt; a new passphrase over the cap (1,024 characters) is refused
/// as too long, not as weak.
#[test]
fn a_line_longer_than_any_passphrase_is_refused_without_being_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let huge = "a".repeat(30 << 20);
    let refused = cli(&["--store", s(&store), "init"], &[&huge], "fr_FR.UTF-8");
    let err = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{err}");
    assert!(err.contains("au plus 1\u{202f}024 caractères"), "{err}");
    assert!(!store.exists(), "nothing is created");

    assert!(
        cli(&["--store", s(&store), "init"], &[STORE], "fr_FR.UTF-8")
            .status
            .success()
    );
    let refused = cli(&["--store", s(&store), "list"], &[&huge], "fr_FR.UTF-8");
    // No attempt was counted (read before any later unlock resets the counter).
    let counter = std::fs::read_to_string(store.join("unlock-attempts.json")).unwrap_or_default();
    assert!(!counter.contains("\"failures\":1"), "{counter}");
    assert!(
        stderr(&refused).contains("Pour la phrase de passe du coffre")
            && stderr(&refused).contains("au plus 1\u{202f}024"),
        "{}",
        stderr(&refused)
    );
    let long = STORE.repeat(40);
    let refused = cli(
        &["--store", s(&store), "passphrase"],
        &[STORE, &long],
        "en_GB.UTF-8",
    );
    assert!(stderr(&refused).contains("1,024"), "{}", stderr(&refused));
    assert!(!stderr(&refused).contains("weak"), "{}", stderr(&refused));
    // The store's passphrase is the same.
    let listed = cli(&["--store", s(&store), "list"], &[STORE], "fr_FR.UTF-8");
    assert!(listed.status.success(), "{}", stderr(&listed));
}

/// Store attack, 2026-12-06: the command line set a new passphrase holding a tab, which no
/// keyboard types into the app: the store would no longer open there. Refused, said why, and
/// nothing is created.
#[test]
fn a_new_passphrase_with_a_control_character_is_refused_and_said_why() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let refused = cli(
        &["--store", s(&store), "init"],
        &["lanterne\tviolon marée cactus"],
        "fr_FR.UTF-8",
    );
    let err = stderr(&refused);
    assert_eq!(refused.status.code(), Some(1), "{err}");
    assert!(
        err.contains("un caractère de contrôle (tabulation"),
        "{err}"
    );
    // Its own error, not « trop faible » after the reason (review, 2026-12-07).
    assert!(err.contains("vault.passphrase-control-character"), "{err}");
    assert!(!err.contains("trop faible"), "{err}");
    assert!(!store.exists(), "nothing is created");
}
