//! The derived index (`case_index`, `case_deadlines`, `case_appointments`, `case_search`):
//! written with each case by [`super::cases`], read by the case list, the search and the
//! dashboard.
//!
//! Every read here is an indexed range: a page of the list walks an index and stops, a search
//! touches the rows the full-text index matched, the dashboard reads the deadlines whose days
//! bracket today. None parses a case file. Rows are erased with their case (`ON DELETE CASCADE`
//! from `cases`, and the full-text row by [`super::cases::delete`]).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::derived::{Derived, MAX_LEAD_DAYS};
use crate::legal::{dates, Deadline};
use crate::model::case::{AppointmentKind, CriminalStage};
use crate::{Error, Result};

/// Writes what is derived from case `case_id` (which must exist in `cases`), replacing what was
/// there. `derived` is what computed it ([`crate::derived::Derivation::stamp`]).
pub(crate) fn store(
    tx: &Transaction,
    case_id: &str,
    rows: &Derived,
    updated_at: DateTime<Utc>,
    derived: &str,
) -> Result<()> {
    let stage = rows.stage.map(crate::codes::code);
    let existed = tx
        .prepare_cached("SELECT 1 FROM case_index WHERE case_id = ?1")?
        .query_row([case_id], |_| Ok(()))
        .optional()?
        .is_some();
    // One statement for a new case and a case written again: its `doc` stays the same.
    let doc: i64 = tx
        .prepare_cached(
            "INSERT INTO case_index (case_id, display_name, initials, sort_key, updated_at,
             closed_on, derived, stage) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (case_id) DO UPDATE SET display_name = excluded.display_name,
             initials = excluded.initials, sort_key = excluded.sort_key,
             updated_at = excluded.updated_at, closed_on = excluded.closed_on,
             derived = excluded.derived, stage = excluded.stage
             RETURNING doc",
        )?
        .query_row(
            params![
                case_id,
                rows.display_name,
                rows.initials,
                rows.sort_key,
                updated_at.to_rfc3339(),
                rows.closed_on,
                derived,
                stage
            ],
            |r| r.get(0),
        )?;
    if existed {
        for replaced in [
            "DELETE FROM case_deadlines WHERE doc = ?1",
            "DELETE FROM case_appointments WHERE doc = ?1",
            "DELETE FROM case_search WHERE rowid = ?1",
        ] {
            tx.prepare_cached(replaced)?.execute([doc])?;
        }
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO case_deadlines (doc, seq, kind, date, shown_from, shown_until,
         upcoming_from, overdue_until, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (seq, d) in rows.deadlines.iter().enumerate() {
        let detail =
            serde_json::to_string(&d.deadline).map_err(|_| Error::Internal("deadline json"))?;
        insert.execute(params![
            doc,
            seq as i64,
            crate::codes::code(d.deadline.kind),
            d.deadline.date,
            d.shown_from,
            d.shown_until,
            d.upcoming_from,
            d.overdue_until,
            detail
        ])?;
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO case_appointments (doc, seq, date, time, kind, place)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (seq, a) in rows.appointments.iter().enumerate() {
        insert.execute(params![
            doc,
            seq as i64,
            a.date,
            a.time,
            crate::codes::code(a.kind),
            a.place
        ])?;
    }
    tx.prepare_cached("INSERT INTO case_search (rowid, terms) VALUES (?1, ?2)")?
        .execute(params![doc, rows.search_terms])?;
    Ok(())
}

/// The full-text row of case `case_id`, removed before the case itself (the rest follows the case
/// by cascade). Returns false if there is no such case.
pub(crate) fn forget(tx: &Transaction, case_id: &str) -> Result<bool> {
    let doc: Option<i64> = tx
        .prepare_cached("SELECT doc FROM case_index WHERE case_id = ?1")?
        .query_row([case_id], |r| r.get(0))
        .optional()?;
    if let Some(doc) = doc {
        tx.prepare_cached("DELETE FROM case_search WHERE rowid = ?1")?
            .execute([doc])?;
    }
    Ok(doc.is_some())
}

/// How the list is ordered, each by an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// By family name, then given names (accents and case ignored).
    Name,
    /// The nearest deadline to come first; cases without one last, by name.
    NextDeadline,
    /// The most recently changed first.
    Updated,
}

/// A case on a page of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Whose.
    pub case: Named,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// The day the case was closed.
    pub closed_on: Option<NaiveDate>,
    /// The stage of the criminal proceedings, if recorded.
    pub stage: Option<CriminalStage>,
    /// Its first deadline on or after today.
    pub next: Option<Deadline>,
    /// A passed deadline of the case still calls for action today.
    pub overdue: bool,
}

