//! View models: what each document says, every string already written, localised and typeset.
//!
//! A document is built in two steps. First, its *input* gathers the facts, as the rest of the
//! core gives them: the case file, the route and the checklist the legal core computed
//! (`legal::RouteId`, `legal::ChecklistItem`, `legal::Deadline`), the competent office the
//! prefecture finder found (`geo::Office`) and the accompanying association
//! (`model::association::Association`). Then `build` turns the input into a view: plain lines and
//! paragraphs, written from the Fluent messages of `letter.ftl` and `pdf.ftl`, with French
//! typography applied to French text. Layout and drawing only place what the view says; nothing
//! after this module chooses a word.
//!
//! One module per document: [`cover_letter`], [`support_letter`] (both French administrative
//! letters, [`letter`]), [`checklist`] and [`consent`] (French and the person's language side by
//! side; a language without translations falls back to English).
//!
//! The documents name the person only where the prefecture needs it (the letters). The checklist
//! and the consent record, which the person carries, show no name: if they are lost, they do not
//! tell who is a victim.

pub mod activity_report;
pub mod checklist;
pub mod consent;
pub mod cover_letter;
pub mod letter;
pub mod review_sheet;
pub mod support_letter;

use chrono::NaiveDate;

use crate::codes;
use crate::i18n::format::date_long;
use crate::i18n::{Arg, L10n};
use crate::model::case::PieceKind;
use crate::pdf::typography::french;

/// The language of the letters.
pub const LETTER_LANGUAGE: &str = "fr";
/// Languages a checklist and a consent record can be printed in: French alone, for a person who
/// reads it, or French beside one of the others.
pub const CHECKLIST_LANGUAGES: &[&str] = &[
    "fr", "en", "es", "pt", "ru", "uk", "sq", "vi", "ro", "bg", "ar", "zh",
];
/// The second column when the person's language has no translation.
pub const CHECKLIST_FALLBACK: &str = "en";

/// The second-column language for a person's language.
pub fn checklist_language(lang: &str) -> &'static str {
    translation(lang).unwrap_or(CHECKLIST_FALLBACK)
}

/// The language the checklist and the notice are translated into that `lang` names, if any.
pub fn translation(lang: &str) -> Option<&'static str> {
    let primary = crate::i18n::primary_language(lang);
    CHECKLIST_LANGUAGES.iter().find(|l| **l == primary).copied()
}

/// The same text in French and in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bilingual {
    /// French, typeset.
    pub fr: String,
    /// The person's language (or English).
    pub other: String,
}

