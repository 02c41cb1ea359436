//! The association's activity report on a generated vault of a few hundred invented cases: its
//! totals equal counts made here independently from the case files, no count from 1 to 4 appears
//! in the PDF's text or the CSV, no name, date of birth or id of any case appears in either, every
//! row and column keeps its suppressed cells from being recomputed, and writing one is recorded
//! with its period and format only.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use passerelle_core::app::report::{self, ReportFormat};
use passerelle_core::app::{cases, session, App};
use passerelle_core::db::audit;
use passerelle_core::model::case::{CaseDocument, CaseFile};
use passerelle_core::report::{Cell, RowKey, TableId};
use passerelle_core::vault::kdf::KdfParams;
use passerelle_core::{sample_cases, FixedDay};
use passerelle_tests::PASSPHRASE;

use crate::pdf_support::poppler;

const CASES: usize = 400;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the vault is used: the cases were opened then (their accompaniment's start is recorded
/// apart); day of the month 5 or more, so that the PDF's « Établi le » holds no 1 to 4.
fn today() -> NaiveDate {
    day(2026, 12, 15)
}

fn period() -> (NaiveDate, NaiveDate) {
    (day(2026, 1, 1), day(2026, 12, 31))
}

/// A vault in `dir` holding `n` invented cases; the app and the cases as imported.
fn vault_with(dir: &std::path::Path, n: usize) -> (App, Vec<(String, CaseFile)>) {
    let app = App::new(dir)
        .with_kdf(KdfParams::FLOOR)
        .with_clock(FixedDay(today()));
    session::create(&app.request(), PASSPHRASE).unwrap();
    let cases: Vec<CaseFile> = (0..n)
        .map(|i| sample_cases::report_case(i, today()))
        .collect();
    let docs: Vec<CaseDocument> = cases
        .iter()
        .map(|c| CaseDocument::from_case(c).unwrap())
        .collect();
    let ids = cases::import_all(&app.request(), &docs).unwrap();
    (app, ids.into_iter().zip(cases).collect())
}

/// Accompanied during the period, counted here from the case file alone.
fn accompanied(c: &CaseFile) -> bool {
    let (from, to) = period();
    let since = c.accompaniment.as_ref().and_then(|a| a.since).unwrap();
    since <= to && c.closed_on.is_none_or(|d| d >= from)
}

fn sex_index(c: &CaseFile) -> usize {
    match c.person.sex.as_deref() {
        Some("F") => 0,
        Some("M") => 1,
        _ => 2,
    }
}

#[test]
fn the_totals_equal_counts_made_independently() {
    let dir = tempfile::tempdir().unwrap();
    let (app, cases) = vault_with(dir.path(), CASES);
    let (from, to) = period();
    let facts = report::facts(&app.request(), from, to).unwrap();

    let persons: Vec<&CaseFile> = cases
        .iter()
        .map(|(_, c)| c)
        .filter(|c| accompanied(c))
        .collect();
    assert!(persons.len() > 100, "the generator gives a real caseload");
    assert_eq!(facts.persons, Cell::Count(persons.len() as u64));
    let new = cases
        .iter()
        .filter(|(_, c)| {
            let since = c.accompaniment.as_ref().and_then(|a| a.since).unwrap();
            from <= since && since <= to
        })
        .count();
    assert_eq!(facts.new_cases, Cell::Count(new as u64));

    let mut by_sex = [0u64; 3];
    for c in &persons {
        by_sex[sex_index(c)] += 1;
    }
    let mut by_country: BTreeMap<(String, usize), u64> = BTreeMap::new();
    for c in &persons {
        if let Some(n) = &c.person.nationality {
            *by_country.entry((n.clone(), sex_index(c))).or_default() += 1;
        }
    }
    let sex_tables = [
        TableId::AgeBySex,
        TableId::NationalityBySex,
        TableId::ExploitationBySex,
        TableId::CooperationBySex,
        TableId::StageBySex,
    ];
    for id in sex_tables {
        let t = facts.tables.iter().find(|t| t.id == id).unwrap();
        let total = t.cells.last().unwrap();
        for j in 0..3 {
            if let Cell::Count(n) = total[j] {
                assert_eq!(n, by_sex[j], "{id:?}: total of column {j}");
            }
        }
        assert_eq!(
            total[3],
            Cell::Count(persons.len() as u64),
            "{id:?}: every person once"
        );
        if id == TableId::NationalityBySex {
            for (row, cells) in t.rows.iter().zip(&t.cells) {
                if let RowKey::Country(code) = row {
                    for (j, cell) in cells.iter().take(3).enumerate() {
                        let expected = by_country.get(&(code.clone(), j)).copied().unwrap_or(0);
                        if let Cell::Count(n) = *cell {
                            assert_eq!(n, expected, "{code}, column {j}");
                        }
                    }
                }
            }
        }
    }
    let filed: u64 = cases
        .iter()
        .flat_map(|(_, c)| &c.applications)
        .filter(|a| a.filed_on.is_some_and(|d| from <= d && d <= to))
        .count() as u64;
    let applications = facts
        .tables
        .iter()
        .find(|t| t.id == TableId::Applications)
        .unwrap();
    assert_eq!(applications.cells.last().unwrap()[0], Cell::Count(filed));
}

/// A table of the CSV: its rows' cells as written (the label column left out).
type CsvTable = Vec<Vec<String>>;

/// The tables of the CSV: a block starting with a title line, then a header line whose first
/// field is the label column's heading, then rows until a blank line. The key figures are a
/// block of their own.
fn csv_tables(text: &str) -> Vec<(String, CsvTable)> {
    let mut out = Vec::new();
    let blocks: Vec<&str> = text.split("\r\n\r\n").collect();
    for block in blocks {
        let lines: Vec<&str> = block.lines().collect();
        if lines.len() < 3 || !lines[1].contains(';') {
            continue;
        }
        let head: Vec<&str> = lines[1].split(';').collect();
        if !head
            .iter()
            .any(|h| *h == "Total" || h.starts_with("Demandes"))
        {
            continue;
        }
        let rows = lines[2..]
            .iter()
            .map(|l| l.split(';').skip(1).map(str::to_string).collect())
            .collect();
        out.push((lines[0].to_string(), rows));
    }
    out
}

/// True if and only if a suppressed cell of `line` (its parts, then its total) can be worked out
/// from that line alone: « < 5 » is 1 to 4, « s » is 5 or more, the parts add up to the total.
fn pinned_in_line(line: &[String]) -> bool {
    const BIG: i64 = i64::MAX / 4;
    let range = |c: &str| -> (i64, i64) {
        match c {
            "< 5" | "<\u{a0}5" => (1, 4),
            "s" => (5, BIG),
            n => {
                let v: i64 = n.parse().unwrap_or_else(|_| panic!("a count: {n:?}"));
                (v, v)
            }
        }
    };
    let r: Vec<(i64, i64)> = line.iter().map(|c| range(c)).collect();
    let n = r.len();
    let (parts, t) = (&r[..n - 1], r[n - 1]);
    let hidden: Vec<usize> = (0..n).filter(|&i| r[i].0 != r[i].1).collect();
    let sum = |skip: Option<usize>, hi: bool| {
        parts
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .map(|(_, p)| if hi { p.1 } else { p.0 })
            .fold(0i64, |a, x| a.saturating_add(x))
    };
    hidden.iter().any(|&h| {
        let (lo, hi) = if h == n - 1 {
            (t.0.max(sum(None, false)), t.1.min(sum(None, true)))
        } else {
            let others_hi = sum(Some(h), true);
            let lo = if others_hi >= BIG || t.0 >= BIG {
                r[h].0
            } else {
                r[h].0.max(t.0 - others_hi)
            };
            let hi = if t.1 >= BIG {
                r[h].1
            } else {
                r[h].1.min(t.1 - sum(Some(h), false))
            };
            (lo, hi)
        };
        lo >= hi
    })
}

#[test]
fn the_line_check_catches_what_it_must() {
    let line = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    assert!(
        pinned_in_line(&line(&["<\u{a0}5", "7", "9"])),
        "alone on its line"
    );
    assert!(
        pinned_in_line(&line(&["<\u{a0}5", "<\u{a0}5", "8"])),
        "4 + 4"
    );
    assert!(
        pinned_in_line(&line(&["<\u{a0}5", "<\u{a0}5", "2"])),
        "1 + 1"
    );
    assert!(!pinned_in_line(&line(&["<\u{a0}5", "<\u{a0}5", "5"])));
    assert!(!pinned_in_line(&line(&["<\u{a0}5", "s", "20"])));
    assert!(pinned_in_line(&line(&["<\u{a0}5", "s", "6"])), "1 + 5");
}

fn write_report(app: &App, format: ReportFormat) -> Vec<u8> {
    let (from, to) = period();
    let mut out = Vec::new();
    report::write(&app.request(), (from, to), format, None, |b| {
        out = b.to_vec();
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn no_count_from_one_to_four_and_no_hidden_cell_can_be_recomputed() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault_with(dir.path(), CASES);
    let csv = String::from_utf8(write_report(&app, ReportFormat::Csv)).unwrap();
    assert!(csv.starts_with('\u{feff}'), "a BOM for spreadsheets");
    for field in csv.split(['\r', '\n', ';']) {
        if let Ok(n) = field.trim().parse::<u64>() {
            assert!(!(1..=4).contains(&n), "a count of {n} in the CSV");
        }
    }
    let tables = csv_tables(&csv);
    assert_eq!(tables.len(), 7, "every table is in the CSV: {tables:?}");
    let mut suppressed = 0;
    for (title, rows) in &tables {
        let width = rows[0].len();
        let mut lines: Vec<Vec<String>> = Vec::new();
        if width > 1 {
            lines.extend(rows.iter().cloned());
        }
        for j in 0..width {
            lines.push(rows.iter().map(|r| r[j].clone()).collect());
        }
        for line in &lines {
            assert!(
                !pinned_in_line(line),
                "{title}: a suppressed cell of {line:?} can be worked out from its total"
            );
        }
        suppressed += rows
            .iter()
            .flatten()
            .filter(|c| c.parse::<u64>().is_err())
            .count();
    }
    assert!(
        suppressed > 0,
        "the generated caseload has small cells to suppress"
    );

    let pdf = write_report(&app, ReportFormat::Pdf);
    let text = poppler("pdftotext", &["-layout"], &pdf);
    assert!(text.contains("Rapport d’activité"), "{text}");
    for token in text.split_whitespace() {
        if let Ok(n) = token.parse::<u64>() {
            assert!(!(1..=4).contains(&n), "a count of {n} in the PDF:\n{text}");
        }
    }
    assert!(text.contains("<\u{a0}5") || text.contains("< 5"));
}

#[test]
fn no_name_birth_date_or_id_appears_in_the_pdf_or_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let (app, cases) = vault_with(dir.path(), CASES);
    let csv = String::from_utf8(write_report(&app, ReportFormat::Csv)).unwrap();
    let pdf = poppler("pdftotext", &[], &write_report(&app, ReportFormat::Pdf));
    for (id, c) in &cases {
        let p = &c.person;
        let mut needles = vec![id.clone()];
        needles.extend(p.family_name.clone());
        needles.extend(p.given_names.clone());
        needles.extend(p.phone.clone());
        if let Some(b) = p.birth_date {
            needles.push(b.to_string());
            needles.push(b.format("%d/%m/%Y").to_string());
            needles.push(passerelle_core::i18n::format::date_long(b, "fr"));
        }
        if let Some(r) = &c.references {
            needles.extend(r.foreigner_number.clone());
        }
        if let Some(pv) = c
            .cooperation
            .complaint
            .as_ref()
            .and_then(|s| s.reference.clone())
        {
            needles.push(pv);
        }
        for needle in needles {
            assert!(!csv.contains(&needle), "{needle:?} in the CSV");
            assert!(!pdf.contains(&needle), "{needle:?} in the PDF");
        }
    }
}

#[test]
fn writing_a_report_is_recorded_with_its_period_and_format_only() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault_with(dir.path(), 30);
    write_report(&app, ReportFormat::Csv);
    let last = app.vault().read(audit::all).unwrap().pop().unwrap();
    assert_eq!(last.action, "report-written");
    assert_eq!(last.case_id, None);
    let digest = last.detail["figures"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        digest.len() == 16 && digest.bytes().all(|b| b.is_ascii_hexdigit()),
        "{}",
        last.detail
    );
    assert_eq!(
        last.detail,
        serde_json::json!({ "from": "2026-01-01", "to": "2026-12-31", "format": "csv", "figures": digest })
    );
    // A failed write records nothing.
    let (from, to) = period();
    let err = report::write(&app.request(), (from, to), ReportFormat::Pdf, None, |_| {
        Err(passerelle_core::Error::Internal("disk full"))
    });
    assert!(err.is_err());
    let again = app.vault().read(audit::all).unwrap().pop().unwrap();
    assert_eq!(again.seq, last.seq, "nothing recorded for a failed write");
    // A period that ends before it starts is refused.
    assert!(report::facts(&app.request(), to, from).is_err());
}

/// Two reports over periods that overlap can be subtracted (review, 2026-12-04: a day apart,
/// they gave one person's profile): the second is told of the first.
#[test]
fn a_report_over_a_period_overlapping_one_already_written_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault_with(dir.path(), 12);
    let (from, to) = period();
    let req = app.request();
    assert_eq!(
        report::overlapping(&req, day(2026, 1, 2), to, None).unwrap(),
        None
    );
    write_report(&app, ReportFormat::Pdf);
    let shifted = report::overlapping(&req, day(2026, 1, 2), day(2027, 1, 1), None).unwrap();
    assert_eq!(shifted.map(|p| (p.from, p.to)), Some((from, to)));
    // The same period with the same figures, or the next year: nothing to subtract.
    let same = report::figures(&report::facts(&req, from, to).unwrap());
    assert_eq!(
        report::overlapping(&req, from, to, Some(&same)).unwrap(),
        None
    );
    assert_eq!(
        report::overlapping(&req, day(2027, 1, 1), day(2027, 12, 31), None).unwrap(),
        None
    );
    // The same period once its figures changed (a case added since): they can be subtracted.
    let changed = report::overlapping(&req, from, to, Some("0000000000000000")).unwrap();
    assert_eq!(changed.map(|p| (p.from, p.to)), Some((from, to)));
}

