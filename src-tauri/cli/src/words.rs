//! What passerelle-cli says to a person, in one interface language, from Fluent (`cli.ftl`,
//! `errors.ftl`): errors, warnings, prompts, progress, the help and the usage errors.
//!
//! French by default, like the app; English when asked: `--lang en`, or an English locale
//! (`LC_ALL`, `LC_MESSAGES`, then `LANG`, as POSIX orders them).

use std::ffi::OsString;

use passerelle_core::app::ErrorView;
use passerelle_core::error::{Field, Invalid, Named};
use passerelle_core::i18n::{L10n, DEFAULT_LANGUAGE, UI_LANGUAGES};
use passerelle_core::Error;

use crate::args::Cli;

/// The interface language and the sentences in it.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// A UI language: `fr` or `en`.
    pub lang: &'static str,
}

impl Words {
    /// The language `args` (the command line, without the program) or the locale ask for.
    pub fn choose(args: &[OsString]) -> Words {
        // For a document with a second language (a checklist as PDF, a consent record),
        // `--lang` names that language, not the worker's: an English column keeps French
        // messages (review, 2026-12-04: `checklist --lang en --out …` answered in English).
        // Asked for help, there is no document: `--lang` is the help's (English-mode review,
        // 2026-12-07: `--lang en consent --help` answered in French).
        let help = args.iter().any(|a| a == "--help" || a == "-h");
        let names_a_column = !help
            && match verb_of(args).as_deref() {
                Some("consent") => true,
                Some("checklist") => args
                    .iter()
                    .any(|a| a == "--out" || a.to_string_lossy().starts_with("--out=")),
                _ => false,
            };
        let asked = lang_option(args)
            .filter(|_| !names_a_column)
            .and_then(|l| ui_language(&l));
        Words {
            lang: asked
                .or_else(|| system_locale().and_then(|l| ui_language(&l)))
                .unwrap_or(DEFAULT_LANGUAGE),
        }
    }

    /// Message `id` with `args`.
    pub fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        L10n::get().format(self.lang, id, args)
    }

    /// Message `id` on standard error, as a line of passerelle-cli's.
    pub fn say(&self, id: &str, args: &[(&str, String)]) {
        line(&self.t(id, args));
    }

    /// An error on standard error, worded, then its stable code, said as one (« code d'erreur :
    /// vault.exists »), for support and scripts. Never personal data: messages carry labels,
    /// codes and counts only.
    pub fn error(&self, e: &Error) {
        let view = ErrorView::new(e, self.lang);
        line(&format!("{} ({})", view.message, self.code(view.code)));
        self.problems(&view);
    }

    /// Each field at fault of an `input.several`, on a line of its own after the count.
    fn problems(&self, view: &ErrorView) {
        for problem in view.lines().into_iter().skip(1) {
            line(&format!("  – {problem}"));
        }
    }

    /// [`Words::error`] for a verb that saves nothing: without the closing « Rien n’a été
    /// enregistré » (`cli-nothing-saved`) that the same error says where something could have
    /// been (an import, the app's forms).
    pub fn error_reading_only(&self, e: &Error) {
        let view = ErrorView::new(e, self.lang);
        let suffix = format!(" {}", self.t("cli-nothing-saved", &[]));
        let message = view.message.strip_suffix(&suffix).unwrap_or(&view.message);
        line(&format!("{message} ({})", self.code(view.code)));
        self.problems(&view);
    }

    /// An error worded by the CLI's own message `id` (what the command line can do about it),
    /// then its stable code, as [`Words::error`] says it.
    pub fn error_as(&self, e: &Error, id: &str, args: &[(&str, String)]) {
        let view = ErrorView::new(e, self.lang);
        line(&format!("{} ({})", self.t(id, args), self.code(view.code)));
    }

    /// « code d'erreur : `code` », in the CLI's language.
    pub fn code(&self, code: &str) -> String {
        self.t("cli-error-code", &[("code", code.to_string())])
    }

    /// The language of the labels a verb prints (and of its messages): `--lang` if given, which
    /// must then be a UI language, else the interface's.
    ///
    /// # Errors
    /// [`Error::InvalidField`] for `--lang` with a language the labels are not in.
    pub fn labels(&self, cli: &Cli) -> Result<&'static str, Error> {
        match &cli.lang {
            None => Ok(self.lang),
            Some(asked) => ui_language(asked).ok_or_else(|| {
                Error::invalid(
                    Field::Named(Named::CliLang),
                    Invalid::NotAmong {
                        choices: UI_LANGUAGES.join(", "),
                    },
                )
            }),
        }
    }

    /// The prompt of a secret read on a terminal, with the space the answer follows.
    pub fn prompt(&self, id: &str) -> String {
        format!("{} ", self.t(id, &[]))
    }
}

