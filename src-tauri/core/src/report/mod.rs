//! The association's activity report: the year's figures for funders and the national survey of
//! victims followed by associations, computed in memory from the cases, identifying no one
//! (docs/activity-report.md).
//!
//! This module gives facts, no wording: counts by category keyed by codes ([`ActivityReport`]),
//! every count already suppressed ([`suppress`]): a count from 1 to 4 is *small* (« < 5 »), and
//! other cells are *hidden* so that no small one can be worked out from its row's or column's
//! total. Nationalities too rare to be shown alone are counted in their region of the world
//! ([`regions`]). The PDF's view (`pdf::view::activity_report`) and the CSV ([`csv`]) word them.
//!
//! Nothing identifying goes in: no name, no date of birth (only an age band), no case id, no free
//! text, no place. Below [`MIN_PERSONS`] persons the period is too small to publish safely: the
//! report says so and gives no breakdown.

pub mod csv;
pub mod regions;
pub mod suppress;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

use crate::error::{Field, Invalid, Named};
use crate::model::case::{CaseFile, CriminalStage, DecisionOutcome, Exploitation, RouteId};
use crate::{Error, Result};

pub use regions::Region;
pub use suppress::{Cell, Known, THRESHOLD};

/// Below this many persons accompanied, the period is too small to publish safely: every
/// breakdown would be mostly suppressed cells, and the few left would point at people.
pub const MIN_PERSONS: u64 = 10;
/// A median delay is published only over this many applications or more: over five, the median
/// is one person's exact delay, which two reports subtracted can tie to her (privacy review,
/// 2026-12-08).
pub const MIN_FOR_MEDIAN: usize = 10;

/// The first and last days of the report, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// The period from `from` to `to`, both included.
    ///
    /// # Errors
    /// [`Error::InvalidField`] when `to` comes before `from`, or a year is before 1900 or after
    /// 2999.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        // « 26-01-01 » is the year 26: no report covers a period before 1900 or after 2999.
        let (min, max) = (1900, 2999);
        if !(min..=max).contains(&from.year()) || !(min..=max).contains(&to.year()) {
            return Err(Error::invalid(
                Field::Named(Named::ReportPeriod),
                Invalid::YearOutOfRange { min, max },
            ));
        }
        if to < from {
            return Err(Error::invalid(
                Field::Named(Named::ReportPeriod),
                Invalid::EndBeforeStart,
            ));
        }
        Ok(Period { from, to })
    }

    /// True if and only if `day` lies in the period.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum TableId {
    /// Persons accompanied by age band and sex.
    AgeBySex,
    /// Persons accompanied by nationality (or region) and sex.
    NationalityBySex,
    /// Persons accompanied by form of exploitation and sex.
    ExploitationBySex,
    /// Persons accompanied by cooperation with the police and the courts, and sex.
    CooperationBySex,
    /// Persons accompanied by stage of the criminal proceedings, and sex.
    StageBySex,
    /// Applications filed in the period, by route.
    Applications,
    /// Decisions obtained in the period, by route and outcome.
    Decisions,
}

/// A row of a table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "code")]
pub enum RowKey {
    /// An age band.
    Age(AgeBand),
    /// A nationality shown alone (ISO 3166-1 alpha-2).
    Country(String),
    /// The rarer nationalities of a region.
    Region(Region),
    /// Stateless persons.
    Stateless,
    /// Not recorded.
    Unknown,
    /// A form of exploitation.
    Exploitation(Exploitation),
    /// Cooperation.
    Cooperation(CooperationKind),
    /// A stage of the proceedings.
    Stage(CriminalStage),
    /// A route applied for.
    Route(RouteId),
}

/// A column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ColumnKey {
    /// Women.
    Female,
    /// Men.
    Male,
    /// Another sex recorded (`X`), or none.
    OtherOrUnknown,
    /// Men, and another sex or none: one column where either alone would be 1 to 4 persons.
    MaleOtherOrUnknown,
    /// Women, and another sex or none: one column where either alone would be 1 to 4 persons.
    FemaleOtherOrUnknown,
    /// Every person, sex aside: the one column where any sex column would be 1 to 4 persons.
    Persons,
    /// Applications filed.
    Filed,
    /// Documents issued.
    Granted,
    /// Refusals.
    Refused,
}

/// Age bands, at the start of the period or of the accompaniment if later.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum AgeBand {
    /// Under 18.
    Minor,
    /// 18 to 24.
    #[serde(rename = "18-24")]
    #[strum(serialize = "18-24")]
    From18To24,
    /// 25 to 34.
    #[serde(rename = "25-34")]
    #[strum(serialize = "25-34")]
    From25To34,
    /// 35 to 44.
    #[serde(rename = "35-44")]
    #[strum(serialize = "35-44")]
    From35To44,
    /// 45 and over.
    #[serde(rename = "45-plus")]
    #[strum(serialize = "45-plus")]
    From45,
}

/// Cooperation with the police and the courts, one category per person.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum CooperationKind {
    /// A complaint was filed (with or without testimony).
    Complaint,
    /// Testimony without a complaint.
    Testimony,
    /// Neither recorded.
    Neither,
}

