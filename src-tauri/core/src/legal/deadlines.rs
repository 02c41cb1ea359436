//! Dated deadlines of a case: the end of the reflection period (R425-2), the expiry of the
//! current document and its renewal window (R431-5), the freshness of supporting documents on the
//! filing day, the 18th birthday of a minor (R431-5 2° and 3°), and the filing day the worker
//! plans.
//!
//! Past deadlines are kept (flagged `passed`): a missed window is a fact the worker must see.
//! A date the case does not record is never invented; the one exception is a card's expiry,
//! which is estimated from its legal duration ("+1 year −1 day") and flagged `estimated`.

use chrono::NaiveDate;

use super::dates;
use super::pack::{Confidence, DeadlineKind, RulePack};
use super::Deadline;
use crate::model::case::{
    Application, ApplicationDecision, CaseFile, CriminalStage, DecisionOutcome, DocumentStatus,
    Permit, PermitKind, RouteId,
};

/// An application filed at most this many days before the planned filing day carries it out.
pub const PLANNED_FILING_DONE_DAYS: u32 = 60;

/// The deadlines of `case`, sorted by date, with the embedded rule pack.
pub fn deadlines(case: &CaseFile, today: NaiveDate) -> Vec<Deadline> {
    deadlines_with(RulePack::active(), case, today)
}

/// How long the last window after 18 stays on her case once closed, passed, with no application
/// on file.
const MISSED_MAJORITY_WINDOW_KEPT_DAYS: u32 = 365;

/// A deadline of a case with the days it applies on, whatever today is: what can be computed
/// once, when the case is written, and compared with today when it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    /// The deadline (`passed` is false: it depends on the day it is read).
    pub deadline: Deadline,
    /// The first day it applies on, if not always (a minor's 18th birthday: from her 16th).
    pub applies_from: Option<NaiveDate>,
    /// The last day it applies on, if not always (the same: until her window after 18 closes).
    pub applies_until: Option<NaiveDate>,
}

impl Dated {
    /// True if and only if the deadline applies on `day`.
    pub fn applies_on(&self, day: NaiveDate) -> bool {
        self.applies_from.is_none_or(|from| from <= day)
            && self.applies_until.is_none_or(|until| day <= until)
    }
}

/// Every deadline `case` can have, each with the days it applies on, sorted, with the embedded
/// rule pack: [`deadlines`] on a given day is this list filtered to that day.
pub fn timeline(case: &CaseFile) -> Vec<Dated> {
    timeline_with(RulePack::active(), case)
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
        // « Dans le courant des deux mois précédant l'expiration »: the first day from which
        // two months later is past the expiry (legal review, 2026-12-05: an APS valid until 30
        // April opened on 28 February, more than two months before; verification: 30 August
        // opened on 30 June, 28 February on 29 December). Filing before the window is what
        // `renewal-filed-early` warns of, so the later day is taken where months are short.
        (None, Some(months)) => {
            let mut day = dates::add_days(dates::sub_months(expires, months)?, 1)?;
            while dates::add_months(day, months)? <= expires {
                day = dates::add_days(day, 1)?;
            }
            day
        }
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

/// The asylum registration day and the last day to apply on other grounds after it (L431-2):
/// `months` after the registration, minus one day. The décret's counting is not read, so the
/// earlier day is taken.
pub(crate) fn asylum_other_grounds(
    pack: &RulePack,
    case: &CaseFile,
) -> Option<(NaiveDate, NaiveDate)> {
    let (registered, closes) = asylum_window(pack, case)?;
    // Applied on other grounds since: the window has done its work.
    if title_applied(case, Some(registered)) {
        return None;
    }
    Some((registered, closes))
}

/// The asylum claim's registration day and the last day of the L431-2 window it opens, whether
/// or not an application was filed since.
pub(crate) fn asylum_window(pack: &RulePack, case: &CaseFile) -> Option<(NaiveDate, NaiveDate)> {
    let registered = case.asylum_claim.as_ref()?.registered_on?;
    let months = pack
        .deadline(DeadlineKind::AsylumOtherGroundsCloses)?
        .months?;
    let closes = dates::sub_days(dates::add_months(registered, months)?, 1)?;
    Some((registered, closes))
}

/// Which paragraph of R431-5 sets the last day to apply for a first card after the 18th birthday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MajorityRule {
    /// 2° (the eve of the 19th birthday) for someone placed with child welfare or a trusted
    /// third party no later than 16. But the card L423-22 also asks for a training followed
    /// seriously, the ties with the family left at home and the host structure's opinion, which
    /// the case does not record: without them 3° applies (review, 2026-12-04: the eve of the
    /// 19th birthday was given as certain, ten months after the day 3° may set). The earlier
    /// day while it is to come, then the later one, both to be confirmed.
    SecondIfItsConditions,
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
            MajorityRule::SecondIfItsConditions => "second-if-its-conditions",
            MajorityRule::Third => "third",
            MajorityRule::Unknown => "unknown",
        }
    }

    /// Its day rests on a fact the case does not establish: to be confirmed by a jurist.
    pub(crate) fn uncertain(self) -> bool {
        matches!(
            self,
            MajorityRule::Unknown | MajorityRule::SecondIfItsConditions
        )
    }
}

/// The 18th birthday and the last day to apply after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MajorityWindow {
    pub turns18: NaiveDate,
    pub closes: NaiveDate,
    pub rule: MajorityRule,
    /// The last day the window is shown on: the day it closes, or, for an approximate birth date
    /// (counted from its first day), the day it would close were she born on the last: until then
    /// she may still be 17, or inside her window.
    pub until: NaiveDate,
}

/// The application windows after the 18th birthday (R431-5 2° and 3°), each with the first day it
/// applies on, whatever today is: from the 16th birthday (earlier it is noise) until it closes
/// (later it is over). While the placement is not established, the earlier day applies until it
/// passes, then the later one. None for a minor whose title (an L425-1 card from 16) is still
/// valid on her 18th birthday: R431-5 2° and 3° concern the first application at 18, and her card
/// follows its own renewal window (an inference [I], docs/legal-rules.md). A card that ends
/// before that day, or whose end is not recorded, keeps the windows.
///
/// An approximate birth date counts from its first day (the earliest deadlines), and each window
/// is kept until the one counted from its last day closes ([`MajorityWindow::until`]); her title
/// covers her only if it runs past the latest day she may turn 18 on.
pub(crate) fn majority_windows(
    pack: &RulePack,
    case: &CaseFile,
) -> Vec<(NaiveDate, MajorityWindow)> {
    // Her first application is recorded as filed: the window asked for it. Not the one that gave
    // her the card she holds, when that card ends before she turns 18 (below): an application
    // counts from the day after that card was issued (law audit, 2026-12-05: a card granted at 16
    // and expired at 17 hid the deadline at 18 for good).
    let since = case
        .current_permit
        .as_ref()
        .filter(|p| p.kind.is_title())
        .and_then(|p| p.issued)
        .and_then(|issued| dates::add_days(issued, 1));
    if title_applied(case, since) {
        return Vec::new();
    }
    let Some((earliest, latest)) = case.person.birth_range() else {
        return Vec::new();
    };
    // Covered only if her title runs past even the latest day she may turn 18 on.
    let covered = dates::birthday(latest, 18).is_some_and(|turns18| {
        case.current_permit
            .as_ref()
            .is_some_and(|p| p.kind.is_title() && p.expires.is_some_and(|e| e >= turns18))
    });
    if covered {
        return Vec::new();
    }
    let mut windows = majority_windows_from(pack, case, earliest).unwrap_or_default();
    // Each window is kept until the same window, counted from the latest birth day, closes.
    let latest_windows = majority_windows_from(pack, case, latest).unwrap_or_default();
    for ((_, window), (_, last)) in windows.iter_mut().zip(latest_windows) {
        window.until = window.until.max(last.closes);
    }
    windows
}

/// True when the case shows her in France before her 18th birthday (the earliest day she may
/// have turned 18): placed with child welfare by then, or a day of hers there before it — a
/// complaint, a testimony, the exit programme, the accompaniment, a document of stay, the
/// reflection récépissé, a protection order, a consent given or refused, a note, an appointment.
/// R431-5's windows after 18 concern her only then (facts sheet §5): an adult who came later had
/// none.
pub(crate) fn here_as_a_minor(case: &CaseFile) -> bool {
    let Some(turns18) = case
        .person
        .birth_range()
        .and_then(|(earliest, _)| dates::birthday(earliest, 18))
    else {
        return false;
    };
    let placed_as_a_minor = case
        .child_welfare
        .as_ref()
        .is_some_and(|w| w.placed_on.is_none_or(|on| on < turns18));
    let consent = case.consent.as_ref().map_or(Vec::new(), |c| {
        [&c.storage, &c.share_with_prefecture, &c.share_with_lawyer]
            .into_iter()
            .flatten()
            .filter_map(|d| d.date)
            .collect()
    });
    let days = [
        case.cooperation.complaint.as_ref().and_then(|c| c.date),
        case.cooperation.testimony.as_ref().and_then(|t| t.date),
        case.exit_prostitution_programme
            .as_ref()
            .and_then(|e| e.admitted_on),
        case.accompaniment.as_ref().and_then(|a| a.since),
        case.current_permit.as_ref().and_then(|p| p.issued),
        reflection_issued(case),
        case.protection_order.as_ref().and_then(|o| o.issued_on),
    ]
    .into_iter()
    .flatten()
    .chain(consent)
    .chain(case.notes.iter().map(|n| n.at.date_naive()))
    .chain(case.appointments.iter().map(|a| a.date));
    placed_as_a_minor || days.into_iter().any(|d| d < turns18)
}

/// [`majority_windows`] for a birth on `birth`.
fn majority_windows_from(
    pack: &RulePack,
    case: &CaseFile,
    birth: NaiveDate,
) -> Option<Vec<(NaiveDate, MajorityWindow)>> {
    let rule = pack.deadline(DeadlineKind::MajorityApplicationCloses)?;
    let turns16 = dates::birthday(birth, 16)?;
    let turns18 = dates::birthday(birth, 18)?;
    let third = dates::sub_days(dates::add_months(turns18, rule.months?)?, 1)?;
    let second = dates::sub_days(dates::birthday(birth, rule.eve_of_birthday?)?, 1)?;
    let window = |closes, rule| MajorityWindow {
        turns18,
        closes,
        rule,
        until: closes,
    };
    // The earlier day (3°) while it is to come, then the later one (2°).
    let earlier_then_later = |rule| {
        Some(vec![
            (turns16, window(third, rule)),
            (dates::add_days(third, 1)?, window(second, rule)),
        ])
    };
    Some(match super::assess::placement_timing(case) {
        "by-16" => earlier_then_later(MajorityRule::SecondIfItsConditions)?,
        "unknown" => earlier_then_later(MajorityRule::Unknown)?,
        _ => vec![(turns16, window(third, MajorityRule::Third))],
    })
}

/// The application window after the 18th birthday that applies on `today` ([`majority_windows`]).
pub(crate) fn majority_window(
    pack: &RulePack,
    case: &CaseFile,
    today: NaiveDate,
) -> Option<MajorityWindow> {
    majority_windows(pack, case)
        .into_iter()
        .find(|(from, w)| *from <= today && today <= w.until)
        .map(|(_, w)| w)
}

