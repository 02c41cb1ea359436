//! Calendar arithmetic for legal deadlines: whole days, months and years, on calendar dates.
//!
//! French law counts a period of months or years to the day with the same number in the last
//! month, or to the last day of that month when it has no such day (the rule of art. 641 of the
//! Code de procédure civile, applied here by analogy). So 31 August + 6 months is 28 (or 29)
//! February, and 29 February + 1 year is 28 February. Where the law's counting is uncertain by a
//! day, these functions take the earlier day: a worker who files a day early loses nothing.
//!
//! Every function returns `None` instead of panicking when a date would leave chrono's range, so
//! a hostile case file cannot crash the engine.

use chrono::{Datelike, Days, Months, NaiveDate};

/// `date` plus `months` calendar months, clamped to the end of the month.
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

/// `date` minus `months` calendar months, clamped to the end of the month.
pub fn sub_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_sub_months(Months::new(months))
}

/// `date` plus `years` years; 29 February becomes 28 February in a common year.
pub fn add_years(date: NaiveDate, years: u32) -> Option<NaiveDate> {
    add_months(date, years.checked_mul(12)?)
}

/// `date` plus `days` days.
pub fn add_days(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(u64::from(days)))
}

/// `date` minus `days` days.
pub fn sub_days(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(u64::from(days)))
}

/// The last day of a validity of `years` years starting on `first_day`, both days included:
/// "+1 year −1 day". A card issued on 12 March 2026 for one year is valid until 11 March 2027.
pub fn last_day_of_years(first_day: NaiveDate, years: u32) -> Option<NaiveDate> {
    sub_days(add_years(first_day, years)?, 1)
}

/// The last day a document dated `issued` is still "less than `months` months old".
/// On `issued` + `months` months it is exactly that old, so no longer "less than".
pub fn last_day_younger_than(issued: NaiveDate, months: u32) -> Option<NaiveDate> {
    sub_days(add_months(issued, months)?, 1)
}

/// The day a person born on `birth` turns `years` (28 February for a 29 February birth in a
/// common year: the earlier day, see the module doc).
pub fn birthday(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    add_years(birth, years)
}

/// Age in whole years on `date` (0 before the first birthday; `None` if born after `date`).
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> Option<u32> {
    if birth > date {
        return None;
    }
    let mut years = u32::try_from(date.year() - birth.year()).ok()?;
    match birthday(birth, years) {
        Some(day) if day <= date => Some(years),
        _ => {
            years = years.checked_sub(1)?;
            Some(years)
        }
    }
}

/// Ages on `date` of someone born between `earliest` and `latest` (an approximate birth date):
/// `(youngest, oldest)`, the ages of one born on `latest` and of one born on `earliest`. `None`
/// when even the earliest birth is after `date`; a latest birth after `date` counts as age 0.
pub fn age_range(earliest: NaiveDate, latest: NaiveDate, date: NaiveDate) -> Option<(u32, u32)> {
    let oldest = age_on(earliest, date)?;
    let youngest = age_on(latest, date).unwrap_or(0);
    Some((youngest.min(oldest), oldest))
}

/// Her possible ages on `date`, `(youngest, oldest)`: one age twice when the birth date is exact
/// ([`age_range`] over [`crate::model::case::Person::birth_range`]), but on 28 February of a
/// common year for a birth on 29 February: her birthday is that day or 1 March, and which one
/// the law takes is not in the facts sheet (legal audit, 2026-12-07: the deadlines said « à
/// confirmer » of the day while the routes read an adult at [V]). Both ages then, as for an
/// approximate birth date: no outcome is given on a guessed age.
pub fn ages_of(person: &crate::model::case::Person, date: NaiveDate) -> Option<(u32, u32)> {
    let (earliest, latest) = person.birth_range()?;
    let (youngest, oldest) = age_range(earliest, latest, date)?;
    let leap_birthday = person.born_on_leap_day()
        && date.month() == 2
        && date.day() == 28
        && NaiveDate::from_ymd_opt(date.year(), 2, 29).is_none()
        && date.year() > earliest.year();
    Some(if leap_birthday {
        (youngest.saturating_sub(1), oldest)
    } else {
        (youngest, oldest)
    })
}

/// Whether someone of ages `ages` ([`ages_of`]) is under `years`: `None` when the birth date is not
/// known, or approximate with `years` inside the range (she may be either side of it).
pub fn under(ages: Option<(u32, u32)>, years: u32) -> Option<bool> {
    let (youngest, oldest) = ages?;
    if oldest < years {
        Some(true)
    } else if youngest >= years {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::d;

    #[test]
    fn one_year_of_validity_ends_the_day_before_the_anniversary() {
        assert_eq!(last_day_of_years(d(2026, 3, 12), 1), Some(d(2027, 3, 11)));
        assert_eq!(last_day_of_years(d(2026, 1, 1), 1), Some(d(2026, 12, 31)));
        assert_eq!(
            last_day_of_years(d(2024, 2, 29), 1),
            Some(d(2025, 2, 27)),
            "earlier day for a leap day"
        );
        assert_eq!(
            last_day_of_years(d(2023, 3, 1), 1),
            Some(d(2024, 2, 29)),
            "a leap year has its 29 February"
        );
    }

    #[test]
    fn six_months_from_a_month_end_clamps_to_the_shorter_month() {
        assert_eq!(add_months(d(2026, 8, 31), 6), Some(d(2027, 2, 28)));
        assert_eq!(add_months(d(2027, 8, 31), 6), Some(d(2028, 2, 29)));
        assert_eq!(
            last_day_younger_than(d(2026, 8, 31), 6),
            Some(d(2027, 2, 27))
        );
        assert_eq!(
            last_day_younger_than(d(2026, 11, 2), 6),
            Some(d(2027, 5, 1))
        );
    }

    #[test]
    fn an_approximate_birth_gives_the_ages_of_its_first_and_last_days() {
        // Born « 2008 », on 15 June 2026: 18 if born in January, 17 if born in December.
        assert_eq!(
            age_range(d(2008, 1, 1), d(2008, 12, 31), d(2026, 6, 15)),
            Some((17, 18))
        );
        assert_eq!(
            age_range(d(1990, 1, 1), d(1990, 12, 31), d(2026, 6, 15)),
            Some((35, 36))
        );
        assert_eq!(
            age_range(d(2026, 1, 1), d(2026, 12, 31), d(2026, 6, 15)),
            Some((0, 0))
        );
    }

    #[test]
    fn age_counts_whole_years_and_leap_day_births() {
        assert_eq!(age_on(d(2008, 5, 10), d(2026, 5, 9)), Some(17));
        assert_eq!(age_on(d(2008, 5, 10), d(2026, 5, 10)), Some(18));
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 27)), Some(17));
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28)), Some(18));
        assert_eq!(age_on(d(2030, 1, 1), d(2026, 1, 1)), None);
    }

    #[test]
    fn arithmetic_at_the_edge_of_the_calendar_gives_none_not_a_panic() {
        assert_eq!(add_years(NaiveDate::MAX, 1), None);
        assert_eq!(sub_days(NaiveDate::MIN, 1), None);
        assert_eq!(
            age_on(NaiveDate::MIN, NaiveDate::MAX).map(|a| a > 0),
            Some(true)
        );
    }
}
