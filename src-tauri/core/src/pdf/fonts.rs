//! The typefaces every document is set in, embedded in the binary, and their metrics.
//!
//! Noto Sans Regular and Bold (SIL Open Font License, `assets/fonts/OFL.txt`) cover Latin with
//! Vietnamese stacked diacritics, Cyrillic and Greek: every language a checklist is printed in.
//! Nothing is read from the system, so a document looks the same on every machine, offline.
//!
//! Layout needs glyph advances to wrap lines; the PDF writer needs the font programs. The
//! advances are read here from the font's own `cmap`, `hmtx`, `hhea` and `head` tables, parsed
//! once (`OnceLock`), so that only `draw.rs` depends on the PDF library. printpdf writes the same
//! `hmtx` advances into the PDF's width array, and a test in `draw.rs` checks that both agree.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The two faces documents use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    /// Body text.
    Regular,
    /// Names, headings, the subject line.
    Bold,
}

pub(crate) static REGULAR_TTF: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
pub(crate) static BOLD_TTF: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");

/// The font program of `face` (a TrueType file).
pub(crate) fn bytes(face: Face) -> &'static [u8] {
    match face {
        Face::Regular => REGULAR_TTF,
        Face::Bold => BOLD_TTF,
    }
}

/// Horizontal metrics of one face, in em (1.0 = the font size).
#[derive(Debug)]
pub struct FaceMetrics {
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    glyphs: HashMap<char, u16>,
    advances: Vec<u16>,
}

impl FaceMetrics {
    /// The metrics of `face`, parsed on first use.
    pub fn of(face: Face) -> &'static FaceMetrics {
        static REGULAR: OnceLock<FaceMetrics> = OnceLock::new();
        static BOLD: OnceLock<FaceMetrics> = OnceLock::new();
        let cell = match face {
            Face::Regular => &REGULAR,
            Face::Bold => &BOLD,
        };
        cell.get_or_init(|| {
            FaceMetrics::parse(bytes(face))
                .expect("BUG: the embedded font is a valid TrueType file")
        })
    }

    /// True if and only if the face has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.glyphs.contains_key(&c)
    }

    /// The advance width of `c` in em; characters without a glyph advance like the `.notdef`
    /// box the PDF viewer will draw for them.
    pub fn advance(&self, c: char) -> f32 {
        let gid = self.glyphs.get(&c).copied().unwrap_or(0) as usize;
        let units = self
            .advances
            .get(gid)
            .or(self.advances.last())
            .copied()
            .unwrap_or(0);
        f32::from(units) / self.units_per_em
    }

    /// The width of `text` in em, without kerning (the PDF is written without kerning too).
    pub fn width(&self, text: &str) -> f32 {
        text.chars().map(|c| self.advance(c)).sum()
    }

    /// Height above the baseline, in em.
    pub fn ascender(&self) -> f32 {
        self.ascender
    }

    /// Depth below the baseline, in em (positive).
    pub fn descender(&self) -> f32 {
        self.descender
    }

    fn parse(font: &[u8]) -> Option<FaceMetrics> {
        let table = |tag: &[u8; 4]| -> Option<&[u8]> {
            let count = usize::from(be_u16(font, 4)?);
            (0..count).find_map(|i| {
                let rec = 12 + 16 * i;
                if font.get(rec..rec + 4)? != tag {
                    return None;
                }
                let offset = be_u32(font, rec + 8)? as usize;
                let length = be_u32(font, rec + 12)? as usize;
                font.get(offset..offset.checked_add(length)?)
            })
        };
        let head = table(b"head")?;
        let hhea = table(b"hhea")?;
        let hmtx = table(b"hmtx")?;
        let cmap = table(b"cmap")?;
        let units_per_em = f32::from(be_u16(head, 18)?);
        let ascender = f32::from(be_i16(hhea, 4)?) / units_per_em;
        let descender = -f32::from(be_i16(hhea, 6)?) / units_per_em;
        let metrics = usize::from(be_u16(hhea, 34)?);
        let advances = (0..metrics)
            .map(|g| be_u16(hmtx, 4 * g))
            .collect::<Option<Vec<u16>>>()?;
        Some(FaceMetrics {
            units_per_em,
            ascender,
            descender,
            glyphs: parse_cmap(cmap)?,
            advances,
        })
    }
}

