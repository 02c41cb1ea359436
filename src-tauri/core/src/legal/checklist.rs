//! The document checklist of a route: which documents, which alternatives, and where each stands
//! on the reference day (the planned filing date, or today if that is later or unknown).
//!
//! Status of an item, first match wins:
//! 1. `ok`: the document is in hand and fresh enough;
//! 2. `satisfied-by-alternative`: an accepted alternative is in hand and fresh enough;
//! 3. `requested`: the document, or an alternative, has been asked for;
//! 4. `expired`: the document (or an alternative) is in hand but too old on the reference day;
//! 5. `missing`, with `reason: date-unknown` when it is in hand but its date, which decides its
//!    freshness, is not recorded (it is never assumed fresh), or `reason: confiscated`.
//!
//! A document in hand whose own validity ended (`documents[].expires`, a passport say) still
//! counts — whether the prefecture accepts an expired passport as proof of identity is not in
//! the facts sheet — after any valid one, with `reason: document-expired` and its end in
//! `fresh_until`, so that her checklist does not say « vous l'avez » of it without a word while
//! the cover letter lists it « expiré le … ».
//!
//! The current residence document is read from `currentPermit` (valid until its `expires`,
//! `expired` after it) unless `documents[]` answers for it; `fresh_until` is then its end of
//! validity.

use chrono::NaiveDate;

use super::dates;
use super::pack::{Confidence, ItemRule, RouteId, RulePack};
use super::{Checklist, ChecklistItem, ChecklistNote, ItemStatus, PackInfo};
use crate::model::case::{CaseFile, DocumentStatus, Permit, PermitKind, PieceKind};

/// The checklist of `route` for `case`, with the embedded rule pack.
pub fn checklist(case: &CaseFile, route: RouteId, today: NaiveDate) -> Checklist {
    checklist_with(RulePack::active(), case, route, today)
}

/// The route whose checklist fits the case best ([`super::Assessment::default_route`]).
pub fn default_route(case: &CaseFile, today: NaiveDate) -> RouteId {
    super::assess(case, today).default_route()
}

/// What the case holds of one document kind, on the reference day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holding {
    // Ordered from best to worst: the best document of a kind decides.
    Fresh(Option<NaiveDate>),
    /// In hand, fresh enough, but its validity ended on this day (before the reference day).
    Ended(NaiveDate),
    Requested,
    Stale(NaiveDate),
    Undated,
    Confiscated,
    Absent,
}

fn holding(pack: &RulePack, case: &CaseFile, kind: PieceKind, reference: NaiveDate) -> Holding {
    if kind == PieceKind::CurrentPermit && !case.documents.iter().any(|d| d.kind == kind) {
        if let Some(held) = case
            .current_permit
            .as_ref()
            .and_then(|p| permit_holding(p, reference))
        {
            return held;
        }
    }
    let freshness = pack.freshness(kind);
    case.documents
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| match d.status {
            // Fresh enough, its validity ended: ended (her residence document's end is its
            // renewal, not a caveat: `permit_holding`). Too old or undated, that comes first
            // (code review, 2026-12-05).
            // Her residence document's line with no end of its own ends with the card recorded
            // (letters review, 2026-12-05: « en cours de validité — vous l'avez » of a card that
            // had ended, the letter beside it saying so).
            DocumentStatus::Have => match (
                fresh_holding(freshness, d, reference),
                d.expires.or_else(|| {
                    (kind == PieceKind::CurrentPermit)
                        .then(|| case.current_permit.as_ref()?.expires)
                        .flatten()
                }),
            ) {
                (Holding::Fresh(_), Some(end)) if end < reference => {
                    if kind == PieceKind::CurrentPermit {
                        Holding::Stale(end)
                    } else {
                        Holding::Ended(end)
                    }
                }
                (held, _) => held,
            },
            DocumentStatus::Requested => Holding::Requested,
            DocumentStatus::Confiscated => Holding::Confiscated,
            DocumentStatus::Missing => Holding::Absent,
        })
        .min_by(|a, b| rank(a).cmp(&rank(b)).then(later_first(a, b)))
        .unwrap_or(Holding::Absent)
}