/// Applies on `?1` (today): the columns `shown_from`/`shown_until` of `case_deadlines`.
const APPLIES: &str =
    "(shown_from IS NULL OR shown_from <= ?1) AND (shown_until IS NULL OR ?1 <= shown_until)";

/// One page of the list on `today`: `limit` cases from `offset`, those matching `matching` (a
/// full-text query, [`crate::search::query`]) or all, and how many there are in all.
pub fn page(
    conn: &Connection,
    matching: Option<&str>,
    order: Order,
    today: NaiveDate,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Row>, u64)> {
    let (from, total_sql) = match matching {
        Some(_) => (
            "case_search JOIN case_index i ON i.doc = case_search.rowid
             WHERE case_search MATCH ?2",
            "SELECT count(*) FROM case_search WHERE case_search MATCH ?1",
        ),
        None => (
            "case_index i WHERE ?2 IS NULL",
            "SELECT count(*) FROM case_index",
        ),
    };
    let order_by = match order {
        Order::Name => "i.sort_key, i.case_id".to_string(),
        Order::Updated => "i.updated_at DESC, i.case_id".to_string(),
        // A search's matches (the whole list walks the deadlines instead: `by_next_deadline`).
        // '~' sorts after every date: cases without a deadline to come go last.
        Order::NextDeadline => format!(
            "coalesce((SELECT min(date) FROM case_deadlines d WHERE d.doc = i.doc
                       AND d.date >= ?1 AND {APPLIES}), '~'),
             i.sort_key, i.case_id"
        ),
    };
    let docs: Vec<i64> = if let (None, Order::NextDeadline) = (matching, order) {
        by_next_deadline(conn, today, offset, limit)?
    } else {
        let sql = format!("SELECT i.doc FROM {from} ORDER BY {order_by} LIMIT ?3 OFFSET ?4");
        conn.prepare_cached(&sql)?
            .query_map(params![today, matching, limit as i64, offset as i64], |r| {
                r.get(0)
            })?
            .collect::<rusqlite::Result<_>>()?
    };
    let total: i64 = match matching {
        Some(q) => conn
            .prepare_cached(total_sql)?
            .query_row([q], |r| r.get(0))?,
        None => conn
            .prepare_cached(total_sql)?
            .query_row([], |r| r.get(0))?,
    };
    let mut row = conn.prepare_cached(&format!(
        "SELECT case_id, display_name, initials, updated_at, closed_on, stage,
            (SELECT detail FROM case_deadlines d WHERE d.doc = i.doc AND d.date >= ?1
             AND {APPLIES} ORDER BY d.date, d.seq LIMIT 1),
            EXISTS (SELECT 1 FROM case_deadlines d WHERE d.doc = i.doc AND d.date < ?1
             AND d.overdue_until >= ?1 AND {APPLIES})
         FROM case_index i WHERE doc = ?2"
    ))?;
    let mut rows = Vec::with_capacity(docs.len());
    for doc in docs {
        rows.push(row.query_row(params![today, doc], |r| {
            Ok(Row {
                case: Named::read(r, 0)?,
                updated_at: r.get(3)?,
                closed_on: r.get(4)?,
                // An unknown code (a newer build's) reads as no stage.
                stage: r
                    .get::<_, Option<String>>(5)?
                    .and_then(|code| crate::codes::parse(&code)),
                next: r
                    .get::<_, Option<String>>(6)?
                    .map(|detail| deadline(&detail, today))
                    .transpose()?,
                overdue: r.get(7)?,
            })
        })?);
    }
    Ok((rows, total as u64))
}

