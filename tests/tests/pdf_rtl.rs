//! Arabic and Chinese on paper, read back by poppler: the words come back in reading order
//! (Arabic right to left, lam-alef included), and the Arabic and Chinese faces are embedded as
//! subsets beside Noto Sans.

use crate::pdf_support::{assert_well_formed, poppler};

use passerelle_core::i18n::L10n;
use passerelle_core::pdf::{self, samples};

/// Poppler's text with its embedding marks around right-to-left lines removed.
fn pdftotext(bytes: &[u8]) -> String {
    poppler("pdftotext", &[], bytes).replace(['\u{202a}', '\u{202b}', '\u{202c}', '\u{a0}'], " ")
}

fn msg(lang: &str, id: &str) -> String {
    L10n::get().format(lang, id, &[])
}

/// `pdffonts`' rows: every font embedded, subset, with a ToUnicode map; returns the names.
fn embedded_subset_fonts(what: &str, bytes: &[u8]) -> Vec<String> {
    let fonts = poppler("pdffonts", &[], bytes);
    fonts
        .lines()
        .skip(2)
        .map(|row| {
            assert!(
                row.contains("yes yes yes"),
                "{what}: embedded, subset, with ToUnicode: {row}"
            );
            let name = row.split_whitespace().next().unwrap();
            assert!(
                name.len() > 7 && name.as_bytes()[6] == b'+',
                "{what}: a subset's name has a six-letter tag: {name}"
            );
            name[7..].to_string()
        })
        .collect()
}

#[test]
fn the_arabic_checklist_reads_right_to_left_with_joined_words_in_reading_order() {
    let bytes = pdf::render_checklist(&samples::checklist_view("ar")).unwrap();
    assert_well_formed("checklist ar", &bytes);
    let text = pdftotext(&bytes);
    // Whole Arabic lines, as a reader copies them: the title (with the lam-alef ligature of
    // « اللازمة »), a heading, a document's name and the French beside them.
    for phrase in [
        msg("ar", "pdf-checklist-title"),
        msg("ar", "pdf-next-title"),
        msg("ar", "pdf-doc-passport"),
        msg("ar", "pdf-doc-birth-certificate"),
        msg("ar", "pdf-dates-title"),
    ] {
        assert!(
            text.contains(&phrase),
            "{phrase:?} reads in logical order in:\n{text}"
        );
    }
    assert!(
        text.contains("Documents pour votre"),
        "French beside: {text}"
    );
    let fonts = embedded_subset_fonts("checklist ar", &bytes);
    assert!(
        fonts.iter().any(|f| f == "NotoSansArabic-Regular")
            && fonts.iter().any(|f| f == "NotoSansArabic-Bold"),
        "the Arabic faces are embedded: {fonts:?}"
    );
    assert!(
        !fonts.iter().any(|f| f.contains("CJK")),
        "no Chinese face in an Arabic document: {fonts:?}"
    );
}

#[test]
fn the_arabic_consent_record_reads_back_its_notice_title_and_signatures() {
    let bytes = pdf::render_consent(&samples::consent_view("ar")).unwrap();
    assert_well_formed("consent ar", &bytes);
    let text = pdftotext(&bytes);
    for id in [
        "consent-notice-title",
        "pdf-consent-choices",
        "pdf-consent-signature-person",
    ] {
        let phrase = msg("ar", id);
        assert!(text.contains(&phrase), "{id}: {phrase:?} in:\n{text}");
    }
    embedded_subset_fonts("consent ar", &bytes);
}

#[test]
fn the_chinese_checklist_and_consent_record_read_back_with_a_subset_chinese_face() {
    for (what, bytes) in [
        (
            "checklist zh",
            pdf::render_checklist(&samples::checklist_view("zh")).unwrap(),
        ),
        (
            "consent zh",
            pdf::render_consent(&samples::consent_view("zh")).unwrap(),
        ),
    ] {
        assert_well_formed(what, &bytes);
        let squeezed: String = pdftotext(&bytes)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let ids: &[&str] = if what.starts_with("checklist") {
            &[
                "pdf-checklist-title",
                "pdf-checklist-intro",
                "pdf-next-title",
            ]
        } else {
            &[
                "consent-notice-title",
                "consent-notice-rights",
                "pdf-consent-choices",
            ]
        };
        for id in ids {
            let phrase: String = msg("zh", id)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert!(squeezed.contains(&phrase), "{what}: {id} {phrase:?}");
        }
        let fonts = embedded_subset_fonts(what, &bytes);
        assert!(
            fonts.iter().any(|f| f.starts_with("NotoSansCJKsc")),
            "{what}: the Chinese face is embedded: {fonts:?}"
        );
        // The Chinese face holds about 4,500 characters (1.5 MB); a subset of the page's keeps the
        // file small.
        assert!(
            bytes.len() < 150_000,
            "{what}: {} bytes, the Chinese face is subset",
            bytes.len()
        );
    }
}
