//! Two-column blocks, French on the left and the person's language on the right, as the
//! checklist and the consent record print them: plain, or framed in a box with a mark the person
//! can read in black and white; and the bilingual running header and page numbers. A person who
//! reads French gets one column across the page ([`Columns::FrenchOnly`]).

use super::flow::{hairline, rule, wrap, wrap_heading, Flow};
use super::{
    Area, Element, PageLayout, Stroke, Style, TextRun, EPS, FOOTER_BASELINE, MARGIN, NOTE,
    PAGE_WIDTH,
};
use crate::pdf::fonts::Face;
use crate::pdf::shaping::is_rtl_paragraph;
use crate::pdf::view::{Bilingual, LETTER_LANGUAGE};

pub(super) const CONTENT_RIGHT: f32 = PAGE_WIDTH - MARGIN;
/// French column and the person's column, outside the boxes.
pub(super) const LEFT_COLUMN: (f32, f32) = (MARGIN, 81.0);
pub(super) const RIGHT_COLUMN: (f32, f32) = (109.0, 81.0);
/// Inside an item box: a narrow column for the mark, then the two languages.
pub(super) const BOX_LEFT_COLUMN: (f32, f32) = (MARGIN + 10.0, 72.0);
pub(super) const BOX_RIGHT_COLUMN: (f32, f32) = (109.0, CONTENT_RIGHT - 3.0 - 109.0);
const COLUMN_DIVIDER: f32 = 105.0;
const BOX_PADDING: f32 = 2.5;
const MARK_SIZE: f32 = 5.0;
/// Continuation pages start below their running header.
pub(super) const BILINGUAL_TOP_NEXT: f32 = MARGIN + 11.0;

pub(super) const TITLE: Style = Style::new(Face::Bold, 15.0);
pub(super) const HEADING: Style = Style::new(Face::Bold, 12.0);
pub(super) const LABEL: Style = Style::new(Face::Bold, 10.0);
pub(super) const TEXT: Style = Style::new(Face::Regular, 9.5);
pub(super) const STATUS: Style = Style::new(Face::Bold, 9.0).gray(0.25);
pub(super) const DETAIL: Style = Style::new(Face::Regular, 9.0).gray(0.2);

/// How a bilingual document divides its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Columns {
    /// French on the left, her language on the right.
    Two,
    /// French alone, across the page: she reads French, and a second column in another
    /// language would speak to no one (a French reader was given French beside English).
    FrenchOnly,
}

impl Columns {
    /// The division for a document whose second language is `lang`.
    pub(super) fn of(lang: &str) -> Columns {
        if lang == LETTER_LANGUAGE {
            Columns::FrenchOnly
        } else {
            Columns::Two
        }
    }

    /// The columns outside the boxes: French's, and her language's if printed.
    fn page(self) -> ((f32, f32), Option<(f32, f32)>) {
        match self {
            Columns::Two => (LEFT_COLUMN, Some(RIGHT_COLUMN)),
            Columns::FrenchOnly => ((MARGIN, CONTENT_RIGHT - MARGIN), None),
        }
    }

    /// The columns inside an item box, right of its mark.
    fn boxed(self) -> ((f32, f32), Option<(f32, f32)>) {
        match self {
            Columns::Two => (BOX_LEFT_COLUMN, Some(BOX_RIGHT_COLUMN)),
            Columns::FrenchOnly => {
                let right = BOX_RIGHT_COLUMN.0 + BOX_RIGHT_COLUMN.1;
                ((BOX_LEFT_COLUMN.0, right - BOX_LEFT_COLUMN.0), None)
            }
        }
    }
}

/// A line inside a two-column block, `dy` mm below the block's top.
#[derive(Debug, Clone)]
struct ColumnLine {
    dy: f32,
    x: f32,
    style: Style,
    text: String,
}

/// A block of two columns, French on the left, the person's language on the right (or French
/// alone).
#[derive(Debug, Clone)]
pub(super) struct PairBlock {
    lines: Vec<ColumnLine>,
    /// Two columns: an item box draws the rule between them.
    divided: bool,
}

impl PairBlock {
    /// `parts` in the columns outside the boxes.
    pub(super) fn page(parts: &[(Style, &Bilingual)], columns: Columns, gap: f32) -> PairBlock {
        let (left, right) = columns.page();
        PairBlock::new(parts, left, right, gap)
    }

    /// `parts` in the columns of an item box.
    pub(super) fn boxed(parts: &[(Style, &Bilingual)], columns: Columns, gap: f32) -> PairBlock {
        let (left, right) = columns.boxed();
        PairBlock::new(parts, left, right, gap)
    }

