//! Starting and saving routines: what the routine screens, the triage
//! result, the habit card and a shared link all do, in one place.

use super::navigate;
use crate::route::Route;
use crate::runtime::store::Store;
use crate::session::routine::Routine;
use crate::triage::saved::needs_recheck;
use leptos::prelude::*;

/// Saves a routine of the user's own and opens it (or its editor).
pub fn save_and_open(store: Store, routine: Routine, then: fn(String) -> Route) {
    let id = routine.id.clone();
    store.update(|d| d.save_routine(routine, crate::platform::clock::wall_ms()));
    navigate(&then(id));
}

/// The warning-sign questions come before a session when the last answers
/// are old, and also when ratings are rising despite regular release and
/// they were not answered today: a rise with a new warning sign must not
/// meet a ball in the belly first.
fn warning_signs_due(store: Store) -> bool {
    let now = crate::platform::clock::wall_ms();
    store.data.with_untracked(|d| {
        let last = d.settings.last_red_flag_check_ms;
        let today = crate::runtime::day::habit_day(now, d.settings.day_start_min);
        let rising = d.release_check(today).verdict
            == crate::habit::release_check::Verdict::SeeClinician { rising: true };
        needs_recheck(last, now) || (rising && last.is_none_or(|t| now - t > RISING_RECHECK_MS))
    })
}

/// With ratings rising, the questions are asked once a day.
const RISING_RECHECK_MS: f64 = 20.0 * 3600.0 * 1000.0;

/// Starts a routine from a tap: asks the emergency questions first when the
/// last check is missing or older than 14 days.
pub fn start_routine(store: Store, routine: &Routine) {
    if warning_signs_due(store) {
        navigate(&Route::RedFlagCheck(routine.id.clone()));
        return;
    }
    begin_session(routine.clone());
}

/// Starts a routine made on the spot (the triage's), which has no stored id
/// yet. When the safety questions are due again it is saved first, so the
/// check can hand it back by id.
pub fn start_composed(store: Store, mut routine: Routine) {
    if warning_signs_due(store) {
        routine.id = crate::runtime::store::new_id(crate::ids::COMPOSED_SAVED);
        let id = routine.id.clone();
        store.update(|d| d.save_routine(routine, crate::platform::clock::wall_ms()));
        navigate(&Route::RedFlagCheck(id));
        return;
    }
    begin_session(routine);
}

/// Begins right away. Runs inside the tap, so the audio context unlocks.
pub fn begin_session(routine: Routine) {
    crate::runtime::session::sessions().start(routine);
    navigate(&Route::Session);
}
