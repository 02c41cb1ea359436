//! Search keys: what the full-text index holds for a case, and how a typed query meets it.
//!
//! A name reaches a worker in many spellings: as the person writes it (« Тестенко »), as her
//! passport transliterates it (« Testenko »), as a French form or a hurried note has it
//! (« Testenco », « Chevtchenko » for « Shevchenko »). Each word is reduced to a **key** in which
//! those spellings meet: case and accents dropped ([`fold`]), Cyrillic transliterated, and the
//! letters that transliterations disagree on merged into one class (`ш ч sh ch tch sch š č` → `x`,
//! `ж zh j dj dzh ž` → `j`, `г х h kh gh` → `g`, `c q ck k` → `k`, `y i й ы і ї` → `i`, `ou u` →
//! `u`, `w v` → `v`, `ph f` → `f`, `th t` → `t`, `ie ye є` → `e` where a word starts), doubled
//! letters made single. The
//! index holds only keys; a query is keyed the same way, so both sides agree by construction. Merging
//! finds more than the exact spelling, never less: a search is a place to find a person, and a
//! false hit costs a glance where a miss costs a duplicate case.
//!
//! References (PV, ANEF, AGDREF, parquet) and the phone number are indexed word by word and as one
//! run of letters and digits, so « 2026/12345 », « 202612345 » and « PV 2026 » all find
//! « PV 2026/12345 »; a French phone number is also indexed in its national form
//! (« +33 6 12 34 56 78 » is found as « 06 12 34 56 78 »).
//!
//! Every word of a query is a prefix: « Oka Ami » finds « OKAFOR Amina ». A word typed halfway
//! through a letter group (« Shevc », whose next letter may make « ch ») is matched on the part of
//! its key that no continuation can change.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::text::fold;

/// What the index holds for a case whose names are `names` and whose references (numbers, phone)
/// are `references`: the keys of every word, space-separated.
pub fn terms<'a>(
    names: impl IntoIterator<Item = &'a str>,
    references: impl IntoIterator<Item = &'a str>,
) -> String {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        out.extend(words(name).iter().map(|w| key(w)));
    }
    for reference in references {
        out.extend(words(reference).iter().map(|w| key(w)));
        out.extend(runs(reference));
    }
    out.retain(|k| !k.is_empty());
    out.join(" ")
}

/// The full-text query (FTS5 syntax) for what a person typed; `None` when it holds no word (list
/// everything).
pub fn query(typed: &str) -> Option<String> {
    let mut terms: Vec<String> = words(typed)
        .iter()
        .map(|w| prefix_key(w))
        .filter(|k| !k.is_empty())
        .map(|k| format!("\"{k}\"*"))
        .collect();
    if terms.is_empty() {
        return None;
    }
    let all_words = terms.join(" AND ");
    // « 06 12 34 56 78 » or « 2026/12345 » typed in pieces: also the whole run, as indexed.
    if terms.len() > 1 && typed.chars().any(|c| c.is_ascii_digit()) {
        terms = vec![format!("({all_words})")];
        terms.extend(runs(typed).map(|run| format!("\"{run}\"*")));
        return Some(terms.join(" OR "));
    }
    Some(all_words)
}

