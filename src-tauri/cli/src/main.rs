//! `passerelle-cli`: the same core as the app, with no window (../shared/spec/case-file-and-cli.md).
//!
//! Output is JSON on standard output unless `--out FILE` is given; errors go to standard error,
//! worded in the interface language (French unless `--lang en` or the locale asks for English:
//! [`words`]), with a non-zero exit status. Passphrases are never taken from the command line:
//! they are read from standard input (one per line) when it is not a terminal, and prompted for
//! otherwise, without echo.

mod args;
mod legal;
mod passphrase;
mod prefecture;
mod store;
mod words;

use std::io::Write;
use std::process::ExitCode;

use passerelle_core::error::{Field, Named};
use passerelle_core::Error;

use args::{Cli, Verb};
use words::Words;

/// What a verb produces.
pub enum Output {
    /// A JSON value for standard output (or `--out`).
    Json(serde_json::Value),
    /// A PDF: written to `--out` only, beside it then renamed over it ([`write_file`]).
    Pdf(Vec<u8>),
    /// Nothing more to print (the verb wrote its output itself).
    Done,
    /// A JSON report for standard output even when `--out` is given (`--out` named the file the
    /// verb wrote: a backup, a bundle).
    Report(serde_json::Value),
}

/// Every block Rust frees is zeroed first, as in the app (issue 13; cost in docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: passerelle_core::app::process::ZeroOnFree =
    passerelle_core::app::process::ZeroOnFree::new();

fn main() -> ExitCode {
    passerelle_core::app::process::disable_core_dumps();
    // A bug must end in a translated error and exit status 1, not a backtrace and status 101.
    passerelle_core::app::process::install_panic_hook();
    let command_line: Vec<_> = std::env::args_os().collect();
    let words = Words::choose(command_line.get(1..).unwrap_or_default());
    if args::passphrase_on_command_line(command_line.iter().skip(1).cloned()) {
        words.say("cli-passphrase-on-command-line", &[]);
        return ExitCode::from(2);
    }
    // Usage errors are worded here and exit with status 2; `--help` exits with 0.
    let cli = match args::parse(command_line, &words) {
        Ok(cli) => cli,
        Err(exit) => return exit,
    };
    // Set once the verb has done its work and only its result is left to print: a failure then
    // (standard output full or closed) is no failure of the verb's (CLI review, 2026-12-07: an
    // import committed, « Rien n'a été enregistré… réessayez », and the case imported twice).
    let ran = std::sync::atomic::AtomicBool::new(false);
    let result = passerelle_core::app::process::catch_panic(|| {
        let out = match &cli.verb {
            v if reads_a_case(v) => legal::run(&cli, &words),
            Verb::Rules {
                action: None | Some(args::Rules::ReviewSheet),
            } => legal::run(&cli, &words),
            Verb::Prefecture { query } => prefecture::run(&cli, &words, query),
            _ => store::run(&cli, &words),
        };
        out.and_then(|out| {
            ran.store(true, std::sync::atomic::Ordering::SeqCst);
            emit(&cli, out)
        })
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match (&e, &cli.verb) {
                // Creating or restoring a store where a database waits for its key file: « put
                // it back or restore a backup » would send a restore to a restore (review,
                // 2026-12-04); the way on is the option that sets the database aside.
                (Error::KeyFileMissing, Verb::Init { .. } | Verb::Restore { .. }) => {
                    let verb = match cli.verb {
                        Verb::Init { .. } => "init",
                        _ => "restore",
                    };
                    words.error_as(&e, "cli-key-file-missing-here", &[("verb", verb.into())]);
                }
                (Error::KeyFileMissing, _) => {
                    words.error(&e);
                    // The way on from the command line, which the app's screen offers as a
                    // button.
                    words.say("cli-key-file-missing-hint", &[]);
                }
                // The way on, which the app's first screen offers: either verb goes on from it.
                (Error::StoreUnfinished, _) => {
                    words.error(&e);
                    words.say("cli-store-unfinished-hint", &[]);
                }
                // The store changed, its result not shown: not to be done again.
                (_, v) if ran.load(std::sync::atomic::Ordering::SeqCst) && changes_the_store(v) => {
                    words.error_as(&e, "cli-done-not-shown", &[("verb", verb_name(v).into())]);
                }
                // A verb that only reads a file and prints: « Rien n’a été enregistré » would
                // promise what was never at stake (reviews of 4 and 5 December 2026).
                (_, v) if reads_a_case(v) || matches!(v, Verb::Prefecture { .. }) => {
                    words.error_reading_only(&e)
                }
                _ => words.error(&e),
            }
            ExitCode::from(1)
        }
    }
}

/// The verbs whose work is done in the store (or a file sealed from it) before their result is
/// printed.
fn changes_the_store(verb: &Verb) -> bool {
    use args::{Handover, Rules};
    matches!(
        verb,
        Verb::Import { .. }
            | Verb::Delete { .. }
            | Verb::Passphrase
            | Verb::Backup { .. }
            | Verb::Handover {
                action: Some(Handover::Import { .. } | Handover::Export { .. })
            }
            | Verb::Rules {
                action: Some(Rules::Import { .. } | Rules::Rollback)
            }
    )
}

