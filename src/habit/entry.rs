//! What the user logs by hand, and what a day amounts to once sessions and
//! manual entries are put together.

use super::civil_day::CivilDay;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// Done without the app (at the physio, say).
    Done,
    /// Rest, sick or travelling: protects the streak without extending it.
    Skip,
    /// Only a rating or a note.
    Note,
}

/// A manual entry. Undo marks it `deleted` rather than removing it, so that a
/// merge with another tab or a backup cannot bring it back to life.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub day: CivilDay,
    pub kind: EntryKind,
    #[serde(default)]
    pub tightness: Option<u8>,
    #[serde(default)]
    pub tenderness: Option<u8>,
    #[serde(default)]
    pub note: String,
    /// Wall-clock ms when it was logged or last changed; the later edit wins a merge.
    pub at_ms: f64,
    #[serde(default)]
    pub deleted: bool,
}

pub const NOTE_MAX_CHARS: usize = 280;

impl Entry {
    /// A day marked done or skipped by hand.
    pub fn mark(id: String, day: CivilDay, kind: EntryKind, at_ms: f64) -> Entry {
        Entry {
            id,
            day,
            kind,
            tightness: None,
            tenderness: None,
            note: String::new(),
            at_ms,
            deleted: false,
        }
    }

    /// A rating and note for a day; the note is trimmed and cut to
    /// `NOTE_MAX_CHARS`.
    pub fn rating(
        id: String,
        day: CivilDay,
        tightness: Option<u8>,
        tenderness: Option<u8>,
        note: &str,
        at_ms: f64,
    ) -> Entry {
        Entry {
            id,
            day,
            kind: EntryKind::Note,
            tightness,
            tenderness,
            note: note.trim().chars().take(NOTE_MAX_CHARS).collect(),
            at_ms,
            deleted: false,
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.id.is_empty() || self.id.len() > 64 {
            return Err("an entry has a bad id".into());
        }
        if self.tightness.is_some_and(|v| v > 10) || self.tenderness.is_some_and(|v| v > 10) {
            return Err(format!("the entry for {} has a rating above 10", self.day));
        }
        if self.note.chars().count() > NOTE_MAX_CHARS {
            return Err(format!(
                "the note for {} is longer than {NOTE_MAX_CHARS} characters",
                self.day
            ));
        }
        if !self.at_ms.is_finite() {
            return Err("an entry has a bad time".into());
        }
        Ok(())
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayStatus {
    pub done: bool,
    pub skipped: bool,
    /// Sessions plus manual "done" entries.
    pub count: u32,
    pub tightness: Option<u8>,
    pub tenderness: Option<u8>,
    pub note: String,
}

/// Folds sessions (by their days) and live manual entries into one status
/// per day. A day with both a skip and a completion counts as done.
pub fn day_statuses(
    session_days: impl IntoIterator<Item = CivilDay>,
    entries: &[Entry],
) -> BTreeMap<CivilDay, DayStatus> {
    let mut days: BTreeMap<CivilDay, DayStatus> = BTreeMap::new();
    for d in session_days {
        let s = days.entry(d).or_default();
        s.done = true;
        s.count += 1;
    }
    let mut live: Vec<&Entry> = entries.iter().filter(|e| !e.deleted).collect();
    crate::sort::sort_by(&mut live, |a, b| a.at_ms < b.at_ms);
    for e in live {
        let s = days.entry(e.day).or_default();
        match e.kind {
            EntryKind::Done => {
                s.done = true;
                s.count += 1;
            }
            EntryKind::Skip => s.skipped = true,
            EntryKind::Note => {}
        }
        // The latest rating and note of the day are the ones that stand.
        if e.tightness.is_some() {
            s.tightness = e.tightness;
        }
        if e.tenderness.is_some() {
            s.tenderness = e.tenderness;
        }
        if !e.note.is_empty() {
            s.note = e.note.clone();
        }
    }
    for s in days.values_mut() {
        if s.done {
            s.skipped = false;
        }
    }
    days
}
