//! The layout of the bilingual checklist: title, route and date, one framed box per document with
//! its status drawn in it, what happens next, the person's dates.

use super::bilingual::{
    finish_bilingual, Columns, Frame, Mark, PairBlock, BILINGUAL_TOP_NEXT, CONTENT_RIGHT, DETAIL,
    HEADING, LABEL, STATUS, TEXT, TITLE,
};
use super::flow::{rule, Flow};
use super::{PageLayout, Style, BODY_BOTTOM, MARGIN};
use crate::legal::ItemStatus;
use crate::pdf::view::checklist::{ChecklistEntry, ChecklistView};
use crate::pdf::view::Bilingual;

impl From<ItemStatus> for Mark {
    fn from(status: ItemStatus) -> Mark {
        match status {
            ItemStatus::Ok | ItemStatus::SatisfiedByAlternative => Mark::Tick,
            ItemStatus::Expired => Mark::Cross,
            ItemStatus::Requested => Mark::Dash,
            ItemStatus::Missing | ItemStatus::Confiscated => Mark::Empty,
        }
    }
}

fn entry_block(e: &ChecklistEntry, columns: Columns) -> PairBlock {
    let mut parts: Vec<(Style, &Bilingual)> = vec![(LABEL, &e.label), (STATUS, &e.status_text)];
    if let Some(a) = &e.alternatives {
        parts.push((DETAIL, a));
    }
    if let Some(n) = &e.note {
        parts.push((DETAIL, n));
    }
    PairBlock::boxed(&parts, columns, 0.8)
}

/// Lays out the bilingual checklist. `page_label(page, pages)` writes the page number in both
/// languages; every page carries it, since the person may keep only some pages.
pub fn checklist(
    v: &ChecklistView,
    page_label: &dyn Fn(usize, usize) -> Bilingual,
) -> Vec<PageLayout> {
    let mut flow = Flow::new(MARGIN, BILINGUAL_TOP_NEXT, BODY_BOTTOM);
    let division = Columns::of(&v.lang);
    let columns = |parts: &[(Style, &Bilingual)], gap: f32| PairBlock::page(parts, division, gap);

    flow.pair(columns(&[(TITLE, &v.title)], 0.0), Frame::Plain);
    flow.y += 1.0;
    let heading: Vec<(Style, &Bilingual)> = v
        .route
        .iter()
        .map(|route| (TEXT, route))
        .chain([(DETAIL, &v.issued)])
        .collect();
    flow.pair(columns(&heading, 1.0), Frame::Plain);
    flow.y += 2.0;
    let rule_y = flow.y;
    flow.push(rule(rule_y, MARGIN, CONTENT_RIGHT, 0.4));
    flow.y += 3.0;
    flow.pair(columns(&[(DETAIL, &v.intro)], 0.0), Frame::Plain);
    flow.y += 3.0;

    for entry in &v.items {
        flow.pair(
            entry_block(entry, division),
            Frame::Item(entry.status.into()),
        );
        flow.y += 2.0;
    }

    flow.y += 5.0;
    let next = v.next.iter().map(|p| columns(&[(TEXT, p)], 0.0)).collect();
    section(
        &mut flow,
        columns(&[(HEADING, &v.next_title)], 0.0),
        2.0,
        next,
        2.5,
    );
    flow.y += 2.0;
    let dates = v.dates.iter().map(|d| columns(&[(TEXT, d)], 0.0)).collect();
    section(
        &mut flow,
        columns(&[(LABEL, &v.dates_title)], 0.0),
        1.0,
        dates,
        1.0,
    );

    finish_bilingual(flow, &v.title, division, page_label)
}

/// Places a section: its title, kept on the page of its first block (which moves whole: review,
/// 2026-12-04, « Et ensuite ? » ended page 1 alone, its paragraph on page 2), then its blocks,
/// `gap` below the title and `after` below each. Of three blocks or more, the last goes to a new
/// page with the one before it, never alone (PDF review, 2026-12-05: one date alone on a third
/// page, without its heading).
/// A section this short (mm) moves to the next page whole rather than leave part of itself
/// behind: « Vos dates » and one date at the foot of a page, the two other dates alone at the top
/// of the next (review, 2026-12-05).
const SHORT_SECTION: f32 = 40.0;