/// The verb as typed on the command line.
fn verb_name(verb: &Verb) -> &'static str {
    use args::{Handover, Rules};
    match verb {
        Verb::Import { .. } => "import",
        Verb::Delete { .. } => "delete",
        Verb::Passphrase => "passphrase",
        Verb::Backup { .. } => "backup",
        Verb::Handover {
            action: Some(Handover::Import { .. }),
        } => "handover import",
        Verb::Handover { .. } => "handover export",
        Verb::Rules {
            action: Some(Rules::Import { .. }),
        } => "rules import",
        _ => "rules rollback",
    }
}

/// The verbs that read a case file and print what it gives (JSON or a PDF), saving nothing.
fn reads_a_case(verb: &Verb) -> bool {
    matches!(
        verb,
        Verb::Assess(_)
            | Verb::Deadlines(_)
            | Verb::Checklist(_)
            | Verb::Letter(_)
            | Verb::SupportLetter(_)
            | Verb::Consent(_)
    )
}

fn pretty(v: &serde_json::Value) -> Result<Vec<u8>, Error> {
    let mut s = serde_json::to_string_pretty(v).map_err(|_| Error::Internal("json"))?;
    s.push('\n');
    Ok(s.into_bytes())
}

fn emit(cli: &Cli, out: Output) -> Result<(), Error> {
    match out {
        Output::Done => Ok(()),
        Output::Pdf(pdf) => match checked_out(cli)? {
            // Written beside, then renamed over the path asked for (`write_file`): a failed
            // write leaves nothing; a link there is replaced, not written through.
            Some(path) => write_file(path, &pdf),
            None if out_is_stdout(cli) => Ok(std::io::stdout().write_all(&pdf)?),
            None => Err(Error::required(Field::Named(Named::CliOut))),
        },
        Output::Report(v) => Ok(std::io::stdout().write_all(&pretty(&v)?)?),
        Output::Json(v) => write_out(cli, &pretty(&v)?),
    }
}

/// `--out`, refused in the folder of `--store` or of any store
/// ([`passerelle_core::app::outside_store`]): a file written there could replace the database or
/// its keys (a verb that needs no store could reach the app's own).
pub fn checked_out(cli: &Cli) -> Result<Option<&std::path::Path>, Error> {
    if out_is_stdout(cli) {
        return Ok(None);
    }
    if let Some(out) = &cli.out {
        // « dossier/ » names a folder, never a file to write: said so, not « l'un des dossiers
        // de ce chemin est en fait un fichier » after the work (CLI review, 2026-12-07).
        // An existing folder named without the final « / » too, before the work (CLI review,
        // 2026-12-07: `import c.json --out dossier` stored the case, then could not write its id).
        if out
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::is_separator)
            || out.is_dir()
        {
            return Err(Error::file_access(
                out,
                &std::io::Error::from(std::io::ErrorKind::IsADirectory),
            ));
        }
        passerelle_core::app::outside_store(cli.store.as_deref(), out)?;
        not_an_input(cli, out)?;
        // A backup or a bundle is read back from the disk before it takes its name: never
        // written through a pipe, it would be renamed over one (what `write_file` writes in
        // clear goes through this account's pipes and devices).
        if sealed_kind(cli).is_some() {
            passerelle_core::app::replaces_no_special_file(out)?;
        }
        passerelle_core::app::replaces_no_other_sealed_file(out, sealed_kind(cli))?;
    }
    Ok(cli.out.as_deref())
}

/// `--out -`: standard output, as the command line's convention has it, for what is written in
/// clear (CLI review, 2026-12-07: `export ID --out -` wrote the case in clear to a file named
/// « - », where nobody would look for it). A backup or a bundle is read back from its file:
/// `-` stays a file's name for them.
pub fn out_is_stdout(cli: &Cli) -> bool {
    cli.out.as_deref() == Some(std::path::Path::new("-")) && sealed_kind(cli).is_none()
}

/// The kind of sealed file the verb writes to `--out`, `None` when it writes in clear: a backup
/// may replace an older backup, nothing else may replace one.
fn sealed_kind(cli: &Cli) -> Option<passerelle_core::vault::seal::Content> {
    use args::{Handover, Verb};
    use passerelle_core::vault::seal::Content;
    match &cli.verb {
        Verb::Backup { .. } => Some(Content::Backup),
        Verb::Handover {
            action: Some(Handover::Export { .. }),
        } => Some(Content::Handover),
        _ => None,
    }
}

