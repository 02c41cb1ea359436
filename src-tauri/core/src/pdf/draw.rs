//! Laid-out pages to PDF bytes: the only file that knows printpdf.
//!
//! Each text run becomes its own text section (printpdf's `SetTextCursor` is relative inside a
//! section, so a fresh section makes the position absolute). Fonts are embedded as subsets:
//! only the glyphs used travel in the file. The metadata is fixed and neutral, so that a PDF
//! forwarded by e-mail or left in a download folder tells nothing about the person: the title
//! is « Passerelle — document », author, subject and keywords are empty, no XMP packet is written,
//! and the creation date is the document's own date (no clock is read here).
//!
//! The PDF is written to memory; nothing touches the disk.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use printpdf::{
    Codepoint, Color, Date, DateTime, FontId, Greyscale, Line, LineCapStyle, LineJoinStyle,
    LinePoint, Mm, Offset, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, Rect, TextItem, Time,
};

use crate::pdf::fonts::{self, Face, Family};
use crate::pdf::layout::{Element, Gray, PageLayout, Stroke, TextRun};
use crate::pdf::shaping::{self, GlyphRun};
use crate::{Error, Result};

/// The title every document carries: fixed, never the person's name.
pub const NEUTRAL_TITLE: &str = "Passerelle — document";
/// The creator and producer every document carries.
pub const PRODUCER: &str = "Passerelle";

struct Faces {
    regular: ParsedFont,
    bold: ParsedFont,
}

fn parse(family: Family) -> Faces {
    let parse = |face: Face| {
        let mut warnings = Vec::new();
        ParsedFont::from_bytes(fonts::program(family, face), 0, &mut warnings)
            .expect("BUG: the embedded font is a valid OpenType file")
    };
    Faces {
        regular: parse(Face::Regular),
        bold: parse(Face::Bold),
    }
}

/// The parsed fonts of `family`, on first use: a document in French never parses the Arabic or
/// Chinese fonts.
fn faces_of(family: Family) -> &'static Faces {
    static SANS: OnceLock<Faces> = OnceLock::new();
    static ARABIC: OnceLock<Faces> = OnceLock::new();
    static CHINESE: OnceLock<Faces> = OnceLock::new();
    let cell = match family {
        Family::Sans => &SANS,
        Family::Arabic => &ARABIC,
        Family::Chinese => &CHINESE,
    };
    cell.get_or_init(|| parse(family))
}

fn faces() -> &'static Faces {
    faces_of(Family::Sans)
}

