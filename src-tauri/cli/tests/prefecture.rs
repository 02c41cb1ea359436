//! `passerelle-cli prefecture QUERY` as a script sees it: the JSON shape fixed by
//! ../shared/spec/case-file-and-cli.md, and a translated error with a non-zero status.

use std::process::Output;

use serde_json::Value;

use crate::support;

fn cli(args: &[&str], lang: &str) -> Output {
    support::command(lang)
        .args(args)
        .output()
        .expect("the CLI binary runs")
}

fn entries(args: &[&str]) -> Vec<Value> {
    let out = cli(args, "fr_FR.UTF-8");
    assert!(
        out.status.success(),
        "{args:?} should succeed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("standard output is JSON");
    json.as_array()
        .expect("the output is an array, one entry per commune")
        .clone()
}

#[test]
fn a_postcode_prints_the_spec_fields_for_every_commune() {
    let found = entries(&["prefecture", "01200"]);
    assert_eq!(found.len(), 9, "01200 serves nine communes");
    for e in &found {
        for field in ["communeInsee", "commune", "departement", "office"] {
            assert!(e.get(field).is_some(), "spec field {field} missing in {e}");
        }
        let office = &e["office"];
        for field in ["kind", "name", "address", "dataDate"] {
            assert!(
                office[field].is_string(),
                "spec field office.{field} missing in {e}"
            );
        }
    }
    let eloise = found
        .iter()
        .find(|e| e["communeInsee"] == "74109")
        .expect("Éloise shares 01200");
    assert_eq!(
        eloise["departement"], "74",
        "its département comes from the COG, not from the postcode"
    );
    assert_eq!(eloise["office"]["name"], "Préfecture de la Haute-Savoie");
}

#[test]
fn paris_prints_the_prefecture_de_police() {
    let found = entries(&["prefecture", "75116"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["communeInsee"], "75116");
    assert_eq!(found[0]["office"]["kind"], "prefecture-de-police");
    assert_eq!(
        found[0]["office"]["toVerify"], true,
        "the Paris address is curated from a secondary source"
    );
}

#[test]
fn a_name_with_several_words_is_one_query() {
    let found = entries(&["prefecture", "Saint", "Barthélemy"]);
    assert!(
        found.len() > 1,
        "several metropolitan communes are also named Saint-Barthélemy"
    );
    assert_eq!(
        found[0]["communeInsee"], "97701",
        "the collectivity is the most populous"
    );
    assert_eq!(found[0]["office"]["kind"], "representation-etat");
    assert!(
        found[1..]
            .iter()
            .all(|e| e["office"]["kind"] != "representation-etat"),
        "the others are metropolitan communes"
    );
}

#[test]
fn new_caledonia_says_the_ceseda_does_not_apply_instead_of_naming_an_office() {
    let found = entries(&["prefecture", "98800"]);
    assert!(
        found[0]["office"].is_null(),
        "no office is named where the CESEDA does not apply"
    );
    let message = found[0]["cesedaNotApplicable"]["message"]
        .as_str()
        .expect("a message says why");
    assert!(message.contains("Nouvelle-Calédonie"), "{message}");
}

#[test]
fn no_match_is_a_translated_error_with_a_non_zero_status() {
    let out = cli(&["prefecture", "Xyzzy"], "fr_FR.UTF-8");
    assert!(!out.status.success());
    assert!(
        out.stdout.is_empty(),
        "nothing on standard output when nothing matches"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Aucune commune ne correspond") && err.contains("geo.place-not-found"),
        "{err}"
    );
    let out = cli(&["prefecture", "Xyzzy"], "en_GB.UTF-8");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("No commune matches"),
        "English when LANG asks"
    );
}

#[test]
fn a_missing_query_is_an_error() {
    let out = cli(&["prefecture"], "fr_FR.UTF-8");
    assert!(!out.status.success());
}

/// A name pasted with an invisible character inside (a zero-width space, a soft hyphen, a bidi
/// mark) is looked up as it reads (review, 2026-12-04: « Ly\u{200B}on » reached an internal
/// error).
#[test]
fn a_name_with_an_invisible_character_inside_is_found_as_it_reads() {
    for pasted in ["Ly\u{200B}on", "Ly\u{AD}on", "Ly\u{2060}on", "Ly\u{202E}on"] {
        let found = entries(&["prefecture", pasted]);
        assert!(
            found.iter().any(|e| e["commune"] == "Lyon"),
            "{pasted:?}: {found:?}"
        );
    }
}

/// What the command line gave is quoted without its terminal controls: an escape sequence in a
/// query or a file name would retitle the terminal or hide text.
#[test]
fn a_quoted_query_never_carries_terminal_controls() {
    let out = cli(
        &["prefecture", "\u{1b}]0;titre\u{7}\u{1b}[31mROUGE"],
        "fr_FR.UTF-8",
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{err}");
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}') && err.contains("?[31mROUGE"),
        "{err:?}"
    );
}

/// A name many communes start with gives the most populous only, and says so on standard
/// error; a name that designates its communes says nothing more (review, 2026-12-04: « Saint »
/// gave 20, silently).
#[test]
fn a_list_cut_short_says_so() {
    let out = cli(&["prefecture", "Saint"], "fr_FR.UTF-8");
    assert!(out.status.success());
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 20);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("seules les 20 communes les plus peuplées"),
        "{said}"
    );
    let out = cli(&["prefecture", "Lyon"], "fr_FR.UTF-8");
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
    // The query as the lookup reads it: a space after it, or the beginning of a postcode
    // (review, 2026-12-05).
    for query in ["Saint ", "93"] {
        let out = cli(&["prefecture", query], "fr_FR.UTF-8");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && said.contains("seules les 20 communes"),
            "{query:?}: {said}"
        );
    }
    // A whole postcode gives all its communes: nothing to say.
    let out = cli(&["prefecture", "01200"], "fr_FR.UTF-8");
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
}

/// The sources are quoted in French: an English answer says so, a French one has nothing to say
/// (review, 2026-12-05: French prose in English mode, with no word).
#[test]
fn a_source_in_french_is_said_so_in_english() {
    let french = entries(&["prefecture", "93200"]);
    assert!(
        french[0]["office"]["sourceNotice"].is_null(),
        "{}",
        french[0]
    );
    let out = cli(&["--lang", "en", "prefecture", "93200"], "fr_FR.UTF-8");
    assert!(out.status.success());
    let english: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        english[0]["office"]["sourceNotice"], "(in French)",
        "{}",
        english[0]
    );
    let out = cli(&["--lang", "en", "prefecture", "98800"], "fr_FR.UTF-8");
    let overseas: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        overseas[0]["cesedaNotApplicable"]["sourceNotice"], "(in French)",
        "{}",
        overseas[0]
    );
}
