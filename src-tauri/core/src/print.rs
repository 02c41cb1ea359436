//! Printing without a file: a rendered PDF goes from memory to the system's print service, and
//! Passerelle writes nothing to disk.
//!
//! On Linux (and macOS) the print service is CUPS, reached through its `lp` command, which reads
//! the job from its standard input when it is given no file (`lp -t TITLE`). The job's title is
//! the document's neutral file name (the kind of document and the date, never a name): CUPS shows
//! it in its queue and keeps it in its job history.
//!
//! What CUPS itself keeps is outside Passerelle's reach: the job's data in its spool directory
//! (`/var/spool/cups`) until the job is printed, longer if the server keeps files for reprinting
//! (`PreserveJobFiles`), and the job's title and owner in its history (`PreserveJobHistory`). How
//! to purge it: docs/documents.md.
//!
//! Windows has no `lp`: [`Lp::submit`] then fails with [`Error::PrintUnavailable`], and the
//! worker saves the PDF instead (docs/documents.md says what printing there would take).

use std::ffi::OsString;
use std::io::Write;
use std::process::{Command, Stdio};

use crate::{Error, Result};

/// Where a print job goes.
pub trait Spooler {
    /// Sends `pdf` to the printer as one job named `title`.
    ///
    /// # Errors
    /// [`Error::PrintUnavailable`] when there is no print service; [`Error::PrintFailed`] when it
    /// refuses the job (no printer set up, printer stopped).
    fn submit(&self, title: &str, pdf: &[u8]) -> Result<()>;
}

/// CUPS's `lp` command, fed on its standard input.
#[derive(Debug, Clone)]
pub struct Lp {
    program: OsString,
}

impl Lp {
    /// The `lp` found on the `PATH`.
    pub fn system() -> Lp {
        Lp::at("lp")
    }

    /// The `lp` at `program` (tests use a stand-in that records what it received).
    pub fn at(program: impl Into<OsString>) -> Lp {
        Lp {
            program: program.into(),
        }
    }
}

impl Spooler for Lp {
    fn submit(&self, title: &str, pdf: &[u8]) -> Result<()> {
        // `-s`: no « request id is … » on standard output; no file: the job is standard input.
        let mut child = Command::new(&self.program)
            .args(["-s", "-t", title])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => {
                    Error::PrintUnavailable
                }
                _ => Error::Io(e),
            })?;
        let written = child
            .stdin
            .take()
            .ok_or(Error::Internal("lp has no standard input"))
            .and_then(|mut stdin| stdin.write_all(pdf).map_err(Error::Io));
        // Closing standard input (above) ends the job; then wait for lp to hand it to CUPS.
        let status = child.wait().map_err(Error::Io)?;
        // A spooler that exits early closes the pipe: its status says why.
        if !status.success() {
            log::warn!("print job refused by lp (status {:?})", status.code());
            return Err(Error::PrintFailed);
        }
        written
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;
    use std::path::Path;

    use super::*;

    /// A stand-in `lp` that saves its standard input and arguments in `dir`, then exits with
    /// `status`.
    fn fake_lp(dir: &Path, status: i32) -> std::path::PathBuf {
        let script = dir.join("lp");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{dir}/args'\ncat > '{dir}/job'\nexit {status}\n",
                dir = dir.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        script
    }

    #[test]
    fn the_job_goes_to_lp_on_its_standard_input_with_the_neutral_title() {
        let dir = tempfile::tempdir().unwrap();
        let lp = Lp::at(fake_lp(dir.path(), 0));
        let pdf = b"%PDF-1.7 a document".repeat(10_000);
        lp.submit("courrier-prefecture-2026-12-03.pdf", &pdf)
            .unwrap();
        assert_eq!(std::fs::read(dir.path().join("job")).unwrap(), pdf);
        let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
        assert_eq!(
            args.lines().collect::<Vec<_>>(),
            ["-s", "-t", "courrier-prefecture-2026-12-03.pdf"],
            "no file argument: lp reads standard input"
        );
    }

    #[test]
    fn a_refused_job_and_a_missing_lp_are_errors_of_their_own() {
        let dir = tempfile::tempdir().unwrap();
        let lp = Lp::at(fake_lp(dir.path(), 1));
        assert!(matches!(
            lp.submit("t.pdf", b"%PDF-"),
            Err(Error::PrintFailed)
        ));
        let missing = Lp::at(dir.path().join("no-such-lp"));
        assert!(matches!(
            missing.submit("t.pdf", b"%PDF-"),
            Err(Error::PrintUnavailable)
        ));
    }
}