/// The cases `offset..offset + limit` of the whole list by next deadline (the order of
/// [`Order::NextDeadline`]), without computing every case's next deadline: the deadlines are
/// walked in date order from today (the date index), and the first time a case shows up is its
/// next deadline, so a page near the top reads about as many deadlines as it has cases (those of
/// the page's last day included, for the tie by name). Only the pages past the last case with a
/// deadline ahead walk every coming deadline, then the cases without one, by name.
fn by_next_deadline(
    conn: &Connection,
    today: NaiveDate,
    offset: u64,
    limit: u64,
) -> Result<Vec<i64>> {
    let want = usize::try_from(offset.saturating_add(limit)).unwrap_or(usize::MAX);
    let offset = usize::try_from(offset).unwrap_or(usize::MAX);
    let mut seen = std::collections::HashSet::new();
    // (next deadline, doc), in date order.
    let mut ahead: Vec<(String, i64)> = Vec::new();
    let mut last_day: Option<String> = None;
    let mut walk = conn.prepare_cached(&format!(
        "SELECT doc, date FROM case_deadlines WHERE date >= ?1 AND {APPLIES} ORDER BY date"
    ))?;
    let mut deadlines = walk.query([today])?;
    while let Some(r) = deadlines.next()? {
        let (doc, date): (i64, String) = (r.get(0)?, r.get(1)?);
        if last_day.as_ref().is_some_and(|last| &date > last) {
            break;
        }
        if seen.insert(doc) {
            ahead.push((date, doc));
            if ahead.len() == want {
                last_day = Some(ahead[want - 1].0.clone());
            }
        }
    }
    // The same day: by name, as the list is otherwise.
    let mut names =
        conn.prepare_cached("SELECT sort_key, case_id FROM case_index WHERE doc = ?1")?;
    let mut keyed = Vec::with_capacity(ahead.len());
    for (date, doc) in ahead {
        let (sort_key, case_id): (String, String) =
            names.query_row([doc], |r| Ok((r.get(0)?, r.get(1)?)))?;
        keyed.push((date, sort_key, case_id, doc));
    }
    keyed.sort();
    let mut docs: Vec<i64> = keyed
        .iter()
        .skip(offset)
        .take(want.saturating_sub(offset))
        .map(|k| k.3)
        .collect();
    if last_day.is_none() && docs.len() < want.saturating_sub(offset) {
        // Every coming deadline was walked: then the cases without one, by name.
        let skip = offset.saturating_sub(keyed.len());
        let mut rest =
            conn.prepare_cached("SELECT doc FROM case_index ORDER BY sort_key, case_id")?;
        let mut rows = rest.query([])?;
        let mut skipped = 0;
        while let Some(r) = rows.next()? {
            if docs.len() >= want.saturating_sub(offset) {
                break;
            }
            let doc: i64 = r.get(0)?;
            if seen.contains(&doc) {
                continue;
            }
            if skipped < skip {
                skipped += 1;
                continue;
            }
            docs.push(doc);
        }
    }
    Ok(docs)
}

/// A deadline read back from its `detail`, `passed` as of `today`.
fn deadline(detail: &str, today: NaiveDate) -> rusqlite::Result<Deadline> {
    let mut d: Deadline = serde_json::from_str(detail).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })?;
    d.passed = d.date < today;
    Ok(d)
}

/// Who a dashboard line is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// Case id.
    pub case_id: String,
    /// « OKAFOR Amina »; empty when no name is known.
    pub display_name: String,
    /// « O. A. ».
    pub initials: String,
}

