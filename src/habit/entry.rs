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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: i32) -> CivilDay {
        CivilDay::from_ymd(2026, 12, 1).unwrap().add(n)
    }

    fn note(id: &str, d: i32, tight: Option<u8>, text: &str, at: f64) -> Entry {
        Entry::rating(id.into(), day(d), tight, None, text, at)
    }

    #[test]
    fn sessions_and_marks_fold_into_one_status_a_day() {
        let mut skip = Entry::mark("s".into(), day(0), EntryKind::Skip, 1.0);
        let days = day_statuses([day(0), day(0), day(2)], &[skip.clone()]);
        assert_eq!(days[&day(0)].count, 2, "two sessions on one day");
        assert!(
            days[&day(0)].done && !days[&day(0)].skipped,
            "done beats a skip"
        );
        assert!(days[&day(2)].done);
        assert!(!days.contains_key(&day(1)));

        skip.day = day(1);
        let done = Entry::mark("d".into(), day(1), EntryKind::Done, 2.0);
        let days = day_statuses([], &[skip.clone(), done]);
        assert!(days[&day(1)].done && !days[&day(1)].skipped);
        let days = day_statuses([], &[skip]);
        assert!(days[&day(1)].skipped && !days[&day(1)].done);
    }

    #[test]
    fn the_latest_rating_and_note_stand_and_tombstones_count_for_nothing() {
        let mut gone = Entry::mark("x".into(), day(0), EntryKind::Done, 9.0);
        gone.deleted = true;
        let entries = [
            note("b", 0, Some(7), "later", 5.0),
            note("a", 0, Some(3), "earlier", 1.0),
            note("c", 0, None, "", 6.0),
            gone,
        ];
        let s = &day_statuses([], &entries)[&day(0)];
        assert_eq!(s.tightness, Some(7), "by time, not by order in the list");
        assert_eq!(s.note, "later", "an empty note does not wipe one");
        assert!(!s.done, "a deleted mark is not a mark");
    }

    #[test]
    fn validate_names_what_is_wrong() {
        assert!(note("a", 0, Some(10), "", 1.0).validate().is_ok());
        assert!(note("a", 0, Some(11), "", 1.0)
            .validate()
            .unwrap_err()
            .contains("above 10"));
        assert!(note("", 0, None, "", 1.0).validate().is_err());
        assert!(note("a", 0, None, "", f64::NAN).validate().is_err());
        let mut long = note("a", 0, None, "", 1.0);
        long.note = "x".repeat(NOTE_MAX_CHARS + 1);
        assert!(long.validate().unwrap_err().contains("longer"));
    }

    #[test]
    fn a_rating_note_is_trimmed_and_cut() {
        let e = note("a", 0, None, &format!("  {}  ", "é".repeat(400)), 1.0);
        assert_eq!(e.note.chars().count(), NOTE_MAX_CHARS);
        assert!(e.validate().is_ok());
    }

    proptest! {
        /// Whatever the entries, a day is never both done and skipped, and
        /// its count is its sessions plus its live "done" marks.
        #[test]
        fn done_and_skipped_never_both(
            sessions in prop::collection::vec(0i32..5, 0..6),
            marks in prop::collection::vec((0i32..5, 0u8..3, any::<bool>(), 0u32..100), 0..12),
        ) {
            let entries: Vec<Entry> = marks.iter().enumerate().map(|(i, &(d, k, deleted, at))| {
                let kind = [EntryKind::Done, EntryKind::Skip, EntryKind::Note][usize::from(k)];
                let mut e = Entry::mark(format!("e{i}"), day(d), kind, f64::from(at));
                e.deleted = deleted;
                e
            }).collect();
            let days = day_statuses(sessions.iter().map(|&d| day(d)), &entries);
            for (d, s) in &days {
                prop_assert!(!(s.done && s.skipped));
                let want = sessions.iter().filter(|&&x| day(x) == *d).count()
                    + entries.iter().filter(|e| e.day == *d && e.kind == EntryKind::Done && !e.deleted).count();
                prop_assert_eq!(s.count as usize, want);
            }
        }
    }
}
