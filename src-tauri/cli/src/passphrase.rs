//! Reading passphrases: from standard input when it is a pipe (one per line), or from the
//! terminal with echo off. Never from argv, where any user can read it in `ps`.
//!
//! The terminal prompt is `rpassword`'s: the terminal's own device (`/dev/tty` on Unix, the
//! console's `CONIN$`/`CONOUT$` on Windows) in raw mode, restored even on Ctrl+C, on every OS
//! the CLI builds for.

use std::io::{BufRead, IsTerminal};

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
    pub fn next(&mut self, prompt_id: &str) -> std::io::Result<Zeroizing<String>> {
        if self.interactive {
            rpassword::prompt_password(self.words.prompt(prompt_id)).map(Zeroizing::new)
        } else {
            read_line()
        }
    }
}

fn read_line() -> std::io::Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    std::io::stdin().lock().read_line(&mut line)?;
    while line.ends_with('\n') || line.ends_with('\r') {
        line.pop();
    }
    Ok(line)
}
