//! File writes that survive a crash — write beside, sync, rename, sync the directory — and
//! directories that only their owner can open, on Unix and on Windows.
//!
//! Windows differs in two ways that matter here:
//! - Renaming over a file: `std::fs::rename` uses POSIX semantics there (Windows 10 1607+), so
//!   the replacement is atomic even while another handle has the target open, provided that
//!   handle allows deletion. Antivirus scanners and indexers sometimes hold a freshly written
//!   file without that permission for a few milliseconds: [`replace`] retries for up to two
//!   seconds, as Go's toolchain and npm do, instead of failing the worker's save.
//! - A directory cannot be synced through a handle; NTFS journals the rename itself, and the
//!   file's data was flushed before it, so a crash still leaves the old or the new content.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use crate::Result;

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new content.
///
/// The temporary file sits beside the target (same file system, so the rename is atomic) and
/// holds exactly what the target will hold, no more: a caller writing an unencrypted export has
/// chosen that destination, and a crash leaves at worst a `.name.….tmp` copy beside it. A write
/// that fails (a full disk) removes it and leaves the target as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(write_beside_then_replace(path, bytes)?)
}

/// [`write_atomically`], with the system's own error (a caller names the file with it).
///
/// # Errors
/// What the system says; the target is then as it was, and nothing is left beside it.
pub fn write_beside_then_replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = write_beside(path, "tmp", bytes)?;
    if let Err(e) = rename_retrying(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir_of(path);
    Ok(())
}

/// `bytes` in a new file beside `path` ([`create_beside`], `suffix`), on disk, and its path: the
/// first half of [`write_beside_then_replace`], for a caller that puts it in place later
/// ([`replace`]). A write that fails removes it.
///
/// # Errors
/// What the system says; nothing is then left beside `path`.
pub fn write_beside(
    path: &Path,
    suffix: &str,
    bytes: &[u8],
) -> std::io::Result<std::path::PathBuf> {
    let (mut f, tmp) = create_beside(path, suffix)?;
    if let Err(e) = f.write_all(bytes).and_then(|()| f.sync_all()) {
        drop(f);
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(tmp)
}

/// A new, empty file beside `path`, named `.NAME.RANDOM.suffix`, that only its owner can read
/// (Unix), and its path: where a file is written before [`replace`] moves it over `path`.
///
/// It is created only if nothing stands at that name (`O_EXCL`): a link planted there by someone
/// who can write to the folder (a shared folder, a USB stick) is never followed, so the write can
/// neither land in the vault's database nor in another of the worker's files (review, 2026-12-04:
/// a planted `.NAME.partial` link made a backup overwrite the database). The random part also
/// keeps a stale file of an earlier crash from being taken for this one.
///
/// # Errors
/// What the system says when the folder cannot hold a new file.
pub fn create_beside(path: &Path, suffix: &str) -> std::io::Result<(File, std::path::PathBuf)> {
    remove_cut_writes(path);
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut last = None;
    for _ in 0..16 {
        let mut random = [0u8; 6];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut random);
        let tag: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let tmp = dir.join(format!(".{name}.{tag}.{suffix}"));
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&tmp) {
            Ok(f) => return Ok((f, tmp)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::ErrorKind::AlreadyExists.into()))
}

/// Removes what writes of `path` cut short left beside it: the program killed between
/// [`write_beside_then_replace`]'s temporary file and its rename leaves `.NAME.RANDOM.tmp` (or a
/// staged export's or backup's `.partial`), a whole copy of what was being written, for good.
/// Says how many were removed. [`create_beside`] calls it: a case exported in clear and killed
/// before its rename left its hidden copy beside the file, through later exports of the same
/// name (adversarial review, 2026-12-07).
///
/// Only names of exactly that shape go, and only once a minute old: a folder that cannot be
/// locked (a network share) is opened without the store's lock, and another program's write in
/// progress is never taken for dead (code review, 2026-12-05). Links and folders are left alone.
pub fn remove_cut_writes(path: &Path) -> usize {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return 0;
    };
    // A bare name (`--out e.json`) is in the current folder, as `create_beside` reads it.
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let cut = |file: &str| {
        file.strip_prefix('.')
            .and_then(|f| f.strip_prefix(name))
            .and_then(|f| f.strip_prefix('.'))
            .and_then(|f| {
                f.strip_suffix(".tmp")
                    .or_else(|| f.strip_suffix(".partial"))
            })
            .is_some_and(|tag| {
                tag.len() == 12
                    && tag
                        .bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            })
    };
    let dead = |m: &fs::Metadata| {
        m.is_file()
            && m.modified()
                .ok()
                .and_then(|at| at.elapsed().ok())
                .is_some_and(|age| age >= std::time::Duration::from_secs(60))
    };
    let mut removed = 0;
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.file_name().to_str().is_some_and(cut)
            && fs::symlink_metadata(entry.path()).is_ok_and(|m| dead(&m))
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// Moves the complete, synced file `from` over `to` (same directory), then syncs the directory
/// where the platform can.
pub fn replace(from: &Path, to: &Path) -> Result<()> {
    rename_retrying(from, to)?;
    sync_dir_of(to);
    Ok(())
}

