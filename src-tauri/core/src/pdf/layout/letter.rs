//! The layout of a French administrative letter (the cover letter and the support letter):
//! sender block, recipient block in the envelope window, subject and references with hanging
//! labels, body, closing and signature kept together, numbered enclosures, running header.

use super::flow::{rule, wrap, wrap_all, wrap_indented, Flow};
use super::{Area, Element, PageLayout, Style, TextRun, BODY_BOTTOM, MARGIN, NOTE, PAGE_WIDTH};
use crate::pdf::fonts::Face;
use crate::pdf::view::letter::FormalLetter;

/// The letters' left margin, a little wider for binding and hole punching, mm.
const LETTER_LEFT: f32 = 25.0;

/// Where the recipient block goes, so that it shows through a French window envelope.
///
/// A DL envelope (110 × 220 mm) has a 45 × 100 mm window 20 mm from the right edge and 15 mm from
/// the bottom; an A4 sheet folded in three (99 mm panels) moves about 11 mm up and down and 5 mm
/// sideways inside it, so the window always shows x 100–195 mm and y 50–84 mm of the sheet. C5
/// envelopes (A4 folded once) put their window at the same height. AFNOR's guidance (block 5 cm
/// from the top edge, 11 cm from the right edge) and La Poste's (a 85 × 33 mm frame 5.5 cm from
/// the top) fall inside the same zone. The block is kept within x 105–190 mm (the right margin)
/// and y 50–84 mm, which fits six 10 pt lines of at most 38 characters, the postal maximum.
const RECIPIENT_AREA: Area = Area {
    x: 105.0,
    y: 50.0,
    width: 85.0,
    height: 34.0,
};

const LETTER_RIGHT: f32 = PAGE_WIDTH - MARGIN;
const BODY: Style = Style::new(Face::Regular, 10.5);
const BODY_BOLD: Style = Style::new(Face::Bold, 10.5);
const SMALL: Style = Style::new(Face::Regular, 9.5);
const SMALL_BOLD: Style = Style::new(Face::Bold, 10.0);
/// The sender block's column: left of the recipient block, never under it.
const SENDER_WIDTH: f32 = RECIPIENT_AREA.x - LETTER_LEFT - 6.0;
/// Continuation pages start below their running header.
const LETTER_TOP_NEXT: f32 = MARGIN + 10.0;
const PARAGRAPH_GAP: f32 = 2.6;
const FIRST_LINE_INDENT: f32 = 10.0;
/// Room left for the handwritten signature.
const SIGNATURE_SPACE: f32 = 18.0;

