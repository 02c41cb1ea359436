//! The legal core's checklist and deadlines, as the PDF engine takes them.
//!
//! Statuses and alternatives map one to one. The legal notes are written for the worker and exist
//! in French and English only; the paper the person carries gets short plain-language notes
//! instead (`pdf-note-*` in every checklist language), one per legal note that tells the person
//! something the box does not already say, plus one when a document is confiscated or undated,
//! and one naming the alternative she holds when that is what meets the item.

use crate::documents::{checklist_language, DocumentContext};
use crate::i18n::L10n;
use crate::legal::{self, Checklist, DeadlineKind, RouteId};
use crate::model::case::CaseFile;
use crate::pdf::{self, Bilingual, ChecklistItem, ItemStatus, KeyDate, KeyDateKind};
use crate::Result;

fn status(s: legal::ItemStatus) -> ItemStatus {
    match s {
        legal::ItemStatus::Ok => ItemStatus::Ok,
        legal::ItemStatus::Missing => ItemStatus::Missing,
        legal::ItemStatus::Expired => ItemStatus::Expired,
        legal::ItemStatus::Requested => ItemStatus::Requested,
        legal::ItemStatus::SatisfiedByAlternative => ItemStatus::SatisfiedByAlternative,
    }
}

/// The items as the P.J. list needs them: an item met by an alternative names only the
/// alternative the legal core found in hand and fresh (`via`), so that the letter encloses that
/// one and not another alternative the person holds but which is too old.
pub(super) fn held_items(list: &Checklist) -> Vec<ChecklistItem> {
    list.items
        .iter()
        .map(|i| ChecklistItem {
            kind: i.id,
            status: status(i.status),
            alternatives: match i.status {
                legal::ItemStatus::SatisfiedByAlternative => i.via.into_iter().collect(),
                _ => i.alternatives.clone(),
            },
            note: None,
        })
        .collect()
}

/// The person-facing note of an item, in French and `lang`, if there is one: why a document the
/// person may think she has does not count, else which alternative she holds, else the
/// plain-language version of the legal note.
fn note(item: &legal::ChecklistItem, lang: &str) -> Option<Bilingual> {
    let l10n = L10n::get();
    let fr = pdf::view::LETTER_LANGUAGE;
    if let (legal::ItemStatus::SatisfiedByAlternative, Some(via), None) =
        (item.status, item.via, item.reason.as_deref())
    {
        let key = serde_json::to_value(via)
            .ok()
            .and_then(|v| v.as_str().map(|s| format!("pdf-doc-{s}")))?;
        let with = |l: &str| {
            let document = l10n.format(l, &key, &[]);
            l10n.format(l, "pdf-note-via", &[("document", document)])
        };
        return Some(Bilingual {
            fr: with(fr),
            other: with(lang),
        });
    }
    let id = match item.reason.as_deref() {
        Some(reason) => format!("pdf-note-{reason}"),
        None => format!("pdf-note-{}", item.note_id.as_deref()?),
    };
    // Notes with no person-facing wording (the alternatives line already says it) are skipped.
    l10n.has(fr, &id).then(|| Bilingual {
        fr: l10n.format(fr, &id, &[]),
        other: l10n.format(lang, &id, &[]),
    })
}

fn key_date(d: &legal::Deadline) -> Option<KeyDate> {
    let kind = match d.kind {
        DeadlineKind::ReflectionPeriodEnd => KeyDateKind::ReflectionPeriodEnd,
        DeadlineKind::PermitExpires => KeyDateKind::PermitExpires,
        DeadlineKind::RenewalWindowOpens => KeyDateKind::RenewalWindowOpens,
        DeadlineKind::RenewalWindowCloses => KeyDateKind::RenewalWindowCloses,
        DeadlineKind::DocumentExpires => KeyDateKind::DocumentExpires,
        // The 18th-birthday deadlines concern a minor's own application, which the checklist
        // routes do not cover: the worker sees them in the app.
        DeadlineKind::Turns18 | DeadlineKind::MajorityApplicationCloses => return None,
    };
    Some(KeyDate {
        kind,
        date: d.date,
        document: d.document,
    })
}

