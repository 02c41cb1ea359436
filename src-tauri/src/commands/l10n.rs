//! Formatting for the UI: one batched call per screen.

use passerelle_core::app::{self, Message};

use crate::context::Ctx;
use crate::error::{guard, Result};

/// Formats each message in `lang` (default: the UI language).
#[tauri::command(async)]
pub fn l10n_format(ctx: Ctx<'_>, items: Vec<Message>, lang: Option<String>) -> Result<Vec<String>> {
    guard(|| Ok(app::format_messages(&ctx, &items, lang.as_deref())))
}
