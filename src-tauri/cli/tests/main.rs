//! The CLI's tests, as one test binary (one link, one pool of test threads). Each file stays a
//! module of its own. A new file must be declared here: `every_test_file_runs`
//! (tests/tests/main.rs) fails until it is.

mod documents_cli;
mod hostile_input_cli;
mod legal_cli;
mod prefecture;
mod report_cli;
mod rules_cli;
mod store;
mod support;
mod vault_ops_cli;
mod windows_cli;
