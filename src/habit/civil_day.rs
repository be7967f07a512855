//! A calendar day in the user's own calendar: a date, not an instant.
//! Arithmetic on dates is exact; a day is never "24 hours ago", so DST
//! changes and time-zone travel cannot split or merge days.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDay(pub i32);

/// A local wall-clock reading, as the browser's `Date` getters give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl CivilDay {
    /// `None` for dates that do not exist (Feb 30) or are out of range.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<CivilDay> {
        if !(1..=12).contains(&m)
            || d == 0
            || d > days_in_month(y, m)
            || !(1900..=2999).contains(&y)
        {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = m as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(CivilDay(era * 146_097 + doe - 719_468))
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.0 + 3).rem_euclid(7)) as u32
    }

    /// The Monday of this day's week.
    pub fn week_start(self) -> CivilDay {
        CivilDay(self.0 - self.weekday() as i32)
    }

    // A day plus a number of days, read as `day.add(7)` all through the
    // habit maths; `+` would read as adding two days.
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, days: i32) -> CivilDay {
        CivilDay(self.0 + days)
    }

    /// The day an event at this local time belongs to, given the user's day
    /// start in minutes after midnight: a session at 00:30 with a 03:00 day
    /// start counts for the evening before.
    pub fn of_local(t: LocalTime, day_start_min: u32) -> Option<CivilDay> {
        let d = CivilDay::from_ymd(t.year, t.month, t.day)?;
        let minute_of_day = t.hour * 60 + t.minute;
        Some(if minute_of_day < day_start_min {
            d.add(-1)
        } else {
            d
        })
    }

    pub fn parse(s: &str) -> Option<CivilDay> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        CivilDay::from_ymd(y, m, d)
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for CivilDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for CivilDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CivilDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CivilDay::parse(&s)
            // Quoted by hand: `{:?}` would bring char escaping tables into the bundle.
            .ok_or_else(|| serde::de::Error::custom(format!("not a calendar date: \"{s}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates() {
        assert_eq!(CivilDay::from_ymd(1970, 1, 1), Some(CivilDay(0)));
        assert_eq!(CivilDay::from_ymd(2000, 3, 1).unwrap().0, 11_017);
        assert_eq!(CivilDay::from_ymd(2026, 11, 26).unwrap().weekday(), 3); // Thursday
        assert_eq!(CivilDay::from_ymd(2025, 2, 29), None);
        assert!(CivilDay::from_ymd(2024, 2, 29).is_some());
        assert_eq!(
            CivilDay::parse("2026-03-29").unwrap().to_string(),
            "2026-03-29"
        );
        assert_eq!(CivilDay::parse("2026-3-29"), None);
        assert_eq!(CivilDay::parse("2026-13-01"), None);
    }

    #[test]
    fn day_start_moves_late_sessions_to_the_evening_before() {
        // 00:30 on the night European clocks go forward (2026-03-29).
        let t = LocalTime {
            year: 2026,
            month: 3,
            day: 29,
            hour: 0,
            minute: 30,
        };
        assert_eq!(
            CivilDay::of_local(t, 180).unwrap().to_string(),
            "2026-03-28"
        );
        assert_eq!(CivilDay::of_local(t, 0).unwrap().to_string(), "2026-03-29");
        // New Year's Eve across a year boundary.
        let t = LocalTime {
            year: 2027,
            month: 1,
            day: 1,
            hour: 1,
            minute: 0,
        };
        assert_eq!(
            CivilDay::of_local(t, 120).unwrap().to_string(),
            "2026-12-31"
        );
    }

    proptest! {
        #[test]
        fn ymd_round_trips(n in -25_000i32..300_000) {
            let d = CivilDay(n);
            let (y, m, dd) = d.ymd();
            if (1900..=2999).contains(&y) {
                prop_assert_eq!(CivilDay::from_ymd(y, m, dd), Some(d));
                prop_assert_eq!(CivilDay::parse(&d.to_string()), Some(d));
            }
            prop_assert_eq!(d.add(1).weekday(), (d.weekday() + 1) % 7);
        }
    }
}
