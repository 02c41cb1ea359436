//! The core's integration tests, as one test binary: one link instead of one per file, and one
//! pool of test threads for all of them (ripgrep's layout). Each file is a module of its own;
//! `pdf_support` is shared by the `pdf_*` and `documents_*` ones.
//!
//! `vault_ops_startup.rs` is a target of its own (tests/Cargo.toml): it needs a process in which
//! SQLite has not started yet. A new file here must be declared below or in tests/Cargo.toml;
//! `every_test_file_runs` fails until it is (for the CLI's test binary too).

mod pdf_support;

mod case_file_limits;
mod documents_checklist;
mod documents_consent;
mod documents_letters;
mod e2e_script;
mod fuzz_corpus;
mod geo_l10n;
mod geo_shared_data;
mod geo_special_cases;
mod interview;
mod l10n;
mod legal_case_file;
mod legal_checklist;
mod legal_dates;
mod legal_pack;
mod legal_scenarios;
mod pdf_checklist;
mod pdf_l10n;
mod pdf_letters;
mod pdf_rtl;
mod pdf_samples;
mod report;
mod ui_preload;
mod vault;
mod vault_key_file_loss;
mod vault_ops_audit;
mod vault_ops_backup;
mod vault_ops_erasure;
mod vault_ops_handover;
mod vault_ops_l10n;
mod vault_ops_team;
mod vault_seized_laptop;
mod vault_strength;

/// Cargo no longer finds test files on its own (`autotests = false` here and in the CLI): a file
/// declared nowhere would silently never run.
#[test]
fn every_test_file_runs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let binaries = [
        (
            "tests/tests",
            include_str!("main.rs"),
            include_str!("../Cargo.toml"),
        ),
        (
            "src-tauri/cli/tests",
            include_str!("../../src-tauri/cli/tests/main.rs"),
            include_str!("../../src-tauri/cli/Cargo.toml"),
        ),
    ];
    for (dir, modules, manifest) in binaries {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name == "main.rs" || !name.ends_with(".rs") {
                continue;
            }
            assert!(
                modules.contains(&format!("\nmod {};", name.trim_end_matches(".rs")))
                    || manifest.contains(&format!("path = \"tests/{name}\"")),
                "{dir}/{name} is declared neither in {dir}/main.rs nor as a [[test]] target"
            );
        }
    }
}
