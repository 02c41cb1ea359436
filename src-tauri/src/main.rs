#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Before anything holds a secret: an unlocked vault must never end up in a core dump.
    passerelle_core::app::process::disable_core_dumps();
    passerelle_app::run();
}
