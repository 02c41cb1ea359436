//! Translations: every language has the same messages with the same variables, every id the UI
//! and the errors use exists, and French text follows French typography.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use passerelle_core::i18n::{self, L10n};
use passerelle_core::Error;
use passerelle_tests::wording::assert_in_language;

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
                        vars.iter().any(|v| v == var || v == name)
                            || (name == "sex" && passerelle_tests::passed_her_sex(file, id)),
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
    for file in ["app.ftl", "errors.ftl", "fields.ftl"] {
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
        "case-doc-checklist-french",
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
/// message, or with arguments its message does not use, fails here; so does a message that is
/// not in the interface language once its arguments are filled.
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
            // Field and reason are worded by the next test, with every field and reason.
            let args: Vec<(&str, String)> = kind
                .arg_names()
                .iter()
                .map(|name| (*name, "2".to_string()))
                .collect();
            if !matches!(kind, ErrorKind::InvalidField | ErrorKind::Required) {
                let text = L10n::get().format(lang, id, &args);
                assert_in_language(lang, &text, id);
            }
        }
    }
}

/// Every field an input error can name (each path of a case file and of the association's
/// profile, each form and command-line field, each interview question) with every reason: the
/// message a person reads names the field in words, in the interface language.
#[test]
fn every_field_and_every_reason_are_worded_in_the_interface_language() {
    use passerelle_core::app::ErrorView;
    use passerelle_core::error::{Field, Invalid, Named};
    use passerelle_core::interview::all_questions;

    let mut fields: Vec<Field> = case_file_paths().into_iter().map(Field::Case).collect();
    let association = serde_json::to_value(passerelle_core::pdf::samples::association()).unwrap();
    fields.extend(json_paths(&association).into_iter().map(Field::Association));
    fields.push(Field::Association("$".into()));
    fields.extend(Named::ALL.iter().map(|n| Field::Named(*n)));
    fields.extend(all_questions().map(|q| Field::Question(q.as_string())));
    fields.push(Field::Rules("routes".into()));
    assert!(
        fields.len() > 150,
        "only {} fields: the walk is broken",
        fields.len()
    );

    let reasons = Invalid::samples();
    let l10n = L10n::get();
    for lang in i18n::UI_LANGUAGES {
        for field in &fields {
            let (label, _) = field.label_id();
            assert!(
                l10n.has(lang, &label),
                "{field:?}: {label} missing in {lang}"
            );
            let required = Error::required(field.clone());
            assert_in_language(lang, &ErrorView::new(&required, lang).message, &label);
            for reason in &reasons {
                let e = Error::invalid(field.clone(), reason.clone());
                let text = ErrorView::new(&e, lang).message;
                assert_in_language(lang, &text, &format!("{field:?} {reason:?}"));
                assert_quotes_not_nested(&text);
            }
            for e in [
                Error::FieldTooLong {
                    field: field.clone(),
                    max: 200,
                },
                Error::TooManyItems {
                    field: field.clone(),
                    max: 20,
                },
                Error::HiddenCharacters {
                    field: field.clone(),
                },
            ] {
                let text = ErrorView::new(&e, lang).message;
                assert_in_language(lang, &text, &format!("{field:?} {:?}", e.kind()));
                assert_quotes_not_nested(&text);
            }
        }
    }
    // Each reason has its message, and every `invalid-` message is some reason's.
    let declared: BTreeSet<String> = i18n::messages_of("fr", "fields.ftl")
        .unwrap()
        .into_keys()
        .filter(|id| id.starts_with("invalid-"))
        .collect();
    let sampled: BTreeSet<String> = reasons.iter().map(Invalid::message_id).collect();
    assert_eq!(
        declared, sampled,
        "a reason without a sample, or a message without a reason"
    );
}

/// « Champ « la question « … » » » reads as a typo: a label that carries its own quotation marks
/// (a question) is not quoted again.
fn assert_quotes_not_nested(text: &str) {
    for (open, close) in [('«', '»'), ('“', '”')] {
        let mut depth = 0;
        for c in text.chars() {
            if c == open {
                depth += 1;
                assert!(depth < 2, "quotation marks inside quotation marks: {text}");
            } else if c == close {
                depth -= 1;
            }
        }
    }
}

#[test]
fn an_answer_to_a_question_is_named_by_the_question_once_quoted() {
    use passerelle_core::app::ErrorView;
    use passerelle_core::error::{Field, Invalid};
    let e = Error::invalid(
        Field::Question("complaint-date".into()),
        Invalid::UnknownValue,
    );
    let fr = ErrorView::new(&e, "fr").message;
    assert!(fr.starts_with("Réponse à la question «\u{a0}"), "{fr}");
    let en = ErrorView::new(&e, "en").message;
    assert!(en.starts_with("Answer to the question “"), "{en}");
}

