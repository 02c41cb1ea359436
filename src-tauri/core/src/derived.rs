//! What the case list, the search and the dashboard read about a case, derived from its case file
//! whenever the case is written: `db::cases` stores it ([`crate::db::index`]) in the transaction
//! that writes the case, so that showing a screen never parses or assesses a case.
//!
//! **Nothing derived depends on the day it is computed.** A deadline is kept with the days on which
//! it applies, shows as coming ([`DerivedDeadline::upcoming_from`]) and stays overdue
//! ([`DerivedDeadline::overdue_until`]); the queries compare those days with today. Midnight
//! changes what the screens show without a write, and a case nobody touches is never stale.
//!
//! What does depend on this build — these rules and the rule pack in use — is named by a stamp
//! ([`Derivation::stamp`]) stored beside each row: rows computed by another build or with another
//! pack version (after an upgrade, a restore of an older backup, a new rule pack imported) are
//! recomputed in the background while the vault is open (`app::index`), never on the read path.

use std::borrow::Cow;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::legal::deadlines::{timeline_with, Dated};
use crate::legal::{dates, Deadline, DeadlineKind, RulePack};
use crate::model::case::{Appointment, CaseFile, CriminalStage, PermitKind, RouteId};
use crate::search;
use crate::text::fold;
use crate::Result;

/// The version of these rules: raise it whenever what is derived, or how, changes, and every
/// stored row is recomputed after the upgrade.
// 2: the planned filing date is a deadline of its own.
// 3: an application recorded as filed carries the planned filing out (it no longer shows).
// 4: the stage of the criminal proceedings (the list's « stage »).
// 5: the implicit rejection of an undecided application; after the final conviction, the L425-1
//    card's end shows as early as its renewal window would have, and a resident-card application
//    filed by then ends it as a renewal did.
// 6: a renewal filed after its window closed, or refused, no longer takes the card's end off the
//    dashboard; the reflection period's end also from a récépissé recorded as her document; a
//    refused application no longer carries the planned filing out; the windows after 18 and after
//    an asylum claim close once the application they ask for is filed; a renewal recorded only on
//    the card has its implicit rejection day.
// 7: an approximate birth date keeps the windows after 18 until the latest ones it allows close,
//    and her title covers her at 18 only past the latest day she may turn 18 on; the reflection
//    period ends on the day printed on its récépissé when recorded.
// 8: a conviction final only after the last day to file the renewal leaves its window on the
//    dashboard; the last window after 18 stays on her case, passed, for a year after it closes.
// 9: that window only until the day the conviction is final (when by the card's end), and a
//    resident-card application filed by the card's end keeps it off the dashboard.
// 10: after a placement by 16, the window of R431-5 3° first (the L423-22 card's other
//    conditions are not recorded); a renewal filed after a window estimated from the card's
//    length is late; names written with combining accents are indexed as their composed form.
// 11: a renewal filed before its R431-5 window opened (and not decided since) is not filed in
//    time: the window stays on the dashboard, and the card's end once it passes.
// 12: a renewal recorded only among the applications (filed after the card's issue, in the year
//    before its end) counts as the card's renewal filed: its window leaves the dashboard.
// 13: a card's renewal applications are read against its estimated end when its end is not
//    recorded (a refusal or a decision of an earlier card's renewal is not this one's).
// 14: an APS application filed while she holds one is its renewal (its window leaves the
//    dashboard once filed), and a pending APS renewal does not keep her stay after its end (the
//    end stays a task).
// 15: a document's freshness limit is told from its own validity (`Deadline::freshness`): the
//    dashboard words it « assez récent jusqu'au ».
// 16: the renewal window of « the two months before expiry » opens the day after the same day two
//    months earlier (30 April → 1 March).
// 17: search keys read compatibility forms as their letters (full-width « ＥＸＥＭＰＬＥ »).
// 18: a closed case has no deadline from the day it closed; a window after 18 passed with nothing
//    filed stays overdue while it is shown where `majority-window-missed` would speak (with a
//    birth date known to the year, while it may still be open); the end of a reflection period
//    is no longer overdue once she holds, or has applied for, another document.
const VERSION: u32 = 18;

/// How many days ahead the dashboard looks.
pub const HORIZON_DAYS: u32 = 30;

