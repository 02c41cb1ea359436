//! A French-aware guess estimate: the passphrase is cut into segments the way a rule-based
//! cracker builds its candidates, each segment costs log2 of the guesses needed to reach it, and a
//! dynamic programme keeps the cheapest cut.
//!
//! Segments: a word of a ranked list (as typed, capitalised, reversed, in leetspeak, accents
//! dropped); a year, a date, a two-digit number (département, age), a postcode, repeated or
//! consecutive digits; a symbol repeated; an AZERTY keyboard walk; any other pronounceable
//! word or name, capped at 2^20 (the attacker is assumed to hold a list of a million words and
//! names of every language: this is what catches « okafor »); otherwise brute force. A
//! separator costs nothing but is paid for once; each segment after the first costs one bit, for
//! the attacker's choice of shape.
//!
//! It is a model of an attacker, not a proof: phrases, quotes and abbreviations missing from the
//! lists are not seen (docs/passphrases.md).

use unicode_normalization::UnicodeNormalization;

use super::azerty::{binomial, Keyboard};
use super::lists::{self, Index, List};

/// Bits of an unknown but word-like token (a name, a word of another language).
const UNKNOWN_WORD_BITS: f64 = 20.0;
/// Each segment after the first: the attacker also enumerates shapes (word+year+symbol…).
const SEGMENT_BITS: f64 = 1.0;
/// Choosing one separator among a few (space, hyphen, dot…), paid once.
const SEPARATOR_BITS: f64 = 2.6;
/// Trying a word in several lists costs a few times one list.
const LIST_BITS: f64 = 1.0;
/// Longest segment tried: longer words are rare, and the cost grows with the square.
const MAX_SEGMENT: usize = 24;
/// Characters looked at, as zxcvbn does.
pub(super) const MAX_CHARS: usize = 100;

/// What a segment was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word of a list.
    Word {
        /// Which list.
        list: List,
        /// Written backwards.
        reversed: bool,
        /// With letters replaced by look-alike digits or symbols.
        leet: bool,
    },
    /// A year from 1900 to 2039.
    Year,
    /// A day and month, with or without a year.
    Date,
    /// Two digits: a département, an age, a year.
    Number,
    /// Five digits that could be a postcode.
    Postcode,
    /// A digit repeated, or digits in sequence.
    DigitPattern,
    /// Other digits.
    Digits,
    /// One symbol, repeated.
    Symbols,
    /// Neighbouring keys of the keyboard.
    Keyboard,
    /// A pronounceable word of no list.
    UnknownWord,
    /// Anything else, character by character.
    BruteForce,
    /// A space, hyphen, dot… between two segments.
    Separator,
}

/// One segment of the cheapest cut.
#[derive(Debug, Clone, Copy)]
pub(super) struct Segment {
    pub kind: Kind,
    pub bits: f64,
}

/// The cheapest cut of a passphrase and its cost.
#[derive(Debug, Clone)]
pub(super) struct Estimate {
    /// log2 of the guesses.
    pub bits: f64,
    pub segments: Vec<Segment>,
}

/// The attacker's knowledge: the lists and the keyboard.
pub(super) struct Model {
    index: &'static Index,
    keyboard: Keyboard,
}

