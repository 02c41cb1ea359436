//! The activity report's words: every title, label and cell of the report's facts
//! ([`crate::report::ActivityReport`]) written in French, for the PDF and the CSV alike (the two
//! carry the same cells).

use chrono::NaiveDate;

use crate::countries;
use crate::report::{ActivityReport, Cell, RowKey, Table};

use super::{fr, fr_date, LETTER_LANGUAGE};

/// A table, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportTableView {
    /// « Personnes accompagnées par âge et par sexe ».
    pub title: String,
    /// The heading of the label column (« Âge »).
    pub heading: String,
    /// The column headings, the total's included when there is one.
    pub columns: Vec<String>,
    /// Each row's label and cells, the total row last.
    pub rows: Vec<(String, Vec<Cell>)>,
    /// Why a table is not broken down (« Moins de dix au total… »).
    pub note: Option<String>,
}

/// The activity report, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityReportView {
    /// « Rapport d'activité ».
    pub title: String,
    /// The association's name.
    pub association: String,
    /// « Période du 1er janvier 2026 au 31 décembre 2026 ».
    pub period: String,
    /// « Établi le … ».
    pub made: String,
    /// « Chiffres clés ».
    pub key_title: String,
    /// The key figures: label and cell.
    pub key_figures: Vec<(String, Cell)>,
    /// The warning when the period is too small to publish safely.
    pub too_small: Option<String>,
    /// The tables.
    pub tables: Vec<ReportTableView>,
    /// « Délais médians », and each delay's label and value in words.
    pub delays: Option<(String, Vec<(String, String)>)>,
    /// What « < 5 » and « s » mean.
    pub legend: String,
    /// « Méthode ».
    pub method_title: String,
    /// The method paragraph.
    pub method: String,
    /// The day it was made.
    pub date: NaiveDate,
}

/// A cell in words: the count (digits grouped by thin spaces when `grouped`), « < 5 » or « s ».
pub fn cell_text(cell: Cell, grouped: bool) -> String {
    match cell {
        Cell::Count(n) if grouped => group_digits(n),
        Cell::Count(n) => n.to_string(),
        Cell::Small => fr("report-cell-small", &[]),
        Cell::Hidden => fr("report-cell-hidden", &[]),
    }
}

/// « 12 345 » with a narrow no-break space, as French typesetting groups digits.
fn group_digits(n: u64) -> String {
    crate::i18n::format::integer(n, LETTER_LANGUAGE)
}

fn row_label(key: &RowKey) -> String {
    match key {
        RowKey::Age(b) => fr(&format!("report-age-{}", <&str>::from(b)), &[]),
        RowKey::Country(code) => countries::get(code)
            .map(|c| c.name.to_string())
            .unwrap_or_else(|| code.clone()),
        RowKey::Region(r) => fr(&format!("report-region-{}", <&str>::from(r)), &[]),
        RowKey::Stateless => fr("report-stateless", &[]),
        RowKey::Unknown => fr("report-unknown", &[]),
        RowKey::Exploitation(e) => fr(&format!("report-exploitation-{}", <&str>::from(e)), &[]),
        RowKey::Cooperation(c) => fr(&format!("report-cooperation-{}", <&str>::from(c)), &[]),
        RowKey::Stage(s) => fr(&format!("report-stage-{}", <&str>::from(s)), &[]),
        RowKey::Route(r) => fr(&format!("report-route-{}", <&str>::from(r)), &[]),
    }
}

fn table_view(t: &Table) -> ReportTableView {
    let id: &str = t.id.into();
    // « et par sexe » only above columns by sex (not the one column « Personnes »).
    let by_sex = if t.columns == [crate::report::ColumnKey::Persons] {
        "no"
    } else {
        "yes"
    };
    if t.withheld {
        return ReportTableView {
            title: fr(
                &format!("report-table-{id}"),
                &[("bySex", by_sex.to_string())],
            ),
            heading: String::new(),
            columns: vec![String::new()],
            rows: vec![(
                fr("report-total", &[]),
                t.cells.last().cloned().unwrap_or_default(),
            )],
            note: Some(fr("report-withheld", &[])),
        };
    }
    let mut columns: Vec<String> = t
        .columns
        .iter()
        .map(|c| fr(&format!("report-column-{}", <&str>::from(c)), &[]))
        .collect();
    if t.has_total_column() {
        columns.push(fr("report-total", &[]));
    }
    let labels = t
        .rows
        .iter()
        .map(row_label)
        .chain([fr("report-total", &[])]);
    ReportTableView {
        title: fr(
            &format!("report-table-{id}"),
            &[("bySex", by_sex.to_string())],
        ),
        heading: fr(&format!("report-heading-{id}"), &[]),
        columns,
        rows: labels.zip(t.cells.iter().cloned()).collect(),
        note: None,
    }
}

