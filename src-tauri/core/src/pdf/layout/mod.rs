//! Pure geometry: where every line and box of a document goes on A4 pages.
//!
//! Input is a view (every string final), output is a list of [`PageLayout`]s: text runs with
//! their position, face and size, and vector rectangles and lines. Nothing here knows about PDF;
//! `draw.rs` turns pages into PDF operators. Coordinates are millimetres from the **top-left**
//! corner of the page, y growing downwards, the way one measures a sheet with a ruler.
//!
//! The generic engine is `flow` (wrapping measured with the embedded fonts, pagination) and
//! `bilingual` (two-column blocks, ticked boxes, bilingual page footers); each document has its
//! own module: [`letter`] (the cover letter and the support letter), [`checklist`], [`consent`].
//!
//! Everything printed stays at least 2 cm from every edge. Pages are numbered (« Page 1/2 ») by a
//! label function the caller supplies, since the wording is localised.

mod activity_report;
mod bilingual;
mod checklist;
mod consent;
mod flow;
mod letter;
mod review_sheet;

use crate::pdf::fonts::{is_plain, Face, FaceMetrics};
use crate::pdf::shaping;

pub use activity_report::activity_report;
pub use checklist::checklist;
pub use consent::consent;
pub use flow::{wrap, wrap_indented};
pub use letter::letter;
pub use review_sheet::review_sheet;

/// Millimetres per PostScript point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;
/// A4 width, mm.
pub const PAGE_WIDTH: f32 = 210.0;
/// A4 height, mm.
pub const PAGE_HEIGHT: f32 = 297.0;
/// The smallest distance from any edge to anything printed, mm.
pub const MARGIN: f32 = 20.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.3;
/// Lowest baseline of the page-number footer: its descenders stay above the margin.
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - MARGIN - 1.5;
/// Body text stops here, leaving a line for the footer.
const BODY_BOTTOM: f32 = PAGE_HEIGHT - MARGIN - 8.0;
/// Tolerance of position comparisons, mm.
const EPS: f32 = 0.01;

/// A rectangle on the page, mm from the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Area {
    /// The area `width` × `height` whose top-left corner is at `x`, `y`.
    pub const fn new(x: f32, y: f32, width: f32, height: f32) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }

    /// True if and only if `other` lies entirely inside this area.
    pub fn contains(&self, other: &Area) -> bool {
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.x + other.width <= self.x + self.width + EPS
            && other.y + other.height <= self.y + self.height + EPS
    }
}

/// Greyscale: 0 is black, 1 is white.
pub type Gray = f32;

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Face.
    pub face: Face,
    /// Size, points.
    pub size: f32,
    /// Colour.
    pub gray: Gray,
    /// Right to left: the line is drawn in the visual order of a right-to-left paragraph
    /// (`pdf::shaping`), and its `x` is computed from the column's right edge.
    pub rtl: bool,
}

impl Style {
    /// Black text of `face` at `size` points, left to right.
    pub const fn new(face: Face, size: f32) -> Style {
        Style {
            face,
            size,
            gray: 0.0,
            rtl: false,
        }
    }

    /// The same style in another grey.
    pub const fn gray(self, gray: Gray) -> Style {
        Style { gray, ..self }
    }

    /// The same style for a paragraph that is right to left or not.
    pub const fn direction(self, rtl: bool) -> Style {
        Style { rtl, ..self }
    }

    /// Distance between baselines, mm.
    pub fn line_height(&self) -> f32 {
        self.size * MM_PER_PT * LEADING
    }

    /// Width of `text` on one line, mm: Noto Sans advances added up, or, for Arabic, Chinese or a
    /// right-to-left line, the width of the shaped glyphs as they are drawn.
    pub fn width(&self, text: &str) -> f32 {
        let em = if !self.rtl && is_plain(text) {
            FaceMetrics::of(self.face).width(text)
        } else {
            shaping::width(self.face, text, self.rtl)
        };
        em * self.size * MM_PER_PT
    }

