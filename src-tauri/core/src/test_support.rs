//! Helpers the unit tests of several modules share.

use chrono::NaiveDate;

/// The day `y`-`m`-`day`; panics on a day that does not exist (a test's typo).
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
