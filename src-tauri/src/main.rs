#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Every block Rust frees is zeroed first: what a session decrypted leaves no copy in freed memory
/// after the lock (issue 13; cost in docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: passerelle_core::app::process::ZeroOnFree =
    passerelle_core::app::process::ZeroOnFree::new();

fn main() {
    // First, while this is the only thread: WebKit's web process inherits the environment.
    #[cfg(target_os = "linux")]
    passerelle_app::webkit::paint_without_compositing();
    // Before anything holds a secret: an unlocked vault must never end up in a core dump.
    passerelle_core::app::process::disable_core_dumps();
    passerelle_app::run();
}
