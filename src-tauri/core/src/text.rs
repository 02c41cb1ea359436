//! Text folding for search and sorting: case, accents and ligatures removed, so that « Éloïse »,
//! « eloise » and « ELOISE » meet.
//!
//! A Latin letter loses its accents by canonical decomposition (`unicode-normalization`), whether
//! it was typed precomposed or followed by combining marks; the Latin letters that do not
//! decompose (æ, œ, ß, þ, đ, ð, ħ, ı, ŀ, ł, ø, ŧ) are spelled out. Other scripts are only
//! lower-cased, their marks kept: « Й » is not « И » to a Russian reader. (`deunicode` was
//! declined: it transliterates every script, so a Cyrillic name would sort among Latin ones.)

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// True when `s` is a telephone number as a letter's head prints one: digits, with the spaces,
/// dots, dashes, brackets and `+` people write them with. « appelez-moi » is not (letters audit,
/// 2026-12-06: « Tél. : appelez-moi » in the letter she signs).
pub fn is_phone_number(s: &str) -> bool {
    let s = s.trim();
    let dialable = |c: char| c.is_ascii_digit() || " +.-()\u{a0}".contains(c);
    s.chars().all(dialable) && s.chars().any(|c| c.is_ascii_digit())
}

/// A name or a label inside a sentence, after a colon (« Accepté à la place : carte nationale
/// d'identité », « Passeport : entre les mains des auteurs »): its capital made small, an
/// acronym's kept (« CERPR ») (PDF review, 2026-12-07: « Attestation consulaire …, Carte
/// nationale d'identité » mid-sentence).
pub fn lower_initial(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(name[first.len_utf8()..].chars())
            .collect(),
        _ => name.to_string(),
    }
}

/// Folds `s` to lower-case ASCII where a Latin base letter exists.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    // True while the marks that follow belong to a Latin letter: they are dropped.
    let mut latin = false;
    // True once a letter or mark of another script is kept: the result is then recomposed.
    let mut other_script = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            if !latin {
                out.push(c);
                other_script = true;
            }
            continue;
        }
        latin = true;
        match c {
            'Æ' | 'æ' => out.push_str("ae"),
            'Œ' | 'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'Þ' | 'þ' => out.push_str("th"),
            'Đ' | 'đ' | 'Ð' | 'ð' => out.push('d'),
            'Ħ' | 'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'Ŀ' | 'ŀ' | 'Ł' | 'ł' => out.push('l'),
            'Ø' | 'ø' => out.push('o'),
            'Ŧ' | 'ŧ' => out.push('t'),
            c if c.is_ascii_alphabetic() => out.push(c.to_ascii_lowercase()),
            c => {
                latin = false;
                match c {
                    // Apostrophes and dashes of every kind read as one.
                    '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
                    '\u{2010}'..='\u{2015}' => out.push('-'),
                    c => {
                        other_script |= !c.is_ascii();
                        out.extend(c.to_lowercase());
                    }
                }
            }
        }
    }
    if other_script {
        out.nfc().collect()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{fold, lower_initial};

    #[test]
    fn a_document_named_in_a_sentence_starts_small_but_an_acronym_stays() {
        assert_eq!(
            lower_initial("Carte nationale d’identité"),
            "carte nationale d’identité"
        );
        assert_eq!(lower_initial("Étiquette"), "étiquette");
        assert_eq!(lower_initial("Консульська картка"), "консульська картка");
        assert_eq!(lower_initial("CERPR signé"), "CERPR signé");
        assert_eq!(lower_initial("护照"), "护照");
        assert_eq!(lower_initial(""), "");
    }

    #[test]
    fn folds_french_and_vietnamese_letters() {
        assert_eq!(fold("Éloïse"), "eloise");
        assert_eq!(fold("CŒUR"), "coeur");
        assert_eq!(fold("Nguyễn Thị Ánh"), "nguyen thi anh");
        assert_eq!(fold("L\u{2019}Haÿ-les-Roses"), "l'hay-les-roses");
        assert_eq!(fold("Олена"), "олена", "Cyrillic is lower-cased only");
    }

    #[test]
    fn accents_typed_as_combining_marks_fold_too_and_other_scripts_keep_theirs() {
        assert_eq!(fold("E\u{301}loi\u{308}se"), "eloise");
        assert_eq!(fold("Nguye\u{302}\u{303}n"), "nguyen");
        assert_eq!(fold("ŁÓDŹ Ørsted Straße"), "lodz orsted strasse");
        assert_eq!(fold("Йосип"), "йосип", "Й keeps its breve, precomposed");
        assert_eq!(fold("Ἀθῆναι"), "ἀθῆναι", "Greek keeps its accents");
    }
}