fn sync_dir_of(path: &Path) {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    if let Ok(d) = File::open(dir) {
        // Best effort: Windows cannot open a directory as a file.
        let _ = d.sync_all();
    }
}

#[cfg(not(windows))]
fn rename_retrying(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::rename(from, to)
}

/// `fs::rename`, retried while another process holds `from` or `to` without delete sharing.
#[cfg(windows)]
fn rename_retrying(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::time::{Duration, Instant};
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    const TRANSIENT: [i32; 3] = [5, 32, 33];
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut pause = Duration::from_millis(5);
    loop {
        match fs::rename(from, to) {
            Err(e)
                if e.raw_os_error().is_some_and(|c| TRANSIENT.contains(&c))
                    && Instant::now() + pause < deadline =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(250));
            }
            other => return other,
        }
    }
}

/// Creates `dir` (and parents) readable by the current user only: mode 0700 on Unix; on Windows
/// a protected access list granting the current user alone, which files created inside inherit
/// (the equivalent of 0700: administrators can still take ownership, as root can read on Unix).
pub fn create_private_dir(dir: &Path) -> Result<()> {
    // Said with the folder's name: a restore into a folder that cannot be made said only
    // « impossible de lire ou d'écrire un fichier » (adversarial review, 2026-12-07).
    fs::create_dir_all(dir).map_err(|e| crate::Error::file_access(dir, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(windows)]
    owner_only::restrict(dir)?;
    Ok(())
}

/// Opens `options` with mode 0600 on Unix: made so, or narrowed to it when an earlier version
/// left it 0644 (best effort: a file another account owns is opened as it is, as before); on
/// Windows the file inherits its folder's access list ([`create_private_dir`]).
pub fn open_owner_only(options: &mut fs::OpenOptions, path: &Path) -> std::io::Result<File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    let file = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if file
            .metadata()
            .is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
        {
            let _ = file.set_permissions(fs::Permissions::from_mode(0o600));
        }
    }
    Ok(file)
}

/// Sets `dir` to mode 0700, and the regular files directly in it whose names are `ours` to 0600,
/// wherever their mode is another (open to other accounts, closed to their owner, or a file made
/// executable), and says how many were changed. A store copied with `cp -r`, or back from a USB
/// stick, takes the umask's 0755 and 0644 (security review, 2026-12-06: such a folder was used as
/// it was, and its key file and database were readable by every account). On Windows nothing is
/// done: files take their folder's access list ([`create_private_dir`]).
///
/// Best effort, and only on what this account owns, through the descriptor it checked: a file is
/// opened without following a link (`O_NOFOLLOW`, `O_NONBLOCK` for a planted pipe), then checked
/// (a regular file, one link, ours) and changed through that descriptor (`fchmod`). Someone who
/// can write to the folder cannot swap a name for a link between the check and the change and
/// make it land on another of the worker's files (code review, 2026-12-06). The folder itself
/// may be a link the worker made (`~/Passerelle` → a stick): it is followed, then checked as ours.
pub fn set_to_owner_only(dir: &Path, ours: impl Fn(&str) -> bool) -> usize {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        let set = |path: &Path, flags: i32, mode: u32| -> bool {
            let Ok(file) = fs::OpenOptions::new()
                .read(true)
                .custom_flags(flags | libc::O_NONBLOCK | libc::O_CLOEXEC)
                .open(path)
            else {
                return false;
            };
            let Ok(m) = file.metadata() else {
                return false;
            };
            let kind_ok = if flags & libc::O_DIRECTORY != 0 {
                m.is_dir()
            } else {
                m.is_file() && m.nlink() == 1
            };
            kind_ok
                && m.uid() == me
                // Open to others, or closed to its owner: a database made 0400 gives SQLite's
                // shared-memory file its mode, and the store no longer opened until both were
                // writable again (store attack, 2026-12-06).
                && m.permissions().mode() & 0o777 != mode
                && file
                    .set_permissions(fs::Permissions::from_mode(mode))
                    .is_ok()
        };
        let mut changed = usize::from(set(dir, libc::O_DIRECTORY, 0o700));
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.file_name().to_str().is_some_and(&ours)
                && set(&entry.path(), libc::O_NOFOLLOW, 0o600)
            {
                changed += 1;
            }
        }
        changed
    }
    #[cfg(not(unix))]
    {
        let _ = (dir, ours);
        0
    }
}