/// How early the end of an L425-1 card shows once it is no longer renewed (final conviction):
/// as early as its renewal window would have opened (R431-5: 120 days), the resident card being
/// what is filed before it.
const RESIDENT_CARD_LEAD_DAYS: u32 = 120;

/// The longest time, in days, before its date that a deadline shows as coming: the dashboard's
/// horizon, or an open renewal window (the embedded pack's widest is about two months). The
/// dashboard reads coming deadlines within this many days of today; a test keeps every deadline
/// the pack can produce within it.
pub const MAX_LEAD_DAYS: u32 = 366;

/// « Until further notice »: the last day of a passed deadline that stays overdue as long as
/// nothing is recorded about it.
pub const FOREVER: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(day) => day,
    None => panic!("9999-12-31 is a date"),
};

/// What computes the derived rows: these rules and a rule pack, named by a stamp stored beside
/// each row. A row whose stamp differs from the [`Derivation::in_use`]'s is stale: the background
/// recomputation (`app::index`) derives it again.
#[derive(Debug, Clone)]
pub struct Derivation<'p> {
    pack: Cow<'p, RulePack>,
}

impl<'p> Derivation<'p> {
    /// The derivation with `pack`.
    pub fn with(pack: &'p RulePack) -> Self {
        Derivation {
            pack: Cow::Borrowed(pack),
        }
    }

    /// The derivation with `pack`, owned (a pack read from a file or from the vault).
    pub fn owning(pack: RulePack) -> Derivation<'static> {
        Derivation {
            pack: Cow::Owned(pack),
        }
    }

    /// The derivation every write and the background recomputation use: these rules and the rule
    /// pack in use. The one place that names that pack: a pack replaced at run time (issue 17)
    /// is returned here, and every row computed with another pack version becomes stale. Called
    /// by every write of a case (each case of a bulk import too): keep it cheap, a pack parsed
    /// once and cached rather than parsed per call.
    pub fn in_use(_conn: &Connection) -> Result<Derivation<'static>> {
        Ok(Derivation::with(RulePack::active()))
    }

    /// What computed the rows: these rules' version and the pack's id and version
    /// (`3/passerelle-fr-l425/2026.12.4`).
    pub fn stamp(&self) -> String {
        format!("{VERSION}/{}/{}", self.pack.id, self.pack.version)
    }

    /// Derives what the screens read about `case`.
    pub fn derive(&self, case: &CaseFile) -> Derived {
        derive_with(&self.pack, case)
    }
}

/// What the screens read about one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// « OKAFOR Amina »; empty when no name is known.
    pub display_name: String,
    /// « O. A. »; « ? » when no name is known.
    pub initials: String,
    /// The display name folded: the order of the list.
    pub sort_key: String,
    /// The day the association closed the case.
    pub closed_on: Option<NaiveDate>,
    /// The stage of the criminal proceedings, if recorded.
    pub stage: Option<CriminalStage>,
    /// The full-text index's terms ([`search::terms`]).
    pub search_terms: String,
    /// Every deadline the case can have, sorted.
    pub deadlines: Vec<DerivedDeadline>,
    /// The appointments, as recorded.
    pub appointments: Vec<Appointment>,
}

/// A deadline and the days on which it shows: on the list as the next one, on the dashboard as
/// coming or overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedDeadline {
    /// The deadline (`passed` is false: it depends on the day it is read).
    pub deadline: Deadline,
    /// The first day it applies on, if not always.
    pub shown_from: Option<NaiveDate>,
    /// The last day it applies on, if not always.
    pub shown_until: Option<NaiveDate>,
    /// The first day the dashboard shows it as coming (until its date).
    pub upcoming_from: NaiveDate,
    /// The last day the dashboard shows it as overdue once passed ([`FOREVER`]: until something
    /// is recorded); `None`: a passed deadline calls for nothing.
    pub overdue_until: Option<NaiveDate>,
}

impl DerivedDeadline {
    fn applies_on(&self, today: NaiveDate) -> bool {
        self.shown_from.is_none_or(|from| from <= today)
            && self.shown_until.is_none_or(|until| today <= until)
    }

    /// True if and only if this is a deadline to come on `today` (the list's next deadline is the
    /// first of these).
    pub fn is_ahead(&self, today: NaiveDate) -> bool {
        self.applies_on(today) && today <= self.deadline.date
    }

