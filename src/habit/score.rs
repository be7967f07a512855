//! Habit strength, in the manner of Loop Habit Tracker: an exponential
//! moving average over days.
//!
//! Each day, `score = previous * m + value * (1 - m)` with
//! `m = 0.5 ^ (sqrt(f) / 13)`, where `f` is the target frequency in times per
//! day (daily: 1; 3 days a week: 3/7; every 4 days: 1/4). So a daily habit
//! halves its distance to the day's value in 13 days, and a sparser target
//! moves more slowly, because each single day says less about it.
//!
//! `value` is 1 on a day the target is being met and 0 otherwise. For a
//! non-daily target, "being met" is judged over the last `d` days of the
//! fraction `t/d`: `value = min(1, completions in that window / t)`. A
//! skipped day leaves the score as it was. The score starts at 0.

use super::civil_day::CivilDay;
use super::entry::DayStatus;
use super::target::Target;
use std::collections::BTreeMap;

/// One day's step of the average. Pure, to be read beside the doc above.
pub fn step(frequency: f64, previous: f64, value: f64) -> f64 {
    let m = 0.5f64.powf(frequency.sqrt() / 13.0);
    previous * m + value * (1.0 - m)
}

/// Strength in 0..=1 at the end of `today`.
pub fn strength(days: &BTreeMap<CivilDay, DayStatus>, target: Target, today: CivilDay) -> f64 {
    let Some((&first, _)) = days.iter().next() else {
        return 0.0;
    };
    let (t, d) = target.fraction();
    let freq = f64::from(t) / f64::from(d);
    let mut score = 0.0;
    let mut window: std::collections::VecDeque<bool> =
        std::collections::VecDeque::with_capacity(d as usize);
    let mut in_window = 0u32;
    let mut day = first;
    while day <= today {
        let s = days.get(&day);
        let done = s.is_some_and(|s| s.done);
        window.push_back(done);
        in_window += u32::from(done);
        if window.len() > d as usize && window.pop_front() == Some(true) {
            in_window -= 1;
        }
        if s.is_some_and(|s| s.skipped) {
            // frozen
        } else if day == today && !done {
            // today is still open: do not count it as missed yet
        } else {
            let value = (f64::from(in_window) / f64::from(t)).min(1.0);
            score = step(freq, score, value);
        }
        day = day.add(1);
    }
    score.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::day_statuses;
    use proptest::prelude::*;

    #[test]
    fn daily_half_life_is_13_days() {
        let mut s = 0.0;
        for _ in 0..13 {
            s = step(1.0, s, 1.0);
        }
        assert!((s - 0.5).abs() < 1e-9);
    }

    #[test]
    fn misses_lower_it() {
        let days = day_statuses((0..30).map(CivilDay), &[]);
        let high = strength(&days, Target::Daily, CivilDay(29));
        let lower = strength(&days, Target::Daily, CivilDay(35));
        assert!(high > 0.75 && lower < high);
    }

    proptest! {
        #[test]
        fn stays_in_range_and_completions_only_raise_it(
            done in prop::collection::btree_set(0i32..200, 0..150),
            extra in 0i32..200,
            which in 0usize..4,
        ) {
            let target = [Target::Daily, Target::PerWeek(3), Target::EveryNDays(3), Target::PerWeek(7)][which];
            let today = CivilDay(200);
            let before = strength(&day_statuses(done.iter().map(|&d| CivilDay(d)), &[]), target, today);
            let after = strength(&day_statuses(done.iter().map(|&d| CivilDay(d)).chain([CivilDay(extra)]), &[]), target, today);
            prop_assert!((0.0..=1.0).contains(&before));
            prop_assert!(after + 1e-12 >= before, "{} < {}", after, before);
        }
    }
}
