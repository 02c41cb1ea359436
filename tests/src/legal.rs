//! Shared fixtures for the legal tests: a base case (an invented adult victim who filed a
//! complaint) and a way to change a few facts of it by JSON pointer, so that each scenario states
//! only what differs.

use chrono::NaiveDate;
use passerelle_core::legal::{self, Assessment};
use passerelle_core::model::case::{CaseDocument, CaseFile};
use serde_json::{json, Value};

/// The base case: an adult Nigerian woman (invented), complaint filed, ties broken, no threat,
/// investigation running, living in Saint-Denis, refusal-risk facts checked and negative.
pub fn base_case() -> Value {
    json!({
        "format": "passerelle.case/1",
        "person": {
            "familyName": "Testperson",
            "givenNames": "Ada",
            "birthDate": "1998-04-12",
            "birthPlace": "Benin City",
            "nationality": "NG",
            "languages": ["en"],
            "sex": "F",
            "address": { "line1": "c/o Association X, 12 rue Y", "postcode": "93200", "communeInsee": "93066", "city": "Saint-Denis" }
        },
        "victimOf": ["trafficking"],
        "cooperation": {
            "complaint": { "date": "2026-10-02", "service": "Commissariat", "reference": "PV 0000/00000" },
            "testimony": null
        },
        "tiesWithPerpetratorsBroken": true,
        "publicOrderThreat": false,
        "exitProstitutionProgramme": null,
        "criminalCase": { "stage": "investigation", "finalConvictionDate": null },
        "reflectionPeriod": { "recepisseIssued": null },
        "currentPermit": null,
        "refusalRisks": { "unexecutedRemovalOrder": false, "falseDocuments": false },
        "documents": [
            { "kind": "birth-certificate", "status": "have", "date": "2024-01-10" },
            { "kind": "passport", "status": "confiscated" },
            { "kind": "consular-certificate", "status": "requested" },
            { "kind": "proof-of-address", "status": "have", "date": "2026-11-02" },
            { "kind": "complaint-receipt", "status": "have", "date": "2026-10-02" }
        ]
    })
}

/// Sets `pointer` (e.g. `/person/nationality`) to `value` in `doc`, creating objects on the way.
pub fn set(doc: &mut Value, pointer: &str, value: Value) {
    let mut node = doc;
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let (last, parents) = parts
        .split_last()
        .expect("a pointer has at least one segment");
    for part in parents {
        if node.get(*part).is_none_or(|v| !v.is_object()) {
            node[*part] = json!({});
        }
        node = node.get_mut(*part).expect("just inserted");
    }
    node[*last] = value;
}

/// The base case with `changes` applied, parsed and validated like an imported file.
pub fn case_with(changes: &[(&str, Value)]) -> CaseFile {
    let mut doc = base_case();
    for (pointer, value) in changes {
        set(&mut doc, pointer, value.clone());
    }
    CaseDocument::from_value(doc)
        .expect("scenario case files are valid")
        .1
}

/// A date from `YYYY-MM-DD`.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are ISO")
}

/// The assessment as the CLI prints it (JSON), for shape-level assertions.
pub fn assess_json(case: &CaseFile, today: &str) -> (Assessment, Value) {
    let a = legal::assess(case, date(today));
    let v = serde_json::to_value(&a).expect("assessments serialise");
    (a, v)
}
