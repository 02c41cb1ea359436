//! The flow engine: text wrapped to a column with the embedded font's advances, and pages
//! filled from top to bottom.
//!
//! Text is wrapped greedily with the embedded font's glyph advances (no kerning, as drawn), so a
//! line never runs past its column: breaks happen at spaces, then after a hyphen or a slash inside
//! a long word, and, for a word wider than the column (an unbroken name, a reference), between
//! any two characters. No-break spaces (U+00A0, U+202F) never break. Text is normalised to NFC
//! first, so that a name typed with combining accents uses the font's precomposed glyphs.

use unicode_normalization::UnicodeNormalization;

use crate::pdf::fonts::Family;

use super::{Element, Gray, PageLayout, Stroke, Style, TextRun, EPS, PAGE_HEIGHT, PAGE_WIDTH};

/// Wraps `text` into lines no wider than `width` mm. Line feeds in `text` are kept as breaks.
pub fn wrap(text: &str, style: &Style, width: f32) -> Vec<String> {
    wrap_indented(text, style, width, width)
}

/// Like [`wrap`], for a title or a heading: its last line does not hold one word alone when the
/// line before can give it one (« Documents pour votre / demande » becomes « Documents pour /
/// votre demande »). Body text keeps [`wrap`]'s lines.
pub fn wrap_heading(text: &str, style: &Style, width: f32) -> Vec<String> {
    let mut lines = wrap(text, style, width);
    let n = lines.len();
    if n >= 2 && !lines[n - 1].contains(' ') {
        let before = lines[n - 2].clone();
        if let Some((kept, moved)) = before.rsplit_once(' ') {
            // Only when the line before keeps two words or more, and the last one still fits.
            let last = format!("{moved} {}", lines[n - 1]);
            if kept.contains(' ') && style.width(&last) <= width + EPS {
                lines[n - 2] = kept.to_string();
                lines[n - 1] = last;
            }
        }
    }
    lines
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
            && !has_ideographs(word)
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
    if has_ideographs(word) {
        return ideograph_pieces(word);
    }
    if word.contains('@') {
        return address_pieces(word);
    }
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

/// An e-mail address cut after its « @ » and before each dot, never at a hyphen, which would read
/// as a word broken at the line's end (PDF review, 2026-12-05: « association-/intercommunale »).
fn address_pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if c == '@' {
            out.push(&word[start..=i]);
            start = i + 1;
        } else if c == '.' && i > start {
            out.push(&word[start..i]);
            start = i;
        }
    }
    out.push(&word[start..]);
    out
}

/// True if and only if `word` holds Chinese characters, which are written without spaces.
fn has_ideographs(word: &str) -> bool {
    word.chars().any(|c| Family::of(c) == Some(Family::Chinese))
}