fn make(
    kind: DeadlineKind,
    date: NaiveDate,
    basis: Vec<String>,
    confidence: Confidence,
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
        freshness: false,
        confidence,
        confirm_by_jurist: confidence.needs_jurist(),
        estimated: false,
        passed: false,
        closes_before: None,
        opens_after: None,
    }
}

/// The deadlines of `case` with `pack` on `today`, sorted by date.
pub fn deadlines_with(pack: &RulePack, case: &CaseFile, today: NaiveDate) -> Vec<Deadline> {
    // Dated rules: the timeline applies each version on the days it is in force.
    let mut list: Vec<Deadline> = timeline_with(pack, case)
        .into_iter()
        .filter(|d| d.applies_on(today))
        .map(|d| Deadline {
            passed: d.deadline.date < today,
            ..d.deadline
        })
        .collect();
    let (late, early) = plan_windows(pack, case, &list, today);
    for d in list
        .iter_mut()
        .filter(|d| d.kind == DeadlineKind::PlannedFiling)
    {
        d.closes_before = late;
        d.opens_after = early;
    }
    list
}

/// [`timeline`] with `pack`.
///
/// Where the pack dates some rules (`validFrom`/`validUntil`), the timeline is computed with the
/// rules of each period between two transition days, and each deadline applies only on the days
/// of its period: what is derived once still needs no day, and each day reads the deadlines of
/// the rules in force that day.
pub fn timeline_with(pack: &RulePack, case: &CaseFile) -> Vec<Dated> {
    let periods = pack.periods();
    if periods.len() <= 1 {
        return timeline_of(pack, case);
    }
    let mut out = Vec::new();
    for (start, end) in periods {
        let in_force = pack.in_force_on(start.unwrap_or(NaiveDate::MIN));
        for mut d in timeline_of(&in_force, case) {
            d.applies_from = d.applies_from.max(start).or(start);
            d.applies_until = match (d.applies_until, end) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if let (Some(from), Some(until)) = (d.applies_from, d.applies_until) {
                if from > until {
                    continue;
                }
            }
            out.push(d);
        }
    }
    sort(&mut out);
    out
}

fn sort(out: &mut [Dated]) {
    out.sort_by(|a, b| {
        let (a, b) = (&a.deadline, &b.deadline);
        a.date
            .cmp(&b.date)
            .then(a.kind.cmp(&b.kind))
            .then(a.document.cmp(&b.document))
    });
}

/// The timeline with every rule of `pack`, undated.
fn timeline_of(pack: &RulePack, case: &CaseFile) -> Vec<Dated> {
    let mut out = Vec::new();
    let always = |deadline| Dated {
        deadline,
        applies_from: None,
        applies_until: None,
    };

    if let (Some(rule), Some(end)) = (
        pack.deadline(DeadlineKind::ReflectionPeriodEnd),
        reflection_end(pack, case),
    ) {
        out.push(always(make(
            DeadlineKind::ReflectionPeriodEnd,
            end,
            rule.legal_basis.clone(),
            rule.confidence,
        )));
    }

    if let Some(permit) = case.current_permit.as_ref() {
        out.extend(permit_deadlines(
            pack,
            case,
            permit,
            renewal_ends_on(pack, case, permit),
        ));
    }

    if let (Some(rule), Some((_, closes))) = (
        pack.deadline(DeadlineKind::AsylumOtherGroundsCloses),
        asylum_other_grounds(pack, case),
    ) {
        out.push(always(make(
            DeadlineKind::AsylumOtherGroundsCloses,
            closes,
            rule.legal_basis.clone(),
            rule.confidence,
        )));
    }

    // The worker's own date: no rule, nothing to confirm.
    if let Some(day) = planned_filing(case) {
        out.push(always(make(
            DeadlineKind::PlannedFiling,
            day,
            Vec::new(),
            Confidence::V,
        )));
    }

    // An application filed and not decided: the prefect's silence becomes a refusal (R432-2),
    // which the worker records or challenges ([`awaiting_decision`]).
    if let Some(rule) = pack.deadline(DeadlineKind::ImplicitRejection) {
        for (_, filed) in awaiting_decision(case) {
            if let Some(day) = implicit_rejection_day(pack, filed) {
                out.push(always(make(
                    DeadlineKind::ImplicitRejection,
                    day,
                    rule.legal_basis.clone(),
                    rule.confidence,
                )));
            }
        }
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
            );
            d.document = Some(doc.kind);
            d.freshness = true;
            out.push(always(d));
        }
    }
    // An identity document's own validity, as recorded (issue 12): a fact of the case, no rule.
    for doc in case
        .documents
        .iter()
        .filter(|d| d.status == DocumentStatus::Have)
    {
        if let Some(expires) = doc.expires {
            let mut d = make(
                DeadlineKind::DocumentExpires,
                expires,
                Vec::new(),
                Confidence::V,
            );
            d.document = Some(doc.kind);
            out.push(always(d));
        }
    }

    let windows = majority_windows(pack, case);
    // The last window, once closed with no application on file, stays on her case (passed) for a
    // while: a window missed is a fact the worker must see (her stay is irregular since), not one
    // that vanishes the day after it closes.
    let kept = |until: NaiveDate| {
        dates::add_days(until, MISSED_MAJORITY_WINDOW_KEPT_DAYS).unwrap_or(until)
    };
    // An approximate birth date: the earliest days, said to be estimated and for a jurist. So is
    // a birth on 29 February: 28 February of a common year is the earlier reading (dates.rs),
    // and which day the law takes for her majority is not in the facts sheet (legal review,
    // 2026-12-06).
    let approximate = case.person.birth_date_precision.is_some();
    let leap_day = case.person.born_on_leap_day();
    if let (Some((from, first)), Some((_, last)), Some(rule)) = (
        windows.first(),
        windows.last(),
        pack.deadline(DeadlineKind::Turns18),
    ) {
        let mut deadline = make(
            DeadlineKind::Turns18,
            first.turns18,
            rule.legal_basis.clone(),
            rule.confidence,
        );
        deadline.estimated |= approximate;
        deadline.confirm_by_jurist |= approximate || leap_day;
        out.push(Dated {
            deadline,
            applies_from: Some(*from),
            applies_until: Some(kept(last.until)),
        });
    }
    if let Some(rule) = pack.deadline(DeadlineKind::MajorityApplicationCloses) {
        let count = windows.len();
        for (i, (from, window)) in windows.into_iter().enumerate() {
            let mut deadline = make(
                DeadlineKind::MajorityApplicationCloses,
                window.closes,
                rule.legal_basis.clone(),
                rule.confidence,
            );
            // The later day rests on a placement, or on conditions, the case does not establish;
            // any day, on her being in France before 18, when the case does not show it (jurist
            // review, 2026-12-07: an adult first met at 18 and a month was given it as certain).
            deadline.confirm_by_jurist |=
                window.rule.uncertain() || approximate || leap_day || !here_as_a_minor(case);
            deadline.estimated |= approximate;
            out.push(Dated {
                deadline,
                applies_from: Some(from),
                applies_until: Some(if i + 1 == count {
                    kept(window.until)
                } else {
                    window.until
                }),
            });
        }
    }

    sort(&mut out);
    out
}

/// The windows the planned filing misses, among `list` (the case's deadlines on `today`):
/// - the first still open on `today` that closes before the plan: filed as planned, the
///   application would be late. Not the card's end nor its renewal window once what keeps her
///   stay regular is filed ([`follow_up_filed`]), nor the asylum window after a new circumstance
///   ([`cooperated_after`]);
/// - the renewal window, not open on `today`, that opens after the plan (legal review,
///   2026-12-05: a plan the day before it opened had no caution, while the same renewal once
///   filed is `renewal-filed-early`); not once her stay is kept either.
fn plan_windows(
    pack: &RulePack,
    case: &CaseFile,
    list: &[Deadline],
    today: NaiveDate,
) -> (Option<super::ClosesBefore>, Option<super::OpensAfter>) {
    let Some(plan) = list
        .iter()
        .find(|d| d.kind == DeadlineKind::PlannedFiling)
        .map(|d| d.date)
    else {
        return (None, None);
    };
    // An application on file is not to be filed earlier, whether or not it is established.
    let stay_kept = case
        .current_permit
        .as_ref()
        .is_some_and(|p| follow_up(pack, case, p, false));
    let new_circumstance = case
        .asylum_claim
        .as_ref()
        .and_then(|a| a.registered_on)
        .is_some_and(|registered| cooperated_after(case, registered));
    let closes = list
        .iter()
        .filter(|d| today <= d.date && d.date < plan)
        .filter(|d| match d.kind {
            DeadlineKind::RenewalWindowCloses | DeadlineKind::PermitExpires => !stay_kept,
            DeadlineKind::MajorityApplicationCloses => true,
            DeadlineKind::AsylumOtherGroundsCloses => !new_circumstance,
            _ => false,
        })
        .min_by_key(|d| d.date)
        .map(|d| super::ClosesBefore {
            kind: d.kind,
            date: d.date,
        });
    let opens = list
        .iter()
        .filter(|d| d.kind == DeadlineKind::RenewalWindowOpens && !stay_kept)
        .find(|d| today < d.date && plan < d.date)
        .map(|d| super::OpensAfter {
            kind: d.kind,
            date: d.date,
        });
    (closes, opens)
}

/// The filing day the worker plans, unless carried out: once an application is recorded as filed
/// on or after the plan's day less [`PLANNED_FILING_DONE_DAYS`] (filed early, or late), the plan
/// is done; an older application (an earlier récépissé) does not end it. Neither a reflection
/// récépissé (not the application planned) nor a refused one (the plan may be to file again)
/// carries it out: a title applied for does.
pub(crate) fn planned_filing(case: &CaseFile) -> Option<NaiveDate> {
    case.planned_filing_date.filter(|day| {
        let from = dates::sub_days(*day, PLANNED_FILING_DONE_DAYS).unwrap_or(NaiveDate::MIN);
        !title_applied(case, Some(from))
    })
}

/// True when a complaint or testimony came after the asylum registration: a new circumstance
/// (L431-2 « sauf circonstances nouvelles »), after which the L425-1 card is still asked for.
pub(crate) fn cooperated_after(case: &CaseFile, registered: NaiveDate) -> bool {
    [&case.cooperation.complaint, &case.cooperation.testimony]
        .into_iter()
        .flatten()
        .filter_map(|s| s.date)
        .any(|d| d > registered)
}

/// True when an application for a residence title is recorded as filed (on or after `since` when
/// given) and not refused: what the application windows (at 18, after an asylum claim) ask for
/// is done. The reflection récépissé is no title applied for.
pub(crate) fn title_applied(case: &CaseFile, since: Option<NaiveDate>) -> bool {
    first_title_applied(case, since).is_some()
}

/// The first day a title was applied for, as [`title_applied`] reads it.
pub(crate) fn first_title_applied(case: &CaseFile, since: Option<NaiveDate>) -> Option<NaiveDate> {
    case.applications
        .iter()
        .filter(|a| a.route != RouteId::ReflectionPeriod && !a.refused())
        .filter_map(|a| a.filed_on)
        .filter(|filed| since.is_none_or(|since| *filed >= since))
        .min()
}

