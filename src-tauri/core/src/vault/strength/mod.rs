//! Passphrase strength, judged the same way for the meter the worker sees and for the rule the
//! vault enforces wherever a new passphrase is set (the vault's, a team member's, a backup's, a
//! hand-over bundle's, a restored vault's).
//!
//! The attacker this guards against has copied `passerelle.keys` (or a backup, or a bundle) and
//! guesses offline, one Argon2id derivation per guess: the unlock throttle does not slow them, the
//! number of guesses their list needs does. Two estimates of that number are made and the smaller
//! one is kept:
//!
//! - zxcvbn's (English dictionaries, QWERTY, sequences, repeats, dates), given the association's
//!   own words as "user inputs";
//! - a French estimate ([`french`]): French words, passwords, first names and surnames, communes,
//!   départements and countries, AZERTY keyboard walks, years, dates and postcodes, leetspeak,
//!   reversal, and unknown names capped at 2^20 guesses — the candidates a French-speaking
//!   attacker builds first.
//!
//! The rule: at least [`MIN_CHARS`] characters and at least 10^[`MIN_GUESSES_LOG10`] guesses.
//! At 128 MiB × 2 passes of Argon2id, 10^12 guesses are years of a current GPU; « un mot + une
//! année + un symbole » is below 10^9 (docs/passphrases.md has the figures). The meter's five
//! levels are read off the same number; a refused passphrase never shows above level 2.
//!
//! The worker is told why a passphrase is weak (« un mot courant suivi d'une année », « une suite
//! de touches du clavier »…), by Fluent ids, and can ask for a generated one ([`generate`]).

mod azerty;
mod french;
pub mod generate;
mod lists;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use french::{Kind, Model};
use lists::List;

/// Minimum length in characters.
pub const MIN_CHARS: usize = 12;
/// Maximum length in characters of a new passphrase: far above any typed or generated one, it
/// bounds what a line of the command line's standard input may hold (a 30 MB line was read
/// whole: adversarial review, 2026-12-06).
pub const MAX_CHARS: usize = 1024;
/// Minimum estimated guesses, as a power of ten.
pub const MIN_GUESSES_LOG10: f64 = 12.0;
/// The meter's levels: below 10^6 guesses is level 0, below 10^9 level 1, below 10^12 (refused)
/// level 2, below 10^14 level 3, above level 4.
const LEVELS_LOG10: [f64; 4] = [6.0, 9.0, MIN_GUESSES_LOG10, 14.0];

/// How strong a passphrase is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Strength {
    /// 0 (very weak) to 4 (very strong); at most 2 when refused.
    pub score: u8,
    /// True if and only if the vault accepts it.
    pub acceptable: bool,
    /// Fluent ids of what makes it easy to guess (`strength-why-*`), in the passphrase's order;
    /// empty when it is accepted.
    pub reasons: Vec<&'static str>,
    /// Fluent ids of advice (`strength-hint-*`); empty when it is accepted.
    pub hints: Vec<&'static str>,
}

/// Judges `passphrase`.
pub fn assess(passphrase: &str) -> Strength {
    if passphrase.is_empty() {
        return Strength {
            score: 0,
            acceptable: false,
            reasons: Vec::new(),
            hints: Vec::new(),
        };
    }
    let passphrase: zeroize::Zeroizing<String> =
        zeroize::Zeroizing::new(passphrase.nfc().collect());
    let chars = passphrase.chars().count();
    if chars > MAX_CHARS {
        return Strength {
            score: 0,
            acceptable: false,
            reasons: Vec::new(),
            hints: vec!["strength-hint-too-long"],
        };
    }
    // A tab or an escape pasted at the command line's prompt: no keyboard types it into the
    // app, whose store it locked would no longer open there (store attack, 2026-12-06).
    if passphrase.chars().any(char::is_control) {
        return Strength {
            score: 0,
            acceptable: false,
            reasons: Vec::new(),
            hints: vec!["strength-hint-control"],
        };
    }
    let long_enough = chars >= MIN_CHARS;
    let (log10, reasons) = estimate(&passphrase);
    let acceptable = long_enough && log10 >= MIN_GUESSES_LOG10;
    let level = LEVELS_LOG10.iter().filter(|&&t| log10 >= t).count() as u8;
    let mut hints = Vec::new();
    if !long_enough {
        hints.push("strength-hint-length");
    }
    if !acceptable {
        hints.push("strength-hint-words");
    }
    Strength {
        score: if acceptable { level } else { level.min(2) },
        acceptable,
        reasons: if acceptable { Vec::new() } else { reasons },
        hints,
    }
}