    /// From the top of a line box to its baseline: the font's full ascent, which makes room for
    /// stacked Vietnamese accents, so that nothing rises above the line's top.
    fn baseline_offset(&self) -> f32 {
        FaceMetrics::of(self.face).ascender() * self.size * MM_PER_PT
    }
}

/// One line of text, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left end of the baseline, mm from the left edge.
    pub x: f32,
    /// Baseline, mm from the top edge.
    pub baseline: f32,
    /// Face, size, colour.
    pub style: Style,
    /// The text, on one line.
    pub text: String,
}

impl TextRun {
    /// The run's box: from the ascender to the descender, as wide as its advances.
    pub fn area(&self) -> Area {
        let m = FaceMetrics::of(self.style.face);
        let size = self.style.size * MM_PER_PT;
        Area {
            x: self.x,
            y: self.baseline - m.ascender() * size,
            width: self.style.width(&self.text),
            height: (m.ascender() + m.descender()) * size,
        }
    }
}

/// A stroke: grey and thickness.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub gray: Gray,
    /// Thickness, points.
    pub width: f32,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// A line of text.
    Text(TextRun),
    /// A rectangle, stroked and/or filled.
    Rect {
        /// Where.
        area: Area,
        /// Outline, if any.
        stroke: Option<Stroke>,
        /// Fill grey, if any.
        fill: Option<Gray>,
    },
    /// A polyline (open).
    Path {
        /// Points, mm from the top-left corner.
        points: Vec<(f32, f32)>,
        /// Outline.
        stroke: Stroke,
    },
}

impl Element {
    /// The outline of `area`, in `gray`, `width` points thick, not filled.
    pub fn outline(area: Area, gray: Gray, width: f32) -> Element {
        Element::Rect {
            area,
            stroke: Some(Stroke { gray, width }),
            fill: None,
        }
    }
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLayout {
    /// Width, mm.
    pub width: f32,
    /// Height, mm.
    pub height: f32,
    /// What is drawn, in painting order.
    pub elements: Vec<Element>,
}

impl PageLayout {
    /// The text runs of the page.
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.elements.iter().filter_map(|e| match e {
            Element::Text(t) => Some(t),
            _ => None,
        })
    }
}

/// Running headers and page numbers.
const NOTE: Style = Style::new(Face::Regular, 8.0).gray(0.35);

/// A page number (`label`, « Page 2/3 ») on the footer line, ending at `right`.
fn page_number(right: f32, label: String) -> Element {
    Element::Text(TextRun {
        x: right - NOTE.width(&label),
        baseline: FOOTER_BASELINE,
        style: NOTE,
        text: label,
    })
}

/// What the layout tests of every document check.
#[cfg(test)]
mod test_support {
    use super::*;

    /// Everything printed lies inside the 2 cm margins.
    pub(super) fn assert_inside_margins(pages: &[PageLayout]) {
        let printable = Area {
            x: MARGIN,
            y: MARGIN,
            width: PAGE_WIDTH - 2.0 * MARGIN,
            height: PAGE_HEIGHT - 2.0 * MARGIN,
        };
        for (i, page) in pages.iter().enumerate() {
            for e in &page.elements {
                let area = match e {
                    Element::Text(t) => t.area(),
                    Element::Rect { area, .. } => *area,
                    Element::Path { points, .. } => {
                        let xs = points.iter().map(|p| p.0);
                        let ys = points.iter().map(|p| p.1);
                        let (x0, x1) = (
                            xs.clone().fold(f32::MAX, f32::min),
                            xs.fold(f32::MIN, f32::max),
                        );
                        let (y0, y1) = (
                            ys.clone().fold(f32::MAX, f32::min),
                            ys.fold(f32::MIN, f32::max),
                        );
                        Area {
                            x: x0,
                            y: y0,
                            width: x1 - x0,
                            height: y1 - y0,
                        }
                    }
                };
                assert!(
                    printable.contains(&area),
                    "page {}: {e:?} crosses the 2 cm margin",
                    i + 1
                );
            }
        }
    }
}
