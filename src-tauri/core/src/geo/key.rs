//! Search keys for place names: what a worker types and what the COG spells must meet.
//!
//! On top of [`crate::text::fold`] (case, accents, ligatures), a key treats every run of spaces,
//! hyphens, apostrophes and other punctuation as one space, and expands the abbreviations French
//! addresses use for saints (« St », « Ste », « Sts », « Stes »). So « ST-DENIS », « Saint Denis »
//! and « saint-denis » share the key `saint denis`, and « L’Haÿ-les-Roses » becomes
//! `l hay les roses`.

use crate::text::fold;

/// The search key of a place name, or of a query typed by someone.
pub fn search_key(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len() + 8);
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(match word {
            "st" => "saint",
            "ste" => "sainte",
            "sts" => "saints",
            "stes" => "saintes",
            other => other,
        });
    }
    out
}

/// The key of a query that is still being typed: like [`search_key`], but a trailing separator is
/// kept as a space, so that « Saint- » completes to « Saint-Denis » and not to « Saintes », and a
/// final « St » is not expanded (it may be the start of « Strasbourg »).
pub fn prefix_key(partial: &str) -> String {
    let ends_with_separator = partial.chars().last().is_some_and(|c| !c.is_alphanumeric());
    let mut key = if ends_with_separator {
        search_key(partial)
    } else {
        // Expand every word but the last, which may be incomplete.
        let folded = fold(partial);
        let (head, last) = match folded.rfind(|c: char| !c.is_alphanumeric()) {
            Some(i) => folded.split_at(i + 1),
            None => ("", folded.as_str()),
        };
        let head = search_key(head);
        match (head.is_empty(), last.is_empty()) {
            (true, _) => last.to_string(),
            (false, true) => head,
            (false, false) => format!("{head} {last}"),
        }
    };
    if ends_with_separator && !key.is_empty() {
        key.push(' ');
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_share_a_key() {
        for spelling in [
            "Saint-Denis",
            "ST DENIS",
            "st-denis",
            "Saint  Denis",
            "SAINT–DENIS",
        ] {
            assert_eq!(
                search_key(spelling),
                "saint denis",
                "{spelling:?} must find Saint-Denis"
            );
        }
        assert_eq!(
            search_key("Ste-Geneviève-des-Bois"),
            "sainte genevieve des bois"
        );
        assert_eq!(search_key("L\u{2019}Haÿ-les-Roses"), "l hay les roses");
        assert_eq!(search_key("L'Haÿ-les-Roses"), "l hay les roses");
        assert_eq!(
            search_key("Paris 16e Arrondissement"),
            "paris 16e arrondissement"
        );
    }

    #[test]
    fn abbreviations_are_only_whole_words() {
        assert_eq!(
            search_key("Stains"),
            "stains",
            "a name starting with St is not a saint"
        );
        assert_eq!(search_key("Ste"), "sainte");
    }

    #[test]
    fn a_partial_query_keeps_its_last_word_and_trailing_separator() {
        assert_eq!(
            prefix_key("St"),
            "st",
            "« St » may be the start of Strasbourg"
        );
        assert_eq!(
            prefix_key("St-"),
            "saint ",
            "« St- » is a saint being typed"
        );
        assert_eq!(prefix_key("st den"), "saint den");
        assert_eq!(prefix_key("Saint-"), "saint ");
        assert_eq!(prefix_key("bobig"), "bobig");
        assert_eq!(prefix_key(""), "");
    }
}
