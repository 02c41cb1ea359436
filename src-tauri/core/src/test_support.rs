//! Helpers the unit tests of several modules share.

use chrono::NaiveDate;

/// The day `y`-`m`-`day`; panics on a day that does not exist (a test's typo).
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// `text` with its non-breaking spaces made plain and Fluent's isolation marks dropped: what a
/// test compares a worded message with.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Her consent to the case being kept, given on `day`: a day of hers in France, for the rules
/// that ask whether she was there before 18 (`deadlines::here_as_a_minor`).
pub fn consent_given_on(day: NaiveDate) -> crate::model::case::Consent {
    use crate::model::case::{Consent, ConsentDecision, ConsentStatus};
    Consent {
        storage: Some(ConsentDecision {
            status: ConsentStatus::Given,
            date: Some(day),
        }),
        ..Consent::default()
    }
}
