//! "Is release working?": the 2-to-4-week rule of the domain notes, applied
//! to what the phone already knows. If regular release has not brought the
//! ratings down after four weeks, or they clearly rise after two, the person
//! should see a clinician; the app says so, with the numbers behind it.
//!
//! The check looks at whole Monday-to-Sunday weeks that are over: the week in
//! progress is still being lived, and judging it would make the verdict flicker
//! from day to day.

use super::calendar::day_arg;
use super::civil_day::CivilDay;
use super::entry::DayStatus;
use super::target::Target;
use crate::words::catalogue::{Arg, DayForm, Message};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How much one 0-10 self-rating moves from day to day with nothing changed:
/// about a point either way.
const RATING_NOISE: f64 = 1.0;

/// A week of release counts as regular from this many days on, or from the
/// target's own number of days when that is lower (a "2 days a week" plan
/// done twice is regular).
pub const REGULAR_DAYS: u32 = 3;

/// Regular weeks before the check judges at all, and before "no clear fall"
/// becomes "see a clinician".
pub const JUDGE_AFTER_WEEKS: u32 = 2;
pub const REFER_AFTER_WEEKS: u32 = 4;

/// How long "I have seen someone" or "Not now" quiets the referral.
pub const QUIET_DAYS: i32 = 28;

/// The first and the latest rated week of the regular stretch, for one rating.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub first_week: CivilDay,
    pub first: f64,
    pub first_ratings: u32,
    pub latest_week: CivilDay,
    pub latest: f64,
    pub latest_ratings: u32,
}

impl Change {
    /// The smallest move of the weekly average that is not day-to-day noise.
    ///
    /// A weekly average of `n` ratings wobbles by about `RATING_NOISE / √n`,
    /// so the difference of two such averages wobbles by
    /// `RATING_NOISE · √(1/n₁ + 1/n₂)`. Twice that is a move noise makes
    /// about one time in twenty; a whole point is the least a person feels.
    /// One rating in each week needs a move of 2.8 points; three a week 1.6;
    /// daily ratings about 1.1. Rating after every session makes the check
    /// sharper, which is why the app asks for it.
    pub fn clear_margin(&self) -> f64 {
        let spread = (1.0 / f64::from(self.first_ratings.max(1))
            + 1.0 / f64::from(self.latest_ratings.max(1)))
        .sqrt();
        (2.0 * RATING_NOISE * spread).max(1.0)
    }

    pub fn fell_clearly(&self) -> bool {
        self.first - self.latest >= self.clear_margin()
    }

    pub fn rose_clearly(&self) -> bool {
        self.latest - self.first >= self.clear_margin()
    }

    /// "6.0 → 4.5 out of 10".
    /// The two weekly averages, as `from` and `to`, with one decimal.
    pub fn args(&self, m: Message) -> Message {
        m.with("from", Arg::tenths(self.first))
            .with("to", Arg::tenths(self.latest))
    }
}

/// The numbers every sentence of the check rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// Whole weeks in a row, up to last week, that met the regular mark.
    pub regular_weeks: u32,
    /// The Monday the regular stretch began, when there is one.
    pub since: Option<CivilDay>,
    /// Release days a week over the stretch (or over last week, without one).
    pub days_per_week: f64,
    /// What counts as a regular week for this target.
    pub regular_days: u32,
    pub tightness: Option<Change>,
    pub tenderness: Option<Change>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Too little regular release, or too few ratings, to say anything.
    NotEnough {
        weeks_needed: u32,
        ratings_needed: bool,
    },
    /// Release was less than regular last week, so the clock has not started.
    RegularityFirst { weeks_needed: u32 },
    /// A rating fell by more than noise since the stretch began.
    Improving,
    /// Two or three regular weeks and no clear move: keep going.
    NoChangeYet { look_again: CivilDay },
    /// Four regular weeks without a clear fall, or a clear rise after two.
    SeeClinician { rising: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub verdict: Verdict,
    pub evidence: Evidence,
}

/// Days a week that make a regular week for `target`.
pub fn regular_days(target: Target) -> u32 {
    target.days_a_week().min(REGULAR_DAYS)
}