    /// True if and only if the dashboard shows it as coming on `today`.
    pub fn is_upcoming(&self, today: NaiveDate) -> bool {
        self.is_ahead(today) && self.upcoming_from <= today
    }

    /// True if and only if the dashboard shows it as overdue on `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.applies_on(today)
            && self.deadline.date < today
            && self.overdue_until.is_some_and(|until| today <= until)
    }
}

/// Derives what the screens read about `case`, with the embedded rule pack.
pub fn derive(case: &CaseFile) -> Derived {
    derive_with(RulePack::embedded(), case)
}

fn derive_with(pack: &RulePack, case: &CaseFile) -> Derived {
    let display_name = case.display_name();
    let person = &case.person;
    let names = [&person.family_name, &person.given_names]
        .into_iter()
        .flatten()
        .chain(&person.aliases)
        .map(String::as_str);
    let cooperation = [&case.cooperation.complaint, &case.cooperation.testimony]
        .into_iter()
        .flatten()
        .filter_map(|step| step.reference.as_deref());
    let numbers = case
        .references
        .iter()
        .flat_map(|r| [&r.foreigner_number, &r.anef_number, &r.parquet])
        .flatten()
        .chain(
            case.applications
                .iter()
                .filter_map(|a| a.anef_number.as_ref()),
        )
        .map(String::as_str);
    let references = cooperation.chain(numbers).chain(person.phone.as_deref());
    Derived {
        sort_key: fold(&display_name),
        initials: case.initials(),
        display_name,
        closed_on: case.closed_on,
        stage: case.criminal_case.as_ref().and_then(|c| c.stage),
        search_terms: search::terms(names, references),
        deadlines: dashboard_windows(pack, case, timeline_with(pack, case)),
        appointments: case.appointments.clone(),
    }
}

