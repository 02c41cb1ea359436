//! Where WebKitGTK finds Passerelle's web extension (`src-tauri/webext`), which makes each web
//! process non-dumpable and without core dumps (issue 13): the kernel resets the flag the app sets
//! for itself when WebKit starts a web process, and only code inside that process can set it again.
//!
//! WebKit loads every `.so` of the directory into every web process, so the directory must hold
//! that library alone:
//! - installed (the .deb): `/usr/lib/passerelle/webext/`, beside `/usr/bin/passerelle`;
//! - built (`cargo build --workspace`, `scripts/run.sh`): the executable's own directory, where
//!   Cargo puts the library, used only while it holds no other `.so`.
//!
//! Either is used only when it and the library belong to root or to the owner of the running
//! executable (who could replace the executable itself) and no one else may write to them: a
//! program copied to `/tmp/x/` would otherwise take a library any local account can put in
//! `/tmp/lib/passerelle/webext/`, and WebKit reads the directory again at each web process.
//!
//! Without it the app runs, its web processes dumpable as before, and the log says so once.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// The library's file name, as Cargo names the `passerelle-webext` cdylib.
pub const LIBRARY: &str = "libpasserelle_webext.so";

/// The directory to give WebKit, beside the executable running; `None` when there is none fit.
pub fn dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let owner = std::fs::metadata(&exe).ok()?.uid();
    let found = beside(exe.parent()?, owner);
    match &found {
        Some(_) => log::info!("web extension found"),
        None => log::warn!("web extension not found: the web processes stay dumpable"),
    }
    found
}

/// The directory holding [`LIBRARY`] alone, safely owned ([`trusted`]), for an executable in
/// `exe_dir` owned by `owner`: the installed layout first, then `exe_dir` itself.
pub fn beside(exe_dir: &Path, owner: u32) -> Option<PathBuf> {
    let installed = exe_dir.join("../lib/passerelle/webext");
    [installed, exe_dir.to_path_buf()]
        .into_iter()
        .filter_map(|dir| dir.canonicalize().ok())
        .find(|dir| holds_only_the_extension(dir) && trusted(dir, owner))
}

/// True when `dir` holds [`LIBRARY`] and no other shared library WebKit would load with it.
fn holds_only_the_extension(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    let mut found = false;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name == LIBRARY {
            found = true;
        } else if name.ends_with(".so") {
            return false;
        }
    }
    found
}

/// True when `dir` and its [`LIBRARY`] (followed if a link) belong to root or to `owner` and
/// neither the group nor others may write to them.
fn trusted(dir: &Path, owner: u32) -> bool {
    [dir.to_path_buf(), dir.join(LIBRARY)].iter().all(|path| {
        std::fs::metadata(path)
            .is_ok_and(|m| (m.uid() == 0 || m.uid() == owner) && m.mode() & 0o022 == 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::os::unix::fs::PermissionsExt;

    /// `path` with `mode`.
    fn chmod(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn the_installed_directory_comes_first_and_a_directory_with_another_library_is_not_used() {
        let root = tempfile::tempdir().unwrap();
        let me = std::fs::metadata(root.path()).unwrap().uid();
        let bin = root.path().join("usr/bin");
        let installed = root.path().join("usr/lib/passerelle/webext");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::create_dir_all(&installed).unwrap();
        for dir in [&bin, &installed] {
            chmod(dir, 0o755);
        }
        assert_eq!(beside(&bin, me), None, "nowhere");
        std::fs::write(bin.join(LIBRARY), b"").unwrap();
        let bin = bin.canonicalize().unwrap();
        assert_eq!(beside(&bin, me), Some(bin.clone()), "as built");
        std::fs::write(installed.join(LIBRARY), b"").unwrap();
        assert_eq!(
            beside(&bin, me),
            Some(installed.canonicalize().unwrap()),
            "as installed, canonical"
        );
        std::fs::write(installed.join("libother.so"), b"").unwrap();
        std::fs::write(bin.join("libother.so"), b"").unwrap();
        assert_eq!(
            beside(&bin, me),
            None,
            "WebKit would load the other one too"
        );
    }

    /// A directory or library others may write to, or that belongs to someone else, is not
    /// used: a program run from /tmp/x/ would take what any account put in /tmp/lib/….
    #[test]
    fn a_directory_others_may_write_to_or_someone_elses_is_not_used() {
        let root = tempfile::tempdir().unwrap();
        let me = std::fs::metadata(root.path()).unwrap().uid();
        let bin = root.path().join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::write(bin.join(LIBRARY), b"").unwrap();
        chmod(&bin, 0o755);
        chmod(&bin.join(LIBRARY), 0o644);
        assert!(beside(&bin, me).is_some());
        chmod(&bin, 0o1777);
        assert_eq!(beside(&bin, me), None, "a directory anyone may write to");
        chmod(&bin, 0o775);
        assert_eq!(beside(&bin, me), None, "a directory the group may write to");
        chmod(&bin, 0o755);
        chmod(&bin.join(LIBRARY), 0o666);
        assert_eq!(beside(&bin, me), None, "a library anyone may rewrite");
        chmod(&bin.join(LIBRARY), 0o644);
        if me != 0 {
            // Someone else's (root's files are trusted, so only a non-root owner tells).
            assert_eq!(beside(&bin, me + 1), None, "someone else's");
        } else {
            assert_eq!(
                beside(&bin, 4242),
                Some(bin.canonicalize().unwrap()),
                "root's"
            );
        }
    }
}
