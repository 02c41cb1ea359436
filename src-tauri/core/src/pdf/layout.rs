//! Pure geometry: where every line and box of a document goes on A4 pages.
//!
//! Input is a view (every string final), output is a list of [`PageLayout`]s: text runs with
//! their position, face and size, and vector rectangles and lines. Nothing here knows about PDF;
//! `draw.rs` turns pages into PDF operators. Coordinates are millimetres from the **top-left**
//! corner of the page, y growing downwards, the way one measures a sheet with a ruler.
//!
//! Text is wrapped greedily with the embedded font's glyph advances (no kerning, as drawn), so a
//! line never runs past its column: breaks happen at spaces, then after a hyphen or a slash inside
//! a long word, and, for a word wider than the column (an unbroken name, a reference), between
//! any two characters. No-break spaces (U+00A0, U+202F) never break. Text is normalised to NFC
//! first, so that a name typed with combining accents uses the font's precomposed glyphs.
//!
//! Everything printed stays at least 2 cm from every edge. Pages are numbered (« Page 1/2 ») by a
//! label function the caller supplies, since the wording is localised.

use unicode_normalization::UnicodeNormalization;

use crate::model::case::ConsentStatus;
use crate::pdf::fonts::{Face, FaceMetrics};
use crate::pdf::view::{
    Bilingual, ChecklistEntry, ChecklistView, ConsentChoice, ConsentView, FormalLetter, ItemStatus,
};

/// Millimetres per PostScript point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;
/// A4 width, mm.
pub const PAGE_WIDTH: f32 = 210.0;
/// A4 height, mm.
pub const PAGE_HEIGHT: f32 = 297.0;
/// The smallest distance from any edge to anything printed, mm.
pub const MARGIN: f32 = 20.0;
/// The letters' left margin, a little wider for binding and hole punching, mm.
pub const LETTER_LEFT: f32 = 25.0;
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
    /// True if and only if `other` lies entirely inside this area.
    pub fn contains(&self, other: &Area) -> bool {
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.x + other.width <= self.x + self.width + EPS
            && other.y + other.height <= self.y + self.height + EPS
    }
}

/// Where the recipient block goes, so that it shows through a French window envelope.
///
/// A DL envelope (110 × 220 mm) has a 45 × 100 mm window 20 mm from the right edge and 15 mm from
/// the bottom; an A4 sheet folded in three (99 mm panels) moves about 11 mm up and down and 5 mm
/// sideways inside it, so the window always shows x 100–195 mm and y 50–84 mm of the sheet. C5
/// envelopes (A4 folded once) put their window at the same height. AFNOR's guidance (block 5 cm
/// from the top edge, 11 cm from the right edge) and La Poste's (a 85 × 33 mm frame 5.5 cm from
/// the top) fall inside the same zone. The block is kept within x 105–190 mm (the right margin)
/// and y 50–84 mm, which fits six 10 pt lines of at most 38 characters, the postal maximum.
pub const RECIPIENT_AREA: Area = Area {
    x: 105.0,
    y: 50.0,
    width: 85.0,
    height: 34.0,
};

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
}

impl Style {
    /// Black text of `face` at `size` points.
    pub const fn new(face: Face, size: f32) -> Style {
        Style {
            face,
            size,
            gray: 0.0,
        }
    }

    /// The same style in another grey.
    pub const fn gray(self, gray: Gray) -> Style {
        Style { gray, ..self }
    }

    /// Distance between baselines, mm.
    pub fn line_height(&self) -> f32 {
        self.size * MM_PER_PT * LEADING
    }