/// The day the reflection récépissé was issued: recorded as such, or as the document she holds
/// (the assessment and the deadlines read the same day).
pub(crate) fn reflection_issued(case: &CaseFile) -> Option<NaiveDate> {
    case.reflection_period
        .as_ref()
        .and_then(|r| r.recepisse_issued)
        .or_else(|| {
            case.current_permit
                .as_ref()
                .filter(|p| p.kind == PermitKind::RecepisseReflection)
                .and_then(|p| p.issued)
        })
}

/// The last day of the reflection period (R425-2): the end printed on the récépissé she holds,
/// when recorded (it prevails), else the day it was handed over plus the pack's days.
pub(crate) fn reflection_end(pack: &RulePack, case: &CaseFile) -> Option<NaiveDate> {
    let printed = case
        .current_permit
        .as_ref()
        .filter(|p| p.kind == PermitKind::RecepisseReflection)
        .and_then(|p| p.expires);
    printed.or_else(|| reflection_end_from(pack, reflection_issued(case)?))
}

/// The last day of a reflection period whose récépissé was handed over on `issued`: that day
/// plus the pack's days (R425-2: thirty).
pub(crate) fn reflection_end_from(pack: &RulePack, issued: NaiveDate) -> Option<NaiveDate> {
    let days = pack.deadline(DeadlineKind::ReflectionPeriodEnd)?.days?;
    dates::add_days(issued, days)
}

/// The first day the card she holds is no longer renewed on its ground, if it ever is: the L425-1
/// card (a « vie privée et familiale » card, in a case this app follows) is renewed « pendant
/// toute la durée de la procédure pénale »; once the conviction is final, what comes next is the
/// resident card (L425-3), applied for while the card is valid — not a renewal, whose window would
/// mislead.
/// - A conviction final by the first day to file the renewal (its window's opening, counted from
///   the card's end, recorded or estimated; or with no end to count from): ended on every day
///   (`NaiveDate::MIN`), no window to announce.
/// - One final later but by the card's end: ended from that day. Before it the renewal is still
///   to file (the day is a forecast an appeal may void, and her stay must not lapse meanwhile);
///   once it has come, the resident card is what she applies for by the card's last day.
/// - One final after the card's end, or none: never (`None`).
pub(crate) fn renewal_ends_on(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
) -> Option<NaiveDate> {
    if permit.kind != PermitKind::CstVpf {
        return None;
    }
    let criminal = case.criminal_case.as_ref()?;
    if !criminal.final_conviction_recorded() {
        return None;
    }
    let Some(final_on) = criminal.final_conviction_date else {
        return Some(NaiveDate::MIN);
    };
    let Some(expires) = permit_end(pack, permit) else {
        return Some(NaiveDate::MIN);
    };
    // Final by the day the window opens: never a renewal to file. Later, while the day is to
    // come, the window is hers (jurist review, 2026-12-07: a conviction due to be final inside an
    // open window hid it, though an appeal would leave her card to renew by its close).
    let first_day_to_renew = renewal_window(pack, permit.kind, expires).map_or(expires, |(o, _)| o);
    if final_on <= first_day_to_renew {
        Some(NaiveDate::MIN)
    } else {
        (final_on <= expires).then_some(final_on)
    }
}

/// True when the card she holds is no longer renewed on its ground on `day`
/// ([`renewal_ends_on`]).
pub(crate) fn renewal_ended(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
    day: NaiveDate,
) -> bool {
    renewal_ends_on(pack, case, permit).is_some_and(|from| from <= day)
}

/// The resident-card applications that can follow the conviction: not refused, and not filed
/// before the day it became final (L425-3: « en cas de condamnation définitive »; one filed while
/// an appeal could still void it is premature).
pub(crate) fn resident_card_applications(case: &CaseFile) -> impl Iterator<Item = &Application> {
    case.applications.iter().filter(move |a| {
        a.route == RouteId::CarteResidentL4253
            && !a.refused()
            && !a
                .filed_on
                .is_some_and(|filed| premature(case, a.route, filed))
    })
}

/// True when a filing of `route` on `filed` is premature: a resident card applied for before the
/// conviction it rests on was final. Not counted, as an application, a silence or a block to the
/// letter ([I], `regular-stay-at-final-conviction` gives it to a jurist).
pub(crate) fn premature(case: &CaseFile, route: RouteId, filed: NaiveDate) -> bool {
    route == RouteId::CarteResidentL4253
        && case
            .criminal_case
            .as_ref()
            .and_then(|c| c.final_conviction_date)
            .is_some_and(|on| filed < on)
}

/// True when the resident card is applied for ([`resident_card_applications`]) on or before `by`
/// when given (undated, it counts only without `by`): what takes the place of a renewal once
/// the L425-1 card is no longer renewed ([`renewal_ends_on`]). With `established`, only an
/// application known to follow the conviction counts: granted, or filed with the day the
/// conviction became final recorded (without that day, one waiting for its decision may be
/// premature).
pub(crate) fn resident_card_applied(
    case: &CaseFile,
    by: Option<NaiveDate>,
    established: bool,
) -> bool {
    let day_unknown = established && final_conviction_day_unknown(case);
    resident_card_applications(case).any(|a| {
        by.is_none_or(|by| a.filed_on.is_some_and(|f| f <= by)) && (!day_unknown || a.granted())
    })
}

/// True when a conviction is recorded as final but not the day it became so: whether a
/// resident-card application came after it ([`resident_card_applications`]) cannot be told.
pub(crate) fn final_conviction_day_unknown(case: &CaseFile) -> bool {
    case.criminal_case
        .as_ref()
        .is_some_and(|c| c.final_conviction_recorded() && c.final_conviction_date.is_none())
}

/// The day the resident card was applied for ([`resident_card_applications`], the first dated).
pub(crate) fn resident_card_filed_on(case: &CaseFile) -> Option<NaiveDate> {
    resident_card_applications(case)
        .filter_map(|a| a.filed_on)
        .min()
}

/// The last day of `permit`: recorded, or estimated from its legal length.
pub(crate) fn permit_end(pack: &RulePack, permit: &Permit) -> Option<NaiveDate> {
    permit.expires.or_else(|| estimated_expiry(pack, permit))
}

/// The first day of the renewal window of the title she holds, when `route` renews it, no filing
/// is recorded, its last day is recorded (never an estimate), and that first day is after `day`:
/// a renewal prepared before it can be filed in time.
pub(crate) fn renewal_opens_after(
    pack: &RulePack,
    case: &CaseFile,
    route: RouteId,
    day: NaiveDate,
) -> Option<NaiveDate> {
    let permit = case.current_permit.as_ref()?;
    // A filing recorded on the card, or among her applications (review, 2026-12-06).
    if renewal_route(permit.kind) != Some(route) || renewal_filed_day(pack, case, permit).is_some()
    {
        return None;
    }
    let (opens, _) = renewal_window(pack, permit.kind, permit.expires?)?;
    (opens > day).then_some(opens)
}

/// The application that renews a card of `kind`, if it is renewed by one. The APS is renewed
/// « pendant toute la durée du parcours » through its own route (L425-4): an APS application
/// filed while she holds one is its renewal (verification, 2026-12-05: an APS renewal on file
/// was « aucune demande de renouvellement n'est enregistrée » beside a warning naming it).
pub(crate) fn renewal_route(kind: PermitKind) -> Option<RouteId> {
    match kind {
        PermitKind::CstVpf => Some(RouteId::CstL4251Renewal),
        PermitKind::ResidentCard => Some(RouteId::CarteResidentL4253Renewal),
        PermitKind::Aps => Some(RouteId::ApsL4254),
        _ => None,
    }
}

/// The refusal of the renewal of `permit`, when one is recorded: an application for the renewal
/// of its kind, filed on or after the day its renewal was filed (or undated), refused — unless a
/// grant placed as this card's came ([`renewal_decision`]: the new card is what to record; review,
/// 2026-12-06: the worker read « refusé » where her paper and the letters read « accordé »).
/// `Some(d)`: refused, on `d` when the day is known.
pub(crate) fn renewal_refusal(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
) -> Option<Option<NaiveDate>> {
    if renewal_decision(pack, case, permit).is_some_and(|d| d.outcome == DecisionOutcome::Granted) {
        return None;
    }
    // One with neither day is this card's until an application of its route is filed after
    // the card was issued: then that one is (review, 2026-12-07: « refusée » on her paper, and
    // the association's letter refused, beside a renewal filed in time since).
    let filed_since_issue = case.applications.iter().any(|o| {
        Some(o.route) == renewal_route(permit.kind)
            && o.filed_on
                .is_some_and(|f| permit.issued.is_none_or(|issued| f > issued))
    });
    renewal_applications(pack, case, permit).find_map(|a| {
        let undated = a.filed_on.is_none() && a.decision.as_ref().and_then(|d| d.date).is_none();
        // A dated one not placed as this card's (decided before its issue, its filing day not
        // recorded) is an earlier card's, as the letters read it (review, 2026-12-07: her paper
        // said « refusée » beside both letters written, and the missed window went unsaid).
        let earlier = !undated && !placed_for_card(pack, permit, a);
        a.decision
            .as_ref()
            .filter(|d| d.outcome == DecisionOutcome::Refused)
            .filter(|_| !(earlier || undated && filed_since_issue))
            .map(|d| d.date)
    })
}

/// The applications for the renewal of `permit`: of its kind's renewal route, filed on or after
/// the day its renewal was filed, or without that day filed for this card
/// ([`filed_for_card`]); undated ones too. The one reading of « this card's renewal
/// applications » for the engine and the warnings (code review, 2026-12-05: an old refusal was
/// read as this card's; the warnings kept a copy of this filter with the recorded end only).
pub(crate) fn renewal_applications<'a>(
    pack: &RulePack,
    case: &'a CaseFile,
    permit: &'a Permit,
) -> impl Iterator<Item = &'a Application> + 'a {
    let route = renewal_route(permit.kind);
    let end = permit_end(pack, permit);
    case.applications.iter().filter(move |a| {
        Some(a.route) == route
            && match (a.filed_on, permit.renewal_filed()) {
                (Some(filed), Some(renewal)) => filed >= renewal,
                (Some(filed), None) => filed_for_card(permit, end, filed, a.granted()),
                // An undated APS application may be the one that gave her this APS (the same
                // route): not read as its renewal.
                _ => permit.kind != PermitKind::Aps,
            }
    })
}

/// True when an application filed on `filed` (`granted` or not) can be the renewal of
/// `permit`, whose end is `end`: filed on or after its issue, and within the year before its end
/// (a renewal is filed in its last months; an older one renewed an earlier card).
fn filed_for_card(
    permit: &Permit,
    end: Option<NaiveDate>,
    filed: NaiveDate,
    granted: bool,
) -> bool {
    // An APS is applied for and renewed through one route and lasts some six months: the
    // application that gave it is filed before its issue day (one filed that day too, the
    // prefecture deciding at once), and without that day only one not granted can be its
    // renewal — a granted one may have given it (code review and verification, 2026-12-05).
    if permit.kind == PermitKind::Aps && permit.issued.is_none() && granted {
        return false;
    }
    // Filed on its issue day or before, it is the application that gave the card, a card's as
    // an APS's (legal audit, 2026-12-07: a renewal filed and granted on the card's handover day
    // read as this card's, and hid its window and its end).
    permit.issued.is_none_or(|issued| filed > issued)
        && end
            .and_then(|e| dates::sub_days(e, 365))
            .is_none_or(|year_before| filed >= year_before)
}