/// What a document in hand is worth by its age alone, by the freshness rule of its kind if any.
fn fresh_holding(
    freshness: Option<&super::pack::FreshnessRule>,
    d: &crate::model::case::Document,
    reference: NaiveDate,
) -> Holding {
    match freshness {
        None => Holding::Fresh(None),
        Some(rule) => match d
            .date
            .and_then(|issued| dates::last_day_younger_than(issued, rule.max_age_months))
        {
            None => Holding::Undated,
            Some(last) if reference <= last => Holding::Fresh(Some(last)),
            Some(last) => Holding::Stale(last),
        },
    }
}

/// `held` unless the copy in hand was signed before the day from which the piece counts: before
/// the item's `requiredFrom` (no such contract existed), or, for a piece signed anew for each
/// application, before her current card was issued (it was for that card). It is then `expired`
/// since the eve of that day: to sign again.
fn signed_too_early(pack: &RulePack, rule: &ItemRule, case: &CaseFile, held: Holding) -> Holding {
    // Her card's day: as recorded on it, else on the card's own line of the documents, else
    // counted back from its end by the card's legal length.
    let card_issued = case
        .current_permit
        .as_ref()
        .filter(|p| p.kind.is_title() && rule.signed_since_current_permit)
        .and_then(|p| {
            p.issued
                .or_else(|| {
                    case.documents
                        .iter()
                        .filter(|d| d.kind == PieceKind::CurrentPermit)
                        .find_map(|d| d.date)
                })
                .or_else(|| {
                    let validity = pack.permit(p.kind)?.validity?;
                    let start = match (validity.years, validity.days) {
                        (Some(years), _) => dates::sub_months(p.expires?, years * 12)?,
                        (None, Some(days)) => dates::sub_days(p.expires?, days)?,
                        (None, None) => return None,
                    };
                    dates::add_days(start, 1)
                })
        });
    let from = rule.required_from.into_iter().chain(card_issued).max();
    let signed = case
        .documents
        .iter()
        .filter(|d| d.kind == rule.id && d.status == DocumentStatus::Have)
        .filter_map(|d| d.date)
        .max();
    match (held, from, signed) {
        (Holding::Fresh(_), Some(from), Some(signed)) if signed < from => {
            Holding::Stale(dates::sub_days(from, 1).unwrap_or(signed))
        }
        (held, _, _) => held,
    }
}

/// The residence document she holds now, as the case records it (`currentPermit`), on the
/// reference day: a card, an APS or an application récépissé is in her hands (it is how the
/// worker knew its dates) and counts while valid; once ended it is `expired` (« plus valable »,
/// not « too old »). A document whose end is not recorded is never assumed valid; a reflection
/// récépissé, an asylum certificate or another document is not a residence document of this
/// list. An answer about the document itself (`documents[]`: a card lost, withheld or asked for
/// again) is more precise and wins ([`holding`]).
fn permit_holding(permit: &Permit, reference: NaiveDate) -> Option<Holding> {
    if !permit.kind.is_residence_document() {
        return None;
    }
    Some(match permit.expires {
        None => Holding::Undated,
        Some(last) if reference <= last => Holding::Fresh(Some(last)),
        Some(last) => Holding::Stale(last),
    })
}

fn rank(h: &Holding) -> u8 {
    match h {
        Holding::Fresh(_) => 0,
        Holding::Ended(_) => 1,
        Holding::Requested => 2,
        Holding::Stale(_) => 3,
        Holding::Undated => 4,
        Holding::Confiscated => 5,
        Holding::Absent => 6,
    }
}

fn later_first(a: &Holding, b: &Holding) -> std::cmp::Ordering {
    match (a, b) {
        (Holding::Fresh(x), Holding::Fresh(y)) => y.cmp(x),
        (Holding::Ended(x), Holding::Ended(y)) | (Holding::Stale(x), Holding::Stale(y)) => y.cmp(x),
        _ => std::cmp::Ordering::Equal,
    }
}

