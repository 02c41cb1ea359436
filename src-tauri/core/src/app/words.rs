//! What a person reads of an error's field and reason: the field by its label, the reason by its
//! message, never a JSON path, a setting's code or a parser's English.

use crate::error::{Field, Invalid};
use crate::i18n::L10n;
use crate::interview::{view::question_label, QuestionId};
use crate::Error;

/// The arguments of `e`'s message, worded in `lang`.
pub(super) fn error_args(e: &Error, lang: &str) -> Vec<(&'static str, String)> {
    match e {
        Error::InvalidField { field, reason } => vec![
            ("field", field_label(field, lang)),
            ("fieldKind", field.kind_code().to_string()),
            ("reason", reason_text(reason, lang)),
        ],
        Error::Required { field } | Error::HiddenCharacters { field } => vec![
            ("field", field_label(field, lang)),
            ("fieldKind", field.kind_code().to_string()),
        ],
        Error::FieldTooLong { field, max } | Error::TooManyItems { field, max } => vec![
            ("field", field_label(field, lang)),
            ("fieldKind", field.kind_code().to_string()),
            ("max", crate::i18n::format::integer(u64::from(*max), lang)),
        ],
        _ => e.message_args(),
    }
}

/// Why a document cannot be written yet, in `lang`: the fact to fill in (« À renseigner :
/// plainte ou témoignage. »), or what is wrong with a field, as one sentence; any other error in
/// its own words. Not a failed command's message (« Rien n'a été enregistré » would be wrong: the
/// page saves nothing), and no log line: the page expects it.
pub(super) fn missing_fact_text(e: &Error, lang: &str) -> String {
    let l10n = L10n::get();
    let text = match e {
        // A decision, not a field to fill: said as it is, with no field's name before it.
        Error::InvalidField { reason, .. } if decided_in_file(e) => reason_text(reason, lang),
        Error::Required { field } => l10n.format(
            lang,
            "case-document-needs",
            &[("field", field_label(field, lang))],
        ),
        Error::InvalidField { field, reason } => l10n.format(
            lang,
            "case-document-needs-change",
            &[
                ("field", field_label(field, lang)),
                ("reason", reason_text(reason, lang)),
            ],
        ),
        _ => l10n.format(lang, e.message_id(), &error_args(e, lang)),
    };
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// True when `e` is a decision recorded in the case's « Dossier » tab (the case closed, her
/// consent refused), not an answer to complete.
pub(super) fn decided_in_file(e: &Error) -> bool {
    matches!(
        e,
        Error::InvalidField {
            reason: crate::error::Invalid::CaseClosed
                | crate::error::Invalid::ConsentNotGiven
                | crate::error::Invalid::ConsentNotAsked,
            ..
        }
    )
}

/// The label of `field` in `lang`: « date de naissance de la personne », « type de la pièce
/// n° 2 », « la question « Quelle est votre nationalité ? » ».
///
/// A case-file path this build has no label for (a key only a newer version writes) is named by
/// its nearest labelled parent, at worst « le dossier »: never by the path itself.
pub fn field_label(field: &Field, lang: &str) -> String {
    let l10n = L10n::get();
    if let Field::Question(id) = field {
        if let Some(q) = QuestionId::parse(id) {
            let question = quoted_within_quotes(&question_label(q, lang, true), lang);
            return l10n.format(lang, "field-question", &[("question", question)]);
        }
    }
    let (mut id, position) = field.label_id();
    while !l10n.has(lang, &id) {
        match id.rfind('-') {
            Some(at) if at > "field-".len() => id.truncate(at),
            _ => break,
        }
    }
    let args: Vec<(&str, String)> = position
        .map(|n| ("index", n.to_string()))
        .into_iter()
        .collect();
    l10n.format(lang, &id, &args)
}

/// `text` to be quoted inside a quotation: its own quotation marks become the inner ones
/// (French « … » → “…”, English “…” → ‘…’), so that a question that quotes a word
/// (« chez » l’association) does not read as quotes inside quotes.
fn quoted_within_quotes(text: &str, lang: &str) -> String {
    if lang == "fr" {
        text.replace("«\u{a0}", "“")
            .replace("\u{a0}»", "”")
            .replace('«', "“")
            .replace('»', "”")
    } else {
        text.replace('“', "‘").replace('”', "’")
    }
}

/// What is wrong, in `lang`: a route by its name.
pub fn reason_text(reason: &Invalid, lang: &str) -> String {
    let l10n = L10n::get();
    let args: Vec<(&str, String)> = reason
        .message_args()
        .into_iter()
        .map(|(name, value)| match name {
            "route" => (
                name,
                l10n.format(lang, &format!("legal-route-{value}"), &[]),
            ),
            // Why a route does not fit: the assessment's own reason, worded.
            "reason" if l10n.has(lang, &format!("legal-reason-{value}")) => (
                name,
                l10n.format(lang, &format!("legal-reason-{value}"), &[]),
            ),
            // A bound is a number to read: « au plus 2 000 caractères »; a year is not grouped.
            "max" | "min" if !matches!(reason, Invalid::YearOutOfRange { .. }) => {
                match value.parse::<u64>() {
                    Ok(n) => (name, crate::i18n::format::integer(n, lang)),
                    Err(_) => (name, value),
                }
            }
            _ => (name, value),
        })
        .collect();
    l10n.format(lang, &reason.message_id(), &args)
}
