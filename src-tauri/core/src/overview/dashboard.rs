//! The dashboard: across all cases, what is overdue, what falls in the next days, and the coming
//! appointments, each line leading to its case.
//!
//! Which deadlines count, and on which days, is derived when a case is written
//! ([`crate::derived`]): this reads the first lines of each section from the derived index, with
//! how many there are in all ([`crate::db::index::board`]).

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::{deadline_lines, relative_day, DeadlineLine, Names, When};
use crate::db::index::{self, Named};
use crate::i18n::format::date_long;
use crate::i18n::L10n;
use crate::legal::{Deadline, DeadlineKind};
use crate::model::case::AppointmentKind;
use crate::Result;

pub use crate::derived::HORIZON_DAYS;

/// How many lines of each section the dashboard shows at first.
pub const SECTION_LINES: u64 = 100;

/// A deadline of one case on the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    /// « 3 décembre 2026 à 14 h 30 », or the day alone.
    pub when_label: String,
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Dashboard {
    /// Passed deadlines still calling for action, the oldest first.
    pub overdue: Vec<DashboardItem>,
    /// How many there are (more than shown when the section is cut).
    pub overdue_total: u64,
    /// Deadlines from today to the horizon (and open renewal windows), the nearest first.
    pub upcoming: Vec<DashboardItem>,
    /// How many there are.
    pub upcoming_total: u64,
    /// Appointments from today to the horizon, the nearest first.
    pub appointments: Vec<AppointmentItem>,
    /// How many there are.
    pub appointments_total: u64,
    /// The horizon, in days.
    pub horizon_days: u32,
    /// Today, in words.
    pub today_label: String,
    /// How many cases there are (an empty dashboard means little without cases).
    pub case_count: u64,
}

/// The dashboard of every case in the store on `today`, at most `lines` lines per section.
pub fn load(
    conn: &Connection,
    today: NaiveDate,
    lines: u64,
    lang: &str,
    names: Names,
) -> Result<Dashboard> {
    let board = index::board(conn, today, HORIZON_DAYS, lines)?;
    let name = |n: &Named| names.pick(&n.display_name, &n.initials);
    let items = |list: Vec<(Named, Deadline)>| {
        let (who, mut deadlines): (Vec<Named>, Vec<Deadline>) = list.into_iter().unzip();
        // A planned filing says which window closes before it: that depends on the day, so it is
        // not in the index; the case is read for it (a plan is on the board a month ahead only).
        for (n, d) in who.iter().zip(deadlines.iter_mut()) {
            if let (DeadlineKind::PlannedFiling, Some(plan)) =
                (d.kind, planned_filing(conn, &n.case_id, today))
            {
                (d.closes_before, d.opens_after) = (plan.closes_before, plan.opens_after);
            }
        }
        who.iter()
            .zip(deadline_lines(deadlines, today, lang))
            .map(|(n, deadline)| DashboardItem {
                case_id: n.case_id.clone(),
                name: name(n),
                deadline,
            })
            .collect()
    };
    Ok(Dashboard {
        overdue: items(board.overdue),
        overdue_total: board.overdue_total,
        upcoming: items(board.upcoming),
        upcoming_total: board.upcoming_total,
        appointments: board
            .appointments
            .into_iter()
            .map(|a| AppointmentItem {
                name: name(&a.case),
                case_id: a.case.case_id,
                kind: a.kind,
                kind_label: appointment_kind_label(a.kind, lang),
                date: a.date,
                date_label: date_long(a.date, lang),
                when_label: super::case::appointment_when(a.date, a.time.as_deref(), lang),
                relative: relative_day(a.date, today, lang),
                when: When::of(a.date, today).0,
                time: a.time,
                place: a.place,
            })
            .collect(),
        appointments_total: board.appointments_total,
        horizon_days: HORIZON_DAYS,
        today_label: date_long(today, lang),
        case_count: board.cases,
    })
}

/// « Audition par la police », « Rendez-vous en préfecture »…
pub fn appointment_kind_label(kind: AppointmentKind, lang: &str) -> String {
    let id = format!("appointment-kind-{}", crate::codes::code(kind));
    L10n::get().format(lang, &id, &[])
}

/// The planned filing of case `id` as the case page reads it on `today`, with the windows that
/// close before it or open after it ([`crate::legal::Deadline::closes_before`],
/// [`crate::legal::Deadline::opens_after`]); nothing if the case cannot be read.
fn planned_filing(conn: &Connection, id: &str, today: NaiveDate) -> Option<Deadline> {
    let case = crate::db::cases::get(conn, id).ok()?.document.case().ok()?;
    crate::legal::deadlines(&case, today)
        .into_iter()
        .find(|d| d.kind == DeadlineKind::PlannedFiling)
}
