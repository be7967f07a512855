//! Marking a day done or skipped by hand, and taking the mark back.

use super::schema::Data;
use crate::habit::civil_day::CivilDay;
use crate::habit::entry::{Entry, EntryKind};

impl Data {
    /// Marks `day` done or skipped by hand (`kind` is `Done` or `Skip`), as a
    /// new entry with `id`. A second mark of the same kind on the same day
    /// changes nothing.
    pub fn mark_day(&mut self, day: CivilDay, kind: EntryKind, id: String, now_ms: f64) {
        let marked = self
            .entries
            .iter()
            .any(|e| e.day == day && e.kind == kind && !e.deleted);
        if !marked {
            self.entries.push(Entry::mark(id, day, kind, now_ms));
        }
    }

    /// Undo: the day's manual marks of one kind become tombstones (so a merge
    /// with another tab or a backup cannot bring them back); ratings and
    /// sessions on that day stay.
    pub fn unmark_day(&mut self, day: CivilDay, kind: EntryKind, now_ms: f64) {
        for e in self
            .entries
            .iter_mut()
            .filter(|e| e.day == day && e.kind == kind && !e.deleted)
        {
            e.deleted = true;
            e.at_ms = now_ms;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i32) -> CivilDay {
        CivilDay::from_ymd(2026, 12, 1).unwrap().add(n)
    }

    #[test]
    fn mark_once_and_undo_as_tombstones() {
        let mut d = Data::default();
        d.mark_day(day(0), EntryKind::Done, "a".into(), 1.0);
        d.mark_day(day(0), EntryKind::Done, "b".into(), 2.0);
        assert_eq!(d.entries.len(), 1, "a second tap adds nothing");
        assert!(d.habit_days()[&day(0)].done);
        d.unmark_day(day(0), EntryKind::Done, 3.0);
        assert_eq!(d.entries.len(), 1, "kept as a tombstone");
        assert!(d.entries[0].deleted && d.entries[0].at_ms == 3.0);
        assert!(d.habit_days().get(&day(0)).is_none_or(|s| !s.done));
        d.mark_day(day(0), EntryKind::Done, "c".into(), 4.0);
        assert!(d.habit_days()[&day(0)].done, "marked again after an undo");
    }

    #[test]
    fn undo_touches_only_its_kind_and_day() {
        let mut d = Data::default();
        d.mark_day(day(0), EntryKind::Skip, "s".into(), 1.0);
        d.mark_day(day(1), EntryKind::Done, "d".into(), 1.0);
        d.entries
            .push(Entry::rating("r".into(), day(0), Some(5), None, "", 1.0));
        d.unmark_day(day(0), EntryKind::Skip, 2.0);
        let live: Vec<_> = d
            .entries
            .iter()
            .filter(|e| !e.deleted)
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(live, ["d", "r"]);
    }
}