/// A message; trimmed, since a select that prints nothing may leave a space at an end. A date
/// that ends a sentence in Russian, Ukrainian or Bulgarian ends in « г. » or « р. »: one period
/// closes both (« подано 2 жовтня 2026 р. », not « р.. »).
fn msg(lang: &str, id: &str, args: &[Arg<'_>]) -> String {
    let text = L10n::get().format(lang, id, args);
    let text = text.trim();
    match lang {
        "ru" | "bg" => text.replace("\u{a0}г..", "\u{a0}г."),
        "uk" => text.replace("\u{a0}р..", "\u{a0}р."),
        _ => text.to_string(),
    }
}

/// A French message, typeset.
fn fr(id: &str, args: &[Arg<'_>]) -> String {
    french(&msg(LETTER_LANGUAGE, id, args))
}

fn fr_date(d: NaiveDate) -> String {
    date_long(d, LETTER_LANGUAGE)
}

/// Her birth date as a letter prints it, with `on` for the Fluent selector: `day` (« le 12 avril
/// 1998 ») or `period` (« en avril 1998 », « en 1998 »): a letter never prints a day the case
/// file does not establish.
fn fr_birth(person: &crate::model::case::Person) -> Option<(String, String)> {
    let b = person.birth_date?;
    Some(match person.birth_date_precision {
        None => (fr_date(b), "day".into()),
        Some(p) => (
            crate::i18n::format::approx_date_long(b, p, LETTER_LANGUAGE),
            "period".into(),
        ),
    })
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// True if her nationality may put `route` under an agreement of its own (a warning of the pack
/// qualifies the route for her nationality, first or other): the letters are refused then, and
/// her checklist does not describe the card.
pub fn agreement_nationality(
    case: &crate::model::case::CaseFile,
    route: crate::legal::RouteId,
) -> bool {
    cover_letter::nationality_route(case, route).is_err()
}

/// True if `route` is filed on ANEF where the rule pack says so (its `anef-filing…` notes: the
/// « vie privée et familiale » titles, the renewal of the resident card); not the reflection
/// period, a first resident card or the APS, where the sources read do not establish it
/// (legal-facts §3.3, §3.8). Her checklist says « la demande se fait sur internet » only then,
/// and the letters give the ANEF number only then.
fn filed_on_anef(route: crate::legal::RouteId) -> bool {
    crate::legal::RulePack::active()
        .checklist(route)
        .is_some_and(|list| list.notes.iter().any(|n| n.starts_with("anef-filing")))
}

/// True if application `a` may have been filed on the ANEF: its route is filed there
/// ([`filed_on_anef`]), and it was not filed before the ANEF was compulsory for it (the pack's
/// `anef-filing` notes: 3 October 2023 for the « vie privée et familiale » titles [V], 4 July 2024
/// for the resident card's renewal [S]; legal-facts §3.8). An older request was filed at the
/// counter and has no ANEF number: the case's cannot be its own (review, 2026-12-07: a card filed
/// in 2022 kept the renewal's number off its letter for good).
fn may_be_on_anef(a: &crate::model::case::Application) -> bool {
    use crate::legal::RouteId;
    let compulsory_since = match a.route {
        RouteId::CarteResidentL4253Renewal => chrono::NaiveDate::from_ymd_opt(2024, 7, 4),
        _ => chrono::NaiveDate::from_ymd_opt(2023, 10, 3),
    };
    filed_on_anef(a.route) && a.filed_on.is_none_or(|day| Some(day) >= compulsory_since)
}

/// `yes` when the association's name, as the letters print it ([`association_in_quotes`]), begins
/// with the word « Association » (« Association pour la réinsertion des femmes »): the letters
/// then write « l’Association pour… », not « l’association « Association pour… » » (PDF
/// review, 2026-12-05). The argument `own` of `letter-the-association`.
fn association_own_name(quoted: &str) -> &'static str {
    let own = quoted
        .get(..12)
        .is_some_and(|head| head.eq_ignore_ascii_case("association "));
    if own {
        "yes"
    } else {
        "no"
    }
}

/// The arguments `association` and `own` the letters name the association with.
fn association_args(name: &str) -> [(&'static str, String); 2] {
    let quoted = association_in_quotes(name);
    let own = association_own_name(&quoted).to_string();
    [("association", quoted), ("own", own)]
}

/// The association's name as the letters quote it, after « l’association »: without a leading
/// « Association » before a quoted name (« l’association « Association « … » » » says it twice),
/// without quotes of its own around it, with any inner « » as “ ” (guillemets do not nest) and
/// curly apostrophes.
fn association_in_quotes(name: &str) -> String {
    let name = name.trim();
    // « Association « Les Amis » »: the word goes, the quoted name stays. « Association pour la
    // réinsertion des femmes » is a name of its own: it stays whole.
    let name = match name.get(..12) {
        Some(head)
            if head.eq_ignore_ascii_case("association ")
                && name[12..].trim_start().starts_with(['«', '"', '“']) =>
        {
            name[12..].trim_start()
        }
        _ => name,
    };
    let unquoted = [('«', '»'), ('"', '"'), ('“', '”')]
        .iter()
        .find_map(|&(open, close)| {
            let inner = name.strip_prefix(open)?.strip_suffix(close)?;
            (!inner.contains(open) && !inner.contains(close)).then_some(inner)
        })
        .unwrap_or(name)
        .trim_matches(|c: char| c.is_whitespace());
    // Straight double quotes inside (« "Les Amis" d'Exemple ») become “ ”, by pairs: the
    // typography pass would otherwise make them « » inside « » (review, 2026-12-04).
    let mut open = true;
    let unquoted: String = unquoted
        .chars()
        .map(|c| match c {
            '"' => {
                open = !open;
                if open {
                    '”'
                } else {
                    '“'
                }
            }
            c => c,
        })
        .collect();
    let inner = unquoted
        .replace("«\u{a0}", "“")
        .replace('«', "“")
        .replace("\u{a0}»", "”")
        .replace('»', "”");
    let inner = inner.replace("“ ", "“").replace(" ”", "”");
    if inner.is_empty() {
        return crate::pdf::typography::curly_apostrophes(name);
    }
    crate::pdf::typography::curly_apostrophes(&inner)
}

/// The Fluent id of a supporting document's name on paper: `pdf-doc-<kind>`.
fn piece_message_id(kind: PieceKind) -> String {
    format!("pdf-doc-{}", codes::code(kind))
}

#[cfg(test)]
mod association_name_tests {
    use super::association_in_quotes;

    #[test]
    fn an_association_is_named_once_and_its_quotes_do_not_nest() {
        assert_eq!(
            association_in_quotes("  Accueil Relais  "),
            "Accueil Relais"
        );
        assert_eq!(
            association_in_quotes("Association « Les Amis d'Ariane »"),
            "Les Amis d’Ariane"
        );
        assert_eq!(association_in_quotes("ASSOCIATION \"Le Fil\""), "Le Fil");
        assert_eq!(
            association_in_quotes("Réseau « Ac.Sé » Sud"),
            "Réseau “Ac.Sé” Sud"
        );
        // The word alone, a name that only starts with it, or one it begins, stays whole.
        assert_eq!(association_in_quotes("Association"), "Association");
        assert_eq!(
            association_in_quotes("\"Les Amis\" d'Exemple"),
            "“Les Amis” d’Exemple"
        );
        assert_eq!(
            association_in_quotes("Associations unies"),
            "Associations unies"
        );
        assert_eq!(
            association_in_quotes("Association pour la réinsertion des femmes"),
            "Association pour la réinsertion des femmes"
        );
    }
}
