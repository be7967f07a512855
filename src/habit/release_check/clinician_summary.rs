//! The release check as a message for a clinician: what the app decided and
//! the numbers behind it, then the same in the person's own words, and what
//! it is (their own ratings: self-care tracking, not a diagnosis). Printed or
//! sent by the person; nothing goes anywhere by itself.

use super::Check;
use crate::habit::calendar::day_text;
use crate::habit::civil_day::CivilDay;

/// The whole message, as of `today`.
pub fn message(check: &Check, today: CivilDay) -> String {
    let mut s = format!(
        "Release check, {}:\n{}\n",
        day_text(today),
        check.headline()
    );
    for l in check.because() {
        s.push_str(&l);
        s.push('\n');
    }
    s.push_str("\nIn my words:\n");
    for l in check.for_the_clinician() {
        s.push_str(&l);
        s.push('\n');
    }
    s.push_str("\nFrom my own ratings in the Quads app: self-care tracking, not a diagnosis.");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::DayStatus;
    use crate::habit::release_check::check;
    use crate::habit::target::Target;
    use std::collections::BTreeMap;

    /// Four weeks from Monday 2 November 2026: five days a week, tightness 6
    /// on Mondays, Wednesdays and Fridays.
    fn four_flat_weeks() -> (BTreeMap<CivilDay, DayStatus>, CivilDay) {
        let monday = CivilDay::from_ymd(2026, 11, 2).unwrap();
        let mut days = BTreeMap::new();
        for n in 0..28 {
            if n % 7 < 5 {
                let s = DayStatus {
                    done: true,
                    count: 1,
                    tightness: (n % 7 % 2 == 0).then_some(6),
                    ..DayStatus::default()
                };
                days.insert(monday.add(n), s);
            }
        }
        (days, monday.add(28))
    }

    #[test]
    fn headline_numbers_own_words_and_what_it_is() {
        let (days, today) = four_flat_weeks();
        let c = check(&days, Target::Daily, today);
        let m = message(&c, today);
        let lines: Vec<&str> = m.lines().collect();
        assert_eq!(lines[0], "Release check, Monday 30 November 2026:");
        assert_eq!(lines[1], c.headline());
        assert!(lines.contains(&"In my words:"));
        for l in c.because().iter().chain(c.for_the_clinician().iter()) {
            assert!(lines.contains(&l.as_str()), "{l}");
        }
        assert!(m.ends_with("self-care tracking, not a diagnosis."));
        // Reasons come before the person's own words.
        let at = |t: &str| m.find(t).unwrap();
        assert!(at(&c.because()[0]) < at("In my words:"));
    }
}
