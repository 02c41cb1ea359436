//! Case files as they come from elsewhere (issue 13, item 11): a byte-order mark is accepted;
//! names hiding characters, over-long fields and over-long lists are refused with the field named
//! in words, in French and in English, and nothing of the value repeated.

use passerelle_core::app::ErrorView;
use passerelle_core::i18n::L10n;
use passerelle_core::model::case::CaseDocument;
use passerelle_core::model::limits::{self, MAX_TEXT_CHARS};
use passerelle_core::Error;
use serde_json::{json, Value};

const SPEC_EXAMPLE: &str = include_str!("../fixtures/case-spec-example.json");

fn example() -> Value {
    serde_json::from_str(SPEC_EXAMPLE).unwrap()
}

fn parse(v: &Value) -> passerelle_core::Result<()> {
    CaseDocument::parse(&serde_json::to_vec(v).unwrap()).map(drop)
}

/// The example with `value` at `pointer` (its parent object exists in the example).
fn with(pointer: &str, value: Value) -> Value {
    let mut case = example();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    case.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert(key.to_string(), value);
    case
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(SPEC_EXAMPLE.as_bytes());
    let (_, case) = CaseDocument::parse(&bytes).expect("Notepad's UTF-8 is read");
    assert_eq!(case.person.nationality.as_deref(), Some("NG"));
}

#[test]
fn two_names_that_would_look_alike_are_refused() {
    for (path, spoof) in [
        ("/person/familyName", json!("OKA\u{200B}FOR")),
        ("/person/givenNames", json!("\u{202E}animA")),
        ("/person/aliases", json!(["Ami\u{2066}na"])),
    ] {
        let err = parse(&with(path, spoof)).unwrap_err();
        assert!(
            matches!(err, Error::HiddenCharacters { .. }),
            "{path}: {err:?}"
        );
        let fr = ErrorView::new(&err, "fr").message;
        assert!(!fr.contains("Ami") && !fr.contains("OKA"), "{fr}");
    }
    let mut case = example();
    case["person"]["givenNames"] = "\u{202E}animA".into();
    let err = parse(&case).unwrap_err();
    let fr = ErrorView::new(&err, "fr").message;
    assert!(fr.contains("«\u{a0}prénoms\u{a0}»"), "{fr}");
    let en = ErrorView::new(&err, "en").message;
    assert!(en.contains("“given names”"), "{en}");
}

/// The short fields a letter or a search reads refuse invisible characters too: « 93\u{200B}200 »
/// looks like a postcode and matches no commune (review, 2026-12-04). Notes keep their text.
#[test]
fn a_postcode_or_reference_with_an_invisible_character_is_refused() {
    let mut case = example();
    case["person"]["address"] = json!({ "line1": "1 rue de la Paix", "postcode": "93\u{200B}200" });
    let err = parse(&case).unwrap_err();
    assert!(matches!(err, Error::HiddenCharacters { .. }), "{err:?}");
    let mut case = example();
    case["person"]["address"] = json!({ "line1": "1 rue\u{202E} de la Paix" });
    assert!(matches!(
        parse(&case).unwrap_err(),
        Error::HiddenCharacters { .. }
    ));
    let mut case = example();
    case["notes"] =
        json!([{ "id": "n1", "at": "2026-12-01T10:00:00Z", "text": "مرحبا\u{200F} ok" }]);
    parse(&case).expect("a note keeps the marks its language needs");
}

#[test]
fn a_persian_name_keeps_its_zero_width_non_joiner() {
    let mut case = example();
    case["person"]["givenNames"] = "می\u{200C}خواهم".into();
    parse(&case).expect("ZWNJ is spelling in Persian");
}

