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
//! Without it the app runs, its web processes dumpable as before, and the log says so once.

use std::path::{Path, PathBuf};

/// The library's file name, as Cargo names the `passerelle-webext` cdylib.
pub const LIBRARY: &str = "libpasserelle_webext.so";

/// The directory to give WebKit, beside the executable running; `None` when there is none fit.
pub fn dir() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let found = beside(exe.parent()?);
    if found.is_none() {
        log::warn!("web extension not found: the web processes stay dumpable");
    }
    found
}

/// The directory holding [`LIBRARY`] alone, for an executable in `exe_dir`: the installed layout
/// first, then `exe_dir` itself.
pub fn beside(exe_dir: &Path) -> Option<PathBuf> {
    let installed = exe_dir.join("../lib/passerelle/webext");
    [installed, exe_dir.to_path_buf()]
        .into_iter()
        .find(|dir| holds_only_the_extension(dir))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_installed_directory_comes_first_and_a_directory_with_another_library_is_not_used() {
        let root = tempfile::tempdir().unwrap();
        let bin = root.path().join("usr/bin");
        let installed = root.path().join("usr/lib/passerelle/webext");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::create_dir_all(&installed).unwrap();
        assert_eq!(beside(&bin), None, "nowhere");
        std::fs::write(bin.join(LIBRARY), b"").unwrap();
        assert_eq!(beside(&bin), Some(bin.clone()), "as built");
        std::fs::write(installed.join(LIBRARY), b"").unwrap();
        assert_eq!(
            beside(&bin).map(|d| d.canonicalize().unwrap()),
            Some(installed.canonicalize().unwrap()),
            "as installed"
        );
        std::fs::write(installed.join("libother.so"), b"").unwrap();
        std::fs::write(bin.join("libother.so"), b"").unwrap();
        assert_eq!(beside(&bin), None, "WebKit would load the other one too");
    }
}
