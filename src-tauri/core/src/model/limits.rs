//! What a case file may hold, checked when a file is read and at every edit: lengths and counts
//! (docs/case-file.md lists them), and no invisible characters in names.
//!
//! Caps keep a crafted or broken file from filling the store or the screen; each is at least what
//! the app itself lets a worker type (checked against the interview's and the follow-up's when
//! compiling), so whatever Passerelle writes it reads back.
//!
//! Names (family name, given names, other names, birth place, interpreter) must not hold
//! bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) nor invisible
//! characters (zero-width space, word joiner, soft hyphen, byte-order mark, other format and
//! control characters): « Amina » and « Ami\u{200B}na », or a name reversed by U+202E, would look
//! alike in the list and be two cases. They are refused rather than removed, so nothing is changed
//! behind the worker's back. Zero-width joiners and non-joiners are kept between two letters of a
//! script that needs them (Persian, Arabic, the Indic scripts), never beside a Latin letter.

use unicode_normalization::char::is_combining_mark;

use super::case::CaseFile;
use crate::error::{Field, Invalid};
use crate::{Error, Result};

/// A case file larger than this, written compact, is refused before it is parsed.
pub const MAX_FILE_BYTES: usize = 16 << 20;
/// The indentation and line breaks around a case file's tokens do not count against
/// [`MAX_FILE_BYTES`]: Passerelle's own export indents the file, and what it wrote must read
/// back (review, 2026-12-04: a case of 16.0 MB exported as 16.96 MB and was refused). A file
/// larger than this in all is refused without being read further.
pub const MAX_FILE_BYTES_WITH_LAYOUT: usize = 4 * MAX_FILE_BYTES;

/// The path of the first key written twice in one object of the JSON text `json`
/// (`person.familyName`, `notes[2].text`), if any; `None` also for a text that is not JSON (the
/// parser then says where). A reader keeps the last of the two silently (review, 2026-12-04: a
/// second `person` object dropped the first without a word).
pub fn first_duplicate_key(json: &[u8]) -> Option<String> {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

    struct Walk<'a> {
        path: &'a mut String,
        found: &'a mut Option<String>,
    }

    impl<'de> DeserializeSeed<'de> for Walk<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Walk<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> std::result::Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
            let at = self.path.len();
            for i in 0.. {
                self.path.push_str(&format!("[{i}]"));
                let more = seq.next_element_seed(Walk {
                    path: &mut *self.path,
                    found: &mut *self.found,
                })?;
                self.path.truncate(at);
                if more.is_none() {
                    break;
                }
            }
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
            let at = self.path.len();
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if at > 0 {
                    self.path.push('.');
                }
                self.path.push_str(&key);
                if !seen.insert(key) && self.found.is_none() {
                    *self.found = Some(self.path.clone());
                }
                map.next_value_seed(Walk {
                    path: &mut *self.path,
                    found: &mut *self.found,
                })?;
                self.path.truncate(at);
            }
            Ok(())
        }
    }

    let (mut path, mut found) = (String::new(), None);
    let mut reader = serde_json::Deserializer::from_slice(json);
    Walk {
        path: &mut path,
        found: &mut found,
    }
    .deserialize(&mut reader)
    .ok()?;
    found
}

/// True when serde_json stopped at its nesting limit (128 levels): the text may be valid JSON,
/// and « not valid JSON » or « damaged » would be false (review, 2026-12-04, and storage review,
/// 2026-12-07). The case reader and the hand-over both ask it.
pub fn too_deep(e: &serde_json::Error) -> bool {
    e.to_string().starts_with("recursion limit exceeded")
}

/// The most values (and object members) a case file may hold: far above any real case (every
/// list at its cap is some 70,000), far below what a 16 MiB file of small values can pack
/// (8 million: 1.2 GB once read, security review, 2026-12-05). Counted before parsing.
pub const MAX_VALUES: usize = 250_000;

/// An upper bound on the number of values of the JSON text `json`, counted without parsing it:
/// each value after an array's or object's first comes after a comma, each container opens with
/// a bracket.
pub fn values_bound(json: &[u8]) -> usize {
    1 + tokens(json)
        .filter(|(b, in_string)| !in_string && matches!(b, b',' | b'[' | b'{'))
        .count()
}

