//! A plan: what a physio or a coach prescribes. A routine, how often to do
//! it, for how many weeks, from when, and a short note. It travels in a link
//! (tag `2` of the link codec) and, once started, lives on the phone as the
//! habit target for its weeks.
//!
//! Body after the routine's: target (kind << 5 | n), weeks, the day it was
//! made (2 bytes, days since 2020-01-01), the start (0 = when it is opened,
//! else made + value - 1), and the note (short text).

use super::bytes::{DecodeError, Reader, Writer};
use crate::habit::civil_day::CivilDay;
use crate::habit::target::Target;
use crate::session::routine::Routine;
use crate::words::catalogue::{Arg, Message};

pub const WEEKS_MAX: u8 = 26;
pub const NOTE_MAX_CHARS: usize = 280;
/// How far ahead a start date may be set.
pub const START_AHEAD_MAX_DAYS: i32 = 254;
/// Day 0 of the link's dates: 2020-01-01.
const EPOCH: CivilDay = CivilDay(18_262);

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub routine: Routine,
    pub target: Target,
    pub weeks: u8,
    /// The sender's day when they made it: a later plan replaces an earlier one.
    pub made: CivilDay,
    /// The first day of week 1; `None` means the day the person starts it.
    pub start: Option<CivilDay>,
    /// Plain text from the sender, shown as text (never markup).
    pub note: String,
}

/// Where a started plan is on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Before { starts: CivilDay },
    Week { n: u32, of: u32 },
    Finished,
}

/// A note as typed, made fit to send: no control characters but line
/// breaks, at most a few blank lines, trimmed, and cut at the limit.
pub fn clean_note(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    let kept: String = s
        .trim()
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .take(NOTE_MAX_CHARS)
        .collect();
    kept.trim_end().to_string()
}

/// What a note in any link may be: at most 280 characters, line breaks
/// but no other control characters.
pub fn check_note(note: &str) -> Result<(), String> {
    if note.chars().count() > NOTE_MAX_CHARS {
        return Err(format!(
            "the note is longer than {NOTE_MAX_CHARS} characters"
        ));
    }
    if note.chars().any(|c| c != '\n' && c.is_control()) {
        return Err("the note contains control characters".into());
    }
    Ok(())
}

impl Plan {
    pub fn validate(&self) -> Result<(), String> {
        self.routine.validate().map_err(|m| m.detail())?;
        if !self.target.is_valid() {
            return Err("its target is out of range".into());
        }
        if !(1..=WEEKS_MAX).contains(&self.weeks) {
            return Err(format!("a plan lasts 1 to {WEEKS_MAX} weeks"));
        }
        if self.made < EPOCH || self.made.0 - EPOCH.0 > i32::from(u16::MAX) {
            return Err("its date is out of range".into());
        }
        if let Some(s) = self.start {
            if s < self.made || s.0 - self.made.0 > START_AHEAD_MAX_DAYS {
                return Err("its start date is out of range".into());
            }
        }
        check_note(&self.note)
    }

    pub fn encode(&self) -> String {
        let mut w = Writer::default();
        w.routine(&self.routine);
        w.u8(write_target(self.target));
        w.u8(self.weeks);
        w.u16(day_to_u16(self.made));
        w.u8(match self.start {
            None => 0,
            Some(s) => (s.0 - self.made.0 + 1).clamp(1, 255) as u8,
        });
        w.short_text(&self.note);
        w.finish(super::bytes::PLAN)
    }

    pub(super) fn read(rd: &mut Reader) -> Result<Plan, DecodeError> {
        let routine = rd.routine()?;
        let target = read_target(rd.u8()?)?;
        let weeks = rd.u8()?;
        let made = day_from_u16(rd.u16()?);
        let start = match rd.u8()? {
            0 => None,
            v => Some(made.add(i32::from(v) - 1)),
        };
        let note = rd.short_text()?;
        let p = Plan {
            routine,
            target,
            weeks,
            made,
            start,
            note,
        };
        p.validate().map_err(DecodeError::invalid)?;
        Ok(p)
    }

    /// The first day of week 1 for someone starting it on `today`. A start
    /// date more than a week gone is moved to today: the weeks are for doing,
    /// not for having missed.
    pub fn first_day(&self, today: CivilDay) -> CivilDay {
        self.start.filter(|s| *s >= today.add(-6)).unwrap_or(today)
    }

    /// "3 days a week for 6 weeks".
    /// "every day for 4 weeks", in the person's words.
    pub fn said(&self) -> Message {
        Message::new("plan-describe")
            .with("target", Arg::Said(Box::new(self.target.said())))
            .with("weeks", Arg::count(self.weeks))
    }

    /// Two plans are the same when they prescribe the same thing.
    pub fn same_as(&self, other: &Plan) -> bool {
        self.encode() == other.encode()
    }
}

/// Where the plan that began on `first` with `weeks` weeks is on `today`.
pub fn stage(first: CivilDay, weeks: u8, today: CivilDay) -> Stage {
    if today < first {
        return Stage::Before { starts: first };
    }
    let n = (today.0 - first.0) as u32 / 7 + 1;
    if n > u32::from(weeks) {
        Stage::Finished
    } else {
        Stage::Week {
            n,
            of: u32::from(weeks),
        }
    }
}

pub(super) fn write_target(t: Target) -> u8 {
    match t {
        Target::Daily => 0,
        Target::PerWeek(n) => 1 << 5 | (n & 31),
        Target::EveryNDays(n) => 2 << 5 | (n & 31),
    }
}

pub(super) fn read_target(b: u8) -> Result<Target, DecodeError> {
    let n = b & 31;
    let t = match b >> 5 {
        0 if n == 0 => Target::Daily,
        1 => Target::PerWeek(n),
        2 => Target::EveryNDays(n),
        _ => return Err(DecodeError::Malformed("unknown target")),
    };
    if !t.is_valid() {
        return Err(DecodeError::Malformed("target out of range"));
    }
    Ok(t)
}

pub(super) fn day_to_u16(d: CivilDay) -> u16 {
    (d.0 - EPOCH.0).clamp(0, i32::from(u16::MAX)) as u16
}

pub(super) fn day_from_u16(v: u16) -> CivilDay {
    EPOCH.add(i32::from(v))
}

#[cfg(test)]
mod tests;
