//! Is a text worded for a person, in the language asked? The check the error and CLI tests share:
//! a message that leaks a parser's English, an internal name (`noticeLanguage`,
//! `person.birthDate`, `retention_months`), raw JSON or an unfilled Fluent placeable fails it.
//!
//! It is a net, not a grammar: a list of words of the other language that have no business in a
//! message, and the shapes of internal names. Proper names and codes a person types (`--out`,
//! `uk`, `CASE.json`) pass.

/// Words of English that are not also French words a message could use.
const ENGLISH: &[&str] = &[
    "the",
    "expected",
    "unknown",
    "invalid",
    "field",
    "value",
    "must",
    "should",
    "with",
    "is",
    "not",
    "of",
    "and",
    "to",
    "wrong",
    "missing",
    "string",
    "boolean",
    "integer",
    "object",
    "sequence",
    "variant",
    "struct",
    "found",
    "error",
    "failed",
    "cannot",
    "please",
    "check",
    "before",
    "warning",
    "this",
    "encrypted",
    "will",
    "are",
    "was",
    "has",
    "have",
    "your",
    "you",
    "from",
    "for",
    "no",
    "that",
    "which",
    "read",
    "written",
    "secondary",
    "default",
    "print",
    "printer",
];

/// Words of French that are not also English words a message could use.
const FRENCH: &[&str] = &[
    "le", "les", "des", "du", "est", "une", "pas", "champ", "et", "dans", "pour", "avec", "sont",
    "vous", "votre", "été", "aucun", "aucune", "cette", "ces", "fichier", "ou", "au", "aux", "nom",
    "être",
];

/// `None` if `text` reads as `lang` ("fr" or "en"), else why not.
pub fn not_in_language(lang: &str, text: &str) -> Option<String> {
    for shape in ['{', '}', '`', '\\'] {
        if text.contains(shape) {
            return Some(format!(
                "{shape:?}: raw JSON, code or an unfilled placeable"
            ));
        }
    }
    for word in text.split(|c: char| !(c.is_alphanumeric() || "._-’'".contains(c))) {
        // `--from`: a command-line option is named as it is typed, in any language.
        if word.starts_with("--") {
            continue;
        }
        let word = word.trim_matches(|c: char| ".-’'".contains(c));
        if word.is_empty() {
            continue;
        }
        let chars: Vec<char> = word.chars().collect();
        let camel = chars
            .windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase());
        // `MiB`: a binary unit is written so in English.
        if camel && !["KiB", "MiB", "GiB"].contains(&word) {
            return Some(format!("{word:?}: an internal camelCase name"));
        }
        // `LC_ALL`: an environment variable a person sets is named as typed.
        if word.contains('_') && word != word.to_uppercase() {
            return Some(format!("{word:?}: an internal snake_case name"));
        }
        let dotted = chars
            .windows(3)
            .any(|w| w[0].is_lowercase() && w[1] == '.' && w[2].is_lowercase());
        if dotted {
            return Some(format!("{word:?}: an internal path or code"));
        }
        let lower = word.to_lowercase();
        let foreign = match lang {
            "fr" => ENGLISH,
            _ => FRENCH,
        };
        for part in lower.split(['-', '’', '\'']) {
            if foreign.contains(&part) {
                return Some(format!("{word:?} is not {lang}"));
            }
        }
    }
    None
}

/// Panics with `context` unless `text` reads as `lang`.
pub fn assert_in_language(lang: &str, text: &str, context: &str) {
    if let Some(why) = not_in_language(lang, text) {
        panic!("{context}: not worded in {lang} ({why}):\n{text}");
    }
}

#[cfg(test)]
mod tests {
    use super::not_in_language;

    #[test]
    fn the_net_catches_what_issue_14_found_and_lets_french_through() {
        for leaked in [
            "Champ « route » invalide : expected reflection-period or cst-l425-1.",
            "Champ « noticeLanguage » invalide : expected a language tag.",
            "count: 2 · lastAt: 2026-12-02T15:09:46Z",
            "Champ « retentionMonths » invalide : 0–120.",
            "the competent office rests on a secondary source",
            "Champ « person.birthDate »",
            "Langue { $lang }",
        ] {
            assert!(not_in_language("fr", leaked).is_some(), "{leaked}");
        }
        assert!(not_in_language("en", "Le coffre est verrouillé.").is_some());
        for fine in [
            "Champ « date de naissance » : ce n’est pas une date écrite AAAA-MM-JJ (par exemple 1998-04-12). Rien n’a été enregistré.",
            "Champ obligatoire : option --out (le fichier à écrire).",
            "le nom du fichier doit se terminer par .pdf.",
            "Option obligatoire : --from (le premier jour de la période, AAAA-MM-JJ).",
        ] {
            assert_eq!(not_in_language("fr", fine), None, "{fine}");
        }
        assert_eq!(
            not_in_language(
                "en",
                "Field “date of birth”: this is not a date. Nothing was saved."
            ),
            None
        );
    }
}