/// Narrows a file the store just made to the current user: mode 0600 on Unix (the database was
/// created 0644, its folder's 0700 the only guard — security review, 2026-12-05). On Windows the
/// file inherits its folder's access list ([`create_private_dir`]).
pub fn owner_only_file(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(windows)]
pub(crate) mod owner_only {
    //! The Windows access list of a private directory.

    use std::io;
    use std::os::windows::ffi::OsStrExt;
    use std::path::Path;
    use std::ptr::{null, null_mut};

    use windows_sys::Win32::Foundation::{CloseHandle, LocalFree, ERROR_SUCCESS, HANDLE};
    use windows_sys::Win32::Security::Authorization::{
        SetEntriesInAclW, SetNamedSecurityInfoW, EXPLICIT_ACCESS_W, NO_MULTIPLE_TRUSTEE,
        SET_ACCESS, SE_FILE_OBJECT, TRUSTEE_IS_SID, TRUSTEE_IS_USER, TRUSTEE_W,
    };
    use windows_sys::Win32::Security::{
        GetTokenInformation, TokenUser, ACL, DACL_SECURITY_INFORMATION,
        PROTECTED_DACL_SECURITY_INFORMATION, SUB_CONTAINERS_AND_OBJECTS_INHERIT, TOKEN_QUERY,
        TOKEN_USER,
    };
    use windows_sys::Win32::Storage::FileSystem::FILE_ALL_ACCESS;
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

    /// The current user's `TOKEN_USER`, in a buffer aligned for it; its SID points inside.
    pub(crate) fn current_user() -> io::Result<Vec<u64>> {
        let mut token: HANDLE = null_mut();
        // SAFETY: valid out-pointer; the pseudo-handle of our own process.
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        let mut len = 0u32;
        // SAFETY: a size query (null buffer, zero length) fails and sets `len`.
        unsafe { GetTokenInformation(token, TokenUser, null_mut(), 0, &mut len) };
        let mut buf = vec![0u64; (len as usize).div_ceil(8).max(1)];
        // SAFETY: `buf` holds at least `len` bytes, 8-byte aligned like TOKEN_USER.
        let ok = unsafe {
            GetTokenInformation(token, TokenUser, buf.as_mut_ptr().cast(), len, &mut len)
        };
        let err = io::Error::last_os_error();
        // SAFETY: closing the token opened above.
        unsafe { CloseHandle(token) };
        if ok == 0 {
            return Err(err);
        }
        Ok(buf)
    }

