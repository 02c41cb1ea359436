//! The layout of the jurist's review sheet: title and pack header, then section by section one
//! line per rule with a box to tick at its left, then the signature block, kept together.

use super::flow::{rule, Flow};
use super::{Element, PageLayout, Style, BODY_BOTTOM, MARGIN, NOTE, PAGE_WIDTH};
use crate::pdf::fonts::Face;
use crate::pdf::view::review_sheet::ReviewSheetView;

const RIGHT: f32 = PAGE_WIDTH - MARGIN;
const TITLE: Style = Style::new(Face::Bold, 14.0);
const HEADING: Style = Style::new(Face::Bold, 11.0);
const TEXT: Style = Style::new(Face::Regular, 9.0);
const SMALL: Style = Style::new(Face::Regular, 8.5);
/// Side of the box to tick, mm.
pub const BOX: f32 = 3.5;
/// The rule's text starts right of its box.
const TEXT_LEFT: f32 = MARGIN + BOX + 3.0;
/// Room for a handwritten signature.
const SIGNATURE_SPACE: f32 = 14.0;

/// Lays out the review sheet. `page_label(page, pages)` writes the page number.
pub fn review_sheet(
    v: &ReviewSheetView,
    page_label: &dyn Fn(usize, usize) -> String,
) -> Vec<PageLayout> {
    let mut flow = Flow::new(MARGIN, MARGIN, BODY_BOTTOM);
    let width = RIGHT - MARGIN;
    flow.paragraph(MARGIN, width, TITLE, &v.title, 0.0);
    flow.y += 1.5;
    for line in &v.header {
        flow.paragraph(MARGIN, width, SMALL, line, 0.0);
    }
    flow.y += 1.5;
    flow.paragraph(MARGIN, width, SMALL, &v.instructions, 0.0);
    for section in &v.sections {
        flow.y += 3.0;
        // A heading never stays alone at a page's foot.
        flow.keep(HEADING.line_height() * 2.0 + TEXT.line_height() * 2.0);
        flow.paragraph(MARGIN, width, HEADING, &section.heading, 0.0);
        flow.y += 1.0;
        for line in &section.lines {
            let text = super::flow::wrap(&line.text, &TEXT, RIGHT - TEXT_LEFT);
            let detail = super::flow::wrap(&line.detail, &NOTE, RIGHT - TEXT_LEFT);
            let height =
                text.len() as f32 * TEXT.line_height() + detail.len() as f32 * NOTE.line_height();
            flow.keep(height);
            let top = flow.y;
            flow.push(Element::outline(
                super::Area::new(MARGIN, top + 0.4, BOX, BOX),
                0.0,
                0.4,
            ));
            flow.lines(TEXT_LEFT, TEXT, text, 0.0);
            flow.lines(TEXT_LEFT, NOTE, detail, 0.0);
            flow.y += 1.6;
        }
    }
    let block = v.signature.len() as f32 * (SMALL.line_height() + SIGNATURE_SPACE);
    flow.y += 4.0;
    flow.keep(block);
    for caption in &v.signature {
        flow.paragraph(MARGIN, width, SMALL, caption, 0.0);
        flow.y += SIGNATURE_SPACE - 2.0;
        let y = flow.y;
        flow.push(rule(y, MARGIN, RIGHT, 0.5));
        flow.y += 2.0;
    }
    flow.finish(|page, pages, elements| {
        elements.push(super::page_number(RIGHT, page_label(page, pages)));
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::assert_inside_margins;
    use super::*;
    use crate::legal::RulePack;

    #[test]
    fn one_box_per_rule_of_the_pack_inside_the_margins() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let view = ReviewSheetView::build(RulePack::embedded(), date);
        let pages = review_sheet(&view, &|p, n| format!("Page {p}/{n}"));
        assert_inside_margins(&pages);
        let boxes = pages
            .iter()
            .flat_map(|p| &p.elements)
            .filter(|e| matches!(e, Element::Rect { area, .. } if (area.width - BOX).abs() < 0.01))
            .count();
        assert_eq!(boxes, RulePack::embedded().rules().len());
        assert_eq!(view.line_count(), boxes);
    }
}
