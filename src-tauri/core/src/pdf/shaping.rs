//! Text that Noto Sans alone cannot draw character by character: Arabic (joined letters, written
//! right to left, with Latin names and figures inside) and Chinese.
//!
//! A line is cut into directional runs by the Unicode Bidirectional Algorithm (`unicode-bidi`,
//! UAX #9), each run into pieces by font family ([`Family::of`]), and each piece is shaped by
//! `rustybuzz` (HarfBuzz's algorithm): contextual forms, the lam-alef ligature, mirrored brackets
//! in right-to-left runs. The result is a list of glyph runs in visual order, left to right, with
//! every glyph's advance and the text it stands for (so that a PDF reader copies and searches the
//! words in their logical order). Layout measures lines with the same function `draw.rs` draws
//! them with, so a shaped line is exactly as wide as it was measured.
//!
//! Text for which [`fonts::is_plain`] holds, in a left-to-right paragraph, never comes here: every
//! language printed before Arabic and Chinese keeps its unshaped path, byte for byte.

use std::sync::OnceLock;

use rustybuzz::{BufferClusterLevel, Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

use super::fonts::{self, Face, Family};

/// One glyph, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in its font.
    pub id: u16,
    /// Advance, em.
    pub advance: f32,
    /// Horizontal offset from the pen position, em (mark placement).
    pub x_offset: f32,
    /// The characters this glyph stands for (for the PDF's text map): in logical order, except
    /// a ligature of a right-to-left run, given right to left as readers expect; the character a
    /// mirrored bracket shows; `None` for the second and later glyphs of one character.
    pub text: Option<String>,
}

/// Glyphs of one font, in visual order.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    /// The family of the font.
    pub family: Family,
    /// The glyphs, left to right.
    pub glyphs: Vec<Glyph>,
}

impl GlyphRun {
    /// Width, em.
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance).sum()
    }
}

/// True if and only if a face of the documents draws `c` in `face` (a character that goes with
/// its neighbours, a combining mark or a joiner, is drawn with them; a control, never).
pub(crate) fn drawable(c: char, face: Face) -> bool {
    // Direction overrides and other invisible format characters: printed as stray marks, or
    // reordering what the worker reviewed (security review, 2026-12-05). The joiners stay: Arabic
    // and the Indic scripts spell with them.
    if crate::model::limits::is_format(c) {
        return false;
    }
    match Family::of(c) {
        None => true,
        Some(_) if c.is_control() => false,
        Some(Family::Sans) => fonts::FaceMetrics::of(face).has_glyph(c),
        Some(family) => rb_face(family, face).glyph_index(c).is_some(),
    }
}

fn rb_face(family: Family, face: Face) -> &'static rustybuzz::Face<'static> {
    static FACES: OnceLock<Vec<((Family, Face), rustybuzz::Face<'static>)>> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        Family::ALL
            .iter()
            .flat_map(|&family| [(family, Face::Regular), (family, Face::Bold)])
            .map(|(family, face)| {
                let parsed = rustybuzz::Face::from_slice(fonts::program(family, face), 0)
                    .expect("BUG: the embedded font is a valid OpenType file");
                ((family, face), parsed)
            })
            .collect()
    });
    &faces
        .iter()
        .find(|(key, _)| *key == (family, face))
        .expect("BUG: every family has both faces")
        .1
}

