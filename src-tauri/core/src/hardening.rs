//! Process hardening: no core dumps or crash dumps, no same-user memory reads where the OS allows.
//!
//! A crash dump of an unlocked Passerelle would hold the data key and decrypted pages, and the OS
//! would write it in plaintext: systemd-coredump or apport on Linux, Windows Error Reporting
//! (WER) on Windows, whose « LocalDumps » an administrator may have turned into full-memory dumps
//! under `%LOCALAPPDATA%\CrashDumps`. KeePassXC (Linux) and KeePass (Windows) do the same at
//! start-up.
//!
//! | OS | what is done | what remains |
//! |---|---|---|
//! | Linux | `RLIMIT_CORE` = 0, `PR_SET_DUMPABLE` = 0 (also refuses ptrace by other same-user processes) | root |
//! | macOS | `RLIMIT_CORE` = 0 | same-user debuggers need the developer tools' entitlement; root |
//! | Windows | the executable excluded from WER for this user; an unhandled exception ends the process before WER sees it | a `__fastfail` abort goes to WER directly, which the exclusion covers unless a machine-wide policy overrides it; administrators and same-user processes can still read the memory of a running process |

/// Disables core dumps and crash dumps for this process, and same-user ptrace on Linux.
/// Returns true if and only if every measure of this OS took effect.
pub fn disable_core_dumps() -> bool {
    #[cfg(unix)]
    {
        // SAFETY: plain syscalls with valid arguments; they only change this process's limits.
        let rlimit_ok = unsafe {
            let zero = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &zero) == 0
        };
        #[cfg(target_os = "linux")]
        // SAFETY: as above; PR_SET_DUMPABLE takes plain integers.
        let dumpable_ok = unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 };
        #[cfg(not(target_os = "linux"))]
        let dumpable_ok = true;
        rlimit_ok && dumpable_ok
    }
    #[cfg(windows)]
    {
        windows::keep_out_of_error_reporting()
    }
}

#[cfg(windows)]
mod windows {
    use std::os::windows::ffi::OsStrExt;

    use windows_sys::Win32::System::Diagnostics::Debug::{
        SetUnhandledExceptionFilter, EXCEPTION_POINTERS,
    };
    use windows_sys::Win32::System::ErrorReporting::WerAddExcludedApplication;
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, TerminateProcess};

    /// Excludes this executable from WER for the current user (no administrator rights needed:
    /// the exclusion is a value under `HKCU\…\Windows Error Reporting\ExcludedApplications`, which
    /// the uninstaller removes), and ends the process on an unhandled exception without handing
    /// it to WER. Returns true if and only if the exclusion was recorded.
    pub fn keep_out_of_error_reporting() -> bool {
        // SAFETY: registers a function that lives as long as the program.
        unsafe { SetUnhandledExceptionFilter(Some(terminate_without_report)) };
        let Some(name) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.file_name().map(|n| n.to_os_string()))
        else {
            return false;
        };
        let name: Vec<u16> = name.encode_wide().chain(std::iter::once(0)).collect();
        // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; FALSE = this
        // user only.
        let hresult = unsafe { WerAddExcludedApplication(name.as_ptr(), 0) };
        hresult >= 0
    }

    /// The last-chance handler: the process ends with the exception's code, and WER, which would
    /// run next, never does.
    unsafe extern "system" fn terminate_without_report(info: *const EXCEPTION_POINTERS) -> i32 {
        // SAFETY: the system passes valid exception pointers to an unhandled-exception filter.
        let code = unsafe {
            info.as_ref()
                .and_then(|i| i.ExceptionRecord.as_ref())
                .map_or(1, |r| r.ExceptionCode as u32)
        };
        // SAFETY: terminating our own process.
        unsafe { TerminateProcess(GetCurrentProcess(), code) };
        // EXCEPTION_EXECUTE_HANDLER, should TerminateProcess ever return.
        1
    }
}