/// The families `pages` need besides Noto Sans.
fn other_families(pages: &[PageLayout]) -> Vec<Family> {
    let mut out = Vec::new();
    for run in pages.iter().flat_map(PageLayout::texts) {
        for c in run.text.chars() {
            if let Some(f) = Family::of(c).filter(|f| *f != Family::Sans) {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
    }
    out.sort();
    out
}

/// True if `c` may stand in a French letter: anything but a letter of another script. Latin
/// letters with their accents and modifiers (« 1ᵉʳ », the Uzbek « ʻ », Vietnamese), figures,
/// punctuation and symbols pass; a symbol no face has is [`render`]'s to refuse.
fn is_latin(c: char) -> bool {
    !c.is_alphabetic()
        || c.is_ascii_alphabetic()
        || matches!(c,
            '\u{AA}' | '\u{BA}'            // ª º
            | '\u{C0}'..='\u{2FF}'          // Latin-1 letters, Extended-A and -B, IPA, modifiers
            | '\u{300}'..='\u{36F}'         // combining accents
            | '\u{1D00}'..='\u{1DBF}'       // phonetic extensions (ᵉ, ʳ)
            | '\u{1E00}'..='\u{1EFF}'       // Latin Extended Additional (Vietnamese)
            | '\u{2070}'..='\u{209F}'       // superscripts and subscripts (ⁿ)
            | '\u{2C60}'..='\u{2C7F}'       // Latin Extended-C
            | '\u{A720}'..='\u{A7FF}'       // Latin Extended-D
            | '\u{AB30}'..='\u{AB6F}'       // Latin Extended-E
            | '\u{FB00}'..='\u{FB06}'       // ligatures (ﬁ)
            | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' // full-width Latin
        )
}

/// Refuses a letter (French, to the prefecture) that would print a character of another script:
/// the person's name, her birthplace or her address in Cyrillic or Arabic letters is written as
/// on her passport, in Latin letters (her checklist and consent notice speak her language).
///
/// # Errors
/// [`Error::NotLatin`] with the first such character.
pub(crate) fn latin_only(pages: &[PageLayout]) -> Result<()> {
    let other = pages
        .iter()
        .flat_map(|p| &p.elements)
        .filter_map(|e| match e {
            Element::Text(run) => run.text.chars().find(|c| !is_latin(*c)),
            _ => None,
        })
        .next();
    match other {
        Some(c) => Err(Error::NotLatin {
            character: shown(c),
        }),
        None => Ok(()),
    }
}

/// How the error names character `c`: as typed when it can be seen, else by its code point
/// (« U+202E »; a tab, a direction override or a zero-width space read « ? » or nothing).
fn shown(c: char) -> String {
    if c.is_control() || c.is_whitespace() || crate::model::limits::is_format(c) {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

/// Writes `pages` as a PDF dated `date`.
///
/// # Errors
/// [`Error::Internal`] if printpdf reports an error while writing.
pub(crate) fn render(pages: &[PageLayout], date: NaiveDate) -> Result<Vec<u8>> {
    // A character no face has would print as an empty box, in a letter she signs: refused, with
    // the character, so that the worker finds the name or address it is in (a Ge'ez or Chinese
    // name is written in Latin letters, as on the passport).
    let missing = pages
        .iter()
        .flat_map(|p| &p.elements)
        .filter_map(|e| match e {
            Element::Text(run) => run
                .text
                .chars()
                .find(|c| !shaping::drawable(*c, run.style.face)),
            _ => None,
        })
        .next();
    if let Some(c) = missing {
        return Err(Error::Unprintable {
            character: shown(c),
        });
    }
    let faces = faces();
    let mut doc = PdfDocument::new(NEUTRAL_TITLE);
    let regular = doc.add_font(&faces.regular);
    let bold = doc.add_font(&faces.bold);
    let mut others = Vec::new();
    for family in other_families(pages) {
        let f = faces_of(family);
        others.push((family, doc.add_font(&f.regular), doc.add_font(&f.bold)));
    }
    let font = |family: Family, face: Face| match (family, face) {
        (Family::Sans, Face::Regular) => &regular,
        (Family::Sans, Face::Bold) => &bold,
        (family, face) => {
            let (_, r, b) = others
                .iter()
                .find(|(f, _, _)| *f == family)
                .expect("BUG: every family a page uses was added");
            match face {
                Face::Regular => r,
                Face::Bold => b,
            }
        }
    };
    let when = pdf_date(date);
    let info = &mut doc.metadata.info;
    info.document_title = NEUTRAL_TITLE.to_string();
    info.author = String::new();
    info.subject = String::new();
    info.keywords = Vec::new();
    info.identifier = String::new();
    info.creator = PRODUCER.to_string();
    info.producer = PRODUCER.to_string();
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
    doc.metadata.xmp = None;

    let pdf_pages = pages
        .iter()
        .map(|page| PdfPage::new(Mm(page.width), Mm(page.height), ops(page, &font)))
        .collect();
    doc.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let bytes = doc.save(&options, &mut warnings);
    let errors = warnings
        .iter()
        .filter(|w| w.severity == PdfParseErrorSeverity::Error)
        .count();
    if errors > 0 {
        log::error!("pdf: the writer reported {errors} error(s)");
        return Err(Error::Internal("PDF writer error"));
    }
    Ok(bytes)
}

/// Midnight UTC of the document's day: the date is the one printed on the document.
fn pdf_date(date: NaiveDate) -> DateTime {
    DateTime::new_in_offset(
        Date {
            year: date.year(),
            month: date.month() as u8,
            day: date.day() as u8,
        },
        Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

fn gray(g: Gray) -> Color {
    Color::Greyscale(Greyscale::new(g, None))
}

/// From the layout's top-left millimetres to PDF's bottom-left.
fn point(page: &PageLayout, x: f32, y: f32) -> Point {
    Point::new(Mm(x), Mm(page.height - y))
}

fn ops<'a>(page: &PageLayout, font: &impl Fn(Family, Face) -> &'a FontId) -> Vec<Op> {
    let mut ops = vec![
        Op::SetLineCapStyle {
            cap: LineCapStyle::Round,
        },
        Op::SetLineJoinStyle {
            join: LineJoinStyle::Round,
        },
    ];
    for element in &page.elements {
        match element {
            Element::Text(run) if !run.style.rtl && fonts::is_plain(&run.text) => {
                text(&mut ops, page, run, font(Family::Sans, run.style.face));
            }
            Element::Text(run) => shaped_text(&mut ops, page, run, font),
            Element::Rect { area, stroke, fill } => {
                let mode = match (stroke, fill) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (None, Some(_)) => PaintMode::Fill,
                    (Some(_), None) => PaintMode::Stroke,
                    (None, None) => continue,
                };
                if let Some(s) = stroke {
                    set_stroke(&mut ops, s);
                }
                if let Some(f) = fill {
                    ops.push(Op::SetFillColor { col: gray(*f) });
                }
                let lower_left = point(page, area.x, area.y + area.height);
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: lower_left.x,
                        y: lower_left.y,
                        width: Mm(area.width).into(),
                        height: Mm(area.height).into(),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Element::Path { points, stroke } => {
                set_stroke(&mut ops, stroke);
                ops.push(Op::DrawLine {
                    line: Line {
                        points: points
                            .iter()
                            .map(|&(x, y)| LinePoint {
                                p: point(page, x, y),
                                bezier: false,
                            })
                            .collect(),
                        is_closed: false,
                    },
                });
            }
        }
    }
    ops
}

fn set_stroke(ops: &mut Vec<Op>, s: &Stroke) {
    ops.push(Op::SetOutlineColor { col: gray(s.gray) });
    ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
}

fn text(ops: &mut Vec<Op>, page: &PageLayout, run: &TextRun, font: &FontId) {
    ops.extend([
        Op::StartTextSection,
        Op::SetFillColor {
            col: gray(run.style.gray),
        },
        Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(run.style.size),
        },
        Op::SetTextCursor {
            pos: point(page, run.x, run.baseline),
        },
        Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        },
        Op::EndTextSection,
    ]);
}

/// A line of Arabic or Chinese, or of a right-to-left paragraph: shaped glyphs in visual order,
/// one font change per run, each glyph carrying the characters it stands for (the PDF's ToUnicode
/// map, which readers use to copy and search).
fn shaped_text<'a>(
    ops: &mut Vec<Op>,
    page: &PageLayout,
    run: &TextRun,
    font: &impl Fn(Family, Face) -> &'a FontId,
) {
    ops.extend([
        Op::StartTextSection,
        Op::SetFillColor {
            col: gray(run.style.gray),
        },
        Op::SetTextCursor {
            pos: point(page, run.x, run.baseline),
        },
    ]);
    for glyph_run in shaping::shape_line(run.style.face, &run.text, run.style.rtl) {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font(glyph_run.family, run.style.face).clone()),
            size: Pt(run.style.size),
        });
        ops.push(Op::ShowText {
            items: glyph_items(&glyph_run, glyph_advances(glyph_run.family, run.style.face)),
        });
    }
    ops.push(Op::EndTextSection);
}

