//! IPC commands: one module per UI area, each command a short adapter over the core.

pub mod audit;
pub mod backup;
pub mod cases;
pub mod documents;
pub mod followup;
pub mod handover;
pub mod interview;
pub mod l10n;
pub mod report;
pub mod rules;
pub mod session;
pub mod settings;
pub mod team;

/// Every command the page can call, given to `$then!` (`tauri::generate_handler` in `lib.rs`):
/// one list, which the handler and the shell's contract tests both read.
macro_rules! all {
    ($($then:tt)+) => {
        $($then)+![
            crate::commands::l10n::l10n_format,
            crate::commands::session::app_status,
            crate::commands::session::passphrase_strength,
            crate::commands::session::passphrase_generate,
            crate::commands::session::session_create,
            crate::commands::session::session_set_aside_database,
            crate::commands::session::session_unlock,
            crate::commands::session::session_recovery_key_noted,
            crate::commands::session::session_lock,
            crate::commands::session::session_idle_lock,
            crate::commands::session::session_touch,
            crate::commands::session::session_copied,
            crate::commands::session::session_change_passphrase,
            crate::commands::session::session_passphrase_slots,
            crate::commands::session::session_reset_passphrase,
            crate::commands::session::session_quick_lock,
            crate::commands::session::session_reveal,
            crate::commands::session::session_info,
            crate::commands::session::app_close,
            crate::commands::cases::case_list,
            crate::commands::cases::case_create,
            crate::commands::cases::case_namesakes,
            crate::commands::cases::case_overview,
            crate::commands::cases::case_get,
            crate::commands::cases::case_set_closed,
            crate::commands::cases::case_set_consent,
            crate::commands::cases::case_delete,
            crate::commands::cases::retention_list,
            crate::commands::cases::dashboard_get,
            crate::commands::interview::interview_step,
            crate::commands::interview::interview_answer,
            crate::commands::interview::interview_language,
            crate::commands::interview::interview_review,
            crate::commands::followup::case_answer,
            crate::commands::followup::case_reading_language,
            crate::commands::followup::note_add,
            crate::commands::followup::note_edit,
            crate::commands::followup::note_delete,
            crate::commands::followup::appointment_save,
            crate::commands::followup::appointment_delete,
            crate::commands::followup::application_save,
            crate::commands::followup::application_delete,
            crate::commands::documents::document_export,
            crate::commands::documents::document_print,
            crate::commands::documents::review_sheet_export,
            crate::commands::documents::case_addressee,
            crate::commands::documents::addressee_title_save,
            crate::commands::documents::addressee_signer_save,
            crate::commands::settings::settings_get,
            crate::commands::settings::settings_update,
            crate::commands::settings::association_get,
            crate::commands::settings::association_save,
            crate::commands::backup::backup_status,
            crate::commands::backup::backup_create,
            crate::commands::backup::backup_verify,
            crate::commands::backup::backup_restore,
            crate::commands::handover::handover_export,
            crate::commands::handover::handover_import,
            crate::commands::team::team_list,
            crate::commands::team::team_new_recovery_key,
            crate::commands::team::team_add,
            crate::commands::team::team_remove,
            crate::commands::team::team_rotate_key,
            crate::commands::audit::audit_list,
            crate::commands::audit::audit_export,
            crate::commands::report::report_save,
            crate::commands::report::report_period,
            crate::commands::rules::rules_show,
            crate::commands::rules::rules_import,
            crate::commands::rules::rules_rollback,
            crate::commands::rules::rules_notices,
            crate::commands::rules::rules_case_notices,
            crate::commands::rules::rules_mark_seen,
        ]
    };
}
pub(crate) use all;
