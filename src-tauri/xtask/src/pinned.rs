//! Pinned registry packages: fetched with the registry's own client, checked against the digest
//! recorded here, unpacked with `tar`; and the generated files written, or compared with what
//! ships (`--check`). Shared by every task that derives shipped data from a package.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

/// Where a pinned package comes from.
#[derive(Clone, Copy)]
pub enum Registry {
    /// npm, through `npm pack`.
    Npm,
    /// PyPI, a source distribution through `pip download --no-binary :all:`.
    Pypi,
}

/// One package at one version, with the SHA-256 of the archive the registry served.
pub struct Package {
    /// npm or PyPI.
    pub registry: Registry,
    /// What the client is asked for: `@scope/name@1.2.3`, `name==1.2.3`.
    pub spec: &'static str,
    /// The archive's file name as the client saves it.
    pub archive: &'static str,
    /// Its SHA-256, hex.
    pub sha256: &'static str,
    /// The folder the archive unpacks to (`package` for npm, `name-version` for an sdist).
    pub root: &'static str,
}

impl Package {
    /// Fetches the archive into `dir` (or takes it from there if it is already present, for
    /// offline runs), checks its digest and unpacks it. Returns the unpacked root folder.
    pub fn fetch_into(&self, dir: &Path) -> Result<PathBuf, String> {
        let archive = dir.join(self.archive);
        if !archive.exists() {
            let mut command = match self.registry {
                Registry::Npm => {
                    let mut c = Command::new("npm");
                    c.args(["pack", self.spec, "--silent", "--pack-destination"])
                        .arg(dir);
                    c
                }
                Registry::Pypi => {
                    let mut c = Command::new("pip");
                    c.args(["download", "--quiet", "--no-deps", "--no-binary", ":all:"])
                        .arg(self.spec)
                        .arg("-d")
                        .arg(dir);
                    c
                }
            };
            let status = command
                .status()
                .map_err(|e| format!("cannot fetch {}: {e}", self.spec))?;
            if !status.success() {
                return Err(format!("fetching {} failed ({status})", self.spec));
            }
        }
        let bytes = std::fs::read(&archive).map_err(|e| format!("{}: {e}", archive.display()))?;
        let digest: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if digest != self.sha256 {
            return Err(format!(
                "{} has SHA-256 {digest}, expected {}: the registry served other bytes",
                archive.display(),
                self.sha256
            ));
        }
        let unpacked = dir.join(
            self.archive
                .trim_end_matches(".tgz")
                .trim_end_matches(".tar.gz"),
        );
        std::fs::create_dir_all(&unpacked).map_err(|e| format!("{}: {e}", unpacked.display()))?;
        let status = Command::new("tar")
            .arg("-xzf")
            .arg(&archive)
            .arg("-C")
            .arg(&unpacked)
            .status()
            .map_err(|e| format!("cannot run tar: {e}"))?;
        if !status.success() {
            return Err(format!("tar failed on {}", archive.display()));
        }
        Ok(unpacked.join(self.root))
    }
}

/// Writes `files` (name, content) into `out`, or with `check` compares them with what is there.
/// `Ok(false)` means `check` found differences.
pub fn write_or_check(
    out: &Path,
    files: &[(&'static str, String)],
    check: bool,
) -> Result<bool, String> {
    if check {
        let mut same = true;
        for (name, content) in files {
            let path = out.join(name);
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            if shipped != *content {
                eprintln!("differs: {}", path.display());
                same = false;
            }
        }
        return Ok(same);
    }
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for (name, content) in files {
        let path = out.join(name);
        std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("wrote {} ({} bytes)", path.display(), content.len());
    }
    Ok(true)
}
