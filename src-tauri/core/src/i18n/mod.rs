//! One Fluent source for the UI, the PDFs and the errors.
//!
//! Every `.ftl` file under `assets/locales/<lang>/` is embedded at build time. Files are grouped
//! by purpose: `app.ftl` and `errors.ftl` exist for the UI languages (French, English);
//! person-facing files exist for every language a person may read. A message missing in a
//! language falls back to English, then French: never to an empty string.
//!
//! Fluent's bidi isolation marks (U+2068/U+2069) are off: PDFs lay out right-to-left text with the
//! Unicode Bidirectional Algorithm themselves (`pdf::shaping`), and the marks would end up in their
//! text and break string comparisons. On screen, a right-to-left language gets them around each
//! argument ([`L10n::format_for_screen`]): a Latin association name or a date inside Arabic keeps
//! its own order and does not pull the punctuation around it.

pub mod format;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language of the UI when nothing else is chosen.
pub const DEFAULT_LANGUAGE: &str = "fr";
/// Languages the whole UI is translated into.
pub const UI_LANGUAGES: &[&str] = &["fr", "en"];

/// True if and only if `lang` (a BCP 47 tag) is written right to left: Arabic, Persian, Dari,
/// Pashto, Urdu, Sorani, Hebrew.
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        primary_language(lang).as_str(),
        "ar" | "fa" | "prs" | "ps" | "ur" | "ckb" | "he"
    )
}

/// The primary language subtag of a tag or a locale, in lower case: `pt-BR`, `pt_BR.UTF-8` →
/// `pt`; ` fr-CI ` → `fr`.
pub fn primary_language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The embedded translations.
pub struct L10n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

/// An argument passed to a message: a name and an already formatted string (numbers and dates are
/// formatted by [`format`], because Fluent's NUMBER() does not localise and DATETIME() is absent).
pub type Arg<'a> = (&'a str, String);