/// A table of counts, suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    /// Which.
    pub id: TableId,
    /// Its rows, in order (the total row is not listed: it is the last row of `cells`).
    pub rows: Vec<RowKey>,
    /// Its columns (the total column, present when there are two or more, is not listed).
    pub columns: Vec<ColumnKey>,
    /// The published cells: each row, then the total row; in each, the columns, then the total
    /// column when there is one. When `withheld`, the grand total alone (`[[total]]`).
    pub cells: Vec<Vec<Cell>>,
    /// Fewer than [`MIN_PERSONS`] in all (or no safe suppression): not broken down, `rows` is
    /// empty and `cells` holds the grand total only.
    pub withheld: bool,
}

impl Table {
    /// True if and only if the table has a total column.
    pub fn has_total_column(&self) -> bool {
        self.columns.len() > 1
    }
}

/// Which delay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum DelayKind {
    /// From the first interview to the filing of an application filed in the period.
    InterviewToFiling,
    /// From the filing to the decision, for decisions of the period.
    FilingToDecision,
}

/// A median delay, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Delay {
    /// Which.
    pub kind: DelayKind,
    /// The median, in whole days; `None` below [`MIN_FOR_MEDIAN`] applications with both dates.
    pub median_days: Option<u64>,
    /// Over how many applications (suppressed like any count).
    pub over: Cell,
}

/// The activity report of a period: facts only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityReport {
    /// The period.
    pub period: Period,
    /// Persons accompanied during the period.
    pub persons: Cell,
    /// Cases opened during the period.
    pub new_cases: Cell,
    /// Fewer than [`MIN_PERSONS`] persons: not safe to publish; no breakdown is given.
    pub too_small: bool,
    /// The breakdowns (empty when `too_small`).
    pub tables: Vec<Table>,
    /// Median delays (empty when `too_small`).
    pub delays: Vec<Delay>,
}

/// A case as the report reads it: the case file, and the day it was opened in the vault.
pub struct ReportCase<'a> {
    /// The case file.
    pub case: &'a CaseFile,
    /// The day the case was created in the vault.
    pub opened: NaiveDate,
}

impl ReportCase<'_> {
    /// The day the accompaniment began: `accompaniment.since` when recorded, else the day the
    /// case was opened (the first interview).
    pub fn start(&self) -> NaiveDate {
        self.case
            .accompaniment
            .as_ref()
            .and_then(|a| a.since)
            .unwrap_or(self.opened)
    }

    /// True if and only if the person was accompanied on at least one day of `period`.
    pub fn accompanied_in(&self, period: &Period) -> bool {
        self.start() <= period.to && self.case.closed_on.is_none_or(|c| c >= period.from)
    }
}

/// The sex column of a case.
pub fn sex_column(case: &CaseFile) -> ColumnKey {
    match case.person.sex.as_deref() {
        Some("F") => ColumnKey::Female,
        Some("M") => ColumnKey::Male,
        _ => ColumnKey::OtherOrUnknown,
    }
}

/// The age band on `day` of a person born on `birth`.
pub fn age_band(birth: NaiveDate, day: NaiveDate) -> AgeBand {
    let mut age = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    match age {
        ..18 => AgeBand::Minor,
        18..=24 => AgeBand::From18To24,
        25..=34 => AgeBand::From25To34,
        35..=44 => AgeBand::From35To44,
        _ => AgeBand::From45,
    }
}

/// The cooperation category of a case on `day` (the period's last): a complaint or a testimony
/// dated after it is not counted. A past year re-issued after a complaint moved exactly one person
/// to « plainte déposée », telling the reader someone filed one since (privacy review,
/// 2026-12-08); one recorded without its day counts.
pub fn cooperation(case: &CaseFile, day: NaiveDate) -> CooperationKind {
    let by = |date: Option<NaiveDate>| date.is_none_or(|d| d <= day);
    let coop = &case.cooperation;
    if coop.complaint.as_ref().is_some_and(|c| by(c.date)) {
        CooperationKind::Complaint
    } else if coop.testimony.as_ref().is_some_and(|t| by(t.date)) {
        CooperationKind::Testimony
    } else {
        CooperationKind::Neither
    }
}

const SEX_COLUMNS: [ColumnKey; 3] = [
    ColumnKey::Female,
    ColumnKey::Male,
    ColumnKey::OtherOrUnknown,
];
const ROUTES: [RouteId; 6] = RouteId::ALL;

/// Counts by row and sex column.
#[derive(Default)]
struct BySex(BTreeMap<RowKey, [u64; 3]>);

impl BySex {
    fn add(&mut self, row: RowKey, col: ColumnKey) {
        let j = SEX_COLUMNS.iter().position(|c| *c == col).unwrap_or(2);
        self.0.entry(row).or_default()[j] += 1;
    }

    /// The rows in `order` (every one, zeros included), then any other row met, in key order.
    fn body(&self, order: &[RowKey]) -> (Vec<RowKey>, Vec<Vec<u64>>) {
        let mut rows: Vec<RowKey> = order.to_vec();
        rows.extend(self.0.keys().filter(|k| !order.contains(k)).cloned());
        let body = rows
            .iter()
            .map(|k| self.0.get(k).copied().unwrap_or_default().to_vec())
            .collect();
        (rows, body)
    }
}

