//! French typography for text that goes on paper.
//!
//! A prefecture reads a letter written the French way: « guillemets » with a non-breaking space
//! inside, a non-breaking space (U+00A0) before « : », a narrow non-breaking space (U+202F) before
//! « ; ! ? ». [`french`] applies these rules to any French string, whoever wrote it: the Fluent
//! files, the worker typing an address, the case file. It is idempotent (applying it twice changes
//! nothing), and it leaves alone what only looks like punctuation: times (10:30), references
//! (PV 2026/12345), URLs and e-mail addresses, and a colon or a question mark that is not followed
//! by a space.
//!
//! A space between an abbreviation and its number (« L. 425-1 », « n° 12 », « art. 3 ») becomes
//! a no-break space, so that an article reference never breaks across lines.
//!
//! A straight apostrophe between two letters (« d'accès », « N'Diaye ») becomes the typographic
//! one the templates print beside it; any other apostrophe, and every hyphen, is left as typed.
//! Balanced straight double quotes become guillemets, in a reference too (« PV "2026/1" » prints
//! « PV « 2026/1 » »): a reference is printed inside sentences that are typeset whole. The names
//! and addresses of offices, which come from open data, get curly apostrophes everywhere
//! ([`curly_apostrophes`]).

/// Non-breaking space, before « : » and inside guillemets.
pub const NBSP: char = '\u{a0}';
/// Narrow non-breaking space, before « ; ! ? ».
pub const NNBSP: char = '\u{202f}';

/// Abbreviations that stay on the line of the number that follows them.
const BOUND_ABBREVIATIONS: [&str; 7] = ["L.", "R.", "D.", "n°", "N°", "art.", "Art."];

/// True if and only if `out` ends with one of [`BOUND_ABBREVIATIONS`] as a whole word.
fn ends_with_bound_abbreviation(out: &str) -> bool {
    BOUND_ABBREVIATIONS.iter().any(|a| {
        out.strip_suffix(a).is_some_and(|before| {
            before
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(')
        })
    })
}

/// Spaces this module may remove or replace; line breaks are kept.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | NBSP | NNBSP)
}

/// Applies French typographic spacing to `text` (see the module documentation).
pub fn french(text: &str) -> String {
    let text = pair_straight_quotes(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let at_token_start = i == 0 || chars[i - 1].is_whitespace();
        if at_token_start && is_verbatim_token(&chars[i..]) {
            while i < chars.len() && !chars[i].is_whitespace() {
                out.push(chars[i]);
                i += 1;
            }
            continue;
        }
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '«' => {
                out.push('«');
                while chars.get(i + 1).is_some_and(|&n| is_space(n)) {
                    i += 1;
                }
                out.push(NBSP);
            }
            '»' => {
                trim_spaces(&mut out);
                if !(out.is_empty() || out.ends_with('\n')) {
                    out.push(NBSP);
                }
                out.push('»');
            }
            ':' | ';' | '!' | '?' => {
                let space = if c == ':' { NBSP } else { NNBSP };
                let had_space = out.chars().next_back().is_some_and(is_space);
                let followed_by_break =
                    next.is_none_or(|n| n.is_whitespace() || n == '»' || n == ')');
                let prev = out.trim_end_matches(is_space).chars().next_back();
                let after_punctuation = prev.is_some_and(|p| matches!(p, ':' | ';' | '!' | '?'));
                if had_space {
                    trim_spaces(&mut out);
                    if !(out.is_empty() || out.ends_with('\n') || after_punctuation) {
                        out.push(space);
                    }
                } else if followed_by_break
                    && prev.is_some()
                    && !after_punctuation
                    && prev != Some('\n')
                {
                    out.push(space);
                }
                out.push(c);
            }
            ' ' if next.is_some_and(|n| n.is_ascii_digit())
                && ends_with_bound_abbreviation(&out) =>
            {
                out.push(NBSP);
            }
            // The straight apostrophe an AZERTY keyboard types, between two letters (« d'accès »,
            // « N'Diaye »): the typographic one the templates print beside it (review,
            // 2026-12-04).
            '\'' if out.chars().next_back().is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic) =>
            {
                out.push('\u{2019}');
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// Only the binding of an abbreviation to its number (« L. 425-1 », « n° 12 »): what text in any
/// language gets, where [`french`]'s spacing rules would be wrong (the second column of her
/// checklist cites the same articles).
pub fn bind_abbreviations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' '
            && chars.peek().is_some_and(|n| n.is_ascii_digit())
            && ends_with_bound_abbreviation(&out)
        {
            out.push(NBSP);
        } else {
            out.push(c);
        }
    }
    out
}

fn trim_spaces(out: &mut String) {
    let kept = out.trim_end_matches(is_space).len();
    out.truncate(kept);
}