/// Every field `model::limits` checks, with a value over its cap: each refusal names the field in
/// words in both languages (no raw path left in the message).
#[test]
fn every_cap_is_enforced_and_named_in_words() {
    let long = |n: usize| "x".repeat(n + 1);
    let text = long(MAX_TEXT_CHARS);
    let cases: Vec<(&str, Value)> = vec![
        ("/person/familyName", json!(text)),
        ("/person/givenNames", json!(text)),
        ("/person/birthPlace", json!(text)),
        ("/person/phone", json!(text)),
        ("/person/aliases", json!(vec!["x"; limits::MAX_ALIASES + 1])),
        ("/person/aliases", json!([text])),
        (
            "/person/languages",
            json!(vec!["fr"; limits::MAX_LANGUAGES + 1]),
        ),
        ("/person/address", json!({ "line1": text })),
        ("/person/address", json!({ "city": text })),
        (
            "/person/address",
            json!({ "postcode": long(limits::MAX_CODE_CHARS) }),
        ),
        (
            "/person/address",
            json!({ "communeInsee": long(limits::MAX_CODE_CHARS) }),
        ),
        ("/cooperation/complaint", json!({ "service": text })),
        ("/cooperation/complaint", json!({ "reference": text })),
        ("/cooperation/testimony", json!({ "service": text })),
        ("/cooperation/testimony", json!({ "reference": text })),
        (
            "/documents",
            json!(vec![
                json!({"kind": "passport", "status": "have"});
                limits::MAX_DOCUMENTS + 1
            ]),
        ),
        (
            "/interview",
            json!({ "personLanguage": long(limits::MAX_CODE_CHARS) }),
        ),
        ("/interview", json!({ "interpreter": { "name": text } })),
        (
            "/interview",
            json!({ "interpreter": { "language": long(limits::MAX_CODE_CHARS) } }),
        ),
        (
            "/interview",
            json!({ "answered": vec!["q"; limits::MAX_MARKS + 1] }),
        ),
        (
            "/interview",
            json!({ "notEstablished": vec!["q"; limits::MAX_MARKS + 1] }),
        ),
        (
            "/notes",
            json!([{ "id": "n", "at": "2026-01-01T00:00:00Z", "text": long(limits::MAX_NOTE_CHARS) }]),
        ),
        (
            "/notes",
            json!([{ "id": long(limits::MAX_CODE_CHARS), "at": "2026-01-01T00:00:00Z", "text": "x" }]),
        ),
        (
            "/appointments",
            json!([{ "id": "a", "kind": "other", "date": "2026-01-01", "time": null, "place": text, "note": null }]),
        ),
        (
            "/appointments",
            json!([{ "id": "a", "kind": "other", "date": "2026-01-01", "time": null, "place": null, "note": long(limits::MAX_NOTE_CHARS) }]),
        ),
        ("/references", json!({ "foreignerNumber": text })),
        ("/references", json!({ "anefNumber": text })),
        ("/references", json!({ "parquet": text })),
        (
            "/applications",
            json!([{ "route": "cst-l425-1", "filedOn": null, "decision": null, "anefNumber": text }]),
        ),
        (
            "/accompaniment",
            json!({ "statement": long(limits::MAX_PARAGRAPH_CHARS) }),
        ),
        (
            "/consent",
            json!({ "noticeLanguage": long(limits::MAX_CODE_CHARS) }),
        ),
    ];
    for (pointer, value) in cases {
        let err = parse(&with(pointer, value.clone())).unwrap_err();
        assert!(
            matches!(err, Error::FieldTooLong { .. } | Error::TooManyItems { .. }),
            "{pointer} {value:.60}: {err:?}"
        );
        let (Error::FieldTooLong { field, .. } | Error::TooManyItems { field, .. }) = &err else {
            unreachable!()
        };
        // Named by its own label, not a parent's (`app::words::field_label` falls back).
        let (id, _) = field.label_id();
        for lang in ["fr", "en"] {
            assert!(L10n::get().has(lang, &id), "{lang}: no {id} in fields.ftl");
        }
    }
}

#[test]
fn a_file_larger_than_any_case_is_refused_before_it_is_parsed() {
    let big = vec![b'x'; limits::MAX_FILE_BYTES + 1];
    let err = CaseDocument::parse(&big).unwrap_err();
    assert!(
        matches!(err, Error::CaseFileTooLarge { max_mib: 16 }),
        "{err:?}"
    );
    // Layout does not count against the cap (an indented export reads back), but a file larger
    // than the cap leaves room for is refused whatever it holds.
    let spaces = vec![b' '; limits::MAX_FILE_BYTES_WITH_LAYOUT + 1];
    let err = CaseDocument::parse(&spaces).unwrap_err();
    assert!(
        matches!(err, Error::CaseFileTooLarge { max_mib: 16 }),
        "{err:?}"
    );
}

/// An empty file and a file nested past the parser's depth are each said as what they are, not
/// « not valid JSON at line 1, column 0 » (review, 2026-12-04).
#[test]
fn an_empty_or_too_deep_file_is_said_as_such() {
    for empty in [&b""[..], b"  \n"] {
        let err = CaseDocument::parse(empty).unwrap_err();
        assert!(matches!(err, Error::CaseFileEmpty), "{err:?}");
    }
    let deep = format!(
        "{{\"format\":\"passerelle.case/1\",\"x\":{}{}}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let err = CaseDocument::parse(deep.as_bytes()).unwrap_err();
    assert!(matches!(err, Error::CaseFileTooDeep), "{err:?}");
    // Saved in another encoding: said as such (review of the English CLI, 2026-12-05).
    let latin1 = b"{\"format\":\"passerelle.case/1\",\"person\":{\"familyName\":\"Zq\xe9\"}}";
    let utf16: Vec<u8> = "\u{feff}{\"format\":\"passerelle.case/1\"}"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    for other in [&latin1[..], &utf16[..]] {
        let err = CaseDocument::parse(other).unwrap_err();
        assert!(matches!(err, Error::CaseFileNotUtf8), "{err:?}");
    }
    assert!(ErrorView::new(&err, "fr")
        .message
        .contains("trop de niveaux"));
}

/// Within the size limit, a file of many small values under a key Passerelle keeps unread is
/// refused before it is parsed (security review, 2026-12-05: 8 million zeros took 1.2 GB and
/// were stored, and every later report paid for them); commas inside strings do not count.
#[test]
fn a_file_of_more_values_than_any_case_is_refused_before_it_is_parsed() {
    let zeros = vec![Value::from(0); limits::MAX_VALUES];
    let err = parse(&with("/zz", Value::Array(zeros))).unwrap_err();
    assert!(
        matches!(err, Error::CaseFileTooComplex { max } if max as usize == limits::MAX_VALUES),
        "{err:?}"
    );
    assert!(ErrorView::new(&err, "fr").message.contains("valeurs"));
    let commas = ",".repeat(limits::MAX_VALUES + 10);
    assert!(parse(&with("/zz", Value::String(commas))).is_ok());
    assert!(limits::values_bound(SPEC_EXAMPLE.as_bytes()) < limits::MAX_VALUES / 1000);
}