/// The day an application is assessed for: the planned filing date when it is to come and not
/// carried out ([`super::deadlines::planned_filing`]), else `today`.
pub(crate) fn reference_day(case: &CaseFile, today: NaiveDate) -> NaiveDate {
    super::deadlines::planned_filing(case)
        .filter(|p| *p > today)
        .unwrap_or(today)
}

/// True when the reflection récépissé was handed over: its day is recorded, or she holds it.
fn recepisse_reflection_issued(case: &CaseFile) -> bool {
    case.reflection_period
        .as_ref()
        .is_some_and(|r| r.recepisse_issued.is_some())
        || case
            .current_permit
            .as_ref()
            .is_some_and(|p| p.kind == PermitKind::RecepisseReflection)
}

/// The checklist of `route` with `pack`.
pub fn checklist_with(
    pack: &RulePack,
    case: &CaseFile,
    route: RouteId,
    today: NaiveDate,
) -> Checklist {
    // A renewal prepared before its window opens is filed in time on that day at the earliest:
    // its documents' freshness is judged then (legal review, 2026-12-06: a proof of address
    // « Vous l'avez » that would be stale on every day she could file in time).
    let reference = reference_day(case, today);
    let reference =
        super::deadlines::renewal_opens_after(pack, case, route, reference).unwrap_or(reference);
    let in_force = pack.in_force_on(reference);
    let pack: &RulePack = &in_force;
    // Under 16 on the filing day the L425-1 card cannot be issued (R425-5): no documents to
    // gather for it. (Certainly under 16: an approximate birth date that may be 16 keeps the list.)
    let under16 = route == RouteId::CstL4251
        && dates::under(dates::ages_of(&case.person, reference), 16) == Some(true);
    let rule = pack.checklist(route).filter(|_| !under16);
    let items: Vec<ChecklistItem> = rule
        .map(|r| {
            r.items
                .iter()
                .filter(|i| i.id != PieceKind::ProceedingsOngoingProof || !proceedings_over(case))
                // The photo of the reflection récépissé, once that récépissé is handed over (PDF
                // review, 2026-12-05: « À obtenir » on her paper beside the récépissé she holds).
                .filter(|i| {
                    route != RouteId::ReflectionPeriod
                        || i.id != PieceKind::IdentityPhoto
                        || !recepisse_reflection_issued(case)
                })
                .filter(|i| {
                    route != RouteId::ApsL4254
                        || i.id != PieceKind::CurrentPermit
                        || case.holds_aps_on(reference)
                })
                .map(|i| item(pack, case, &as_it_applies(i, case), reference))
                .collect()
        })
        .unwrap_or_default();
    let note_ids: Vec<&str> = match rule {
        Some(r) => r.notes.iter().map(String::as_str).collect(),
        None if under16 => vec!["minor-under-16-no-permit"],
        None => Vec::new(),
    };
    let notes: Vec<ChecklistNote> = note_ids
        .into_iter()
        .filter_map(|id| pack.note(id))
        .map(|n| ChecklistNote {
            id: n.id.clone(),
            legal_basis: n.legal_basis.clone(),
            confidence: n.confidence,
            confirm_by_jurist: n.confidence.needs_jurist(),
        })
        .collect();
    let confidence = rule.map_or(
        if under16 {
            super::Confidence::V
        } else {
            super::Confidence::I
        },
        |r| r.confidence,
    );
    let confirm_by_jurist = confidence.needs_jurist()
        || items
            .iter()
            .any(|i| i.confirm_by_jurist || i.note_confidence.is_some_and(|c| c.needs_jurist()))
        || notes.iter().any(|n| n.confirm_by_jurist);
    Checklist {
        route,
        items,
        notes,
        reference_date: reference,
        confidence,
        confirm_by_jurist,
        rule_pack: PackInfo::of(pack, today),
    }
}