/// The report of `period` over `cases`.
pub fn compute<'a>(
    cases: impl IntoIterator<Item = ReportCase<'a>>,
    period: Period,
) -> ActivityReport {
    let mut persons = 0u64;
    let mut new_cases = 0u64;
    let mut age = BySex::default();
    let mut nationality: BTreeMap<Option<String>, [u64; 3]> = BTreeMap::new();
    let mut exploitation = BySex::default();
    let mut coop = BySex::default();
    let mut stage = BySex::default();
    let mut filed = [0u64; ROUTES.len()];
    let mut decided = [[0u64; 2]; ROUTES.len()];
    let mut to_filing: Vec<i64> = Vec::new();
    let mut to_decision: Vec<i64> = Vec::new();
    for rc in cases {
        let case = rc.case;
        let start = rc.start();
        if period.contains(start) {
            new_cases += 1;
        }
        // Applications and decisions count whenever they fall in the period.
        let route_index = |r: RouteId| ROUTES.iter().position(|x| *x == r).unwrap_or(0);
        // A reflection-period application decided on a known day is counted by that day, in its
        // own period: its récépissé is the same grant (review, 2026-12-04: a grant decided on
        // 20 December and handed over on 5 January was counted in both years).
        let reflection_decided = case.applications.iter().any(|a| {
            a.route == RouteId::ReflectionPeriod
                && a.decision.as_ref().is_some_and(|d| d.date.is_some())
        });
        for a in &case.applications {
            if let Some(f) = a.filed_on.filter(|f| period.contains(*f)) {
                filed[route_index(a.route)] += 1;
                if f >= start {
                    to_filing.push((f - start).num_days());
                }
            }
            if let Some(d) = &a.decision {
                if let Some(day) = d.date.filter(|d| period.contains(*d)) {
                    let k = usize::from(d.outcome == DecisionOutcome::Refused);
                    decided[route_index(a.route)][k] += 1;
                    if let Some(f) = a.filed_on.filter(|f| *f <= day) {
                        to_decision.push((day - f).num_days());
                    }
                }
            }
        }
        // A récépissé of the reflection period recorded without its application is a grant.
        if !reflection_decided
            && case
                .reflection_period
                .as_ref()
                .and_then(|r| r.recepisse_issued)
                .is_some_and(|d| period.contains(d))
        {
            decided[0][0] += 1;
        }
        if !rc.accompanied_in(&period) {
            continue;
        }
        persons += 1;
        let sex = sex_column(case);
        // A birth date known to the year or the month only gives a band only when every day it
        // may stand for gives the same one (born « 2008 »: 17 or 18 at the start of 2026).
        let on = start.max(period.from);
        let band = case
            .person
            .birth_range()
            .map(|(first, last)| (age_band(first, on), age_band(last, on)))
            .filter(|(oldest, youngest)| oldest == youngest)
            .map(|(band, _)| RowKey::Age(band))
            .unwrap_or(RowKey::Unknown);
        age.add(band, sex);
        let j = SEX_COLUMNS.iter().position(|c| *c == sex).unwrap_or(2);
        nationality
            .entry(case.person.nationality.clone())
            .or_default()[j] += 1;
        exploitation.add(
            case.exploitation
                .map(RowKey::Exploitation)
                .unwrap_or(RowKey::Unknown),
            sex,
        );
        let cooperated = cooperation(case, period.to);
        coop.add(RowKey::Cooperation(cooperated), sex);
        // The stage is as recorded today (no history): where her complaint or testimony came
        // after the period, a stage would move her as the complaint did (review of this change).
        let cooperated_since = cooperated == CooperationKind::Neither
            && (case.cooperation.complaint.is_some() || case.cooperation.testimony.is_some());
        stage.add(
            case.criminal_case
                .as_ref()
                .and_then(|c| c.stage)
                .filter(|_| !cooperated_since)
                .map(RowKey::Stage)
                .unwrap_or(RowKey::Unknown),
            sex,
        );
    }
    let too_small = persons < MIN_PERSONS;
    let small = |n: u64| {
        if (1..THRESHOLD).contains(&n) {
            Cell::Small
        } else {
            Cell::Count(n)
        }
    };
    let mut report = ActivityReport {
        period,
        persons: small(persons),
        new_cases: small(new_cases),
        too_small,
        tables: Vec::new(),
        delays: Vec::new(),
    };
    if too_small {
        return report;
    }
    let mut by_sex: Vec<Counted> = Vec::new();
    let ages: Vec<RowKey> = <AgeBand as strum::VariantArray>::VARIANTS
        .iter()
        .map(|b| RowKey::Age(*b))
        .chain([RowKey::Unknown])
        .collect();
    let (rows, body) = age.body(&ages);
    by_sex.push((TableId::AgeBySex, rows, body));
    let (rows, body) = nationality_rows(&nationality);
    by_sex.push((TableId::NationalityBySex, rows, body));
    let forms: Vec<RowKey> = <Exploitation as strum::VariantArray>::VARIANTS
        .iter()
        .map(|e| RowKey::Exploitation(*e))
        .chain([RowKey::Unknown])
        .collect();
    let (rows, body) = exploitation.body(&forms);
    by_sex.push((TableId::ExploitationBySex, rows, body));
    let coops: Vec<RowKey> = <CooperationKind as strum::VariantArray>::VARIANTS
        .iter()
        .map(|c| RowKey::Cooperation(*c))
        .collect();
    let (rows, body) = coop.body(&coops);
    by_sex.push((TableId::CooperationBySex, rows, body));
    let stages: Vec<RowKey> = <CriminalStage as strum::VariantArray>::VARIANTS
        .iter()
        .map(|s| RowKey::Stage(*s))
        .chain([RowKey::Unknown])
        .collect();
    let (rows, body) = stage.body(&stages);
    by_sex.push((TableId::StageBySex, rows, body));
    report.tables = by_sex_tables(by_sex);
    // The grand total is the persons accompanied: hidden in a table, hidden as a key figure too,
    // and the new cases with it, which bound it from below (review, 2026-12-04: in a first year
    // every case is new, and the new cases gave the hidden total).
    if report
        .tables
        .iter()
        .any(|t| t.cells.last().and_then(|r| r.last()) == Some(&Cell::Hidden))
    {
        report.persons = Cell::Hidden;
        if matches!(report.new_cases, Cell::Count(n) if n > 0) {
            report.new_cases = Cell::Hidden;
        }
    }
    let route_rows: Vec<RowKey> = ROUTES.iter().map(|r| RowKey::Route(*r)).collect();
    let body: Vec<Vec<u64>> = filed.iter().map(|n| vec![*n]).collect();
    report.tables.push(table(
        TableId::Applications,
        route_rows.clone(),
        vec![ColumnKey::Filed],
        suppress::protect(&body, &[], MIN_PERSONS, &[]),
    ));
    let body: Vec<Vec<u64>> = decided.iter().map(|d| d.to_vec()).collect();
    report.tables.push(table(
        TableId::Decisions,
        route_rows,
        vec![ColumnKey::Granted, ColumnKey::Refused],
        suppress::protect(&body, &[], MIN_PERSONS, &[]),
    ));
    report.delays = vec![
        delay(DelayKind::InterviewToFiling, to_filing),
        delay(DelayKind::FilingToDecision, to_decision),
    ];
    // « sur N demandes » counts applications of its table (filed, or decided, in the period):
    // it bounds that table's total from below. Where the total is not shown, a reader could
    // pin the small cells with it (security review, 2026-12-05: three « < 5 » and « sur 12
    // demandes » gave 4, 4 and 4), so it is hidden too.
    for d in &mut report.delays {
        let table = match d.kind {
            DelayKind::InterviewToFiling => TableId::Applications,
            DelayKind::FilingToDecision => TableId::Decisions,
        };
        let total_shown = report.tables.iter().any(|t| {
            t.id == table
                && !t.withheld
                && matches!(t.cells.last().and_then(|r| r.last()), Some(Cell::Count(_)))
        });
        if !total_shown && matches!(d.over, Cell::Count(n) if n > 0) {
            d.over = Cell::Hidden;
        }
    }
    report
}

