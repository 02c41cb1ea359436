//! The PDF texts exist in every language with the same message ids and variables.

use passerelle_core::i18n::{files, messages_of};

const PERSON_LANGUAGES: [&str; 8] = ["fr", "en", "es", "pt", "ru", "uk", "sq", "vi"];

#[test]
fn every_checklist_language_has_exactly_the_french_pdf_messages_and_variables() {
    let french = messages_of("fr", "pdf.ftl").expect("fr/pdf.ftl is embedded");
    assert!(french.len() > 40, "fr/pdf.ftl holds the checklist's words");
    for lang in PERSON_LANGUAGES {
        let other = messages_of(lang, "pdf.ftl")
            .unwrap_or_else(|| panic!("{lang}/pdf.ftl is embedded and parses"));
        let missing: Vec<&String> = french
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !french.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}/pdf.ftl: missing {missing:?}, extra {extra:?}"
        );
        for (id, vars) in &french {
            assert_eq!(
                &other[id], vars,
                "{lang}/pdf.ftl {id}: same variables as French"
            );
        }
    }
}

#[test]
fn the_english_letters_mirror_the_french_ones() {
    let french = messages_of("fr", "letter.ftl").expect("fr/letter.ftl is embedded");
    let english = messages_of("en", "letter.ftl").expect("en/letter.ftl is embedded");
    let fr_ids: Vec<&String> = french.keys().collect();
    let en_ids: Vec<&String> = english.keys().collect();
    assert_eq!(
        fr_ids, en_ids,
        "the same letter messages in French and English"
    );
    for (id, vars) in &english {
        let unknown: Vec<&String> = vars.iter().filter(|v| !french[id].contains(v)).collect();
        assert!(
            unknown.is_empty(),
            "en/letter.ftl {id} uses variables the code never passes: {unknown:?}"
        );
    }
    let letter_languages: Vec<&str> = files()
        .into_iter()
        .filter(|(_, f)| *f == "letter.ftl")
        .map(|(l, _)| l)
        .collect();
    assert_eq!(
        letter_languages,
        vec!["en", "fr"],
        "letters are French (English for reviewers only)"
    );
}
