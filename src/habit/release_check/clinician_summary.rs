//! The release check as a message for a clinician: what the app decided and
//! the numbers behind it, then the same in the person's own words, and what
//! it is (their own ratings: self-care tracking, not a diagnosis). Printed or
//! sent by the person; nothing goes anywhere by itself.

use super::Check;
use crate::habit::calendar::day_arg;
use crate::habit::civil_day::CivilDay;
use crate::words::catalogue::{DayForm, Message};

/// The whole message, as of `today`, in the words `say` gives each line.
pub fn message(check: &Check, today: CivilDay, say: &dyn Fn(&Message) -> String) -> String {
    let mut s = say(&Message::new("summary-title").with("day", day_arg(today, DayForm::Full)));
    s.push('\n');
    s.push_str(&say(&check.headline()));
    s.push('\n');
    for l in check.because() {
        s.push_str(&say(&l));
        s.push('\n');
    }
    s.push('\n');
    s.push_str(&say(&Message::new("summary-in-my-words")));
    s.push('\n');
    for l in check.for_the_clinician() {
        s.push_str(&say(&l));
        s.push('\n');
    }
    s.push('\n');
    s.push_str(&say(&Message::new("summary-footer")));
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
        use crate::words::english::say;
        let (days, today) = four_flat_weeks();
        let c = check(&days, Target::Daily, today);
        let m = message(&c, today, &say);
        let lines: Vec<&str> = m.lines().collect();
        assert_eq!(lines[0], "Release check, Monday 30 November 2026:");
        assert_eq!(lines[1], say(&c.headline()));
        assert!(lines.contains(&"In my words:"));
        for l in c.because().iter().chain(c.for_the_clinician().iter()) {
            assert!(lines.contains(&say(l).as_str()), "{l:?}");
        }
        assert!(m.ends_with("self-care tracking, not a diagnosis."));
        // Reasons come before the person's own words.
        let at = |t: &str| m.find(t).unwrap();
        assert!(at(&say(&c.because()[0])) < at("In my words:"));
    }
}