/// `rule` as it applies to her. A witness who filed no complaint has no complaint receipt to
/// obtain: R425-5's other proof, the reference of the proceedings that hold her testimony, is the
/// piece her list asks for, named as such (letters audit, 2026-12-06: « Récépissé de dépôt de
/// plainte — À obtenir » on a witness's list, then « Demande faite » of a receipt that cannot
/// exist, once the reference was asked for).
fn as_it_applies<'r>(rule: &'r ItemRule, case: &CaseFile) -> std::borrow::Cow<'r, ItemRule> {
    let witness_only = case.cooperation.complaint.is_none() && case.cooperation.testimony.is_some();
    if rule.id != PieceKind::ComplaintReceipt
        || !witness_only
        || !rule.alternatives.contains(&PieceKind::ProcedureReference)
    {
        return std::borrow::Cow::Borrowed(rule);
    }
    let mut applies = rule.clone();
    applies.id = PieceKind::ProcedureReference;
    applies
        .alternatives
        .retain(|k| *k != PieceKind::ProcedureReference);
    std::borrow::Cow::Owned(applies)
}

/// True when the case records the criminal proceedings as ended without a conviction (acquittal,
/// dismissal): no proof that they go on can be asked of her (review, 2026-12-04: her checklist
/// told her to obtain one after an acquittal). A conviction final on a day to come leaves them
/// going on until then.
fn proceedings_over(case: &CaseFile) -> bool {
    use crate::model::case::CriminalStage;
    case.criminal_case.as_ref().is_some_and(|c| {
        matches!(
            c.stage,
            Some(CriminalStage::Acquittal | CriminalStage::Dismissed)
        )
    })
}

