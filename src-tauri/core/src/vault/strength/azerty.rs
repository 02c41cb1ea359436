//! The French PC keyboard (AZERTY) as a graph of neighbouring keys, and the guesses a keyboard
//! walk on it costs, by zxcvbn's spatial formula (zxcvbn itself knows only QWERTY, Dvorak and the
//! keypads).
//!
//! Each key has up to six neighbours on a slanted keyboard (left, up-left, up-right, right,
//! down-right, down-left). The layout is zxcvbn-ts's (`data-scripts/keyboardLayouts/common/
//! azerty.ts`, MIT), with the dead key written `^¨`: zxcvbn-ts writes `^"`, which overwrites the
//! `"` key's neighbours with those of `^`.

use std::collections::HashMap;

/// Unshifted then shifted character of each key, row by row; each row starts one third of a key
/// further right than the one above.
const LAYOUT: [&str; 4] = [
    "²~ &1 é2 \"3 '4 (5 -6 è7 _8 ç9 à0 )° +=",
    "    aA zZ eE rR tT yY uU iI oO pP ^¨ $£",
    "     qQ sS dD fF gG hH jJ kK lL mM ù% *µ",
    "   <> wW xX cC vV bB nN ,? ;. :/ !§",
];

/// A key's two characters.
type Key = [char; 2];

pub(super) struct Keyboard {
    /// For each character: whether it is the shifted one, and its key's neighbours.
    adjacency: HashMap<char, (bool, [Option<Key>; 6])>,
    keys: f64,
    average_degree: f64,
}

impl Keyboard {
    pub(super) fn azerty() -> Keyboard {
        let mut positions: HashMap<(i32, i32), Key> = HashMap::new();
        for (row, line) in LAYOUT.iter().enumerate() {
            let chars: Vec<char> = line.chars().collect();
            let mut col = 0;
            while col + 1 < chars.len() {
                if chars[col] == ' ' {
                    col += 1;
                    continue;
                }
                let x = (col as i32 - row as i32) / 3;
                positions.insert((x, row as i32), [chars[col], chars[col + 1]]);
                col += 2;
            }
        }
        let mut adjacency = HashMap::new();
        let mut degrees = 0;
        for (&(x, y), key) in &positions {
            let around = [
                (x - 1, y),
                (x, y - 1),
                (x + 1, y - 1),
                (x + 1, y),
                (x, y + 1),
                (x - 1, y + 1),
            ];
            let neighbours = around.map(|p| positions.get(&p).copied());
            degrees += neighbours.iter().flatten().count();
            adjacency.insert(key[0], (false, neighbours));
            adjacency.insert(key[1], (true, neighbours));
        }
        Keyboard {
            keys: positions.len() as f64,
            average_degree: degrees as f64 / positions.len() as f64,
            adjacency,
        }
    }

    /// If `chars` (lower-cased) is one walk of three keys or more, each key next to the one
    /// before, the guesses to find it: zxcvbn's spatial estimate (starting key, length, turns,
    /// shifted keys).
    pub(super) fn walk_guesses(&self, chars: &[char]) -> Option<f64> {
        if chars.len() < 3 {
            return None;
        }
        let mut turns = 0usize;
        let mut direction = None;
        let mut shifted = usize::from(self.adjacency.get(&chars[0])?.0);
        for pair in chars.windows(2) {
            let (_, neighbours) = self.adjacency.get(&pair[0])?;
            let (d, key) = neighbours
                .iter()
                .enumerate()
                .find_map(|(d, k)| k.filter(|k| k.contains(&pair[1])).map(|k| (d, k)))?;
            if key[1] == pair[1] {
                shifted += 1;
            }
            if direction != Some(d) {
                turns += 1;
                direction = Some(d);
            }
        }
        let len = chars.len();
        let mut guesses = 0.0;
        for i in 2..=len {
            for j in 1..=turns.min(i - 1) {
                guesses += binomial(i - 1, j - 1) * self.keys * self.average_degree.powi(j as i32);
            }
        }
        if shifted == len {
            guesses *= 2.0;
        } else if shifted > 0 {
            guesses *= (1..=shifted.min(len - shifted))
                .map(|i| binomial(len, i))
                .sum::<f64>();
        }
        Some(guesses)
    }
}

/// n choose k, as a float (the counts are only ever used as logarithms).
pub(super) fn binomial(n: usize, k: usize) -> f64 {
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_columns_walks_are_found_and_other_strings_are_not() {
        let k = Keyboard::azerty();
        let walk = |s: &str| k.walk_guesses(&s.chars().collect::<Vec<_>>());
        for s in [
            "azerty",
            "qsdfghjklm",
            "wxcvbn",
            "&é\"'(-è_çà",
            "1234567890",
            "azsx",
        ] {
            assert!(walk(s).is_some(), "{s} is a walk on AZERTY");
        }
        for s in ["qwerty", "amzoe", "ab"] {
            assert!(walk(s).is_none(), "{s} is not an AZERTY walk");
        }
        assert!(
            walk("azertyuiop").unwrap() < 1e4,
            "a straight row is cheap: {:?}",
            walk("azertyuiop")
        );
        // The dead key `^` has `$` to its right, and `"` keeps its own neighbours (zxcvbn-ts bug).
        assert!(walk("op^$").is_some());
        assert!(walk("\"'(").is_some());
    }
}
