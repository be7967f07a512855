//! Marking a day done or skipped by hand, and undoing it.

use crate::habit::civil_day::CivilDay;
use crate::habit::entry::{Entry, EntryKind};
use crate::platform::clock;
use crate::runtime::store::{new_id, Store};

pub fn add_entry(store: Store, day: CivilDay, kind: EntryKind) {
    let e = Entry::mark(new_id(crate::ids::ENTRY), day, kind, clock::wall_ms());
    store.update(|d| d.entries.push(e));
}

/// Undo: removes the manual entries of one kind on a day (as tombstones).
pub fn remove_entries(store: Store, day: CivilDay, kind: EntryKind) {
    let now = clock::wall_ms();
    store.update(|d| {
        for e in d
            .entries
            .iter_mut()
            .filter(|e| e.day == day && e.kind == kind && !e.deleted)
        {
            e.deleted = true;
            e.at_ms = now;
        }
    });
}