/// `text` as one line of passerelle-cli's on standard error. What it quotes from the command
/// line (a file name, a query) may hold terminal controls: an escape sequence could retitle the
/// terminal or hide the text before it, a bidi override turn it around (review, 2026-12-04).
/// Each is shown as « ? ».
pub fn line(text: &str) {
    let shown: String = text
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                '?'
            } else {
                c
            }
        })
        .collect();
    eprintln!("passerelle-cli: {shown}");
}

/// The verb of a command line: its first word that is neither an option nor an option's value.
pub fn verb_of(args: &[OsString]) -> Option<String> {
    positionals(args).into_iter().next()
}

/// The words of a command line that are neither options nor options' values, in order: the
/// verb, the verb below it, the verb's arguments.
pub fn positionals(args: &[OsString]) -> Vec<String> {
    const WITH_VALUE: [&str; 9] = [
        "--store",
        "--today",
        "--lang",
        "--out",
        "--route",
        "--association",
        "--addressee",
        "--from",
        "--to",
    ];
    let mut words = Vec::new();
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if WITH_VALUE.contains(&arg.as_ref()) {
            args.next();
        } else if !arg.starts_with('-') {
            words.push(arg.into_owned());
        }
    }
    words
}

/// The value of `--lang L` or `--lang=L`, if given.
fn lang_option(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The UI language a tag or a locale names (`en`, `en-GB`, `fr_FR.UTF-8`), if it is one.
pub fn ui_language(tag: &str) -> Option<&'static str> {
    let primary = primary(tag);
    UI_LANGUAGES.iter().find(|l| **l == primary).copied()
}

/// The locale the system asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that names a
/// language, else the display language of the system (Windows sets none of the three).
///
/// `C` and `POSIX` name no language: they are passed over (review, 2026-12-05:
/// `LC_ALL=C.UTF-8 LANG=en_GB.UTF-8` answered in French).
fn system_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| names_a_language(v))
        .or_else(sys_locale::get_locale)
        .filter(|v| names_a_language(v))
}

/// False for an empty locale and for `C`, `POSIX` and their variants (`C.UTF-8`).
fn names_a_language(locale: &str) -> bool {
    !matches!(primary(locale).as_str(), "" | "c" | "posix")
}

/// The primary language subtag of a tag or a locale, in lower case: `pt-BR`, `pt_BR.UTF-8` → `pt`.
pub fn primary(tag: &str) -> String {
    passerelle_core::i18n::primary_language(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lang_option_is_found_in_both_forms() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_option(&args(&["assess", "--lang", "en", "x"])).as_deref(),
            Some("en")
        );
        assert_eq!(
            lang_option(&args(&["--lang=uk", "checklist"])).as_deref(),
            Some("uk")
        );
        assert_eq!(lang_option(&args(&["assess"])), None);
    }

    #[test]
    fn the_verb_is_the_first_word_that_is_no_option_value() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            verb_of(&args(&["--lang", "en", "--store", "s", "list"])).as_deref(),
            Some("list")
        );
        assert_eq!(
            verb_of(&args(&["--today=2026-01-01", "checklist", "c.json"])).as_deref(),
            Some("checklist")
        );
        assert_eq!(verb_of(&args(&["--lang", "en"])), None);
        assert_eq!(ui_language("en_GB.UTF-8"), Some("en"));
        assert_eq!(ui_language("C.UTF-8"), None);
        assert_eq!(ui_language("uk"), None);
    }

    /// English-mode review, 2026-12-07: `--lang en consent --help` answered in French, `--lang`
    /// read as the document's second column though no document was asked for.
    #[test]
    fn lang_names_a_column_of_a_document_but_the_language_of_help() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        let chosen = |a: &[&str]| Words::choose(&args(a)).lang;
        assert_eq!(chosen(&["--lang", "en", "consent", "--help"]), "en");
        assert_eq!(
            chosen(&[
                "--lang",
                "en",
                "checklist",
                "c.json",
                "--out",
                "x.pdf",
                "-h"
            ]),
            "en"
        );
        if system_locale().and_then(|l| ui_language(&l)).is_none() {
            assert_eq!(chosen(&["--lang", "en", "consent", "c.json"]), "fr");
        }
    }
}