/// The advance the PDF viewer moves by after each glyph (the font's own, as the /W array says).
fn glyph_advances(family: Family, face: Face) -> impl Fn(u16) -> f32 {
    let parsed = match face {
        Face::Regular => &faces_of(family).regular,
        Face::Bold => &faces_of(family).bold,
    };
    let em = f32::from(parsed.pdf_font_metrics.units_per_em);
    move |gid| f32::from(parsed.get_horizontal_advance(gid)) / em
}

/// A `TJ` array that puts each glyph where the shaper placed it: after a glyph the viewer moves by
/// its font advance, and a number (thousandths of an em, positive to the left) corrects the pen to
/// the shaped position of the next one.
fn glyph_items(run: &GlyphRun, font_advance: impl Fn(u16) -> f32) -> Vec<TextItem> {
    let mut items = Vec::new();
    let mut pen = 0.0_f32;
    let mut drawn_at = 0.0_f32;
    let mut glyphs: Vec<Codepoint> = Vec::with_capacity(run.glyphs.len());
    for (i, g) in run.glyphs.iter().enumerate() {
        let target = pen + g.x_offset;
        if i == 0 {
            if target.abs() > 1e-6 {
                items.push(TextItem::Offset(-target * 1000.0));
            }
        } else if let Some(prev) = glyphs.last_mut() {
            prev.offset = (drawn_at - target) * 1000.0;
        }
        drawn_at = target + font_advance(g.id);
        glyphs.push(Codepoint {
            gid: g.id,
            offset: 0.0,
            cid: g.text.clone(),
        });
        pen += g.advance;
    }
    if let Some(last) = glyphs.last_mut() {
        last.offset = (drawn_at - pen) * 1000.0;
    }
    items.push(TextItem::GlyphIds(glyphs));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::FaceMetrics;

    #[test]
    fn layout_measures_text_with_the_advances_the_pdf_is_written_with() {
        let sample = "Préfecture de la Seine-Saint-Denis « 26\u{a0}novembre » Олена Nguyễn Thị Ánh đặc biệt ễặ";
        for face in [Face::Regular, Face::Bold] {
            let parsed = match face {
                Face::Regular => &faces().regular,
                Face::Bold => &faces().bold,
            };
            let ours = FaceMetrics::of(face);
            let upm = f32::from(parsed.pdf_font_metrics.units_per_em);
            for c in sample.chars() {
                let gid = parsed
                    .lookup_glyph_index(c as u32)
                    .expect("every sample glyph exists");
                let theirs = f32::from(parsed.get_horizontal_advance(gid)) / upm;
                assert!(
                    (theirs - ours.advance(c)).abs() < 1e-6,
                    "{face:?} {c:?}: layout measures {}, the PDF advances {theirs}",
                    ours.advance(c)
                );
            }
        }
    }

    #[test]
    fn dates_are_the_documents_day_at_midnight_utc() {
        let d = pdf_date(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap());
        assert_eq!((d.date.year, d.date.month, d.date.day), (2026, 11, 26));
        assert_eq!((d.time.hour, d.time.minute), (0, 0));
    }
}
