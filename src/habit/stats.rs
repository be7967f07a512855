//! What Home and the Habit screen show about the habit, computed in one go
//! from the days, the target and today (passed in, never read here).

use super::civil_day::CivilDay;
use super::entry::DayStatus;
use super::score::strength;
use super::streak::{streaks, Streaks};
use super::target::Target;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub days: BTreeMap<CivilDay, DayStatus>,
    pub today: CivilDay,
    pub streaks: Streaks,
    /// Habit strength, 0 to 1.
    pub strength: f64,
    pub target: Target,
}

impl Stats {
    pub fn of(days: BTreeMap<CivilDay, DayStatus>, target: Target, today: CivilDay) -> Stats {
        Stats {
            streaks: streaks(&days, target, today),
            strength: strength(&days, target, today),
            days,
            today,
            target,
        }
    }

    pub fn today_status(&self) -> Option<&DayStatus> {
        self.days.get(&self.today)
    }

    /// Days done in today's Monday-to-Sunday week, and how many the target
    /// asks of a week.
    pub fn this_week(&self) -> (usize, usize) {
        let ws = self.today.week_start();
        let done = (0..7)
            .filter(|i| self.days.get(&ws.add(*i)).is_some_and(|s| s.done))
            .count();
        (done, self.target.days_a_week() as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::day_statuses;

    #[test]
    fn this_week_counts_from_monday() {
        // CivilDay(4) is a Monday (1970-01-05).
        let days = day_statuses([4, 5, 6, 3].map(CivilDay), &[]);
        let s = Stats::of(days, Target::PerWeek(3), CivilDay(6));
        assert_eq!(s.this_week(), (3, 3));
        assert_eq!(s.streaks.current, 1);
        assert!(s.today_status().is_some_and(|d| d.done));
        let every3 = Stats::of(BTreeMap::new(), Target::EveryNDays(3), CivilDay(6));
        assert_eq!(every3.this_week(), (0, 3));
    }
}