fn section(flow: &mut Flow, title: PairBlock, gap: f32, blocks: Vec<PairBlock>, after: f32) {
    let whole = title.height() + gap + blocks.iter().map(|b| b.height() + after).sum::<f32>();
    if whole <= SHORT_SECTION {
        flow.keep(whole);
    }
    flow.keep(title.height() + gap + blocks.first().map_or(0.0, PairBlock::height));
    flow.pair(title.clone(), Frame::Plain);
    flow.y += gap;
    let mut page = flow.page_index();
    let count = blocks.len();
    let last_height = blocks.last().map_or(0.0, PairBlock::height);
    for (i, block) in blocks.into_iter().enumerate() {
        if count >= 3 && i == count - 2 {
            flow.keep(block.height() + after + last_height);
        }
        flow.keep(Frame::Plain.height_of(&block));
        // Carried over to a new page, the section's title comes again above the rest (PDF
        // review, 2026-12-07: two of her dates and a footnote at the top of page 3, with nothing
        // to say what they were).
        if flow.page_index() != page {
            flow.pair(title.clone(), Frame::Plain);
            flow.y += gap;
            page = flow.page_index();
        }
        flow.pair(block, Frame::Plain);
        flow.y += after;
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::assert_inside_margins;
    use super::super::Element;
    use super::*;
    use crate::pdf::samples;

    /// Lays `view` out and answers, for a text, the page (from 0) of the first run that `found`.
    fn page_finder(view: &ChecklistView, found: fn(&str, &str) -> bool) -> impl Fn(&str) -> usize {
        let pages = checklist(view, &|p, n| Bilingual {
            fr: format!("Page {p}/{n}"),
            other: format!("{p}/{n}"),
        });
        move |text| {
            pages
                .iter()
                .position(|p| p.texts().any(|t| found(&t.text, text)))
                .unwrap()
        }
    }

    /// `count` copies of the view's first date, numbered « (0) », « (1) »…
    fn numbered_dates(view: &mut ChecklistView, count: usize) {
        let date = view.dates[0].clone();
        view.dates = (0..count)
            .map(|i| Bilingual {
                fr: format!("{} ({i})", date.fr),
                other: format!("{} ({i})", date.other),
            })
            .collect();
    }

    /// PDF review, 2026-12-05: the last of her dates went alone to a third page. With any number
    /// of items before them, the last date shares its page with the one before it.
    #[test]
    fn the_last_date_never_stands_alone_on_a_page() {
        let mut view = samples::checklist_view("en");
        // More dates than a short section holds, so that the page may end among them.
        numbered_dates(&mut view, 12);
        // A paragraph before them one line longer each time: the page ends at every height.
        let mut split_seen = false;
        for lines in 0..120 {
            view.next[0].fr = "Une ligne de texte qui remplit la colonne. ".repeat(lines);
            let page_of = page_finder(&view, |t, text| t.contains(text));
            assert_eq!(page_of("(10)"), page_of("(11)"), "{lines} lines");
            split_seen |= page_of("(0)") != page_of("(11)");
            // Every page with dates on it says what they are (PDF review, 2026-12-07).
            let pages = checklist(&view, &|p, n| Bilingual {
                fr: format!("Page {p}/{n}"),
                other: format!("{p}/{n}"),
            });
            for (n, page) in pages.iter().enumerate() {
                let has = |text: &str| page.texts().any(|t| t.text.contains(text));
                if (0..12).any(|i| has(&format!("({i})"))) {
                    assert!(has(&view.dates_title.fr), "{lines} lines, page {n}");
                }
            }
        }
        assert!(
            split_seen,
            "the dates were split across pages at least once"
        );
    }

    /// Three dates and their heading go to the next page together, never one of them left
    /// behind.
    #[test]
    fn a_short_section_is_never_split() {
        let mut view = samples::checklist_view("fr");
        numbered_dates(&mut view, 3);
        for lines in 0..120 {
            view.next[0].fr = "Une ligne de texte qui remplit la colonne. ".repeat(lines);
            let page_of = page_finder(&view, |t, text| t.contains(text));
            assert_eq!(
                page_of(&view.dates_title.fr),
                page_of("(0)"),
                "{lines} lines"
            );
            assert_eq!(page_of("(0)"), page_of("(2)"), "{lines} lines");
        }
    }

    /// Review, 2026-12-04: « Et ensuite ? » ended page 1 alone, its paragraph on page 2. With
    /// any number of items before it, the heading shares its page with its first paragraph.
    #[test]
    fn a_heading_shares_its_page_with_its_first_paragraph() {
        let mut view = samples::checklist_view("en");
        view.next[0].fr = "Premier paragraphe. ".repeat(12);
        let first_words = "Premier paragraphe.";
        let one_item = view.items[0].clone();
        for count in 0..16 {
            let page_of = page_finder(&view, |t, text| t.starts_with(text));
            assert_eq!(
                page_of(&view.next_title.fr),
                page_of(first_words),
                "{count} more items"
            );
            view.items.push(one_item.clone());
        }
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
    fn an_arabic_column_runs_from_its_right_edge_and_the_french_one_from_its_left() {
        use super::super::bilingual::{BOX_RIGHT_COLUMN, RIGHT_COLUMN};
        let view = samples::checklist_view("ar");
        let pages = checklist(&view, &|p, n| Bilingual {
            fr: format!("Page {p}/{n}"),
            other: format!("الصفحة {p}/{n}"),
        });
        assert_inside_margins(&pages);
        let right_edges = [
            RIGHT_COLUMN.0 + RIGHT_COLUMN.1,
            BOX_RIGHT_COLUMN.0 + BOX_RIGHT_COLUMN.1,
        ];
        let texts: Vec<_> = pages.iter().flat_map(|p| p.texts()).collect();
        let arabic: Vec<_> = texts.iter().filter(|t| t.style.rtl).collect();
        assert!(arabic.len() > 20, "the person's column is right to left");
        for t in &arabic {
            let end = t.x + t.style.width(&t.text);
            assert!(
                right_edges.iter().any(|e| (end - e).abs() < 0.05),
                "{:?} ends at {end} mm, not at its column's right edge",
                t.text
            );
        }
        assert!(
            texts
                .iter()
                .filter(|t| t.text.starts_with("Documents pour"))
                .all(|t| !t.style.rtl && (t.x - super::super::MARGIN).abs() < 0.05),
            "French stays left to right, from the left margin"
        );
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
}