/// Nationalities: each with five persons or more alone, the others in their region; stateless
/// and unknown at the end.
fn nationality_rows(counts: &BTreeMap<Option<String>, [u64; 3]>) -> (Vec<RowKey>, Vec<Vec<u64>>) {
    let mut shown: BTreeMap<RowKey, [u64; 3]> = BTreeMap::new();
    let mut grouped: BTreeMap<RowKey, [u64; 3]> = BTreeMap::new();
    let mut tail: Vec<(RowKey, [u64; 3])> = Vec::new();
    let mut stateless = [0u64; 3];
    let mut unknown = [0u64; 3];
    for (code, n) in counts {
        let add = |into: &mut [u64; 3]| {
            for j in 0..3 {
                into[j] += n[j];
            }
        };
        match code.as_deref() {
            None => add(&mut unknown),
            Some(crate::countries::STATELESS) => add(&mut stateless),
            Some(c) if n.iter().sum::<u64>() >= THRESHOLD => {
                shown.insert(RowKey::Country(c.to_string()), *n);
            }
            Some(c) => add(grouped
                .entry(RowKey::Region(regions::region(c)))
                .or_default()),
        }
    }
    if stateless.iter().sum::<u64>() > 0 {
        tail.push((RowKey::Stateless, stateless));
    }
    tail.push((RowKey::Unknown, unknown));
    let rows: Vec<(RowKey, [u64; 3])> = shown.into_iter().chain(grouped).chain(tail).collect();
    (
        rows.iter().map(|(k, _)| k.clone()).collect(),
        rows.iter().map(|(_, n)| n.to_vec()).collect(),
    )
}

/// The persons × sex tables, their columns grouped so that none holds 1 to 4 persons
/// ([`sex_groups`]), suppressed together.
///
/// A column of 1 to 4 persons would be their profile: in every table its only counts stand on
/// their rows, « < 5 » or not, and the five tables together say their age, nationality, form of
/// exploitation, cooperation and stage (review, 2026-12-07: the one person recorded « X » was
/// « 45 ans et plus », « Asie de l'Est », « mendicité forcée », « plainte déposée »,
/// « classement sans suite »). Zeros name nobody: a column of none stays.
fn by_sex_tables(tables: Vec<Counted>) -> Vec<Table> {
    let mut totals = [0u64; 3];
    if let Some((_, _, body)) = tables.first() {
        for row in body {
            for (j, n) in row.iter().enumerate().take(3) {
                totals[j] += n;
            }
        }
    }
    let groups = sex_groups(totals, &tables);
    let grouped: Vec<Counted> = tables
        .into_iter()
        .map(|(id, rows, body)| {
            let body = body
                .iter()
                .map(|row| {
                    groups
                        .iter()
                        .map(|(_, members)| members.iter().map(|&j| row[j]).sum())
                        .collect()
                })
                .collect();
            (id, rows, body)
        })
        .collect();
    let columns: Vec<ColumnKey> = groups.iter().map(|(key, _)| *key).collect();
    // One column too: the tables still share their total, the persons accompanied (review,
    // 2026-12-07: protected one by one, a total hidden in the cooperation table, 4, 4 and 4,
    // was shown by the age table, and gave its three « < 5 »).
    protect_sharing_total_row(grouped, &columns)
}

