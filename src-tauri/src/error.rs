//! `UiError`: the only error that crosses IPC, as `{ code, messageId, args, message }`.
//!
//! The UI branches on `code`; `message` is `messageId` already formatted in the UI language (Rust
//! owns formatting). The detail of the underlying error is logged here, code only.

use std::collections::BTreeMap;

use passerelle_core::error::LogSafe;
use passerelle_core::i18n::L10n;
use passerelle_core::Error;
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UiError {
    pub code: &'static str,
    pub message_id: &'static str,
    pub args: BTreeMap<&'static str, String>,
    pub message: String,
}

impl UiError {
    pub fn from_core(e: Error, lang: &str) -> Self {
        match &e {
            Error::WrongPassphrase
            | Error::WrongRecoveryKey
            | Error::RecoveryKeyMalformed
            | Error::Locked => {
                log::info!("{}", LogSafe(&e))
            }
            _ => log::warn!("{}", LogSafe(&e)),
        }
        // The core names a field by its code (`association.workerName`); a person reads its
        // label, when the errors file has one.
        let args = e.localized_args(lang);
        let message = L10n::get().format(lang, e.message_id(), &args);
        UiError {
            code: e.code(),
            message_id: e.message_id(),
            args: args.into_iter().collect(),
            message,
        }
    }
}
