//! Marking a day done or skipped by hand, and undoing it (the rule is
//! `Data::mark_day` / `unmark_day`).

use crate::habit::civil_day::CivilDay;
use crate::habit::entry::EntryKind;
use crate::platform::clock;
use crate::runtime::store::{new_id, Store};

pub fn add_entry(store: Store, day: CivilDay, kind: EntryKind) {
    let id = new_id(crate::ids::ENTRY);
    store.update(|d| d.mark_day(day, kind, id, clock::wall_ms()));
}

pub fn remove_entries(store: Store, day: CivilDay, kind: EntryKind) {
    store.update(|d| d.unmark_day(day, kind, clock::wall_ms()));
}
