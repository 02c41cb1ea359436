//! The activity report as CSV: the same cells as the PDF, UTF-8 with a byte-order mark (so that
//! spreadsheets opening it by double-click read the accents), fields separated by semicolons as
//! French spreadsheets expect, lines ended by CRLF (RFC 4180). Counts are plain digits, so that a
//! spreadsheet reads them as numbers; « < 5 » and « s » stay text.

use crate::pdf::{cell_text, ActivityReportView};

/// One field, quoted when it holds a separator, a quote or a line break. A field a spreadsheet
/// would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first: the
/// association's name is typed by a worker) gets a leading apostrophe, which spreadsheets show as
/// text (OWASP, « CSV injection »).
fn field(text: &str) -> String {
    // Read past what shows nothing first: a byte-order mark or a zero-width character before
    // « = » still makes a formula in some spreadsheets (security review, 2026-12-05:
    // « \u{feff}=1+1 » went out unprefixed).
    let shown = text.trim_start_matches(|c: char| {
        matches!(c, '\u{feff}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{202a}'..='\u{202e}')
    });
    let text = if shown.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn line<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    let fields: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
    out.push_str(&fields.join(";"));
    out.push_str("\r\n");
}

/// The CSV bytes of the report's view.
pub fn render(v: &ActivityReportView) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    line(&mut out, &[&v.title, &v.association]);
    line(&mut out, &[&v.period]);
    line(&mut out, &[&v.made]);
    if let Some(warning) = &v.too_small {
        line(&mut out, &[&warning]);
    }
    out.push_str("\r\n");
    line(&mut out, &[&v.key_title]);
    for (label, cell) in &v.key_figures {
        line(&mut out, &[label.clone(), cell_text(*cell, false)]);
    }
    for t in &v.tables {
        out.push_str("\r\n");
        line(&mut out, &[&t.title]);
        if let Some(note) = &t.note {
            line(&mut out, &[&note]);
        }
        // A table withheld has no heading row: its total alone, under its note (review,
        // 2026-12-07: a line of « ; » alone stood between them).
        if !t.heading.is_empty() || t.columns.iter().any(|c| !c.is_empty()) {
            let mut head = vec![t.heading.clone()];
            head.extend(t.columns.iter().cloned());
            line(&mut out, &head);
        }
        for (label, cells) in &t.rows {
            let mut row = vec![label.clone()];
            row.extend(cells.iter().map(|c| cell_text(*c, false)));
            line(&mut out, &row);
        }
    }
    if let Some((title, delays)) = &v.delays {
        out.push_str("\r\n");
        line(&mut out, &[&title]);
        for (label, value) in delays {
            line(&mut out, &[&label, &value]);
        }
    }
    out.push_str("\r\n");
    line(&mut out, &[&v.legend]);
    line(&mut out, &[&v.method_title, &v.method]);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_separators_or_quotes_are_quoted() {
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("« dit »"), "« dit »");
        assert_eq!(field("x\"y"), "\"x\"\"y\"");
    }

    #[test]
    fn a_field_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+33 1 23"), "'+33 1 23");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("12"), "12");
        assert_eq!(field("< 5"), "< 5");
        // Behind a character that shows nothing, too.
        assert_eq!(field("\u{feff}=1+1"), "'\u{feff}=1+1");
        assert_eq!(field("\u{200b}@x"), "'\u{200b}@x");
    }
}
