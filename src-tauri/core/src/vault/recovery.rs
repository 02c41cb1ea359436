//! The recovery key: 160 random bits a worker writes down once, at creation.
//!
//! Written as 36 Crockford base32 characters in nine groups of four, the last group a checksum,
//! e.g. `7KQ2-M9TD-…-X3RA`. Crockford's alphabet has no I, L, O or U, and reading is forgiving
//! (`O`→`0`, `I`/`L`→`1`, any case, spaces or dashes anywhere), so a handwritten key types back in.
//! The checksum catches a typo at once, before a slow key derivation and without counting as a
//! failed unlock.

use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::{Error, Result};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const KEY_BYTES: usize = 20;
const KEY_CHARS: usize = 32;
const CHECK_CHARS: usize = 4;

/// A recovery key held in memory; zeroed when dropped.
#[derive(Clone, Zeroize)]
#[zeroize(drop)]
pub struct RecoveryKey([u8; KEY_BYTES]);

impl RecoveryKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        let mut bytes = [0u8; KEY_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        RecoveryKey(bytes)
    }

    /// The secret bytes fed to the key derivation.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The grouped form to write down, checksum included.
    pub fn display(&self) -> Zeroizing<String> {
        let mut chars = encode(&self.0);
        chars.push_str(&checksum(&self.0));
        let mut out = String::with_capacity(45);
        for (i, c) in chars.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        chars.zeroize();
        Zeroizing::new(out)
    }

    /// Reads a key as typed back by a person. Fails with [`Error::RecoveryKeyMalformed`] on a
    /// wrong length, a character outside the alphabet, or a checksum mismatch.
    pub fn parse(typed: &str) -> Result<Self> {
        let mut symbols: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::with_capacity(36));
        for c in typed.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let value = ALPHABET
                .iter()
                .position(|&a| a as char == c)
                .ok_or(Error::RecoveryKeyMalformed)?;
            symbols.push(value as u8);
        }
        if symbols.len() != KEY_CHARS + CHECK_CHARS {
            return Err(Error::RecoveryKeyMalformed);
        }
        let bytes = decode(&symbols[..KEY_CHARS]);
        let expected = checksum(&bytes);
        let given: String = symbols[KEY_CHARS..]
            .iter()
            .map(|&v| ALPHABET[v as usize] as char)
            .collect();
        if expected != given {
            return Err(Error::RecoveryKeyMalformed);
        }
        Ok(RecoveryKey(bytes))
    }
}

fn encode(bytes: &[u8; KEY_BYTES]) -> String {
    // 160 bits = 32 symbols of 5 bits exactly.
    let mut out = String::with_capacity(KEY_CHARS);
    let mut acc: u64 = 0;
    let mut bits = 0;
    for &b in bytes {
        acc = (acc << 8) | b as u64;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
        }
    }
    acc.zeroize();
    out
}

fn decode(symbols: &[u8]) -> [u8; KEY_BYTES] {
    let mut out = [0u8; KEY_BYTES];
    let mut acc: u64 = 0;
    let mut bits = 0;
    let mut i = 0;
    for &s in symbols {
        acc = (acc << 5) | s as u64;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out[i] = (acc >> bits) as u8;
            i += 1;
        }
    }
    acc.zeroize();
    out
}

fn checksum(bytes: &[u8; KEY_BYTES]) -> String {
    let digest = Sha256::new()
        .chain_update(b"passerelle recovery key v1")
        .chain_update(bytes)
        .finalize();
    // 20 bits of the digest, as four symbols.
    let v =
        (u32::from(digest[0]) << 12) | (u32::from(digest[1]) << 4) | (u32::from(digest[2]) >> 4);
    (0..CHECK_CHARS)
        .rev()
        .map(|k| ALPHABET[((v >> (5 * k)) & 31) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_then_parse_round_trips() {
        for _ in 0..50 {
            let k = RecoveryKey::generate();
            let shown = k.display();
            assert_eq!(shown.len(), 36 + 8, "nine groups of four and eight dashes");
            let back = RecoveryKey::parse(&shown).unwrap();
            assert_eq!(back.as_bytes(), k.as_bytes());
        }
    }

    #[test]
    fn parsing_forgives_case_spaces_and_look_alikes() {
        let k = RecoveryKey::generate();
        let shown = k.display().to_lowercase().replace('-', " ");
        let confusable = shown.replace('0', "o").replace('1', "l");
        assert_eq!(
            RecoveryKey::parse(&confusable).unwrap().as_bytes(),
            k.as_bytes()
        );
    }

    #[test]
    fn a_typo_is_caught_by_the_checksum() {
        let k = RecoveryKey::generate();
        let shown = k.display().to_string();
        let mut chars: Vec<char> = shown.chars().collect();
        // Change one symbol of the key part to another valid symbol.
        chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
        let typo: String = chars.into_iter().collect();
        assert!(matches!(
            RecoveryKey::parse(&typo),
            Err(Error::RecoveryKeyMalformed)
        ));
        assert!(matches!(
            RecoveryKey::parse("ABCD"),
            Err(Error::RecoveryKeyMalformed)
        ));
        assert!(matches!(
            RecoveryKey::parse(&shown.replace('-', "!")),
            Err(Error::RecoveryKeyMalformed)
        ));
    }
}
