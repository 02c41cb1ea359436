//! Dated deadlines of a case: the end of the reflection period (R425-2), the expiry of the
//! current document and its renewal window (R431-5), the freshness of supporting documents on the
//! filing day, and the 18th birthday of a minor (R431-5 2° and 3°).
//!
//! Past deadlines are kept (flagged `passed`): a missed window is a fact the worker must see.
//! A date the case does not record is never invented; the one exception is a card's expiry,
//! which is estimated from its legal duration ("+1 year −1 day") and flagged `estimated`.

use chrono::NaiveDate;

use super::dates;
use super::pack::{Confidence, DeadlineKind, RulePack};
use super::Deadline;
use crate::model::case::{CaseFile, DocumentStatus, Permit, PermitKind};

/// The deadlines of `case`, sorted by date, with the embedded rule pack.
pub fn deadlines(case: &CaseFile, today: NaiveDate) -> Vec<Deadline> {
    deadlines_with(RulePack::embedded(), case, today)
}

/// The first deadline on or after `today`.
pub fn next_deadline(case: &CaseFile, today: NaiveDate) -> Option<Deadline> {
    deadlines(case, today).into_iter().find(|d| !d.passed)
}

/// The renewal window (first day, last day) of a document of `kind` expiring on `expires`, if the
/// pack says it is renewed.
pub fn renewal_window(
    pack: &RulePack,
    kind: PermitKind,
    expires: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    let renewal = pack.permit(kind)?.renewal.as_ref()?;
    let window = pack.renewal_window(&renewal.window)?;
    let opens = match (window.opens_days_before, window.opens_months_before) {
        (Some(days), _) => dates::sub_days(expires, days)?,
        (None, Some(months)) => dates::sub_months(expires, months)?,
        (None, None) => return None,
    };
    let closes = dates::sub_days(expires, window.closes_days_before)?;
    Some((opens, closes))
}

/// The expiry a document would have from its legal duration, when the case records only its
/// issue date.
pub fn estimated_expiry(pack: &RulePack, permit: &Permit) -> Option<NaiveDate> {
    let validity = pack.permit(permit.kind)?.validity?;
    let issued = permit.issued?;
    match (validity.years, validity.days) {
        (Some(years), _) => dates::last_day_of_years(issued, years),
        (None, Some(days)) => dates::sub_days(dates::add_days(issued, days)?, 1),
        (None, None) => None,
    }
}

/// Which paragraph of R431-5 sets the last day to apply for a first card after the 18th birthday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MajorityRule {
    /// 2°: the people it lists (L423-22: placed with child welfare or a trusted third party no
    /// later than 16) apply until the eve of their 19th birthday.
    Second,
    /// 3°: the others apply within the two months after their 18th birthday.
    Third,
    /// The placement is not established: the earlier day while it is to come, then the later one,
    /// to be confirmed with the placement.
    Unknown,
}

impl MajorityRule {
    /// The selector the messages use.
    pub(crate) fn code(self) -> &'static str {
        match self {
            MajorityRule::Second => "second",
            MajorityRule::Third => "third",
            MajorityRule::Unknown => "unknown",
        }
    }
}

/// The 18th birthday and the last day to apply after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MajorityWindow {
    pub turns18: NaiveDate,
    pub closes: NaiveDate,
    pub rule: MajorityRule,
}

/// The application window after the 18th birthday (R431-5 2° and 3°), for a person of 16 or more
/// whose window has not closed: earlier it is noise, later it is over.
pub(crate) fn majority_window(
    pack: &RulePack,
    case: &CaseFile,
    today: NaiveDate,
) -> Option<MajorityWindow> {
    let birth = case.person.birth_date?;
    let rule = pack.deadline(DeadlineKind::MajorityApplicationCloses)?;
    let turns18 = dates::birthday(birth, 18)?;
    let third = dates::sub_days(dates::add_months(turns18, rule.months?)?, 1)?;
    let second = dates::sub_days(dates::birthday(birth, rule.eve_of_birthday?)?, 1)?;
    let (closes, rule) = match super::assess::placement_timing(case) {
        "by-16" => (second, MajorityRule::Second),
        "unknown" if today > third => (second, MajorityRule::Unknown),
        "unknown" => (third, MajorityRule::Unknown),
        _ => (third, MajorityRule::Third),
    };
    let old_enough = dates::age_on(birth, today).is_some_and(|a| a >= 16);
    (old_enough && today <= closes).then_some(MajorityWindow {
        turns18,
        closes,
        rule,
    })
}

fn make(
    kind: DeadlineKind,
    date: NaiveDate,
    basis: Vec<String>,
    confidence: Confidence,
    today: NaiveDate,
) -> Deadline {
    let mut legal_basis: Vec<String> = Vec::with_capacity(basis.len());
    for b in basis {
        if !legal_basis.contains(&b) {
            legal_basis.push(b);
        }
    }
    Deadline {
        kind,
        date,
        legal_basis,
        document: None,
        permit: None,
        confidence,
        confirm_by_jurist: confidence.needs_jurist(),
        estimated: false,
        passed: date < today,
    }
}