/// True if and only if the first strong character of `text` is right to left (UAX #9, P2–P3): a
/// paragraph of the Arabic column, even one that opens with a date.
pub fn is_rtl_paragraph(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

/// The width of `text` on one line, em, as [`shape_line`] draws it.
pub fn width(face: Face, text: &str, rtl: bool) -> f32 {
    shape_line(face, text, rtl)
        .iter()
        .map(GlyphRun::width)
        .sum()
}

/// Shapes one line (no line feed) of a paragraph whose direction is `rtl`: glyph runs in visual
/// order, left to right.
pub fn shape_line(face: Face, text: &str, rtl: bool) -> Vec<GlyphRun> {
    let mut runs = Vec::new();
    if text.is_empty() {
        return runs;
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(level));
    for para in &bidi.paragraphs {
        let (levels, visual) = bidi.visual_runs(para, para.range.clone());
        for range in visual {
            let rtl_run = levels[range.start].is_rtl();
            let mut pieces = family_pieces(&text[range.clone()]);
            if rtl_run {
                pieces.reverse();
            }
            for (family, piece) in pieces {
                runs.push(shape(family, face, piece, rtl_run));
            }
        }
    }
    runs
}

/// `text` cut where its family changes; a mark or joiner stays with what precedes it.
fn family_pieces(text: &str) -> Vec<(Family, &str)> {
    let mut pieces: Vec<(Family, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let Some(family) = Family::of(c) else {
            continue;
        };
        if pieces.last().is_none_or(|(f, _)| *f != family) {
            pieces.push((family, i));
        }
    }
    if pieces.is_empty() {
        return vec![(Family::Sans, text)];
    }
    pieces[0].1 = 0;
    let mut out = Vec::with_capacity(pieces.len());
    for (k, (family, start)) in pieces.iter().enumerate() {
        let end = pieces.get(k + 1).map_or(text.len(), |p| p.1);
        out.push((*family, &text[*start..end]));
    }
    out
}

fn shape(family: Family, face: Face, text: &str, rtl: bool) -> GlyphRun {
    let font = rb_face(family, face);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    // One cluster per character where the font allows it, so that each glyph copies back as its
    // own character; a ligature (lam-alef) stays one cluster of two.
    buffer.set_cluster_level(BufferClusterLevel::Characters);
    let shaped = rustybuzz::shape(font, &[], buffer);
    let em = font.units_per_em() as f32;
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut seen = Vec::new();
    let glyphs = infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            let text = if seen.contains(&start) {
                None
            } else {
                seen.push(start);
                let end = starts
                    .iter()
                    .find(|&&s| s > start)
                    .copied()
                    .unwrap_or(text.len());
                let cluster = &text[start..end];
                let mut chars = cluster.chars();
                match (chars.next(), chars.next()) {
                    // A bracket drawn mirrored is named by the character it shows: the PDF's
                    // text map is one entry per glyph, shared with the French column.
                    (Some(c), None)
                        if rtl
                            && family == Family::Sans
                            && font.glyph_index(c).map(|g| g.0) != Some(info.glyph_id as u16) =>
                    {
                        unicode_bidi_mirroring::get_mirrored(c).map(String::from)
                    }
                    // Several letters in one glyph (lam-alef): readers split the glyph's text
                    // across its width and read a right-to-left run from the right, so the
                    // letters are given right to left as well.
                    (Some(_), Some(_)) if rtl => Some(cluster.chars().rev().collect()),
                    _ => Some(cluster.to_string()),
                }
            };
            Glyph {
                id: info.glyph_id as u16,
                advance: pos.x_advance as f32 / em,
                x_offset: pos.x_offset as f32 / em,
                text,
            }
        })
        .collect();
    GlyphRun { family, glyphs }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph_ids(face: Face, family: Family, text: &str) -> Vec<u16> {
        let font = rb_face(family, face);
        text.chars()
            .map(|c| font.glyph_index(c).map_or(0, |g| g.0))
            .collect()
    }

    #[test]
    fn arabic_letters_take_their_joined_forms_and_lam_alef_is_one_glyph() {
        // « سلام » (peace): four letters, the lam-alef pair joined into one glyph.
        let runs = shape_line(Face::Regular, "سلام", true);
        assert_eq!(runs.len(), 1);
        let run = &runs[0];
        assert_eq!(run.family, Family::Arabic);
        assert_eq!(run.glyphs.len(), 3, "lam-alef is a ligature: {run:?}");
        let isolated = glyph_ids(Face::Regular, Family::Arabic, "سلام");
        assert!(
            run.glyphs
                .iter()
                .all(|g| !isolated.contains(&g.id) || g.id == isolated[3]),
            "the seen and the lam-alef take contextual forms, not the isolated ones: {run:?}"
        );
        let texts: Vec<Option<&str>> = run.glyphs.iter().map(|g| g.text.as_deref()).collect();
        assert_eq!(
            texts,
            [Some("م"), Some("ال"), Some("س")],
            "visual order; each glyph copies back as its letters, a ligature's given right to left"
        );
    }

    #[test]
    fn latin_and_figures_inside_arabic_keep_their_order_and_the_paragraph_reads_right_to_left() {
        let text = "بتاريخ 26/11/2026 في CESEDA";
        let runs = shape_line(Face::Regular, text, is_rtl_paragraph(text));
        let visual: Vec<String> = runs
            .iter()
            .map(|r| {
                r.glyphs
                    .iter()
                    .filter_map(|g| g.text.clone())
                    .collect::<String>()
            })
            .collect();
        let joined = visual.concat();
        let latin = joined.find("CESEDA").expect("the Latin word is whole");
        let date = joined
            .find("26/11/2026")
            .expect("the date is whole, left to right");
        assert!(
            latin < date,
            "the last word (CESEDA) is drawn leftmost, the date in the middle: {visual:?}"
        );
        assert!(
            visual.last().unwrap().contains("خيرات"),
            "the first word is drawn rightmost, its glyphs in visual order: {visual:?}"
        );
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        let runs = shape_line(Face::Regular, "مهلة (30 يومًا)", true);
        let sans = glyph_ids(Face::Regular, Family::Sans, "()");
        let drawn: Vec<u16> = runs
            .iter()
            .filter(|r| r.family == Family::Sans)
            .flat_map(|r| r.glyphs.iter().map(|g| g.id))
            .filter(|id| sans.contains(id))
            .collect();
        assert_eq!(
            drawn,
            [sans[0], sans[1]],
            "visually « (يومًا 30) »: the closing bracket of the logical text is drawn as « ( » on the left"
        );
    }

    #[test]
    fn chinese_is_drawn_with_the_chinese_face_and_measured_per_character() {
        let runs = shape_line(Face::Regular, "您的材料", false);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].family, Family::Chinese);
        assert_eq!(runs[0].glyphs.len(), 4);
        assert!(
            runs[0].glyphs.iter().all(|g| g.id != 0),
            "every character is in the subset"
        );
        assert!(
            (width(Face::Regular, "您的材料", false) - 4.0).abs() < 0.01,
            "full-width"
        );
    }

    /// The Arabic and Chinese faces are subsets (`scripts/fonts-subset.py`): every character the
    /// translations use must be in them, in both weights, or a PDF shows empty boxes.
    #[test]
    fn every_character_of_the_arabic_and_chinese_messages_is_in_the_embedded_faces() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/locales");
        for lang in ["ar", "zh"] {
            let mut text = String::new();
            for entry in std::fs::read_dir(root.join(lang)).unwrap() {
                text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
            }
            for face in [Face::Regular, Face::Bold] {
                let mut missing: Vec<char> = text
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .flat_map(str::chars)
                    .filter(|&c| match Family::of(c) {
                        Some(Family::Sans) => {
                            !fonts::FaceMetrics::of(face).has_glyph(c) && c != '\t'
                        }
                        Some(family) => rb_face(family, face).glyph_index(c).is_none(),
                        None => false,
                    })
                    .collect();
                missing.sort_unstable();
                missing.dedup();
                assert!(
                    missing.is_empty(),
                    "{lang} {face:?}: no glyph for {missing:?}; run scripts/fonts-subset.py"
                );
            }
        }
    }

    #[test]
    fn direction_comes_from_the_first_strong_character() {
        assert!(is_rtl_paragraph("26/11/2026: نهاية مهلة التفكير"));
        assert!(!is_rtl_paragraph("26/11/2026 : fin du délai"));
        assert!(!is_rtl_paragraph("您的材料"));
    }
}
