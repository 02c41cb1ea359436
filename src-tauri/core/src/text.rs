//! Text folding for search and sorting: case, accents and ligatures removed, so that « Éloïse »,
//! « eloise » and « ELOISE » meet. Covers the Latin letters of French and of the languages
//! Passerelle's users most often write names in; other scripts are only lower-cased.

/// Folds `s` to lower-case ASCII where a Latin base letter exists.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'À'..='Å'
            | 'à'..='å'
            | 'Ā'
            | 'ā'
            | 'Ă'
            | 'ă'
            | 'Ą'
            | 'ą'
            | 'Ǎ'
            | 'ǎ'
            | 'Ạ'
            | 'ạ'
            | 'Ả'
            | 'ả'
            | 'Ấ'..='ặ' => out.push('a'),
            'Æ' | 'æ' => out.push_str("ae"),
            'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => out.push('c'),
            'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => out.push('d'),
            'È'..='Ë'
            | 'è'..='ë'
            | 'Ē'
            | 'ē'
            | 'Ĕ'
            | 'ĕ'
            | 'Ė'
            | 'ė'
            | 'Ę'
            | 'ę'
            | 'Ě'
            | 'ě'
            | 'Ẹ'
            | 'ẹ'
            | 'Ẻ'
            | 'ẻ'
            | 'Ẽ'
            | 'ẽ'
            | 'Ế'..='ệ' => out.push('e'),
            'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => out.push('g'),
            'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => out.push('h'),
            'Ì'..='Ï'
            | 'ì'..='ï'
            | 'Ĩ'
            | 'ĩ'
            | 'Ī'
            | 'ī'
            | 'Ĭ'
            | 'ĭ'
            | 'Į'
            | 'į'
            | 'İ'
            | 'ı'
            | 'Ỉ'
            | 'ỉ'
            | 'Ị'
            | 'ị' => out.push('i'),
            'Ĵ' | 'ĵ' => out.push('j'),
            'Ķ' | 'ķ' => out.push('k'),
            'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => out.push('l'),
            'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => out.push('n'),
            'Ò'..='Ö'
            | 'Ø'
            | 'ò'..='ö'
            | 'ø'
            | 'Ō'
            | 'ō'
            | 'Ŏ'
            | 'ŏ'
            | 'Ő'
            | 'ő'
            | 'Ơ'
            | 'ơ'
            | 'Ọ'
            | 'ọ'
            | 'Ỏ'
            | 'ỏ'
            | 'Ố'..='ợ' => out.push('o'),
            'Œ' | 'œ' => out.push_str("oe"),
            'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => out.push('r'),
            'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => out.push('s'),
            'ß' => out.push_str("ss"),
            'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => out.push('t'),
            'Ù'..='Ü'
            | 'ù'..='ü'
            | 'Ũ'
            | 'ũ'
            | 'Ū'
            | 'ū'
            | 'Ŭ'
            | 'ŭ'
            | 'Ů'
            | 'ů'
            | 'Ű'
            | 'ű'
            | 'Ų'
            | 'ų'
            | 'Ư'
            | 'ư'
            | 'Ụ'
            | 'ụ'
            | 'Ủ'
            | 'ủ'
            | 'Ứ'..='ự' => out.push('u'),
            'Ŵ' | 'ŵ' => out.push('w'),
            'Ý' | 'ý' | 'ÿ' | 'Ÿ' | 'Ŷ' | 'ŷ' | 'Ỳ' | 'ỳ' | 'Ỵ' | 'ỵ' | 'Ỷ' | 'ỷ' | 'Ỹ' | 'ỹ' => {
                out.push('y')
            }
            'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => out.push('z'),
            'Þ' | 'þ' => out.push_str("th"),
            // Apostrophes and dashes of every kind read as one.
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            '\u{2010}'..='\u{2015}' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_french_and_vietnamese_letters() {
        assert_eq!(fold("Éloïse"), "eloise");
        assert_eq!(fold("CŒUR"), "coeur");
        assert_eq!(fold("Nguyễn Thị Ánh"), "nguyen thi anh");
        assert_eq!(fold("L\u{2019}Haÿ-les-Roses"), "l'hay-les-roses");
        assert_eq!(fold("Олена"), "олена", "Cyrillic is lower-cased only");
    }
}