/// The length of a JSON text without the whitespace between its tokens: its compact form's.
pub fn compact_len(json: &[u8]) -> usize {
    tokens(json)
        .filter(|(b, in_string)| *in_string || !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

/// Each byte of the JSON text `json`, with whether it belongs to a string (its quotes included;
/// escapes followed).
fn tokens(json: &[u8]) -> impl Iterator<Item = (u8, bool)> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    json.iter().map(move |&b| {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            (b, true)
        } else {
            in_string = b == b'"';
            (b, in_string)
        }
    })
}

/// A name, a place, a reference, a short answer.
pub const MAX_TEXT_CHARS: usize = 200;
/// The association's statement in the support letter.
pub const MAX_PARAGRAPH_CHARS: usize = 2000;
/// A note, or an appointment's note.
pub const MAX_NOTE_CHARS: usize = 4000;
/// An id, a language tag, a question id.
pub const MAX_CODE_CHARS: usize = 100;
/// Other names of the person.
pub const MAX_ALIASES: usize = 20;
/// Languages the person speaks.
pub const MAX_LANGUAGES: usize = 20;
/// Her other nationalities.
pub const MAX_OTHER_NATIONALITIES: usize = 20;
/// Supporting documents.
pub const MAX_DOCUMENTS: usize = 200;
/// Notes, and appointments.
pub const MAX_ENTRIES: usize = 2000;
/// Questions marked answered, or not established.
pub const MAX_MARKS: usize = 1000;

// Whatever the app lets a worker type, a case file may hold (checked when compiling).
const _: () = {
    assert!(MAX_TEXT_CHARS >= crate::interview::MAX_TEXT);
    assert!(MAX_PARAGRAPH_CHARS >= crate::interview::MAX_PARAGRAPH);
    assert!(MAX_NOTE_CHARS >= crate::followup::MAX_NOTE);
    assert!(MAX_ALIASES >= crate::interview::MAX_ALIASES);
};

#[derive(Clone, Copy, PartialEq)]
enum Text {
    Name,
    Plain,
    Paragraph,
    Note,
    Code,
}

impl Text {
    fn max(self) -> usize {
        match self {
            Text::Name | Text::Plain => MAX_TEXT_CHARS,
            Text::Paragraph => MAX_PARAGRAPH_CHARS,
            Text::Note => MAX_NOTE_CHARS,
            Text::Code => MAX_CODE_CHARS,
        }
    }
}

/// What is wrong with `value`, typed in `field`, for its kind of text: too long, a line break
/// where one line is printed, a hidden character.
fn text_fault(field: Field, value: &str, kind: Text) -> Option<Error> {
    let one_line = kind != Text::Paragraph && kind != Text::Note;
    if value.chars().count() > kind.max() {
        Some(Error::FieldTooLong {
            field,
            max: kind.max() as u32,
        })
    } else if one_line && value.contains(['\n', '\r']) {
        // Said as what it is, not as an invisible character (letters review, 2026-12-06: a
        // reference pasted with its line break was « caractères invisibles »).
        Some(Error::invalid(field, Invalid::LineBreak))
    } else if one_line && has_hidden_characters(value) {
        // Names, and the short fields a letter or a search reads (an address, a postcode, a
        // reference): an invisible character there makes « 93\u{200B}200 » look like a postcode
        // no commune has (review, 2026-12-04). Free text keeps what it was given.
        Some(Error::HiddenCharacters { field })
    } else {
        None
    }
}

/// Checks a one-line text a form gives for `field` (a reference, a number) as the case file's
/// are checked: the form says its own field, not the case file's path.
///
/// # Errors
/// [`Error::FieldTooLong`], [`Error::InvalidField`] (a line break) or
/// [`Error::HiddenCharacters`].
pub(crate) fn check_line(field: Field, value: &str) -> Result<()> {
    text_fault(field, value, Text::Plain).map_or(Ok(()), Err)
}

/// Collects the failures of one case file; the first one is reported.
struct Checker {
    first: Option<Error>,
}

impl Checker {
    fn fail(&mut self, e: Error) {
        self.first.get_or_insert(e);
    }