    /// Width of `text` on one line, mm.
    pub fn width(&self, text: &str) -> f32 {
        FaceMetrics::of(self.face).width(text) * self.size * MM_PER_PT
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

// ---------------------------------------------------------------------------------------------
// Wrapping
// ---------------------------------------------------------------------------------------------

/// Wraps `text` into lines no wider than `width` mm. Line feeds in `text` are kept as breaks.
pub fn wrap(text: &str, style: &Style, width: f32) -> Vec<String> {
    wrap_indented(text, style, width, width)
}

/// Like [`wrap`], the first line being `first` mm wide and the others `rest` mm wide.
pub fn wrap_indented(text: &str, style: &Style, first: f32, rest: f32) -> Vec<String> {
    let text: String = text.nfc().collect();
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        wrap_line(hard, style, first, rest, &mut lines);
    }
    lines
}

fn wrap_line(text: &str, style: &Style, first: f32, rest: f32, lines: &mut Vec<String>) {
    let width_now = |lines: &Vec<String>| if lines.is_empty() { first } else { rest };
    let start = lines.len();
    let space = style.width(" ");
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        // A compound word that fits on a line of its own goes there whole: French typesetting
        // does not cut « Saint-Martin » when a space offers a break. Only a word wider than a
        // line is cut after its hyphens.
        let word_width = style.width(word);
        if !line.is_empty()
            && line_width + space + word_width > width_now(lines) + EPS
            && word_width <= rest + EPS
        {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
            line_width = word_width;
            continue;
        }
        for (k, piece) in pieces(word).into_iter().enumerate() {
            let gap = if k == 0 && !line.is_empty() {
                space
            } else {
                0.0
            };
            let piece_width = style.width(piece);
            if line_width + gap + piece_width <= width_now(lines) + EPS {
                if gap > 0.0 {
                    line.push(' ');
                }
                line.push_str(piece);
                line_width += gap + piece_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut rest_of_piece = piece;
            while style.width(rest_of_piece) > width_now(lines) + EPS {
                let cut = fitting_prefix(rest_of_piece, style, width_now(lines));
                lines.push(rest_of_piece[..cut].to_string());
                rest_of_piece = &rest_of_piece[cut..];
            }
            line = rest_of_piece.to_string();
            line_width = style.width(&line);
        }
    }
    if !line.is_empty() || lines.len() == start {
        lines.push(line);
    }
}

/// A word split after each hyphen that joins two letters (« Seine-Saint-Denis »): the places
/// where a long word may break first. Hyphens inside numbers (« 425-1 ») and slashes in references
/// do not offer a break; such tokens only break between characters when wider than the line.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in chars.windows(3) {
        let [(_, before), (i, c), (_, after)] = [w[0], w[1], w[2]];
        if c == '-' && before.is_alphabetic() && after.is_alphabetic() {
            out.push(&word[start..i + 1]);
            start = i + 1;
        }
    }
    out.push(&word[start..]);
    out
}

/// The byte length of the longest prefix of `word` that fits in `width` (at least one
/// character, and never separating a letter from a combining mark).
fn fitting_prefix(word: &str, style: &Style, width: f32) -> usize {
    let mut cut = 0;
    let mut used = 0.0;
    for (i, c) in word.char_indices() {
        let w = style.width(c.encode_utf8(&mut [0; 4]));
        let combining = ('\u{300}'..='\u{36f}').contains(&c);
        if !combining && cut > 0 && used + w > width + EPS {
            return i;
        }
        used += w;
        cut = i + c.len_utf8();
    }
    cut
}

// ---------------------------------------------------------------------------------------------
// Flow: filling pages from top to bottom
// ---------------------------------------------------------------------------------------------

/// Fills pages top to bottom, starting a new page when the next thing does not fit.
struct Flow {
    pages: Vec<Vec<Element>>,
    y: f32,
    top_next: f32,
    bottom: f32,
}

impl Flow {
    fn new(top: f32, top_next: f32, bottom: f32) -> Flow {
        Flow {
            pages: vec![Vec::new()],
            y: top,
            top_next,
            bottom,
        }
    }

    fn push(&mut self, e: Element) {
        self.pages
            .last_mut()
            .expect("BUG: a flow always has a page")
            .push(e);
    }

    fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    fn break_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top_next;
    }

    fn fits(&self, height: f32) -> bool {
        self.y + height <= self.bottom + EPS
    }

    /// Starts a new page unless `height` fits here or could not fit on a fresh page either.
    fn keep(&mut self, height: f32) {
        if !self.fits(height) && height <= self.bottom - self.top_next + EPS {
            self.break_page();
        }
    }

    fn text(&mut self, x: f32, style: Style, text: String) {
        let baseline = self.y + style.baseline_offset();
        self.push(Element::Text(TextRun {
            x,
            baseline,
            style,
            text,
        }));
    }

    /// Places wrapped lines; a paragraph never leaves one line alone at a page's foot or head.
    fn lines(&mut self, x: f32, style: Style, lines: Vec<String>, indent: f32) {
        let lh = style.line_height();
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let needed = if i == 0 || i + 2 == n {
                2.min(n - i)
            } else {
                1
            };
            if !self.fits(needed as f32 * lh) {
                self.break_page();
            }
            let x = if i == 0 { x + indent } else { x };
            self.text(x, style, line);
            self.y += lh;
        }
    }

    fn paragraph(&mut self, x: f32, width: f32, style: Style, text: &str, indent: f32) {
        let lines = wrap_indented(text, &style, width - indent, width);
        self.lines(x, style, lines, indent);
    }

    /// Finishes the pages: numbers them and adds the running header from page 2 on.
    fn finish(self, mut decorate: impl FnMut(usize, usize, &mut Vec<Element>)) -> Vec<PageLayout> {
        let count = self.pages.len();
        self.pages
            .into_iter()
            .enumerate()
            .map(|(i, mut elements)| {
                decorate(i + 1, count, &mut elements);
                PageLayout {
                    width: PAGE_WIDTH,
                    height: PAGE_HEIGHT,
                    elements,
                }
            })
            .collect()
    }
}

fn hairline(gray: Gray) -> Stroke {
    Stroke { gray, width: 0.5 }
}

fn rule(y: f32, from: f32, to: f32, gray: Gray) -> Element {
    Element::Path {
        points: vec![(from, y), (to, y)],
        stroke: hairline(gray),
    }
}

// ---------------------------------------------------------------------------------------------
// Letters
// ---------------------------------------------------------------------------------------------

const LETTER_RIGHT: f32 = PAGE_WIDTH - MARGIN;
const BODY: Style = Style::new(Face::Regular, 10.5);
const BODY_BOLD: Style = Style::new(Face::Bold, 10.5);
const SMALL: Style = Style::new(Face::Regular, 9.5);
const SMALL_BOLD: Style = Style::new(Face::Bold, 10.0);
const NOTE: Style = Style::new(Face::Regular, 8.0).gray(0.35);
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
    for p in &v.paragraphs {
        flow.paragraph(LETTER_LEFT, width, BODY, p, FIRST_LINE_INDENT);
        flow.y += PARAGRAPH_GAP;
    }

    // Closing formula, signature (and stamp box) stay together.
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
    flow.keep(closing.len() as f32 * BODY.line_height() + 5.0 + signature_height.max(stamp_height));
    flow.lines(LETTER_LEFT, BODY, closing, FIRST_LINE_INDENT);
    flow.y += 5.0;
    let block_top = flow.y;
    for (style, line) in signature {
        flow.text(RECIPIENT_AREA.x, style, line);
        flow.y += style.line_height();
    }
    if let Some(label) = &v.stamp {
        let area = Area {
            x: LETTER_LEFT,
            y: block_top,
            width: 60.0,
            height: stamp_height,
        };
        flow.push(Element::Rect {
            area,
            stroke: Some(Stroke {
                gray: 0.55,
                width: 0.6,
            }),
            fill: None,
        });
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
            let label = page_label(page, pages);
            let x = LETTER_RIGHT - NOTE.width(&label);
            elements.push(Element::Text(TextRun {
                x,
                baseline: FOOTER_BASELINE,
                style: NOTE,
                text: label,
            }));
        }
    })
}

fn wrap_all(lines: &[String], style: &Style, width: f32) -> Vec<String> {
    lines.iter().flat_map(|l| wrap(l, style, width)).collect()
}

// ---------------------------------------------------------------------------------------------
// Bilingual checklist
// ---------------------------------------------------------------------------------------------

const CONTENT_RIGHT: f32 = PAGE_WIDTH - MARGIN;
/// French column and the person's column, outside the boxes.
const LEFT_COLUMN: (f32, f32) = (MARGIN, 81.0);
const RIGHT_COLUMN: (f32, f32) = (109.0, 81.0);
/// Inside an item box: a narrow column for the mark, then the two languages.
const BOX_LEFT_COLUMN: (f32, f32) = (MARGIN + 10.0, 72.0);
const BOX_RIGHT_COLUMN: (f32, f32) = (109.0, CONTENT_RIGHT - 3.0 - 109.0);
const COLUMN_DIVIDER: f32 = 105.0;
const BOX_PADDING: f32 = 2.5;
const MARK_SIZE: f32 = 5.0;
const CHECKLIST_TOP_NEXT: f32 = MARGIN + 11.0;

