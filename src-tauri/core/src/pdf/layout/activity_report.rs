//! The layout of the activity report: title, association and period, the key figures (or the
//! warning that the period is too small), then each table with its header, rows and total row,
//! the median delays, the legend and the method. A table is kept on one page when it fits on one.

use super::flow::{rule, wrap, Flow};
use super::{Element, PageLayout, Style, BODY_BOTTOM, MARGIN, PAGE_WIDTH};
use crate::pdf::fonts::Face;
use crate::pdf::view::activity_report::{cell_text, ActivityReportView, ReportTableView};

const RIGHT: f32 = PAGE_WIDTH - MARGIN;
const WIDTH: f32 = RIGHT - MARGIN;
const TITLE: Style = Style::new(Face::Bold, 16.0);
const SUBTITLE: Style = Style::new(Face::Bold, 11.5);
const HEADING: Style = Style::new(Face::Bold, 11.0);
const TEXT: Style = Style::new(Face::Regular, 9.5);
const BOLD: Style = Style::new(Face::Bold, 9.5);
const HEAD: Style = Style::new(Face::Bold, 8.5);
const SMALL: Style = Style::new(Face::Regular, 8.5);
/// Width of a column of counts, mm.
const COLUMN: f32 = 24.0;
/// Gap between a row's label and its first count, mm.
const GAP: f32 = 3.0;
/// Space around a table's rules, mm.
const PAD: f32 = 1.0;

/// Lays out the activity report. `page_label(page, pages)` writes the page number.
pub fn activity_report(
    v: &ActivityReportView,
    page_label: &dyn Fn(usize, usize) -> String,
) -> Vec<PageLayout> {
    let mut flow = Flow::new(MARGIN, MARGIN, BODY_BOTTOM);
    flow.paragraph(MARGIN, WIDTH, TITLE, &v.title, 0.0);
    flow.y += 1.0;
    flow.paragraph(MARGIN, WIDTH, SUBTITLE, &v.association, 0.0);
    flow.paragraph(MARGIN, WIDTH, TEXT, &v.period, 0.0);
    flow.paragraph(MARGIN, WIDTH, SMALL, &v.made, 0.0);
    flow.y += 4.0;
    if let Some(warning) = &v.too_small {
        let lines = wrap(warning, &BOLD, WIDTH - 6.0);
        let height = lines.len() as f32 * BOLD.line_height() + 4.0;
        flow.keep(height);
        let top = flow.y;
        flow.push(Element::outline(
            super::Area::new(MARGIN, top, WIDTH, height),
            0.0,
            0.8,
        ));
        flow.y += 2.0;
        flow.lines(MARGIN + 3.0, BOLD, lines, 0.0);
        flow.y = top + height + 4.0;
    }
    let key = ReportTableView {
        title: v.key_title.clone(),
        heading: String::new(),
        columns: vec![String::new()],
        rows: v
            .key_figures
            .iter()
            .map(|(l, c)| (l.clone(), vec![*c]))
            .collect(),
        note: None,
    };
    table(&mut flow, &key, false);
    for t in &v.tables {
        table(&mut flow, t, true);
    }
    if let Some((title, delays)) = &v.delays {
        flow.y += 3.0;
        flow.keep(HEADING.line_height() + delays.len() as f32 * TEXT.line_height() * 2.0);
        flow.paragraph(MARGIN, WIDTH, HEADING, title, 0.0);
        flow.y += 1.0;
        for (label, value) in delays {
            flow.paragraph(MARGIN, WIDTH, TEXT, &format!("{label}\u{a0}: {value}"), 0.0);
        }
    }
    flow.y += 4.0;
    flow.paragraph(MARGIN, WIDTH, SMALL, &v.legend, 0.0);
    flow.y += 3.0;
    flow.keep(HEADING.line_height() + SMALL.line_height() * 3.0);
    flow.paragraph(MARGIN, WIDTH, HEADING, &v.method_title, 0.0);
    flow.y += 1.0;
    flow.paragraph(MARGIN, WIDTH, SMALL, &v.method, 0.0);
    flow.finish(|page, pages, elements| {
        elements.push(super::page_number(RIGHT, page_label(page, pages)));
    })
}

