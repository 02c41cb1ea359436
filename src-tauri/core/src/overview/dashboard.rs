//! The dashboard: across all cases, what is overdue, what falls in the next days, and the coming
//! appointments, each line leading to its case.
//!
//! Which deadlines count ([`select`]):
//! - **upcoming**: every deadline from today to `today + horizon` days, and the end of a renewal
//!   window that is open now however far it is (an open window is the moment to file);
//! - **overdue**: a passed deadline only while something can still be done about it: the end of
//!   a reflection period without a complaint or testimony, the expiry of a document whose renewal
//!   was not filed, the end of a renewal window while the document is still valid, and a
//!   supporting document gone stale within the horizon (older ones are the checklist's business).
//!   A passed window opening or 18th birthday is no task.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::{deadline_lines, relative_day, DeadlineLine, Names, When};
use crate::db::cases;
use crate::i18n::format::date_long;
use crate::i18n::L10n;
use crate::legal::{self, dates, Deadline, DeadlineKind};
use crate::model::case::{AppointmentKind, CaseFile};
use crate::Result;

/// The default horizon of the dashboard, in days.
pub const HORIZON_DAYS: u32 = 30;

/// A deadline of one case on the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DashboardItem {
    /// The case.
    pub case_id: String,
    /// Its name, or initials.
    pub name: String,
    /// The deadline.
    pub deadline: DeadlineLine,
}

/// An appointment on the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentItem {
    /// The case.
    pub case_id: String,
    /// Its name, or initials.
    pub name: String,
    /// The appointment's kind.
    pub kind: AppointmentKind,
    /// « Audience au tribunal ».
    pub kind_label: String,
    /// The day, ISO.
    pub date: NaiveDate,
    /// « 3 décembre 2026 ».
    pub date_label: String,
    /// « dans 7 jours ».
    pub relative: String,
    /// Where the day stands from today.
    pub when: When,
    /// `14:30`, if known.
    pub time: Option<String>,
    /// Where, if known.
    pub place: Option<String>,
}

/// The dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    /// Passed deadlines still calling for action, the oldest first.
    pub overdue: Vec<DashboardItem>,
    /// Deadlines from today to the horizon (and open renewal windows), the nearest first.
    pub upcoming: Vec<DashboardItem>,
    /// Appointments from today to the horizon, the nearest first.
    pub appointments: Vec<AppointmentItem>,
    /// The horizon, in days.
    pub horizon_days: u32,
    /// Today, in words.
    pub today_label: String,
    /// How many cases there are (an empty dashboard means little without cases).
    pub case_count: u32,
}

/// Splits the deadlines of `case` into (overdue, upcoming) as the module documentation says.
pub fn select(case: &CaseFile, today: NaiveDate, horizon: u32) -> (Vec<Deadline>, Vec<Deadline>) {
    let all = legal::deadlines(case, today);
    let limit = dates::add_days(today, horizon).unwrap_or(today);
    let cooperating = case.cooperation.complaint.is_some() || case.cooperation.testimony.is_some();
    let permit = case.current_permit.as_ref();
    let renewal_filed = permit.is_some_and(|p| p.renewal_filed_on.is_some());
    let expires = all
        .iter()
        .find(|d| d.kind == DeadlineKind::PermitExpires)
        .map(|d| d.date);
    let window_open = all
        .iter()
        .any(|d| d.kind == DeadlineKind::RenewalWindowOpens && d.date <= today);
    let mut overdue = Vec::new();
    let mut upcoming = Vec::new();
    for d in all {
        if !d.passed {
            let in_horizon = d.date <= limit;
            let open_window = d.kind == DeadlineKind::RenewalWindowCloses && window_open;
            if in_horizon || open_window {
                upcoming.push(d);
            }
            continue;
        }
        let actionable = match d.kind {
            DeadlineKind::ReflectionPeriodEnd => !cooperating,
            DeadlineKind::PermitExpires => !renewal_filed,
            DeadlineKind::RenewalWindowCloses => {
                !renewal_filed && expires.is_some_and(|e| today <= e)
            }
            DeadlineKind::DocumentExpires => {
                dates::add_days(d.date, horizon).is_some_and(|until| today <= until)
            }
            DeadlineKind::RenewalWindowOpens
            | DeadlineKind::Turns18
            | DeadlineKind::MajorityApplicationCloses => false,
        };
        if actionable {
            overdue.push(d);
        }
    }
    (overdue, upcoming)
}

