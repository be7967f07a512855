//! Where a running session's time comes from: the session track's position
//! while the track plays (so what is shown is what is heard), otherwise the
//! page clock. Moving from one to the other carries the time on, never
//! back or forward.

use crate::platform::{clock, media};
use crate::session::engine::Engine;
use crate::session::track;
use std::cell::Cell;

thread_local! {
    /// Session time at the track's first sample, while on the track.
    static ZERO: Cell<Option<f64>> = const { Cell::new(None) };
    static LENGTH: Cell<f64> = const { Cell::new(0.0) };
    /// Page clock minus session time, off the track.
    static OFFSET: Cell<f64> = const { Cell::new(0.0) };
}

/// The session's time now (ms, on the engine's clock).
pub fn now() -> f64 {
    match ZERO.get() {
        // A finished track stands at its end until the session leaves it.
        Some(zero) => zero + media::position_ms().unwrap_or(LENGTH.get()),
        None => clock::now_ms() - OFFSET.get(),
    }
}

pub fn on_track() -> bool {
    ZERO.get().is_some()
}

/// Page clock minus session time, off the track: what the page's audio
/// clock adds to a cue's instant.
pub fn offset() -> f64 {
    OFFSET.get()
}

/// A session starts (or resumes from storage) on the page clock.
pub fn reset() {
    ZERO.set(None);
    OFFSET.set(0.0);
}

/// Renders what is left of the session from `t` and plays it; `false`
/// when nothing is ahead (paused or done) or the element refused at once.
pub fn play_from(engine: &Engine, t: f64) -> bool {
    let (cues, length) = track::plan_from(engine, t);
    if cues.is_empty() {
        return false;
    }
    let wav = track::render_wav(&cues, length);
    ZERO.set(Some(t));
    LENGTH.set(length);
    media::play_wav(&wav)
}

/// Back to the page clock, carrying on from the time the track had reached.
pub fn leave_track() {
    if on_track() {
        let t = now();
        ZERO.set(None);
        OFFSET.set(clock::now_ms() - t);
    }
    media::stop();
}