impl Model {
    pub(super) fn get() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model {
            index: Index::get(),
            keyboard: Keyboard::azerty(),
        })
    }

    /// The cheapest cut of `passphrase` (NFC-normalised, first [`MAX_CHARS`] characters).
    pub(super) fn estimate(&self, passphrase: &str) -> Estimate {
        let chars: Vec<char> = passphrase.nfc().take(MAX_CHARS).collect();
        let folded: Vec<String> = chars
            .iter()
            .map(|c| lists::fold(c.encode_utf8(&mut [0; 4])))
            .collect();
        let n = chars.len();
        // best[j]: the cheapest cut of chars[..j]: its cost, where its last segment starts, and
        // that segment.
        let mut best: Vec<(f64, usize, Option<Segment>)> = vec![(f64::INFINITY, 0, None); n + 1];
        best[0].0 = 0.0;
        for j in 1..=n {
            for i in j.saturating_sub(MAX_SEGMENT)..j {
                if !best[i].0.is_finite() {
                    continue;
                }
                let segment = self.segment(&chars[i..j], &folded[i..j]);
                let overhead = if i == 0 || segment.kind == Kind::Separator {
                    0.0
                } else {
                    SEGMENT_BITS
                };
                let total = best[i].0 + segment.bits + overhead;
                if total < best[j].0 {
                    best[j] = (total, i, Some(segment));
                }
            }
        }
        let mut segments = Vec::new();
        let mut j = n;
        while j > 0 {
            let (_, i, segment) = best[j];
            segments.extend(segment);
            j = i;
        }
        segments.reverse();
        let separated = segments.iter().any(|s| s.kind == Kind::Separator);
        Estimate {
            bits: best[n].0 + if separated { SEPARATOR_BITS } else { 0.0 },
            segments,
        }
    }

    /// The cheapest reading of `chars` as one segment (`folded`: each character folded).
    fn segment(&self, chars: &[char], folded: &[String]) -> Segment {
        let mut best = Segment {
            kind: Kind::BruteForce,
            bits: chars.iter().map(|&c| char_bits(c)).sum(),
        };
        let mut offer = |bits: f64, kind: Kind| {
            if bits < best.bits {
                best = Segment { kind, bits };
            }
        };
        if chars.len() == 1 && is_separator(chars[0]) {
            offer(0.0, Kind::Separator);
        }
        let has_letter = chars.iter().any(|c| c.is_alphabetic());
        let case = case_bits(chars);
        // A word as typed: letters and digits, hyphens or apostrophes inside (« Saint-Étienne »).
        let inner = &chars[1..chars.len().saturating_sub(1).max(1)];
        let word_shaped = chars[0].is_alphanumeric()
            && chars[chars.len() - 1].is_alphanumeric()
            && inner
                .iter()
                .all(|&c| c.is_alphanumeric() || is_separator(c));
        if has_letter && word_shaped {
            let key: String = folded.concat();
            let word = |key: &str, reversed: bool| {
                self.index.lookup(key).map(|(rank, list)| {
                    let bits = f64::from(rank).log2() + LIST_BITS + case + f64::from(reversed);
                    (
                        bits,
                        Kind::Word {
                            list,
                            reversed,
                            leet: false,
                        },
                    )
                })
            };
            if let Some((bits, kind)) = word(&key, false) {
                offer(bits, kind);
            }
            let reversed: String = key.chars().rev().collect();
            if let Some((bits, kind)) = word(&reversed, true) {
                offer(bits, kind);
            }
            if chars.iter().all(|c| c.is_alphabetic()) && word_like(&key) {
                let brute: f64 = key.chars().map(char_bits).sum();
                offer(brute.min(UNKNOWN_WORD_BITS) + case, Kind::UnknownWord);
            }
        }
        if has_letter && chars.iter().any(|&c| unleet(c, false).is_some()) {
            for one_as_l in [false, true] {
                let substituted = chars
                    .iter()
                    .filter(|&&c| unleet(c, one_as_l).is_some())
                    .count();
                let plain: String = chars
                    .iter()
                    .map(|&c| unleet(c, one_as_l).unwrap_or(c))
                    .collect();
                let key = lists::fold(&plain);
                if key.chars().count() != chars.len() {
                    continue;
                }
                if let Some((rank, list)) = self.index.lookup(&key) {
                    offer(
                        f64::from(rank).log2() + LIST_BITS + case + substituted as f64,
                        Kind::Word {
                            list,
                            reversed: false,
                            leet: true,
                        },
                    );
                }
            }
        }
        if chars.iter().all(|c| c.is_ascii_digit()) {
            let (bits, kind) = digits_bits(chars);
            offer(bits, kind);
        }
        // The same symbol repeated (one symbol alone is brute force).
        if chars.len() > 1
            && chars[0].is_ascii_punctuation()
            && chars.iter().all(|&c| c == chars[0])
        {
            offer(33f64.log2() + (chars.len() as f64).log2(), Kind::Symbols);
        }
        let lower: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase()).collect();
        if let Some(guesses) = self.keyboard.walk_guesses(&lower) {
            offer(guesses.log2() + case, Kind::Keyboard);
        }
        best
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '_' | '.' | ',' | '/' | '\'' | '+' | '’')
}

/// Bits of one character guessed blindly.
fn char_bits(c: char) -> f64 {
    let alphabet: f64 = if c.is_ascii_lowercase() {
        26.0
    } else if c.is_ascii_uppercase() {
        52.0
    } else if c.is_ascii_digit() {
        10.0
    } else if c.is_ascii_punctuation() || c == ' ' {
        33.0
    } else if c.is_alphabetic() {
        // é, è, à, ç…: a French attacker's alphabet has about 40 lower-case letters.
        40.0
    } else {
        128.0
    };
    alphabet.log2()
}

