//! Reading passphrases: from standard input when it is a pipe (one per line), or from the
//! terminal with echo off. Never from argv, where any user can read it in `ps`.
//!
//! The terminal prompt is `rpassword`'s: the terminal's own device (`/dev/tty` on Unix, the
//! console's `CONIN$`/`CONOUT$` on Windows) in raw mode, restored even on Ctrl+C, on every OS
//! the CLI builds for.

use std::io::{BufRead, IsTerminal, Read};

use passerelle_core::vault::strength;
use zeroize::Zeroizing;

use crate::words::Words;

/// Reads standard input line by line for successive secrets.
pub struct Passphrases {
    interactive: bool,
    words: Words,
}

impl Passphrases {
    pub fn from_stdin(words: Words) -> Self {
        Passphrases {
            interactive: std::io::stdin().is_terminal(),
            words,
        }
    }

    /// The words prompts are in.
    pub fn words(&self) -> Words {
        self.words
    }

    /// The next secret; its prompt, message `prompt_id`, is shown only on a terminal.
    ///
    /// # Errors
    /// [`TooLong`] inside an [`std::io::ErrorKind::InvalidInput`] for a line longer than any
    /// passphrase can be ([`MAX_LINE_BYTES`]); what the system says otherwise.
    pub fn next(&mut self, prompt_id: &str) -> std::io::Result<Zeroizing<String>> {
        let line = if self.interactive {
            // Ctrl-D (or Ctrl-Z on Windows) ends the input on the prompt's line: the message
            // that follows starts on a line of its own (review, 2026-12-06).
            rpassword::prompt_password(self.words.prompt(prompt_id))
                .map(Zeroizing::new)
                .inspect_err(|_| eprintln!())?
        } else {
            read_line(&mut std::io::stdin().lock())?
        };
        if line.len() > MAX_LINE_BYTES {
            return Err(too_long());
        }
        Ok(line)
    }
}

/// The most a line of standard input may hold: a passphrase of the most characters a new one
/// may have ([`strength::MAX_CHARS`]), with room for one typed decomposed (NFD: a Hangul
/// syllable is three letters of three bytes each; stacked accents more). A longer line is
/// refused without being read whole (adversarial review, 2026-12-06: a 30 MB line was read into
/// 150 MB of memory).
pub const MAX_LINE_BYTES: usize = 16 * strength::MAX_CHARS;

/// A line of standard input longer than [`MAX_LINE_BYTES`].
#[derive(Debug)]
pub struct TooLong;

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line longer than {MAX_LINE_BYTES} bytes")
    }
}

impl std::error::Error for TooLong {}

fn too_long() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, TooLong)
}

/// One line of `input`, its line ending taken off, read no further than [`MAX_LINE_BYTES`] and
/// its line ending. Its length is judged before its encoding: a line cut inside a character is
/// too long, not « not UTF-8 » (code review, 2026-12-06).
fn read_line(input: &mut impl BufRead) -> std::io::Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new(Vec::new());
    let limit = (MAX_LINE_BYTES + 2) as u64;
    Read::take(&mut *input, limit).read_until(b'\n', &mut bytes)?;
    while bytes.ends_with(b"\n") || bytes.ends_with(b"\r") {
        bytes.pop();
    }
    if bytes.len() > MAX_LINE_BYTES {
        return Err(too_long());
    }
    let line = std::str::from_utf8(&bytes)
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData))?;
    Ok(Zeroizing::new(line.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_longer_than_any_passphrase_is_refused_unread() {
        let longest = "é".repeat(MAX_LINE_BYTES / 2);
        let mut input = std::io::Cursor::new(format!("{longest}\r\nsuite\n"));
        assert_eq!(read_line(&mut input).unwrap().as_str(), longest);
        assert_eq!(read_line(&mut input).unwrap().as_str(), "suite");
        let mut input = std::io::Cursor::new(format!("{longest}x\n"));
        let refused = read_line(&mut input).unwrap_err();
        assert_eq!(refused.kind(), std::io::ErrorKind::InvalidInput);
        assert!(refused.get_ref().is_some_and(|e| e.is::<TooLong>()));
        // Without a line end at all: the same.
        let mut input = std::io::Cursor::new("a".repeat(10 * MAX_LINE_BYTES));
        assert!(
            read_line(&mut input).is_err_and(|e| e.get_ref().is_some_and(|e| e.is::<TooLong>()))
        );
        // Cut inside a character: too long all the same, not « not UTF-8 ».
        let mut input = std::io::Cursor::new(format!("a{}\n", "é".repeat(MAX_LINE_BYTES)));
        assert!(
            read_line(&mut input).is_err_and(|e| e.get_ref().is_some_and(|e| e.is::<TooLong>()))
        );
        // Latin-1 is still said as such.
        let mut input = std::io::Cursor::new(b"caf\xe9\n".to_vec());
        assert_eq!(
            read_line(&mut input).unwrap_err().kind(),
            std::io::ErrorKind::InvalidData
        );
    }
}