/// Reads the Unicode character map: format 12 (full Unicode) when present, else format 4 (BMP).
fn parse_cmap(cmap: &[u8]) -> Option<HashMap<char, u16>> {
    let count = usize::from(be_u16(cmap, 2)?);
    let mut best: Option<(u16, usize)> = None;
    for i in 0..count {
        let rec = 4 + 8 * i;
        let platform = be_u16(cmap, rec)?;
        let encoding = be_u16(cmap, rec + 2)?;
        let offset = be_u32(cmap, rec + 4)? as usize;
        let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if !unicode {
            continue;
        }
        let format = be_u16(cmap, offset)?;
        if (format == 12 || format == 4) && best.is_none_or(|(f, _)| format > f) {
            best = Some((format, offset));
        }
    }
    let (format, offset) = best?;
    let sub = cmap.get(offset..)?;
    let mut map = HashMap::new();
    if format == 12 {
        let groups = be_u32(sub, 12)? as usize;
        for g in 0..groups {
            let rec = 16 + 12 * g;
            let (start, end, glyph) = (
                be_u32(sub, rec)?,
                be_u32(sub, rec + 4)?,
                be_u32(sub, rec + 8)?,
            );
            for code in start..=end {
                if let (Some(c), Ok(gid)) =
                    (char::from_u32(code), u16::try_from(glyph + (code - start)))
                {
                    map.insert(c, gid);
                }
            }
        }
    } else {
        let segments = usize::from(be_u16(sub, 6)? / 2);
        let ends = 14;
        let starts = ends + 2 * segments + 2;
        let deltas = starts + 2 * segments;
        let range_offsets = deltas + 2 * segments;
        for s in 0..segments {
            let end = be_u16(sub, ends + 2 * s)?;
            let start = be_u16(sub, starts + 2 * s)?;
            let delta = be_u16(sub, deltas + 2 * s)?;
            let range_offset = usize::from(be_u16(sub, range_offsets + 2 * s)?);
            for code in start..=end {
                if code == 0xFFFF {
                    break;
                }
                let gid = if range_offset == 0 {
                    code.wrapping_add(delta)
                } else {
                    let at = range_offsets + 2 * s + range_offset + 2 * usize::from(code - start);
                    match be_u16(sub, at)? {
                        0 => 0,
                        g => g.wrapping_add(delta),
                    }
                };
                if let (Some(c), true) = (char::from_u32(u32::from(code)), gid != 0) {
                    map.insert(c, gid);
                }
            }
        }
    }
    map.retain(|_, gid| *gid != 0);
    Some(map)
}

fn be_u16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn be_i16(b: &[u8], at: usize) -> Option<i16> {
    Some(i16::from_be_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn be_u32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_faces_cover_french_cyrillic_vietnamese_and_the_spaces_typography_needs() {
        let text =
            "àâçéèêëîïôûùüÿœŒÆ«»’–—…€ \u{a0}\u{202f} Привіт Здравствуйте ґєії ễặờữỵđĐ ëçÇ ñáó ãõ";
        for face in [Face::Regular, Face::Bold] {
            let m = FaceMetrics::of(face);
            let missing: Vec<char> = text.chars().filter(|c| !m.has_glyph(*c)).collect();
            assert!(missing.is_empty(), "{face:?} lacks glyphs for {missing:?}");
        }
    }

    #[test]
    fn advances_are_plausible() {
        let m = FaceMetrics::of(Face::Regular);
        assert!(m.advance('i') < m.advance('m'), "i is narrower than m");
        assert!(
            m.advance('\u{202f}') < m.advance(' '),
            "the narrow space is narrower"
        );
        assert!(
            (0.2..0.4).contains(&m.advance(' ')),
            "a space is about a quarter em"
        );
        assert!(FaceMetrics::of(Face::Bold).width("Préfecture") > m.width("Préfecture"));
        assert!(m.ascender() > 0.7 && m.descender() > 0.1);
    }
}
