//! The session's sounds on the page's audio clock: the cue queue
//! (`session::cue_queue`, which decides what is queued, moved and silenced)
//! over Web Audio, placed through the clock pairing (`session::audio_clock`).
//! Nothing is queued while the audio context is not running.

use super::clock::SessionClock;
use crate::platform::audio::{self, Sound};
use crate::platform::debug;
use crate::session::audio_clock::{self, ClockPairing, Placement, Reading, Stamp};
use crate::session::cue::{notes, CueKind, NOTE_GAP_S};
use crate::session::cue_queue::{AudioOut, CueQueue};
use crate::session::engine::Engine;

/// A sound on the audio clock, and the cue it stands for.
struct Source {
    sound: Sound,
    id: u32,
    at: f64,
}

/// Silences a source (for the tests' count of sources per cue, too).
/// `offset`: the session clock's (page clock minus session time).
fn silence(s: &Source, offset: f64) {
    audio::cancel(&s.sound);
    debug::count_cue_source(s.id, s.at + offset, -1);
}

/// The session's sounds: what is queued on the audio clock, and whether
/// the output timestamp can be trusted, judged over readings. Part of the
/// session's owner (`Session`).
#[derive(Default)]
pub(super) struct Sounds {
    queue: CueQueue<Source>,
    pairing: ClockPairing,
}

/// The audio clock as it stands at one wake-up: a fresh reading, judged
/// with the ones before it.
struct WebAudio {
    reading: Reading,
    trusted: Option<Stamp>,
    quick_look: bool,
    origin_ms: f64,
    /// The session clock's offset (page clock minus session time).
    offset: f64,
}

impl AudioOut for WebAudio {
    type Source = Source;

    /// Where a cue to be heard at `at_ms` (session time) goes: session time
    /// is the page clock less the clock source's offset.
    fn place(&self, at_ms: f64) -> Placement {
        let page_ms = at_ms + self.offset;
        audio_clock::place(&self.reading, self.trusted, page_ms - self.origin_ms)
    }

    fn schedule(&mut self, id: u32, kind: CueKind, at: f64, p: Placement) -> Option<Source> {
        let sound = audio::schedule_at(notes(kind), NOTE_GAP_S, p.when_s)?;
        debug::count_cue_source(id, at + self.offset, 1);
        Some(Source { sound, id, at })
    }

    fn cancel(&mut self, source: &Source) {
        silence(source, self.offset);
    }

    /// Exposes what was queued for the timing bench (`window.__quadsCues`):
    /// the intended instant of each cue on the `performance` clock.
    fn queued(&mut self, id: u32, kind: CueKind, at_ms: f64) {
        debug::log_cue(id, kind.name(), at_ms + self.offset);
    }
}

impl Sounds {
    /// Reads the context's clocks and adds the reading to the pairing check.
    /// `None` without a running context.
    fn observe(&mut self, offset: f64) -> Option<WebAudio> {
        let r = audio::read_clocks()?;
        let reading = Reading {
            now_ms: r.now_ms,
            context_s: r.context_s,
            output_latency_s: r.output_latency_s,
            stamp: r.output_stamp.map(|(context_s, performance_ms)| Stamp {
                context_s,
                performance_ms,
            }),
        };
        self.pairing.observe(&reading);
        Some(WebAudio {
            trusted: self.pairing.trusted_stamp(),
            quick_look: self.pairing.worth_a_quick_look(reading.now_ms),
            reading,
            origin_ms: r.origin_ms,
            offset,
        })
    }

    /// Silences every queued cue after `after` (session time) and forgets it.
    pub fn cancel_after(&mut self, after: f64, clock: &SessionClock) {
        let offset = clock.offset();
        self.queue.cancel(|s| silence(s, offset), |at| at > after);
    }

    /// Back from the background: see `CueQueue::relayout_after_hidden`.
    pub fn relayout_after_hidden(&mut self, clock: &SessionClock) {
        let offset = clock.offset();
        self.queue
            .relayout_after_hidden(|s| silence(s, offset), clock.now());
    }

    /// Brings the audio queue in line with the engine at `now`. Returns
    /// whether the audio clock is still settling (worth a quick look again
    /// before the first cues sound).
    pub fn sync(
        &mut self,
        engine: &Engine,
        now: f64,
        not_before: f64,
        sound: bool,
        clock: &SessionClock,
    ) -> bool {
        if !sound {
            self.cancel_after(f64::NEG_INFINITY, clock);
            return false;
        }
        let Some(mut out) = self.observe(clock.offset()) else {
            self.queue.clock_stopped();
            return false;
        };
        let restarted = self.queue.sync(&mut out, engine, now, not_before);
        if restarted {
            self.pairing.reset();
        }
        out.quick_look
    }
}