/// The sex columns, as groups of [`SEX_COLUMNS`]: the first layout none of whose columns holds 1
/// to 4 persons, nor fewer than [`MIN_PERSONS`] who all stand on one row of a table (other than
/// « non renseigné »), among women,
/// men and the others apart; women apart, men with the others; women with the others, men apart;
/// and everyone in one column.
///
/// Five men, every one on the row « plainte déposée » (zeros elsewhere), said that every man the
/// association accompanies filed a complaint, to anyone who knows one of them is accompanied
/// (privacy review, 2026-12-08: « a zero names nobody » is false once it is all the column's
/// other cells). A group that small is one outside knowledge can name; the whole population in
/// one column is what any count table says.
fn sex_groups(totals: [u64; 3], tables: &[Counted]) -> Vec<(ColumnKey, Vec<usize>)> {
    let layouts: [Vec<(ColumnKey, Vec<usize>)>; 4] = [
        vec![
            (ColumnKey::Female, vec![0]),
            (ColumnKey::Male, vec![1]),
            (ColumnKey::OtherOrUnknown, vec![2]),
        ],
        vec![
            (ColumnKey::Female, vec![0]),
            (ColumnKey::MaleOtherOrUnknown, vec![1, 2]),
        ],
        vec![
            (ColumnKey::FemaleOtherOrUnknown, vec![0, 2]),
            (ColumnKey::Male, vec![1]),
        ],
        vec![(ColumnKey::Persons, vec![0, 1, 2])],
    ];
    let small = |members: &Vec<usize>| {
        let n: u64 = members.iter().map(|&j| totals[j]).sum();
        (1..THRESHOLD).contains(&n)
    };
    // « Non renseigné » says nothing of anyone: a column all there names no attribute.
    let on_one_row = |members: &Vec<usize>| {
        let n: u64 = members.iter().map(|&j| totals[j]).sum();
        (1..MIN_PERSONS).contains(&n)
            && tables.iter().any(|(_, rows, body)| {
                let filled: Vec<&RowKey> = rows
                    .iter()
                    .zip(body)
                    .filter(|(_, row)| members.iter().any(|&j| row[j] > 0))
                    .map(|(key, _)| key)
                    .collect();
                matches!(filled.as_slice(), [only] if **only != RowKey::Unknown)
            })
    };
    layouts
        .into_iter()
        .find(|layout| {
            layout.len() == 1
                || !layout
                    .iter()
                    .any(|(_, members)| small(members) || on_one_row(members))
        })
        .unwrap_or_else(|| vec![(ColumnKey::Persons, vec![0, 1, 2])])
}

/// A table before suppression: which, its rows, its counts.
type Counted = (TableId, Vec<RowKey>, Vec<Vec<u64>>);

