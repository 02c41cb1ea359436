//! File writes that survive a crash: write beside, sync, rename, sync the directory.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use crate::Result;

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new content.
///
/// The temporary file sits beside the target (same file system, so the rename is atomic) and
/// holds exactly what the target will hold, no more: a caller writing an unencrypted export has
/// chosen that destination, and a crash leaves at worst a `.name.tmp` copy beside it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.tmp"));
    {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    if let Ok(d) = File::open(dir) {
        // Best effort: not every platform can sync a directory handle.
        let _ = d.sync_all();
    }
    Ok(())
}

/// Creates `dir` (and parents) readable by the current user only.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
