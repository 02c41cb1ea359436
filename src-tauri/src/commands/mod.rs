//! IPC commands: one module per UI area, each command a short adapter over the core.

pub mod audit;
pub mod backup;
pub mod cases;
pub mod documents;
pub mod followup;
pub mod handover;
pub mod interview;
pub mod l10n;
pub mod session;
pub mod settings;
pub mod team;
