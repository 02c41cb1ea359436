//! A generated passphrase: five words drawn uniformly, with the operating system's random
//! generator, from the French diceware list of Tails and the Tor Project (PyPI `diceware` 1.0.1,
//! `wordlist_fr.txt`, CC0-1.0; `assets/passphrase/diceware-fr.txt`), separated by spaces.
//!
//! The words are lower-case ASCII, 4 to 8 letters, no accents: they type the same on AZERTY and
//! QWERTY, without Shift or dead keys. Five words of 7,775 give 64.6 bits (about 2.8 × 10^19
//! guesses), whatever the attacker knows of the list. The list is not prefix-free (`abri`,
//! `abricot`), which is why the separator is always kept.

use std::sync::OnceLock;

use rand::seq::SliceRandom;
use zeroize::Zeroizing;

use super::lists;

const DICEWARE: &str = include_str!("../../../../../assets/passphrase/diceware-fr.txt");

/// Words in a generated passphrase.
pub const WORDS: usize = 5;

/// The list's words.
fn words() -> &'static [&'static str] {
    static WORDS_PARSED: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS_PARSED.get_or_init(|| lists::entries(DICEWARE).collect())
}

/// Bits of entropy of a generated passphrase.
pub fn entropy_bits() -> f64 {
    WORDS as f64 * (words().len() as f64).log2()
}

/// A new passphrase of [`WORDS`] words. Zeroed when dropped.
pub fn generate() -> Zeroizing<String> {
    let list = words();
    let mut rng = rand::rngs::OsRng;
    let mut out = Zeroizing::new(String::with_capacity(WORDS * 9));
    for i in 0..WORDS {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(
            list.choose(&mut rng)
                .expect("BUG: the embedded word list is empty (a test counts it)"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_7775_distinct_ascii_words() {
        let list = words();
        assert_eq!(list.len(), 7775);
        let distinct: std::collections::HashSet<_> = list.iter().collect();
        assert_eq!(
            distinct.len(),
            list.len(),
            "a word twice would be drawn twice as often"
        );
        assert!(list
            .iter()
            .all(|w| (4..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase())));
        assert!(entropy_bits() > 64.5);
    }

    #[test]
    fn a_generated_passphrase_is_five_listed_words_and_they_differ() {
        let a = generate();
        let b = generate();
        assert_ne!(*a, *b);
        let parts: Vec<&str> = a.split(' ').collect();
        assert_eq!(parts.len(), WORDS);
        assert!(parts.iter().all(|p| words().contains(p)));
    }
}