/// The smaller of the two estimates (log10 of the guesses), with the reasons of that estimate.
fn estimate(passphrase: &str) -> (f64, Vec<&'static str>) {
    let context: Vec<&str> = lists::entries(lists::CONTEXT).collect();
    let zx = zxcvbn::zxcvbn(passphrase, &context);
    let fr = Model::get().estimate(passphrase);
    let fr_log10 = fr.bits * std::f64::consts::LOG10_2;
    if zx.guesses_log10() < fr_log10 {
        let found = zx.sequence().iter().filter_map(zxcvbn_reason).collect();
        (zx.guesses_log10(), reasons(found))
    } else {
        let found = fr.segments.iter().filter_map(|s| french_reason(s.kind));
        (fr_log10, reasons(found.collect()))
    }
}

/// Why a part of a passphrase is guessable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reason {
    Password,
    Word,
    Name,
    Place,
    Context,
    UnknownWord,
    Year,
    Number,
    Repeat,
    Keyboard,
    Leet,
    Reversed,
}

impl Reason {
    #[cfg(test)]
    const ALL: [Reason; 12] = [
        Reason::Password,
        Reason::Word,
        Reason::Name,
        Reason::Place,
        Reason::Context,
        Reason::UnknownWord,
        Reason::Year,
        Reason::Number,
        Reason::Repeat,
        Reason::Keyboard,
        Reason::Leet,
        Reason::Reversed,
    ];

    fn id(self) -> &'static str {
        match self {
            Reason::Password => "strength-why-password",
            Reason::Word => "strength-why-word",
            Reason::Name => "strength-why-name",
            Reason::Place => "strength-why-place",
            Reason::Context => "strength-why-context",
            Reason::UnknownWord => "strength-why-unknown-word",
            Reason::Year => "strength-why-year",
            Reason::Number => "strength-why-number",
            Reason::Repeat => "strength-why-repeat",
            Reason::Keyboard => "strength-why-keyboard",
            Reason::Leet => "strength-why-leet",
            Reason::Reversed => "strength-why-reversed",
        }
    }

    fn is_word(self) -> bool {
        matches!(
            self,
            Reason::Password
                | Reason::Word
                | Reason::Name
                | Reason::Place
                | Reason::Context
                | Reason::UnknownWord
        )
    }
}

/// Fluent ids, in order, each once. A word followed by a year is the first shape an attacker
/// tries, and is named as such.
fn reasons(found: Vec<Reason>) -> Vec<&'static str> {
    let mut ids = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let id = match (found[i], found.get(i + 1)) {
            (word, Some(Reason::Year)) if word.is_word() => {
                i += 1;
                "strength-why-word-then-year"
            }
            (reason, _) => reason.id(),
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
        i += 1;
    }
    ids
}

fn french_reason(kind: Kind) -> Option<Reason> {
    Some(match kind {
        Kind::Word { leet: true, .. } => Reason::Leet,
        Kind::Word { reversed: true, .. } => Reason::Reversed,
        Kind::Word { list, .. } => match list {
            List::Passwords => Reason::Password,
            List::Words => Reason::Word,
            List::Names => Reason::Name,
            List::Places => Reason::Place,
            List::Context => Reason::Context,
        },
        Kind::UnknownWord => Reason::UnknownWord,
        Kind::Year | Kind::Date => Reason::Year,
        Kind::Number | Kind::Postcode => Reason::Number,
        Kind::DigitPattern | Kind::Symbols => Reason::Repeat,
        Kind::Keyboard => Reason::Keyboard,
        Kind::Digits | Kind::BruteForce | Kind::Separator => return None,
    })
}