/// URLs and e-mail addresses are copied as they are: their « : » and « ? » are not punctuation.
fn is_verbatim_token(rest: &[char]) -> bool {
    let token: String = rest.iter().take_while(|c| !c.is_whitespace()).collect();
    token.contains("://") || token.starts_with("www.") || token.contains('@')
}

/// Turns balanced straight double quotes into guillemets; an odd count is left alone, since
/// pairing would then be a guess.
fn pair_straight_quotes(text: &str) -> String {
    let count = text.chars().filter(|&c| c == '"').count();
    if count == 0 || count % 2 == 1 {
        return text.to_string();
    }
    let mut opening = true;
    text.chars()
        .map(|c| {
            if c == '"' {
                let g = if opening { '«' } else { '»' };
                opening = !opening;
                g
            } else {
                c
            }
        })
        .collect()
}

/// `text` with every straight apostrophe made curly (« l'État » → « l’État »): for the office
/// names and addresses of the prefecture finder, which are not a person's own spelling.
pub fn curly_apostrophes(text: &str) -> String {
    text.replace('\'', "’")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_language_keeps_an_article_on_the_line_of_its_number() {
        assert_eq!(
            bind_abbreviations("(CESEDA, artículo L. 425-3)"),
            "(CESEDA, artículo L.\u{a0}425-3)"
        );
        assert_eq!(
            bind_abbreviations("статті R. 425-1"),
            "статті R.\u{a0}425-1"
        );
        assert_eq!(
            bind_abbreviations("المادة (L. 425-1"),
            "المادة (L.\u{a0}425-1"
        );
        // Nothing else moves: no spacing before « : », no abbreviation inside a word.
        assert_eq!(bind_abbreviations("Note : URL. 12"), "Note : URL. 12");
    }

    #[test]
    fn a_straight_apostrophe_between_letters_becomes_typographic() {
        assert_eq!(
            french("Juge d'instruction, N'Diaye"),
            "Juge d\u{2019}instruction, N\u{2019}Diaye"
        );
        // Not a quotation mark, nor inside an address.
        assert_eq!(french("'oui'"), "'oui'");
        assert_eq!(french("https://x.fr/l'a"), "https://x.fr/l'a");
    }

    #[test]
    fn colons_and_guillemets_get_non_breaking_spaces() {
        assert_eq!(french("Objet : demande"), "Objet\u{a0}: demande");
        assert_eq!(french("Objet: demande"), "Objet\u{a0}: demande");
        assert_eq!(
            french("la mention « vie privée »"),
            "la mention «\u{a0}vie privée\u{a0}»"
        );
        assert_eq!(
            french("la mention «vie privée»"),
            "la mention «\u{a0}vie privée\u{a0}»"
        );
        assert_eq!(
            french("mention \"vie privée\" ici"),
            "mention «\u{a0}vie privée\u{a0}» ici"
        );
    }

    #[test]
    fn semicolons_and_exclamation_and_question_marks_get_narrow_spaces() {
        assert_eq!(french("a ; b"), "a\u{202f}; b");
        assert_eq!(french("Pourquoi?"), "Pourquoi\u{202f}?");
        assert_eq!(french("Vraiment ?!"), "Vraiment\u{202f}?!");
        assert_eq!(french("Attention !"), "Attention\u{202f}!");
    }

    #[test]
    fn times_references_and_urls_are_left_alone() {
        for s in [
            "rendez-vous à 10:30 précises",
            "PV 2026/12345",
            "voir https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/?a=1",
            "écrire à contact@association.example",
            "c/o Association",
            "ratio 1:2",
        ] {
            assert_eq!(french(s), s, "{s} has no French punctuation to space");
        }
    }

    #[test]
    fn applying_twice_changes_nothing() {
        for s in [
            "Objet : « Demande » ; pourquoi ? Parce que ! Fin :",
            "Réf.: PV 2026/12345 du 2 octobre 2026",
            "\"citation\" : 10:30",
            "«\u{a0}déjà\u{a0}» et\u{a0}: déjà\u{202f}?",
            "? en tête",
        ] {
            let once = french(s);
            assert_eq!(french(&once), once, "french() must be idempotent on {s:?}");
        }
    }

    #[test]
    fn article_references_do_not_break_after_the_abbreviation() {
        assert_eq!(
            french("article L. 425-1 du CESEDA"),
            "article L.\u{a0}425-1 du CESEDA"
        );
        assert_eq!(
            french("(R. 425-5) et n° 12"),
            "(R.\u{a0}425-5) et n°\u{a0}12"
        );
        assert_eq!(
            french("APPEL. 12 fois"),
            "APPEL. 12 fois",
            "only whole abbreviations bind"
        );
    }

    #[test]
    fn an_odd_number_of_straight_quotes_is_not_paired() {
        assert_eq!(french("12\" de large"), "12\" de large");
    }
}
