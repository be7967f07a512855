//! The month grid for the heat-map calendar.

use super::civil_day::{days_in_month, CivilDay};
use super::entry::DayStatus;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct MonthCell {
    pub day: CivilDay,
    pub status: DayStatus,
}

/// Weeks (Monday first) of the month, `None` for padding cells.
pub fn month_grid(
    days: &BTreeMap<CivilDay, DayStatus>,
    year: i32,
    month: u32,
) -> Vec<[Option<MonthCell>; 7]> {
    let Some(first) = CivilDay::from_ymd(year, month, 1) else {
        return Vec::new();
    };
    let n = days_in_month(year, month) as i32;
    let lead = first.weekday() as i32;
    let cells = ((lead + n + 6) / 7) * 7;
    let mut weeks = Vec::new();
    let mut week: [Option<MonthCell>; 7] = Default::default();
    for i in 0..cells {
        let k = i - lead;
        week[(i % 7) as usize] = (0..n).contains(&k).then(|| {
            let day = first.add(k);
            MonthCell {
                day,
                status: days.get(&day).cloned().unwrap_or_default(),
            }
        });
        if i % 7 == 6 {
            weeks.push(std::mem::take(&mut week));
        }
    }
    weeks
}

/// Year and month `delta` months from the given one.
pub fn shift_month(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let m0 = year * 12 + month as i32 - 1 + delta;
    (m0.div_euclid(12), (m0.rem_euclid(12) + 1) as u32)
}

/// `d` as a value for a catalogue's sentence, written the person's way
/// (`words::catalogue::Locale::day`: "Monday 30 November 2026" in English).
pub fn day_arg(
    d: CivilDay,
    form: crate::words::catalogue::DayForm,
) -> crate::words::catalogue::Arg {
    let (y, m, day) = d.ymd();
    crate::words::catalogue::Arg::Day {
        y,
        m: m as u8,
        d: day as u8,
        form,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_names_its_weekday() {
        use crate::words::catalogue::DayForm;
        use crate::words::english::say;
        let said = |d, form| {
            say(&crate::words::catalogue::Message::new("day-only").with("day", day_arg(d, form)))
        };
        let d = CivilDay::from_ymd(2026, 11, 30).unwrap();
        assert_eq!(said(d, DayForm::Full), "Monday 30 November 2026");
        assert_eq!(said(d.add(6), DayForm::Full), "Sunday 6 December 2026");
        assert_eq!(said(d, DayForm::DayMonth), "30 November");
    }

    #[test]
    fn november_2026_starts_on_sunday() {
        let g = month_grid(&BTreeMap::new(), 2026, 11);
        assert_eq!(g.len(), 6);
        assert!(g[0][..6].iter().all(Option::is_none));
        assert_eq!(g[0][6].as_ref().unwrap().day.to_string(), "2026-11-01");
        assert_eq!(g.iter().flatten().filter(|c| c.is_some()).count(), 30);
    }

    #[test]
    fn shifting_months_wraps_years() {
        assert_eq!(shift_month(2026, 1, -1), (2025, 12));
        assert_eq!(shift_month(2026, 12, 1), (2027, 1));
        assert_eq!(shift_month(2026, 5, -17), (2024, 12));
    }
}
