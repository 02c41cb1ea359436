//! The case file v1: the JSON Schema in assets/ accepts the spec example and the fixtures,
//! import → export is lossless (unknown keys included), typed edits keep unknown keys, and an
//! invalid file gets an error naming the field, never its value.

use passerelle_core::app::ErrorView;
use passerelle_core::error::Field;
use passerelle_core::model::case::{CaseDocument, ChildWelfare, Placement, RefusalRisks};
use passerelle_core::Error;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../assets/case-file.schema.json");
const SPEC_EXAMPLE: &str = include_str!("../fixtures/case-spec-example.json");
const FULL: &str = include_str!("../fixtures/case-full.json");

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn the_spec_example_and_the_fixtures_validate_against_the_schema() {
    let v = validator();
    for (name, text) in [("spec example", SPEC_EXAMPLE), ("full fixture", FULL)] {
        let instance: Value = serde_json::from_str(text).unwrap();
        let errors: Vec<String> = v
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn the_schema_rejects_what_the_parser_rejects() {
    let v = validator();
    for (pointer, value) in [
        ("/format", json!("passerelle.case/2")),
        ("/documents/0/kind", json!("spaceship")),
        ("/currentPermit/renewalCount", json!(-1)),
        ("/person/nationality", json!("Nigeria")),
        ("/childWelfare/placement", json!("orphanage")),
        ("/person/phone", json!(612345678)),
        ("/references/anefNumber", json!(75)),
        ("/accompaniment/since", json!("02/04/2026")),
    ] {
        let mut instance: Value = serde_json::from_str(FULL).unwrap();
        *instance.pointer_mut(pointer).unwrap() = value.clone();
        assert!(
            !v.is_valid(&instance),
            "the schema must refuse {pointer} = {value}"
        );
        assert!(
            CaseDocument::from_value(instance).is_err(),
            "the parser must refuse {pointer} = {value}"
        );
    }
}

#[test]
fn every_field_of_the_full_fixture_is_in_the_schema() {
    // A typed field missing from the schema would make the schema a lie: compare the typed view's
    // keys with the schema's properties, object by object.
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let (_, case) = CaseDocument::parse(FULL.as_bytes()).unwrap();
    let typed = serde_json::to_value(&case).unwrap();
    fn walk(typed: &Value, schema: &Value, path: &str) {
        let Value::Object(map) = typed else { return };
        let props = &schema["properties"];
        for (k, v) in map {
            let sub = &props[k];
            assert!(
                !sub.is_null(),
                "{path}.{k} is a typed field missing from the schema"
            );
            match v {
                Value::Object(_) => walk(v, sub, &format!("{path}.{k}")),
                Value::Array(items) => {
                    for item in items {
                        walk(item, &sub["items"], &format!("{path}.{k}[]"));
                    }
                }
                _ => {}
            }
        }
    }
    walk(&typed, &schema, "$");
}

#[test]
fn import_then_export_is_lossless_with_unknown_keys_everywhere() {
    for text in [SPEC_EXAMPLE, FULL] {
        let (doc, _) = CaseDocument::parse(text.as_bytes()).unwrap();
        let back: Value = serde_json::from_str(&doc.to_json()).unwrap();
        let orig: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            back, orig,
            "export must give back exactly what was imported"
        );
        let again = CaseDocument::parse(doc.to_json_pretty().as_bytes())
            .unwrap()
            .0;
        assert_eq!(again, doc, "a second round trip changes nothing");
    }
}

#[test]
fn editing_the_new_facts_keeps_unknown_keys() {
    let (mut doc, mut case) = CaseDocument::parse(FULL.as_bytes()).unwrap();
    case.refusal_risks = Some(RefusalRisks {
        unexecuted_removal_order: Some(true),
        false_documents: None,
        serious_offences: None,
    });
    case.child_welfare = Some(ChildWelfare {
        placed_on: None,
        placement: Some(Placement::TrustedThirdParty),
    });
    case.current_permit.as_mut().unwrap().renewal_count = Some(1);
    case.person.aliases.push("J. E.".into());
    doc.apply(&case).unwrap();
    let v = doc.as_value();
    assert_eq!(v["exportedBy"]["note"], "a key from a future version");
    assert_eq!(v["person"]["pronouns"], "she");
    assert_eq!(v["person"]["address"]["floor"], "3");
    assert_eq!(v["currentPermit"]["number"], "0000000000");
    assert_eq!(v["currentPermit"]["renewalCount"], 1);
    assert_eq!(v["cooperation"]["testimony"]["interpreter"], "pcm");
    assert_eq!(v["documents"][1]["scanned"], false);
    assert_eq!(
        v["refusalRisks"]["falseDocuments"],
        Value::Null,
        "a fact set back to unknown is written as null"
    );
    assert_eq!(v["childWelfare"]["placement"], "trusted-third-party");
    assert_eq!(v["person"]["aliases"], json!(["Joy E.", "J. E."]));
    let (_, reparsed) = CaseDocument::parse(doc.to_json().as_bytes()).unwrap();
    assert_eq!(
        reparsed, case,
        "the edited document reads back as the edited case"
    );
}

#[test]
fn a_typed_case_written_from_scratch_reads_back_identical() {
    let (_, case) = CaseDocument::parse(FULL.as_bytes()).unwrap();
    let doc = CaseDocument::from_case(&case).unwrap();
    let (_, back) = CaseDocument::parse(doc.to_json().as_bytes()).unwrap();
    assert_eq!(back, case);
}

/// The path and the whole error (what logs and messages are made of) of a case file changed by
/// `mutate`.
fn field_error(mutate: impl FnOnce(&mut Value)) -> (String, String) {
    let mut v: Value = serde_json::from_str(FULL).unwrap();
    mutate(&mut v);
    let e = CaseDocument::parse(v.to_string().as_bytes()).unwrap_err();
    let Error::InvalidField {
        field: Field::Case(path),
        ..
    } = &e
    else {
        panic!("expected an invalid-field error, got {e:?}")
    };
    let words = format!("{e} {e:?} {}", ErrorView::new(&e, "fr").message);
    (path.clone(), words)
}

#[test]
fn invalid_new_fields_are_refused_with_their_path_and_without_their_value() {
    let (path, reason) = field_error(|v| v["plannedFilingDate"] = json!("Secret-31/12/2026"));
    assert_eq!(path, "plannedFilingDate");
    assert!(
        !reason.contains("Secret"),
        "values never reach messages: {reason}"
    );
    let (path, _) = field_error(|v| v["currentPermit"]["renewalCount"] = json!("Secretthree"));
    assert_eq!(path, "currentPermit.renewalCount");
    let (path, reason) = field_error(|v| v["childWelfare"]["placement"] = json!("SecretPlace"));
    assert_eq!(path, "childWelfare.placement");
    assert!(!reason.contains("SecretPlace"), "{reason}");
    let (path, _) = field_error(|v| v["refusalRisks"]["falseDocuments"] = json!("yes"));
    assert_eq!(path, "refusalRisks.falseDocuments");
    let (path, _) = field_error(|v| v["person"]["aliases"] = json!("Joy"));
    assert_eq!(path, "person.aliases");
    let (path, _) = field_error(|v| v["documents"][2]["kind"] = json!("exit-programme"));
    assert_eq!(path, "documents[2].kind");
}

#[test]
fn a_file_that_is_not_a_case_file_is_refused_clearly() {
    assert!(
        matches!(CaseDocument::parse(b"[1, 2]"), Err(Error::InvalidField { field: Field::Case(ref path), .. }) if path == "$")
    );
    assert!(matches!(
        CaseDocument::parse(b"{\"format\":\"passerelle.case/9\",\"person\":{}}"),
        Err(Error::NewerFormat { .. })
    ));
    // No `format` at all: not a case file, and the message quotes no empty format.
    let none = CaseDocument::parse(b"{\"person\":{}}").unwrap_err();
    let said = passerelle_core::app::ErrorView::new(&none, "fr").message;
    assert!(
        said.contains("ne dit pas son format") && !said.contains("«"),
        "{said}"
    );
    assert!(
        matches!(CaseDocument::parse(b"{\"format\":\"passerelle.case/1\"}"), Err(Error::InvalidField { field: Field::Case(ref path), .. }) if path == "person"),
        "a missing required field is named by its own path"
    );
    let missing_kind =
        br#"{"format":"passerelle.case/1","person":{},"documents":[{"status":"have"}]}"#;
    assert!(
        matches!(CaseDocument::parse(missing_kind), Err(Error::InvalidField { field: Field::Case(ref path), .. }) if path == "documents[0].kind")
    );
    assert!(matches!(
        CaseDocument::parse(b"{\"format\":\"passerelle.case/1\",\n\"person\":{}"),
        Err(Error::InvalidJson { line: 2, .. })
    ));
}