#[test]
fn a_period_too_small_says_so_and_gives_no_breakdown() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault_with(dir.path(), 6);
    let (from, to) = period();
    let facts = report::facts(&app.request(), from, to).unwrap();
    assert!(facts.too_small);
    assert!(facts.tables.is_empty());
    let text = poppler("pdftotext", &[], &write_report(&app, ReportFormat::Pdf));
    assert!(
        text.contains("Période trop petite pour publier sans risque"),
        "{text}"
    );
    let csv = String::from_utf8(write_report(&app, ReportFormat::Csv)).unwrap();
    assert!(csv.contains("Période trop petite pour publier sans risque"));
}

/// A renewal of the resident card (pack 2026.12.5) is recorded and counted on its own row.
#[test]
fn a_resident_card_renewal_filed_is_counted_on_its_own_row() {
    use passerelle_core::model::case::{Application, RouteId};
    use passerelle_core::report::{compute, Period, ReportCase};
    // Ten at least, or the report gives no breakdown.
    let cases: Vec<CaseFile> = (0..12)
        .map(|_| {
            let mut c = CaseFile::new(Some("Essai".into()), None);
            c.applications.push(Application {
                route: RouteId::CarteResidentL4253Renewal,
                filed_on: Some(day(2026, 6, 1)),
                decision: None,
                anef_number: None,
            });
            c
        })
        .collect();
    let report = compute(
        cases.iter().map(|case| ReportCase {
            case,
            opened: day(2026, 1, 10),
        }),
        Period::new(day(2026, 1, 1), day(2026, 12, 31)).unwrap(),
    );
    let table = report
        .tables
        .iter()
        .find(|t| t.id == TableId::Applications)
        .unwrap();
    let row = table
        .rows
        .iter()
        .position(|r| *r == RowKey::Route(RouteId::CarteResidentL4253Renewal))
        .expect("its own row");
    assert_eq!(table.cells[row][0], Cell::Count(12));
    let json: serde_json::Value = serde_json::from_str(
        r#"{"route":"carte-resident-l425-3-renewal","filedOn":null,"decision":null}"#,
    )
    .unwrap();
    let read: Application = serde_json::from_value(json).unwrap();
    assert_eq!(read.route, RouteId::CarteResidentL4253Renewal);
}

