//! The typefaces every document is set in, embedded in the binary, and their metrics.
//!
//! Noto Sans Regular and Bold (SIL Open Font License, `assets/fonts/OFL.txt`) cover Latin with
//! Vietnamese stacked diacritics and Romanian commas, Cyrillic and Greek. Arabic and Chinese text
//! is drawn with Noto Sans Arabic and Noto Sans CJK SC ([`Family`]), shaped by `pdf::shaping`.
//! Nothing is read from the system, so a document looks the same on every machine, offline.
//!
//! Layout needs glyph advances to wrap lines; the PDF writer needs the font programs. The
//! advances are read here with `ttf-parser` from the font's own `cmap`, `hmtx`, `hhea` and `head`
//! tables, once (`OnceLock`), so that only `draw.rs` depends on the PDF library. printpdf writes
//! the same `hmtx` advances into the PDF's width array, and a test in `draw.rs` checks that both
//! agree.
//!
//! Every character the `cmap` maps gets its advance in a table at first use (about 0.2 ms per
//! face): wrapping measures each word again and again, and one hash lookup per character is
//! cheaper than a `cmap` search and an `hmtx` read each time (docs/benchmarks.md).

use std::collections::HashMap;
use std::sync::OnceLock;

use ttf_parser::GlyphId;

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

/// The typeface families: Noto Sans draws Latin, Cyrillic, Greek, Vietnamese, figures and
/// punctuation; the other two draw only their script, in the text of the languages that use it
/// (`scripts/fonts-subset.py` writes them as subsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Noto Sans.
    Sans,
    /// Noto Sans Arabic (the Arabic blocks).
    Arabic,
    /// Noto Sans CJK SC, subset to the characters of the Chinese messages: the person's papers
    /// print no name, only the app's words.
    Chinese,
}

pub(crate) static ARABIC_REGULAR: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansArabic-Regular.ttf");
pub(crate) static ARABIC_BOLD: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansArabic-Bold.ttf");
pub(crate) static CHINESE_REGULAR: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansSC-Regular.otf");
pub(crate) static CHINESE_BOLD: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansSC-Bold.otf");

/// The font program of `face` in `family` (TrueType, or OpenType with CFF outlines for Chinese).
pub(crate) fn program(family: Family, face: Face) -> &'static [u8] {
    match (family, face) {
        (Family::Sans, face) => bytes(face),
        (Family::Arabic, Face::Regular) => ARABIC_REGULAR,
        (Family::Arabic, Face::Bold) => ARABIC_BOLD,
        (Family::Chinese, Face::Regular) => CHINESE_REGULAR,
        (Family::Chinese, Face::Bold) => CHINESE_BOLD,
    }
}

impl Family {
    /// Every family, in the order documents embed them.
    pub const ALL: [Family; 3] = [Family::Sans, Family::Arabic, Family::Chinese];

    /// The family that draws `c`; `None` for a character that goes with its neighbours (a
    /// combining mark, a joiner).
    pub fn of(c: char) -> Option<Family> {
        match c {
            '\u{0300}'..='\u{036f}' | '\u{200c}' | '\u{200d}' => None,
            '\u{0600}'..='\u{06ff}'
            | '\u{0750}'..='\u{077f}'
            | '\u{08a0}'..='\u{08ff}'
            | '\u{fb50}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}' => Some(Family::Arabic),
            '\u{2e80}'..='\u{2fff}'
            | '\u{3000}'..='\u{30ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
            | '\u{fe30}'..='\u{fe4f}'
            | '\u{ff00}'..='\u{ffef}' => Some(Family::Chinese),
            _ => Some(Family::Sans),
        }
    }
}

/// True if and only if Noto Sans alone draws `text` character by character: every language but
/// Arabic and Chinese. Such text is measured and drawn as before, without shaping.
pub fn is_plain(text: &str) -> bool {
    text.chars()
        .all(|c| Family::of(c).is_none_or(|f| f == Family::Sans))
}