/// The full-text query that finds the cases holding every word of `names` as a whole word of a
/// name or other name, in any spelling the keys merge (« Тестенко Олена » finds « TESTENKO
/// Olena »): the namesakes of a case being opened. `None` when `names` has no word.
pub fn same_name_query(names: &str) -> Option<String> {
    let terms: Vec<String> = words(names)
        .iter()
        .map(|w| key(w))
        .filter(|k| !k.is_empty())
        .map(|k| format!("\"{k}\""))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The words of `text`: runs of letters, digits and the marks on them, composed first (review,
/// 2026-12-04: « Amélie » typed with a combining accent, as macOS and some keyboards write it,
/// was cut into « Ame » and « lie » and never met « Amélie »).
fn words(text: &str) -> Vec<String> {
    let text: String = text.nfc().collect();
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// `text` as one run of letters and digits (« PV 2026/12345 » → `pv202612345`), and a French
/// phone number's national form beside its international one; nothing for a single word (its key
/// is already indexed).
fn runs(text: &str) -> impl Iterator<Item = String> {
    let pieces = words(text);
    let run: String = if pieces.len() > 1 {
        fold(&pieces.concat())
    } else {
        String::new()
    };
    let national = ["0033", "33"].iter().find_map(|country| {
        let rest = run.strip_prefix(country)?;
        (rest.len() == 9 && rest.bytes().all(|b| b.is_ascii_digit())).then(|| format!("0{rest}"))
    });
    [Some(run), national]
        .into_iter()
        .flatten()
        .filter(|r| !r.is_empty())
}

/// The key of one word (see the module documentation).
pub fn key(word: &str) -> String {
    let mut latin = String::with_capacity(word.len() + 4);
    // Compatibility forms as the letters they stand for: the full-width « ＥＸＥＭＰＬＥ » a Chinese
    // keyboard types, a ligature « ﬁ » (security review, 2026-12-05: a full-width name escaped
    // the « same name » warning).
    for c in word.nfkc().flat_map(char::to_lowercase) {
        match transliterate(c) {
            Some(letters) => latin.push_str(letters),
            None => latin.push(c),
        }
    }
    let chars: Vec<char> = fold(&latin).chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let (a, b, c) = (at(i), at(i + 1), at(i + 2));
        let (class, used): (&str, usize) = match (a, b, c) {
            ('t' | 's', 'c', 'h') => ("x", 3),
            ('d', 'z', 'h') => ("j", 3),
            ('s' | 'c', 'h', _) => ("x", 2),
            ('z', 'h', _) | ('d', 'j', _) => ("j", 2),
            ('k' | 'g', 'h', _) => ("g", 2),
            ('p', 'h', _) => ("f", 2),
            ('t', 'h', _) => ("t", 2),
            ('c', 'k', _) => ("k", 2),
            ('o', 'u', _) => ("u", 2),
            ('g', 'u', 'e' | 'i' | 'y') => ("g", 2),
            // « Yelena », « Ielena », « Elena »: only where a word starts (« Marie » keeps its i).
            ('i' | 'y', 'e', _) if i == 0 => ("e", 2),
            ('t', 'z', _) => ("ts", 2),
            ('c' | 'q', _, _) => ("k", 1),
            ('x', _, _) => ("ks", 1),
            ('h', _, _) => ("g", 1),
            ('w', _, _) => ("v", 1),
            ('y', _, _) => ("i", 1),
            _ => {
                out.push(a);
                i += 1;
                continue;
            }
        };
        out.push_str(class);
        i += used;
    }
    single_letters(&out)
}

/// The part of `word`'s key that every continuation of `word` keeps: what a prefix search can
/// rely on when the word may be unfinished.
fn prefix_key(word: &str) -> String {
    let full = key(word);
    if word.chars().last().is_some_and(|c| c.is_ascii_digit()) {
        return full;
    }
    // Letter groups are at most three letters long: two more letters settle any group the word
    // ends in.
    let mut common = full.clone();
    let mut next = String::with_capacity(word.len() + 2);
    for first in 'a'..='z' {
        for second in 'a'..='z' {
            next.clear();
            next.push_str(word);
            next.push(first);
            next.push(second);
            let continued = key(&next);
            let shared = common
                .char_indices()
                .zip(continued.chars())
                .take_while(|((_, x), y)| x == y)
                .last()
                .map_or(0, |((i, x), _)| i + x.len_utf8());
            common.truncate(shared);
        }
    }
    // A single letter whose group is undecided (« c », « s »): its own key, rather than nothing.
    if common.is_empty() {
        full
    } else {
        common
    }
}

/// `key` with every run of one letter made single (« Anna », « Ana »); digits are kept as typed.
fn single_letters(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut last = None;
    for c in key.chars() {
        if Some(c) == last && !c.is_ascii_digit() {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Latin letters for a lower-case Cyrillic letter (Russian, Ukrainian, Belarusian, Bulgarian,
/// Serbian, Macedonian), and the Latin letters with a caron that stand for a group (`š` = `sh`);
/// `None` for anything else.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' | 'ѓ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ie",
        'ж' | 'ž' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' | 'й' | 'ы' => "i",
        'к' | 'ќ' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' | 'č' | 'ć' | 'ћ' => "ch",
        'ш' | 'щ' | 'š' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        'ђ' | 'џ' | 'ѕ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spelling in `group` has the same key.
    fn same_key(group: &[&str]) {
        let keys: Vec<String> = group.iter().map(|w| key(w)).collect();
        assert!(
            keys.windows(2).all(|w| w[0] == w[1]),
            "{group:?} should meet: {keys:?}"
        );
    }

    /// Review, 2026-12-04: a name typed with a combining accent (as macOS writes it) was cut into
    /// two words and never met the same name typed precomposed.
    #[test]
    fn a_name_with_combining_accents_meets_its_precomposed_spelling() {
        let nfd = terms(["OKAFOR Ame\u{301}lie"], []);
        let nfc = terms(["OKAFOR Amélie"], []);
        assert_eq!(nfd, nfc);
        assert_eq!(
            same_name_query("Ame\u{301}lie Okafor"),
            same_name_query("Amélie Okafor")
        );
        assert_eq!(query("ame\u{301}l"), query("amél"));
    }

    /// A name typed in full-width letters (a Chinese keyboard) or with a ligature meets its plain
    /// spelling (security review, 2026-12-05: no « same name » warning).
    #[test]
    fn compatibility_forms_meet_their_letters() {
        assert_eq!(key("ＥＸＥＭＰＬＥ"), key("Exemple"));
        assert_eq!(key("Stéﬁ"), key("Stefi"));
    }

    #[test]
    fn transliterations_of_one_name_meet() {
        same_key(&["Testenko", "Testenco", "Тестенко", "TESTENKO"]);
        same_key(&["Shevchenko", "Chevtchenko", "Шевченко", "Ševčenko"]);
        same_key(&["Zhanna", "Janna", "Жанна"]);
        same_key(&["Iryna", "Irina", "Ирина", "Ірина"]);
        same_key(&["Hanna", "Ganna", "Ганна"]);
        same_key(&["Kharkiv", "Харків", "Garkiv"]);
        same_key(&["Yevhen", "Ievhen", "Євген", "Evgen"]);
        same_key(&["Oustinova", "Ustinova", "Устинова"]);
        same_key(&["Djamila", "Dzhamila", "Jamila", "Джамила"]);
        same_key(&["Éloïse", "eloise", "ELOISE"]);
        same_key(&["Nguyễn", "Nguyen"]);
        same_key(&["Philippe", "Filipe"]);
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(key("Okafor"), key("Adeyemi"));
        assert_ne!(key("Petrova"), key("Ivanova"));
        assert_ne!(key("Anna"), key("Inna"));
    }

    #[test]
    fn digits_are_kept_as_typed() {
        assert_eq!(key("2026"), "2026");
        assert_eq!(key("0611"), "0611", "no doubled digit is merged");
    }

    #[test]
    fn a_word_cut_inside_a_letter_group_keeps_what_no_continuation_changes() {
        // « Shevc » may go on as « Shevch… » (x) or « Shevco… » (k): only « xev » is certain.
        assert_eq!(prefix_key("Shevc"), "xev");
        assert!(key("Shevchenko").starts_with(&prefix_key("Shevc")));
        assert!(key("Testenko").starts_with(&prefix_key("Testenc")));
        assert!(key("Testenko").starts_with(&prefix_key("Тестен")));
        // A finished word still finds itself.
        for word in ["Testenko", "Okafor", "Anna", "Chevtchenko", "Zhanna"] {
            assert!(key(word).starts_with(&prefix_key(word)), "{word}");
        }
        assert_eq!(
            prefix_key("c"),
            "k",
            "a lone undecided letter keeps its own key"
        );
    }

    #[test]
    fn references_and_phones_are_indexed_whole_and_in_pieces() {
        let t = terms(["Okafor Amina"], ["PV 2026/12345", "+33 6 12 34 56 78"]);
        let tokens: Vec<&str> = t.split(' ').collect();
        for wanted in [
            "okafor",
            "amina",
            "pv",
            "2026",
            "12345",
            "pv202612345",
            "33612345678",
            "0612345678",
        ] {
            assert!(tokens.contains(&wanted), "{wanted} in {tokens:?}");
        }
    }

    #[test]
    fn queries_are_prefixes_joined_by_and_with_the_whole_run_for_numbers() {
        assert_eq!(query("  "), None);
        assert_eq!(query("Oka Ami").unwrap(), "\"oka\"* AND \"ami\"*");
        assert_eq!(
            query("06 12 34").unwrap(),
            "(\"06\"* AND \"12\"* AND \"34\"*) OR \"061234\"*"
        );
        assert_eq!(
            query("+33 6 12 34 56 78").unwrap(),
            "(\"33\"* AND \"6\"* AND \"12\"* AND \"34\"* AND \"56\"* AND \"78\"*) OR \"33612345678\"* OR \"0612345678\"*"
        );
        // Quotes and FTS operators typed by a person are never syntax.
        assert_eq!(query("\"OR\" NEAR(").unwrap(), "\"or\"* AND \"near\"*");
    }
}