impl Named {
    /// Reads the columns `case_id, display_name, initials` starting at `first`.
    fn read(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Self> {
        Ok(Named {
            case_id: r.get(first)?,
            display_name: r.get(first + 1)?,
            initials: r.get(first + 2)?,
        })
    }
}

/// An appointment on the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub struct AppointmentRow {
    /// Whose.
    pub case: Named,
    /// What.
    pub kind: AppointmentKind,
    /// The day.
    pub date: NaiveDate,
    /// `14:30`, if known.
    pub time: Option<String>,
    /// Where, if known.
    pub place: Option<String>,
}

/// What the dashboard shows on one day: the first lines of each section and how many there are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Board {
    /// Passed deadlines still calling for action, the oldest first.
    pub overdue: Vec<(Named, Deadline)>,
    /// How many there are.
    pub overdue_total: u64,
    /// Deadlines showing as coming, the nearest first.
    pub upcoming: Vec<(Named, Deadline)>,
    /// How many there are.
    pub upcoming_total: u64,
    /// Appointments from today to the horizon, the nearest first.
    pub appointments: Vec<AppointmentRow>,
    /// How many there are.
    pub appointments_total: u64,
    /// How many cases there are.
    pub cases: u64,
}

/// The dashboard on `today`: at most `limit` lines per section, appointments up to `horizon` days
/// ahead. Overdue and coming deadlines are one query over the two date indexes: each section reads
/// its first `limit` lines in date order and stops, and counts its lines in a covering index.
pub fn board(conn: &Connection, today: NaiveDate, horizon: u32, limit: u64) -> Result<Board> {
    let lead_end = dates::add_days(today, MAX_LEAD_DAYS).unwrap_or(today);
    let horizon_end = dates::add_days(today, horizon).unwrap_or(today);
    let mut board = Board::default();
    // Each section walks a date index from its first day and stops at `limit` lines (the same
    // day's lines by name); its total is a count over the same covering index, evaluated once.
    let section = |late: u8, index: &str, filter: &str| {
        format!(
            "SELECT {late} AS late,
                    (SELECT count(*) FROM case_deadlines WHERE {filter} AND {APPLIES}) AS total,
                    case_id, display_name, initials, detail, date, sort_key, seq
               FROM (SELECT i.case_id, i.display_name, i.initials, d.detail, d.date, i.sort_key,
                            d.seq
                       FROM case_deadlines d INDEXED BY {index} JOIN case_index i ON i.doc = d.doc
                      WHERE {filter} AND {APPLIES}
                      ORDER BY d.date, i.sort_key, i.case_id, d.seq LIMIT ?3)"
        )
    };
    let mut stmt = conn.prepare_cached(&format!(
        "{} UNION ALL {} ORDER BY late DESC, date, sort_key, case_id, seq",
        section(
            1,
            "case_deadlines_overdue_by_date",
            "overdue_until IS NOT NULL AND date < ?1 AND overdue_until >= ?1"
        ),
        section(
            0,
            "case_deadlines_by_date",
            "date >= ?1 AND date <= ?2 AND upcoming_from <= ?1"
        ),
    ))?;
    let lines = stmt.query_map(params![today, lead_end, limit as i64], |r| {
        Ok((
            r.get::<_, bool>(0)?,
            r.get::<_, i64>(1)?,
            Named::read(r, 2)?,
            deadline(&r.get::<_, String>(5)?, today)?,
        ))
    })?;
    for line in lines {
        let (late, total, named, deadline) = line?;
        if late {
            board.overdue_total = total as u64;
            board.overdue.push((named, deadline));
        } else {
            board.upcoming_total = total as u64;
            board.upcoming.push((named, deadline));
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT i.case_id, i.display_name, i.initials, a.kind, a.date, a.time, a.place,
                count(*) OVER ()
           FROM case_appointments a JOIN case_index i ON i.doc = a.doc
          WHERE a.date >= ?1 AND a.date <= ?2
          ORDER BY a.date, a.time, i.sort_key, i.case_id, a.seq
          LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![today, horizon_end, limit as i64], |r| {
        let kind: String = r.get(3)?;
        Ok((
            AppointmentRow {
                case: Named::read(r, 0)?,
                kind: crate::codes::parse(&kind).ok_or_else(|| {
                    rusqlite::Error::InvalidColumnType(
                        3,
                        "kind".into(),
                        rusqlite::types::Type::Text,
                    )
                })?,
                date: r.get(4)?,
                time: r.get(5)?,
                place: r.get(6)?,
            },
            r.get::<_, i64>(7)?,
        ))
    })?;
    for row in rows {
        let (appointment, total) = row?;
        board.appointments_total = total as u64;
        board.appointments.push(appointment);
    }
    board.cases = conn
        .prepare_cached("SELECT count(*) FROM case_index")?
        .query_row([], |r| r.get::<_, i64>(0))? as u64;
    Ok(board)
}

/// Up to `limit` cases whose derived rows were not computed by `stamp`.
pub fn stale(conn: &Connection, stamp: &str, limit: u64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT case_id FROM case_index WHERE derived < ?1
         UNION ALL
         SELECT case_id FROM case_index WHERE derived > ?1
         LIMIT ?2",
    )?;
    let ids = stmt.query_map(params![stamp, limit as i64], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// How many cases have derived rows not computed by `stamp` (two index ranges, empty when the
/// index is up to date).
pub fn stale_count(conn: &Connection, stamp: &str) -> Result<u64> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM case_index WHERE derived < ?1)
                  + (SELECT count(*) FROM case_index WHERE derived > ?1)",
        )?
        .query_row([stamp], |r| r.get::<_, i64>(0))? as u64)
}