/// Renders the bilingual checklist of `route` for `case`.
pub(super) fn render(
    case: &CaseFile,
    ctx: &DocumentContext,
    route_id: RouteId,
    route: pdf::Route,
) -> Result<Vec<u8>> {
    // The checklist needs no office, but a person where the CESEDA does not apply must not be
    // handed a CESEDA checklist. An address too vague to find the office is no reason to refuse.
    if let Err(e @ crate::Error::CesedaNotApplicable { .. }) = super::competent_office(case) {
        return Err(e);
    }
    let lang = checklist_language(case, ctx);
    let list = legal::checklist(case, route_id, ctx.today);
    let items: Vec<ChecklistItem> = list
        .items
        .iter()
        .map(|i| ChecklistItem {
            kind: i.id,
            status: status(i.status),
            alternatives: i.alternatives.clone(),
            note: note(i, lang),
        })
        .collect();
    let key_dates: Vec<KeyDate> = legal::deadlines(case, ctx.today)
        .iter()
        .filter_map(key_date)
        .collect();
    let view = pdf::ChecklistView::build(&pdf::ChecklistInput {
        route,
        items: &items,
        key_dates: &key_dates,
        lang,
        date: ctx.today,
    });
    pdf::render_checklist(&view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::{Document, DocumentKind, DocumentStatus};

    #[test]
    fn an_item_met_by_an_alternative_encloses_the_fresh_one_only() {
        let mut case = crate::pdf::samples::spec_case();
        // The consular card is held; the nationality certificate too, but too old.
        case.documents.push(Document {
            kind: DocumentKind::NationalityCertificate,
            status: DocumentStatus::Have,
            date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
        });
        case.documents.push(Document {
            kind: DocumentKind::ConsularCard,
            status: DocumentStatus::Have,
            date: None,
        });
        let list = legal::checklist(&case, RouteId::CstL4251, crate::pdf::samples::sample_date());
        let held = held_items(&list);
        let passport = held
            .iter()
            .find(|i| i.kind == DocumentKind::Passport)
            .expect("a first card asks for a passport");
        assert_eq!(passport.status, ItemStatus::SatisfiedByAlternative);
        let enclosed: Vec<DocumentKind> = pdf::enclosures(&case, &held)
            .iter()
            .map(|e| e.kind)
            .collect();
        assert!(
            enclosed.contains(&DocumentKind::ConsularCard),
            "{enclosed:?}"
        );
        assert!(
            !enclosed.contains(&DocumentKind::NationalityCertificate),
            "too old to enclose: {enclosed:?}"
        );
        assert!(!enclosed.contains(&DocumentKind::Passport), "confiscated");
        let passport = list
            .items
            .iter()
            .find(|i| i.id == DocumentKind::Passport)
            .unwrap();
        let n = note(passport, "en").expect("the alternative held is named");
        assert!(n.fr.contains("Carte consulaire"), "{}", n.fr);
        assert!(n.other.contains("Consular card"), "{}", n.other);
    }

    #[test]
    fn a_confiscated_document_and_the_birth_certificate_get_notes_in_both_languages() {
        let mut case = crate::pdf::samples::spec_case();
        // Passport confiscated, no alternative asked for yet.
        case.documents
            .retain(|d| d.kind != DocumentKind::ConsularCertificate);
        let list = legal::checklist(&case, RouteId::CstL4251, crate::pdf::samples::sample_date());
        let item = |kind| list.items.iter().find(|i| i.id == kind).unwrap();
        let passport = item(DocumentKind::Passport);
        assert_eq!(passport.reason.as_deref(), Some("confiscated"));
        let n = note(passport, "ru").expect("a confiscated passport is explained");
        assert!(n.fr.starts_with("Confisqué"), "{}", n.fr);
        assert_ne!(n.fr, n.other);
        let n = note(item(DocumentKind::BirthCertificate), "ru")
            .expect("the birth certificate carries a note");
        assert!(n.fr.contains("intégrale"), "{}", n.fr);
        assert!(
            n.other.chars().any(|c| ('а'..='я').contains(&c)),
            "Russian: {}",
            n.other
        );
    }
}
