//! Hardens each WebKitGTK web process of Passerelle (issue 13), as the app hardens its own process
//! at start (`passerelle_core::hardening`).
//!
//! The web process renders the pages: while a session is open it holds what the worker types
//! (the passphrase at unlock, the recovery key at setup) and what the pages show (names, notes).
//! The app process sets `PR_SET_DUMPABLE` = 0 for itself, but the kernel resets that flag at
//! `execve`, so the web processes WebKit starts are dumpable again: a debugger or any program
//! running as the same user could read their memory through `ptrace` or `/proc/PID/mem` where
//! Yama allows it, and a crash handler could write a core file in clear. No API lets one process
//! change another's flag; code running inside the web process can, and a web extension is the
//! code WebKit runs there first, before any page is loaded.
//!
//! The resource limit `RLIMIT_CORE` = 0 is already inherited from the app; it is set again here
//! so that the extension alone suffices whoever starts the process.
//!
//! Nothing else is done: no WebKit API is called, no page is touched.

#![deny(unsafe_op_in_unsafe_fn)]

/// WebKitGTK's entry point, called once in each web process when the extension is loaded.
///
/// # Safety
/// Called by WebKit with its `WebKitWebExtension`, which is not used.
#[no_mangle]
pub unsafe extern "C" fn webkit_web_extension_initialize(_extension: *mut core::ffi::c_void) {
    if !harden() {
        // The web process's standard error is the app's: no log file of its own here.
        eprintln!("passerelle-webext: the web process could not be made non-dumpable");
    }
}

/// Makes this process non-dumpable and without core dumps. Returns true if both took effect.
pub fn harden() -> bool {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: plain syscalls with valid arguments; they only change this process.
        unsafe {
            let zero = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            let core = libc::setrlimit(libc::RLIMIT_CORE, &zero) == 0;
            let dumpable = libc::prctl(libc::PR_SET_DUMPABLE, 0 as libc::c_ulong, 0, 0, 0) == 0;
            core && dumpable
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    /// The entry point leaves the process non-dumpable with no core dumps (this test's process:
    /// it is what WebKit's web process runs).
    #[test]
    fn the_entry_point_makes_the_process_non_dumpable_without_core_dumps() {
        // SAFETY: plain syscalls reading this process's state.
        let before = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        assert_eq!(before, 1, "a test process starts dumpable");
        // SAFETY: WebKit passes its extension object, which the function does not read.
        unsafe { super::webkit_web_extension_initialize(core::ptr::null_mut()) };
        // SAFETY: as above.
        let after = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        assert_eq!(after, 0);
        let mut limit = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: `limit` is a valid rlimit to write into.
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut limit) }, 0);
        assert_eq!((limit.rlim_cur, limit.rlim_max), (0, 0));
    }
}
