//! A generated passphrase: five words drawn uniformly, with the operating system's random
//! generator, from the French diceware list of Tails and the Tor Project (PyPI `diceware` 1.0.1,
//! `wordlist_fr.txt`, CC0-1.0; `assets/passphrase/diceware-fr.txt`), separated by spaces — only
//! those words that everyday French uses ([`words`]).
//!
//! The words are lower-case ASCII, 4 to 8 letters, no accents: they type the same on AZERTY and
//! QWERTY, without Shift or dead keys. Five different words of 3,352 give 58.5 bits (about
//! 4.2 × 10^17 guesses), whatever the attacker knows of the list. The list is not prefix-free (`abri`,
//! `abricot`), which is why the separator is always kept.

use std::collections::HashSet;
use std::sync::OnceLock;

use rand::seq::SliceRandom;
use zeroize::Zeroizing;

use super::lists;

const DICEWARE: &str = include_str!("../../../../../assets/passphrase/diceware-fr.txt");
/// Everyday words never proposed: violence, death, weapons, crime, drugs, sex, captivity
/// (`curated/never-drawn.txt`).
const NEVER_DRAWN: &str = include_str!("../../../../../assets/passphrase/curated/never-drawn.txt");

/// Words in a generated passphrase.
pub const WORDS: usize = 5;

/// The words the strength meter ranks among its first 500 — the most frequent of spoken French
/// (« pour avec bien »), the most common first names and surnames (« jean », « pierre »), places
/// (« allier ») —, left out: they are an attacker's first guesses, and the meter refuses five of
/// them (code review, 2026-12-05: « jean pierre dragon roux fontaine » could be drawn).
const MOST_FREQUENT_LEFT_OUT: usize = 500;

/// The words drawn from: the diceware words that everyday French uses — among the 28,095 most
/// frequent words of French subtitles (`fr-common-words.txt`) —, less those the meter ranks
/// among its first [`MOST_FREQUENT_LEFT_OUT`] or finds among the association's own words
/// (`curated/context.txt`).
/// The whole list holds words few people know (« doucha », « ramdam ») and literary verb forms
/// (« accepta »): a worker shown her new passphrase once had to learn those letter by letter,
/// and a passphrase not learnt is a recovery key used. Words of her work (« plainte ») are an
/// attacker's first guesses, and not what she should type each morning; nor are words of the
/// harm her work is about (« meurtre », « couteau »: `curated/never-drawn.txt`; visual check,
/// 2026-12-05). A test draws the weakest passphrase these words can make: the meter accepts it as
/// strong.
fn words() -> &'static [&'static str] {
    static WORDS_PARSED: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS_PARSED.get_or_init(|| {
        let everyday: HashSet<&str> = lists::entries(lists::COMMON_WORDS).collect();
        let never: HashSet<&str> = lists::entries(NEVER_DRAWN).collect();
        let index = lists::Index::get();
        lists::entries(DICEWARE)
            .filter(|w| everyday.contains(w) && !never.contains(w))
            .filter(|w| meter_rank(index, w) > MOST_FREQUENT_LEFT_OUT)
            .collect()
    })
}

/// The word's rank as the strength meter reads it: its best over every list the meter knows
/// (passwords, words, names, places, the association's own words; `u32::MAX` when in none). A
/// word of the association's list is ranked first of all.
fn meter_rank(index: &lists::Index, word: &str) -> usize {
    match index.lookup(&lists::fold(word)) {
        Some((_, lists::List::Context)) => 0,
        Some((rank, _)) => rank as usize,
        None => usize::MAX,
    }
}

/// Bits of entropy of a generated passphrase: [`WORDS`] different words, in order.
pub fn entropy_bits() -> f64 {
    let n = words().len() as f64;
    (0..WORDS).map(|i| (n - i as f64).log2()).sum()
}

/// A new passphrase of [`WORDS`] different words. Zeroed when dropped.
///
/// Different: a word said twice reads as a typo and is judged a repeat by the meter, for a
/// loss of entropy of a few thousandths of a bit.
pub fn generate() -> Zeroizing<String> {
    draw(&mut rand::rngs::OsRng)
}

/// [`generate`] with `rng`: the tests give it a seeded one.
fn draw(rng: &mut impl rand::Rng) -> Zeroizing<String> {
    let drawn: Vec<&str> = words().choose_multiple(rng, WORDS).copied().collect();
    assert_eq!(
        drawn.len(),
        WORDS,
        "BUG: the embedded word list is too short (a test counts it)"
    );
    Zeroizing::new(drawn.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_are_distinct_ascii_and_everyday_french() {
        let list = words();
        assert_eq!(list.len(), 3352);
        let distinct: HashSet<_> = list.iter().collect();
        assert_eq!(
            distinct.len(),
            list.len(),
            "a word twice would be drawn twice as often"
        );
        assert!(list
            .iter()
            .all(|w| (4..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())));
        for rare in [
            "doucha", "ramdam", "accepta", "plainte", "pour", "jean", "pierre", "meurtre",
            "couteau",
        ] {
            assert!(!list.contains(&rare), "{rare}");
        }
        assert!(entropy_bits() > 58.5);
    }

    /// The meter judges a passphrase of frequent words weaker: the five most frequent words the
    /// generator can draw, in any order, are still accepted as strong, so every draw is.
    #[test]
    fn the_weakest_draw_is_accepted() {
        let index = lists::Index::get();
        let mut by_frequency = words().to_vec();
        by_frequency.sort_by_key(|w| meter_rank(index, w));
        let mut weakest = by_frequency[..WORDS].to_vec();
        for _ in 0..WORDS {
            let p = weakest.join(" ");
            let s = super::super::assess(&p);
            assert!(s.acceptable && s.score >= 3, "{p:?}: {s:?}");
            weakest.rotate_left(1);
        }
    }

    #[test]
    fn a_generated_passphrase_is_five_listed_words_and_they_differ() {
        let a = generate();
        let b = generate();
        assert_ne!(*a, *b);
        let parts: Vec<&str> = a.split(' ').collect();
        assert_eq!(parts.len(), WORDS);
        assert!(parts.iter().all(|p| words().contains(p)));
        // Drawn with replacement, 20,000 draws would repeat a word about 27 times; a seeded
        // generator makes the count the same on every run (code review, 2026-12-05).
        let mut seeded = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(2026);
        for _ in 0..20_000 {
            let drawn = draw(&mut seeded);
            let parts: HashSet<&str> = drawn.split(' ').collect();
            assert_eq!(parts.len(), WORDS, "{:?} repeats a word", *drawn);
        }
    }
}