impl L10n {
    /// The translations embedded in this build, loaded once.
    pub fn get() -> &'static L10n {
        static L10N: OnceLock<L10n> = OnceLock::new();
        L10N.get_or_init(L10n::load)
    }

    fn load() -> L10n {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        for (lang, file, content) in LOCALE_FILES {
            let bundle = bundles.entry((*lang).to_string()).or_insert_with(|| {
                let id: LanguageIdentifier =
                    lang.parse().expect("BUG: locale dirs are language tags");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.set_use_isolating(false);
                let language = (*lang).to_string();
                b.add_function("NUMBER", move |positional, _| number(&language, positional))
                    .expect("BUG: NUMBER is defined once per bundle");
                b
            });
            let resource = FluentResource::try_new((*content).to_string()).unwrap_or_else(|_| {
                panic!("BUG: {lang}/{file} has Fluent syntax errors (the l10n tests catch this)")
            });
            bundle
                .add_resource(resource)
                .unwrap_or_else(|_| panic!("BUG: {lang}/{file} redefines a message"));
        }
        L10n { bundles }
    }

    /// Languages with at least one file.
    pub fn languages(&self) -> Vec<&str> {
        self.bundles.keys().map(String::as_str).collect()
    }

    /// True if and only if `lang` has message `id` itself (no fallback).
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }

    /// The name of country `code` (ISO 3166 alpha-2, any case) in `lang`. A code with no name (a
    /// case file from another tool or a later version) is said to be one, with the code, never
    /// shown as a message id (review, 2026-12-04: « country-xx » on the case page).
    pub fn country(&self, lang: &str, code: &str) -> String {
        self.named(lang, "country", &code.trim().to_ascii_lowercase(), code)
    }

    /// The name of language `code` (ISO 639) in `lang`, or « langue non reconnue (code) ».
    pub fn language(&self, lang: &str, code: &str) -> String {
        let known = self.named(lang, "lang", code.trim(), code);
        if self.has(DEFAULT_LANGUAGE, &format!("lang-{}", code.trim())) {
            known
        } else {
            // `EN` for `en`: the same language.
            self.named(lang, "lang", &code.trim().to_ascii_lowercase(), code)
        }
    }

    fn named(&self, lang: &str, kind: &str, key: &str, typed: &str) -> String {
        let id = format!("{kind}-{key}");
        if self.has(DEFAULT_LANGUAGE, &id) {
            self.format(lang, &id, &[])
        } else {
            let unknown = if kind == "lang" {
                "unknown-language"
            } else {
                "unknown-country"
            };
            self.format(lang, unknown, &[("code", typed.into())])
        }
    }

    /// Formats message `id` (or `id.attribute`) in `lang`, falling back to English then French.
    /// An unknown id formats as the id itself, so a gap is visible rather than silent.
    pub fn format(&self, lang: &str, id: &str, args: &[Arg<'_>]) -> String {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for candidate in [lang, "en", DEFAULT_LANGUAGE] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(message) = bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|at| at.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, arg_value(value));
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                log::warn!(
                    "l10n: {} formatting error(s) in {candidate}:{id}",
                    errors.len()
                );
            }
            return text.into_owned();
        }
        log::warn!("l10n: missing message {id}");
        id.to_string()
    }

    /// Like [`L10n::format`], for the screen: in a right-to-left language each argument is wrapped
    /// in first-strong isolation marks (U+2068 … U+2069), as Fluent would, so that a Latin name or
    /// a number inside Arabic keeps its own direction.
    pub fn format_for_screen(&self, lang: &str, id: &str, args: &[Arg<'_>]) -> String {
        self.format_for_screen_selecting(lang, id, args, &[])
    }

    /// [`L10n::format_for_screen`], with `selectors`: values a message only chooses a variant by
    /// (`$sex`), never printed, so never isolated (a wrapped « M » would match no variant).
    pub fn format_for_screen_selecting(
        &self,
        lang: &str,
        id: &str,
        args: &[Arg<'_>],
        selectors: &[Arg<'_>],
    ) -> String {
        let rtl = is_rtl(lang);
        let all: Vec<Arg<'_>> = args
            .iter()
            .map(|(name, value)| match rtl {
                true => (*name, format!("\u{2068}{value}\u{2069}")),
                false => (*name, value.clone()),
            })
            .chain(selectors.iter().cloned())
            .collect();
        self.format(lang, id, &all)
    }

    /// Picks the supported UI language closest to `requested` (e.g. from `LANG`).
    pub fn negotiate_ui(requested: &str) -> &'static str {
        let primary = requested
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        UI_LANGUAGES
            .iter()
            .find(|l| **l == primary)
            .copied()
            .unwrap_or(DEFAULT_LANGUAGE)
    }
}

/// A message argument as Fluent sees it. Arguments arrive formatted, as strings; a plain count
/// ("1", "12") must reach Fluent as a number, or plural selectors (`[one]`, `*[other]`) never
/// match it. Anything else, including digits with a leading zero (a postcode like "01200"),
/// stays text.
fn arg_value(value: &str) -> FluentValue<'_> {
    let count = value == "0"
        || (value.len() <= 9
            && value.starts_with(|c: char| ('1'..='9').contains(&c))
            && value.bytes().all(|b| b.is_ascii_digit()));
    match value.parse::<u32>() {
        Ok(n) if count => FluentValue::from(n),
        _ => FluentValue::from(value),
    }
}

/// `NUMBER($count)`: a quantity as its language writes it, « 4 000 » in French, "4,000" in
/// English (fluent-rs's own NUMBER() never groups digits). Written only around quantities (cases,
/// journal entries, characters): a year, a postcode or a version is a bare `$arg`, never grouped.
/// Anything but a whole number is given back as it came (an argument Rust already formatted).
fn number<'a>(lang: &str, positional: &[FluentValue<'a>]) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(n)) if n.value >= 0.0 && n.value.fract() == 0.0 => {
            FluentValue::from(format::integer(n.value as u64, lang))
        }
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

/// Message ids of one file of one language, with the variables each uses, for parity tests.
/// A variable used only as a selector is listed as `?name`.
pub fn messages_of(lang: &str, file: &str) -> Option<BTreeMap<String, Vec<String>>> {
    let (_, _, content) = LOCALE_FILES
        .iter()
        .find(|(l, f, _)| *l == lang && *f == file)?;
    let resource = FluentResource::try_new((*content).to_string()).ok()?;
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(v) = &m.value {
                collect_vars(v, &mut vars);
            }
            for a in &m.attributes {
                collect_vars(&a.value, &mut vars);
            }
            let placed: Vec<String> = vars
                .iter()
                .filter(|v| !v.starts_with('?'))
                .cloned()
                .collect();
            vars.retain(|v| !v.starts_with('?') || !placed.contains(&v[1..].to_string()));
            vars.sort();
            vars.dedup();
            out.insert(m.id.name.to_string(), vars);
        }
    }
    Some(out)
}

