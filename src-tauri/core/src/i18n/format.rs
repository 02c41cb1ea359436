//! Dates and numbers as people write them, per language. Rust formats; Fluent only places the
//! result.

use chrono::{Datelike, NaiveDate};

pub(crate) const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const PT_MONTHS: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
/// Genitive forms, as Russian writes dates.
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
/// Genitive forms, as Ukrainian writes dates.
const UK_MONTHS: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];
const SQ_MONTHS: [&str; 12] = [
    "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
    "nëntor", "dhjetor",
];
const RO_MONTHS: [&str; 12] = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
];
const BG_MONTHS: [&str; 12] = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
];

/// A time of day, `HH:MM` as the forms store it, as `lang` writes it: « 14 h 30 », « 9 h »
/// (French administrative usage, the parts joined with U+00A0), "14:30" otherwise. Anything else
/// is given back as it is.
pub fn time_of_day(hhmm: &str, lang: &str) -> String {
    let Some((h, m)) = hhmm.split_once(':') else {
        return hhmm.to_string();
    };
    let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) else {
        return hhmm.to_string();
    };
    match lang {
        "fr" if m == 0 => format!("{h}\u{a0}h"),
        "fr" => format!("{h}\u{a0}h\u{a0}{m:02}"),
        _ => format!("{h:02}:{m:02}"),
    }
}

/// A whole number as `lang` writes it: « 2 000 » in French (thousands set off by U+202F, as the
/// Imprimerie nationale does), "2,000" in English; below 10,000 French also groups (« 2 000
/// caractères »), years aside, which are never given here.
pub fn integer(n: u64, lang: &str) -> String {
    let digits = n.to_string();
    let separator = match lang {
        "fr" => "\u{202F}",
        "en" => ",",
        _ => return digits,
    };
    let mut out = String::with_capacity(digits.len() + 8);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(d);
    }
    out
}

/// A date in words: « 1er mars 2026 », « 12 mars 2026 », "12 March 2026", « 12 марта 2026 г. ».
/// Languages without a table here get the ISO form, which every reader can decode. Except in
/// English, the parts are joined with U+00A0 so that a date never breaks across lines.
pub fn date_long(date: NaiveDate, lang: &str) -> String {
    let month = date.month0() as usize;
    match lang {
        "fr" => {
            let day = if date.day() == 1 {
                "1er".to_string()
            } else {
                date.day().to_string()
            };
            // U+00A0 keeps « 12 mars » on one line.
            format!("{day}\u{a0}{}\u{a0}{}", FR_MONTHS[month], date.year())
        }
        "en" => format!("{} {} {}", date.day(), EN_MONTHS[month], date.year()),
        "es" => format!(
            "{}\u{a0}de\u{a0}{}\u{a0}de\u{a0}{}",
            date.day(),
            ES_MONTHS[month],
            date.year()
        ),
        "pt" => format!(
            "{}\u{a0}de\u{a0}{}\u{a0}de\u{a0}{}",
            date.day(),
            PT_MONTHS[month],
            date.year()
        ),
        "ru" => format!(
            "{}\u{a0}{}\u{a0}{}\u{a0}г.",
            date.day(),
            RU_MONTHS[month],
            date.year()
        ),
        "uk" => format!(
            "{}\u{a0}{}\u{a0}{}\u{a0}р.",
            date.day(),
            UK_MONTHS[month],
            date.year()
        ),
        "sq" => format!(
            "{}\u{a0}{}\u{a0}{}",
            date.day(),
            SQ_MONTHS[month],
            date.year()
        ),
        // Vietnamese writes « ngày 26 tháng 11 năm 2026 »; « ngày » (day) belongs to the sentence.
        "vi" => format!(
            "{}\u{a0}tháng\u{a0}{}\u{a0}năm\u{a0}{}",
            date.day(),
            date.month(),
            date.year()
        ),
        "ro" => format!(
            "{}\u{a0}{}\u{a0}{}",
            date.day(),
            RO_MONTHS[month],
            date.year()
        ),
        "bg" => format!(
            "{}\u{a0}{}\u{a0}{}\u{a0}г.",
            date.day(),
            BG_MONTHS[month],
            date.year()
        ),
        // Month names differ between the Maghreb (« نونبر », « نوفمبر ») and the Mashriq
        // (« تشرين الثاني »): figures, with Western digits as the Maghreb writes them, read the
        // same everywhere. Day first, as in French.
        "ar" => date.format("%d/%m/%Y").to_string(),
        "zh" => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

/// A date known only to the year or the month, in words: « 1998 », « avril 1998 »
/// (« April 1998 »); the day is never shown. Languages whose month names are declined for a day
/// (Russian, Ukrainian) write the month in figures: « 04.1998 ».
pub fn approx_date_long(
    date: NaiveDate,
    precision: crate::model::case::DatePrecision,
    lang: &str,
) -> String {
    use crate::model::case::DatePrecision;
    let month = date.month0() as usize;
    let year = date.year();
    match (precision, lang) {
        (DatePrecision::Year, _) => year.to_string(),
        (DatePrecision::Month, "fr") => format!("{}\u{a0}{year}", FR_MONTHS[month]),
        (DatePrecision::Month, "en") => format!("{} {year}", EN_MONTHS[month]),
        (DatePrecision::Month, "es") => format!("{}\u{a0}de\u{a0}{year}", ES_MONTHS[month]),
        (DatePrecision::Month, "pt") => format!("{}\u{a0}de\u{a0}{year}", PT_MONTHS[month]),
        (DatePrecision::Month, "sq") => format!("{}\u{a0}{year}", SQ_MONTHS[month]),
        (DatePrecision::Month, "vi") => format!("tháng\u{a0}{}\u{a0}năm\u{a0}{year}", date.month()),
        (DatePrecision::Month, "ro") => format!("{}\u{a0}{year}", RO_MONTHS[month]),
        (DatePrecision::Month, "bg") => format!("{}\u{a0}{year}\u{a0}г.", BG_MONTHS[month]),
        (DatePrecision::Month, "ar") => date.format("%m/%Y").to_string(),
        (DatePrecision::Month, "zh") => format!("{year}年{}月", date.month()),
        (DatePrecision::Month, "ru" | "uk") => date.format("%m.%Y").to_string(),
        (DatePrecision::Month, _) => date.format("%Y-%m").to_string(),
    }
}

/// A date known only to the year or the month, as typed: « 1998 », « 04/1998 ».
pub fn approx_date_short(date: NaiveDate, precision: crate::model::case::DatePrecision) -> String {
    match precision {
        crate::model::case::DatePrecision::Year => date.format("%Y").to_string(),
        crate::model::case::DatePrecision::Month => date.format("%m/%Y").to_string(),
    }
}

/// What separates the items of a list: « ، » in Arabic, « 、 » in Chinese, a comma elsewhere.
pub fn list_separator(lang: &str) -> &'static str {
    match lang {
        "ar" => "، ",
        "zh" => "、",
        _ => ", ",
    }
}

/// What separates items that hold commas themselves (sources, lines of an address): a
/// semicolon, after a narrow no-break space in French (« art. L. 425-1 ; art. R. 425-5 »).
pub fn semicolon_separator(lang: &str) -> &'static str {
    match lang {
        "fr" => "\u{202F}; ",
        "ar" => "؛ ",
        "zh" => "；",
        _ => "; ",
    }
}