/// Lays out a letter (cover letter or support letter). `page_label(page, pages)` writes the page
/// number; it is printed only when the letter has more than one page.
pub fn letter(v: &FormalLetter, page_label: &dyn Fn(usize, usize) -> String) -> Vec<PageLayout> {
    let width = LETTER_RIGHT - LETTER_LEFT;
    // A long name makes a two-line running header: pages 2 and after start below it.
    let header = wrap(&v.running_header, &NOTE, width);
    let header_bottom = MARGIN + header.len() as f32 * NOTE.line_height() + 1.0;
    let top_next = LETTER_TOP_NEXT.max(header_bottom + 4.0);
    let mut flow = Flow::new(MARGIN, top_next, BODY_BOTTOM);

    // Sender block, top left.
    flow.paragraph(LETTER_LEFT, SENDER_WIDTH, SMALL_BOLD, &v.sender_name, 0.0);
    for line in &v.sender {
        flow.paragraph(LETTER_LEFT, SENDER_WIDTH, SMALL, line, 0.0);
    }
    let sender_end = (flow.page_index(), flow.y);

    // Recipient block in the window, then place and date under it: first page only.
    let date_bottom = {
        let area = RECIPIENT_AREA;
        let mut style = Style::new(Face::Regular, 10.0);
        let mut lines = wrap_all(&v.recipient, &style, area.width);
        if lines.len() as f32 * style.line_height() > area.height {
            style = Style::new(Face::Regular, 9.0);
            lines = wrap_all(&v.recipient, &style, area.width);
        }
        let mut y = area.y;
        for line in lines {
            let baseline = y + style.baseline_offset();
            flow.pages[0].push(Element::Text(TextRun {
                x: area.x,
                baseline,
                style,
                text: line,
            }));
            y += style.line_height();
        }
        // Below the window, so that the date never shows through it.
        let mut y = (y + 8.0).max(area.y + area.height + 4.0);
        for line in wrap(&v.place_date, &BODY, area.width) {
            let baseline = y + BODY.baseline_offset();
            flow.pages[0].push(Element::Text(TextRun {
                x: area.x,
                baseline,
                style: BODY,
                text: line,
            }));
            y += BODY.line_height();
        }
        y
    };
    flow.y = if sender_end.0 == 0 {
        sender_end.1.max(date_bottom)
    } else {
        sender_end.1
    } + 10.0;

    // Subject and references, with hanging indents so that their labels stand out.
    let label_width = [&v.subject_label, &v.references_label]
        .iter()
        .map(|l| BODY_BOLD.width(l))
        .fold(0.0, f32::max)
        + 2.0;
    let hang = |flow: &mut Flow, label: &str, text: &str, style: Style| {
        let lines = wrap(text, &style, width - label_width);
        flow.keep(style.line_height() * lines.len().min(2) as f32);
        // The label goes beside the first line, on the page where that line lands.
        let (label_page, label_y) = (flow.page_index(), flow.y);
        flow.lines(LETTER_LEFT + label_width, style, lines, 0.0);
        if !label.is_empty() {
            flow.pages[label_page].push(Element::Text(TextRun {
                x: LETTER_LEFT,
                baseline: label_y + BODY_BOLD.baseline_offset(),
                style: BODY_BOLD,
                text: label.to_string(),
            }));
        }
    };
    hang(&mut flow, &v.subject_label, &v.subject, BODY_BOLD);
    flow.y += 1.0;
    for (i, reference) in v.references.iter().enumerate() {
        let label = if i == 0 {
            v.references_label.as_str()
        } else {
            ""
        };
        hang(&mut flow, label, reference, BODY);
    }

    // Mentions, salutation, body.
    flow.y += 7.0;
    for (i, mention) in v.mentions.iter().enumerate() {
        let style = if i == 0 { BODY_BOLD } else { BODY };
        flow.paragraph(LETTER_LEFT, width, style, mention, 0.0);
    }
    flow.y += 5.0;
    flow.keep(BODY.line_height() * 3.0 + PARAGRAPH_GAP);
    flow.paragraph(LETTER_LEFT, width, BODY, &v.salutation, 0.0);
    flow.y += PARAGRAPH_GAP;
    // Closing formula, signature (and stamp box) stay together, and with the body's last lines.
    let closing = wrap_indented(&v.closing, &BODY, width - FIRST_LINE_INDENT, width);
    let signature: Vec<(Style, String)> = v
        .signature
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            let style = if i == 0 { BODY_BOLD } else { BODY };
            wrap(l, &style, LETTER_RIGHT - RECIPIENT_AREA.x)
                .into_iter()
                .map(move |t| (style, t))
        })
        .collect();
    let signature_height: f32 =
        signature.iter().map(|(s, _)| s.line_height()).sum::<f32>() + SIGNATURE_SPACE;
    let stamp_height = if v.stamp.is_some() { 30.0 } else { 0.0 };
    let closing_block =
        closing.len() as f32 * BODY.line_height() + 5.0 + signature_height.max(stamp_height);
    let last = v.paragraphs.len().saturating_sub(1);
    for (i, p) in v.paragraphs.iter().enumerate() {
        let lines = wrap_indented(p, &BODY, width - FIRST_LINE_INDENT, width);
        let after = if i == last {
            PARAGRAPH_GAP + closing_block
        } else {
            0.0
        };
        flow.lines_before(LETTER_LEFT, BODY, lines, FIRST_LINE_INDENT, after);
        flow.y += PARAGRAPH_GAP;
    }
    flow.keep(closing_block);
    flow.lines(LETTER_LEFT, BODY, closing, FIRST_LINE_INDENT);
    flow.y += 5.0;
    let block_top = flow.y;
    for (style, line) in signature {
        flow.text(RECIPIENT_AREA.x, style, line);
        flow.y += style.line_height();
    }
    if let Some(label) = &v.stamp {
        let area = Area::new(LETTER_LEFT, block_top, 60.0, stamp_height);
        flow.push(Element::outline(area, 0.55, 0.6));
        flow.y = block_top + 1.5;
        flow.text(LETTER_LEFT + 2.0, NOTE, label.clone());
    }
    flow.y = (block_top + signature_height).max(block_top + stamp_height);

    // Enclosures: a numbered list, the label kept with the first item.
    if !v.enclosures.is_empty() {
        flow.y += 6.0;
        let number_width = SMALL.width(&format!("{}. ", v.enclosures.len())) + 1.0;
        let label_width = BODY_BOLD.width(&v.enclosures_label) + 3.0;
        flow.keep(BODY_BOLD.line_height() + 2.0 * SMALL.line_height());
        flow.text(LETTER_LEFT, BODY_BOLD, v.enclosures_label.clone());
        flow.y += BODY_BOLD.line_height();
        let x = LETTER_LEFT + label_width.min(15.0);
        for (i, e) in v.enclosures.iter().enumerate() {
            let lines = wrap(e, &SMALL, LETTER_RIGHT - x - number_width);
            flow.keep(SMALL.line_height() * lines.len().min(2) as f32);
            flow.text(x, SMALL, format!("{}.", i + 1));
            flow.lines(x + number_width, SMALL, lines, 0.0);
        }
    }

    flow.finish(|page, pages, elements| {
        if page > 1 {
            let mut y = MARGIN;
            for line in &header {
                elements.push(Element::Text(TextRun {
                    x: LETTER_LEFT,
                    baseline: y + NOTE.baseline_offset(),
                    style: NOTE,
                    text: line.clone(),
                }));
                y += NOTE.line_height();
            }
            elements.push(rule(header_bottom, LETTER_LEFT, LETTER_RIGHT, 0.6));
        }
        if pages > 1 {
            elements.push(super::page_number(LETTER_RIGHT, page_label(page, pages)));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::assert_inside_margins;
    use super::*;
    use crate::pdf::samples;

    fn label(p: usize, n: usize) -> String {
        format!("Page {p}/{n}")
    }

    /// The recipient block's runs on page 1: left-aligned at the window, above the place and date.
    fn recipient_runs<'a>(page: &'a PageLayout, v: &FormalLetter) -> Vec<&'a TextRun> {
        let date_top = page
            .texts()
            .find(|t| v.place_date.starts_with(t.text.as_str()))
            .map(|t| t.baseline)
            .expect("the place and date are on page 1");
        page.texts()
            .filter(|t| t.x == RECIPIENT_AREA.x && t.baseline < date_top)
            .collect()
    }

    #[test]
    fn the_recipient_block_sits_in_the_envelope_window() {
        let view = samples::letter_view();
        let pages = letter(&view.letter, &label);
        let runs = recipient_runs(&pages[0], &view.letter);
        let printed: Vec<&str> = runs.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            printed.join(" "),
            view.letter.recipient.join(" "),
            "the whole block is printed, in order"
        );
        for run in runs {
            assert!(
                RECIPIENT_AREA.contains(&run.area()),
                "{:?} at {:?} is outside the window",
                run.text,
                run.area()
            );
        }
        assert!(
            (RECIPIENT_AREA.y - 50.0).abs() < 1.0 && RECIPIENT_AREA.x >= 100.0,
            "AFNOR: 5 cm from the top, 11 cm from the right"
        );
        let subject_top = pages[0]
            .texts()
            .find(|t| t.text == view.letter.subject_label)
            .map(|t| t.baseline)
            .expect("the subject is on page 1");
        let sender_right = pages[0]
            .texts()
            .filter(|t| t.x == LETTER_LEFT && t.baseline < subject_top)
            .map(|t| t.area().x + t.area().width)
            .fold(0.0, f32::max);
        assert!(
            sender_right < RECIPIENT_AREA.x,
            "the sender block never runs under the window"
        );
    }

    #[test]
    fn a_long_recipient_shrinks_to_stay_in_the_window() {
        let mut view = samples::letter_view();
        view.letter.recipient = vec![
            "Madame la Préfète des Pyrénées-Atlantiques".into(),
            "Préfecture des Pyrénées-Atlantiques".into(),
            "Direction de la citoyenneté, de l’immigration et de l’intégration".into(),
            "Bureau du séjour et de l’éloignement".into(),
            "2 rue du Maréchal Joffre".into(),
            "64021 PAU CEDEX".into(),
        ];
        let pages = letter(&view.letter, &label);
        let runs = recipient_runs(&pages[0], &view.letter);
        assert!(
            runs.len() > view.letter.recipient.len(),
            "the long service line wraps"
        );
        for t in runs {
            assert!(
                RECIPIENT_AREA.contains(&t.area()),
                "{:?} overflows the window",
                t.text
            );
        }
    }

    #[test]
    fn a_one_page_letter_has_no_page_number_and_stays_in_the_margins() {
        let mut v = samples::letter_view().letter;
        v.paragraphs.truncate(2);
        let pages = letter(&v, &label);
        assert_eq!(pages.len(), 1, "a short letter fits on one page");
        assert!(pages[0].texts().all(|t| !t.text.starts_with("Page ")));
        // She signs it: no word of the software or its rules at its foot (the audit log records
        // the rules each letter was written with).
        assert!(
            pages[0]
                .texts()
                .all(|t| !t.text.contains("fr-teh") && !t.text.contains("(Passerelle)")),
            "no software small print"
        );
        assert_inside_margins(&pages);
    }

    #[test]
    fn a_long_body_and_enclosure_list_flow_onto_numbered_pages() {
        let mut v = samples::letter_view().letter;
        let paragraph = v.paragraphs[1].clone();
        v.paragraphs.extend(std::iter::repeat_n(paragraph, 8));
        v.enclosures = (1..=40).map(|i| format!("Pièce justificative numéro {i}, avec un intitulé assez long pour être repliée sur deux lignes dans la liste")).collect();
        let pages = letter(&v, &label);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for (i, page) in pages.iter().enumerate() {
            let expected = label(i + 1, pages.len());
            assert!(
                page.texts().any(|t| t.text == expected),
                "page {} lacks {expected}",
                i + 1
            );
            let lowest = page
                .texts()
                .filter(|t| !t.text.starts_with("Page "))
                .map(|t| t.baseline)
                .fold(0.0, f32::max);
            assert!(
                lowest <= BODY_BOTTOM,
                "page {}: body text at {lowest} runs into the footer",
                i + 1
            );
            if i > 0 {
                assert!(
                    page.texts().any(|t| t.text == v.running_header),
                    "page {} has the running header",
                    i + 1
                );
            }
        }
        let all: Vec<&str> = pages
            .iter()
            .flat_map(|p| p.texts())
            .map(|t| t.text.as_str())
            .collect();
        assert!(
            all.contains(&"40."),
            "every enclosure is numbered, the last one too"
        );
        assert_inside_margins(&pages);
    }
}