/// Every (language, file) pair embedded.
pub fn files() -> Vec<(&'static str, &'static str)> {
    LOCALE_FILES.iter().map(|(l, f, _)| (*l, *f)).collect()
}

fn collect_vars(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                // A variable used only to choose a variant (grammatical agreement, plurals) is
                // marked `?name`: a language without that agreement may leave it out.
                if let InlineExpression::VariableReference { id } = selector {
                    out.push(format!("?{}", id.name));
                } else {
                    inline(selector, out);
                }
                for v in variants {
                    for el in &v.value.elements {
                        if let PatternElement::Placeable { expression } = el {
                            expr(expression, out);
                        }
                    }
                }
            }
        }
    }
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Review, 2026-12-06: the character count under a note said « 4000 au plus » where every
    /// error said « 4 000 ». A quantity is grouped; a year or a postcode never is.
    #[test]
    fn quantities_are_grouped_as_each_language_writes_them_and_years_are_not() {
        let l10n = L10n::get();
        let limit = [("count", "1200".to_string()), ("max", "4000".to_string())];
        let fr = l10n.format("fr", "text-limit-over", &limit);
        assert!(
            fr.starts_with("1\u{202F}200 caractères de trop\u{a0}: 4\u{202F}000 au plus"),
            "{fr}"
        );
        let en = l10n.format("en", "text-limit-over", &limit);
        assert!(
            en.starts_with("1,200 characters too many: 4,000 at most"),
            "{en}"
        );
        let one = l10n.format(
            "fr",
            "text-limit-left",
            &[("count", "1".into()), ("max", "200".into())],
        );
        assert!(
            one.starts_with("Encore un caractère possible\u{a0}: 200 au plus"),
            "plurals still chosen: {one}"
        );
        let years = [("min", "1900".to_string()), ("max", "2999".to_string())];
        let year = l10n.format("fr", "invalid-year-out-of-range", &years);
        assert!(year.contains("entre 1900 et 2999"), "{year}");
        // A bound already grouped (text, not a number): given back as it came, never parsed again.
        let bound = l10n.format(
            "fr",
            "error-case-file-too-complex",
            &[("max", "100\u{202F}000".into())],
        );
        assert!(bound.contains("plus de 100\u{202F}000 valeurs"), "{bound}");
    }

    #[test]
    fn arguments_are_isolated_on_screen_in_right_to_left_languages_only() {
        let l10n = L10n::get();
        let args = [("association", "Exemple 93".to_string())];
        let ar = l10n.format_for_screen("ar", "consent-notice-intro", &args);
        assert!(ar.contains("\u{2068}Exemple 93\u{2069}"), "{ar}");
        let fr = l10n.format_for_screen("fr", "consent-notice-intro", &args);
        assert!(!fr.contains('\u{2068}'), "{fr}");
        assert!(
            !l10n
                .format("ar", "consent-notice-intro", &args)
                .contains('\u{2068}'),
            "paper keeps plain text"
        );
        assert!(is_rtl("ar") && is_rtl("fa-IR") && !is_rtl("zh") && !is_rtl("fr"));
    }

    #[test]
    fn counts_select_plural_variants_and_codes_stay_text() {
        let l10n = L10n::get();
        let one = l10n.format("fr", "case-review-first", &[("count", "1".into())]);
        let many = l10n.format("fr", "case-review-first", &[("count", "4".into())]);
        assert!(one.starts_with("Une question"), "{one}");
        assert!(many.starts_with("4 questions"), "{many}");
        assert!(
            matches!(arg_value("01200"), FluentValue::String(_)),
            "a postcode keeps its zero"
        );
        assert!(matches!(arg_value("12"), FluentValue::Number(_)));
        assert!(matches!(arg_value("12 mars"), FluentValue::String(_)));
    }
}