const TITLE: Style = Style::new(Face::Bold, 15.0);
const HEADING: Style = Style::new(Face::Bold, 12.0);
const LABEL: Style = Style::new(Face::Bold, 10.0);
const TEXT: Style = Style::new(Face::Regular, 9.5);
const STATUS: Style = Style::new(Face::Bold, 9.0).gray(0.25);
const DETAIL: Style = Style::new(Face::Regular, 9.0).gray(0.2);

/// A line inside a two-column block, `dy` mm below the block's top.
#[derive(Debug, Clone)]
struct ColumnLine {
    dy: f32,
    x: f32,
    style: Style,
    text: String,
}

/// A block of two columns, French on the left, the person's language on the right.
struct PairBlock {
    lines: Vec<ColumnLine>,
}

impl PairBlock {
    fn new(
        parts: &[(Style, &Bilingual)],
        left: (f32, f32),
        right: (f32, f32),
        gap: f32,
    ) -> PairBlock {
        let mut lines = Vec::new();
        for (x, width, pick) in [
            (
                left.0,
                left.1,
                (|b: &Bilingual| b.fr.clone()) as fn(&Bilingual) -> String,
            ),
            (right.0, right.1, |b: &Bilingual| b.other.clone()),
        ] {
            let mut dy = 0.0;
            for (k, (style, text)) in parts.iter().enumerate() {
                if k > 0 {
                    dy += gap;
                }
                for line in wrap(&pick(text), style, width) {
                    lines.push(ColumnLine {
                        dy,
                        x,
                        style: *style,
                        text: line,
                    });
                    dy += style.line_height();
                }
            }
        }
        PairBlock { lines }
    }

    fn height(&self) -> f32 {
        self.lines
            .iter()
            .map(|l| l.dy + l.style.line_height())
            .fold(0.0, f32::max)
    }
}

/// What the box of an item shows, drawn so that it reads in black and white.
#[derive(Clone, Copy)]
enum Mark {
    /// Held, or agreed: a tick.
    Tick,
    /// Expired, or refused: a cross.
    Cross,
    /// Asked for: a dash.
    Dash,
    /// Nothing yet: an empty box to tick by hand.
    Empty,
}

impl From<ItemStatus> for Mark {
    fn from(status: ItemStatus) -> Mark {
        match status {
            ItemStatus::Ok | ItemStatus::SatisfiedByAlternative => Mark::Tick,
            ItemStatus::Expired => Mark::Cross,
            ItemStatus::Requested => Mark::Dash,
            ItemStatus::Missing => Mark::Empty,
        }
    }
}

impl From<Option<ConsentStatus>> for Mark {
    fn from(decision: Option<ConsentStatus>) -> Mark {
        match decision {
            Some(ConsentStatus::Given) => Mark::Tick,
            Some(ConsentStatus::Refused | ConsentStatus::Withdrawn) => Mark::Cross,
            None => Mark::Empty,
        }
    }
}

/// How a block is framed: a box with a mark, or nothing.
#[derive(Clone, Copy)]
enum Frame {
    Plain,
    Item(Mark),
}