impl ActivityReportView {
    /// The words of `report`, for `association` (its name from the settings), made on `date`.
    pub fn build(report: &ActivityReport, association: Option<&str>, date: NaiveDate) -> Self {
        let association = association
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(crate::pdf::typography::french)
            .unwrap_or_else(|| fr("report-no-association", &[]));
        let delays = (!report.delays.is_empty()).then(|| {
            let lines = report
                .delays
                .iter()
                .map(|d| {
                    let label = fr(&format!("report-delay-{}", <&str>::from(d.kind)), &[]);
                    // A count hidden to protect a table's total is said in words, not « sur s
                    // demandes » (review, 2026-12-07).
                    let id = match d.over {
                        Cell::Hidden => "report-delay-value-over-hidden",
                        _ => "report-delay-value",
                    };
                    let value = match d.median_days {
                        Some(days) => fr(
                            id,
                            &[
                                ("days", group_digits(days)),
                                ("count", days.to_string()),
                                ("over", cell_text(d.over, true)),
                            ],
                        ),
                        None => fr("report-delay-not-published", &[]),
                    };
                    (label, value)
                })
                .collect();
            (fr("report-delays-title", &[]), lines)
        });
        ActivityReportView {
            title: fr("report-title", &[]),
            association,
            // One day is « la journée du … », not « du 29 février au 29 février ».
            period: if report.period.from == report.period.to {
                fr("report-period-day", &[("day", fr_date(report.period.from))])
            } else {
                fr(
                    "report-period",
                    &[
                        ("from", fr_date(report.period.from)),
                        ("to", fr_date(report.period.to)),
                    ],
                )
            },
            made: fr("report-made", &[("date", fr_date(date))]),
            key_title: fr("report-key-title", &[]),
            key_figures: vec![
                (fr("report-key-persons", &[]), report.persons),
                (fr("report-key-new", &[]), report.new_cases),
            ],
            too_small: report.too_small.then(|| fr("report-too-small", &[])),
            tables: report.tables.iter().map(table_view).collect(),
            delays,
            legend: fr("report-legend", &[]),
            method_title: fr("report-method-title", &[]),
            method: fr("report-method", &[]),
            date,
        }
    }
}

/// The report's language: French, like the letters.
pub const REPORT_LANGUAGE: &str = LETTER_LANGUAGE;

#[cfg(test)]
mod tests {
    use super::*;

    /// Review, 2026-12-07: « Période du 29 février 2024 au 29 février 2024 », and « 19 jours (sur
    /// s demandes) » where the count was hidden.
    #[test]
    fn one_day_and_a_hidden_count_of_applications_read_as_french() {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        let period = crate::report::Period::new(day, day).unwrap();
        let mut report = crate::report::compute(std::iter::empty(), period);
        report.delays = vec![crate::report::Delay {
            kind: crate::report::DelayKind::FilingToDecision,
            median_days: Some(19),
            over: Cell::Hidden,
        }];
        let view = ActivityReportView::build(&report, None, day);
        assert_eq!(view.period, "Journée du 29\u{a0}février\u{a0}2024");
        let (_, lines) = view.delays.expect("a delay");
        assert_eq!(lines[0].1, "19 jours (nombre de demandes non publié)");
        assert_eq!(view.association, "Association (nom non renseigné)");
    }

    #[test]
    fn cells_are_worded_the_french_way() {
        assert_eq!(cell_text(Cell::Count(12345), true), "12\u{202f}345");
        assert_eq!(cell_text(Cell::Count(12345), false), "12345");
        assert_eq!(cell_text(Cell::Count(0), true), "0");
        assert_eq!(cell_text(Cell::Small, true), "<\u{a0}5");
        assert_eq!(cell_text(Cell::Hidden, true), "s");
    }

    #[test]
    fn a_delay_of_one_day_is_singular() {
        let words = |days: u64| {
            fr(
                "report-delay-value",
                &[
                    ("days", group_digits(days)),
                    ("count", days.to_string()),
                    ("over", "12".into()),
                ],
            )
        };
        assert_eq!(words(1), "1 jour (sur 12 demandes)");
        assert_eq!(words(0), "0 jour (sur 12 demandes)");
        assert_eq!(words(2), "2 jours (sur 12 demandes)");
        assert_eq!(words(1234), "1\u{202f}234 jours (sur 12 demandes)");
    }
}
