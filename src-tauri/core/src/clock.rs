//! Time comes from here and nowhere else: the UI never sends timestamps, and tests fix the date.

use chrono::{DateTime, Local, NaiveDate, Utc};

/// A source of the current time.
pub trait Clock: Send + Sync {
    /// The current instant, UTC.
    fn now(&self) -> DateTime<Utc>;
    /// Today's date where the user is (deadlines are calendar dates in France).
    fn today(&self) -> NaiveDate;
}

/// The machine's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock stopped at one instant, for tests.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock {
    now: DateTime<Utc>,
}

impl FixedClock {
    /// A clock whose `today()` is `date` and whose `now()` is noon UTC that day.
    pub fn on(date: NaiveDate) -> Self {
        let now = date
            .and_hms_opt(12, 0, 0)
            .expect("BUG: noon exists every day")
            .and_utc();
        FixedClock { now }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.now
    }
    fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }
}

/// The machine's clock on a day fixed by the user (`passerelle-cli --today`): computations count
/// from that day, while what is recorded (the audit log) keeps the real time.
#[derive(Debug, Clone, Copy)]
pub struct FixedDay(pub NaiveDate);

impl Clock for FixedDay {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn today(&self) -> NaiveDate {
        self.0
    }
}
