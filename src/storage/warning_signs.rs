//! When the warning-sign questions come before a session: a safety rule, so
//! it lives here with its tests rather than in the button that starts one.

use super::schema::Data;
use crate::habit::civil_day::CivilDay;
use crate::habit::release_check::Verdict;
use crate::triage::saved::needs_recheck;

/// With ratings rising despite regular release, the questions are asked
/// again once a day: 20 hours, so a session at the same time each day is
/// asked every time, not every other time.
pub const RISING_RECHECK_MS: f64 = 20.0 * 3600.0 * 1000.0;

impl Data {
    /// Whether the warning-sign questions must be answered before a session
    /// starts at `now_ms` (on the habit day `today`): when they never were, or
    /// were answered more than 14 days ago (or "later" than now by over a day:
    /// the clock was wrong then or is now); and also when the release check
    /// finds ratings rising despite regular release and they were not
    /// answered in the last 20 hours, because a rise with a new warning sign
    /// must not meet a ball pressed into the belly first.
    pub fn warning_signs_due(&self, now_ms: f64, today: CivilDay) -> bool {
        let last = self.settings.last_red_flag_check_ms;
        if needs_recheck(last, now_ms) {
            return true;
        }
        let rising = self.release_check(today).verdict == (Verdict::SeeClinician { rising: true });
        rising && last.is_none_or(|t| now_ms - t > RISING_RECHECK_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::{Entry, EntryKind};

    const HOUR: f64 = 3600.0 * 1000.0;
    const DAY: f64 = 24.0 * HOUR;

    /// Four weeks from Monday 2 November 2026, five days done each week and
    /// tightness on Mondays, Wednesdays and Fridays: `tight(week)`.
    fn four_weeks(tight: impl Fn(i32) -> u8) -> (Data, CivilDay) {
        let monday = CivilDay::from_ymd(2026, 11, 2).unwrap();
        let mut d = Data::default();
        for w in 0..4 {
            for k in 0..5 {
                let day = monday.add(w * 7 + k);
                d.entries
                    .push(Entry::mark(format!("m{w}{k}"), day, EntryKind::Done, 0.0));
                if k % 2 == 0 {
                    let r = Entry::rating(format!("r{w}{k}"), day, Some(tight(w)), None, "", 0.0);
                    d.entries.push(r);
                }
            }
        }
        (d, monday.add(28))
    }

    #[test]
    fn never_answered_or_long_ago_asks() {
        let (mut d, today) = four_weeks(|_| 5);
        let now = 100.0 * DAY;
        assert!(d.warning_signs_due(now, today), "never answered");
        d.settings.last_red_flag_check_ms = Some(now - 13.0 * DAY);
        assert!(
            !d.warning_signs_due(now, today),
            "13 days ago, ratings flat"
        );
        d.settings.last_red_flag_check_ms = Some(now - 15.0 * DAY);
        assert!(d.warning_signs_due(now, today), "15 days ago");
        d.settings.last_red_flag_check_ms = Some(now + 2.0 * DAY);
        assert!(
            d.warning_signs_due(now, today),
            "answered 'in two days': a clock was wrong"
        );
        d.settings.last_red_flag_check_ms = Some(f64::NAN);
        assert!(d.warning_signs_due(now, today), "unreadable time");
    }

    #[test]
    fn rising_ratings_ask_once_a_day() {
        let (mut d, today) = four_weeks(|w| 3 + 2 * w as u8);
        assert_eq!(
            d.release_check(today).verdict,
            Verdict::SeeClinician { rising: true },
            "the history is a rise"
        );
        let now = 100.0 * DAY;
        d.settings.last_red_flag_check_ms = Some(now - 21.0 * HOUR);
        assert!(
            d.warning_signs_due(now, today),
            "yesterday is not enough with a rise"
        );
        d.settings.last_red_flag_check_ms = Some(now - 19.0 * HOUR);
        assert!(!d.warning_signs_due(now, today), "answered within the day");
        d.settings.last_red_flag_check_ms = Some(now - HOUR);
        assert!(!d.warning_signs_due(now, today));
    }

    #[test]
    fn a_flat_referral_waits_for_the_two_weeks() {
        // Four flat weeks also refer the person on, but nothing is rising:
        // the usual 14 days apply.
        let (mut d, today) = four_weeks(|_| 6);
        assert_eq!(
            d.release_check(today).verdict,
            Verdict::SeeClinician { rising: false }
        );
        let now = 100.0 * DAY;
        d.settings.last_red_flag_check_ms = Some(now - 3.0 * DAY);
        assert!(!d.warning_signs_due(now, today));
    }
}