/// Suppresses tables that share their total row (the persons accompanied by sex), as a reader
/// holding all of them would attack them:
/// - a total hidden in one is hidden in all, or another table would show it;
/// - what each table alone allows of a shared total not shown is intersected (review,
///   2026-12-04: the age table allowed 45 to 48 persons, the exploitation table 47 or more, the
///   cooperation table 47 or less); a total pinned that way gets a cell hidden in a table that
///   pins it, until none is; the intersection is then given to every table as [`Known`] bounds,
///   so that no cell of one is pinned through another.
///
/// When no choice of cells frees a total, the tables are withheld, their grand total hidden.
fn protect_sharing_total_row(tables: Vec<Counted>, columns: &[ColumnKey]) -> Vec<Table> {
    // The columns, and the total column when there is more than one ([`suppress::Grid`]).
    let width = columns.len() + usize::from(columns.len() > 1);
    let mut margins: Vec<usize> = Vec::new();
    let mut extra: Vec<Vec<(usize, usize)>> = vec![Vec::new(); tables.len()];
    let mut known: Vec<(usize, i64, i64)> = Vec::new();
    // Tables given up on: not broken down, their grand total hidden.
    let mut dropped = vec![false; tables.len()];
    // Each round hides one cell more, drops a table or narrows what is known: bounded.
    let cells: usize = tables
        .iter()
        .map(|(_, rows, _)| (rows.len() + 1) * width)
        .sum();
    for _ in 0..=cells * 2 {
        let grids: Vec<suppress::Grid> = tables
            .iter()
            .zip(&extra)
            .zip(&dropped)
            .map(|(((_, rows, body), extra), &dropped)| {
                if dropped {
                    return hidden_total(body);
                }
                let total_row = rows.len();
                let mut forced: Vec<(usize, usize)> =
                    margins.iter().map(|&j| (total_row, j)).collect();
                forced.extend(extra);
                let bounds: Vec<Known> = known
                    .iter()
                    .map(|&(j, lo, hi)| Known {
                        at: (total_row, j),
                        lo,
                        hi,
                    })
                    .collect();
                suppress::protect(body, &forced, MIN_PERSONS, &bounds)
            })
            .collect();
        let mut hidden: Vec<usize> = grids
            .iter()
            .flat_map(|g| {
                let last = g.cells.last().cloned().unwrap_or_default();
                let withheld = g.withheld;
                last.into_iter()
                    .enumerate()
                    .filter(|(_, c)| *c == Cell::Hidden)
                    // A withheld table's one cell is the grand total.
                    .map(move |(j, _)| if withheld { width - 1 } else { j })
                    .collect::<Vec<_>>()
            })
            .collect();
        hidden.sort_unstable();
        hidden.dedup();
        if hidden != margins {
            margins = hidden;
            continue;
        }
        // What the tables together tell of each total not shown.
        let mut joint: Vec<(usize, i64, i64)> = Vec::new();
        let mut pinned = None;
        for j in 0..width {
            // What each table publishes of this total: a withheld table only its grand total
            // (review, 2026-12-04: a withheld table counted as « nothing known » of a total the
            // others show, which read as pinned and withheld all five).
            let published: Vec<Option<Cell>> = tables
                .iter()
                .zip(&grids)
                .map(|((_, rows, _), g)| match g.withheld {
                    true => (j == width - 1).then(|| g.cells[0][0]),
                    false => Some(g.cells[rows.len()][j]),
                })
                .collect();
            let shown = published.iter().any(|c| matches!(c, Some(Cell::Count(_))));
            if shown || published.iter().all(Option::is_none) {
                continue;
            }
            let ranges = total_ranges(&tables, &grids, j);
            let lo = ranges.iter().map(|r| r.0).max().unwrap_or(0);
            let hi = ranges
                .iter()
                .map(|r| r.1)
                .min()
                .unwrap_or(suppress::UNBOUNDED);
            if lo >= hi {
                pinned = Some((j, lo, ranges));
                break;
            }
            joint.push((j, lo, hi));
        }
        if let Some((j, value, ranges)) = pinned {
            match widen(&tables, &grids, j, value, &ranges) {
                Some((t, cell)) => {
                    extra[t].push(cell);
                    known.clear();
                    continue;
                }
                None => return withheld_together(tables, columns),
            }
        }
        if joint != known {
            known = joint;
            continue;
        }
        // The tables together, exactly: every value of the shared totals they all allow.
        match jointly_pinned(&tables, &grids, &known) {
            Some(Pinned::Cell(t, at)) => {
                match suppress::next_to_hide(&tables[t].2, &grids[t], at) {
                    Some(cell) => extra[t].push(cell),
                    // Nothing left beside it: that table is not broken down.
                    None => dropped[t] = true,
                }
                known.clear();
                continue;
            }
            Some(Pinned::Total(j, value)) => {
                let ranges = total_ranges(&tables, &grids, j);
                let next =
                    widen(&tables, &grids, j, value, &ranges).or_else(|| {
                        tables.iter().zip(&grids).enumerate().find_map(
                            |(t, ((_, rows, body), g))| {
                                suppress::next_to_hide(body, g, (rows.len(), j)).map(|c| (t, c))
                            },
                        )
                    });
                match next {
                    Some((t, cell)) => {
                        extra[t].push(cell);
                        known.clear();
                        continue;
                    }
                    None => return withheld_together(tables, columns),
                }
            }
            None => {}
        }
        return tables
            .into_iter()
            .zip(grids)
            .map(|((id, rows, _), g)| table(id, rows, columns.to_vec(), g))
            .collect();
    }
    withheld_together(tables, columns)
}

/// What each of `tables`, as `grids` publish them, allows of total-row cell `j`, from itself alone.
fn total_ranges(tables: &[Counted], grids: &[suppress::Grid], j: usize) -> Vec<(i64, i64)> {
    tables
        .iter()
        .zip(grids)
        .map(|((_, rows, body), g)| suppress::range_of(body, g, (rows.len(), j)))
        .collect()
}

/// What the tables sharing their total row give away together.
enum Pinned {
    /// Cell `.1` of table `.0`.
    Cell(usize, (usize, usize)),
    /// Total-row cell `.0`, at value `.1`.
    Total(usize, i64),
}

/// How far either side of its true value a shared total is tried ([`jointly_pinned`]): a cell
/// that takes two values within that window is not pinned; one that takes one is treated as
/// pinned even if a total further away would free it (hiding more, never less).
const JOINT_SPAN: i64 = 4;