    fn text(&mut self, path: &str, value: Option<&str>, kind: Text) {
        if let Some(e) = value.and_then(|v| text_fault(Field::case(path), v, kind)) {
            self.fail(e);
        }
    }

    fn list<'a>(
        &mut self,
        path: &str,
        items: impl ExactSizeIterator<Item = &'a String>,
        max: usize,
        kind: Text,
    ) {
        if items.len() > max {
            self.fail(Error::TooManyItems {
                field: Field::case(path),
                max: max as u32,
            });
            return;
        }
        for (i, item) in items.enumerate() {
            self.text(&format!("{path}[{i}]"), Some(item), kind);
        }
    }

    fn count(&mut self, path: &str, len: usize, max: usize) {
        if len > max {
            self.fail(Error::TooManyItems {
                field: Field::case(path),
                max: max as u32,
            });
        }
    }
}

/// Checks every text field and list of `case` against the caps, and names for hidden characters.
pub(crate) fn check(case: &CaseFile) -> Result<()> {
    use Text::*;
    let mut c = Checker { first: None };
    let p = &case.person;
    c.text("person.familyName", p.family_name.as_deref(), Name);
    c.text("person.givenNames", p.given_names.as_deref(), Name);
    c.text("person.birthPlace", p.birth_place.as_deref(), Name);
    c.list("person.aliases", p.aliases.iter(), MAX_ALIASES, Name);
    c.list("person.languages", p.languages.iter(), MAX_LANGUAGES, Code);
    c.list(
        "person.otherNationalities",
        p.other_nationalities.iter(),
        MAX_OTHER_NATIONALITIES,
        Code,
    );
    c.text("person.phone", p.phone.as_deref(), Plain);
    if let Some(a) = &p.address {
        c.text("person.address.line1", a.line1.as_deref(), Plain);
        c.text("person.address.postcode", a.postcode.as_deref(), Code);
        c.text(
            "person.address.communeInsee",
            a.commune_insee.as_deref(),
            Code,
        );
        c.text("person.address.city", a.city.as_deref(), Plain);
    }
    for (path, step) in [
        ("cooperation.complaint", &case.cooperation.complaint),
        ("cooperation.testimony", &case.cooperation.testimony),
    ] {
        if let Some(s) = step {
            c.text(&format!("{path}.service"), s.service.as_deref(), Plain);
            c.text(&format!("{path}.reference"), s.reference.as_deref(), Plain);
        }
    }
    c.count("documents", case.documents.len(), MAX_DOCUMENTS);
    for (n, d) in case.documents.iter().enumerate() {
        c.text(
            &format!("documents[{n}].number"),
            d.number.as_deref(),
            Plain,
        );
    }
    let i = &case.interview;
    c.text(
        "interview.personLanguage",
        i.person_language.as_deref(),
        Code,
    );
    if let Some(interpreter) = &i.interpreter {
        c.text(
            "interview.interpreter.name",
            interpreter.name.as_deref(),
            Name,
        );
        let language = interpreter.language.as_deref();
        c.text("interview.interpreter.language", language, Code);
    }
    c.list("interview.answered", i.answered.iter(), MAX_MARKS, Code);
    c.list(
        "interview.notEstablished",
        i.not_established.iter(),
        MAX_MARKS,
        Code,
    );
    c.count("notes", case.notes.len(), MAX_ENTRIES);
    for (n, note) in case.notes.iter().enumerate() {
        c.text(&format!("notes[{n}].id"), Some(&note.id), Code);
        c.text(&format!("notes[{n}].text"), Some(&note.text), Note);
    }
    c.count("appointments", case.appointments.len(), MAX_ENTRIES);
    c.count("applications", case.applications.len(), MAX_ENTRIES);
    for (n, a) in case.appointments.iter().enumerate() {
        c.text(&format!("appointments[{n}].id"), Some(&a.id), Code);
        c.text(
            &format!("appointments[{n}].place"),
            a.place.as_deref(),
            Plain,
        );
        c.text(&format!("appointments[{n}].note"), a.note.as_deref(), Note);
    }
    for (n, a) in case.applications.iter().enumerate() {
        c.text(
            &format!("applications[{n}].anefNumber"),
            a.anef_number.as_deref(),
            Plain,
        );
    }
    if let Some(r) = &case.references {
        c.text(
            "references.foreignerNumber",
            r.foreigner_number.as_deref(),
            Plain,
        );
        c.text("references.anefNumber", r.anef_number.as_deref(), Plain);
        c.text("references.parquet", r.parquet.as_deref(), Plain);
    }
    if let Some(a) = &case.accompaniment {
        c.text("accompaniment.statement", a.statement.as_deref(), Paragraph);
    }
    if let Some(consent) = &case.consent {
        c.text(
            "consent.noticeLanguage",
            consent.notice_language.as_deref(),
            Code,
        );
    }
    c.first.map_or(Ok(()), Err)
}

