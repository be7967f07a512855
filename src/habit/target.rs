//! How often the user means to do the release.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "n", rename_all = "snake_case")]
#[derive(Default)]
pub enum Target {
    #[default]
    Daily,
    /// N days in each Monday-to-Sunday week (1-7).
    PerWeek(u8),
    /// Once every N days (2-30).
    EveryNDays(u8),
}

impl Target {
    /// The target as a fraction `(times, days)`: "3 days a week" is (3, 7).
    pub fn fraction(self) -> (u32, u32) {
        match self {
            Target::Daily => (1, 1),
            Target::PerWeek(n) => (u32::from(n.clamp(1, 7)), 7),
            Target::EveryNDays(n) => (1, u32::from(n.clamp(2, 30))),
        }
    }

    pub fn is_valid(self) -> bool {
        match self {
            Target::Daily => true,
            Target::PerWeek(n) => (1..=7).contains(&n),
            Target::EveryNDays(n) => (2..=30).contains(&n),
        }
    }

    pub fn describe(self) -> String {
        match self {
            Target::Daily => "every day".into(),
            Target::PerWeek(7) => "7 days a week".into(),
            Target::PerWeek(1) => "1 day a week".into(),
            Target::PerWeek(n) => format!("{n} days a week"),
            Target::EveryNDays(n) => format!("every {n} days"),
        }
    }

    /// What one streak unit is called.
    pub fn unit(self, n: u32) -> &'static str {
        match (self, n == 1) {
            (Target::PerWeek(_), true) => "week",
            (Target::PerWeek(_), false) => "weeks",
            (Target::Daily, true) => "day",
            (Target::Daily, false) => "days",
            (Target::EveryNDays(_), true) => "session",
            (Target::EveryNDays(_), false) => "sessions",
        }
    }
}