/// The filings that wait for a decision, each with its route and day: the applications filed and
/// not decided, and a renewal recorded only on the card (« renouvellement déposé le », as the
/// interview asks it) with no application to carry its decision. Not the reflection récépissé
/// (not a residence title applied for). What silence rejects after four months (R432-2): the
/// deadlines and `implicit-rejection-passed` read this one list.
pub(crate) fn awaiting_decision(case: &CaseFile) -> Vec<(RouteId, NaiveDate)> {
    let renewal_on_the_card = case.current_permit.as_ref().and_then(|p| {
        let route = renewal_route(p.kind)?;
        let filed = p.renewal_filed()?;
        let recorded = case
            .applications
            .iter()
            .any(|a| a.route == route && a.filed_on.is_none_or(|f| f >= filed));
        (!recorded).then_some((route, filed))
    });
    case.applications
        .iter()
        .filter(|a| a.decision.is_none() && a.route != RouteId::ReflectionPeriod)
        .filter_map(|a| Some((a.route, a.filed_on?)))
        .chain(renewal_on_the_card)
        .collect()
}

/// The day silence rejects an application filed on `filed` (R432-2), by the pack's rule.
pub(crate) fn implicit_rejection_day(pack: &RulePack, filed: NaiveDate) -> Option<NaiveDate> {
    let months = pack.deadline(DeadlineKind::ImplicitRejection)?.months?;
    dates::add_months(filed, months)
}

/// True when a renewal of `permit` is recorded without any day ([`renewal_applications`] with
/// neither a filing day nor a decision day): pending or granted, whether it is this card's is not
/// known, and the worker is asked to record its days (`permit-expired`, `renewal-window-missed`).
pub(crate) fn renewal_undated(pack: &RulePack, case: &CaseFile, permit: &Permit) -> bool {
    renewal_applications(pack, case, permit)
        .any(|a| a.filed_on.is_none() && a.decision.as_ref().and_then(|d| d.date).is_none())
}

/// True when the renewal of `permit` is answered as her paper and the letters read it: a decision
/// placed as this card's ([`renewal_decision`]), or a refusal (one with no day is read as this
/// card's). A grant with no day is not: it may be an earlier card's. What the window's and the
/// late renewal's warnings wait for.
pub(crate) fn renewal_answered(pack: &RulePack, case: &CaseFile, permit: &Permit) -> bool {
    renewal_decision(pack, case, permit).is_some() || renewal_refusal(pack, case, permit).is_some()
}

/// True when a decision on the renewal of `permit` is recorded (an application for its renewal,
/// filed on or after the renewal day recorded on the card, decided).
pub(crate) fn renewal_decided(pack: &RulePack, case: &CaseFile, permit: &Permit) -> bool {
    renewal_applications(pack, case, permit).any(|a| a.decision.is_some())
}

/// True when `application`, one of [`renewal_applications`], is placed as this card's renewal:
/// filed on a recorded day, or decided after the card was issued — a grant strictly after (the
/// grant that gave the card is decided by its issue day), a refusal on or after. The issue day
/// not recorded: a grant from the renewal window's first day, a refusal within the year before
/// the card's end (as [`filed_for_card`] bounds a filing); neither the issue nor the end known,
/// any dated decision. One with no day may be an earlier card's (code review, 2026-12-05;
/// reviews, 2026-12-06: the grant that gave her card, decided on its issue day or with that day
/// unrecorded, was read as its renewal, and her paper dropped « demandez le renouvellement »).
pub(crate) fn placed_for_card(pack: &RulePack, permit: &Permit, application: &Application) -> bool {
    if application.filed_on.is_some() {
        return true;
    }
    let Some(decided) = application.decision.as_ref().and_then(|d| d.date) else {
        return false;
    };
    let granted = application.granted();
    match (permit.issued, permit_end(pack, permit)) {
        (Some(issued), _) if granted => decided > issued,
        (Some(issued), _) => decided >= issued,
        // Neither day: the old reading, any dated decision (review, 2026-12-06: a refusal dated
        // no longer stopped the letters).
        (None, None) => true,
        // A grant from the window's first day (a renewal is decided once filed; the grant that
        // gave a one-year card is dated about a year before its end).
        (None, Some(end)) if granted => match renewal_window(pack, permit.kind, end) {
            Some((opens, _)) => decided >= opens,
            None => dates::sub_days(end, 365).is_some_and(|year_before| decided > year_before),
        },
        (None, Some(end)) => {
            dates::sub_days(end, 365).is_some_and(|year_before| decided >= year_before)
        }
    }
}

/// The placed decision on the renewal of `permit` ([`placed_for_card`]) that says where it
/// stands: a grant, even after a refusal (the new card is what to record), else a refusal.
pub(crate) fn renewal_decision<'a>(
    pack: &RulePack,
    case: &'a CaseFile,
    permit: &'a Permit,
) -> Option<&'a ApplicationDecision> {
    let placed: Vec<&Application> = renewal_applications(pack, case, permit)
        .filter(|a| a.decision.is_some() && placed_for_card(pack, permit, a))
        .collect();
    placed
        .iter()
        .find(|a| a.granted())
        .or_else(|| placed.iter().find(|a| a.refused()))
        .and_then(|a| a.decision.as_ref())
}

/// The day the renewal of `permit` was filed: the day recorded on the card, unless that day is
/// before the window opened and an application of its renewal route was filed from the
/// window's opening on (then the earliest such application); else the first application of its
/// renewal route recorded among the applications — filed on or after the
/// card's issue, and within the year before its end (a renewal is filed in its last months; an
/// older one renewed an earlier card). Verification, 2026-12-05: a renewal recorded only as an
/// application, filed in the window, was said « aucune demande de renouvellement n'est
/// enregistrée : la personne n'est plus en séjour régulier ».
pub(crate) fn renewal_filed_day(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
) -> Option<NaiveDate> {
    let end = permit_end(pack, permit);
    let days: Vec<NaiveDate> = renewal_route(permit.kind)
        .map(|route| {
            case.applications
                .iter()
                .filter(|a| a.route == route)
                .filter_map(|a| Some((a.filed_on?, a.granted())))
                .filter(|(f, granted)| filed_for_card(permit, end, *f, *granted))
                .map(|(f, _)| f)
                .collect()
        })
        .unwrap_or_default();
    // Filed too early and again once the window opened: the second one is the renewal (code
    // review, 2026-12-05: the early day won, and she was told to file again), the early day
    // recorded on the card too (review, 2026-12-07: « déposez immédiatement » beside a filing
    // in the window recorded among the applications).
    let opens = end
        .and_then(|e| renewal_window(pack, permit.kind, e))
        .map(|(opens, _)| opens);
    let not_early = |d: &NaiveDate| opens.is_some_and(|o| *d >= o);
    let on_card = permit.renewal_filed();
    on_card
        .filter(not_early)
        .or_else(|| days.iter().copied().filter(not_early).min())
        .or(on_card)
        .or_else(|| days.iter().copied().min())
}

/// True when the renewal of `permit` was filed by the last day of its R431-5 window, counted from
/// the card's end, recorded or else estimated (the earlier reading: review, 2026-12-04, a renewal
/// filed 40 days after the estimated window counted as in time); when the window cannot be told,
/// a renewal filed counts. Only then is the attestation de prolongation due (R431-15-1).
pub(crate) fn renewal_filed_in_time(pack: &RulePack, case: &CaseFile, permit: &Permit) -> bool {
    renewal_filed_day(pack, case, permit).is_some_and(|filed| {
        permit_end(pack, permit)
            .and_then(|e| renewal_window(pack, permit.kind, e))
            .is_none_or(|(_, closes)| filed <= closes)
            && renewal_filed_early(pack, case, permit).is_none()
    })
}

/// The renewal of the card she holds filed before its window opened, while that window still
/// runs on `day`: its route and filing day. Its silence is not yet a rejection to contest: it is
/// to check with the prefecture, and to file again in the window (`renewal-filed-early`). Once
/// the window has closed the warnings read its silence like any other filing's
/// (`implicit-rejection-passed`); the letters keep exempting it, since they go with the new
/// filing (`cover_letter::not_rejected_by_silence`).
pub(crate) fn early_renewal_in_its_window(
    pack: &RulePack,
    case: &CaseFile,
    day: NaiveDate,
) -> Option<EarlyRenewal> {
    let p = case.current_permit.as_ref()?;
    let route = renewal_route(p.kind)?;
    let (filed, opens) = renewal_filed_early(pack, case, p)?;
    let end = permit_end(pack, p)?;
    let (_, closes) = renewal_window(pack, p.kind, end)?;
    (day <= closes).then_some(EarlyRenewal {
        route,
        filed,
        opens,
        closes,
        end,
    })
}

/// A renewal filed before its window opened, while that window runs
/// ([`early_renewal_in_its_window`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EarlyRenewal {
    /// The renewal's route.
    pub route: RouteId,
    /// The day it was filed.
    pub filed: NaiveDate,
    /// The window's first day.
    pub opens: NaiveDate,
    /// The window's last day.
    pub closes: NaiveDate,
    /// The card's end, recorded or estimated.
    pub end: NaiveDate,
}

/// The day the renewal of `permit` was filed and the day its R431-5 window opened, when it was
/// filed before that day: R431-5 has the application presented *between* the window's first and
/// last days, so one filed earlier is not « déposée dans les délais » — the letter already read
/// it so — and the attestation de prolongation is not surely due (legal review, 2026-12-05: a
/// renewal filed before the window counted as in time, and no one was told). Once the
/// prefecture has decided on it, it was taken: it is no longer « early » (code review,
/// 2026-12-05: a renewal granted was still to « check it was registered »).
pub(crate) fn renewal_filed_early(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
) -> Option<(NaiveDate, NaiveDate)> {
    let filed = renewal_filed_day(pack, case, permit)?;
    let (opens, _) = permit_end(pack, permit).and_then(|e| renewal_window(pack, permit.kind, e))?;
    (filed < opens && !renewal_decided(pack, case, permit)).then_some((filed, opens))
}