    /// Replaces `dir`'s access list with one entry, the current user with full control,
    /// inherited by everything below, and no entries inherited from above.
    pub fn restrict(dir: &Path) -> io::Result<()> {
        let user = current_user()?;
        // SAFETY: `current_user` filled the buffer with a TOKEN_USER.
        let sid = unsafe { (*user.as_ptr().cast::<TOKEN_USER>()).User.Sid };
        let access = EXPLICIT_ACCESS_W {
            grfAccessPermissions: FILE_ALL_ACCESS,
            grfAccessMode: SET_ACCESS,
            grfInheritance: SUB_CONTAINERS_AND_OBJECTS_INHERIT,
            Trustee: TRUSTEE_W {
                pMultipleTrustee: null_mut(),
                MultipleTrusteeOperation: NO_MULTIPLE_TRUSTEE,
                TrusteeForm: TRUSTEE_IS_SID,
                TrusteeType: TRUSTEE_IS_USER,
                ptstrName: sid.cast(),
            },
        };
        let mut acl: *mut ACL = null_mut();
        // SAFETY: one valid entry whose SID lives in `user` for the whole call.
        let rc = unsafe { SetEntriesInAclW(1, &access, null(), &mut acl) };
        if rc != ERROR_SUCCESS {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        let wide: Vec<u16> = dir
            .as_os_str()
            .encode_wide()
            .chain(std::iter::once(0))
            .collect();
        // SAFETY: NUL-terminated path; `acl` was allocated by SetEntriesInAclW above.
        let rc = unsafe {
            SetNamedSecurityInfoW(
                wide.as_ptr(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                acl,
                null(),
            )
        };
        // SAFETY: freeing what SetEntriesInAclW allocated, once.
        unsafe { LocalFree(acl.cast()) };
        if rc != ERROR_SUCCESS {
            return Err(io::Error::from_raw_os_error(rc as i32));
        }
        Ok(())
    }
}

#[cfg(all(test, windows))]
mod windows_tests {
    //! Run under Wine by scripts/package-check.sh (the core's unit tests built for Windows).

    use std::os::windows::fs::OpenOptionsExt;
    use std::ptr::null_mut;
    use std::time::Duration;

    use windows_sys::Win32::Foundation::{LocalFree, ERROR_SUCCESS};
    use windows_sys::Win32::Security::Authorization::{GetNamedSecurityInfoW, SE_FILE_OBJECT};
    use windows_sys::Win32::Security::{
        AclSizeInformation, EqualSid, GetAce, GetAclInformation, GetSecurityDescriptorControl,
        ACCESS_ALLOWED_ACE, ACL, ACL_SIZE_INFORMATION, DACL_SECURITY_INFORMATION,
        PSECURITY_DESCRIPTOR, SE_DACL_PROTECTED, TOKEN_USER,
    };

    use super::*;

    /// (number of entries, every entry is the current user, the list is protected).
    fn access_list(path: &Path) -> (u32, bool, bool) {
        use std::os::windows::ffi::OsStrExt;
        let wide: Vec<u16> = path.as_os_str().encode_wide().chain([0]).collect();
        let user = owner_only::current_user().unwrap();
        let user_sid = unsafe { (*user.as_ptr().cast::<TOKEN_USER>()).User.Sid };
        let mut dacl: *mut ACL = null_mut();
        let mut sd: PSECURITY_DESCRIPTOR = null_mut();
        let rc = unsafe {
            GetNamedSecurityInfoW(
                wide.as_ptr(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                &mut dacl,
                null_mut(),
                &mut sd,
            )
        };
        assert_eq!(rc, ERROR_SUCCESS, "GetNamedSecurityInfoW");
        let mut info: ACL_SIZE_INFORMATION = unsafe { std::mem::zeroed() };
        let ok = unsafe {
            GetAclInformation(
                dacl,
                (&mut info as *mut ACL_SIZE_INFORMATION).cast(),
                std::mem::size_of::<ACL_SIZE_INFORMATION>() as u32,
                AclSizeInformation,
            )
        };
        assert_ne!(ok, 0, "GetAclInformation");
        let mut all_user = true;
        for i in 0..info.AceCount {
            let mut ace: *mut core::ffi::c_void = null_mut();
            assert_ne!(unsafe { GetAce(dacl, i, &mut ace) }, 0, "GetAce");
            let ace = ace.cast::<ACCESS_ALLOWED_ACE>();
            let sid = unsafe { std::ptr::addr_of_mut!((*ace).SidStart) };
            all_user &= unsafe { EqualSid(sid.cast(), user_sid) } != 0;
        }
        let mut control = 0u16;
        let mut revision = 0u32;
        unsafe { GetSecurityDescriptorControl(sd, &mut control, &mut revision) };
        unsafe { LocalFree(sd.cast()) };
        (info.AceCount, all_user, control & SE_DACL_PROTECTED != 0)
    }

    #[test]
    fn a_private_directory_and_what_it_holds_belong_to_the_user_alone() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        create_private_dir(&dir).unwrap();
        assert_eq!(
            access_list(&dir),
            (1, true, true),
            "one entry, the user's, nothing inherited from the parent"
        );
        write_atomically(&dir.join("prefs.json"), b"{}").unwrap();
        let (entries, all_user, _) = access_list(&dir.join("prefs.json"));
        assert!(
            entries >= 1 && all_user,
            "a file inside inherits the owner-only list"
        );
    }

    #[test]
    fn a_replacement_waits_for_a_reader_that_does_not_share_deletion() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("passerelle.keys");
        std::fs::write(&target, b"old").unwrap();
        // Held the way a virus scanner holds a file: read access, no delete sharing.
        let held = std::fs::OpenOptions::new()
            .read(true)
            .share_mode(1) // FILE_SHARE_READ only
            .open(&target)
            .unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            drop(held);
        });
        write_atomically(&target, b"new").unwrap();
        release.join().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }
}

#[cfg(test)]
mod writing {
    use super::*;