/// `--out` naming a file the verb reads (its case file, the association's profile) is refused:
/// the output would replace it (review, 2026-12-04: `assess zq.json --out zq.json` replaced the
/// case file with its assessment, without a word).
fn not_an_input(cli: &Cli, out: &std::path::Path) -> Result<(), Error> {
    use args::Verb;
    let inputs: Vec<&std::path::Path> = match &cli.verb {
        Verb::Assess(a) | Verb::Deadlines(a) => a.case.iter().map(|p| p.as_path()).collect(),
        Verb::Checklist(d) | Verb::Letter(d) | Verb::SupportLetter(d) | Verb::Consent(d) => d
            .case
            .iter()
            .chain(&d.association)
            .map(|p| p.as_path())
            .collect(),
        Verb::Report { association, .. } => association.iter().map(|p| p.as_path()).collect(),
        // The files a store verb reads (review, 2026-12-05: `import c.json --out c.json`
        // replaced the case file with its id, `handover import b --out b` the bundle).
        Verb::Import { cases } => cases.iter().map(|p| p.as_path()).collect(),
        Verb::Restore { file, .. }
        | Verb::Handover {
            action: Some(args::Handover::Import { file }),
        }
        | Verb::Rules {
            action: Some(args::Rules::Import { file }),
        } => file.iter().map(|p| p.as_path()).collect(),
        _ => Vec::new(),
    };
    let Ok(out) = std::fs::canonicalize(out) else {
        // Nothing there yet: it cannot be an input.
        return Ok(());
    };
    if inputs
        .iter()
        .any(|input| std::fs::canonicalize(input).is_ok_and(|input| input == out))
    {
        return Err(Error::invalid(
            Field::Named(Named::CliOut),
            passerelle_core::error::Invalid::SameAsInput,
        ));
    }
    Ok(())
}

/// Writes `bytes` at `path` (checked by [`checked_out`]); a failure names the file.
///
/// A file (or nothing) at `path` is replaced whole: the bytes go to a new file beside it, which
/// is renamed over it once complete, so a write that fails (a full disk) leaves the old file as
/// it was and removes the new one (review, 2026-12-04: the old file was unlinked first and a
/// truncated plaintext copy was left in its place). A hard link to another file (the store's
/// database, reached under another name) or a symbolic link is replaced, never written through.
/// Anything else (a pipe, `/dev/stdout`) is written to as it is.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    let failed = |e: std::io::Error| Error::file_access(path, &e);
    if !replaced_whole(path) {
        if !written_through_is_ours(path) {
            return Err(foreign_pipe());
        }
        return write_through(path, bytes);
    }
    passerelle_core::fsx::write_beside_then_replace(path, bytes).map_err(failed)
}

/// True when what `path` names is replaced by a new file, not written through: a file, nothing,
/// or a link that leads to a file or nowhere. A link that leads to a device or a pipe
/// (`/dev/stdout` is a link on Linux) is written through, as the device itself would be.
pub fn replaced_whole(path: &std::path::Path) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            std::fs::metadata(path).map_or(true, |target| target.file_type().is_file())
        }
        Ok(m) => m.file_type().is_file(),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// True when a pipe or a device `--out` names may be written through: it, and the link that
/// leads to it if any, belong to this account or to the system (`/dev/stdout`, a terminal, a
/// pipe to another program). One planted by another account in a shared folder would pass the
/// case to whoever reads it (security review, 2026-12-05: a FIFO of `nobody` in a 1777 folder
/// received a whole case in clear).
fn written_through_is_ours(path: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: getuid has no preconditions and cannot fail.
        let me = unsafe { libc::getuid() };
        let ours = |uid: u32| uid == me || uid == 0;
        let link = std::fs::symlink_metadata(path).is_ok_and(|m| ours(m.uid()));
        let target = std::fs::metadata(path).is_ok_and(|m| ours(m.uid()));
        link && target
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        true
    }
}

/// `--out` names a pipe or a device another account owns.
fn foreign_pipe() -> Error {
    Error::invalid(
        Field::Named(Named::CliOut),
        passerelle_core::error::Invalid::ForeignPipe,
    )
}

/// Writes `bytes` through the pipe or device `path` names, once the inode it leads to now is
/// checked as ours (Linux): the path is resolved once, to a handle that does not open it for
/// writing (a pipe is not waited on), whose owner is read; the write goes to that same inode
/// through the handle. Checked by path then written by path, a link swapped in between passed a
/// case to another account's pipe, 4 times in 30 (security review, 2026-12-06).
fn write_through(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    let failed = |e: std::io::Error| Error::file_access(path, &e);
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
        let handle = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_PATH | libc::O_CLOEXEC)
            .open(path)
            .map_err(failed)?;
        let inode = handle.metadata().map_err(failed)?;
        // SAFETY: getuid has no preconditions and cannot fail.
        let me = unsafe { libc::getuid() };
        // A file now where a pipe was: the path changed under the check.
        if inode.file_type().is_file() || !(inode.uid() == me || inode.uid() == 0) {
            return Err(foreign_pipe());
        }
        let same_inode = format!("/proc/self/fd/{}", handle.as_raw_fd());
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .open(same_inode)
            .map_err(failed)?;
        out.write_all(bytes).map_err(failed)
    }
    #[cfg(not(target_os = "linux"))]
    std::fs::write(path, bytes).map_err(failed)
}

/// Writes `bytes` to `--out`, or to standard output without it.
pub fn write_out(cli: &Cli, bytes: &[u8]) -> Result<(), Error> {
    match checked_out(cli)? {
        Some(path) => write_file(path, bytes),
        None => Ok(std::io::stdout().write_all(bytes)?),
    }
}
