//! Passphrase strength, judged the same way for the meter the worker sees and for the rule the
//! vault enforces.
//!
//! zxcvbn estimates how many guesses an attacker needs, knowing common passwords, names, dates
//! and keyboard patterns; its score 3 ("safely unguessable") is about 10^10 guesses. With
//! Argon2id at ~0.7 s a guess on this machine, that is centuries for a stolen laptop. Twelve
//! characters are required on top, so that a short but odd string cannot pass.

use serde::Serialize;

/// Minimum length in characters.
pub const MIN_CHARS: usize = 12;
/// Minimum zxcvbn score (0–4).
pub const MIN_SCORE: u8 = 3;

/// How strong a passphrase is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Strength {
    /// 0 (very weak) to 4 (very strong).
    pub score: u8,
    /// True if and only if the vault accepts it.
    pub acceptable: bool,
    /// Fluent ids of hints for the worker.
    pub hints: Vec<&'static str>,
}

/// Judges `passphrase`.
pub fn assess(passphrase: &str) -> Strength {
    let chars = passphrase.chars().count();
    let score = if passphrase.is_empty() {
        0
    } else {
        u8::from(zxcvbn::zxcvbn(passphrase, &["passerelle"]).score())
    };
    let mut hints = Vec::new();
    if chars < MIN_CHARS {
        hints.push("strength-hint-length");
    }
    if score < MIN_SCORE {
        hints.push("strength-hint-words");
    }
    Strength {
        score,
        acceptable: chars >= MIN_CHARS && score >= MIN_SCORE,
        hints,
    }
}

#[cfg(test)]
mod tests {
    use super::assess;

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
        assert!(s.hints.is_empty());
    }
}
