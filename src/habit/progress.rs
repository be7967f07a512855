//! "Is it working?": ratings over the weeks beside how regular the habit was.

use super::civil_day::CivilDay;
use super::entry::DayStatus;
use crate::habit::calendar::day_arg;
use crate::words::catalogue::{Arg, DayForm, Message};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct WeekPoint {
    pub week: CivilDay,
    pub days_done: u32,
    pub tightness: Option<f64>,
    pub tenderness: Option<f64>,
}

/// One point per week from the first logged week to today's.
pub fn weekly(days: &BTreeMap<CivilDay, DayStatus>, today: CivilDay) -> Vec<WeekPoint> {
    let Some((&first, _)) = days.iter().next() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut w = first.week_start();
    while w <= today.week_start() {
        let (mut done, mut t, mut tn, mut p, mut pn) = (0, 0.0, 0, 0.0, 0);
        for i in 0..7 {
            if let Some(s) = days.get(&w.add(i)) {
                done += u32::from(s.done);
                if let Some(v) = s.tightness {
                    t += f64::from(v);
                    tn += 1;
                }
                if let Some(v) = s.tenderness {
                    p += f64::from(v);
                    pn += 1;
                }
            }
        }
        out.push(WeekPoint {
            week: w,
            days_done: done,
            tightness: (tn > 0).then(|| t / f64::from(tn)),
            tenderness: (pn > 0).then(|| p / f64::from(pn)),
        });
        w = w.add(7);
    }
    out
}

/// A plain-words summary, or `None` until there are ratings in two different weeks.
pub fn summary(points: &[WeekPoint]) -> Option<Message> {
    let rated: Vec<&WeekPoint> = points.iter().filter(|p| p.tightness.is_some()).collect();
    if rated.len() < 2 {
        return None;
    }
    let first = rated[0];
    let last = rated[rated.len() - 1];
    let weeks = points
        .iter()
        .filter(|p| p.week >= first.week)
        .count()
        .max(1) as f64;
    let per_week = points
        .iter()
        .filter(|p| p.week >= first.week)
        .map(|p| f64::from(p.days_done))
        .sum::<f64>()
        / weeks;
    let from = first.tightness.unwrap_or(0.0).round();
    let to = last.tightness.unwrap_or(0.0).round();
    let trend = if to < from {
        "down"
    } else if to > from {
        "up"
    } else {
        "same"
    };
    Some(
        Message::new("progress-summary")
            .with("since", day_arg(first.week, DayForm::DayMonthYear))
            .with("perweek", Arg::count(per_week.round()))
            .with("trend", Arg::Text(trend.into()))
            .with("from", Arg::count(from))
            .with("to", Arg::count(to)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::{day_statuses, Entry, EntryKind};

    #[test]
    fn summary_in_plain_words() {
        let rate = |d: i32, v: u8| Entry {
            id: format!("r{d}"),
            day: CivilDay(d),
            kind: EntryKind::Note,
            tightness: Some(v),
            tenderness: None,
            note: String::new(),
            at_ms: 0.0,
            deleted: false,
        };
        // CivilDay(4) is a Monday.
        let days = day_statuses((4..30).map(CivilDay), &[rate(4, 6), rate(25, 3)]);
        let pts = weekly(&days, CivilDay(30));
        let s = crate::words::english::say(&summary(&pts).unwrap());
        assert!(s.contains("went down from 6 to 3"), "{s}");
        assert!(
            s.contains("about 6 release days a week") || s.contains("about 7"),
            "{s}"
        );
    }
}
