//! How often the user means to do the release.

use crate::words::catalogue::{Arg, Message};
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// How many days a week a `PerWeek` target may ask for.
pub const DAYS_A_WEEK: RangeInclusive<u8> = 1..=7;
/// How many days apart an `EveryNDays` target may be: every other day up to
/// once a month (more rarely is not a habit).
pub const DAYS_APART: RangeInclusive<u8> = 2..=30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "n", rename_all = "snake_case")]
#[derive(Default)]
pub enum Target {
    #[default]
    Daily,
    /// N days in each Monday-to-Sunday week (`DAYS_A_WEEK`).
    PerWeek(u8),
    /// Once every N days (`DAYS_APART`).
    EveryNDays(u8),
}

impl Target {
    /// The same target with its number brought into range (stored data or
    /// a link from elsewhere may carry any byte).
    pub fn clamped(self) -> Target {
        let clamp = |n: u8, r: &RangeInclusive<u8>| n.clamp(*r.start(), *r.end());
        match self {
            Target::Daily => Target::Daily,
            Target::PerWeek(n) => Target::PerWeek(clamp(n, &DAYS_A_WEEK)),
            Target::EveryNDays(n) => Target::EveryNDays(clamp(n, &DAYS_APART)),
        }
    }

    /// The target as a fraction `(times, days)`: "3 days a week" is (3, 7).
    pub fn fraction(self) -> (u32, u32) {
        match self.clamped() {
            Target::Daily => (1, 1),
            Target::PerWeek(n) => (u32::from(n), 7),
            Target::EveryNDays(n) => (1, u32::from(n)),
        }
    }

    /// Days in a Monday-to-Sunday week the target asks for: every 3 days is
    /// 3 (7 / 3, rounded up), since a week can hold three such days.
    pub fn days_a_week(self) -> u32 {
        let (times, days) = self.fraction();
        (7 * times).div_ceil(days)
    }

    pub fn is_valid(self) -> bool {
        self.clamped() == self
    }

    /// The target in the person's words ("every day", "3 días a la semana").
    pub fn said(self) -> Message {
        match self {
            Target::Daily => Message::new("target-daily"),
            Target::PerWeek(n) => Message::new("target-per-week").with("n", Arg::count(n)),
            Target::EveryNDays(n) => Message::new("target-every-n-days").with("n", Arg::count(n)),
        }
    }

    /// What `n` streak units are called ("days", "Wochen").
    pub fn unit_said(self, n: u32) -> Message {
        let key = match self {
            Target::PerWeek(_) => "target-unit-week",
            Target::Daily => "target-unit-day",
            Target::EveryNDays(_) => "target-unit-session",
        };
        Message::new(key).with("n", Arg::count(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_kept_at_their_ends() {
        assert!(Target::PerWeek(1).is_valid() && Target::PerWeek(7).is_valid());
        assert!(!Target::PerWeek(0).is_valid() && !Target::PerWeek(8).is_valid());
        assert!(Target::EveryNDays(2).is_valid() && Target::EveryNDays(30).is_valid());
        assert!(!Target::EveryNDays(1).is_valid() && !Target::EveryNDays(31).is_valid());
        assert!(Target::Daily.is_valid());
        assert_eq!(Target::PerWeek(0).clamped(), Target::PerWeek(1));
        assert_eq!(Target::PerWeek(200).clamped(), Target::PerWeek(7));
        assert_eq!(Target::EveryNDays(0).clamped(), Target::EveryNDays(2));
        assert_eq!(Target::EveryNDays(99).clamped(), Target::EveryNDays(30));
    }

    #[test]
    fn fractions_and_days_a_week() {
        assert_eq!(Target::Daily.fraction(), (1, 1));
        assert_eq!(Target::PerWeek(3).fraction(), (3, 7));
        assert_eq!(Target::EveryNDays(3).fraction(), (1, 3));
        assert_eq!(Target::Daily.days_a_week(), 7);
        assert_eq!(Target::PerWeek(3).days_a_week(), 3);
        assert_eq!(Target::EveryNDays(2).days_a_week(), 4);
        assert_eq!(Target::EveryNDays(3).days_a_week(), 3);
        assert_eq!(Target::EveryNDays(7).days_a_week(), 1);
        assert_eq!(Target::EveryNDays(30).days_a_week(), 1);
        // Out of range, as a link may carry: read in range, never zero.
        assert_eq!(Target::PerWeek(0).days_a_week(), 1);
        assert_eq!(Target::EveryNDays(0).days_a_week(), 4);
    }

    #[test]
    fn words_and_units() {
        use crate::words::english::say;
        let said = |t: Target| say(&t.said());
        assert_eq!(said(Target::Daily), "every day");
        assert_eq!(said(Target::PerWeek(1)), "1 day a week");
        assert_eq!(said(Target::PerWeek(4)), "4 days a week");
        assert_eq!(said(Target::EveryNDays(3)), "every 3 days");
        assert_eq!(say(&Target::PerWeek(3).unit_said(1)), "week");
        assert_eq!(say(&Target::Daily.unit_said(2)), "days");
        assert_eq!(say(&Target::EveryNDays(2).unit_said(1)), "session");
        assert_eq!(say(&Target::EveryNDays(2).unit_said(0)), "sessions");
    }
}