/// Twelve cases (enough for a breakdown) opened on `opened`, each shaped by `with`.
fn twelve(opened: NaiveDate, with: impl Fn(&mut CaseFile)) -> Vec<(CaseFile, NaiveDate)> {
    (0..12)
        .map(|_| {
            let mut c = CaseFile::new(Some("Essai".into()), None);
            with(&mut c);
            (c, opened)
        })
        .collect()
}

fn report_of(
    cases: &[(CaseFile, NaiveDate)],
    from: NaiveDate,
    to: NaiveDate,
) -> passerelle_core::report::ActivityReport {
    use passerelle_core::report::{compute, Period, ReportCase};
    compute(
        cases.iter().map(|(case, opened)| ReportCase {
            case,
            opened: *opened,
        }),
        Period::new(from, to).unwrap(),
    )
}

fn cell(
    report: &passerelle_core::report::ActivityReport,
    table: TableId,
    row: &RowKey,
    col: usize,
) -> Cell {
    let t = report.tables.iter().find(|t| t.id == table).unwrap();
    // A route with nothing to count has no row.
    t.rows
        .iter()
        .position(|r| r == row)
        .map_or(Cell::Count(0), |i| t.cells[i][col])
}

/// « sur N demandes » beside the delays bounds the applications table's total: where that total
/// is hidden, N is hidden too (security review, 2026-12-05: three « < 5 » beside « sur 12
/// demandes » could only be 4, 4 and 4).
#[test]
fn the_count_beside_a_delay_never_gives_back_a_hidden_total() {
    use passerelle_core::model::case::{Application, RouteId};
    use passerelle_core::report::DelayKind;
    let routes = [
        RouteId::ReflectionPeriod,
        RouteId::CstL4251,
        RouteId::ApsL4254,
    ];
    let i = std::cell::Cell::new(0);
    let cases = twelve(day(2026, 1, 5), |c| {
        c.applications.push(Application {
            route: routes[i.get() % 3],
            filed_on: Some(day(2026, 3, 1)),
            decision: None,
            anef_number: None,
        });
        i.set(i.get() + 1);
    });
    let report = report_of(&cases, day(2026, 1, 1), day(2026, 12, 31));
    let table = report
        .tables
        .iter()
        .find(|t| t.id == TableId::Applications)
        .unwrap();
    let total = if table.withheld {
        table.cells[0][0]
    } else {
        *table.cells.last().unwrap().last().unwrap()
    };
    assert_ne!(total, Cell::Count(12), "the fixture's total is suppressed");
    let filing = report
        .delays
        .iter()
        .find(|d| d.kind == DelayKind::InterviewToFiling)
        .unwrap();
    assert!(filing.median_days.is_some());
    assert_eq!(filing.over, Cell::Hidden);
    // All on one route: the total is shown, and so is the count beside the delay.
    let one_route = twelve(day(2026, 1, 5), |c| {
        c.applications.push(Application {
            route: RouteId::CstL4251,
            filed_on: Some(day(2026, 3, 1)),
            decision: None,
            anef_number: None,
        });
    });
    let report = report_of(&one_route, day(2026, 1, 1), day(2026, 12, 31));
    assert_eq!(report.delays[0].over, Cell::Count(12));
}

