//! Translations: every language has the same messages with the same variables, every id the UI
//! and the errors use exists, and French text follows French typography.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use passerelle_core::i18n::{self, L10n};

/// Files every UI language must have, with the same ids. Person-facing files (documents, legal
/// labels) are compared across all the languages that have them.
fn files_by_name() -> BTreeMap<&'static str, Vec<&'static str>> {
    let mut by_file: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (lang, file) in i18n::files() {
        by_file.entry(file).or_default().push(lang);
    }
    by_file
}

#[test]
fn every_language_has_the_same_messages_and_variables_as_french() {
    for (file, langs) in files_by_name() {
        let reference = i18n::messages_of("fr", file)
            .unwrap_or_else(|| panic!("{file} has no French version: French is the reference"));
        for lang in langs {
            let other = i18n::messages_of(lang, file).unwrap();
            for (id, vars) in &reference {
                let theirs = other
                    .get(id)
                    .unwrap_or_else(|| panic!("{lang}/{file} lacks {id}"));
                // Placed variables must match exactly; a selector-only variable (`?sex`) may be
                // absent where a language has no such agreement, but none may be invented.
                let placed = |v: &Vec<String>| {
                    v.iter()
                        .filter(|x| !x.starts_with('?'))
                        .cloned()
                        .collect::<Vec<_>>()
                };
                assert_eq!(
                    placed(theirs),
                    placed(vars),
                    "{lang}/{file}: {id} places other variables"
                );
                for var in theirs.iter().filter(|x| x.starts_with('?')) {
                    let name = &var[1..];
                    assert!(
                        vars.iter().any(|v| v == var || v == name),
                        "{lang}/{file}: {id} selects on ${name}, which French does not use"
                    );
                }
            }
            for id in other.keys() {
                assert!(
                    reference.contains_key(id),
                    "{lang}/{file} has {id}, French has not"
                );
            }
        }
    }
}

#[test]
fn the_ui_languages_have_every_ui_file() {
    for file in ["app.ftl", "errors.ftl"] {
        for lang in i18n::UI_LANGUAGES {
            assert!(
                i18n::messages_of(lang, file).is_some(),
                "{lang} lacks {file}"
            );
        }
    }
}