/// Bits for the capitalisation of a segment, as zxcvbn counts it: nothing for lower case, one bit
/// for a first or last capital, all capitals, or a capital at each word (« Saint-Étienne »),
/// otherwise the choice of the capital positions.
fn case_bits(chars: &[char]) -> f64 {
    let letters: Vec<char> = chars
        .iter()
        .copied()
        .filter(|c| c.is_alphabetic())
        .collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let lower = letters.len() - upper;
    if upper == 0 {
        return 0.0;
    }
    let last_only = letters.last().is_some_and(|c| c.is_uppercase()) && upper == 1;
    let word_initials = chars
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_uppercase())
        .all(|(i, _)| i == 0 || is_separator(chars[i - 1]));
    if word_initials || last_only || lower == 0 {
        return 1.0;
    }
    (1..=upper.min(lower))
        .map(|i| binomial(upper + lower, i))
        .sum::<f64>()
        .log2()
}

/// The letter a leetspeak character stands for; `1` and `|` read as i or as l.
fn unleet(c: char, one_as_l: bool) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '|' if one_as_l => 'l',
        '1' | '|' | '!' => 'i',
        '3' | '€' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => return None,
    })
}

/// Bits and reading of a run of digits.
fn digits_bits(chars: &[char]) -> (f64, Kind) {
    let d: Vec<u32> = chars.iter().filter_map(|c| c.to_digit(10)).collect();
    let n = d.len();
    let number = |s: &[u32]| s.iter().fold(0u32, |acc, x| acc * 10 + x);
    let day_month = |s: &[u32]| {
        let (a, b) = (number(&s[..2]), number(&s[2..4]));
        ((1..=31).contains(&a) && (1..=12).contains(&b))
            || ((1..=12).contains(&a) && (1..=31).contains(&b))
    };
    let year = |y: u32| (1900..=2039).contains(&y);
    if n >= 3 && d.iter().all(|&x| x == d[0]) {
        return (10f64.log2() + (n as f64).log2(), Kind::DigitPattern);
    }
    let ascending = d.windows(2).all(|w| w[1] == (w[0] + 1) % 10);
    let descending = d.windows(2).all(|w| w[0] == (w[1] + 1) % 10);
    if n >= 3 && (ascending || descending) {
        return (10f64.log2() + 1.0 + (n as f64).log2(), Kind::DigitPattern);
    }
    match n {
        2 => (100f64.log2(), Kind::Number),
        4 if year(number(&d)) => (140f64.log2(), Kind::Year),
        4 if day_month(&d) => (366f64.log2() + 1.0, Kind::Date),
        5 if (1000..=98999).contains(&number(&d)) => (6300f64.log2(), Kind::Postcode),
        6 if day_month(&d[..4]) => ((366.0 * 100.0f64).log2() + 1.0, Kind::Date),
        8 if day_month(&d[..4]) && year(number(&d[4..])) => {
            ((366.0 * 140.0f64).log2() + 1.0, Kind::Date)
        }
        _ => (n as f64 * 10f64.log2(), Kind::Digits),
    }
}

/// True if a run of letters reads like a word or a name of some language: 4 to 14 letters, a
/// quarter to three quarters vowels, never more than three consonants in a row.
fn word_like(folded: &str) -> bool {
    let n = folded.chars().count();
    if !(4..=14).contains(&n) || !folded.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let vowels = folded.chars().filter(|&c| is_vowel(c)).count();
    let mut run = 0;
    let mut longest = 0;
    for c in folded.chars() {
        run = if is_vowel(c) { 0 } else { run + 1 };
        longest = longest.max(run);
    }
    (0.25..=0.75).contains(&(vowels as f64 / n as f64)) && longest <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<Kind> {
        Model::get()
            .estimate(s)
            .segments
            .iter()
            .map(|s| s.kind)
            .collect()
    }

    #[test]
    fn the_attackers_shapes_are_recognised() {
        let word = |list| Kind::Word {
            list,
            reversed: false,
            leet: false,
        };
        assert_eq!(
            kinds("Marseille2024!"),
            [word(List::Places), Kind::Year, Kind::BruteForce]
        );
        assert_eq!(
            kinds("qsdfghjklm2026!!"),
            [Kind::Keyboard, Kind::Year, Kind::Symbols]
        );
        assert_eq!(kinds("okafor1998benin")[0], Kind::UnknownWord);
        assert!(matches!(
            kinds("P@ssw0rd")[0],
            Kind::Word { leet: true, .. }
        ));
        assert!(matches!(
            kinds("elliesram")[0],
            Kind::Word { reversed: true, .. }
        ));
        assert_eq!(kinds("25121998"), [Kind::Date]);
        assert_eq!(kinds("93200"), [Kind::Postcode]);
        assert_eq!(kinds("111111"), [Kind::DigitPattern]);
    }

    #[test]
    fn folding_and_capitals_do_not_hide_a_word() {
        let m = Model::get();
        let plain = m.estimate("saintetienne").bits;
        assert!(m.estimate("Saint-Étienne").bits < plain + 6.0);
        assert!(m.estimate("SAINTETIENNE").bits <= plain + 1.0);
    }
}