#[cfg(test)]
mod tests {
    //! The queries against the rules they read: on every day of a long span, what the SQL finds
    //! is exactly what [`crate::derived`]'s predicates say about each case.

    use chrono::TimeDelta;

    use super::*;
    use crate::db::{cases, Db, OpenMode};
    use crate::derived::{derive, DerivedDeadline};
    use crate::model::case::{CaseDocument, CaseFile};
    use crate::sample_cases;

    const CASES: usize = 300;

    use crate::test_support::d;

    /// A store of invented cases, and each case's id, typed view and derived rows.
    fn store(dir: &std::path::Path) -> (Db, Vec<(String, CaseFile, Derived)>) {
        let db = Db::open(&dir.join("t.db"), &[9; 32], OpenMode::Create).unwrap();
        let now = Utc::now();
        let mut all = Vec::new();
        db.write(|tx| {
            for i in 0..CASES {
                let case = sample_cases::case(i, d(2026, 11, 26));
                let id = cases::insert(tx, &CaseDocument::from_case(&case)?, now)?;
                let derived = derive(&case);
                all.push((id, case, derived));
            }
            Ok(())
        })
        .unwrap();
        (db, all)
    }

    /// (case id, kind code, date) of every deadline `pick` says shows on `today`, in the
    /// dashboard's order (date, then name).
    fn expected(
        all: &[(String, CaseFile, Derived)],
        today: NaiveDate,
        pick: fn(&DerivedDeadline, NaiveDate) -> bool,
    ) -> Vec<(String, &'static str, NaiveDate)> {
        let mut lines: Vec<_> = all
            .iter()
            .flat_map(|(id, _, derived)| {
                derived
                    .deadlines
                    .iter()
                    .enumerate()
                    .filter(move |(_, x)| pick(x, today))
                    .map(move |(seq, x)| {
                        (
                            (x.deadline.date, derived.sort_key.clone(), id.clone(), seq),
                            crate::codes::code(x.deadline.kind),
                        )
                    })
            })
            .collect();
        lines.sort();
        lines
            .into_iter()
            .map(|((date, _, id, _), kind)| (id, kind, date))
            .collect()
    }

    /// The whole list in `order` on `today`, as one page, with its total.
    fn whole_list(db: &Db, order: Order, today: NaiveDate) -> (Vec<Row>, u64) {
        db.read(|c| page(c, None, order, today, 0, CASES as u64))
            .unwrap()
    }