/// A cell of one of `tables`, or a shared total, whose value a reader holding all of them can
/// work out: every vector of the shared totals within `box_` (their intersected ranges, each
/// tried within [`JOINT_SPAN`] of its true value) that every table agrees with, and for each,
/// what each table then leaves open (review, 2026-12-04: two totals known to within one each
/// pinned thirteen cells of five tables together, as an exact attack over them found).
fn jointly_pinned(
    tables: &[Counted],
    grids: &[suppress::Grid],
    box_: &[(usize, i64, i64)],
) -> Option<Pinned> {
    if box_.is_empty() {
        return None;
    }
    // Tried around the true totals: within the span either side, inside the box.
    let truth = suppress::with_margins(&tables[0].2);
    let truth = truth.last().cloned().unwrap_or_default();
    let dims: Vec<(usize, i64, i64)> = box_
        .iter()
        .map(|&(j, lo, hi)| {
            let v = truth.get(j).map_or(lo, |&v| v as i64);
            (j, lo.max(v - JOINT_SPAN), hi.min(v + JOINT_SPAN))
        })
        .collect();
    // The total row as the tables show it (a shown count, or a dimension of the box).
    let (_, first_rows, _) = &tables[0];
    let shown_row: Vec<Option<i64>> = grids[0]
        .cells
        .get(first_rows.len())
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Count(v) => Some(*v as i64),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Open,
        Only(i64),
    }
    let mut seen: Vec<BTreeMap<(usize, usize), Seen>> = vec![BTreeMap::new(); tables.len()];
    let mut totals: Vec<Option<Seen>> = vec![None; dims.len()];
    let mut values: Vec<i64> = dims.iter().map(|d| d.1).collect();
    loop {
        // The columns' totals add up to the grand total (when the row is known whole).
        let row: Vec<Option<i64>> = (0..shown_row.len().max(1))
            .map(|j| {
                shown_row
                    .get(j)
                    .copied()
                    .flatten()
                    .or_else(|| dims.iter().position(|d| d.0 == j).map(|d| values[d]))
            })
            .collect();
        let adds_up = match row.split_last() {
            Some((Some(grand), parts))
                if parts.iter().all(Option::is_some) && !parts.is_empty() =>
            {
                parts.iter().flatten().sum::<i64>() == *grand
            }
            _ => true,
        };
        let open: Option<Vec<_>> = if adds_up {
            tables
                .iter()
                .zip(grids)
                .map(|((_, rows, body), g)| {
                    let fixed: Vec<((usize, usize), i64)> = dims
                        .iter()
                        .zip(&values)
                        .map(|(d, &v)| ((rows.len(), d.0), v))
                        .collect();
                    suppress::open_cells(body, g, &fixed)
                })
                .collect()
        } else {
            None
        };
        if let Some(open) = open {
            for (t, cells) in open.into_iter().enumerate() {
                for (at, value) in cells {
                    let now = match (seen[t].get(&at), value) {
                        (_, None) | (Some(Seen::Open), _) => Seen::Open,
                        (Some(Seen::Only(w)), Some(v)) if *w != v => Seen::Open,
                        (_, Some(v)) => Seen::Only(v),
                    };
                    seen[t].insert(at, now);
                }
            }
            for (d, &v) in values.iter().enumerate() {
                totals[d] = Some(match totals[d] {
                    Some(Seen::Only(w)) if w == v => Seen::Only(w),
                    None => Seen::Only(v),
                    _ => Seen::Open,
                });
            }
        }
        // The next vector of the box, odometer-wise.
        let mut d = 0;
        loop {
            if d == dims.len() {
                // Every vector tried.
                if let Some((d, Some(Seen::Only(v)))) = totals
                    .iter()
                    .enumerate()
                    .find(|(_, s)| matches!(s, Some(Seen::Only(_))))
                {
                    return Some(Pinned::Total(dims[d].0, *v));
                }
                return seen.iter().enumerate().find_map(|(t, cells)| {
                    cells
                        .iter()
                        .find(|(_, s)| matches!(s, Seen::Only(_)))
                        .map(|(at, _)| Pinned::Cell(t, *at))
                });
            }
            if values[d] < dims[d].2 {
                values[d] += 1;
                break;
            }
            values[d] = dims[d].1;
            d += 1;
        }
    }
}

/// A cell to hide in one of the tables that pin total-row cell `j` at `value` (its range there
/// ends at `value`), so that its range there goes past it: a shown count of 5 or more, body
/// cells before totals, the smallest first.
fn widen(
    tables: &[Counted],
    grids: &[suppress::Grid],
    j: usize,
    value: i64,
    ranges: &[(i64, i64)],
) -> Option<(usize, (usize, usize))> {
    for (t, ((_, rows, body), g)) in tables.iter().zip(grids).enumerate() {
        let (lo, hi) = ranges[t];
        if g.withheld || (lo != value && hi != value) {
            continue;
        }
        let total_row = rows.len();
        let full = suppress::with_margins(body);
        let width = full[0].len();
        let mut candidates: Vec<(usize, usize)> = (0..total_row)
            .flat_map(|i| (0..width).map(move |c| (i, c)))
            .filter(|&(i, c)| matches!(g.cells[i][c], Cell::Count(v) if v >= THRESHOLD))
            .collect();
        candidates.sort_by_key(|&(i, c)| (c == width - 1, full[i][c], i, c));
        for (i, c) in candidates {
            let mut cells = g.cells.clone();
            cells[i][c] = Cell::Hidden;
            let (new_lo, new_hi) = suppress::range_in(body, &cells, (total_row, j));
            if (lo == value && new_lo < value) || (hi == value && new_hi > value) {
                return Some((t, (i, c)));
            }
        }
    }
    None
}

/// A table not broken down, its grand total hidden (« < 5 » when small, 0 when none).
fn hidden_total(body: &[Vec<u64>]) -> suppress::Grid {
    let total: u64 = body.iter().flatten().sum();
    let cell = if (1..THRESHOLD).contains(&total) {
        Cell::Small
    } else if total == 0 {
        Cell::Count(0)
    } else {
        Cell::Hidden
    };
    suppress::Grid {
        cells: vec![vec![cell]],
        withheld: true,
    }
}

