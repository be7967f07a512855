//! Starting and saving routines: what the routine screens, the triage
//! result, the habit card and a shared link all do, in one place.

use super::navigate;
use crate::route::Route;
use crate::runtime::session::Session;
use crate::runtime::store::Store;
use crate::runtime::words::Words;
use crate::session::routine::Routine;
use crate::storage::arrival::Keep;
use leptos::prelude::*;

/// Saves a routine of the user's own and opens it (or its editor).
pub fn save_and_open(store: Store, routine: Routine, then: fn(String) -> Route) {
    let id = routine.id.clone();
    store.update(|d| d.save_routine(routine, crate::platform::clock::wall_ms()));
    navigate(&then(id));
}

/// Saves a routine that came in a link (the core decides where it goes:
/// `Data::save_arrival`) and opens it. `words` name it " (shared)" in the
/// person's language when it is kept beside a different routine of theirs
/// with the same name.
pub fn save_arrival(store: Store, words: Words, routine: Routine, keep: Keep) {
    let fresh = crate::runtime::store::new_id(crate::ids::ROUTINE);
    let now = crate::platform::clock::wall_ms();
    let suffix = words.t("shared-suffix");
    let mut id = String::new();
    store.update(|d| id = d.save_arrival(routine, keep, fresh, &suffix, now));
    navigate(&Route::Routine(id));
}

/// The warning-sign questions before a session, by the core's rule
/// (`Data::warning_signs_due`), at this instant and habit day.
fn warning_signs_due(store: Store) -> bool {
    let now = crate::platform::clock::wall_ms();
    store.data.with_untracked(|d| {
        let today = crate::runtime::day::habit_day(now, d.settings.day_start_min);
        d.warning_signs_due(now, today)
    })
}

/// Starts a routine from a tap: asks the emergency questions first when the
/// last check is missing or older than 14 days.
pub fn start_routine(session: Session, routine: &Routine) {
    if warning_signs_due(session.store()) {
        navigate(&Route::RedFlagCheck(routine.id.clone()));
        return;
    }
    begin_session(session, routine.clone());
}

/// Starts a routine made on the spot (the triage's), which has no stored id
/// yet. When the safety questions are due again it is saved first, so the
/// check can hand it back by id.
pub fn start_composed(session: Session, mut routine: Routine) {
    let store = session.store();
    if warning_signs_due(store) {
        routine.id = crate::runtime::store::new_id(crate::ids::COMPOSED_SAVED);
        let id = routine.id.clone();
        store.update(|d| d.save_routine(routine, crate::platform::clock::wall_ms()));
        navigate(&Route::RedFlagCheck(id));
        return;
    }
    begin_session(session, routine);
}

/// Begins right away. Runs inside the tap, so the audio context unlocks.
pub fn begin_session(session: Session, routine: Routine) {
    session.start(routine);
    navigate(&Route::Session);
}