/// A short numeric date: 12/03/2026 in French, 12/03/2026 in British English too.
pub fn date_short(date: NaiveDate, lang: &str) -> String {
    match lang {
        "fr" | "en" => date.format("%d/%m/%Y").to_string(),
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::integer;

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        assert_eq!(integer(2000, "fr"), "2\u{202F}000");
        assert_eq!(integer(16_777_216, "fr"), "16\u{202F}777\u{202F}216");
        assert_eq!(integer(200, "fr"), "200");
        assert_eq!(integer(2000, "en"), "2,000");
        assert_eq!(integer(2000, "uk"), "2000");
    }

    #[test]
    fn a_time_of_day_is_written_the_french_way_in_french() {
        assert_eq!(super::time_of_day("14:30", "fr"), "14\u{a0}h\u{a0}30");
        assert_eq!(super::time_of_day("09:00", "fr"), "9\u{a0}h");
        assert_eq!(super::time_of_day("09:05", "en"), "09:05");
        assert_eq!(super::time_of_day("bientôt", "fr"), "bientôt");
    }

    use super::*;

    use crate::test_support::d;

    #[test]
    fn an_approximate_date_never_shows_a_day() {
        use crate::model::case::DatePrecision::{Month, Year};
        assert_eq!(
            approx_date_long(d(1998, 4, 1), Month, "fr"),
            "avril\u{a0}1998"
        );
        assert_eq!(approx_date_long(d(1998, 4, 1), Month, "en"), "April 1998");
        assert_eq!(approx_date_long(d(1998, 1, 1), Year, "fr"), "1998");
        assert_eq!(approx_date_short(d(1998, 4, 1), Month), "04/1998");
        assert_eq!(approx_date_short(d(1998, 1, 1), Year), "1998");
    }

    #[test]
    fn french_dates_use_premier_and_lowercase_months() {
        assert_eq!(date_long(d(2026, 3, 12), "fr"), "12\u{a0}mars\u{a0}2026");
        assert_eq!(date_long(d(2026, 3, 1), "fr"), "1er\u{a0}mars\u{a0}2026");
        assert_eq!(date_long(d(2026, 8, 15), "fr"), "15\u{a0}août\u{a0}2026");
        assert_eq!(date_long(d(2026, 11, 26), "en"), "26 November 2026");
        assert_eq!(date_short(d(2026, 3, 2), "fr"), "02/03/2026");
    }

    #[test]
    fn person_languages_write_dates_their_own_way() {
        let nov = d(2026, 11, 26);
        let cases = [
            ("es", "26 de noviembre de 2026"),
            ("pt", "26 de novembro de 2026"),
            ("ru", "26 ноября 2026 г."),
            ("uk", "26 листопада 2026 р."),
            ("sq", "26 nëntor 2026"),
            ("vi", "26 tháng 11 năm 2026"),
            ("ro", "26 noiembrie 2026"),
            ("bg", "26 ноември 2026 г."),
            ("ar", "26/11/2026"),
            ("zh", "2026年11月26日"),
        ];
        for (lang, expected) in cases {
            assert_eq!(
                date_long(nov, lang).replace('\u{a0}', " "),
                expected,
                "{lang}"
            );
            assert!(
                !date_long(nov, lang).contains(' '),
                "{lang}: a date must not break across lines"
            );
        }
        assert_eq!(
            date_long(d(2026, 3, 1), "ru").replace('\u{a0}', " "),
            "1 марта 2026 г."
        );
        assert_eq!(
            date_long(nov, "ti"),
            "2026-11-26",
            "unknown languages get ISO dates"
        );
    }
}