/// The tables sharing a total row, none broken down and their grand total hidden: what is left
/// when no choice of hidden cells keeps a shared total from being worked out.
fn withheld_together(tables: Vec<Counted>, columns: &[ColumnKey]) -> Vec<Table> {
    tables
        .into_iter()
        .map(|(id, rows, body)| {
            let grid = hidden_total(&body);
            table(id, rows, columns.to_vec(), grid)
        })
        .collect()
}

/// A table of `grid`; a withheld one keeps no row.
fn table(id: TableId, rows: Vec<RowKey>, columns: Vec<ColumnKey>, grid: suppress::Grid) -> Table {
    Table {
        id,
        rows: if grid.withheld { Vec::new() } else { rows },
        columns,
        cells: grid.cells,
        withheld: grid.withheld,
    }
}

fn delay(kind: DelayKind, mut days: Vec<i64>) -> Delay {
    let n = days.len();
    days.sort_unstable();
    let median_days = (n >= MIN_FOR_MEDIAN).then(|| {
        let m = if n % 2 == 1 {
            days[n / 2]
        } else {
            (days[n / 2 - 1] + days[n / 2]) / 2
        };
        m.max(0) as u64
    });
    let over = n as u64;
    Delay {
        kind,
        median_days,
        over: if (1..THRESHOLD).contains(&over) {
            Cell::Small
        } else {
            Cell::Count(over)
        },
    }
}

/// The report of `period` over every case of the vault.
///
/// # Errors
/// A database failure or a stored case that does not parse.
pub fn from_store(conn: &rusqlite::Connection, period: Period) -> Result<ActivityReport> {
    let cases = crate::db::cases::typed_with_creation(conn)?;
    Ok(compute(
        cases.iter().map(|(case, opened)| ReportCase {
            case,
            opened: *opened,
        }),
        period,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashMap};

    /// Whether `values` (a full grid, margins included) agrees with `cells` as published.
    fn agrees(values: &[Vec<u64>], cells: &[Vec<Cell>]) -> bool {
        values
            .iter()
            .zip(cells)
            .all(|(vs, cs)| vs.iter().zip(cs).all(|(&v, &c)| suppress::agrees(v, c)))
    }

    /// Every 2 × 2 body (values up to 13) that agrees with a published table, by its total row.
    fn bodies_by_total_row(cells: &[Vec<Cell>]) -> HashMap<Vec<u64>, Vec<Vec<Vec<u64>>>> {
        let mut out: HashMap<Vec<u64>, Vec<Vec<Vec<u64>>>> = HashMap::new();
        for n in 0..14u64.pow(4) {
            let d = |k: u32| (n / 14u64.pow(k)) % 14;
            let body = vec![vec![d(0), d(1)], vec![d(2), d(3)]];
            let full = suppress::with_margins(&body);
            if agrees(&full, cells) {
                out.entry(full[2].clone()).or_default().push(full);
            }
        }
        out
    }

    /// An independent check, by brute force, of two tables sharing their total row as the five
    /// persons-by-sex tables do: every pair of tables of values that agrees with both as
    /// published and shares one total row; no suppressed cell of either may hold the same value
    /// in all of them (review, 2026-12-04: the tables together gave away what each kept alone).
    #[test]
    fn two_tables_sharing_their_total_row_give_away_nothing_together() {
        let mut next = suppress::draws(0x9e37_79b9);
        let columns = [ColumnKey::Female, ColumnKey::Male];
        let mut checked = 0;
        for _ in 0..12 {
            let a = vec![vec![next(8), next(8)], vec![next(8), next(8)]];
            // The second table splits the same column totals another way.
            let split = |total: u64, r: u64| {
                let first = if total == 0 { 0 } else { r % (total + 1) };
                (first, total - first)
            };
            let (b00, b10) = split(a[0][0] + a[1][0], next(100));
            let (b01, b11) = split(a[0][1] + a[1][1], next(100));
            let b = vec![vec![b00, b01], vec![b10, b11]];
            let rows = vec![RowKey::Unknown, RowKey::Stateless];
            let tables = vec![
                (TableId::AgeBySex, rows.clone(), a.clone()),
                (TableId::ExploitationBySex, rows, b.clone()),
            ];
            let published = protect_sharing_total_row(tables, &columns);
            if published.iter().any(|t| t.withheld) {
                continue;
            }
            let (in_a, in_b) = (
                bodies_by_total_row(&published[0].cells),
                bodies_by_total_row(&published[1].cells),
            );
            for (t, mine, other) in [(0, &in_a, &in_b), (1, &in_b, &in_a)] {
                let mut seen: Vec<Vec<BTreeSet<u64>>> = vec![vec![BTreeSet::new(); 3]; 3];
                for (row, fulls) in mine {
                    if !other.contains_key(row) {
                        continue;
                    }
                    for full in fulls {
                        for (i, r) in full.iter().enumerate() {
                            for (j, &v) in r.iter().enumerate() {
                                seen[i][j].insert(v);
                            }
                        }
                    }
                }
                for (i, r) in published[t].cells.iter().enumerate() {
                    for (j, c) in r.iter().enumerate() {
                        if !matches!(c, Cell::Count(_)) {
                            assert!(
                                seen[i][j].len() > 1,
                                "{a:?} / {b:?} → {:?} / {:?}: table {t} ({i},{j})",
                                published[0].cells,
                                published[1].cells
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 10, "{checked} suppressed cells checked");
    }
}