#[test]
fn a_field_path_this_build_does_not_know_is_named_by_its_parent_never_by_the_path() {
    use passerelle_core::app::ErrorView;
    use passerelle_core::error::{Field, Invalid};
    let e = Error::invalid(
        Field::case("person.address.floorNumber"),
        Invalid::UnknownValue,
    );
    assert_eq!(
        ErrorView::new(&e, "fr").message,
        "Champ «\u{a0}adresse de la personne\u{a0}»\u{a0}: cette valeur ne fait pas partie des choix possibles. Rien n’a été enregistré."
    );
    let e = Error::invalid(Field::case("documents[3].kind"), Invalid::UnknownValue);
    assert!(
        ErrorView::new(&e, "en")
            .message
            .contains("kind of document no. 4"),
        "the position is the person's (from 1)"
    );
}

/// Every path of a case file, from its JSON Schema: objects, their fields, list elements
/// (`documents[0]`), the fields of list elements (`documents[0].kind`).
fn case_file_paths() -> Vec<String> {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../assets/case-file.schema.json")).unwrap();
    let mut out = Vec::new();
    fn walk(node: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        if !path.is_empty() {
            out.push(path.to_string());
        }
        for key in ["anyOf", "oneOf"] {
            for n in node[key].as_array().into_iter().flatten() {
                walk(n, path, out);
            }
        }
        if let Some(items) = node.get("items") {
            walk(items, &format!("{path}[0]"), out);
        }
        for (k, v) in node["properties"].as_object().into_iter().flatten() {
            let child = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            walk(v, &child, out);
        }
    }
    walk(&schema, "", &mut out);
    out.sort();
    out.dedup();
    out
}

/// Every path of a JSON value's keys.
fn json_paths(value: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    out.push(p.clone());
                    walk(child, &p, out);
                }
            }
            serde_json::Value::Array(items) => {
                if let Some(first) = items.first() {
                    let p = format!("{path}[0]");
                    out.push(p.clone());
                    walk(first, &p, out);
                }
            }
            _ => {}
        }
    }
    walk(value, "", &mut out);
    out
}

/// A line of a language's Fluent files, as the wording and typography tests read them.
struct FtlLine {
    /// The file's name (`legal.ftl`).
    file: String,
    /// `path:line`, for the failure message.
    at: String,
    text: String,
    comment: bool,
}

/// Every line of the `lang` Fluent files: the four tests below walked them each with the same
/// loop (`duplicates`, 2026-12-05).
fn ftl_lines(lang: &str) -> Vec<FtlLine> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/locales")
        .join(lang);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for (n, line) in text.lines().enumerate() {
            out.push(FtlLine {
                file: entry.file_name().to_string_lossy().into_owned(),
                at: format!("{}:{}", entry.path().display(), n + 1),
                text: line.to_string(),
                comment: line.trim_start().starts_with('#'),
            });
        }
    }
    out
}

/// One style of inclusive writing in the worker's French: a role is named in both genders, as
/// « intervenant ou intervenante » and « Administrateur ou administratrice » are (issue 14:
/// « un juriste » beside « un ou une juriste »). The consent notice (`consent.ftl`) is versioned
/// text read to the person and changes only with its version.
#[test]
fn french_names_each_role_in_both_genders() {
    for line in ftl_lines("fr") {
        if line.file == "consent.ftl" || line.comment {
            continue;
        }
        for masculine in [
            "un juriste",
            "Un juriste",
            "Une ou un juriste",
            "un administrateur de",
            "les travailleurs sociaux",
        ] {
            assert!(
                !line.text.contains(masculine),
                "{}: « {masculine} » (write both genders: « un ou une juriste »)",
                line.at
            );
        }
    }
}

/// The person may be a man: English speaks of her or him as « they » (review, 2026-12-05: « states
/// that she wants to work », « her stay » beside a man's case). French says « la personne »,
/// feminine by grammar, and writes « Né(e) » where the sex matters.
#[test]
fn english_speaks_of_the_person_without_a_gender() {
    for line in ftl_lines("en") {
        for word in line.text.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !matches!(word, "she" | "She" | "her" | "Her" | "hers" | "herself"),
                "{}: « {word} » (write « they », « their »)",
                line.at
            );
        }
    }
}

