//! IPC commands: one module per UI area, each command a short adapter over the core.

pub mod cases;
pub mod dashboard;
pub mod documents;
pub mod followup;
pub mod interview;
pub mod l10n;
pub mod session;
pub mod settings;