/// Mean and count of one rating over the week starting `monday`.
fn weekly_mean(
    days: &BTreeMap<CivilDay, DayStatus>,
    monday: CivilDay,
    pick: fn(&DayStatus) -> Option<u8>,
) -> Option<(f64, u32)> {
    let (mut sum, mut n) = (0.0, 0);
    for (_, s) in days.range(monday..monday.add(7)) {
        if let Some(v) = pick(s) {
            sum += f64::from(v);
            n += 1;
        }
    }
    (n > 0).then(|| (sum / f64::from(n), n))
}

fn days_done(days: &BTreeMap<CivilDay, DayStatus>, monday: CivilDay) -> u32 {
    days.range(monday..monday.add(7))
        .filter(|(_, s)| s.done)
        .count() as u32
}

fn change(
    days: &BTreeMap<CivilDay, DayStatus>,
    weeks: &[CivilDay],
    pick: fn(&DayStatus) -> Option<u8>,
) -> Option<Change> {
    let mut rated = weeks
        .iter()
        .filter_map(|w| weekly_mean(days, *w, pick).map(|(m, n)| (*w, m, n)));
    let (first_week, first, first_ratings) = rated.next()?;
    let (latest_week, latest, latest_ratings) = rated.next_back()?;
    Some(Change {
        first_week,
        first,
        first_ratings,
        latest_week,
        latest,
        latest_ratings,
    })
}

/// The check as of `today`: `days` are the habit's days (sessions and manual
/// entries folded together), `target` the person's target. Reads no clock.
pub fn check(days: &BTreeMap<CivilDay, DayStatus>, target: Target, today: CivilDay) -> Check {
    let regular_days = regular_days(target);
    let last_week = today.week_start().add(-7);
    let first_logged = days.keys().next().map(|d| d.week_start());
    // The regular stretch: whole weeks, newest first, back to the first
    // week that fell short or to the first week anything was logged.
    let mut stretch = Vec::new();
    if let Some(first) = first_logged {
        let mut w = last_week;
        while w >= first && days_done(days, w) >= regular_days {
            stretch.push(w);
            w = w.add(-7);
        }
    }
    stretch.reverse();
    let n = stretch.len() as u32;
    let days_per_week = if n > 0 {
        f64::from(stretch.iter().map(|w| days_done(days, *w)).sum::<u32>()) / f64::from(n)
    } else {
        f64::from(days_done(days, last_week))
    };
    let evidence = Evidence {
        regular_weeks: n,
        since: stretch.first().copied(),
        days_per_week,
        regular_days,
        tightness: change(days, &stretch, |s| s.tightness),
        tenderness: change(days, &stretch, |s| s.tenderness),
    };
    let verdict = if n == 0 {
        // A whole week has passed with something logged, and it fell short.
        if first_logged.is_some_and(|f| f <= last_week) {
            Verdict::RegularityFirst {
                weeks_needed: JUDGE_AFTER_WEEKS,
            }
        } else {
            Verdict::NotEnough {
                weeks_needed: JUDGE_AFTER_WEEKS,
                ratings_needed: false,
            }
        }
    } else if n < JUDGE_AFTER_WEEKS {
        Verdict::NotEnough {
            weeks_needed: JUDGE_AFTER_WEEKS - n,
            ratings_needed: evidence.tightness.is_none() && evidence.tenderness.is_none(),
        }
    } else {
        let changes = [evidence.tightness, evidence.tenderness];
        let changes: Vec<Change> = changes.into_iter().flatten().collect();
        if changes.is_empty() {
            Verdict::NotEnough {
                weeks_needed: 0,
                ratings_needed: true,
            }
        } else if changes.iter().any(Change::rose_clearly) {
            Verdict::SeeClinician { rising: true }
        } else if changes.iter().any(Change::fell_clearly) {
            Verdict::Improving
        } else if n >= REFER_AFTER_WEEKS {
            Verdict::SeeClinician { rising: false }
        } else {
            Verdict::NoChangeYet {
                look_again: stretch[0].add(REFER_AFTER_WEEKS as i32 * 7),
            }
        }
    };
    Check { verdict, evidence }
}

/// "I have seen someone" or "Not now": the referral stays quiet until `until`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quiet {
    pub until: CivilDay,
    /// The person says they have seen a clinician (else: "not now").
    pub seen: bool,
    /// Wall-clock ms of the answer; the later answer wins a merge.
    pub at_ms: f64,
}