/// The deadlines of `case` with `pack`, sorted by date.
pub fn deadlines_with(pack: &RulePack, case: &CaseFile, today: NaiveDate) -> Vec<Deadline> {
    let mut out = Vec::new();

    if let (Some(rule), Some(issued)) = (
        pack.deadline(DeadlineKind::ReflectionPeriodEnd),
        case.reflection_period
            .as_ref()
            .and_then(|r| r.recepisse_issued),
    ) {
        if let Some(end) = rule.days.and_then(|days| dates::add_days(issued, days)) {
            out.push(make(
                DeadlineKind::ReflectionPeriodEnd,
                end,
                rule.legal_basis.clone(),
                rule.confidence,
                today,
            ));
        }
    }

    if let Some(permit) = case.current_permit.as_ref() {
        out.extend(permit_deadlines(pack, permit, today));
    }

    if let Some(rule) = pack.deadline(DeadlineKind::DocumentExpires) {
        for doc in case
            .documents
            .iter()
            .filter(|d| d.status == DocumentStatus::Have)
        {
            let (Some(issued), Some(fresh)) = (doc.date, pack.freshness(doc.kind)) else {
                continue;
            };
            let Some(last) = dates::last_day_younger_than(issued, fresh.max_age_months) else {
                continue;
            };
            let mut basis = fresh.legal_basis.clone();
            basis.extend(rule.legal_basis.iter().cloned());
            let mut d = make(
                DeadlineKind::DocumentExpires,
                last,
                basis,
                fresh.confidence.weakest(rule.confidence),
                today,
            );
            d.document = Some(doc.kind);
            out.push(d);
        }
    }

    if let Some(window) = majority_window(pack, case, today) {
        if let Some(rule) = pack.deadline(DeadlineKind::Turns18) {
            out.push(make(
                DeadlineKind::Turns18,
                window.turns18,
                rule.legal_basis.clone(),
                rule.confidence,
                today,
            ));
        }
        if let Some(rule) = pack.deadline(DeadlineKind::MajorityApplicationCloses) {
            let mut d = make(
                DeadlineKind::MajorityApplicationCloses,
                window.closes,
                rule.legal_basis.clone(),
                rule.confidence,
                today,
            );
            // The later day rests on a placement the case does not establish.
            d.confirm_by_jurist |= window.rule == MajorityRule::Unknown;
            out.push(d);
        }
    }

    out.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.kind.cmp(&b.kind))
            .then(a.document.cmp(&b.document))
    });
    out
}

fn permit_deadlines(pack: &RulePack, permit: &Permit, today: NaiveDate) -> Vec<Deadline> {
    let mut out = Vec::new();
    let (expires, estimated) = match permit.expires {
        Some(e) => (Some(e), false),
        None => (estimated_expiry(pack, permit), true),
    };
    let (Some(expires), Some(rule)) = (expires, pack.deadline(DeadlineKind::PermitExpires)) else {
        return out;
    };
    let permit_rule = pack.permit(permit.kind);
    let mut basis = permit_rule
        .map(|p| p.legal_basis.clone())
        .unwrap_or_default();
    basis.extend(rule.legal_basis.iter().cloned());
    let confidence = permit_rule.map_or(rule.confidence, |p| p.confidence.weakest(rule.confidence));
    out.push(make(
        DeadlineKind::PermitExpires,
        expires,
        basis,
        confidence,
        today,
    ));
    // Once a renewal is filed the window no longer matters.
    if permit.renewal_filed_on.is_none() {
        if let (Some((opens, closes)), Some(renewal)) = (
            renewal_window(pack, permit.kind, expires),
            permit_rule.and_then(|p| p.renewal.as_ref()),
        ) {
            let window_confidence = pack
                .renewal_window(&renewal.window)
                .map_or(renewal.confidence, |w| {
                    w.confidence.weakest(renewal.confidence)
                });
            for (kind, date) in [
                (DeadlineKind::RenewalWindowOpens, opens),
                (DeadlineKind::RenewalWindowCloses, closes),
            ] {
                let Some(rule) = pack.deadline(kind) else {
                    continue;
                };
                let mut basis = renewal.legal_basis.clone();
                basis.extend(rule.legal_basis.iter().cloned());
                out.push(make(
                    kind,
                    date,
                    basis,
                    window_confidence.weakest(rule.confidence),
                    today,
                ));
            }
        }
    }
    for d in &mut out {
        d.permit = Some(permit.kind);
        d.estimated = estimated;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn anef_window_opens_120_and_closes_60_days_before_expiry() {
        let pack = RulePack::embedded();
        let (opens, closes) = renewal_window(pack, PermitKind::CstVpf, d(2027, 1, 15)).unwrap();
        assert_eq!(
            opens,
            d(2026, 9, 17),
            "R431-5: day −120, across the year boundary"
        );
        assert_eq!(closes, d(2026, 11, 16), "R431-5: day −60");
    }

    #[test]
    fn a_recepisse_has_no_renewal_window() {
        assert_eq!(
            renewal_window(
                RulePack::embedded(),
                PermitKind::RecepisseApplication,
                d(2027, 1, 15)
            ),
            None
        );
    }
}
