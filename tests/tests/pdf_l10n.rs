//! The PDF texts exist in every language with the same message ids and variables.

use passerelle_core::i18n::{files, messages_of};

/// The files a person reads: the interview's side-by-side column (with the welcome and « je ne
/// sais pas »), the consent notice, and the checklist, consent record and dates of the PDFs.
const PERSON_FILES: [&str; 3] = ["interview.ftl", "consent.ftl", "pdf.ftl"];

/// French, and every language a checklist is printed in or the interview shows.
fn person_languages() -> Vec<&'static str> {
    let mut langs: Vec<&str> = vec!["fr"];
    langs.extend(passerelle_core::pdf::view::CHECKLIST_LANGUAGES);
    for (lang, file) in files() {
        if PERSON_FILES.contains(&file) && !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    langs
}

#[test]
fn every_person_language_has_exactly_the_french_person_facing_messages_and_variables() {
    let langs = person_languages();
    for required in ["en", "es", "pt", "ru", "uk", "sq", "vi", "ro", "bg"] {
        assert!(langs.contains(&required), "{required} is a person language");
    }
    for file in PERSON_FILES {
        let french = messages_of("fr", file).unwrap_or_else(|| panic!("fr/{file} is embedded"));
        assert!(french.len() > 5, "fr/{file} holds the person's words");
        for lang in &langs {
            let other = messages_of(lang, file)
                .unwrap_or_else(|| panic!("{lang}/{file} is embedded and parses"));
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
                "{lang}/{file}: missing {missing:?}, extra {extra:?}"
            );
            for (id, vars) in &french {
                // Every message of her checklist is passed `$sex`: a language that conjugates
                // for the reader (Arabic) selects on it (`?sex`) where French may need nothing,
                // and French where another language needs nothing (« admise »).
                let but_her_sex = |vars: &Vec<String>| -> Vec<String> {
                    vars.iter()
                        .filter(|v| !(passerelle_tests::passed_her_sex(file, id) && *v == "?sex"))
                        .cloned()
                        .collect()
                };
                assert_eq!(
                    but_her_sex(&other[id]),
                    but_her_sex(vars),
                    "{lang}/{file} {id}: same variables as French"
                );
            }
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
