//! The dashboard: across all cases, what is overdue, what falls in the next days, and the coming
//! appointments, each line leading to its case.
//!
//! Which deadlines count, and on which days, is derived when a case is written
//! ([`crate::derived`]): this reads the first lines of each section from the derived index, with
//! how many there are in all ([`crate::db::index::board`]).

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::{deadline_lines, to_confirm, AppointmentLine, DeadlineLine, Names};
use crate::db::index::{self, Named};
use crate::i18n::format::date_long;
use crate::legal::{Deadline, DeadlineKind};
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
    /// The day, ISO.
    pub date: NaiveDate,
    /// Its kind, day and place, worded.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub line: AppointmentLine,
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
    let name = |n: &Named| names.pick(&n.display_name, &n.initials, lang);
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
            .zip(deadline_lines(deadlines, today, lang, to_confirm()))
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
                date: a.date,
                line: AppointmentLine::new(a.kind, a.date, a.time, a.place, today, lang),
            })
            .collect(),
        appointments_total: board.appointments_total,
        horizon_days: HORIZON_DAYS,
        today_label: date_long(today, lang),
        case_count: board.cases,
    })
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