impl Quiet {
    pub fn new(today: CivilDay, seen: bool, at_ms: f64) -> Quiet {
        Quiet {
            until: today.add(QUIET_DAYS),
            seen,
            at_ms,
        }
    }

    pub fn is_quiet(&self, today: CivilDay) -> bool {
        today < self.until
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.at_ms.is_finite() {
            Ok(())
        } else {
            Err("the quiet time has a bad time".into())
        }
    }
}

impl Check {
    /// Whether Home and the Habit screen should raise the referral now.
    pub fn refers(&self, quiet: Option<&Quiet>, today: CivilDay) -> bool {
        matches!(self.verdict, Verdict::SeeClinician { .. })
            && !quiet.is_some_and(|q| q.is_quiet(today))
    }

    /// One sentence: what the check found.
    pub fn headline(&self) -> Message {
        let e = &self.evidence;
        match self.verdict {
            Verdict::NotEnough {
                ratings_needed: true,
                weeks_needed: 0,
            } => Message::new("check-not-enough-ratings"),
            Verdict::NotEnough { weeks_needed, .. } => {
                Message::new("check-too-early").with("weeks", Arg::count(weeks_needed))
            }
            Verdict::RegularityFirst { weeks_needed } => Message::new("check-regularity-first")
                .with("days", Arg::count(e.days_per_week as u32))
                .with("regular", Arg::count(e.regular_days))
                .with("weeks", Arg::count(weeks_needed)),
            Verdict::Improving => Message::new("check-improving"),
            Verdict::NoChangeYet { .. } => Message::new("check-no-change-yet"),
            Verdict::SeeClinician { rising: true } => Message::new("check-see-clinician-rising"),
            Verdict::SeeClinician { rising: false } => {
                Message::new("check-see-clinician").with("weeks", Arg::count(e.regular_weeks))
            }
        }
    }

    /// The numbers behind the headline, one line each.
    pub fn because(&self) -> Vec<Message> {
        let e = &self.evidence;
        let mut out = Vec::new();
        if let Some(since) = e.since {
            out.push(
                Message::new("check-since")
                    .with("weeks", Arg::count(e.regular_weeks))
                    .with("since", day_arg(since, DayForm::DayMonth))
                    .with("perweek", Arg::tenths(e.days_per_week)),
            );
        }
        for (key, c) in [
            ("check-tightness", e.tightness),
            ("check-tenderness", e.tenderness),
        ] {
            if let Some(c) = c {
                let moved = if c.fell_clearly() {
                    "lower"
                } else if c.rose_clearly() {
                    "higher"
                } else {
                    "same"
                };
                out.push(
                    c.args(Message::new(key))
                        .with("first", day_arg(c.first_week, DayForm::DayMonth))
                        .with("latest", day_arg(c.latest_week, DayForm::DayMonth))
                        .with("moved", Arg::Text(moved.into()))
                        .with("margin", Arg::tenths(c.clear_margin())),
                );
            }
        }
        match self.verdict {
            Verdict::NotEnough {
                ratings_needed: true,
                ..
            } => out.push(Message::new("check-rate-please")),
            Verdict::NoChangeYet { look_again } => out.push(
                Message::new("check-looks-again")
                    .with("day", day_arg(look_again, DayForm::Full))
                    .with("weeks", Arg::count(REFER_AFTER_WEEKS)),
            ),
            _ => {}
        }
        out
    }

    /// What to tell the clinician, in the person's own numbers.
    pub fn for_the_clinician(&self) -> Vec<Message> {
        let e = &self.evidence;
        let mut out = vec![Message::new("tell-release")
            .with("perweek", Arg::tenths(e.days_per_week))
            .with("weeks", Arg::count(e.regular_weeks))];
        for (key, c) in [
            ("tell-tightness", e.tightness),
            ("tell-tenderness", e.tenderness),
        ] {
            if let Some(c) = c {
                out.push(c.args(Message::new(key)));
            }
        }
        out.push(Message::new("tell-triage"));
        out
    }
}

pub mod clinician_summary;
#[cfg(test)]
mod tests;