/// A reflection period granted on 20 December and handed over on 5 January is one grant, in the
/// year of its decision (review, 2026-12-04: it was counted in both years).
#[test]
fn a_reflection_period_granted_in_one_year_and_handed_over_in_the_next_counts_once() {
    use passerelle_core::model::case::{
        Application, ApplicationDecision, DecisionOutcome, ReflectionPeriod, RouteId,
    };
    let cases = twelve(day(2025, 12, 1), |c| {
        c.applications.push(Application {
            route: RouteId::ReflectionPeriod,
            filed_on: Some(day(2025, 12, 2)),
            decision: Some(ApplicationDecision {
                outcome: DecisionOutcome::Granted,
                date: Some(day(2025, 12, 20)),
                appeal: None,
            }),
            anef_number: None,
        });
        c.reflection_period = Some(ReflectionPeriod {
            recepisse_issued: Some(day(2026, 1, 5)),
        });
    });
    let row = RowKey::Route(RouteId::ReflectionPeriod);
    let y2025 = report_of(&cases, day(2025, 1, 1), day(2025, 12, 31));
    let y2026 = report_of(&cases, day(2026, 1, 1), day(2026, 12, 31));
    assert_eq!(cell(&y2025, TableId::Decisions, &row, 0), Cell::Count(12));
    assert_eq!(cell(&y2026, TableId::Decisions, &row, 0), Cell::Count(0));
    // Without the application, the récépissé alone is the grant, in its own year.
    let alone = twelve(day(2025, 12, 1), |c| {
        c.reflection_period = Some(ReflectionPeriod {
            recepisse_issued: Some(day(2026, 1, 5)),
        });
    });
    let y2026 = report_of(&alone, day(2026, 1, 1), day(2026, 12, 31));
    assert_eq!(cell(&y2026, TableId::Decisions, &row, 0), Cell::Count(12));
}