/// When each deadline of `case` shows on the dashboard:
/// - **coming**: from `HORIZON_DAYS` days before it, or for the end of a renewal window from the
///   day the window opens if that is earlier (an open window is the moment to file);
/// - **overdue**: a passed deadline only while something can still be done about it: the end of a
///   reflection period without a complaint or testimony, the expiry of a document whose renewal
///   was not filed, the end of a renewal window until the document expires, and a supporting
///   document gone stale within the horizon (older ones are the checklist's business). A passed
///   window opening or 18th birthday is no task.
fn dashboard_windows(
    pack: &RulePack,
    case: &CaseFile,
    timeline: Vec<Dated>,
) -> Vec<DerivedDeadline> {
    let find = |kind| {
        timeline
            .iter()
            .find(|d| d.deadline.kind == kind)
            .map(|d| d.deadline.date)
    };
    let window_opens = find(DeadlineKind::RenewalWindowOpens);
    let expires = find(DeadlineKind::PermitExpires);
    let closed_before = case
        .closed_on
        .map(|c| dates::sub_days(c, 1).unwrap_or(NaiveDate::MIN));
    let cooperating = case.cooperation.complaint.is_some() || case.cooperation.testimony.is_some();
    // Past a reflection period she did not use, a document since (an APS, a card, the récépissé
    // of an application) or an application filed is what she was told to look for: the period's
    // end is no task (jurist review, 2026-12-07: it stayed overdue beside her APS).
    let moved_on =
        case.current_permit
            .as_ref()
            .is_some_and(|p| p.kind != PermitKind::RecepisseReflection)
            || case.applications.iter().any(|a| {
                a.route != RouteId::ReflectionPeriod && a.filed_on.is_some() && !a.refused()
            });
    // A window after 18 passed with nothing on file is a task only where `majority-window-missed`
    // would speak: the case shows her here before 18, no asylum claim is recorded, and no
    // document of hers runs past the window's close (review of this change, 2026-12-07: an adult
    // first met at 18 had it overdue).
    let here_as_a_minor =
        crate::legal::deadlines::here_as_a_minor(case) && case.asylum_claim.is_none();
    let window_missed_is_a_task = |closes: NaiveDate| {
        here_as_a_minor
            && case
                .current_permit
                .as_ref()
                .is_none_or(|p| p.expires.is_some_and(|end| end < closes))
    };
    // The renewal filed, or the resident card applied for in its place (deadlines::follow_up_filed).
    let renewal_filed = case
        .current_permit
        .as_ref()
        .is_some_and(|p| crate::legal::deadlines::follow_up_filed(pack, case, p));
    // When the card is no longer renewed by its end, no window announces it: it shows as early
    // as the window would have opened (the resident card is applied for before it).
    let renewal_ended = case
        .current_permit
        .as_ref()
        .is_some_and(|p| crate::legal::deadlines::renewal_ends_on(pack, case, p).is_some());
    timeline
        .into_iter()
        .map(|dated| {
            let d = dated.deadline;
            let horizon_before = dates::sub_days(d.date, HORIZON_DAYS).unwrap_or(d.date);
            let mut upcoming_from = match (d.kind, window_opens) {
                (DeadlineKind::RenewalWindowCloses, Some(opens)) => horizon_before.min(opens),
                (DeadlineKind::PermitExpires, _) if renewal_ended => {
                    dates::sub_days(d.date, RESIDENT_CARD_LEAD_DAYS).unwrap_or(horizon_before)
                }
                _ => horizon_before,
            };
            // Within what the dashboard reads (MAX_LEAD_DAYS); the embedded pack never needs this.
            if let Some(earliest) = dates::sub_days(d.date, MAX_LEAD_DAYS) {
                upcoming_from = upcoming_from.max(earliest);
            }
            let overdue_until = match d.kind {
                DeadlineKind::ReflectionPeriodEnd => {
                    (!cooperating && !moved_on).then_some(FOREVER)
                }
                DeadlineKind::PermitExpires => (!renewal_filed).then_some(FOREVER),
                DeadlineKind::RenewalWindowCloses => expires.filter(|_| !renewal_filed),
                DeadlineKind::DocumentExpires => dates::add_days(d.date, HORIZON_DAYS),
                // Rejected by silence: a matter to act on (record the decision, or a recourse)
                // for as long as no decision is recorded, which ends the deadline itself.
                DeadlineKind::ImplicitRejection => Some(FOREVER),
                // Passed with no application on file (the windows go once one is): her stay is
                // irregular since, a task for as long as her case shows it. With a birth date
                // known to the month or year, from its earliest day: she may still be inside her
                // window, and filing now is what keeps it (jurist review, 2026-12-07: nothing on
                // the dashboard for the eleven months it could still be open).
                DeadlineKind::MajorityApplicationCloses => {
                    dated.applies_until.filter(|_| window_missed_is_a_task(d.date))
                }
                // A planned day that passed is the worker's to move, not a task.
                DeadlineKind::RenewalWindowOpens
                | DeadlineKind::Turns18
                // Past it, an application may rest on new circumstances: not a task.
                | DeadlineKind::AsylumOtherGroundsCloses
                | DeadlineKind::PlannedFiling => None,
            };
            // The association no longer follows a closed case: from the day it closed, its
            // deadlines stay on its page, not among the tasks nor as its next deadline (jurist
            // review, 2026-12-07: a case closed in June gave the dashboard its renewal window in
            // December). A day to come (an imported file) closes it then, not now.
            let shown_until = match (dated.applies_until, closed_before) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            DerivedDeadline {
                deadline: d,
                shown_from: dated.applies_from,
                shown_until,
                upcoming_from,
                overdue_until,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::{
        ChildWelfare, Permit, PermitKind, Placement, ProcedureStep, ReflectionPeriod,
    };

    use crate::test_support::d;

    /// The kinds shown as (overdue, upcoming) on `today`.
    fn on(case: &CaseFile, today: NaiveDate) -> (Vec<DeadlineKind>, Vec<DeadlineKind>) {
        let derived = derive(case);
        let kinds = |f: fn(&DerivedDeadline, NaiveDate) -> bool| {
            derived
                .deadlines
                .iter()
                .filter(|x| f(x, today))
                .map(|x| x.deadline.kind)
                .collect()
        };
        (
            kinds(DerivedDeadline::is_overdue),
            kinds(DerivedDeadline::is_upcoming),
        )
    }

    fn card(expires: NaiveDate) -> CaseFile {
        let mut case = CaseFile::new(None, None);
        case.current_permit = Some(Permit {
            kind: PermitKind::CstVpf,
            issued: None,
            expires: Some(expires),
            renewal_count: Some(0),
            renewal_filed_on: None,
        });
        case
    }

    #[test]
    fn an_open_renewal_window_is_upcoming_even_beyond_the_horizon() {
        // Expires 15 March 2027: the window runs from 15 November 2026 (D−120) to 14 January
        // 2027 (D−60). On 26 November 2026 it is open, and closes in 50 days.
        let case = card(d(2027, 3, 15));
        let (overdue, upcoming) = on(&case, d(2026, 11, 26));
        assert!(overdue.is_empty(), "{overdue:?}");
        assert_eq!(upcoming, vec![DeadlineKind::RenewalWindowCloses]);
    }

    #[test]
    fn a_window_that_opens_within_the_horizon_is_upcoming() {
        let case = card(d(2027, 3, 15));
        let (_, upcoming) = on(&case, d(2026, 11, 1));
        assert_eq!(upcoming, vec![DeadlineKind::RenewalWindowOpens]);
    }

    #[test]
    fn a_missed_window_is_overdue_until_the_card_expires_then_the_expiry_is() {
        let case = card(d(2027, 3, 15));
        let (overdue, _) = on(&case, d(2027, 2, 1));
        assert_eq!(overdue, vec![DeadlineKind::RenewalWindowCloses]);
        let (overdue, _) = on(&case, d(2027, 4, 1));
        assert_eq!(overdue, vec![DeadlineKind::PermitExpires]);
    }

    #[test]
    fn a_filed_renewal_clears_the_overdue_expiry() {
        let mut case = card(d(2027, 3, 15));
        case.current_permit.as_mut().unwrap().renewal_filed_on = Some(d(2026, 12, 1));
        let (overdue, upcoming) = on(&case, d(2027, 4, 1));
        assert!(
            !overdue.contains(&DeadlineKind::PermitExpires)
                && !upcoming.contains(&DeadlineKind::PermitExpires),
            "{overdue:?} {upcoming:?}"
        );
        // What is left to follow: the prefect's answer (R432-2, four months on).
        assert!([overdue, upcoming]
            .concat()
            .contains(&DeadlineKind::ImplicitRejection));
    }

    /// After the final conviction the card is not renewed: no window, its end shows 120 days
    /// ahead (the resident card is filed before it), and a resident-card application filed by
    /// then ends it as a renewal did, once the day the conviction became final is recorded (before
    /// it, the application may be premature: it counted, 2026-12-04); one filed after the end
    /// does not.
    #[test]
    fn after_the_final_conviction_the_cards_end_shows_early_and_a_resident_card_application_clears_it(
    ) {
        use crate::model::case::{Application, CriminalCase, CriminalStage, RouteId};
        let mut case = card(d(2027, 3, 15));
        case.criminal_case = Some(CriminalCase {
            stage: Some(CriminalStage::FinalConviction),
            final_conviction_date: None,
            regular_stay_on_final_conviction: None,
        });
        let (overdue, upcoming) = on(&case, d(2026, 11, 26));
        assert!(overdue.is_empty(), "{overdue:?}");
        assert_eq!(upcoming, vec![DeadlineKind::PermitExpires]);
        let (overdue, _) = on(&case, d(2027, 4, 1));
        assert_eq!(overdue, vec![DeadlineKind::PermitExpires]);
        let applied = |filed| Application {
            route: RouteId::CarteResidentL4253,
            filed_on: Some(filed),
            decision: None,
            anef_number: None,
        };
        case.applications = vec![applied(d(2027, 3, 1))];
        let (overdue, _) = on(&case, d(2027, 4, 1));
        assert_eq!(overdue, vec![DeadlineKind::PermitExpires]);
        // Granted, it follows the conviction whatever its day.
        case.applications[0].decision = Some(crate::model::case::ApplicationDecision {
            outcome: crate::model::case::DecisionOutcome::Granted,
            date: Some(d(2027, 3, 20)),
            appeal: None,
        });
        let (overdue, _) = on(&case, d(2027, 4, 1));
        assert!(overdue.is_empty(), "{overdue:?}");
        case.applications[0].decision = None;
        case.criminal_case.as_mut().unwrap().final_conviction_date = Some(d(2026, 10, 1));
        let (overdue, _) = on(&case, d(2027, 4, 1));
        assert!(
            !overdue.contains(&DeadlineKind::PermitExpires),
            "{overdue:?}"
        );
        case.applications = vec![applied(d(2027, 3, 20))];
        let (overdue, _) = on(&case, d(2027, 4, 1));
        assert!(
            overdue.contains(&DeadlineKind::PermitExpires),
            "{overdue:?}"
        );
    }

    /// A conviction final after the renewal window closed, before the card ends: the missed
    /// window is on the dashboard until that day, then only the card's end, which a resident
    /// card applied for by then takes off (review, 2026-12-04: the window came back after it).
    #[test]
    fn a_conviction_final_after_the_window_takes_the_window_off_from_its_day() {
        use crate::model::case::{Application, CriminalCase, CriminalStage, RouteId};
        // Ends 28 February 2027: window 31 October – 30 December 2026; final on 15 January.
        let mut case = card(d(2027, 2, 28));
        case.criminal_case = Some(CriminalCase {
            stage: Some(CriminalStage::FinalConviction),
            final_conviction_date: Some(d(2027, 1, 15)),
            regular_stay_on_final_conviction: None,
        });
        let (overdue, _) = on(&case, d(2027, 1, 10));
        assert_eq!(overdue, vec![DeadlineKind::RenewalWindowCloses]);
        let (overdue, upcoming) = on(&case, d(2027, 1, 20));
        assert!(overdue.is_empty(), "{overdue:?}");
        assert_eq!(upcoming, vec![DeadlineKind::PermitExpires]);
        let (overdue, _) = on(&case, d(2027, 3, 5));
        assert_eq!(overdue, vec![DeadlineKind::PermitExpires]);
        case.applications = vec![Application {
            route: RouteId::CarteResidentL4253,
            filed_on: Some(d(2027, 2, 1)),
            decision: None,
            anef_number: None,
        }];
        let (overdue, _) = on(&case, d(2027, 3, 5));
        assert!(overdue.is_empty(), "{overdue:?}");
        // Its end not recorded (estimated from the card's length: 28 February 2027): a resident
        // card applied for after it does not take it off (review, 2026-12-04).
        let permit = case.current_permit.as_mut().unwrap();
        permit.expires = None;
        permit.issued = Some(d(2026, 3, 1));
        case.applications[0].filed_on = Some(d(2027, 3, 20));
        let (overdue, _) = on(&case, d(2027, 3, 25));
        assert_eq!(overdue, vec![DeadlineKind::PermitExpires]);
    }

    #[test]
    fn a_passed_reflection_period_is_overdue_only_without_cooperation() {
        let mut case = CaseFile::new(None, None);
        case.reflection_period = Some(ReflectionPeriod {
            recepisse_issued: Some(d(2026, 10, 1)),
        });
        let (overdue, _) = on(&case, d(2026, 11, 26));
        assert_eq!(overdue, vec![DeadlineKind::ReflectionPeriodEnd]);
        case.cooperation.complaint = Some(ProcedureStep::default());
        let (overdue, _) = on(&case, d(2026, 11, 26));
        assert!(overdue.is_empty());
    }

    /// Jurist review, 2026-12-07: past a reflection period she did not use, an APS (or any other
    /// document, or an application filed) is what she was told to look for; the period's end
    /// stayed overdue beside it.
    #[test]
    fn a_passed_reflection_period_is_no_task_once_she_holds_or_applied_for_another_document() {
        use crate::model::case::{Application, Permit};
        let unused = || {
            let mut case = CaseFile::new(None, None);
            case.reflection_period = Some(ReflectionPeriod {
                recepisse_issued: Some(d(2026, 1, 5)),
            });
            case
        };
        let mut aps = unused();
        aps.current_permit = card(d(2026, 9, 9)).current_permit.map(|p| Permit {
            kind: PermitKind::Aps,
            issued: Some(d(2026, 3, 10)),
            ..p
        });
        let (overdue, _) = on(&aps, d(2026, 6, 1));
        assert!(overdue.is_empty(), "{overdue:?}");
        let mut applied = unused();
        applied.applications = vec![Application {
            route: RouteId::ApsL4254,
            filed_on: Some(d(2026, 2, 20)),
            decision: None,
            anef_number: None,
        }];
        let (overdue, _) = on(&applied, d(2026, 3, 1));
        assert!(
            !overdue.contains(&DeadlineKind::ReflectionPeriodEnd),
            "{overdue:?}"
        );
        // Refused, it is what is left to do again (review of this change).
        applied.applications[0].decision = Some(crate::model::case::ApplicationDecision {
            outcome: crate::model::case::DecisionOutcome::Refused,
            date: Some(d(2026, 2, 25)),
            appeal: None,
        });
        let (overdue, _) = on(&applied, d(2026, 3, 1));
        assert!(
            overdue.contains(&DeadlineKind::ReflectionPeriodEnd),
            "{overdue:?}"
        );
        let (overdue, _) = on(&unused(), d(2026, 6, 1));
        assert_eq!(overdue, vec![DeadlineKind::ReflectionPeriodEnd]);
    }

    /// Jurist review, 2026-12-07: a case closed in June still gave the dashboard its deadlines in
    /// December; the association no longer follows it.
    #[test]
    fn a_closed_case_gives_the_dashboard_nothing_and_reopened_gives_it_back() {
        let mut case = card(d(2027, 2, 28));
        case.closed_on = Some(d(2026, 6, 1));
        let (overdue, upcoming) = on(&case, d(2026, 12, 10));
        assert!(overdue.is_empty() && upcoming.is_empty(), "{upcoming:?}");
        case.closed_on = None;
        let (_, upcoming) = on(&case, d(2026, 12, 10));
        assert_eq!(upcoming, vec![DeadlineKind::RenewalWindowCloses]);
        // A closing day to come (an imported file) closes it then, not now.
        case.closed_on = Some(d(2027, 6, 1));
        let (_, upcoming) = on(&case, d(2026, 12, 10));
        assert_eq!(upcoming, vec![DeadlineKind::RenewalWindowCloses]);
        let (overdue, _) = on(&case, d(2027, 6, 1));
        assert!(overdue.is_empty(), "{overdue:?}");
    }

    /// Jurist review, 2026-12-07: born « in 2008 », her window after 18 closed on 28 February
    /// 2026 if she was born on 1 January, on 27 February 2027 if on 31 December; nothing showed
    /// on the dashboard in between. Passed with nothing filed, it is a task while her case shows
    /// it, an exact birth date's too (her stay is irregular since); filed, it goes.
    #[test]
    fn a_passed_window_after_18_is_overdue_while_shown_and_gone_once_filed() {
        use crate::model::case::{Application, DatePrecision};
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2008, 1, 1));
        case.person.birth_date_precision = Some(DatePrecision::Year);
        // Met at 17: her consent given on 10 December 2025.
        case.consent = Some(crate::test_support::consent_given_on(d(2025, 12, 10)));
        let (_, upcoming) = on(&case, d(2026, 2, 10));
        assert!(
            upcoming.contains(&DeadlineKind::MajorityApplicationCloses),
            "{upcoming:?}"
        );
        for today in [d(2026, 6, 15), d(2027, 2, 27)] {
            let (overdue, _) = on(&case, today);
            assert_eq!(
                overdue,
                vec![DeadlineKind::MajorityApplicationCloses],
                "{today}"
            );
        }
        let mut exact = case.clone();
        exact.person.birth_date_precision = None;
        let (overdue, _) = on(&exact, d(2026, 6, 15));
        assert_eq!(overdue, vec![DeadlineKind::MajorityApplicationCloses]);
        let (overdue, _) = on(&exact, d(2027, 6, 15));
        assert!(
            overdue.is_empty(),
            "a year on, no longer shown: {overdue:?}"
        );
        // Nothing shows her here before 18 (first met at 18 and five months), or an asylum
        // claim is recorded: no task, as `majority-window-missed` says nothing of her.
        let mut adult = exact.clone();
        adult.consent = None;
        let (overdue, _) = on(&adult, d(2026, 6, 15));
        assert!(overdue.is_empty(), "{overdue:?}");
        let mut asylum = exact.clone();
        asylum.asylum_claim = Some(crate::model::case::AsylumClaim {
            registered_on: Some(d(2026, 4, 1)),
        });
        let (overdue, _) = on(&asylum, d(2026, 6, 15));
        assert!(
            !overdue.contains(&DeadlineKind::MajorityApplicationCloses),
            "{overdue:?}"
        );
        case.applications = vec![Application {
            route: RouteId::CstL4251,
            filed_on: Some(d(2026, 5, 1)),
            decision: None,
            anef_number: None,
        }];
        let (overdue, _) = on(&case, d(2026, 6, 15));
        assert!(
            !overdue.contains(&DeadlineKind::MajorityApplicationCloses),
            "{overdue:?}"
        );
    }

    #[test]
    fn the_planned_filing_day_is_on_the_dashboard_when_it_comes_and_never_overdue() {
        let mut case = CaseFile::new(None, None);
        case.planned_filing_date = Some(d(2026, 12, 10));
        let (overdue, upcoming) = on(&case, d(2026, 11, 26));
        assert!(overdue.is_empty(), "{overdue:?}");
        assert_eq!(upcoming, vec![DeadlineKind::PlannedFiling]);
        let (overdue, upcoming) = on(&case, d(2026, 12, 20));
        assert!(
            overdue.is_empty() && upcoming.is_empty(),
            "the worker moves it"
        );
    }

    #[test]
    fn deadlines_beyond_the_horizon_wait() {
        let case = card(d(2028, 1, 1));
        let (overdue, upcoming) = on(&case, d(2026, 11, 26));
        assert!(overdue.is_empty() && upcoming.is_empty());
    }

    #[test]
    fn a_minors_deadlines_are_ahead_only_from_her_sixteenth_birthday() {
        let mut case = CaseFile::new(None, None);
        case.person.birth_date = Some(d(2010, 6, 15));
        let derived = derive(&case);
        let turns18 = derived
            .deadlines
            .iter()
            .find(|x| x.deadline.kind == DeadlineKind::Turns18)
            .expect("an 18th birthday");
        assert!(!turns18.is_ahead(d(2026, 6, 14)), "15 years old: noise");
        assert!(turns18.is_ahead(d(2026, 6, 15)), "16 today");
    }

    #[test]
    fn a_minors_derived_deadlines_are_what_legal_deadlines_says_every_day() {
        // No placement, placed by 16 (R431-5 2°: the eve of the 19th birthday), placed after 16
        // (3°: two months), and a placement whose timing is unknown (the earlier day, then the
        // later one).
        let placements = [
            None,
            Some((Some(d(2024, 1, 1)), Some(Placement::Ase))),
            Some((Some(d(2027, 1, 1)), Some(Placement::TrustedThirdParty))),
            Some((None, None)),
        ];
        for placement in placements {
            let mut case = CaseFile::new(None, None);
            case.person.birth_date = Some(d(2010, 6, 15));
            case.child_welfare = placement.map(|(placed_on, placement)| ChildWelfare {
                placed_on,
                placement,
            });
            let derived = derive(&case);
            for offset in -800..1200 {
                let today = d(2026, 6, 15) + chrono::TimeDelta::days(offset);
                let ahead: Vec<_> = derived
                    .deadlines
                    .iter()
                    .filter(|x| x.is_ahead(today))
                    .map(|x| x.deadline.clone())
                    .collect();
                let legal: Vec<_> = crate::legal::deadlines(&case, today)
                    .into_iter()
                    .filter(|x| !x.passed)
                    .collect();
                assert_eq!(ahead, legal, "{placement:?} {today}");
            }
        }
    }

    #[test]
    fn every_deadline_of_the_pack_shows_as_coming_within_the_lead_the_dashboard_reads() {
        // The widest windows the pack has: every permit kind, expiring on a date.
        for kind in <PermitKind as strum::VariantArray>::VARIANTS {
            let mut case = card(d(2027, 3, 15));
            case.current_permit.as_mut().unwrap().kind = *kind;
            for x in derive(&case).deadlines {
                let lead = (x.deadline.date - x.upcoming_from).num_days();
                assert!(
                    lead < i64::from(MAX_LEAD_DAYS),
                    "{kind:?} {:?}: {lead} days",
                    x.deadline.kind
                );
            }
        }
    }

    #[test]
    fn names_aliases_references_and_phone_are_searchable() {
        let mut case = CaseFile::new(Some("Testenko".into()), Some("Olena".into()));
        case.person.aliases = vec!["Helena Novak".into()];
        case.person.phone = Some("06 12 34 56 78".into());
        case.cooperation.complaint = Some(ProcedureStep {
            reference: Some("PV 2026/12345".into()),
            ..ProcedureStep::default()
        });
        let terms = derive(&case).search_terms;
        for wanted in ["testenko", "olena", "novak", "pv202612345", "0612345678"] {
            assert!(terms.split(' ').any(|t| t == wanted), "{wanted}: {terms}");
        }
    }
}
