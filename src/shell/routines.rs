//! Starting and saving routines: what the routine screens, the triage
//! result, the habit card and a shared link all do, in one place.

use super::navigate;
use crate::route::Route;
use crate::runtime::store::Store;
use crate::session::engine::Engine;
use crate::session::routine::Routine;
use crate::storage::schema::ActiveSession;
use crate::triage::saved::needs_recheck;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The session running in this page, if any. A stored session without
    /// one here was interrupted (reload, crash) and is offered for resume.
    static LIVE: RefCell<Option<(Routine, Engine)>> = const { RefCell::new(None) };
}

/// The session running in this page.
pub fn live() -> Option<(Routine, Engine)> {
    LIVE.with(|l| l.borrow().clone())
}

/// Makes a session the one running in this page (a start or a resume).
pub fn go_live(routine: Routine, engine: Engine) {
    LIVE.with(|l| *l.borrow_mut() = Some((routine, engine)));
}

/// Keeps the running session's engine current (after a pause, a skip).
pub fn update_live(engine: &Engine) {
    LIVE.with(|l| {
        if let Some((_, e)) = l.borrow_mut().as_mut() {
            *e = engine.clone();
        }
    });
}

/// The session ended.
pub fn end_live() {
    LIVE.with(|l| l.borrow_mut().take());
}

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
    begin_session(store, routine.clone());
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
    begin_session(store, routine);
}

/// Inside the tap that starts or resumes a session: wakes the page's audio
/// clock and, unless the person mixes with their music, the element that
/// will play the session track (a moment of silence now lets it play the
/// track later without another tap), and tells the phone how to share sound.
pub fn unlock_sound(store: Store) {
    let (sound, mix) = store
        .data
        .with_untracked(|d| (d.settings.sound, d.settings.mix_with_music));
    crate::platform::audio_session::set_exclusive(!mix);
    crate::platform::audio::unlock();
    if sound && !mix {
        crate::platform::media::play_wav(&crate::session::track::render_wav(&[], 3_000.0));
    }
}

/// Time between the Start tap and the session's first instant. Long enough
/// for a new audio output's clock pairing to settle and be seen steady
/// (three readings 50 ms apart, after the first buffers), so even the first
/// cue sounds on the trusted pairing; short enough to feel immediate.
const START_LEAD_MS: f64 = 400.0;

/// Begins right away. Runs inside the tap, so the audio context unlocks.
pub fn begin_session(store: Store, routine: Routine) {
    unlock_sound(store);
    // The session begins a moment after the tap, so its first cue can be
    // placed on the audio clock ahead of time like every other one.
    let now = crate::platform::clock::now_ms() + START_LEAD_MS;
    let engine = Engine::start(&routine, now);
    go_live(routine.clone(), engine.clone());
    store.update(|d| {
        d.active = Some(ActiveSession {
            routine,
            engine: engine.snapshot(now),
            started_at_wall_ms: crate::platform::clock::wall_ms(),
        });
    });
    navigate(&Route::Session);
}