/// Born « 2008 » (the year only) is 17 or 18 at the start of 2026: no band is stated for her;
/// born « mars 1990 » is 35 whatever the day (review, 2026-12-04: the 1st of January was taken
/// as her birthday).
#[test]
fn a_birth_year_that_may_fall_in_two_age_bands_gives_none() {
    use passerelle_core::model::case::DatePrecision;
    use passerelle_core::report::AgeBand;
    let born = |date: NaiveDate, precision: DatePrecision| {
        move |c: &mut CaseFile| {
            c.person.birth_date = Some(date);
            c.person.birth_date_precision = Some(precision);
        }
    };
    let (from, to) = (day(2026, 1, 1), day(2026, 12, 31));
    let opened = day(2026, 1, 10);
    let report = report_of(
        &twelve(opened, born(day(2008, 1, 1), DatePrecision::Year)),
        from,
        to,
    );
    assert_eq!(
        cell(&report, TableId::AgeBySex, &RowKey::Unknown, 3),
        Cell::Count(12)
    );
    let report = report_of(
        &twelve(opened, born(day(1990, 3, 1), DatePrecision::Month)),
        from,
        to,
    );
    assert_eq!(
        cell(
            &report,
            TableId::AgeBySex,
            &RowKey::Age(AgeBand::From35To44),
            3
        ),
        Cell::Count(12)
    );
}