fn ui_sources() -> Vec<(String, String)> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/js");
    let mut out = Vec::new();
    let mut stack = vec![ui];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "js") {
                out.push((
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    out
}

/// Ids written literally in the UI: `t('tag', 'id'`, `'data-l10n-id': 'id'`,
/// `setAttribute('data-l10n-id', 'id')`, `format('id'` (a message formatted in script).
fn literal_ids(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for marker in [
        "t('",
        "'data-l10n-id': '",
        "setAttribute('data-l10n-id', '",
        "format('",
    ] {
        let mut rest = source;
        while let Some(pos) = rest.find(marker) {
            rest = &rest[pos + marker.len()..];
            let candidate = if marker == "t('" {
                // t('tag', 'id' …): the tag, then the id right after it. A call whose id is an
                // expression is skipped here and listed in `built` below.
                let tag_len = rest
                    .find('\'')
                    .filter(|n| rest[..*n].chars().all(|c| c.is_ascii_alphanumeric()));
                match tag_len.and_then(|n| rest[n..].strip_prefix("', '")) {
                    Some(tail) => tail.split('\'').next().unwrap_or(""),
                    None => continue,
                }
            } else {
                rest.split('\'').next().unwrap_or("")
            };
            if !candidate.is_empty() && !candidate.contains('$') && candidate.contains('-') {
                ids.push(candidate.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_id_the_ui_uses_exists() {
    let l10n = L10n::get();
    let mut seen = 0;
    for (path, source) in ui_sources() {
        for id in literal_ids(&source) {
            seen += 1;
            for lang in i18n::UI_LANGUAGES {
                assert!(l10n.has(lang, &id), "{path} uses {id}, missing in {lang}");
            }
        }
    }
    assert!(
        seen > 100,
        "the scan found only {seen} ids: the pattern is broken"
    );
    // Ids built from templates or passed through variables in the UI, expanded by hand.
    let built = [
        "nav-dashboard",
        "nav-cases",
        "nav-settings",
        "nav-about",
        "cases-none-found",
        "cases-empty",
        "cases-sort-name",
        "cases-sort-next-deadline",
        "cases-sort-updated",
        "dashboard-overdue",
        "dashboard-upcoming",
        "dashboard-appointments",
        "dashboard-none-overdue",
        "dashboard-none-upcoming",
        "dashboard-none-appointments",
        "iv-saving",
        "iv-saved",
        "iv-unsaved",
        "iv-side-by-side-on",
        "iv-side-by-side-off",
        "review-not-answered",
        "review-optional-empty",
        "case-section-assessment",
        "case-section-checklist",
        "case-section-followup",
        "case-section-file",
        "case-primary-route",
        "case-warnings",
        "case-see-also",
        "case-export-letter",
        "case-export-support",
        "case-export-checklist",
        "case-note-delete-confirm",
        "case-appt-delete-confirm",
        "appointment-kind-police-hearing",
        "appointment-kind-prefecture",
        "appointment-kind-court",
        "appointment-kind-lawyer",
        "appointment-kind-other",
        "unlock-reason-locked-by-user",
        "unlock-reason-locked-idle",
        "language-fr",
        "language-en",
        "strength-0",
        "strength-1",
        "strength-2",
        "strength-3",
        "strength-4",
        "strength-hint-length",
        "strength-hint-words",
    ];
    for id in built {
        for lang in i18n::UI_LANGUAGES {
            assert!(l10n.has(lang, id), "{id} missing in {lang}");
        }
    }
}

/// Every error kind, from the one table that declares the errors: a variant added without its
/// message, or with arguments its message does not use, fails here.
#[test]
fn every_error_has_a_message_in_every_ui_language() {
    use passerelle_core::error::ErrorKind;
    let declared = i18n::messages_of("fr", "errors.ftl").unwrap();
    for kind in ErrorKind::ALL {
        let id = kind.message_id();
        let vars = declared
            .get(id)
            .unwrap_or_else(|| panic!("{kind:?}: {id} has no message"));
        let mut given: Vec<String> = kind.arg_names().iter().map(|k| k.to_string()).collect();
        given.sort();
        // `?name` marks a variable used only to select a variant (see i18n::messages_of).
        let mut used: Vec<String> = vars
            .iter()
            .map(|v| v.trim_start_matches('?').to_string())
            .collect();
        used.sort();
        assert_eq!(given, used, "{id}: arguments and message variables differ");
        for lang in i18n::UI_LANGUAGES {
            assert!(L10n::get().has(lang, id), "{id} missing in {lang}");
        }
    }
}

#[test]
fn french_text_follows_french_typography() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/locales/fr");
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let value = match line.split_once(" = ") {
                Some((_, v)) => v,
                None => line,
            };
            let at = format!("{}:{}", entry.path().display(), n + 1);
            for bad in [" :", " ;", " !", " ?", "« ", " »"] {
                assert!(
                    !value.contains(bad),
                    "{at}: ordinary space in {bad:?} (use U+00A0 / U+202F)"
                );
            }
            assert!(!value.contains('\''), "{at}: typewriter apostrophe (use ’)");
            // `{""}` is Fluent's empty string literal, not a quotation mark.
            let value = value.replace("{\"\"}", "");
            assert!(!value.contains('"'), "{at}: straight quotes (use « »)");
        }
    }
}

#[test]
fn formatted_messages_carry_no_isolation_marks() {
    let text = L10n::get().format("fr", "error-too-many-attempts", &[("seconds", "30".into())]);
    assert!(text.contains("30"));
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
}

#[test]
fn the_country_list_names_every_country_the_letters_know_each_with_a_capital() {
    // The interview's list comes from names.ftl, the letters' nationality adjectives from
    // assets/countries/countries.tsv: a code in one and not the other is a country the worker can
    // pick and the letter cannot print, or the reverse.
    let known: BTreeSet<String> = passerelle_core::countries::all()
        .iter()
        .map(|c| format!("country-{}", c.code.to_ascii_lowercase()))
        .collect();
    for lang in i18n::UI_LANGUAGES {
        let listed: BTreeSet<String> = i18n::messages_of(lang, "names.ftl")
            .unwrap()
            .into_keys()
            .filter(|id| id.starts_with("country-"))
            .collect();
        assert_eq!(listed, known, "{lang}: names.ftl and countries.tsv differ");
        for id in &listed {
            let name = L10n::get().format(lang, id, &[]);
            assert!(
                name.chars().next().is_some_and(char::is_uppercase),
                "{lang}: {id} = {name:?} starts in lower case"
            );
        }
    }
}
