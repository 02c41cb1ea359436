//! Property tests of the deadline arithmetic: month ends, leap years, windows that cross a year,
//! "+1 year −1 day", ages. Dates range over 1950–2150, leap days and 31sts included.

use chrono::{Datelike, Duration, NaiveDate};
use passerelle_core::legal::dates::{
    add_months, age_on, birthday, last_day_of_years, last_day_younger_than,
};
use passerelle_core::legal::deadlines::renewal_window;
use passerelle_core::legal::RulePack;
use passerelle_core::model::case::PermitKind;
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // Days from 1950-01-01 to about 2150: every month end and every 29 February in between.
    (0i64..73_000).prop_map(|d| NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + Duration::days(d))
}

fn month_end(date: NaiveDate) -> bool {
    (date + Duration::days(1)).month() != date.month()
}

proptest! {
    #[test]
    fn adding_months_keeps_the_day_or_clamps_to_the_month_end(d in any_date(), m in 0u32..240) {
        let r = add_months(d, m).unwrap();
        let months = (r.year() - d.year()) * 12 + r.month() as i32 - d.month() as i32;
        prop_assert_eq!(months, m as i32, "exactly m calendar months later");
        if r.day() != d.day() {
            prop_assert!(r.day() < d.day() && month_end(r), "only a shorter month may move the day, to its end");
        }
    }

    #[test]
    fn one_year_minus_one_day_is_the_eve_of_the_anniversary(d in any_date()) {
        let last = last_day_of_years(d, 1).unwrap();
        let span = (last - d).num_days() + 1;
        prop_assert!(span == 365 || span == 366,
            "a one-year validity covers a whole year, both ends included: {} days from {}", span, d);
        if !(d.month() == 2 && d.day() == 29) {
            let next = last + Duration::days(1);
            prop_assert_eq!((next.month(), next.day()), (d.month(), d.day()), "the day after is the anniversary");
        } else {
            prop_assert_eq!((last.month(), last.day()), (2, 27), "29 February: the earlier day, 27 February");
        }
    }

    #[test]
    fn ten_years_minus_one_day_ends_before_the_tenth_anniversary(d in any_date()) {
        let last = last_day_of_years(d, 10).unwrap();
        prop_assert!(last < birthday(d, 10).unwrap());
        prop_assert_eq!(last.year(), d.year() + 10 - i32::from(d.month() == 1 && d.day() == 1));
    }

    #[test]
    fn a_document_is_fresh_until_the_eve_of_its_sixth_month(d in any_date()) {
        let last = last_day_younger_than(d, 6).unwrap();
        let six_months = add_months(d, 6).unwrap();
        prop_assert_eq!(last + Duration::days(1), six_months, "fresh the day before, too old on the day");
        prop_assert!((last - d).num_days() >= 180 && (last - d).num_days() <= 183);
    }

    #[test]
    fn the_anef_window_is_day_120_to_day_60_even_across_a_year(expires in any_date()) {
        let (opens, closes) = renewal_window(RulePack::embedded(), PermitKind::CstVpf, expires).unwrap();
        prop_assert_eq!((expires - opens).num_days(), 120);
        prop_assert_eq!((expires - closes).num_days(), 60);
        prop_assert!(opens < closes && closes < expires);
    }

    #[test]
    fn the_aps_window_is_the_two_months_before_expiry(expires in any_date()) {
        let (opens, closes) = renewal_window(RulePack::embedded(), PermitKind::Aps, expires).unwrap();
        prop_assert_eq!(closes + Duration::days(1), expires);
        // « Dans le courant des deux mois précédant l'expiration »: never more than two months
        // (30 April → 1 March, 30 August → 1 July), and not a day less.
        prop_assert!(add_months(opens, 2).unwrap() > expires, "{} opens too early", opens);
        prop_assert!(add_months(opens - Duration::days(1), 2).unwrap() <= expires, "{} opens too late", opens);
    }

    #[test]
    fn age_goes_up_by_one_exactly_on_the_birthday(birth in any_date(), years in 1u32..60) {
        let day = birthday(birth, years).unwrap();
        prop_assert_eq!(age_on(birth, day), Some(years));
        prop_assert_eq!(age_on(birth, day - Duration::days(1)), Some(years - 1));
    }
}

/// « Dans le courant des deux mois précédant l'expiration », at month ends (legal review and
/// verification, 2026-12-05: 28 February, 30 June and 29 December were given).
#[test]
fn the_two_month_window_opens_on_the_first_day_two_months_before_the_end() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    for (expires, opens) in [
        (d(2026, 4, 30), d(2026, 3, 1)),
        (d(2027, 8, 30), d(2027, 7, 1)),
        (d(2013, 2, 28), d(2013, 1, 1)),
        (d(2026, 12, 31), d(2026, 11, 1)),
        (d(2027, 4, 28), d(2027, 3, 1)),
        (d(2026, 6, 15), d(2026, 4, 16)),
    ] {
        let (first, _) = renewal_window(RulePack::embedded(), PermitKind::Aps, expires).unwrap();
        assert_eq!(first, opens, "valid until {expires}");
    }
}

#[test]
fn a_leap_day_birth_turns_18_on_28_february_in_a_common_year() {
    let birth = NaiveDate::from_ymd_opt(2008, 2, 29).unwrap();
    assert_eq!(
        birthday(birth, 18),
        NaiveDate::from_ymd_opt(2026, 2, 28),
        "the earlier day"
    );
    assert_eq!(
        birthday(birth, 16),
        NaiveDate::from_ymd_opt(2024, 2, 29),
        "a leap year keeps it"
    );
}