/// A sex column of 1 to 4 persons would be their profile: its only counts stand on their rows in
/// every table (review, 2026-12-07: the one person recorded « X » was read as « 45 ans et plus »,
/// « Asie de l'Est », « mendicité forcée », « plainte déposée », « classement sans suite »). Such a
/// column is merged with another, or the tables have one column.
#[test]
fn no_sex_column_holds_one_to_four_persons() {
    let opened = day(2026, 2, 1);
    // Every other person filed a complaint: no column stands on one row of the cooperation table
    // (`a_small_column_all_on_one_row_is_not_shown_apart`).
    let nth = std::rc::Rc::new(std::cell::Cell::new(0usize));
    let with_sex = |sex: Option<&'static str>| {
        let nth = nth.clone();
        move |c: &mut CaseFile| {
            c.person.sex = sex.map(str::to_string);
            c.accompaniment = Some(passerelle_core::model::case::Accompaniment {
                since: Some(day(2026, 2, 1)),
                ..Default::default()
            });
            nth.set(nth.get() + 1);
            if nth.get().is_multiple_of(2) {
                c.cooperation.complaint = Some(Default::default());
            }
        }
    };
    let columns_of = |cases: &[(CaseFile, NaiveDate)]| -> Vec<&'static str> {
        let report = report_of(cases, day(2026, 1, 1), day(2026, 12, 31));
        let mut seen: Vec<Vec<&'static str>> = report
            .tables
            .iter()
            .filter(|t| {
                matches!(
                    t.id,
                    TableId::AgeBySex
                        | TableId::NationalityBySex
                        | TableId::ExploitationBySex
                        | TableId::CooperationBySex
                        | TableId::StageBySex
                )
            })
            .map(|t| t.columns.iter().map(|c| c.into()).collect())
            .collect();
        seen.dedup();
        assert_eq!(
            seen.len(),
            1,
            "the five tables share their columns: {seen:?}"
        );
        seen.remove(0)
    };
    let women = twelve(opened, with_sex(Some("F")));
    let men = |n: usize| twelve(opened, with_sex(Some("M"))).into_iter().take(n);
    let others = |n: usize| twelve(opened, with_sex(Some("X"))).into_iter().take(n);
    let mix = |m: usize, x: usize| -> Vec<(CaseFile, NaiveDate)> {
        women
            .iter()
            .cloned()
            .chain(men(m))
            .chain(others(x))
            .collect()
    };
    assert_eq!(
        columns_of(&mix(6, 5)),
        ["female", "male", "other-or-unknown"]
    );
    assert_eq!(
        columns_of(&mix(0, 0)),
        ["female", "male", "other-or-unknown"]
    );
    assert_eq!(columns_of(&mix(6, 1)), ["female", "male-other-or-unknown"]);
    assert_eq!(columns_of(&mix(0, 1)), ["female-other-or-unknown", "male"]);
    assert_eq!(columns_of(&mix(2, 0)), ["persons"]);
    assert_eq!(columns_of(&mix(2, 2)), ["persons"]);
    // And the one column's counts still add up to every person.
    let report = report_of(&mix(2, 0), day(2026, 1, 1), day(2026, 12, 31));
    let age = report
        .tables
        .iter()
        .find(|t| t.id == TableId::AgeBySex)
        .unwrap();
    assert_eq!(age.cells.last().unwrap(), &vec![Cell::Count(14)]);
}

