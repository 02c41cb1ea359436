//! Process hardening: no core dumps, no same-user memory reads.
//!
//! A crash dump of an unlocked Passerelle would hold the data key and decrypted pages; the OS
//! would write it in plaintext (systemd-coredump, apport). KeePassXC does the same at start-up.

/// Disables core dumps and ptrace attachment by other processes of the same user (Linux).
/// Returns true if and only if both took effect.
pub fn disable_core_dumps() -> bool {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: plain syscalls with valid arguments; they only change this process's limits.
        unsafe {
            let zero = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            let rlimit_ok = libc::setrlimit(libc::RLIMIT_CORE, &zero) == 0;
            let dumpable_ok = libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
            rlimit_ok && dumpable_ok
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}