/// One style of quotation in English, as in French: “ ” and ’, never " or ' (review, 2026-12-05:
/// « No commune matches "zzzz" » beside « “--bogus” »). Fluent's own string literals
/// (`{""}`) are not text.
#[test]
fn english_text_uses_typographic_quotes() {
    for line in ftl_lines("en").into_iter().filter(|l| !l.comment) {
        let mut rest = line.text.clone();
        while let Some(at) = rest.find("{\"") {
            let end = rest[at + 2..].find('"').map_or(rest.len(), |e| at + 3 + e);
            rest.replace_range(at..end, "");
        }
        let straight_apostrophe = rest
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_alphabetic() && w[1] == b'\'');
        assert!(
            !rest.contains('"') && !straight_apostrophe,
            "{}: straight quotes in {:?}",
            line.at,
            line.text
        );
        // English quotes with “ ”, French examples included (« » is French typography).
        assert!(
            !rest.contains('«') && !rest.contains('»'),
            "{}: French quotation marks in English {:?}",
            line.at,
            line.text
        );
    }
}

#[test]
fn french_text_follows_french_typography() {
    for line in ftl_lines("fr").into_iter().filter(|l| !l.comment) {
        let value = match line.text.split_once(" = ") {
            Some((_, v)) => v,
            None => &line.text,
        };
        let at = &line.at;
        for bad in [" :", " ;", " !", " ?", "« ", " »"] {
            assert!(
                !value.contains(bad),
                "{at}: ordinary space in {bad:?} (use U+00A0 / U+202F)"
            );
        }
        // The no-break space (U+00A0) before « : », the narrow one (U+202F) before « ; ! ? »
        // (the Imprimerie nationale's rule, as the rule pack's test has it).
        for bad in ["\u{202f}:", "\u{a0};", "\u{a0}!", "\u{a0}?"] {
            assert!(!value.contains(bad), "{at}: wrong space in {bad:?}");
        }
        assert!(!value.contains('\''), "{at}: typewriter apostrophe (use ’)");
        // `{""}` is Fluent's empty string literal, not a quotation mark.
        let value = value.replace("{\"\"}", "");
        assert!(!value.contains('"'), "{at}: straight quotes (use « »)");
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

/// Every sentence the CLI says (its help, prompts, progress, warnings, usage errors) and every
/// word of the audit log's screen, with its variables filled, reads in its own language: no
/// English left in French (« the competent office… »), no internal name, no raw placeable.
#[test]
fn every_cli_sentence_and_audit_line_is_worded_in_its_language() {
    for lang in i18n::UI_LANGUAGES {
        let mut messages: Vec<(String, Vec<String>)> = i18n::messages_of(lang, "cli.ftl")
            .expect("cli.ftl in every UI language")
            .into_iter()
            .collect();
        messages.extend(
            i18n::messages_of(lang, "vault.ftl")
                .unwrap()
                .into_iter()
                .filter(|(id, _)| id.starts_with("audit-")),
        );
        assert!(
            messages.len() > 60,
            "{lang}: only {} messages",
            messages.len()
        );
        for (id, vars) in messages
            .into_iter()
            .filter(|(id, _)| !id.ends_with("-file-name"))
        {
            // A number where a count is expected, a word elsewhere: both make sentences.
            let args: Vec<(&str, String)> = vars
                .iter()
                .map(|v| {
                    let name: &str = v.trim_start_matches('?');
                    (name, "2".to_string())
                })
                .collect();
            let text = L10n::get().format(lang, &id, &args);
            assert_in_language(lang, &text, &format!("{lang}/{id}"));
        }
    }
}

/// A bound in an error is a number to read: « au plus 2 000 caractères », not « 2000 »; a year
/// stays a year.
#[test]
fn numbers_in_errors_are_grouped_and_years_are_not() {
    use passerelle_core::app::ErrorView;
    use passerelle_core::error::{Field, Invalid};
    let e = Error::FieldTooLong {
        field: Field::case("notes[0].text"),
        max: 2000,
    };
    let fr = ErrorView::new(&e, "fr").message;
    assert!(fr.contains("au plus 2\u{202F}000 caractères"), "{fr}");
    let en = ErrorView::new(&e, "en").message;
    assert!(en.contains("2,000"), "{en}");
    let e = Error::invalid(
        Field::case("person.birthDate"),
        Invalid::YearOutOfRange {
            min: 1900,
            max: 2999,
        },
    );
    let fr = ErrorView::new(&e, "fr").message;
    assert!(fr.contains("entre 1900 et 2999"), "{fr}");
}
