//! Dates and numbers as people write them, per language. Rust formats; Fluent only places the
//! result.

use chrono::{Datelike, NaiveDate};

const FR_MONTHS: [&str; 12] = [
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

/// A date in words: « 1er mars 2026 », « 12 mars 2026 », "12 March 2026". Languages without a
/// table here get the ISO form, which every reader can decode.
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
        _ => date.format("%Y-%m-%d").to_string(),
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
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn french_dates_use_premier_and_lowercase_months() {
        assert_eq!(date_long(d(2026, 3, 12), "fr"), "12\u{a0}mars\u{a0}2026");
        assert_eq!(date_long(d(2026, 3, 1), "fr"), "1er\u{a0}mars\u{a0}2026");
        assert_eq!(date_long(d(2026, 8, 15), "fr"), "15\u{a0}août\u{a0}2026");
        assert_eq!(date_long(d(2026, 11, 26), "en"), "26 November 2026");
        assert_eq!(date_short(d(2026, 3, 2), "fr"), "02/03/2026");
    }
}