    /// `parts` with French at `left` (x, width) and her language at `right`, if printed.
    pub(super) fn new(
        parts: &[(Style, &Bilingual)],
        left: (f32, f32),
        right: Option<(f32, f32)>,
        gap: f32,
    ) -> PairBlock {
        let mut lines = Vec::new();
        let french = (
            left.0,
            left.1,
            (|b: &Bilingual| b.fr.clone()) as fn(&Bilingual) -> String,
        );
        // Her language gets the articles bound to their numbers, as French does.
        let hers = right.map(|(x, width)| {
            let pick: fn(&Bilingual) -> String =
                |b| crate::pdf::typography::bind_abbreviations(&b.other);
            (x, width, pick)
        });
        for (x, width, pick) in std::iter::once(french).chain(hers) {
            let mut dy = 0.0;
            for (k, (style, text)) in parts.iter().enumerate() {
                if k > 0 {
                    dy += gap;
                }
                let text = pick(text);
                // An Arabic paragraph runs from the column's right edge, even where it opens
                // with a date or a Latin name (its first strong letter decides, UAX #9).
                let style = style.direction(is_rtl_paragraph(&text));
                // Bold lines are titles, headings and document names: no lone last word.
                let wrapped = if style.face == Face::Bold {
                    wrap_heading(&text, &style, width)
                } else {
                    wrap(&text, &style, width)
                };
                for line in wrapped {
                    let x = if style.rtl {
                        x + width - style.width(&line)
                    } else {
                        x
                    };
                    lines.push(ColumnLine {
                        dy,
                        x,
                        style,
                        text: line,
                    });
                    dy += style.line_height();
                }
            }
        }
        PairBlock {
            lines,
            divided: right.is_some(),
        }
    }

    pub(super) fn height(&self) -> f32 {
        self.lines
            .iter()
            .map(|l| l.dy + l.style.line_height())
            .fold(0.0, f32::max)
    }
}

/// What the box of an item shows, drawn so that it reads in black and white.
#[derive(Clone, Copy)]
pub(super) enum Mark {
    /// Held, or agreed: a tick.
    Tick,
    /// Expired, or refused: a cross.
    Cross,
    /// Asked for: a dash.
    Dash,
    /// Nothing yet: an empty box to tick by hand.
    Empty,
}

#[derive(Clone, Copy)]
pub(super) enum Frame {
    /// No frame.
    Plain,
    /// A box with a mark.
    Item(Mark),
}

impl Frame {
    /// Space between the frame and the block it holds, above and below.
    fn padding(self) -> f32 {
        match self {
            Frame::Plain => 0.0,
            Frame::Item(_) => BOX_PADDING,
        }
    }

    /// The height `block` takes in this frame.
    pub(super) fn height_of(self, block: &PairBlock) -> f32 {
        block.height() + 2.0 * self.padding()
    }
}

impl Flow {
    /// Places a two-column block. A block that does not fit is moved to the next page; one taller
    /// than a page is cut between lines, each part framed on its own page.
    pub(super) fn pair(&mut self, block: PairBlock, frame: Frame) {
        let pad = frame.padding();
        self.keep(frame.height_of(&block));
        let divided = block.divided;
        let mut remaining = block.lines;
        let mut first = true;
        while !remaining.is_empty() {
            let room = self.bottom - self.y - 2.0 * pad;
            let (here, later): (Vec<ColumnLine>, Vec<ColumnLine>) = remaining
                .into_iter()
                .partition(|l| l.dy + l.style.line_height() <= room + EPS);
            if here.is_empty() {
                remaining = later;
                self.break_page();
                continue;
            }
            let height = here
                .iter()
                .map(|l| l.dy + l.style.line_height())
                .fold(0.0, f32::max);
            let top = self.y;
            if let Frame::Item(mark) = frame {
                self.push(Element::outline(
                    Area::new(MARGIN, top, CONTENT_RIGHT - MARGIN, height + 2.0 * pad),
                    0.45,
                    0.7,
                ));
                if divided {
                    self.push(Element::Path {
                        points: vec![
                            (COLUMN_DIVIDER, top + pad),
                            (COLUMN_DIVIDER, top + pad + height),
                        ],
                        stroke: hairline(0.75),
                    });
                }
                if first {
                    self.mark(mark, MARGIN + 2.5, top + pad);
                }
            }
            for l in here {
                let baseline = top + pad + l.dy + l.style.baseline_offset();
                self.push(Element::Text(TextRun {
                    x: l.x,
                    baseline,
                    style: l.style,
                    text: l.text,
                }));
            }
            self.y = top + height + 2.0 * pad;
            first = false;
            if later.is_empty() {
                break;
            }
            let shift = later.iter().map(|l| l.dy).fold(f32::INFINITY, f32::min);
            remaining = later
                .into_iter()
                .map(|l| ColumnLine {
                    dy: l.dy - shift,
                    ..l
                })
                .collect();
            self.break_page();
        }
    }

