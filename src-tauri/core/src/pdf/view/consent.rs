//! The bilingual consent record the person keeps: the notice she was given, in French and her
//! language side by side, her choices with their dates, and room for two signatures. Like the
//! checklist, it names no one.

use chrono::NaiveDate;

use crate::codes::code;
use crate::i18n::format::date_long;
use crate::i18n::Arg;
use crate::model::case::{consent_notice_ids, Consent, ConsentDecision, ConsentStatus};

use super::{checklist_language, fr, msg, Bilingual, LETTER_LANGUAGE};

/// What the consent record needs: the consent recorded in the case, who asks, in which language.
#[derive(Debug, Clone, Copy)]
pub struct ConsentInput<'a> {
    /// The decisions recorded in the case, if any.
    pub consent: Option<&'a Consent>,
    /// The association's name, for « X vous accompagne… »; `None`: « L'association ».
    pub association: Option<&'a str>,
    /// The person's language (a language without translations falls back to English).
    pub lang: &'a str,
    /// The printing day.
    pub date: NaiveDate,
}

/// One purpose of the consent record, with the decision recorded for it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentChoice {
    /// The decision, `None` while not asked (drawn as a mark in the box).
    pub decision: Option<ConsentStatus>,
    /// What it is for.
    pub purpose: Bilingual,
    /// « Oui, le 26 novembre 2026 ».
    pub status_text: Bilingual,
}

/// The consent record the person keeps: the notice she was given, in French and her language
/// side by side, her choices, and room for two signatures. Like the checklist, it names no one.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsentView {
    /// The printing day; the PDF's creation date and the default file name come from it.
    pub date: NaiveDate,
    /// The language of the second column; `fr`: French alone, in one column.
    pub lang: String,
    /// Title (the notice's own).
    pub title: Bilingual,
    /// « Document remis le … ».
    pub issued: Bilingual,
    /// The notice's paragraphs, in the order of [`consent_notice_ids`] after the title.
    pub notice: Vec<Bilingual>,
    /// « Vos choix ».
    pub choices_title: Bilingual,
    /// One box per purpose.
    pub choices: Vec<ConsentChoice>,
    /// The captions of the two signature spaces: the person's, then the worker's.
    pub signatures: [Bilingual; 2],
}

impl ConsentView {
    /// Writes the consent record in French and in `input.lang` (or English; see
    /// [`checklist_language`]), or in French alone when that is hers, with the text of the notice
    /// version recorded (a version-1 record prints version 1's text, the one she was given), the
    /// current one when none is.
    pub fn build(input: &ConsentInput<'_>) -> ConsentView {
        let lang = checklist_language(input.lang);
        let columns = |id: &str, fr_args: &[Arg<'_>], other_args: &[Arg<'_>]| Bilingual {
            fr: fr(id, fr_args),
            other: msg(lang, id, other_args),
        };
        let both = |id: &str| columns(id, &[], &[]);
        let on_date = |id: &str, date: NaiveDate| {
            columns(
                id,
                &[("date", date_long(date, LETTER_LANGUAGE))],
                &[("date", date_long(date, lang))],
            )
        };
        let association = |in_lang: &str| match input.association.map(str::trim) {
            Some(name) if !name.is_empty() => name.to_string(),
            _ => msg(in_lang, "pdf-consent-unnamed-association", &[]),
        };
        let version = input.consent.and_then(|c| c.notice_version);
        let (title_id, paragraph_ids) = consent_notice_ids(version)
            .split_first()
            .expect("BUG: the consent notice has a title");
        let notice = paragraph_ids
            .iter()
            .map(|id| {
                columns(
                    id,
                    &[("association", association(LETTER_LANGUAGE))],
                    &[("association", association(lang))],
                )
            })
            .collect();
        let consent = input.consent.cloned().unwrap_or_default();
        let choice = |purpose: &str, decision: &Option<ConsentDecision>| {
            let status_text = match decision {
                None => both("pdf-consent-not-asked"),
                Some(d) => {
                    let key = code(d.status);
                    match d.date {
                        Some(date) => on_date(&format!("pdf-consent-{key}"), date),
                        None => both(&format!("pdf-consent-{key}-undated")),
                    }
                }
            };
            ConsentChoice {
                decision: decision.as_ref().map(|d| d.status),
                purpose: both(&format!("pdf-consent-purpose-{purpose}")),
                status_text,
            }
        };
        ConsentView {
            date: input.date,
            lang: lang.to_string(),
            title: both(title_id),
            issued: on_date("pdf-consent-issued", input.date),
            notice,
            choices_title: both("pdf-consent-choices"),
            choices: vec![
                choice("storage", &consent.storage),
                choice("prefecture", &consent.share_with_prefecture),
                choice("lawyer", &consent.share_with_lawyer),
            ],
            signatures: [
                both("pdf-consent-signature-person"),
                both("pdf-consent-signature-worker"),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_consent_view_writes_each_decision_with_its_date_in_both_languages() {
        let v = crate::pdf::samples::consent_view("es");
        assert_eq!(v.lang, "es");
        assert_eq!(v.title.fr, "Vos informations et votre accord");
        assert_eq!(
            v.notice.len(),
            crate::model::case::CONSENT_NOTICE_IDS.len() - 1,
            "title apart"
        );
        assert!(
            v.notice[0]
                .fr
                .starts_with("Passerelle Solidarité vous accompagne"),
            "{}",
            v.notice[0].fr
        );
        assert_eq!(v.choices[0].decision, Some(ConsentStatus::Given));
        assert_eq!(
            v.choices[0].status_text.fr,
            "Oui, le 2\u{a0}octobre\u{a0}2026"
        );
        assert!(v.choices[0].status_text.other.contains("2026"));
        assert_eq!(v.choices[2].decision, None);
        assert_eq!(v.choices[2].status_text.fr, "Pas encore demandé");
        // Without an association or a translation: « L'association », and English.
        let none = ConsentView::build(&ConsentInput {
            consent: None,
            association: Some("  "),
            lang: "ti",
            date: crate::pdf::samples::sample_date(),
        });
        assert_eq!(none.lang, "en");
        assert!(none.notice[0].fr.starts_with("L’association"));
        assert!(none.notice[0].other.starts_with("The association"));
        assert!(none.choices.iter().all(|c| c.decision.is_none()));
    }

    /// Nothing recorded yet: the blank record is the notice to give, today's version; a
    /// version-1 record keeps version 1's text.
    #[test]
    fn the_notice_printed_is_the_recorded_version_else_the_current_one() {
        let build = |consent: Option<&Consent>| {
            ConsentView::build(&ConsentInput {
                consent,
                association: Some("Association Exemple"),
                lang: "ar",
                date: crate::pdf::samples::sample_date(),
            })
        };
        let intro = |id: &str| msg("ar", id, &[("association", "Association Exemple".into())]);
        assert_eq!(build(None).notice[0].other, intro("consent-notice-intro-2"));
        let v1 = Consent {
            notice_language: Some("ar".into()),
            notice_version: Some(1),
            ..Consent::default()
        };
        assert_eq!(
            build(Some(&v1)).notice[0].other,
            intro("consent-notice-intro")
        );
        assert_ne!(
            intro("consent-notice-intro"),
            intro("consent-notice-intro-2")
        );
    }
}
