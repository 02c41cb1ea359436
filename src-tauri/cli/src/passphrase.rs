//! Reading passphrases: from standard input when it is a pipe (one per line), or from the
//! terminal with echo off. Never from argv, where any user can read it in `ps`.

use std::io::{BufRead, IsTerminal, Write};

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
            eprint!("{}", self.words.prompt(prompt_id));
            std::io::stderr().flush()?;
            let _echo_off = EchoOff::new();
            let line = read_line()?;
            eprintln!();
            Ok(line)
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

/// Turns terminal echo off while alive.
struct EchoOff {
    saved: Option<libc::termios>,
}

impl EchoOff {
    fn new() -> Self {
        // SAFETY: tcgetattr/tcsetattr on fd 0 with a zeroed, then filled, termios.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) != 0 {
                return EchoOff { saved: None };
            }
            let saved = t;
            t.c_lflag &= !libc::ECHO;
            libc::tcsetattr(0, libc::TCSANOW, &t);
            EchoOff { saved: Some(saved) }
        }
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        if let Some(t) = self.saved {
            // SAFETY: restores the attributes read in `new`.
            unsafe {
                libc::tcsetattr(0, libc::TCSANOW, &t);
            }
        }
    }
}