/// Privacy review, 2026-12-08: five men, every one on the row « plainte déposée », were a column
/// of their own, zeros elsewhere: every man the association accompanies filed a complaint. Below
/// ten, a column all on one row (other than « non renseigné ») is not shown apart.
#[test]
fn a_small_column_all_on_one_row_is_not_shown_apart() {
    let opened = day(2026, 2, 1);
    let person = |sex: &'static str, complaint: bool| {
        move |c: &mut CaseFile| {
            c.person.sex = Some(sex.to_string());
            c.accompaniment = Some(passerelle_core::model::case::Accompaniment {
                since: Some(day(2026, 2, 1)),
                ..Default::default()
            });
            if complaint {
                c.cooperation.complaint = Some(Default::default());
            }
        }
    };
    let women: Vec<_> = twelve(opened, person("F", true))
        .into_iter()
        .chain(twelve(opened, person("F", false)))
        .collect();
    let columns = |men: Vec<(CaseFile, NaiveDate)>| -> Vec<&'static str> {
        let all: Vec<_> = women.iter().cloned().chain(men).collect();
        let report = report_of(&all, day(2026, 1, 1), day(2026, 12, 31));
        let t = report
            .tables
            .iter()
            .find(|t| t.id == TableId::CooperationBySex)
            .unwrap();
        t.columns.iter().map(|c| c.into()).collect()
    };
    let all_complained: Vec<_> = twelve(opened, person("M", true))
        .into_iter()
        .take(5)
        .collect();
    assert_eq!(columns(all_complained), ["persons"]);
    let some_did: Vec<_> = twelve(opened, person("M", true))
        .into_iter()
        .take(3)
        .chain(twelve(opened, person("M", false)).into_iter().take(2))
        .collect();
    assert_eq!(columns(some_did), ["female", "male", "other-or-unknown"]);
    // Ten or more: a group outside knowledge cannot single out as easily, shown apart.
    let ten: Vec<_> = twelve(opened, person("M", true))
        .into_iter()
        .take(10)
        .collect();
    assert_eq!(columns(ten), ["female", "male", "other-or-unknown"]);
}

