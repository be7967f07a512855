//! "Send my progress": what the person chooses to tell the one who sent the
//! plan, as a short text with a link (tag `3`) that opens it as a read-only
//! summary. Nothing goes anywhere by itself; the person sends it.
//!
//! Body: routine name (short text), the day it was made (2 bytes), week,
//! weeks, target, a byte of flags for what is in it (1 days, 2 tightness,
//! 4 tenderness, 8 the release check; the rest zero), then what the flags
//! say: days done, days planned and the streak (2 bytes each), the ratings
//! (first and latest, a byte each), the release check (`check_summary`),
//! and the note (short text). Reports without the check encode as before.

use super::bytes::{DecodeError, Reader, Writer, REPORT};
use super::check_summary::CheckSummary;
use super::plan::{self, Plan, Stage, WEEKS_MAX};
use crate::habit::civil_day::CivilDay;
use crate::habit::entry::DayStatus;
use crate::habit::progress::weekly;
use crate::habit::streak::streaks;
use crate::habit::target::Target;
use crate::session::routine::limits::NAME_MAX_CHARS;
use crate::words::catalogue::{Arg, Message};
use std::collections::BTreeMap;

const COUNT_MAX: u16 = 9999;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub done: u16,
    pub planned: u16,
    /// In the target's unit (days, weeks or sessions).
    pub streak: u16,
}

/// A rating (0-10) in the plan's first rated week and in the latest, as
/// weekly averages rounded to whole numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trend {
    pub first: u8,
    pub latest: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub routine_name: String,
    pub made: CivilDay,
    /// The week it was made in; `weeks + 1` once the plan is over.
    pub week: u8,
    pub weeks: u8,
    pub target: Target,
    pub counts: Option<Counts>,
    pub tightness: Option<Trend>,
    pub tenderness: Option<Trend>,
    /// The release check, when the person ticks it.
    pub check: Option<CheckSummary>,
    pub note: String,
}

/// What the person chose to put in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choices {
    pub counts: bool,
    pub ratings: bool,
}