/// The dashboard of every case in the store.
pub fn load(
    conn: &Connection,
    today: NaiveDate,
    horizon: u32,
    lang: &str,
    names: Names,
) -> Result<Dashboard> {
    let limit = dates::add_days(today, horizon).unwrap_or(today);
    let stored = cases::all(conn)?;
    let mut overdue = Vec::new();
    let mut upcoming = Vec::new();
    let mut appointments = Vec::new();
    for s in &stored {
        let case = s.document.case()?;
        let name = names.of(&case);
        let (late, soon) = select(&case, today, horizon);
        let item = |deadline| DashboardItem {
            case_id: s.id.clone(),
            name: name.clone(),
            deadline,
        };
        overdue.extend(deadline_lines(late, today, lang).into_iter().map(item));
        upcoming.extend(deadline_lines(soon, today, lang).into_iter().map(item));
        for a in case
            .appointments
            .iter()
            .filter(|a| today <= a.date && a.date <= limit)
        {
            appointments.push(AppointmentItem {
                case_id: s.id.clone(),
                name: name.clone(),
                kind: a.kind,
                kind_label: appointment_kind_label(a.kind, lang),
                date: a.date,
                date_label: date_long(a.date, lang),
                relative: relative_day(a.date, today, lang),
                when: When::of(a.date, today).0,
                time: a.time.clone(),
                place: a.place.clone(),
            });
        }
    }
    let by_date = |a: &DashboardItem, b: &DashboardItem| {
        a.deadline
            .date
            .cmp(&b.deadline.date)
            .then(a.name.cmp(&b.name))
    };
    overdue.sort_by(by_date);
    upcoming.sort_by(by_date);
    appointments.sort_by(|a, b| (a.date, &a.time, &a.name).cmp(&(b.date, &b.time, &b.name)));
    Ok(Dashboard {
        overdue,
        upcoming,
        appointments,
        horizon_days: horizon,
        today_label: date_long(today, lang),
        case_count: stored.len() as u32,
    })
}

/// « Audition par la police », « Rendez-vous en préfecture »…
pub fn appointment_kind_label(kind: AppointmentKind, lang: &str) -> String {
    let id = format!("appointment-kind-{}", crate::codes::code(kind));
    L10n::get().format(lang, &id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::case::{Permit, PermitKind, ProcedureStep, ReflectionPeriod};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn kinds(list: &[Deadline]) -> Vec<DeadlineKind> {
        list.iter().map(|d| d.kind).collect()
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
        let (overdue, upcoming) = select(&case, d(2026, 11, 26), 30);
        assert!(overdue.is_empty(), "{overdue:?}");
        assert_eq!(kinds(&upcoming), vec![DeadlineKind::RenewalWindowCloses]);
    }

    #[test]
    fn a_window_that_opens_within_the_horizon_is_upcoming() {
        let case = card(d(2027, 3, 15));
        let (_, upcoming) = select(&case, d(2026, 11, 1), 30);
        assert_eq!(kinds(&upcoming), vec![DeadlineKind::RenewalWindowOpens]);
    }

    #[test]
    fn a_missed_window_is_overdue_until_the_card_expires_then_the_expiry_is() {
        let case = card(d(2027, 3, 15));
        let (overdue, _) = select(&case, d(2027, 2, 1), 30);
        assert_eq!(kinds(&overdue), vec![DeadlineKind::RenewalWindowCloses]);
        let (overdue, _) = select(&case, d(2027, 4, 1), 30);
        assert_eq!(kinds(&overdue), vec![DeadlineKind::PermitExpires]);
    }

    #[test]
    fn a_filed_renewal_clears_the_overdue_expiry() {
        let mut case = card(d(2027, 3, 15));
        case.current_permit.as_mut().unwrap().renewal_filed_on = Some(d(2026, 12, 1));
        let (overdue, upcoming) = select(&case, d(2027, 4, 1), 30);
        assert!(overdue.is_empty() && upcoming.is_empty(), "{overdue:?}");
    }

    #[test]
    fn a_passed_reflection_period_is_overdue_only_without_cooperation() {
        let mut case = CaseFile::new(None, None);
        case.reflection_period = Some(ReflectionPeriod {
            recepisse_issued: Some(d(2026, 10, 1)),
        });
        let (overdue, _) = select(&case, d(2026, 11, 26), 30);
        assert_eq!(kinds(&overdue), vec![DeadlineKind::ReflectionPeriodEnd]);
        case.cooperation.complaint = Some(ProcedureStep::default());
        let (overdue, _) = select(&case, d(2026, 11, 26), 30);
        assert!(overdue.is_empty());
    }

    #[test]
    fn deadlines_beyond_the_horizon_wait() {
        let case = card(d(2028, 1, 1));
        let (overdue, upcoming) = select(&case, d(2026, 11, 26), 30);
        assert!(overdue.is_empty() && upcoming.is_empty());
    }
}