    /// The box a person ticks, with the mark drawn in it.
    fn mark(&mut self, mark: Mark, x: f32, y: f32) {
        let s = MARK_SIZE;
        self.push(Element::outline(Area::new(x, y, s, s), 0.0, 0.9));
        let ink = Stroke {
            gray: 0.0,
            width: 1.4,
        };
        let paths: Vec<Vec<(f32, f32)>> = match mark {
            Mark::Tick => {
                vec![vec![
                    (x + 1.0, y + 2.6),
                    (x + 2.1, y + 3.8),
                    (x + 4.1, y + 1.1),
                ]]
            }
            Mark::Cross => vec![
                vec![(x + 1.2, y + 1.2), (x + s - 1.2, y + s - 1.2)],
                vec![(x + 1.2, y + s - 1.2), (x + s - 1.2, y + 1.2)],
            ],
            Mark::Dash => vec![vec![(x + 1.2, y + s / 2.0), (x + s - 1.2, y + s / 2.0)]],
            Mark::Empty => Vec::new(),
        };
        for points in paths {
            self.push(Element::Path {
                points,
                stroke: ink,
            });
        }
    }
}

/// Finishes the pages of a bilingual document: from page 2 on, its title in both languages as a
/// running header; on every page, the page number in both languages, since the person may keep
/// only some pages.
pub(super) fn finish_bilingual(
    flow: Flow,
    title: &Bilingual,
    columns: Columns,
    page_label: &dyn Fn(usize, usize) -> Bilingual,
) -> Vec<PageLayout> {
    let (left, right) = columns.page();
    flow.finish(|page, pages, elements| {
        if page > 1 {
            let small = NOTE;
            let header = PairBlock::page(&[(small, title)], columns, 0.0);
            let height = header.height();
            for l in header.lines {
                elements.push(Element::Text(TextRun {
                    x: l.x,
                    baseline: MARGIN + l.dy + small.baseline_offset(),
                    style: l.style,
                    text: l.text,
                }));
            }
            elements.push(rule(MARGIN + height + 1.5, MARGIN, CONTENT_RIGHT, 0.6));
        }
        let label = page_label(page, pages);
        let hers = right.map(|(x, width)| (x, width, label.other));
        for (x, width, text) in std::iter::once((left.0, left.1, label.fr)).chain(hers) {
            // Page labels are short; truncating by wrapping keeps even an odd one inside its column.
            let style = NOTE.direction(is_rtl_paragraph(&text));
            if let Some(line) = wrap(&text, &style, width).into_iter().next() {
                let x = if style.rtl {
                    x + width - style.width(&line)
                } else {
                    x
                };
                elements.push(Element::Text(TextRun {
                    x,
                    baseline: FOOTER_BASELINE,
                    style,
                    text: line,
                }));
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::assert_inside_margins;
    use super::*;
    use crate::pdf::samples;

    /// What a page label callback prints, as `pdf::bilingual_page_label` does.
    fn labels(p: usize, n: usize) -> Bilingual {
        Bilingual {
            fr: format!("Page {p}/{n}"),
            other: format!("Page {p}/{n}"),
        }
    }

    /// Her checklist and her consent record laid out in `lang`.
    fn both_documents(lang: &str) -> [(&'static str, Vec<PageLayout>); 2] {
        [
            (
                "checklist",
                super::super::checklist::checklist(&samples::checklist_view(lang), &labels),
            ),
            (
                "consent",
                super::super::consent::consent(&samples::consent_view(lang), &labels),
            ),
        ]
    }

    fn dividers(pages: &[PageLayout]) -> usize {
        pages
            .iter()
            .flat_map(|p| &p.elements)
            .filter(|e| {
                matches!(e, Element::Path { points, .. }
                    if points.iter().all(|(x, _)| (x - COLUMN_DIVIDER).abs() < EPS))
            })
            .count()
    }

    /// A person who reads French (Côte d'Ivoire, Cameroun…) was given French beside English:
    /// her paper is now French alone, its lines across the page, nothing printed twice and no
    /// rule down the middle of its boxes. The two-column paper keeps its rule.
    #[test]
    fn a_french_reader_gets_one_column_across_the_page() {
        for (document, pages) in both_documents("fr") {
            assert_inside_margins(&pages);
            let texts: Vec<_> = pages.iter().flat_map(|p| p.texts()).collect();
            assert!(
                texts
                    .iter()
                    .any(|t| t.x < COLUMN_DIVIDER && t.area().x + t.area().width > RIGHT_COLUMN.0),
                "{document}: lines run across the middle"
            );
            assert!(
                texts
                    .iter()
                    .filter(|t| t.x < COLUMN_DIVIDER)
                    .all(|t| t.area().x + t.area().width <= CONTENT_RIGHT + EPS),
                "{document}: inside the page"
            );
            for page in &pages {
                let numbers = page.texts().filter(|t| t.text.starts_with("Page ")).count();
                assert_eq!(numbers, 1, "{document}: one page number");
            }
            assert_eq!(dividers(&pages), 0, "{document}: no column rule");
        }
        for (document, pages) in both_documents("en") {
            assert!(
                dividers(&pages) > 0,
                "{document}: two columns keep their rule"
            );
        }
    }
}