/// Where the renewal of her card stands, as her paper tells it: filed and waiting (in time,
/// early, late, or when that cannot be told), unanswered past R432-2's four months, refused, or
/// granted while the old card is still the one recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenewalFiling {
    /// Filed within its R431-5 window counted from the card's recorded end, by a window and a
    /// renewal rule with verified sources: should the card end first, the attestation de
    /// prolongation is due (R431-15-1).
    InTime {
        /// The filing day.
        filed: NaiveDate,
    },
    /// Filed before that window opened: not « dans les délais » (R431-5 has it filed between
    /// the window's first and last days), and the worker is warned (`renewal-filed-early`).
    Early {
        /// The filing day.
        filed: NaiveDate,
        /// The window's first day.
        opens: NaiveDate,
    },
    /// Filed after that window: the attestation de prolongation is not surely due (R431-15-1).
    Late {
        /// The window's last day.
        closes: NaiveDate,
    },
    /// Filed, and whether in time cannot be told: the card's end is not recorded (an estimate),
    /// or the window's rule has no verified source (the resident card's [S]).
    Filed {
        /// The filing day.
        filed: NaiveDate,
    },
    /// Filed, with no decision recorded once R432-2's four months have passed: silence may be a
    /// refusal.
    Unanswered {
        /// The filing day.
        filed: NaiveDate,
    },
    /// Refused ([`renewal_refusal`]).
    Refused,
    /// Granted, and the new card not recorded yet: her paper says so rather than « demandez le
    /// renouvellement » of a card already renewed (review of her papers, 2026-12-06).
    Granted {
        /// The day of the decision, when recorded.
        decided: Option<NaiveDate>,
    },
    /// Recorded with neither a filing day nor a decision day ([`renewal_undated`]), once the
    /// window has closed or the card ended: whether it is this card's is not known. Her paper
    /// says it is on record and asks for its papers, rather than « déposez votre demande tout de
    /// suite » beside it (review, 2026-12-07); the worker is asked to record its days
    /// (`permit-expired`, `renewal-window-missed`).
    Undated,
}

impl RenewalFiling {
    /// True when it is behind her and not to file again: filed and waiting for the decision
    /// (in time, late, or when that cannot be told, answered or not), or decided. Filed before
    /// its window, she may have to file again; refused, a new application may follow; recorded
    /// without its days, it may be an earlier card's.
    /// What her paper leaves out then: how to file (the ANEF paragraph and its « après le dépôt,
    /// vous recevez une attestation », which she would take for the attestation de prolongation
    /// or read beside « vous n'aurez peut-être pas droit à l'attestation »).
    pub fn not_to_file_again(self) -> bool {
        !matches!(self, RenewalFiling::Early { .. } | RenewalFiling::Undated)
    }

    /// True when the filing is behind her and no new one may follow: the last day a document
    /// is recent enough « pour la demande » speaks of a filing still to come. Refused, she may
    /// apply again; filed early, she may file again; recorded without its days, it may be an
    /// earlier card's.
    pub fn filed_for_good(self) -> bool {
        !matches!(
            self,
            RenewalFiling::Early { .. } | RenewalFiling::Refused | RenewalFiling::Undated
        )
    }
}

/// Where the renewal of `permit` stands on `today`, if it was filed. Her checklist says it rather
/// than « apply between 120 and 60 days before » (verification, 2026-12-05, of one filed late;
/// review of her papers, 2026-12-06, of one filed in time whose card had ended since: « plus
/// valable : à renouveler »). Early, late or in time only where the window is established:
/// counted from the card's recorded end by verified rules.
pub fn renewal_filing(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
    today: NaiveDate,
) -> Option<RenewalFiling> {
    // A grant placed as this card's, as the letters read it, even after a refusal (review,
    // 2026-12-06: printed « refusée »); a refusal as the worker's screen reads it
    // ([`renewal_refusal`]), so that her paper says what the worker sees.
    if let Some(grant) =
        renewal_decision(pack, case, permit).filter(|d| d.outcome == DecisionOutcome::Granted)
    {
        return Some(RenewalFiling::Granted {
            decided: grant.date,
        });
    }
    if renewal_refusal(pack, case, permit).is_some() {
        return Some(RenewalFiling::Refused);
    }
    let Some(filed) = renewal_filed_day(pack, case, permit) else {
        // Said once the window has closed or the card ended, as the worker's warnings say it
        // (`renewal-window-missed`, `permit-expired`): before, the undated one is most often
        // the renewal that gave her this card, and « demandez le renouvellement entre … » is
        // hers (review, 2026-12-07).
        // The end recorded, or else estimated, as `renewal-window-missed` reads it.
        let end = permit_end(pack, permit);
        let ended = end.is_some_and(|e| e < today);
        let window_closed = end
            .and_then(|e| renewal_window(pack, permit.kind, e))
            .is_some_and(|(_, closes)| closes < today);
        let undated = (ended || window_closed) && renewal_undated(pack, case, permit);
        return undated.then_some(RenewalFiling::Undated);
    };
    // A decision recorded without its days, which may be an earlier card's: not « unanswered »,
    // nor « à renouveler » of a renewal on file (review, 2026-12-06).
    if renewal_decided(pack, case, permit) {
        return Some(RenewalFiling::Filed { filed });
    }
    if implicit_rejection_day(pack, filed).is_some_and(|day| day < today) {
        return Some(RenewalFiling::Unanswered { filed });
    }
    let verified = |confidence: Confidence| confidence == Confidence::V;
    let window = pack
        .permit(permit.kind)
        .and_then(|p| p.renewal.as_ref())
        .filter(|r| verified(r.confidence))
        .and_then(|r| pack.renewal_window(&r.window))
        .filter(|w| verified(w.confidence))
        .and(permit.expires)
        .and_then(|expires| renewal_window(pack, permit.kind, expires));
    Some(match window {
        None => RenewalFiling::Filed { filed },
        Some((_, closes)) if filed > closes => RenewalFiling::Late { closes },
        Some((opens, _)) if filed < opens => RenewalFiling::Early { filed, opens },
        Some(_) => RenewalFiling::InTime { filed },
    })
}

/// True when what keeps her stay regular past the card's end was filed: its renewal in time and
/// not refused (R431-15-1: the attestation de prolongation runs until the decision), or — when
/// the card is no longer renewed on its ground by its last day ([`renewal_ends_on`]) — the
/// resident card applied for by that day, and after the conviction became final (with that day
/// not recorded it cannot be told of an application waiting for its decision, and the card's end
/// stays a task until it is: [`resident_card_applied`], `established`).
pub(crate) fn follow_up_filed(pack: &RulePack, case: &CaseFile, permit: &Permit) -> bool {
    follow_up(pack, case, permit, true)
}

/// [`follow_up_filed`]; with `established` false, a resident-card application on file by the
/// card's end counts even when the day the conviction became final is not recorded (what is to
/// file next is not a new application, whatever that day).
fn follow_up(pack: &RulePack, case: &CaseFile, permit: &Permit, established: bool) -> bool {
    // R431-15-1's attestation is for a title's renewal: that a pending renewal keeps an APS
    // holder's stay after its end is not established (code review, 2026-12-05).
    // A renewal granted is followed up, for the APS too (the new one is to record: no « filed
    // late » of a renewal granted, verification, 2026-12-05).
    // A card's renewal granted, filed late or not, likewise: `renewal-granted` says what to
    // record (review, 2026-12-07: « son séjour n'est plus couvert… enregistrez sa décision »
    // beside « renouvellement accordé »).
    let granted =
        renewal_decision(pack, case, permit).is_some_and(|d| d.outcome == DecisionOutcome::Granted);
    (if permit.kind == PermitKind::Aps {
        renewal_decided(pack, case, permit) && renewal_refusal(pack, case, permit).is_none()
    } else {
        granted
            || (renewal_filed_in_time(pack, case, permit)
                && renewal_refusal(pack, case, permit).is_none())
    }) || (renewal_ends_on(pack, case, permit).is_some()
        && resident_card_applied(case, permit_end(pack, permit), established))
}

