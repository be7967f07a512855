//! Where a running session's time comes from: the session track's position
//! while the track plays (so what is shown is what is heard), otherwise the
//! page clock. Moving from one to the other carries the time on, never
//! back or forward.

use crate::platform::{clock, media};
use crate::session::engine::Engine;
use crate::session::track;

/// The session's clock source. Part of the session's owner (`Session`).
#[derive(Default)]
pub(super) struct SessionClock {
    /// Session time at the track's first sample, while on the track.
    zero: Option<f64>,
    length: f64,
    /// Page clock minus session time, off the track.
    offset: f64,
}

impl SessionClock {
    /// The session's time now (ms, on the engine's clock).
    pub fn now(&self) -> f64 {
        match self.zero {
            // A finished track stands at its end until the session leaves it.
            Some(zero) => zero + media::position_ms().unwrap_or(self.length),
            None => clock::now_ms() - self.offset,
        }
    }

    pub fn on_track(&self) -> bool {
        self.zero.is_some()
    }

    /// Page clock minus session time, off the track: what the page's audio
    /// clock adds to a cue's instant.
    pub fn offset(&self) -> f64 {
        self.offset
    }

    /// A session starts (or resumes from storage) on the page clock.
    pub fn reset(&mut self) {
        *self = SessionClock::default();
    }

    /// Renders what is left of the session from `t` and plays it; `false`
    /// when nothing is ahead (paused or done) or the element refused at once.
    pub fn play_from(&mut self, engine: &Engine, t: f64) -> bool {
        let (cues, length) = track::plan_from(engine, t);
        if cues.is_empty() {
            return false;
        }
        let wav = track::render_wav(&cues, length);
        self.zero = Some(t);
        self.length = length;
        media::play_wav(&wav)
    }

    /// Back to the page clock, carrying on from the time the track had reached.
    pub fn leave_track(&mut self) {
        if self.on_track() {
            let t = self.now();
            self.zero = None;
            self.offset = clock::now_ms() - t;
        }
        media::stop();
    }
}