    fn found(lines: &[(Named, Deadline)]) -> Vec<(String, &'static str, NaiveDate)> {
        lines
            .iter()
            .map(|(n, x)| (n.case_id.clone(), crate::codes::code(x.kind), x.date))
            .collect()
    }

    #[test]
    fn the_dashboard_query_finds_what_the_rules_say_on_every_day() {
        let dir = tempfile::tempdir().unwrap();
        let (db, all) = store(dir.path());
        let mut seen = (0, 0);
        for offset in (-400..400).step_by(7) {
            let today = d(2026, 11, 26) + TimeDelta::days(offset);
            let shown = db.read(|c| board(c, today, 30, 10_000)).unwrap();
            let overdue = expected(&all, today, DerivedDeadline::is_overdue);
            let upcoming = expected(&all, today, DerivedDeadline::is_upcoming);
            assert_eq!(found(&shown.overdue), overdue, "overdue on {today}");
            assert_eq!(found(&shown.upcoming), upcoming, "upcoming on {today}");
            assert_eq!(shown.overdue_total, overdue.len() as u64);
            assert_eq!(shown.upcoming_total, upcoming.len() as u64);
            let appointments = all
                .iter()
                .flat_map(|(_, case, _)| &case.appointments)
                .filter(|a| today <= a.date && (a.date - today).num_days() <= 30)
                .count();
            assert_eq!(shown.appointments.len(), appointments, "on {today}");
            assert_eq!(shown.appointments_total, appointments as u64);
            assert!(shown
                .appointments
                .windows(2)
                .all(|w| w[0].date <= w[1].date));
            seen.0 += overdue.len();
            seen.1 += upcoming.len();
            // The first lines only, with the same totals.
            let cut = db.read(|c| board(c, today, 30, 5)).unwrap();
            assert_eq!(found(&cut.overdue), overdue[..overdue.len().min(5)]);
            assert_eq!(cut.upcoming_total, upcoming.len() as u64);
        }
        assert!(
            seen.0 > 100 && seen.1 > 100,
            "the sample exercises both: {seen:?}"
        );
    }

    #[test]
    fn each_row_of_the_list_has_the_next_deadline_and_overdue_flag_the_rules_say() {
        let dir = tempfile::tempdir().unwrap();
        let (db, all) = store(dir.path());
        for offset in (-300..300).step_by(37) {
            let today = d(2026, 11, 26) + TimeDelta::days(offset);
            let (rows, total) = whole_list(&db, Order::NextDeadline, today);
            assert_eq!(total, CASES as u64);
            let mut wanted: Vec<_> = all
                .iter()
                .map(|(id, _, derived)| {
                    let next = derived.deadlines.iter().find(|x| x.is_ahead(today));
                    let overdue = derived.deadlines.iter().any(|x| x.is_overdue(today));
                    let key = next.map_or("~".to_string(), |x| x.deadline.date.to_string());
                    ((key, derived.sort_key.clone(), id.clone()), next, overdue)
                })
                .collect();
            wanted.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(rows.len(), wanted.len());
            for (row, (key, next, overdue)) in rows.iter().zip(&wanted) {
                assert_eq!(row.case.case_id, key.2, "order on {today}");
                assert_eq!(
                    row.next.as_ref().map(|x| (x.kind, x.date)),
                    next.map(|x| (x.deadline.kind, x.deadline.date)),
                    "next deadline on {today}"
                );
                assert_eq!(row.overdue, *overdue, "overdue flag on {today}");
            }
            // And what the legal core computes from the case file itself, day by day; none for
            // a case closed by then, which the association no longer follows (its page keeps
            // them).
            for (id, case, _) in &all {
                let row = rows.iter().find(|r| &r.case.case_id == id).unwrap();
                assert_eq!(
                    row.next.as_ref().map(|x| (x.kind, x.date)),
                    crate::legal::next_deadline(case, today)
                        .filter(|_| case.closed_on.is_none_or(|closed| today < closed))
                        .map(|x| (x.kind, x.date)),
                    "next deadline on {today}"
                );
            }
        }
    }