    /// Only what is ours, by its own name: a link or a second name planted in the folder never
    /// carries the change to another of the worker's files; the folder reached through a link
    /// the worker made is narrowed.
    #[cfg(unix)]
    #[test]
    fn narrowing_a_folder_never_follows_a_link_planted_in_it() {
        use std::os::unix::fs::{symlink, PermissionsExt};
        let mode = |p: &Path| fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
        let set = |p: &Path, m: u32| fs::set_permissions(p, fs::Permissions::from_mode(m)).unwrap();
        let root = tempfile::tempdir().unwrap();
        let store = root.path().join("store");
        fs::create_dir(&store).unwrap();
        set(&store, 0o755);
        let elsewhere = root.path().join("ailleurs.txt");
        fs::write(&elsewhere, b"x").unwrap();
        set(&elsewhere, 0o644);
        symlink(&elsewhere, store.join("passerelle.link")).unwrap();
        fs::hard_link(&elsewhere, store.join("passerelle.hard")).unwrap();
        fs::write(store.join("passerelle.db"), b"db").unwrap();
        set(&store.join("passerelle.db"), 0o644);
        let through = root.path().join("lien-vers-store");
        symlink(&store, &through).unwrap();

        let narrowed = set_to_owner_only(&through, |name| name.starts_with("passerelle."));
        assert_eq!(narrowed, 2, "the folder and its database");
        assert_eq!(mode(&store), 0o700);
        assert_eq!(mode(&store.join("passerelle.db")), 0o600);
        assert_eq!(
            mode(&elsewhere),
            0o644,
            "never reached through a link or a second name"
        );
        assert_eq!(
            set_to_owner_only(&store, |_| true),
            0,
            "nothing left to narrow"
        );
        // Closed to its owner: a database made 0400 and the shared-memory file it gave its mode.
        set(&store.join("passerelle.db"), 0o400);
        fs::write(store.join("passerelle.db-shm"), b"shm").unwrap();
        set(&store.join("passerelle.db-shm"), 0o400);
        assert_eq!(
            set_to_owner_only(&store, |n| n.starts_with("passerelle.db")),
            2
        );
        assert_eq!(mode(&store.join("passerelle.db")), 0o600);
        assert_eq!(mode(&store.join("passerelle.db-shm")), 0o600);
    }

    /// What `dir` holds, by name.
    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_whole_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("rapport.csv");
        write_atomically(&target, b"old").unwrap();
        write_atomically(&target, b"new").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"new");
        assert_eq!(listing(dir.path()), ["rapport.csv"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&target).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only: {mode:o}");
        }
    }

    #[test]
    fn a_write_that_fails_leaves_the_target_and_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        // A folder holding a file cannot be replaced by a file: the rename fails.
        let target = dir.path().join("courrier.pdf");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("garder.txt"), b"kept").unwrap();
        assert!(write_beside_then_replace(&target, b"%PDF").is_err());
        assert_eq!(listing(dir.path()), ["courrier.pdf"]);
        assert_eq!(fs::read(target.join("garder.txt")).unwrap(), b"kept");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_where_the_temporary_file_goes_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("passerelle.db");
        fs::write(&victim, b"database").unwrap();
        let target = dir.path().join("export.json");
        for planted in [".export.json.tmp", ".export.json.partial"] {
            std::os::unix::fs::symlink(&victim, dir.path().join(planted)).unwrap();
        }
        write_atomically(&target, b"{}").unwrap();
        let (mut f, tmp) = create_beside(&target, "partial").unwrap();
        f.write_all(b"sealed").unwrap();
        assert!(!fs::symlink_metadata(&tmp).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&victim).unwrap(), b"database");
        assert_eq!(fs::read(&target).unwrap(), b"{}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Adversarial review, 2026-12-07: a case exported in clear, the CLI killed before its rename,
    /// left `.e.json.<random>.partial` beside the file through later exports of that name. The
    /// next write of the name removes what a cut write of it left, once a minute old, and only
    /// that.
    #[test]
    fn a_write_removes_what_a_cut_write_of_that_name_left() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("e.json");
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let plant = |name: &str, old: bool| {
            let path = dir.path().join(name);
            fs::write(&path, b"{\"familyName\": \"EKHATOR\"}").unwrap();
            if old {
                let file = fs::File::options().write(true).open(&path).unwrap();
                file.set_modified(an_hour_ago).unwrap();
            }
        };
        let cut = [".e.json.0123456789ab.partial", ".e.json.a1b2c3d4e5f6.tmp"];
        let kept = [
            // A write of a moment ago may be another program's.
            (".e.json.abcdefabcdef.partial", false),
            (".f.json.0123456789ab.partial", true),
            ("e.json.0123456789ab.partial", true),
            (".e.json.notes.partial", true),
        ];
        for name in cut {
            plant(name, true);
        }
        for (name, old) in kept {
            plant(name, old);
        }
        write_atomically(&target, b"{}").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"{}");
        for name in cut {
            assert!(!dir.path().join(name).exists(), "{name} removed");
        }
        for (name, _) in kept {
            assert!(dir.path().join(name).exists(), "{name} kept");
        }
    }
}