/// Horizontal metrics of one face, in em (1.0 = the font size).
#[derive(Debug)]
pub struct FaceMetrics {
    ascender: f32,
    descender: f32,
    /// The advance of every character the face has a glyph for.
    advances: HashMap<char, f32>,
    /// The advance of `.notdef`, the box a viewer draws for a character without a glyph.
    missing: f32,
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
        self.advances.contains_key(&c)
    }

    /// The advance width of `c` in em; characters without a glyph advance like the `.notdef`
    /// box the PDF viewer will draw for them.
    pub fn advance(&self, c: char) -> f32 {
        self.advances.get(&c).copied().unwrap_or(self.missing)
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
        let font = ttf_parser::Face::parse(font, 0).ok()?;
        let units_per_em = f32::from(font.units_per_em());
        let em =
            |glyph: GlyphId| f32::from(font.glyph_hor_advance(glyph).unwrap_or(0)) / units_per_em;
        let mut advances = HashMap::new();
        for subtable in font.tables().cmap?.subtables {
            if !subtable.is_unicode() {
                continue;
            }
            subtable.codepoints(|code| {
                let glyph = subtable.glyph_index(code).filter(|g| g.0 != 0);
                if let (Some(c), Some(glyph)) = (char::from_u32(code), glyph) {
                    advances.entry(c).or_insert_with(|| em(glyph));
                }
            });
        }
        // The `hhea` ascender and descender set the line boxes: `ttf_parser::Face::ascender`
        // would take the OS/2 typographic ones instead when the font sets USE_TYPO_METRICS.
        let hhea = font.tables().hhea;
        Some(FaceMetrics {
            ascender: f32::from(hhea.ascender) / units_per_em,
            descender: -f32::from(hhea.descender) / units_per_em,
            missing: em(GlyphId(0)),
            advances,
        })
    }
}

#[cfg(test)]
mod tests {
    /// The interface loads the same faces with `@font-face` (ui/css/base.css) from its own copy
    /// (Tauri serves only `ui/`): both copies stay the same bytes.
    #[test]
    fn the_ui_ships_the_same_fonts_as_the_documents() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for (name, bytes) in [
            ("NotoSans-Regular.ttf", super::REGULAR_TTF),
            ("NotoSans-Bold.ttf", super::BOLD_TTF),
            ("NotoSansArabic-Regular.ttf", super::ARABIC_REGULAR),
            ("NotoSansArabic-Bold.ttf", super::ARABIC_BOLD),
            (
                "OFL.txt",
                include_bytes!("../../../../assets/fonts/OFL.txt").as_slice(),
            ),
        ] {
            let ui = std::fs::read(root.join("ui/fonts").join(name))
                .unwrap_or_else(|e| panic!("ui/fonts/{name}: {e}"));
            assert!(
                ui == bytes,
                "ui/fonts/{name} differs from assets/fonts/{name}"
            );
        }
        let css = std::fs::read_to_string(root.join("ui/css/base.css")).unwrap();
        for name in [
            "NotoSans-Regular.ttf",
            "NotoSans-Bold.ttf",
            "NotoSansArabic-Regular.ttf",
            "NotoSansArabic-Bold.ttf",
            "NotoSansSC-Regular-Common.otf",
        ] {
            assert!(
                css.contains(&format!("url(\"../fonts/{name}\")")),
                "base.css loads {name}"
            );
        }
    }

    use super::*;

    #[test]
    fn the_faces_cover_french_cyrillic_vietnamese_romanian_and_the_spaces_typography_needs() {
        let text =
            "àâçéèêëîïôûùüÿœŒÆ«»’–—…€ \u{a0}\u{202f} Привіт Здравствуйте ґєії ễặờữỵđĐ ëçÇ ñáó ãõ \
                    ășțîâĂȘȚÎÂ „” Благодаря ъЪьЬщЩ “”";
        for face in [Face::Regular, Face::Bold] {
            let m = FaceMetrics::of(face);
            let missing: Vec<char> = text.chars().filter(|c| !m.has_glyph(*c)).collect();
            assert!(missing.is_empty(), "{face:?} lacks glyphs for {missing:?}");
        }
    }

    /// The review sheet prints the rule pack's texts: each of their characters has a glyph (a
    /// minus sign, U+2212, once printed as a box).
    #[test]
    fn the_faces_draw_every_character_of_the_rule_pack() {
        let pack = include_str!("../../../../assets/rules/fr-teh.json");
        for face in [Face::Regular, Face::Bold] {
            let m = FaceMetrics::of(face);
            let mut missing: Vec<char> = pack
                .chars()
                .filter(|c| !c.is_control() && Family::of(*c) == Some(Family::Sans))
                .filter(|c| !m.has_glyph(*c))
                .collect();
            missing.dedup();
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