/// True if `s` holds a bidirectional control, or an invisible character where it can only serve
/// to make two names look alike.
pub fn has_hidden_characters(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let of_another_script = |n: Option<&char>| {
        n.is_some_and(|&n| (n.is_alphabetic() || is_combining_mark(n)) && !is_latin(n))
    };
    chars.iter().enumerate().any(|(i, &c)| match c {
        // Zero-width non-joiner and joiner: spelling in Persian, Arabic, the Indic scripts.
        '\u{200C}' | '\u{200D}' => {
            !(of_another_script(i.checked_sub(1).and_then(|p| chars.get(p)))
                && of_another_script(chars.get(i + 1)))
        }
        // Variation selectors choose a glyph of the letter before them: a Han character's
        // (ideographic variation sequences), a Mongolian letter's (free variation selectors).
        // Anywhere else they only hide (review, 2026-12-04: « Ам\u{FE00}ина » passed).
        '\u{180B}'..='\u{180D}' => !i
            .checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(|&p| ('\u{1800}'..='\u{18AF}').contains(&p)),
        '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => !i
            .checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(|&p| is_han(p)),
        c => c.is_control() || is_format(c) || is_blank_letter(c),
    })
}

/// Han characters (CJK unified and compatibility ideographs), whose glyph a variation selector
/// may choose.
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Latin letters, ASCII to Latin Extended Additional: no script written with Latin letters needs
/// a joiner.
fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// True when a paragraph a letter prints holds a character [`has_hidden_characters`] looks for,
/// its line breaks and tabs aside: a direction override there prints « 0001 » where the page
/// showed « 1000 » (security review, 2026-12-05).
pub fn paragraph_has_hidden_characters(s: &str) -> bool {
    has_hidden_characters(&s.replace(['\n', '\r', '\t'], " "))
}

/// `s` without the characters [`has_hidden_characters`] looks for, nor any control: what a
/// search typed or pasted (a commune's name copied from a web page with a zero-width space or a
/// soft hyphen inside) is looked up as the visible text reads (review, 2026-12-04: « Ly\u{200B}on »
/// reached an internal error).
pub fn without_invisible(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            !(c.is_control() && !c.is_whitespace()
                || is_format(c)
                || is_blank_letter(c)
                || matches!(c, '\u{200C}' | '\u{200D}' | '\u{180B}'..='\u{180D}'
                    | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}'))
        })
        .collect()
}

/// Unicode's invisible format characters (general category Cf) and the other default-ignorable
/// code points that text in a name never needs: soft hyphen, combining grapheme joiner, Arabic
/// letter mark, Khmer inherent vowels, Mongolian vowel separator, zero-width space, bidi marks,
/// embeddings, overrides and isolates, line and paragraph separators, word joiner and invisible
/// operators, byte-order mark, interlinear annotations, shorthand format controls, musical
/// formatting controls, and the tag characters (review, 2026-12-04: U+034F, U+1D173 and U+2028
/// passed, and « Ami\u{34F}na » was a second « Amina »).
pub(crate) fn is_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
        | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF0}'..='\u{FFFB}'
        | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E007F}'
        | '\u{E01F0}'..='\u{E0FFF}')
}

/// Letters that draw nothing: the Hangul fillers, which stand for an empty syllable part in
/// encodings, never in a typed name.
fn is_blank_letter(c: char) -> bool {
    matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}')
}

#[cfg(test)]
mod tests {