/// One table: its title, the header row, the rows, the last one (the total) in bold when
/// `total_last`; kept on one page when it fits on one.
fn table(flow: &mut Flow, t: &ReportTableView, total_last: bool) {
    let columns = t.columns.len() as f32;
    let label_width = WIDTH - columns * COLUMN - GAP;
    let col_x = |j: usize| RIGHT - (columns - j as f32) * COLUMN;
    let head_lines: Vec<Vec<String>> = t
        .columns
        .iter()
        .map(|c| wrap(c, &HEAD, COLUMN - 2.0))
        .collect();
    let heading_lines = wrap(&t.heading, &HEAD, label_width);
    let head_rows = head_lines
        .iter()
        .map(Vec::len)
        .chain([heading_lines.len()])
        .max()
        .unwrap_or(1);
    let head_height = head_rows as f32 * HEAD.line_height();
    let row_lines: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|(label, _)| wrap(label, &TEXT, label_width))
        .collect();
    let body: f32 = row_lines
        .iter()
        .map(|l| l.len() as f32 * TEXT.line_height())
        .sum();
    let title_lines = wrap(&t.title, &HEADING, WIDTH);
    let height =
        title_lines.len() as f32 * HEADING.line_height() + head_height + body + 4.0 * PAD + 4.0;
    flow.y += 3.0;
    flow.keep(height);
    flow.lines(MARGIN, HEADING, title_lines, 0.0);
    if let Some(note) = &t.note {
        flow.paragraph(MARGIN, WIDTH, SMALL, note, 0.0);
    }
    flow.y += PAD;
    let has_head = t.columns.iter().any(|c| !c.is_empty()) || !t.heading.is_empty();
    if has_head {
        let top = flow.y;
        for (j, lines) in head_lines.iter().enumerate() {
            flow.y = top;
            for line in lines {
                let x = col_x(j) + COLUMN - HEAD.width(line);
                flow.text(x, HEAD, line.clone());
                flow.y += HEAD.line_height();
            }
        }
        flow.y = top;
        flow.lines(MARGIN, HEAD, heading_lines, 0.0);
        flow.y = top + head_height + PAD;
        let y = flow.y;
        flow.push(rule(y, MARGIN, RIGHT, 0.0));
        flow.y += PAD;
    }
    let n = t.rows.len();
    for (i, ((_, cells), lines)) in t.rows.iter().zip(row_lines).enumerate() {
        let total = total_last && i + 1 == n;
        let style = if total { BOLD } else { TEXT };
        if total {
            flow.y += PAD;
            let y = flow.y;
            flow.push(rule(y, MARGIN, RIGHT, 0.4));
            flow.y += PAD;
        }
        let rows = lines.len() as f32 * TEXT.line_height();
        if !flow.fits(rows) {
            flow.break_page();
        }
        let top = flow.y;
        for (j, cell) in cells.iter().enumerate() {
            let text = cell_text(*cell, true);
            let x = col_x(j) + COLUMN - style.width(&text);
            flow.text(x, style, text);
        }
        for line in lines {
            flow.text(MARGIN, style, line);
            flow.y += TEXT.line_height();
        }
        flow.y = top + rows;
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::assert_inside_margins;
    use super::*;
    use crate::model::case::CaseFile;
    use crate::report::{compute, Period, ReportCase};
    use chrono::NaiveDate;

    #[test]
    fn a_report_of_many_nationalities_stays_inside_the_margins() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let today = day(2026, 12, 15);
        let cases: Vec<CaseFile> = (0..300)
            .map(|i| crate::sample_cases::report_case(i, today))
            .collect();
        let report = compute(
            cases.iter().map(|case| ReportCase {
                case,
                opened: day(2026, 1, 1),
            }),
            Period::new(day(2026, 1, 1), day(2026, 12, 31)).unwrap(),
        );
        assert!(!report.too_small);
        let view = ActivityReportView::build(&report, Some("Exemple Solidarité"), today);
        let pages = activity_report(&view, &|p, n| format!("Page {p}/{n}"));
        assert_inside_margins(&pages);
        let text: String = pages
            .iter()
            .flat_map(|p| p.texts())
            .map(|t| t.text.clone())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.contains("Exemple Solidarité"));
        assert!(text.contains("Total"));
    }
}