impl Flow {
    /// Places a two-column block. A block that does not fit is moved to the next page; one taller
    /// than a page is cut between lines, each part framed on its own page.
    fn pair(&mut self, block: PairBlock, frame: Frame) {
        let pad = match frame {
            Frame::Plain => 0.0,
            Frame::Item(_) => BOX_PADDING,
        };
        self.keep(block.height() + 2.0 * pad);
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
                self.push(Element::Rect {
                    area: Area {
                        x: MARGIN,
                        y: top,
                        width: CONTENT_RIGHT - MARGIN,
                        height: height + 2.0 * pad,
                    },
                    stroke: Some(Stroke {
                        gray: 0.45,
                        width: 0.7,
                    }),
                    fill: None,
                });
                self.push(Element::Path {
                    points: vec![
                        (COLUMN_DIVIDER, top + pad),
                        (COLUMN_DIVIDER, top + pad + height),
                    ],
                    stroke: hairline(0.75),
                });
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
        self.push(Element::Rect {
            area: Area {
                x,
                y,
                width: s,
                height: s,
            },
            stroke: Some(Stroke {
                gray: 0.0,
                width: 0.9,
            }),
            fill: None,
        });
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

fn entry_block(e: &ChecklistEntry) -> PairBlock {
    let mut parts: Vec<(Style, &Bilingual)> = vec![(LABEL, &e.label), (STATUS, &e.status_text)];
    if let Some(a) = &e.alternatives {
        parts.push((DETAIL, a));
    }
    if let Some(n) = &e.note {
        parts.push((DETAIL, n));
    }
    PairBlock::new(&parts, BOX_LEFT_COLUMN, BOX_RIGHT_COLUMN, 0.8)
}

/// Lays out the bilingual checklist. `page_label(page, pages)` writes the page number in both
/// languages; every page carries it, since the person may keep only some pages.
pub fn checklist(
    v: &ChecklistView,
    page_label: &dyn Fn(usize, usize) -> Bilingual,
) -> Vec<PageLayout> {
    let mut flow = Flow::new(MARGIN, CHECKLIST_TOP_NEXT, BODY_BOTTOM);
    let columns = |parts: &[(Style, &Bilingual)], gap: f32| {
        PairBlock::new(parts, LEFT_COLUMN, RIGHT_COLUMN, gap)
    };

    flow.pair(columns(&[(TITLE, &v.title)], 0.0), Frame::Plain);
    flow.y += 1.0;
    flow.pair(
        columns(&[(TEXT, &v.route), (DETAIL, &v.issued)], 1.0),
        Frame::Plain,
    );
    flow.y += 2.0;
    let rule_y = flow.y;
    flow.push(rule(rule_y, MARGIN, CONTENT_RIGHT, 0.4));
    flow.y += 3.0;
    flow.pair(columns(&[(DETAIL, &v.intro)], 0.0), Frame::Plain);
    flow.y += 3.0;

    for entry in &v.items {
        flow.pair(entry_block(entry), Frame::Item(entry.status.into()));
        flow.y += 2.0;
    }

    flow.y += 5.0;
    flow.keep(HEADING.line_height() + 4.0 * TEXT.line_height());
    flow.pair(columns(&[(HEADING, &v.next_title)], 0.0), Frame::Plain);
    flow.y += 2.0;
    for p in &v.next {
        flow.pair(columns(&[(TEXT, p)], 0.0), Frame::Plain);
        flow.y += 2.5;
    }
    flow.y += 2.0;
    flow.keep(LABEL.line_height() + 2.0 * TEXT.line_height());
    flow.pair(columns(&[(LABEL, &v.dates_title)], 0.0), Frame::Plain);
    flow.y += 1.0;
    for d in &v.dates {
        flow.pair(columns(&[(TEXT, d)], 0.0), Frame::Plain);
        flow.y += 1.0;
    }

    finish_bilingual(flow, &v.title, page_label)
}

/// Finishes the pages of a bilingual document: from page 2 on, its title in both languages as a
/// running header; on every page, the page number in both languages, since the person may keep
/// only some pages.
fn finish_bilingual(
    flow: Flow,
    title: &Bilingual,
    page_label: &dyn Fn(usize, usize) -> Bilingual,
) -> Vec<PageLayout> {
    flow.finish(|page, pages, elements| {
        if page > 1 {
            let small = NOTE;
            let header = PairBlock::new(&[(small, title)], LEFT_COLUMN, RIGHT_COLUMN, 0.0);
            let height = header.height();
            for l in header.lines {
                elements.push(Element::Text(TextRun {
                    x: l.x,
                    baseline: MARGIN + l.dy + small.baseline_offset(),
                    style: small,
                    text: l.text,
                }));
            }
            elements.push(rule(MARGIN + height + 1.5, MARGIN, CONTENT_RIGHT, 0.6));
        }
        let label = page_label(page, pages);
        for (x, width, text) in [
            (LEFT_COLUMN.0, LEFT_COLUMN.1, label.fr),
            (RIGHT_COLUMN.0, RIGHT_COLUMN.1, label.other),
        ] {
            // Page labels are short; truncating by wrapping keeps even an odd one inside its column.
            if let Some(line) = wrap(&text, &NOTE, width).into_iter().next() {
                elements.push(Element::Text(TextRun {
                    x,
                    baseline: FOOTER_BASELINE,
                    style: NOTE,
                    text: line,
                }));
            }
        }
    })
}

/// Room for a signature on the consent record: a little less than a letter's, so that the
/// notice, the choices and both signatures fit on one page in every language.
const CONSENT_SIGNATURE_SPACE: f32 = 15.0;

fn choice_block(c: &ConsentChoice) -> PairBlock {
    PairBlock::new(
        &[(LABEL, &c.purpose), (STATUS, &c.status_text)],
        BOX_LEFT_COLUMN,
        BOX_RIGHT_COLUMN,
        0.8,
    )
}

/// Lays out the consent record: title, the notice paragraph by paragraph, one box per purpose
/// with the decision marked, then a captioned space for each signature. `page_label` as for
/// [`checklist`].
pub fn consent(v: &ConsentView, page_label: &dyn Fn(usize, usize) -> Bilingual) -> Vec<PageLayout> {
    let mut flow = Flow::new(MARGIN, CHECKLIST_TOP_NEXT, BODY_BOTTOM);
    let columns = |parts: &[(Style, &Bilingual)], gap: f32| {
        PairBlock::new(parts, LEFT_COLUMN, RIGHT_COLUMN, gap)
    };

    flow.pair(columns(&[(TITLE, &v.title)], 0.0), Frame::Plain);
    flow.y += 1.0;
    flow.pair(columns(&[(DETAIL, &v.issued)], 0.0), Frame::Plain);
    flow.y += 2.0;
    let rule_y = flow.y;
    flow.push(rule(rule_y, MARGIN, CONTENT_RIGHT, 0.4));
    flow.y += 3.0;
    for p in &v.notice {
        flow.pair(columns(&[(TEXT, p)], 0.0), Frame::Plain);
        flow.y += 2.5;
    }

    flow.y += 3.0;
    flow.keep(HEADING.line_height() + 12.0);
    flow.pair(columns(&[(HEADING, &v.choices_title)], 0.0), Frame::Plain);
    flow.y += 2.0;
    for c in &v.choices {
        flow.pair(choice_block(c), Frame::Item(c.decision.into()));
        flow.y += 2.0;
    }

    // The two signatures side by side, the person's on the left, each captioned in French above
    // the person's language; caption and space stay together on one page.
    let [person, worker] = &v.signatures;
    let captions = [
        Bilingual {
            fr: person.fr.clone(),
            other: worker.fr.clone(),
        },
        Bilingual {
            fr: person.other.clone(),
            other: worker.other.clone(),
        },
    ];
    let block = columns(&[(LABEL, &captions[0]), (DETAIL, &captions[1])], 0.5);
    flow.y += 4.0;
    flow.keep(block.height() + CONSENT_SIGNATURE_SPACE + 1.0);
    flow.pair(block, Frame::Plain);
    flow.y += CONSENT_SIGNATURE_SPACE;
    let line_y = flow.y;
    for (x, width) in [LEFT_COLUMN, RIGHT_COLUMN] {
        flow.push(rule(line_y, x, x + width, 0.3));
    }

    finish_bilingual(flow, &v.title, page_label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::samples;

    const STYLE: Style = Style::new(Face::Regular, 10.5);

    fn label(p: usize, n: usize) -> String {
        format!("Page {p}/{n}")
    }

    /// Everything printed lies inside the 2 cm margins.
    fn assert_inside_margins(pages: &[PageLayout]) {
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

    #[test]
    fn wrapped_lines_stay_inside_the_width() {
        let text =
            "Je vous prie d’agréer, Madame la Préfète, l’expression de ma haute considération, \
                    et je reste à votre disposition pour tout renseignement complémentaire.";
        for width in [30.0, 55.5, 80.0, 165.0] {
            let lines = wrap(text, &STYLE, width);
            assert!(lines.len() > 1 || width > 150.0);
            for l in &lines {
                assert!(
                    STYLE.width(l) <= width + EPS,
                    "{l:?} is wider than {width} mm"
                );
                assert!(!l.starts_with(' ') && !l.ends_with(' '));
            }
            assert_eq!(
                lines.join(" "),
                text,
                "wrapping only replaces spaces by line breaks"
            );
        }
    }

    #[test]
    fn a_word_wider_than_the_line_breaks_inside_itself() {
        let word = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessen";
        let lines = wrap(word, &STYLE, 40.0);
        assert!(lines.len() >= 3, "{lines:?}");
        for l in &lines {
            assert!(STYLE.width(l) <= 40.0 + EPS, "{l:?} overflows");
        }
        assert_eq!(lines.concat(), word, "nothing is lost or added");
        let hyphenated = wrap("Marie-Josephine-Adelaide-Konstantinopoulou", &STYLE, 40.0);
        assert!(
            hyphenated[0].ends_with('-'),
            "a hyphen is the first place to break: {hyphenated:?}"
        );
        let article = wrap("à l’article L.\u{a0}425-1 du code", &STYLE, 38.0);
        assert!(
            article.iter().any(|l| l.contains("425-1")),
            "a hyphen inside a number never breaks: {article:?}"
        );
    }

    #[test]
    fn a_compound_name_that_fits_a_line_moves_whole_rather_than_breaking_at_its_hyphen() {
        let text = "Monsieur le Préfet de Saint-Barthélemy et de Saint-Martin";
        let width = STYLE.width("Monsieur le Préfet de Saint-Barthélemy et de Saint-") + 0.5;
        let lines = wrap(text, &STYLE, width);
        assert_eq!(
            lines,
            [
                "Monsieur le Préfet de Saint-Barthélemy et de",
                "Saint-Martin"
            ],
            "a space was there to break at"
        );
    }

    #[test]
    fn no_break_spaces_do_not_break_and_decomposed_accents_are_composed() {
        let lines = wrap("le 26\u{a0}novembre\u{a0}2026", &STYLE, 40.0);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("26\u{a0}novembre\u{a0}2026")),
            "{lines:?}"
        );
        let lines = wrap("Nguye\u{302}\u{303}n", &STYLE, 100.0);
        assert_eq!(lines, vec!["Nguyễn".to_string()]);
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

    #[test]
    fn the_checklist_keeps_boxes_whole_and_numbers_every_page() {
        let view = samples::checklist_view("uk");
        let pages = checklist(&view, &|p, n| Bilingual {
            fr: format!("Page {p}/{n}"),
            other: format!("Сторінка {p}/{n}"),
        });
        assert_inside_margins(&pages);
        let boxes: usize = pages
            .iter()
            .flat_map(|p| &p.elements)
            .filter(|e| matches!(e, Element::Rect { area, .. } if area.width > 100.0))
            .count();
        assert_eq!(boxes, view.items.len(), "one box per item, none cut");
        for (i, p) in pages.iter().enumerate() {
            assert!(p
                .texts()
                .any(|t| t.text == format!("Сторінка {}/{}", i + 1, pages.len())));
        }
    }

    #[test]
    fn an_item_taller_than_a_page_is_cut_into_framed_parts() {
        let mut view = samples::checklist_view("es");
        let long = "Une remarque très longue qui se répète. ".repeat(120);
        view.items[0].note = Some(Bilingual {
            fr: long.clone(),
            other: long,
        });
        let pages = checklist(&view, &|p, n| Bilingual {
            fr: format!("{p}/{n}"),
            other: format!("{p}/{n}"),
        });
        assert!(pages.len() >= 3);
        assert_inside_margins(&pages);
    }

    #[test]
    fn the_consent_record_fits_one_page_with_a_box_per_purpose_and_two_signature_lines() {
        for lang in ["en", "es", "pt", "ru", "uk", "sq", "vi"] {
            let view = samples::consent_view(lang);
            let pages = consent(&view, &|p, n| Bilingual {
                fr: format!("Page {p}/{n}"),
                other: format!("{p}/{n}"),
            });
            assert_inside_margins(&pages);
            assert_eq!(pages.len(), 1, "{lang}: one sheet to sign");
            let elements = &pages[0].elements;
            let boxes = elements
                .iter()
                .filter(|e| matches!(e, Element::Rect { area, .. } if area.width > 100.0))
                .count();
            assert_eq!(boxes, view.choices.len(), "{lang}: one box per purpose");
            // The two signature lines are the last two strokes, side by side on one baseline.
            let lines: Vec<&Vec<(f32, f32)>> = elements
                .iter()
                .filter_map(|e| match e {
                    Element::Path { points, .. } if points.len() == 2 => Some(points),
                    _ => None,
                })
                .collect();
            let (person, worker) = (lines[lines.len() - 2], lines[lines.len() - 1]);
            assert_eq!(person[0].1, worker[0].1, "{lang}: on one line");
            assert!(person[1].0 < worker[0].0, "{lang}: side by side");
        }
    }
}
