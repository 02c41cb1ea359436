//! Formatting for the UI: one batched call per screen.

use passerelle_core::app::{self, Message};

use crate::context::Ctx;

/// Formats each message in `lang` (default: the UI language).
#[tauri::command(async)]
pub fn l10n_format(ctx: Ctx<'_>, items: Vec<Message>, lang: Option<String>) -> Vec<String> {
    app::format_messages(&ctx, &items, lang.as_deref())
}
