//! Streaks: consecutive periods that met the target. Skipped days freeze a
//! streak: they neither break it nor extend it. The period still running
//! (today, this week) never breaks a streak; it only adds once it is met.

use super::civil_day::CivilDay;
use super::entry::DayStatus;
use super::target::Target;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streaks {
    pub current: u32,
    pub best: u32,
}

/// Current and best streak up to and including `today`, in the target's unit
/// (days, weeks, or sessions for "every N days").
pub fn streaks(days: &BTreeMap<CivilDay, DayStatus>, target: Target, today: CivilDay) -> Streaks {
    let Some((&first, _)) = days.iter().next() else {
        return Streaks::default();
    };
    match target {
        Target::Daily => {
            let mut run = 0;
            let mut best = 0;
            let mut d = first;
            while d <= today {
                let s = days.get(&d);
                if s.is_some_and(|s| s.done) {
                    run += 1;
                } else if s.is_some_and(|s| s.skipped) || d == today {
                    // frozen, or still open
                } else {
                    run = 0;
                }
                best = best.max(run);
                d = d.add(1);
            }
            Streaks { current: run, best }
        }
        Target::PerWeek(n) => {
            let n = u32::from(n.clamp(1, 7));
            let this_week = today.week_start();
            let mut run = 0;
            let mut best = 0;
            let mut w = first.week_start();
            while w <= this_week {
                let (mut done, mut skipped) = (0, 0);
                for i in 0..7 {
                    match days.get(&w.add(i)) {
                        Some(s) if s.done => done += 1,
                        Some(s) if s.skipped => skipped += 1,
                        _ => {}
                    }
                }
                let needed = n.min(7 - skipped);
                if skipped == 7 {
                    // a whole week off: frozen
                } else if done >= needed {
                    run += 1;
                } else if w != this_week {
                    run = 0;
                }
                best = best.max(run);
                w = w.add(7);
            }
            Streaks { current: run, best }
        }
        Target::EveryNDays(n) => {
            let n = i32::from(n.clamp(2, 30));
            // A completion keeps the chain alive for the next n days not
            // counting skipped ones.
            let mut run = 0;
            let mut best = 0;
            let mut gap = 0; // unskipped days since the last completion
            let mut d = first;
            while d <= today {
                let s = days.get(&d);
                if s.is_some_and(|s| s.done) {
                    run += 1;
                    gap = 0;
                } else if !s.is_some_and(|s| s.skipped) {
                    gap += 1;
                    if gap >= n && d != today {
                        run = 0;
                    }
                }
                best = best.max(run);
                d = d.add(1);
            }
            if gap > n {
                run = 0;
            }
            Streaks { current: run, best }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::{day_statuses, Entry, EntryKind};
    use proptest::prelude::*;

    fn day(s: &str) -> CivilDay {
        CivilDay::parse(s).unwrap()
    }

    fn status(done: &[&str], skipped: &[&str]) -> BTreeMap<CivilDay, DayStatus> {
        let entries: Vec<Entry> = skipped
            .iter()
            .enumerate()
            .map(|(i, d)| Entry {
                id: format!("s{i}"),
                day: day(d),
                kind: EntryKind::Skip,
                tightness: None,
                tenderness: None,
                note: String::new(),
                at_ms: 0.0,
                deleted: false,
            })
            .collect();
        day_statuses(done.iter().map(|d| day(d)), &entries)
    }

    #[test]
    fn daily_streak_counts_and_today_is_open() {
        let s = status(&["2026-11-20", "2026-11-21", "2026-11-22"], &[]);
        assert_eq!(
            streaks(&s, Target::Daily, day("2026-11-23")),
            Streaks {
                current: 3,
                best: 3
            }
        );
        assert_eq!(
            streaks(&s, Target::Daily, day("2026-11-24")),
            Streaks {
                current: 0,
                best: 3
            }
        );
    }

    #[test]
    fn skip_freezes_without_extending() {
        let s = status(&["2026-11-20", "2026-11-22"], &["2026-11-21"]);
        assert_eq!(streaks(&s, Target::Daily, day("2026-11-22")).current, 2);
    }

    #[test]
    fn weekly_target() {
        // Mon 2026-11-16 week: 3 days; Mon 2026-11-23 week: 1 day so far.
        let s = status(
            &["2026-11-16", "2026-11-18", "2026-11-20", "2026-11-23"],
            &[],
        );
        let t = Target::PerWeek(3);
        assert_eq!(streaks(&s, t, day("2026-11-24")).current, 1);
        let s2 = status(&["2026-11-16", "2026-11-18"], &[]);
        assert_eq!(streaks(&s2, t, day("2026-11-24")).current, 0);
        // A skipped day lowers what the week needs.
        let s3 = status(
            &["2026-11-16", "2026-11-18"],
            &[
                "2026-11-19",
                "2026-11-20",
                "2026-11-21",
                "2026-11-22",
                "2026-11-17",
            ],
        );
        assert_eq!(streaks(&s3, t, day("2026-11-24")).current, 1);
    }

    #[test]
    fn every_n_days() {
        let s = status(&["2026-11-01", "2026-11-04", "2026-11-07"], &[]);
        assert_eq!(
            streaks(&s, Target::EveryNDays(3), day("2026-11-09")).current,
            3
        );
        assert_eq!(
            streaks(&s, Target::EveryNDays(3), day("2026-11-11")).current,
            0
        );
        assert_eq!(
            streaks(&s, Target::EveryNDays(2), day("2026-11-08")).current,
            1
        );
    }

    fn local(y: i32, month: u32, day: u32, hour: u32, minute: u32) -> CivilDay {
        // What the browser's Date getters report where the phone is; day start 03:00.
        CivilDay::of_local(
            crate::habit::civil_day::LocalTime {
                year: y,
                month,
                day,
                hour,
                minute,
            },
            180,
        )
        .unwrap()
    }

    #[test]
    fn flying_from_berlin_to_new_york_mid_streak() {
        let days = [
            local(2026, 11, 20, 20, 0),  // Berlin evening
            local(2026, 11, 21, 20, 0),  // Berlin evening
            local(2026, 11, 22, 7, 0),   // Berlin, morning of the flight
            local(2026, 11, 22, 23, 30), // New York, same civil date: one day, not two
            local(2026, 11, 23, 21, 0),  // New York
        ];
        let st = day_statuses(days, &[]);
        assert_eq!(st.len(), 4);
        assert_eq!(st[&day("2026-11-22")].count, 2);
        assert_eq!(streaks(&st, Target::Daily, day("2026-11-23")).current, 4);
        // Flying back east loses hours, not a day: the next evening in Berlin continues it.
        let mut more: Vec<CivilDay> = days.to_vec();
        more.push(local(2026, 11, 24, 22, 0));
        assert_eq!(
            streaks(&day_statuses(more, &[]), Target::Daily, day("2026-11-24")).current,
            5
        );
    }

    #[test]
    fn daylight_saving_nights_neither_split_nor_double_a_day() {
        // Europe springs forward on 2026-03-29 (02:00 becomes 03:00): a 00:30
        // session belongs to the 28th, a 03:30 one to the 29th.
        let spring = [
            local(2026, 3, 27, 21, 0),
            local(2026, 3, 29, 0, 30),
            local(2026, 3, 29, 3, 30),
        ];
        let st = day_statuses(spring, &[]);
        assert_eq!(streaks(&st, Target::Daily, day("2026-03-29")).current, 3);
        // The US falls back on 2026-11-01: 01:30 happens twice, both before the
        // 03:00 day start, so both count for October 31, once as a day.
        let fall = [
            local(2026, 10, 30, 19, 0),
            local(2026, 11, 1, 1, 30),
            local(2026, 11, 1, 1, 30),
        ];
        let st = day_statuses(fall, &[]);
        assert_eq!(st[&day("2026-10-31")].count, 2);
        assert_eq!(streaks(&st, Target::Daily, day("2026-10-31")).current, 2);
    }

    /// The obvious reference: walk back from today over a set of dates.
    fn reference_daily(
        done: &std::collections::BTreeSet<i32>,
        skipped: &std::collections::BTreeSet<i32>,
        today: i32,
    ) -> u32 {
        let mut d = today;
        if !done.contains(&d) {
            d -= 1;
        }
        let mut n = 0;
        loop {
            if done.contains(&d) {
                n += 1;
            } else if !skipped.contains(&d) {
                return n;
            }
            if d < -1000 {
                return n;
            }
            d -= 1;
        }
    }

    proptest! {
        #[test]
        fn daily_matches_the_reference(
            events in prop::collection::vec((0i64..400 * 86_400_000, -12 * 60i32..=14 * 60, 0u32..240), 0..300),
            skips in prop::collection::btree_set(0i32..400, 0..40),
            day_start in 0u32..240,
        ) {
            // Events are instants in random time zones (travel, DST): each is
            // turned into its local wall-clock time, then into a civil day.
            let mut done_days = Vec::new();
            for (utc_ms, offset_min, _) in &events {
                let local_min = utc_ms / 60_000 + i64::from(*offset_min);
                let d = CivilDay(local_min.div_euclid(1440) as i32);
                let mod_min = local_min.rem_euclid(1440) as u32;
                let (y, m, dd) = d.ymd();
                let lt = crate::habit::civil_day::LocalTime { year: y, month: m, day: dd, hour: mod_min / 60, minute: mod_min % 60 };
                if let Some(day) = CivilDay::of_local(lt, day_start) { done_days.push(day); }
            }
            let entries: Vec<Entry> = skips.iter().map(|&d| Entry { id: format!("k{d}"), day: CivilDay(d), kind: EntryKind::Skip, tightness: None, tenderness: None, note: String::new(), at_ms: 0.0, deleted: false }).collect();
            let st = day_statuses(done_days.iter().copied(), &entries);
            let today = CivilDay(401);
            let done: std::collections::BTreeSet<i32> = st.iter().filter(|(_, s)| s.done).map(|(d, _)| d.0).collect();
            let skipped: std::collections::BTreeSet<i32> = st.iter().filter(|(_, s)| s.skipped).map(|(d, _)| d.0).collect();
            let got = streaks(&st, Target::Daily, today);
            prop_assert_eq!(got.current, reference_daily(&done, &skipped, today.0));
            prop_assert!(got.best >= got.current);
        }

        #[test]
        fn adding_a_completion_never_lowers_a_streak(
            done in prop::collection::btree_set(0i32..120, 0..80),
            extra in 0i32..121,
            which in 0usize..5,
        ) {
            let target = [Target::Daily, Target::PerWeek(3), Target::PerWeek(7), Target::EveryNDays(2), Target::EveryNDays(5)][which];
            let today = CivilDay(120);
            let before = streaks(&day_statuses(done.iter().map(|&d| CivilDay(d)), &[]), target, today);
            let after = streaks(&day_statuses(done.iter().map(|&d| CivilDay(d)).chain([CivilDay(extra)]), &[]), target, today);
            prop_assert!(after.current >= before.current, "{:?} {:?}", before, after);
            prop_assert!(after.best >= before.best);
        }
    }
}