/// True when she holds an APS (L425-4): the same route renews it for the whole programme, and its
/// list then asks for the authorisation in force, as a renewal's does (law review F9). A first
/// application has no permit of that kind to enclose.
fn item(pack: &RulePack, case: &CaseFile, rule: &ItemRule, reference: NaiveDate) -> ChecklistItem {
    // Optional only when every nationality she holds makes it so, and her first one is known:
    // with another nationality beside an Algerian one, the prefecture may treat her under the
    // other (whether the 1968 agreement governs a dual national is for a jurist: the Algerian
    // warning says so), and a signed contract in hand costs nothing while a missing one stalls
    // the application.
    let nationalities = case.person.nationalities();
    let exempt = case.person.nationality.is_some()
        && nationalities
            .iter()
            .all(|n| rule.optional_for_nationalities.iter().any(|x| x == n));
    let note = if exempt {
        rule.optional_note.as_ref().or(rule.note.as_ref())
    } else {
        rule.note.as_ref()
    };
    let note_confidence = note.and_then(|n| pack.note(n)).map(|n| n.confidence);
    // An exemption the pack does not hold as verified does not take the piece off the list
    // (flag, don't guess): its note says it may be optional, to confirm, and the piece stays
    // required — signing the contract costs nothing, a missing one stalls the application.
    let exemption_verified = exempt
        && rule
            .optional_note
            .as_deref()
            .and_then(|n| pack.note(n))
            .is_some_and(|n| n.confidence == Confidence::V);
    let confidence = rule.confidence;
    let mut out = ChecklistItem {
        id: rule.id,
        status: ItemStatus::Missing,
        alternatives: rule.alternatives.clone(),
        note_id: note.cloned(),
        legal_basis: rule.legal_basis.clone(),
        confidence,
        confirm_by_jurist: confidence.needs_jurist(),
        note_confidence,
        optional: exemption_verified
            || rule.optional
            || rule.required_from.is_some_and(|from| reference < from),
        via: None,
        fresh_until: None,
        reason: None,
    };
    let own = signed_too_early(pack, rule, case, holding(pack, case, rule.id, reference));
    if let Holding::Fresh(until) = own {
        out.status = ItemStatus::Ok;
        out.fresh_until = until;
        return out;
    }
    let alternatives: Vec<(PieceKind, Holding)> = rule
        .alternatives
        .iter()
        .map(|k| (*k, holding(pack, case, *k, reference)))
        .collect();
    if let Some((kind, Holding::Fresh(until))) = alternatives
        .iter()
        .find(|(_, h)| matches!(h, Holding::Fresh(_)))
    {
        out.status = ItemStatus::SatisfiedByAlternative;
        out.via = Some(*kind);
        out.fresh_until = *until;
        return out;
    }
    // In hand with its validity ended, and nothing valid beside it: whether it is still accepted
    // is not in the facts sheet [I] (verification, 2026-12-05: shown [V]).
    let ended = |mut out: ChecklistItem, via: Option<PieceKind>, end: NaiveDate| {
        out.status = if via.is_some() {
            ItemStatus::SatisfiedByAlternative
        } else {
            ItemStatus::Ok
        };
        out.via = via;
        out.fresh_until = Some(end);
        out.reason = Some("document-expired".to_string());
        out.confidence = out.confidence.weakest(Confidence::I);
        out.confirm_by_jurist = true;
        out
    };
    if let Holding::Ended(end) = own {
        return ended(out, None, end);
    }
    if let Some((kind, Holding::Ended(end))) = alternatives
        .iter()
        .find(|(_, h)| matches!(h, Holding::Ended(_)))
    {
        return ended(out, Some(*kind), *end);
    }
    if own == Holding::Confiscated {
        // What replaces it: the alternative asked for, if any (the alternatives list the rest);
        // else one she holds whose date is too old (`fresh_until`) or not noted (`date-unknown`),
        // said as such (letters audit, 2026-12-06: « Accepté à la place : certificat de
        // nationalité » while hers was 23 months old, and nothing said it).
        out.status = ItemStatus::Confiscated;
        out.reason = Some("confiscated".to_string());
        if let Some((k, _)) = alternatives.iter().find(|(_, h)| *h == Holding::Requested) {
            out.via = Some(*k);
        } else if let Some((k, Holding::Stale(last))) = alternatives
            .iter()
            .find(|(_, h)| matches!(h, Holding::Stale(_)))
        {
            out.via = Some(*k);
            out.fresh_until = Some(*last);
        } else if let Some((k, _)) = alternatives.iter().find(|(_, h)| *h == Holding::Undated) {
            out.via = Some(*k);
            out.reason = Some("date-unknown".to_string());
        }
        return out;
    }
    if own == Holding::Requested {
        out.status = ItemStatus::Requested;
        return out;
    }
    if let Some((kind, _)) = alternatives.iter().find(|(_, h)| *h == Holding::Requested) {
        out.status = ItemStatus::Requested;
        out.via = Some(*kind);
        return out;
    }
    // Too old by a freshness rule: the item is no surer than that rule (the e-photo's six months
    // are an inference [I]: « expired » is then for a jurist to confirm).
    let expired = |mut out: ChecklistItem, kind: PieceKind, last: NaiveDate| {
        out.status = ItemStatus::Expired;
        out.fresh_until = Some(last);
        if let Some(rule) = pack.freshness(kind) {
            out.confidence = out.confidence.weakest(rule.confidence);
            out.confirm_by_jurist = out.confidence.needs_jurist();
        }
        out
    };
    if let Holding::Stale(last) = own {
        return expired(out, rule.id, last);
    }
    if let Some((kind, Holding::Stale(last))) = alternatives
        .iter()
        .find(|(_, h)| matches!(h, Holding::Stale(_)))
    {
        out.via = Some(*kind);
        return expired(out, *kind, *last);
    }
    out.reason = match own {
        Holding::Undated => Some("date-unknown".to_string()),
        Holding::Confiscated => Some("confiscated".to_string()),
        _ if alternatives.iter().any(|(_, h)| *h == Holding::Undated) => {
            Some("date-unknown".to_string())
        }
        _ => None,
    };
    out
}