    /// The compact length is what serde writes compact, whatever the layout and the strings
    /// (escaped quotes, spaces and line breaks inside them count).
    #[test]
    fn the_compact_length_ignores_the_layout_only() {
        let value = serde_json::json!({
            "person": { "familyName": "Zqx \"quoted\" \\ back", "notes": ["a b", "\n\t x"] },
            "list": [1, 2.5, true, null, {"k": " { } [ ] "}]
        });
        let compact = serde_json::to_string(&value).unwrap();
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        assert!(pretty.len() > compact.len());
        assert_eq!(compact_len(compact.as_bytes()), compact.len());
        assert_eq!(compact_len(pretty.as_bytes()), compact.len());
        assert_eq!(compact_len(b" \r\n{ \"a\" :\t[ ] }\n"), r#"{"a":[]}"#.len());
    }

    use super::*;

    #[test]
    fn a_key_written_twice_is_found_with_its_path() {
        let found = |json: &str| first_duplicate_key(json.as_bytes());
        assert_eq!(found(r#"{"a":1,"b":{"c":1}}"#), None);
        assert_eq!(
            found(r#"{"person":{},"person":{}}"#).as_deref(),
            Some("person")
        );
        assert_eq!(
            found(r#"{"notes":[{"id":"1"},{"id":"2","text":"x","text":"y"}]}"#).as_deref(),
            Some("notes[1].text")
        );
        // The same key in two objects is no duplicate; a text that is not JSON is the parser's.
        assert_eq!(found(r#"{"a":{"k":1},"b":{"k":2}}"#), None);
        assert_eq!(found(r#"{"a":"#), None);
    }

    /// The association's statement prints in the support letter: its line breaks are kept, a
    /// direction override is refused (security review, 2026-12-05).
    #[test]
    fn a_statement_keeps_its_line_breaks_and_refuses_a_direction_override() {
        let parse = |statement: &str| {
            let case = serde_json::json!({
                "format": "passerelle.case/1",
                "person": {},
                "accompaniment": { "since": null, "statement": statement },
            });
            crate::model::case::CaseDocument::parse(case.to_string().as_bytes()).map(|_| ())
        };
        assert!(parse("Suivie depuis mars.\nPrésente à chaque rendez-vous.\r\n\tMerci.").is_ok());
        assert!(matches!(
            parse("Montant : \u{202E}0001\u{202C} euros"),
            Err(Error::HiddenCharacters { field: Field::Case(path) }) if path == "accompaniment.statement"
        ));
    }

    /// A line break in a field printed on one line is said as one, not as an invisible character
    /// (letters review, 2026-12-06).
    #[test]
    fn a_line_break_in_a_one_line_field_is_said_as_such() {
        let case = serde_json::json!({
            "format": "passerelle.case/1",
            "person": {},
            "references": { "parquet": "Parquet de Bobigny\nn° 26258000123" },
        });
        let err = crate::model::case::CaseDocument::parse(case.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidField { field: Field::Case(path), reason: Invalid::LineBreak }
                if path == "references.parquet"),
            "{err:?}"
        );
    }

    #[test]
    fn hidden_characters_are_found_and_real_spellings_are_not() {
        for spoof in [
            "Ami\u{200B}na",
            "\u{202E}animA",
            "Amina\u{2066}",
            "Ami\u{00AD}na",
            "Ami\u{200C}na",
            "Ami\u{200D}na",
            "Amina\u{FEFF}",
            "Ami\nna",
            "\u{200E}Amina",
            // Review, 2026-12-04: these passed.
            "Ami\u{034F}na",
            "Ami\u{FE0F}na",
            "Ami\u{1D173}na",
            "\u{3164}Amina",
            "Ami\u{115F}na",
            "Amina\u{2028}",
            "Ami\u{17B4}na",
            "Ам\u{FE00}ина",
        ] {
            assert!(has_hidden_characters(spoof), "{spoof:?}");
        }
        for name in [
            "Amina",
            "N’Diaye",
            "Ngọc Ánh",
            "Łukasz",
            "Олена",
            "می\u{200C}خواهم",
            "श्री\u{200D}मान",
            "क्\u{200D}ष",
            // A variation selector after a Han character chooses its glyph.
            "葛\u{E0100}城",
        ] {
            assert!(!has_hidden_characters(name), "{name:?}");
        }
    }
}