    #[test]
    fn pages_follow_each_other_in_every_order() {
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = store(dir.path());
        let today = d(2026, 11, 26);
        for order in [Order::Name, Order::NextDeadline, Order::Updated] {
            let (all, _) = whole_list(&db, order, today);
            let mut paged = Vec::new();
            for offset in (0..CASES as u64).step_by(50) {
                let (rows, total) = db
                    .read(|c| page(c, None, order, today, offset, 50))
                    .unwrap();
                assert_eq!(total, CASES as u64);
                paged.extend(rows);
            }
            assert_eq!(paged, all, "{order:?}");
        }
    }

    #[test]
    fn pages_by_next_deadline_of_any_size_on_any_day_follow_each_other() {
        // Pages walk the deadlines from today and stop: every page size, every day (ties on a
        // day, cases without a deadline ahead at the end) gives the whole list's order.
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = store(dir.path());
        for offset_days in (-300..300).step_by(53) {
            let today = d(2026, 11, 26) + TimeDelta::days(offset_days);
            let (all, _) = whole_list(&db, Order::NextDeadline, today);
            assert_eq!(all.len(), CASES);
            for size in [1, 7, 50, 299] {
                let mut paged = Vec::new();
                for offset in (0..CASES as u64).step_by(size) {
                    let (rows, _) = db
                        .read(|c| page(c, None, Order::NextDeadline, today, offset, size as u64))
                        .unwrap();
                    paged.extend(rows.into_iter().map(|r| r.case.case_id));
                }
                let whole: Vec<_> = all.iter().map(|r| r.case.case_id.clone()).collect();
                assert_eq!(paged, whole, "pages of {size} on {today}");
            }
        }
    }

    #[test]
    fn a_search_finds_a_case_by_any_spelling_of_its_name_and_by_its_numbers() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("t.db"), &[9; 32], OpenMode::Create).unwrap();
        let mut case = CaseFile::new(Some("Testenko".into()), Some("Olena".into()));
        case.person.phone = Some("+33 6 12 34 56 78".into());
        case.references = Some(crate::model::case::References {
            foreigner_number: Some("7501234567".into()),
            anef_number: Some("ANEF-2026-000123".into()),
            parquet: None,
        });
        // An earlier request's own number finds the case too.
        case.applications.push(crate::model::case::Application {
            route: crate::model::case::RouteId::CstL4251,
            filed_on: None,
            decision: None,
            anef_number: Some("ANEF-2025-000987".into()),
        });
        db.write(|tx| {
            for i in 0..50 {
                let other = sample_cases::case(i, d(2026, 11, 26));
                cases::insert(tx, &CaseDocument::from_case(&other)?, Utc::now())?;
            }
            cases::insert(tx, &CaseDocument::from_case(&case)?, Utc::now())
        })
        .unwrap();
        for typed in [
            "Testenko",
            "testenco",
            "Тестенко",
            "TESTEN",
            "olena test",
            "06 12 34 56 78",
            "0612345678",
            "7501234567",
            "anef 2026 000123",
            "000123",
            "anef-2025-000987",
        ] {
            let q = crate::search::query(typed).unwrap();
            let (rows, total) = db
                .read(|c| page(c, Some(&q), Order::Name, d(2026, 11, 26), 0, 50))
                .unwrap();
            assert_eq!(total, 1, "{typed}");
            assert_eq!(rows[0].case.display_name, "TESTENKO Olena", "{typed}");
        }
        let q = crate::search::query("Zorxyzq").unwrap();
        let (rows, total) = db
            .read(|c| page(c, Some(&q), Order::Name, d(2026, 11, 26), 0, 50))
            .unwrap();
        assert_eq!((rows.len(), total), (0, 0));
    }
}