fn zxcvbn_reason(m: &zxcvbn::Match) -> Option<Reason> {
    use zxcvbn::matching::patterns::MatchPattern;
    Some(match &m.pattern {
        MatchPattern::Dictionary(d) if d.l33t => Reason::Leet,
        MatchPattern::Dictionary(d) if d.reversed => Reason::Reversed,
        // zxcvbn does not export the type of its dictionary names: its Debug name is read.
        MatchPattern::Dictionary(d) => match format!("{:?}", d.dictionary_name).as_str() {
            "Passwords" => Reason::Password,
            "FemaleNames" | "MaleNames" | "Surnames" => Reason::Name,
            "UserInputs" => Reason::Context,
            _ => Reason::Word,
        },
        MatchPattern::Spatial(_) => Reason::Keyboard,
        MatchPattern::Repeat(_) | MatchPattern::Sequence(_) => Reason::Repeat,
        MatchPattern::Regex(_) | MatchPattern::Date(_) => Reason::Year,
        MatchPattern::BruteForce => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_or_short_passphrases_are_refused() {
        assert!(!assess("").acceptable);
        assert!(!assess("password1234").acceptable);
        assert!(!assess("azertyuiop12").acceptable);
        assert!(!assess("Xk9!q").acceptable, "too short, however odd");
    }

    #[test]
    fn a_few_random_words_are_accepted() {
        let s = assess("lanterne violon marée cactus");
        assert!(s.acceptable, "{s:?}");
        assert!(s.hints.is_empty() && s.reasons.is_empty());
    }

    /// Up to [`MAX_CHARS`] characters a passphrase is judged; one more, and it is refused
    /// as too long, not as weak.
    #[test]
    fn a_passphrase_longer_than_the_cap_is_refused_as_too_long() {
        let words = "lanterne violon marée cactus ";
        let at_most: String = words.chars().cycle().take(MAX_CHARS).collect();
        assert!(assess(&at_most)
            .hints
            .iter()
            .all(|h| *h != "strength-hint-too-long"));
        let over: String = words.chars().cycle().take(MAX_CHARS + 1).collect();
        let s = assess(&over);
        assert!(!s.acceptable);
        assert_eq!(s.hints, ["strength-hint-too-long"]);
        assert!(matches!(
            crate::vault::check_new_passphrase(&over),
            Err(crate::Error::FieldTooLong { max: 1024, .. })
        ));
    }

    #[test]
    fn the_reasons_say_what_an_attacker_tries_first() {
        let s = assess("Marseille2024!");
        assert!(!s.acceptable);
        assert_eq!(s.reasons, ["strength-why-word-then-year"]);
        assert_eq!(
            assess("jetaime2025!!").reasons,
            ["strength-why-word-then-year", "strength-why-repeat"]
        );
        assert!(s.score <= 2);
        assert!(assess("azertyuiop2026")
            .reasons
            .contains(&"strength-why-keyboard"));
        assert_eq!(
            assess("court").hints,
            ["strength-hint-length", "strength-hint-words"]
        );
    }

    #[test]
    fn every_reason_and_hint_has_a_message_in_both_ui_languages() {
        let l10n = crate::i18n::L10n::get();
        let ids = Reason::ALL.map(Reason::id).into_iter().chain([
            "strength-why-title",
            "strength-why-word-then-year",
            "strength-hint-length",
            "strength-hint-words",
            "strength-hint-too-long",
            "strength-hint-control",
        ]);
        for id in ids {
            for lang in crate::i18n::UI_LANGUAGES {
                assert!(l10n.has(lang, id), "{id} missing in {lang}");
            }
        }
    }

    /// Store attack, 2026-12-06: the command line set a passphrase holding a tab, which the
    /// app cannot type. A store locked by one still opens: only a new passphrase is judged.
    #[test]
    fn a_new_passphrase_with_a_control_character_is_refused_and_said_why() {
        for odd in [
            "lanterne\tviolon marée cactus",
            "lanterne violon\u{1b}[A marée cactus",
            "lanterne violon marée cactus\u{7f}",
            "lanterne violon\u{85}marée cactus",
        ] {
            let s = assess(odd);
            assert!(!s.acceptable, "{odd:?}");
            assert_eq!(s.hints, ["strength-hint-control"], "{odd:?}");
            assert!(matches!(
                crate::vault::check_new_passphrase(odd),
                Err(crate::Error::PassphraseControlCharacter)
            ));
        }
        assert!(assess("lanterne violon marée cactus").acceptable);
    }

    #[test]
    fn a_passphrase_typed_with_combining_accents_is_judged_as_its_composed_form() {
        let composed = assess("lanterne violon marée cactus");
        let decomposed = assess("lanterne violon mare\u{301}e cactus");
        assert_eq!(composed, decomposed);
    }
}