/// The card's end and, while it is renewed on its ground ([`renewal_ends_on`]), its renewal
/// window: until the day before it no longer is.
fn permit_deadlines(
    pack: &RulePack,
    case: &CaseFile,
    permit: &Permit,
    renewal_ends_on: Option<NaiveDate>,
) -> Vec<Dated> {
    let mut out = Vec::new();
    let estimated = permit.expires.is_none();
    let (Some(expires), Some(rule)) = (
        permit_end(pack, permit),
        pack.deadline(DeadlineKind::PermitExpires),
    ) else {
        return Vec::new();
    };
    let permit_rule = pack.permit(permit.kind);
    let mut basis = permit_rule
        .map(|p| p.legal_basis.clone())
        .unwrap_or_default();
    // R431-5 sets when a title's renewal is filed, not how long a récépissé is valid: the
    // récépissé's end cites its own article (R425-2, R431-12; jurist review, 2026-12-07).
    if !matches!(
        permit.kind,
        PermitKind::RecepisseReflection | PermitKind::RecepisseApplication
    ) || basis.is_empty()
    {
        basis.extend(rule.legal_basis.iter().cloned());
    }
    let confidence = permit_rule.map_or(rule.confidence, |p| p.confidence.weakest(rule.confidence));
    out.push(make(
        DeadlineKind::PermitExpires,
        expires,
        basis,
        confidence,
    ));
    // Once a renewal is filed the window no longer matters; nor once the card is no longer
    // renewed on its ground.
    let renewed_until = match renewal_ends_on {
        None => Some(None),
        Some(from) => dates::sub_days(from, 1).map(Some),
    };
    // A renewal filed before the window opened does not count as filed: the window stands.
    let filed = renewal_filed_day(pack, case, permit).is_some()
        && renewal_filed_early(pack, case, permit).is_none();
    if !filed && renewed_until.is_some() {
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
                let mut window = make(
                    kind,
                    date,
                    basis,
                    window_confidence.weakest(rule.confidence),
                );
                // The L425-1 card is renewed for the proceedings: none recorded, or ended without
                // a conviction, its renewal is a jurist's call (the route is `not-eligible`
                // beside an [I] warning; jurist review, 2026-12-07: its window read as certain).
                window.confirm_by_jurist |= permit.kind == PermitKind::CstVpf
                    && case.criminal_case.as_ref().is_some_and(|c| {
                        matches!(
                            c.stage,
                            Some(
                                CriminalStage::None
                                    | CriminalStage::Acquittal
                                    | CriminalStage::Dismissed
                            )
                        )
                    });
                out.push(window);
            }
        }
    }
    out.into_iter()
        .map(|deadline| Dated {
            applies_until: match deadline.kind {
                DeadlineKind::PermitExpires => None,
                _ => renewed_until.flatten(),
            },
            deadline: Deadline {
                permit: Some(permit.kind),
                estimated,
                ..deadline
            },
            applies_from: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::d;

    /// A card she renewed: expiring on 31 January 2027 (window 3 October – 2 December 2026).
    fn renewed(filed: NaiveDate) -> CaseFile {
        let mut case = CaseFile::new(None, None);
        case.person.nationality = Some("NG".into());
        case.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(d(2026, 2, 1)),
            expires: Some(d(2027, 1, 31)),
            renewal_count: None,
            renewal_filed_on: Some(filed),
        });
        case
    }

    fn refused(case: &mut CaseFile, filed: NaiveDate, on: NaiveDate) {
        use crate::model::case::{Application, ApplicationDecision};
        case.applications.push(Application {
            route: RouteId::CstL4251Renewal,
            filed_on: Some(filed),
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Refused,
                date: Some(on),
                appeal: None,
            }),
            anef_number: None,
        });
    }

    /// R431-15-1: the attestation de prolongation is due for a renewal filed in time, until the
    /// decision. A refused renewal, or one filed after the window closed, no longer keeps her
    /// stay regular past the card's end: « titre expiré » shows, the missed window too.
    #[test]
    fn a_refused_or_late_renewal_does_not_keep_the_stay_regular() {
        use crate::legal::{assess, WarningId};
        let pack = RulePack::active();
        let in_time = renewed(d(2026, 11, 20));
        let p = in_time.current_permit.clone().unwrap();
        assert!(follow_up_filed(pack, &in_time, &p));
        let after = d(2027, 3, 20);
        assert!(!assess::assess(&in_time, after).has_warning(WarningId::PermitExpired));
        assert_eq!(assess::regular_stay_on(pack, &in_time, after), Some(true));

        let mut refused_case = in_time.clone();
        refused(&mut refused_case, d(2026, 11, 20), d(2027, 3, 10));
        assert!(!follow_up_filed(pack, &refused_case, &p));
        assert!(assess::assess(&refused_case, after).has_warning(WarningId::PermitExpired));
        assert_eq!(
            assess::regular_stay_on(pack, &refused_case, d(2027, 3, 9)),
            Some(true)
        );
        assert_eq!(
            assess::regular_stay_on(pack, &refused_case, after),
            Some(false)
        );

        let late = renewed(d(2026, 12, 20));
        assert!(!follow_up_filed(
            pack,
            &late,
            &late.current_permit.clone().unwrap()
        ));
        assert!(assess::assess(&late, d(2027, 1, 10)).has_warning(WarningId::RenewalWindowMissed));
        assert!(assess::assess(&late, after).has_warning(WarningId::PermitExpired));
    }

    /// R432-2: a renewal recorded only on the card (as the interview asks it) is waited on like
    /// an application: its implicit rejection four months on, until the application carrying
    /// its decision is recorded.
    #[test]
    fn a_renewal_recorded_on_the_card_has_its_implicit_rejection_day() {
        use crate::model::case::{Application, ApplicationDecision};
        let rejection = |case: &CaseFile| {
            deadlines(case, d(2026, 12, 1))
                .into_iter()
                .filter(|x| x.kind == DeadlineKind::ImplicitRejection)
                .map(|x| x.date)
                .collect::<Vec<_>>()
        };
        let mut case = renewed(d(2026, 11, 20));
        assert_eq!(rejection(&case), [d(2027, 3, 20)]);
        case.applications.push(Application {
            route: RouteId::CstL4251Renewal,
            filed_on: Some(d(2026, 11, 20)),
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Granted,
                date: Some(d(2027, 1, 15)),
                appeal: None,
            }),
            anef_number: None,
        });
        assert_eq!(rejection(&case), Vec::<NaiveDate>::new());
    }

    /// Jurist review, 2026-12-07: born on 10 January 2008, her complaint of 20 February 2026 the
    /// first day the case has of her, she was given « au plus tard le 9 mars 2026 » as certain;
    /// R431-5's window concerns one in France before 18, which the case does not show. A day of
    /// hers before 18 (here a consent) shows it.
    #[test]
    fn the_window_after_18_is_to_confirm_unless_the_case_shows_her_here_before_18() {
        use crate::model::case::ProcedureStep;
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2008, 1, 10));
        case.cooperation.complaint = Some(ProcedureStep {
            date: Some(d(2026, 2, 20)),
            ..ProcedureStep::default()
        });
        let window = |case: &CaseFile| {
            deadlines(case, d(2026, 2, 25))
                .into_iter()
                .find(|x| x.kind == DeadlineKind::MajorityApplicationCloses)
                .expect("the window after 18")
        };
        assert_eq!(window(&case).date, d(2026, 3, 9));
        assert!(window(&case).confirm_by_jurist);
        case.consent = Some(crate::test_support::consent_given_on(d(2025, 12, 1)));
        assert!(!window(&case).confirm_by_jurist);
    }

    /// Jurist review, 2026-12-07: a récépissé's end cited R431-5 (when a title's renewal is
    /// filed); and after an acquittal the L425-1 card's renewal window read as certain beside a
    /// route `not-eligible` under an [I] warning.
    #[test]
    fn a_recepisse_ends_on_its_own_article_and_a_window_after_acquittal_is_to_confirm() {
        use crate::model::case::{CriminalCase, CriminalStage};
        let mut recepisse = CaseFile::new(None, None);
        recepisse.current_permit = Some(Permit {
            kind: PermitKind::RecepisseApplication,
            issued: Some(d(2026, 9, 1)),
            expires: Some(d(2026, 12, 31)),
            renewal_count: None,
            renewal_filed_on: None,
        });
        let end = deadlines(&recepisse, d(2026, 10, 1))
            .into_iter()
            .find(|x| x.kind == DeadlineKind::PermitExpires)
            .unwrap();
        assert_eq!(end.legal_basis, ["CESEDA R431-12"]);
        let mut acquitted = renewed(d(2026, 11, 20));
        acquitted.current_permit.as_mut().unwrap().renewal_filed_on = None;
        let window = |case: &CaseFile| {
            deadlines(case, d(2026, 9, 1))
                .into_iter()
                .find(|x| x.kind == DeadlineKind::RenewalWindowCloses)
                .unwrap()
        };
        assert!(!window(&acquitted).confirm_by_jurist);
        acquitted.criminal_case = Some(CriminalCase {
            stage: Some(CriminalStage::Acquittal),
            final_conviction_date: None,
            regular_stay_on_final_conviction: None,
        });
        assert!(window(&acquitted).confirm_by_jurist);
    }

    /// Jurist review, 2026-12-07: a conviction due to be final on 1 December, inside the window
    /// of 31 October – 30 December, hid the window before that day too, though an appeal would
    /// leave the card to renew by its close. One final by the day the window opens hides it.
    #[test]
    fn a_conviction_final_inside_the_window_leaves_it_until_that_day() {
        use crate::model::case::{CriminalCase, CriminalStage};
        let convicted = |final_on| {
            let mut case = CaseFile::new(None, None);
            case.current_permit = Some(Permit {
                kind: PermitKind::CstVpf,
                issued: Some(d(2026, 3, 1)),
                expires: Some(d(2027, 2, 28)),
                renewal_count: None,
                renewal_filed_on: None,
            });
            case.criminal_case = Some(CriminalCase {
                stage: Some(CriminalStage::FinalConviction),
                final_conviction_date: Some(final_on),
                regular_stay_on_final_conviction: None,
            });
            case
        };
        let window_on = |case: &CaseFile, today| {
            deadlines(case, today)
                .iter()
                .any(|x| x.kind == DeadlineKind::RenewalWindowCloses)
        };
        let inside = convicted(d(2026, 12, 1));
        assert!(window_on(&inside, d(2026, 11, 5)));
        assert!(!window_on(&inside, d(2026, 12, 5)));
        let before = convicted(d(2026, 10, 20));
        assert!(!window_on(&before, d(2026, 10, 1)));
    }

    /// Jurist review, 2026-12-07: a renewal day left on the card from the application that gave
    /// it (filed before its issue) read as a renewal pending, « rejetée implicitement » four
    /// months on and « déposée trop tôt ». It is not this card's renewal: no rejection day, the
    /// window is to file in, and the day is named among the dates to check.
    #[test]
    fn a_renewal_day_before_the_cards_issue_is_not_its_renewal() {
        use crate::legal::{assess, WarningId};
        let case = renewed(d(2025, 12, 1));
        assert_eq!(case.current_permit.as_ref().unwrap().renewal_filed(), None);
        let today = d(2026, 6, 1);
        let kinds: Vec<DeadlineKind> = deadlines(&case, today).iter().map(|x| x.kind).collect();
        assert!(
            !kinds.contains(&DeadlineKind::ImplicitRejection),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&DeadlineKind::RenewalWindowCloses),
            "{kinds:?}"
        );
        let a = assess::assess(&case, today);
        assert!(!a.has_warning(WarningId::RenewalFiledEarly));
        let check = a
            .warnings
            .iter()
            .find(|w| w.id == WarningId::CaseDatesToCheck)
            .expect("the day is named");
        assert!(
            matches!(check.args.get("problem"), Some(crate::legal::ArgValue::Code(p)) if p == "renewal-before-issue"),
            "{check:?}"
        );
        // Named too when the card's end is not recorded (review of this change).
        let mut no_end = renewed(d(2025, 12, 1));
        no_end.current_permit.as_mut().unwrap().expires = None;
        let a = assess::assess(&no_end, today);
        assert!(
            a.warnings.iter().any(|w| w.id == WarningId::CaseDatesToCheck
                && matches!(w.args.get("problem"), Some(crate::legal::ArgValue::Code(p)) if p == "renewal-before-issue")),
            "{:?}",
            a.warnings
        );
        // Filed the day after the issue, it is (a renewal, early).
        let after = renewed(d(2026, 2, 2));
        assert_eq!(
            after.current_permit.as_ref().unwrap().renewal_filed(),
            Some(d(2026, 2, 2))
        );
    }

    /// A grant recorded for this card's renewal is said (the new card to record); a grant with no
    /// filing day decided before this card's issue is the one that gave it, not its renewal; one
    /// with no day at all is said undated once the window has closed.
    #[test]
    fn a_granted_renewal_is_this_cards_only_when_it_can_be() {
        use crate::legal::{assess, WarningId};
        use crate::model::case::{Application, ApplicationDecision};
        let pack = RulePack::active();
        let grant = |filed_on, decided| Application {
            route: RouteId::CstL4251Renewal,
            filed_on,
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Granted,
                date: decided,
                appeal: None,
            }),
            anef_number: None,
        };
        let mut case = renewed(d(2026, 11, 20));
        case.current_permit.as_mut().unwrap().renewal_filed_on = None;
        let filing = |case: &CaseFile| {
            let permit = case.current_permit.as_ref().unwrap();
            renewal_filing(pack, case, permit, d(2027, 2, 10))
        };
        case.applications = vec![grant(Some(d(2026, 11, 20)), Some(d(2027, 1, 15)))];
        assert_eq!(
            filing(&case),
            Some(RenewalFiling::Granted {
                decided: Some(d(2027, 1, 15))
            })
        );
        // The worker is not warned of an ended card: its renewal is decided, the new card is to
        // record (`a_granted_aps_renewal_is_said_granted_not_expired_after_the_end`).
        assert!(!assess::assess(&case, d(2027, 2, 10)).has_warning(WarningId::PermitExpired));
        case.applications = vec![grant(None, Some(d(2027, 1, 15)))];
        assert!(matches!(filing(&case), Some(RenewalFiling::Granted { .. })));
        // The grant that gave the card she holds, recorded without its filing day: decided
        // before its issue or on its issue day (review, 2026-12-06).
        for decided in [Some(d(2026, 1, 20)), Some(d(2026, 2, 1))] {
            case.applications = vec![grant(None, decided)];
            assert_eq!(filing(&case), None, "{decided:?}");
        }
        // With no day at all, whose it is cannot be told: on record, its days to record, as the
        // worker's `permit-expired` says (`renewal-undated`), not a grant of this card's; before
        // the window closes, nothing (most often the grant that gave the card).
        case.applications = vec![grant(None, None)];
        assert_eq!(filing(&case), Some(RenewalFiling::Undated));
        let before = renewal_filing(
            pack,
            &case,
            case.current_permit.as_ref().unwrap(),
            d(2026, 6, 1),
        );
        assert_eq!(before, None);
        // The card's issue not recorded: a grant placed from its renewal window's first day
        // (early October 2026 for this card ending on 31 January 2027), not the one that gave
        // it, a year before its end.
        case.current_permit.as_mut().unwrap().issued = None;
        for gave_it in [
            d(2026, 1, 20),
            d(2026, 1, 31),
            d(2026, 2, 1),
            d(2026, 9, 30),
        ] {
            case.applications = vec![grant(None, Some(gave_it))];
            assert_eq!(filing(&case), None, "decided on {gave_it}");
        }
        case.applications = vec![grant(None, Some(d(2026, 12, 1)))];
        assert!(matches!(filing(&case), Some(RenewalFiling::Granted { .. })));
        // Neither its issue nor its end recorded: a dated decision is its renewal's (the
        // letters stop).
        case.current_permit.as_mut().unwrap().expires = None;
        case.applications = vec![grant(None, Some(d(2026, 1, 20)))];
        let permit = case.current_permit.clone().unwrap();
        assert!(renewal_decision(pack, &case, &permit).is_some());
        case.current_permit.as_mut().unwrap().expires = Some(d(2027, 1, 31));
        case.current_permit.as_mut().unwrap().issued = Some(d(2026, 2, 1));
        // Granted after a refusal: granted, as the letters read it.
        let mut refused_first = grant(Some(d(2026, 11, 20)), Some(d(2026, 12, 20)));
        refused_first.decision.as_mut().unwrap().outcome = DecisionOutcome::Refused;
        case.applications = vec![
            refused_first.clone(),
            grant(Some(d(2026, 12, 22)), Some(d(2027, 1, 20))),
        ];
        assert!(matches!(filing(&case), Some(RenewalFiling::Granted { .. })));
        // The worker's screen reads the same: no « refused » beside the grant.
        let permit = case.current_permit.clone().unwrap();
        assert_eq!(renewal_refusal(pack, &case, &permit), None);
        // A refusal with no day at all: refused, as the worker's screen says it.
        let mut undated_refusal = refused_first;
        undated_refusal.filed_on = None;
        undated_refusal.decision.as_mut().unwrap().date = None;
        case.applications = vec![undated_refusal];
        assert_eq!(filing(&case), Some(RenewalFiling::Refused));
        assert!(renewal_refusal(pack, &case, &permit).is_some());
        // Her renewal's filing recorded on the card, and a decision without its days: filed, not
        // « à renouveler » nor « unanswered ».
        case.current_permit.as_mut().unwrap().renewal_filed_on = Some(d(2026, 11, 20));
        case.applications = vec![grant(None, None)];
        assert_eq!(
            filing(&case),
            Some(RenewalFiling::Filed {
                filed: d(2026, 11, 20)
            })
        );
    }

    /// The reflection récépissé recorded only as the document she holds gives the end of the
    /// period as the assessment reads it.
    #[test]
    fn the_reflection_period_ends_from_a_recepisse_recorded_as_her_document() {
        let mut case = CaseFile::new(None, None);
        case.current_permit = Some(Permit {
            kind: PermitKind::RecepisseReflection,
            issued: Some(d(2026, 1, 31)),
            expires: None,
            renewal_count: None,
            renewal_filed_on: None,
        });
        let end = deadlines(&case, d(2026, 2, 10))
            .into_iter()
            .find(|x| x.kind == DeadlineKind::ReflectionPeriodEnd)
            .expect("the period's end");
        assert_eq!(end.date, d(2026, 3, 2));
    }

    /// The planned filing is carried out by the application planned, not by a reflection
    /// récépissé nor a refused application (the plan may be to file again); a date at the edge
    /// of the calendar does not stop the engine.
    #[test]
    fn a_plan_is_carried_out_only_by_an_application_that_stands() {
        use crate::model::case::{Application, ApplicationDecision};
        let planned = |apps: Vec<Application>, plan: NaiveDate| {
            let mut case = CaseFile::new(None, None);
            case.planned_filing_date = Some(plan);
            case.applications = apps;
            deadlines(&case, d(2027, 1, 20))
                .iter()
                .any(|x| x.kind == DeadlineKind::PlannedFiling)
        };
        let app = |route, outcome: Option<DecisionOutcome>| Application {
            route,
            filed_on: Some(d(2027, 1, 8)),
            decision: outcome.map(|outcome| ApplicationDecision {
                outcome,
                date: None,
                appeal: None,
            }),
            anef_number: None,
        };
        let plan = d(2027, 2, 12);
        assert!(!planned(vec![app(RouteId::CstL4251, None)], plan));
        assert!(planned(vec![app(RouteId::ReflectionPeriod, None)], plan));
        assert!(planned(
            vec![app(RouteId::CstL4251, Some(DecisionOutcome::Refused))],
            plan
        ));
        assert!(!planned(vec![app(RouteId::CstL4251, None)], NaiveDate::MIN));
    }

    /// The application windows (after 18, after an asylum claim) are done once the application
    /// they ask for is recorded as filed (a refused one, or the reflection récépissé, is not it).
    #[test]
    fn an_application_filed_ends_the_window_that_asked_for_it() {
        use crate::model::case::{Application, ApplicationDecision, AsylumClaim};
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2007, 12, 28));
        case.asylum_claim = Some(AsylumClaim {
            registered_on: Some(d(2025, 12, 1)),
        });
        let kinds = |case: &CaseFile| -> Vec<DeadlineKind> {
            deadlines(case, d(2026, 1, 15))
                .into_iter()
                .map(|x| x.kind)
                .collect()
        };
        let before = kinds(&case);
        assert!(
            before.contains(&DeadlineKind::MajorityApplicationCloses),
            "{before:?}"
        );
        assert!(
            before.contains(&DeadlineKind::AsylumOtherGroundsCloses),
            "{before:?}"
        );
        let filed = |route, outcome: Option<DecisionOutcome>| Application {
            route,
            filed_on: Some(d(2026, 1, 10)),
            decision: outcome.map(|outcome| ApplicationDecision {
                outcome,
                date: None,
                appeal: None,
            }),
            anef_number: None,
        };
        for standing_not in [
            filed(RouteId::ReflectionPeriod, None),
            filed(RouteId::CstL4251, Some(DecisionOutcome::Refused)),
        ] {
            case.applications = vec![standing_not];
            assert_eq!(kinds(&case), before);
        }
        case.applications = vec![filed(RouteId::CstL4251, None)];
        let after = kinds(&case);
        assert!(
            !after.contains(&DeadlineKind::MajorityApplicationCloses),
            "{after:?}"
        );
        assert!(
            !after.contains(&DeadlineKind::AsylumOtherGroundsCloses),
            "{after:?}"
        );
    }

    /// Born on 29 February: her 18th birthday in a common year is 28 February, the earlier
    /// reading, and said to be confirmed (legal review, 2026-12-06); another birth day is not.
    #[test]
    fn a_birth_on_29_february_has_its_majority_day_confirmed_by_a_jurist() {
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2008, 2, 29));
        let turns18 = |case: &CaseFile| {
            deadlines(case, d(2026, 1, 10))
                .into_iter()
                .find(|x| x.kind == DeadlineKind::Turns18)
                .unwrap()
        };
        let leap = turns18(&case);
        assert_eq!(leap.date, d(2026, 2, 28));
        assert!(leap.confirm_by_jurist && !leap.estimated);
        case.person.birth_date = Some(d(2008, 3, 1));
        assert!(!turns18(&case).confirm_by_jurist);
    }

    #[test]
    fn an_approximate_birth_date_gives_the_earliest_majority_days_marked_estimated() {
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2009, 1, 1));
        case.person.birth_date_precision = Some(crate::model::case::DatePrecision::Year);
        let all = deadlines(&case, d(2026, 11, 26));
        let turns18 = all
            .iter()
            .find(|x| x.kind == DeadlineKind::Turns18)
            .expect("16 or 17: the 18th birthday is shown");
        assert_eq!(turns18.date, d(2027, 1, 1), "the earliest possible day");
        assert!(turns18.estimated && turns18.confirm_by_jurist);
        case.person.birth_date_precision = None;
        let all = deadlines(&case, d(2026, 11, 26));
        let turns18 = all
            .iter()
            .find(|x| x.kind == DeadlineKind::Turns18)
            .unwrap();
        assert!(!turns18.estimated, "an exact birth date");
    }

    #[test]
    fn an_approximate_birth_date_keeps_the_majority_days_until_the_latest_window_closes() {
        // Born in 2008, day unknown: 18 between 1 January and 31 December 2026.
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2008, 1, 1));
        case.person.birth_date_precision = Some(crate::model::case::DatePrecision::Year);
        let majority = |case: &CaseFile, today| {
            deadlines(case, today)
                .into_iter()
                .filter(|x| {
                    matches!(
                        x.kind,
                        DeadlineKind::Turns18 | DeadlineKind::MajorityApplicationCloses
                    )
                })
                .collect::<Vec<_>>()
        };
        // The earliest window closed on 28 February; she may still be 17 in December.
        let shown = majority(&case, d(2026, 12, 2));
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown
            .iter()
            .all(|x| x.passed && x.estimated && x.confirm_by_jurist));
        assert_eq!(shown[1].date, d(2026, 2, 28), "the earliest day, passed");
        // The warning says so too.
        let warned = |case: &CaseFile, today| {
            crate::legal::assess(case, today).has_warning(crate::legal::WarningId::MinorAt18)
        };
        assert!(warned(&case, d(2026, 12, 2)));
        let assessment = crate::legal::assess(&case, d(2026, 12, 2));
        let warning = assessment
            .warnings
            .iter()
            .find(|w| w.id == crate::legal::WarningId::MinorAt18)
            .unwrap();
        // Its days rest on a birth date the case does not establish: for a jurist, as the
        // deadlines it announces.
        assert!(warning.confirm_by_jurist);
        let text = crate::legal::labels::warning("fr", warning);
        assert!(
            text.contains("au plus tôt le 1er\u{a0}janvier\u{a0}2026"),
            "{text}"
        );
        assert!(
            text.contains("courrait jusqu’au 27\u{a0}février\u{a0}2027."),
            "{text}"
        );
        // Born on 31 December at the latest: her window closes on 27 February 2027; then it
        // stays on her case, passed, for a year (a window missed), and no warning is left.
        assert_eq!(majority(&case, d(2027, 2, 27)).len(), 2);
        let missed = majority(&case, d(2027, 2, 28));
        assert_eq!(missed.len(), 2);
        assert!(missed.iter().all(|x| x.passed), "{missed:?}");
        assert!(!warned(&case, d(2027, 2, 28)));
        assert!(majority(&case, d(2028, 2, 28)).is_empty());
        // An exact date: the same once its window closes.
        case.person.birth_date_precision = None;
        let missed = majority(&case, d(2026, 3, 1));
        assert!(
            !missed.is_empty() && missed.iter().all(|x| x.passed),
            "{missed:?}"
        );
        assert!(majority(&case, d(2027, 3, 1)).is_empty());
    }

    #[test]
    fn a_passport_in_hand_shows_the_end_of_its_validity_as_recorded() {
        use crate::model::case::{Document, PieceKind};
        let mut case = CaseFile::new(None, None);
        let mut passport = Document::new(PieceKind::Passport, DocumentStatus::Have);
        passport.expires = Some(d(2027, 2, 1));
        case.documents.push(passport);
        let validity = |case: &CaseFile| {
            deadlines(case, d(2026, 11, 26))
                .into_iter()
                .filter(|x| x.document == Some(PieceKind::Passport))
                .collect::<Vec<_>>()
        };
        let shown = validity(&case);
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert_eq!(shown[0].kind, DeadlineKind::DocumentExpires);
        assert_eq!(shown[0].date, d(2027, 2, 1));
        assert!(!shown[0].confirm_by_jurist, "a recorded fact");
        assert!(!shown[0].freshness, "its own validity");
        // A proof of address's day is its freshness for the application, told apart (UI review,
        // 2026-12-05: both were « fin de validité » on her checklist).
        let mut proof = Document::new(PieceKind::ProofOfAddress, DocumentStatus::Have);
        proof.date = Some(d(2026, 11, 2));
        case.documents.push(proof);
        let fresh: Vec<Deadline> = deadlines(&case, d(2026, 11, 26))
            .into_iter()
            .filter(|x| x.document == Some(PieceKind::ProofOfAddress))
            .collect();
        assert!(fresh.len() == 1 && fresh[0].freshness, "{fresh:?}");
        assert!(
            super::super::labels::deadline("fr", &fresh[0]).contains("assez récent"),
            "worded as such"
        );
        case.documents.truncate(1);
        case.documents[0].status = DocumentStatus::Confiscated;
        assert!(validity(&case).is_empty(), "not in her hands");
    }

    /// Legal review, 2026-12-05: a renewal planned the day before its window opened had no
    /// caution, while the same renewal once filed is `renewal-filed-early`.
    #[test]
    fn a_renewal_planned_before_its_window_opens_says_so_until_it_opens() {
        let plan_of = |case: &CaseFile, today| {
            deadlines(case, today)
                .into_iter()
                .find(|x| x.kind == DeadlineKind::PlannedFiling)
                .unwrap()
        };
        let mut case = CaseFile::new(None, None);
        case.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(d(2026, 1, 1)),
            expires: Some(d(2026, 12, 31)),
            renewal_count: None,
            renewal_filed_on: None,
        });
        let (opens, _) =
            renewal_window(RulePack::active(), PermitKind::CstVpf, d(2026, 12, 31)).unwrap();
        let today = d(2026, 8, 15);
        case.planned_filing_date = dates::sub_days(opens, 1);
        let plan = plan_of(&case, today);
        let early = plan.opens_after.expect("a window opens after the plan");
        assert_eq!(
            (early.kind, early.date),
            (DeadlineKind::RenewalWindowOpens, opens)
        );
        let caution = crate::legal::labels::planned_filing_caution("fr", &plan, today).unwrap();
        assert!(caution.contains("avant l’ouverture"), "{caution}");
        // On its first day: nothing to say.
        case.planned_filing_date = Some(opens);
        assert_eq!(plan_of(&case, today).opens_after, None);
        // Once the window is open, a plan before it is in the past: nothing either.
        case.planned_filing_date = dates::sub_days(opens, 1);
        assert_eq!(plan_of(&case, opens).opens_after, None);
    }

    #[test]
    fn a_planned_filing_after_a_window_closes_says_which_and_an_early_one_says_nothing() {
        let closes_before = |case: &CaseFile, today| {
            deadlines(case, today)
                .into_iter()
                .find(|x| x.kind == DeadlineKind::PlannedFiling)
                .and_then(|x| x.closes_before)
        };
        let mut case = CaseFile::new(None, None);
        case.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(d(2026, 2, 1)),
            expires: Some(d(2027, 1, 31)),
            renewal_count: None,
            renewal_filed_on: None,
        });
        let (_, window_closes) =
            renewal_window(RulePack::active(), PermitKind::CstVpf, d(2027, 1, 31)).unwrap();
        // Inside the window: on time.
        case.planned_filing_date = Some(window_closes);
        assert_eq!(closes_before(&case, d(2026, 12, 1)), None);
        // A day after it: the window, not the card's end that follows.
        case.planned_filing_date = dates::add_days(window_closes, 1);
        let late = closes_before(&case, d(2026, 12, 1)).unwrap();
        assert_eq!(late.kind, DeadlineKind::RenewalWindowCloses);
        assert_eq!(late.date, window_closes);
        // The worker is told while the window is open, not once it has closed.
        let today = d(2026, 12, 1);
        let plan = deadlines(&case, today)
            .into_iter()
            .find(|x| x.kind == DeadlineKind::PlannedFiling)
            .unwrap();
        let caution = crate::legal::labels::planned_filing_caution("fr", &plan, today).unwrap();
        assert!(caution.contains("période de renouvellement"), "{caution}");
        assert!(crate::legal::labels::planned_filing_caution("fr", &plan, late.date).is_some());
        let after = dates::add_days(late.date, 1).unwrap();
        assert_eq!(
            crate::legal::labels::planned_filing_caution("fr", &plan, after),
            None
        );

        // A minor: the window after her 18th birthday (R431-5 3°).
        let mut minor = CaseFile::new(None, None);
        minor.person.birth_date = Some(d(2009, 3, 10));
        minor.planned_filing_date = Some(d(2027, 6, 1));
        let late = closes_before(&minor, d(2026, 12, 1)).unwrap();
        assert_eq!(late.kind, DeadlineKind::MajorityApplicationCloses);
        assert_eq!(late.date, d(2027, 5, 9));
        minor.planned_filing_date = Some(d(2027, 4, 1));
        assert_eq!(closes_before(&minor, d(2026, 12, 1)), None);
    }

    #[test]
    fn the_window_a_plan_misses_is_the_first_still_open_and_not_one_that_no_longer_binds() {
        use crate::model::case::{AsylumClaim, ProcedureStep};
        let closes_before = |case: &CaseFile, today| {
            deadlines(case, today)
                .into_iter()
                .find(|x| x.kind == DeadlineKind::PlannedFiling)
                .and_then(|x| x.closes_before)
        };
        // An adult (her window at 18 closed long ago) after an asylum claim: the asylum window.
        let mut adult = CaseFile::new(None, None);
        adult.person.birth_date = Some(d(1998, 4, 12));
        adult.asylum_claim = Some(AsylumClaim {
            registered_on: Some(d(2026, 11, 1)),
        });
        adult.planned_filing_date = Some(d(2027, 2, 1));
        let late = closes_before(&adult, d(2026, 12, 4)).unwrap();
        assert_eq!(late.kind, DeadlineKind::AsylumOtherGroundsCloses);
        assert_eq!(late.date, d(2026, 12, 31));
        // A complaint after the registration is a new circumstance: the card is still asked for.
        adult.cooperation.complaint = Some(ProcedureStep {
            date: Some(d(2026, 11, 15)),
            ..ProcedureStep::default()
        });
        assert_eq!(closes_before(&adult, d(2026, 12, 4)), None);

        // The renewal window closed on 2 December; the card's end, still ahead, is missed too.
        let mut card = CaseFile::new(None, None);
        card.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(d(2026, 2, 1)),
            expires: Some(d(2027, 1, 31)),
            renewal_count: None,
            renewal_filed_on: None,
        });
        card.planned_filing_date = Some(d(2027, 2, 15));
        let late = closes_before(&card, d(2026, 12, 4)).unwrap();
        assert_eq!(late.kind, DeadlineKind::PermitExpires);
        // Its renewal filed in time keeps her stay regular: nothing is missed.
        card.current_permit.as_mut().unwrap().renewal_filed_on = Some(d(2026, 11, 2));
        assert_eq!(closes_before(&card, d(2026, 12, 4)), None);

        // Placement unknown: once the earlier day has passed, the eve of her 19th birthday.
        let mut minor = CaseFile::new(None, None);
        minor.person.birth_date = Some(d(2008, 3, 10));
        minor.child_welfare = Some(crate::model::case::ChildWelfare {
            placed_on: None,
            placement: Some(crate::model::case::Placement::Ase),
        });
        minor.planned_filing_date = Some(d(2027, 4, 1));
        let late = closes_before(&minor, d(2026, 6, 1)).unwrap();
        assert_eq!(late.kind, DeadlineKind::MajorityApplicationCloses);
        assert_eq!(late.date, d(2027, 3, 9));

        // Placed by 16, the card's other conditions not recorded (review, 2026-12-04): a plan
        // after the two months past her 18th birthday is too late on the reading of 3°.
        let mut placed = CaseFile::new(None, None);
        placed.person.birth_date = Some(d(2008, 5, 10));
        placed.child_welfare = Some(crate::model::case::ChildWelfare {
            placed_on: Some(d(2023, 9, 1)),
            placement: Some(crate::model::case::Placement::Ase),
        });
        placed.planned_filing_date = Some(d(2026, 12, 1));
        let late = closes_before(&placed, d(2026, 6, 1)).unwrap();
        assert_eq!(late.kind, DeadlineKind::MajorityApplicationCloses);
        assert_eq!(late.date, d(2026, 7, 9));
    }

    #[test]
    fn an_approximate_birth_date_keeps_each_window_and_a_card_covers_only_past_the_latest_18th() {
        use crate::model::case::{ChildWelfare, DatePrecision, Placement};
        // Born in 2008, placed with child welfare on a day not recorded: two windows.
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2008, 1, 1));
        case.person.birth_date_precision = Some(DatePrecision::Year);
        case.child_welfare = Some(ChildWelfare {
            placed_on: None,
            placement: Some(Placement::Ase),
        });
        let windows = majority_windows(RulePack::active(), &case);
        assert_eq!(windows.len(), 2);
        assert_eq!(windows[0].1.closes, d(2026, 2, 28));
        assert_eq!(
            windows[0].1.until,
            d(2027, 2, 27),
            "R431-5 3°, born 31 December"
        );
        assert_eq!(
            windows[1].1.until,
            d(2027, 12, 30),
            "2°: the eve of her 19th birthday"
        );
        // A card ending on 30 June 2026: she may have turned 18 after it (July to December).
        case.child_welfare = None;
        case.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: Some(d(2025, 7, 1)),
            expires: Some(d(2026, 6, 30)),
            renewal_count: None,
            renewal_filed_on: None,
        });
        assert!(!majority_windows(RulePack::active(), &case).is_empty());
        // Past the end of 2026: covered whatever her birthday.
        case.current_permit.as_mut().unwrap().expires = Some(d(2027, 1, 15));
        assert!(majority_windows(RulePack::active(), &case).is_empty());
    }

    #[test]
    fn a_filed_application_carries_the_planned_filing_out_and_an_older_one_does_not() {
        use crate::model::case::{Application, RouteId};
        let planned = |case: &CaseFile| {
            deadlines(case, d(2027, 1, 20))
                .iter()
                .any(|x| x.kind == DeadlineKind::PlannedFiling)
        };
        let mut case = CaseFile::new(None, None);
        case.planned_filing_date = Some(d(2027, 1, 15));
        assert!(planned(&case));
        let filed = |day| Application {
            route: RouteId::CstL4251,
            filed_on: day,
            decision: None,
            anef_number: None,
        };
        // The reflection récépissé of last spring: the card's filing is still to do.
        case.applications.push(filed(Some(d(2026, 4, 2))));
        assert!(planned(&case));
        // An application without a day says nothing of when.
        case.applications.push(filed(None));
        assert!(planned(&case));
        // Filed a little early: done.
        case.applications.push(filed(Some(d(2027, 1, 8))));
        assert!(!planned(&case));
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