impl Report {
    /// The report for a plan that began on `first`, as of `today`.
    pub fn compute(
        plan: &Plan,
        first: CivilDay,
        days: &BTreeMap<CivilDay, DayStatus>,
        today: CivilDay,
        choices: Choices,
        note: &str,
    ) -> Report {
        let end = first.add(i32::from(plan.weeks) * 7); // the day after the last
        let last = if today < end { today } else { end.add(-1) };
        // Inserted one by one: collecting into a map would sort what is
        // already in order, and bring a sort into the bundle.
        let mut in_plan = BTreeMap::new();
        if first <= last {
            for (d, s) in days.range(first..=last) {
                in_plan.insert(*d, s.clone());
            }
        }
        let elapsed = if last < first {
            0
        } else {
            (last.0 - first.0 + 1) as u32
        };
        let (times, per) = plan.target.fraction();
        let counts = Counts {
            done: (in_plan.values().filter(|s| s.done).count() as u32).min(COUNT_MAX.into()) as u16,
            planned: (elapsed * times / per).min(COUNT_MAX.into()) as u16,
            streak: streaks(&in_plan, plan.target, last.max(first))
                .current
                .min(COUNT_MAX.into()) as u16,
        };
        let points = weekly(&in_plan, last.max(first));
        let trend = |pick: fn(&crate::habit::progress::WeekPoint) -> Option<f64>| {
            let mut rated = points.iter().filter_map(pick);
            let first = rated.next()?;
            let latest = rated.next_back().unwrap_or(first);
            Some(Trend {
                first: round_rating(first),
                latest: round_rating(latest),
            })
        };
        let week = match plan::stage(first, plan.weeks, today) {
            Stage::Before { .. } => 1,
            Stage::Week { n, .. } => n as u8,
            Stage::Finished => plan.weeks + 1,
        };
        Report {
            routine_name: plan.routine.name.clone(),
            made: today,
            week,
            weeks: plan.weeks,
            target: plan.target,
            counts: choices.counts.then_some(counts),
            tightness: if choices.ratings {
                trend(|p| p.tightness)
            } else {
                None
            },
            tenderness: if choices.ratings {
                trend(|p| p.tenderness)
            } else {
                None
            },
            check: None,
            note: plan::clean_note(note),
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        let name = self.routine_name.trim();
        if name.is_empty() || self.routine_name.chars().count() > NAME_MAX_CHARS {
            return Err("the routine's name is missing or too long".into());
        }
        if !(1..=WEEKS_MAX).contains(&self.weeks) || self.week == 0 || self.week > self.weeks + 1 {
            return Err("its week is out of range".into());
        }
        if !self.target.is_valid() {
            return Err("its target is out of range".into());
        }
        if let Some(c) = self.counts {
            let days = u16::from(self.weeks) * 7;
            if c.done > days || c.planned > days || c.streak > days {
                return Err("its counts are impossible for the plan's length".into());
            }
        }
        for t in [self.tightness, self.tenderness].into_iter().flatten() {
            if t.first > 10 || t.latest > 10 {
                return Err("a rating is above 10".into());
            }
        }
        if self.routine_name.chars().any(char::is_control) {
            return Err("the routine's name has control characters".into());
        }
        if let Some(c) = &self.check {
            c.validate()?;
        }
        plan::check_note(&self.note)
    }

    pub fn encode(&self) -> String {
        let mut w = Writer::default();
        w.short_text(&self.routine_name);
        w.u16(plan::day_to_u16(self.made));
        w.u8(self.week);
        w.u8(self.weeks);
        w.u8(plan::write_target(self.target));
        w.u8(u8::from(self.counts.is_some())
            | u8::from(self.tightness.is_some()) << 1
            | u8::from(self.tenderness.is_some()) << 2
            | u8::from(self.check.is_some()) << 3);
        if let Some(c) = self.counts {
            w.u16(c.done);
            w.u16(c.planned);
            w.u16(c.streak);
        }
        for t in [self.tightness, self.tenderness].into_iter().flatten() {
            w.u8(t.first);
            w.u8(t.latest);
        }
        if let Some(c) = &self.check {
            c.write(&mut w);
        }
        w.short_text(&self.note);
        w.finish(REPORT)
    }

    pub(super) fn read(rd: &mut Reader) -> Result<Report, DecodeError> {
        let routine_name = rd.short_text()?;
        let made = plan::day_from_u16(rd.u16()?);
        let week = rd.u8()?;
        let weeks = rd.u8()?;
        let target = plan::read_target(rd.u8()?)?;
        let flags = rd.u8()?;
        if flags & !15 != 0 {
            return Err(DecodeError::Malformed("reserved bits set"));
        }
        let counts = if flags & 1 != 0 {
            Some(Counts {
                done: rd.u16()?,
                planned: rd.u16()?,
                streak: rd.u16()?,
            })
        } else {
            None
        };
        let mut trend = |bit: u8| -> Result<Option<Trend>, DecodeError> {
            Ok(if flags & bit != 0 {
                Some(Trend {
                    first: rd.u8()?,
                    latest: rd.u8()?,
                })
            } else {
                None
            })
        };
        let tightness = trend(2)?;
        let tenderness = trend(4)?;
        let check = if flags & 8 != 0 {
            Some(CheckSummary::read(rd)?)
        } else {
            None
        };
        let note = rd.short_text()?;
        let r = Report {
            routine_name,
            made,
            week,
            weeks,
            target,
            counts,
            tightness,
            tenderness,
            check,
            note,
        };
        r.validate().map_err(DecodeError::invalid)?;
        Ok(r)
    }

    /// "week 3 of 6", or "all 6 weeks done".
    pub fn where_in_plan(&self) -> Message {
        if self.week > self.weeks {
            Message::new("report-all-done").with("weeks", Arg::count(self.weeks))
        } else {
            Message::new("report-week")
                .with("week", Arg::count(self.week))
                .with("weeks", Arg::count(self.weeks))
        }
    }

    /// The lines of the summary, in words and numbers; the same lines make
    /// the text that is sent and the read-only page that opens from it, each
    /// in the language of the phone it is read on.
    pub fn lines(&self) -> Vec<Message> {
        let mut out = Vec::new();
        if let Some(c) = self.counts {
            out.push(
                Message::new("report-done-on")
                    .with("done", Arg::count(c.done))
                    .with("planned", Arg::count(c.planned))
                    .with("target", self.target.said().said()),
            );
            let s = u32::from(c.streak);
            out.push(
                Message::new("report-streak")
                    .with("streak", Arg::count(s))
                    .with("unit", self.target.unit_said(s).said()),
            );
        }
        for (key, t) in [
            ("report-tightness", self.tightness),
            ("report-tenderness", self.tenderness),
        ] {
            if let Some(t) = t {
                out.push(
                    Message::new(key)
                        .with("from", Arg::count(t.first))
                        .with("to", Arg::count(t.latest))
                        .with("trend", Arg::Text(trend_words(t).into())),
                );
            }
        }
        if let Some(c) = &self.check {
            out.extend(c.lines());
        }
        out
    }

    /// The message the person sends, ending in the link, in the words `say`
    /// gives; the note goes as typed.
    pub fn text(&self, link: &str, say: &dyn Fn(&Message) -> String) -> String {
        let mut s = say(&Message::new("report-heading")
            .with("routine", Arg::Text(self.routine_name.clone()))
            .with("where", self.where_in_plan().said()));
        s.push('\n');
        for l in self.lines() {
            s.push_str(&say(&l));
            s.push('\n');
        }
        if !self.note.is_empty() {
            s.push_str(&self.note);
            s.push('\n');
        }
        s.push_str(&say(
            &Message::new("report-link").with("link", Arg::Text(link.into()))
        ));
        s
    }
}

/// Lower is better for both ratings: how the latest compares, as the
/// catalogue chooses words by it.
pub fn trend_words(t: Trend) -> &'static str {
    match i16::from(t.latest) - i16::from(t.first) {
        i16::MIN..=-2 => "better",
        -1 => "little-better",
        0 => "same",
        1 => "little-worse",
        _ => "worse",
    }
}

fn round_rating(v: f64) -> u8 {
    // Ratings are 0-10, so the cast cannot wrap.
    (v + 0.5).clamp(0.0, 10.0) as u8
}

#[cfg(test)]
mod tests;