/// A run of Chinese text cut where the Unicode line-breaking algorithm (UAX #14) allows a break:
/// between two characters, never before « 。 », « ， » or « ） », never after « （ », and not
/// inside a Latin word or a number that the run holds.
fn ideograph_pieces(word: &str) -> Vec<&str> {
    // A Chinese date (« 2026年5月31日 ») is never cut: UAX #14 allows a break beside each
    // ideograph, and « 2026年5 / 月31日 » was printed across two lines (PDF review, 2026-12-07).
    let in_date = |c: char| c.is_ascii_digit() || matches!(c, '年' | '月' | '日');
    let inside_a_date = |i: usize| {
        let before = word[..i].chars().next_back();
        let after = word[i..].chars().next();
        before.is_some_and(|c| c.is_ascii_digit() || matches!(c, '年' | '月'))
            && after.is_some_and(in_date)
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in unicode_linebreak::linebreaks(word) {
        if i > start && i < word.len() && !inside_a_date(i) {
            out.push(&word[start..i]);
            start = i;
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

/// Fills pages top to bottom, starting a new page when the next thing does not fit.
pub(super) struct Flow {
    pub(super) pages: Vec<Vec<Element>>,
    pub(super) y: f32,
    top_next: f32,
    pub(super) bottom: f32,
}

impl Flow {
    pub(super) fn new(top: f32, top_next: f32, bottom: f32) -> Flow {
        Flow {
            pages: vec![Vec::new()],
            y: top,
            top_next,
            bottom,
        }
    }

    pub(super) fn push(&mut self, e: Element) {
        self.pages
            .last_mut()
            .expect("BUG: a flow always has a page")
            .push(e);
    }

    pub(super) fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    pub(super) fn break_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top_next;
    }

    pub(super) fn fits(&self, height: f32) -> bool {
        self.y + height <= self.bottom + EPS
    }

    /// Starts a new page unless `height` fits here or could not fit on a fresh page either.
    pub(super) fn keep(&mut self, height: f32) {
        if !self.fits(height) && height <= self.bottom - self.top_next + EPS {
            self.break_page();
        }
    }

    pub(super) fn text(&mut self, x: f32, style: Style, text: String) {
        let baseline = self.y + style.baseline_offset();
        self.push(Element::Text(TextRun {
            x,
            baseline,
            style,
            text,
        }));
    }

    /// Places wrapped lines; a paragraph never leaves one line alone at a page's foot or head.
    pub(super) fn lines(&mut self, x: f32, style: Style, lines: Vec<String>, indent: f32) {
        self.lines_before(x, style, lines, indent, 0.0);
    }

    /// [`Flow::lines`], whose last lines stay on the page of the `after` millimetres that follow
    /// them, when those fit on a page: a letter's closing and signature never stand alone on its
    /// last page (PDF review, 2026-12-07: a support letter's page 2 held only them).
    pub(super) fn lines_before(
        &mut self,
        x: f32,
        style: Style,
        lines: Vec<String>,
        indent: f32,
        after: f32,
    ) {
        let lh = style.line_height();
        let n = lines.len();
        let room = self.bottom - self.top_next + EPS;
        for (i, line) in lines.into_iter().enumerate() {
            // The first line needs its next one beside it, and the last two go together; a
            // paragraph of three lines cannot be split without leaving one alone: whole.
            let needed = match i {
                0 if n == 3 => 3,
                0 => 2.min(n),
                _ if i + 2 == n => 2,
                _ => 1,
            };
            let must = needed as f32 * lh;
            let wanted = must + if i + needed >= n { after } else { 0.0 };
            if !self.fits(must) || (!self.fits(wanted) && wanted <= room) {
                self.break_page();
            }
            let x = if i == 0 { x + indent } else { x };
            self.text(x, style, line);
            self.y += lh;
        }
    }

    pub(super) fn paragraph(&mut self, x: f32, width: f32, style: Style, text: &str, indent: f32) {
        let lines = wrap_indented(text, &style, width - indent, width);
        self.lines(x, style, lines, indent);
    }

    /// Finishes the pages: numbers them and adds the running header from page 2 on.
    pub(super) fn finish(
        self,
        mut decorate: impl FnMut(usize, usize, &mut Vec<Element>),
    ) -> Vec<PageLayout> {
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

pub(super) fn hairline(gray: Gray) -> Stroke {
    Stroke { gray, width: 0.5 }
}

pub(super) fn rule(y: f32, from: f32, to: f32, gray: Gray) -> Element {
    Element::Path {
        points: vec![(from, y), (to, y)],
        stroke: hairline(gray),
    }
}

pub(super) fn wrap_all(lines: &[String], style: &Style, width: f32) -> Vec<String> {
    lines.iter().flat_map(|l| wrap(l, style, width)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::Face;

    const STYLE: Style = Style::new(Face::Regular, 10.5);

    /// The lines of each page a paragraph of `n` lines lands on, when `room` lines fit on the
    /// first page.
    fn split(n: usize, room: usize) -> Vec<usize> {
        split_before(n, room, 0)
    }

    /// [`split`], with `after` lines' height to follow the last lines.
    fn split_before(n: usize, room: usize, after: usize) -> Vec<usize> {
        let lh = STYLE.line_height();
        let mut flow = Flow::new(0.0, 0.0, lh * 40.0);
        flow.y = lh * (40 - room) as f32;
        flow.lines_before(
            0.0,
            STYLE,
            (0..n).map(|i| format!("ligne {i}")).collect(),
            0.0,
            lh * after as f32,
        );
        flow.pages.iter().map(Vec::len).collect()
    }

    /// A Chinese date stays whole; the ideographs around it still break anywhere (PDF review,
    /// 2026-12-07: « 2026年5 / 月31日 »).
    #[test]
    fn a_chinese_date_is_never_cut() {
        assert_eq!(ideograph_pieces("2026年5月31日"), ["2026年5月31日"]);
        let pieces = ideograph_pieces("已于2026年5月31日到期");
        assert!(pieces.contains(&"2026年5月31日"), "{pieces:?}");
        assert!(pieces.len() >= 4, "{pieces:?}");
    }

    /// A letter's last lines go with its closing and signature when those do not fit after them
    /// (PDF review, 2026-12-07: a page 2 held only the closing and the signature).
    #[test]
    fn the_last_lines_go_with_what_follows_them() {
        assert_eq!(split_before(6, 6, 0), [6], "nothing follows: as before");
        assert_eq!(
            split_before(6, 6, 5),
            [4, 2],
            "the last two lines go with it"
        );
        assert_eq!(split_before(6, 20, 5), [6], "all fits");
        assert_eq!(split_before(2, 3, 5), [0, 2]);
        assert_eq!(
            split_before(6, 6, 45),
            [6],
            "what follows cannot fit on any page: as before"
        );
    }

    /// PDF review, 2026-12-05: an e-mail address was cut at a hyphen, which reads as a word
    /// broken at the line's end.
    #[test]
    fn an_email_address_is_cut_after_its_at_sign_or_before_a_dot() {
        let address = "contact@association-intercommunale-exemple.invalid";
        assert_eq!(
            pieces(address),
            ["contact@", "association-intercommunale-exemple", ".invalid"]
        );
        let width = STYLE.width("contact@association-intercommunale-exemple") - 1.0;
        let lines = wrap(address, &STYLE, width);
        assert!(lines.iter().all(|l| !l.ends_with('-')), "{lines:?}");
        assert_eq!(lines.concat(), address);
    }

    /// A title's last line does not hold one word alone when the line before can give it one.
    #[test]
    fn a_heading_does_not_end_on_a_lone_word() {
        let bold = Style::new(Face::Bold, 16.0);
        let text = "Documents pour votre demande";
        let full = bold.width(text);
        // A width where plain wrapping leaves « demande » alone.
        let width = bold.width("Documents pour votre") + 0.5;
        assert!(width < full);
        assert_eq!(
            wrap(text, &bold, width),
            ["Documents pour votre", "demande"]
        );
        assert_eq!(
            wrap_heading(text, &bold, width),
            ["Documents pour", "votre demande"]
        );
        // One line, or two words: nothing to balance.
        assert_eq!(wrap_heading(text, &bold, full + 1.0), [text]);
        let two = "Vos dates";
        assert_eq!(
            wrap_heading(two, &bold, bold.width("Vos") + 0.5),
            wrap(two, &bold, bold.width("Vos") + 0.5)
        );
    }

    /// No line alone at a page's foot (an orphan) nor at its head (a widow).
    #[test]
    fn a_paragraph_never_leaves_one_line_alone() {
        assert_eq!(split(3, 2), [0, 3], "three lines cannot be split: whole");
        assert_eq!(split(3, 3), [3]);
        assert_eq!(split(2, 1), [0, 2]);
        assert_eq!(split(4, 2), [2, 2]);
        assert_eq!(split(4, 3), [2, 2], "never the last line alone");
        assert_eq!(split(5, 3), [3, 2]);
        assert_eq!(split(5, 1), [0, 5]);
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
    fn chinese_breaks_between_characters_but_never_before_closing_punctuation() {
        let text = "每份材料一个方框。拿到材料后，请在方框里打勾。请始终保留原件：别人会向您要复印件或扫描件。";
        let width = STYLE.width("每份材料一个方框") + 0.1;
        let lines = wrap(text, &STYLE, width);
        assert!(lines.len() >= 5, "{lines:?}");
        for l in &lines {
            assert!(STYLE.width(l) <= width + EPS, "{l:?} overflows");
            assert!(
                !l.starts_with(['。', '，', '：']),
                "a line never opens with closing punctuation: {lines:?}"
            );
        }
        assert_eq!(lines.concat(), text, "nothing is lost or added");
        assert_eq!(
            lines[0], "每份材料一个方",
            "the first line is full, the « 框。» pair moves down: {lines:?}"
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
}