/// A complaint filed after the period is not counted in it: a past year re-issued after it moved
/// exactly one person to « plainte déposée » (privacy review, 2026-12-08).
#[test]
fn a_complaint_after_the_period_is_not_counted_in_it() {
    use passerelle_core::model::case::ProcedureStep;
    use passerelle_core::report::CooperationKind;
    let opened = day(2025, 2, 1);
    let mut cases = twelve(opened, |c| {
        c.accompaniment = Some(passerelle_core::model::case::Accompaniment {
            since: Some(day(2025, 2, 1)),
            ..Default::default()
        });
    });
    let row = RowKey::Cooperation(CooperationKind::Complaint);
    let count = |cases: &[(CaseFile, NaiveDate)]| {
        let report = report_of(cases, day(2025, 1, 1), day(2025, 12, 31));
        let t = report
            .tables
            .iter()
            .find(|t| t.id == TableId::CooperationBySex)
            .unwrap();
        let i = t.rows.iter().position(|r| *r == row).unwrap();
        t.cells[i].last().copied().unwrap()
    };
    assert_eq!(count(&cases), Cell::Count(0));
    cases[0].0.cooperation.complaint = Some(ProcedureStep {
        date: Some(day(2026, 9, 1)),
        ..Default::default()
    });
    // Its proceedings since, as recorded today, would move her as the complaint did.
    cases[0].0.criminal_case = Some(passerelle_core::model::case::CriminalCase {
        stage: Some(passerelle_core::model::case::CriminalStage::Investigation),
        final_conviction_date: None,
        regular_stay_on_final_conviction: None,
    });
    assert_eq!(count(&cases), Cell::Count(0), "filed after the period");
    let report = report_of(&cases, day(2025, 1, 1), day(2025, 12, 31));
    assert_eq!(
        cell(
            &report,
            TableId::StageBySex,
            &RowKey::Stage(passerelle_core::model::case::CriminalStage::Investigation),
            0
        ),
        Cell::Count(0)
    );
    cases[0].0.cooperation.complaint.as_mut().unwrap().date = Some(day(2025, 9, 1));
    assert_ne!(count(&cases), Cell::Count(0), "filed in it");
}

/// A period that starts after today would count every case open today as accompanied in it
/// (review, 2026-12-07: a report of 2030): refused; one that starts today or before is not.
#[test]
fn a_period_that_has_not_started_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = vault_with(dir.path(), 12);
    let req = app.request();
    let refused = report::facts(&req, day(2026, 12, 16), day(2030, 12, 31));
    assert!(
        matches!(
            refused,
            Err(passerelle_core::Error::InvalidField {
                reason: passerelle_core::error::Invalid::PeriodNotStarted,
                ..
            })
        ),
        "{refused:?}"
    );
    assert!(report::facts(&req, today(), day(2026, 12, 31)).is_ok());
}

/// One column (ten women and two men: no sex column of 1 to 4): the tables still share their
/// total, the persons accompanied. Protected one by one, the cooperation table (4, 4 and 4) hid
/// its total, which the age table showed, and its three « < 5 » were 4, 4 and 4 (review,
/// 2026-12-07).
#[test]
fn one_column_tables_still_share_their_total() {
    use passerelle_core::model::case::{Accompaniment, Cooperation, ProcedureStep};
    let opened = day(2026, 2, 1);
    let cases: Vec<(CaseFile, NaiveDate)> = (0..12)
        .map(|i| {
            let mut c = CaseFile::new(Some("Essai".into()), None);
            c.person.sex = Some(if i < 10 { "F" } else { "M" }.into());
            c.accompaniment = Some(Accompaniment {
                since: Some(opened),
                ..Default::default()
            });
            let step = Some(ProcedureStep::default());
            c.cooperation = match i % 3 {
                0 => Cooperation {
                    complaint: step,
                    ..Default::default()
                },
                1 => Cooperation {
                    testimony: step,
                    ..Default::default()
                },
                _ => Cooperation::default(),
            };
            (c, opened)
        })
        .collect();
    let report = report_of(&cases, day(2026, 1, 1), day(2026, 12, 31));
    let by_sex: Vec<_> = report
        .tables
        .iter()
        .filter(|t| t.columns.iter().any(|c| <&str>::from(c) == "persons"))
        .collect();
    assert_eq!(by_sex.len(), 5, "one column in the five tables");
    let totals: Vec<Cell> = by_sex
        .iter()
        .map(|t| *t.cells.last().unwrap().last().unwrap())
        .collect();
    let shown = totals
        .iter()
        .filter(|c| matches!(c, Cell::Count(_)))
        .count();
    assert!(
        shown == 0 || shown == totals.len(),
        "a total hidden in one table is hidden in all: {totals:?}"
    );
    assert_eq!(
        shown == 0,
        report.persons == Cell::Hidden,
        "and as a key figure: {:?}",
        report.persons
    );
    // No table shows three « < 5 » and its total of 12.
    for t in &by_sex {
        let small = t
            .cells
            .iter()
            .rev()
            .skip(1)
            .filter(|r| r[0] == Cell::Small)
            .count();
        let total = *t.cells.last().unwrap().last().unwrap();
        assert!(
            !(small * 4 == 12 && total == Cell::Count(12)),
            "{:?}: {:?}",
            t.id,
            t.cells
        );
    }
}
