//! Which cues are queued on the page's audio clock, kept in step with the
//! engine's cue list. Each cue gets one sound source, placed once; it is
//! moved only onto a trusted clock pairing (`audio_clock::should_move`).
//! The sound sources themselves belong to whoever implements `AudioOut`
//! (Web Audio in the browser, a recording fake in the tests), so every rule
//! about what is queued, moved, silenced and forgotten is tested natively.

use super::audio_clock::{should_move, Placement};
use super::cue::CueKind;
use super::engine::Engine;
use std::collections::HashMap;

/// How far ahead cues are put on the audio clock. Long enough to ride out
/// a hidden tab whose timers are throttled to one a minute.
pub const LOOKAHEAD_MS: f64 = 65_000.0;

/// Cues already due are remembered this long, so that a later sync does
/// not queue them again.
const REMEMBER_MS: f64 = 2_000.0;

/// What plays the sounds: places an instant on its clock, starts a source
/// there for the cue `id` due at `at_ms`, and silences one.
pub trait AudioOut {
    type Source;
    fn place(&self, at_ms: f64) -> Placement;
    fn schedule(
        &mut self,
        id: u32,
        kind: CueKind,
        at_ms: f64,
        p: Placement,
    ) -> Option<Self::Source>;
    fn cancel(&mut self, source: &Self::Source);
    /// A cue was queued for the first time (the timing bench listens here).
    fn queued(&mut self, _id: u32, _kind: CueKind, _at_ms: f64) {}
}

/// One cue on the audio clock.
struct Queued<S> {
    /// Its instant on the engine clock.
    at: f64,
    kind: CueKind,
    source: S,
    placed: Placement,
}

/// A cue and its instant (whole ms): a phase done again (Back) sounds its
/// cues again, at new instants, while the ones just played are remembered.
type Key = (u32, i64);

fn key(id: u32, at: f64) -> Key {
    (id, at.round() as i64)
}

pub struct CueQueue<S> {
    queued: HashMap<Key, Queued<S>>,
    /// Whether the audio clock was running at the last sync: when it starts
    /// again, everything queued before is stale.
    was_running: bool,
}

impl<S> Default for CueQueue<S> {
    fn default() -> Self {
        CueQueue {
            queued: HashMap::new(),
            was_running: false,
        }
    }
}

impl<S> CueQueue<S> {
    /// Silences every queued cue that `which(at)` selects and forgets it.
    pub fn cancel(&mut self, mut silence: impl FnMut(&S), which: impl Fn(f64) -> bool) {
        self.queued.retain(|_, q| {
            if which(q.at) {
                silence(&q.source);
                false
            } else {
                true
            }
        });
    }

    /// Back from the background: future cues are forgotten, to be laid out
    /// afresh on the audio clock as it is now (it may have been suspended),
    /// and cues that fell due while hidden are silenced but remembered, so
    /// they never play late or twice.
    pub fn relayout_after_hidden(&mut self, mut silence: impl FnMut(&S), now: f64) {
        self.cancel(&mut silence, |at| at > now);
        for q in self.queued.values() {
            if q.at < now - 1_000.0 {
                silence(&q.source);
            }
        }
    }

    /// The audio clock is not running: its time stands still, so nothing is
    /// queued or moved until it runs again.
    pub fn clock_stopped(&mut self) {
        self.was_running = false;
    }

    /// Brings the queue in line with the engine at `now`: new cues are
    /// added, moved ones re-placed, dropped ones silenced, past ones
    /// forgotten. Cues due before `not_before` are left out. Returns true when the audio clock has just started running
    /// again (its pairing with the page clock must be judged afresh).
    pub fn sync<O: AudioOut<Source = S>>(
        &mut self,
        out: &mut O,
        engine: &Engine,
        now: f64,
        not_before: f64,
    ) -> bool {
        let restarted = !std::mem::replace(&mut self.was_running, true);
        if restarted {
            // Whatever was queued before the clock stopped is stale: the ones
            // due meanwhile would sound in a burst, the rest at the old
            // places. Past ones stay remembered so they are not queued again.
            self.queued.retain(|_, q| {
                out.cancel(&q.source);
                q.at <= now
            });
        }
        let upcoming: Vec<_> = engine
            .upcoming_cues(not_before)
            .into_iter()
            .filter(|c| c.at <= now + LOOKAHEAD_MS)
            .collect();
        self.queued.retain(|k, q| {
            if q.at < now - REMEMBER_MS {
                return false; // played
            }
            let keep = upcoming.iter().any(|c| key(c.id, c.at) == *k);
            if !keep && q.at > now {
                out.cancel(&q.source);
            }
            keep || q.at <= now
        });
        // Follow the clock pairing where it moved (it does by a buffer or
        // two while a new output starts), while there is time to do it cleanly.
        for (k, q) in self.queued.iter_mut() {
            if q.at > now + 40.0 {
                let p = out.place(q.at);
                if should_move(q.placed, p) {
                    if let Some(s) = out.schedule(k.0, q.kind, q.at, p) {
                        out.cancel(&q.source);
                        q.source = s;
                        q.placed = p;
                    }
                }
            }
        }
        for c in &upcoming {
            if let std::collections::hash_map::Entry::Vacant(e) = self.queued.entry(key(c.id, c.at))
            {
                let p = out.place(c.at);
                if let Some(source) = out.schedule(c.id, c.kind, c.at, p) {
                    out.queued(c.id, c.kind, c.at);
                    e.insert(Queued {
                        at: c.at,
                        kind: c.kind,
                        source,
                        placed: p,
                    });
                }
            }
        }
        restarted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    /// Records what is scheduled and cancelled; `offset` moves its clock
    /// against the engine's, and `trusted` says whether a placement is.
    #[derive(Default)]
    struct Recorder {
        scheduled: Vec<(u32, CueKind, f64)>,
        cancelled: Vec<usize>,
        offset: f64,
        trusted: bool,
    }

    impl AudioOut for Recorder {
        type Source = usize;
        fn place(&self, at_ms: f64) -> Placement {
            Placement {
                when_s: (at_ms + self.offset) / 1000.0,
                trusted: self.trusted,
            }
        }
        fn schedule(&mut self, id: u32, kind: CueKind, at_ms: f64, _: Placement) -> Option<usize> {
            self.scheduled.push((id, kind, at_ms));
            Some(self.scheduled.len() - 1)
        }
        fn cancel(&mut self, s: &usize) {
            self.cancelled.push(*s);
        }
    }

    fn engine() -> Engine {
        Engine::start(&builtin::all().remove(0), 0.0)
    }

    #[test]
    fn cues_ahead_are_queued_once_each() {
        let (e, mut out, mut q) = (engine(), Recorder::default(), CueQueue::default());
        assert!(
            q.sync(&mut out, &e, 0.0, 0.0),
            "the first sync starts the clock"
        );
        let first = out.scheduled.len();
        assert!(first > 0);
        assert!(out.scheduled.iter().all(|c| c.2 <= LOOKAHEAD_MS));
        assert!(!q.sync(&mut out, &e, 1_000.0, 1_000.0));
        assert_eq!(out.scheduled.len(), first, "nothing queued twice");
        assert!(out.cancelled.is_empty());
        // Later, the cues that came into the look-ahead are added.
        q.sync(&mut out, &e, 60_000.0, 60_000.0);
        assert!(out.scheduled.len() > first);
        let mut keys: Vec<_> = out.scheduled.iter().map(|c| key(c.0, c.2)).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), out.scheduled.len());
    }

    #[test]
    fn cues_before_not_before_are_left_out() {
        let (e, mut out, mut q) = (engine(), Recorder::default(), CueQueue::default());
        q.sync(&mut out, &e, 0.0, 20_000.0);
        assert!(out.scheduled.iter().all(|c| c.2 >= 20_000.0));
    }

    #[test]
    fn a_clock_that_stopped_makes_the_queue_stale() {
        let (e, mut out, mut q) = (engine(), Recorder::default(), CueQueue::default());
        q.sync(&mut out, &e, 0.0, 0.0);
        let queued = out.scheduled.len();
        q.clock_stopped();
        assert!(q.sync(&mut out, &e, 500.0, 0.0), "running again");
        assert_eq!(
            out.cancelled.len(),
            queued,
            "every source from before is silenced"
        );
        // The ones still ahead are queued afresh; the one already due is not.
        let again = out.scheduled.len() - queued;
        assert_eq!(
            again,
            queued - 1,
            "the cue at 0 ms is past and stays remembered"
        );
    }

    #[test]
    fn back_from_hidden_silences_the_past_and_forgets_the_future() {
        let (e, mut out, mut q) = (engine(), Recorder::default(), CueQueue::default());
        q.sync(&mut out, &e, 0.0, 0.0);
        let at_now: Vec<usize> = (0..out.scheduled.len()).collect();
        q.relayout_after_hidden(|s| out.cancelled.push(*s), 16_000.0);
        // The get-ready cue (at 0) and the hold start (at 15 s) fell due while
        // hidden: silenced (if not already played). Everything later: gone.
        let past = out.scheduled.iter().filter(|c| c.2 < 15_000.0).count();
        assert!(out.cancelled.len() >= at_now.len() - past - 1);
        let before = out.scheduled.len();
        q.sync(&mut out, &e, 16_000.0, 16_000.0);
        assert!(out.scheduled.len() > before, "the future is laid out again");
        assert!(out.scheduled[before..].iter().all(|c| c.2 >= 16_000.0));
    }

    #[test]
    fn only_a_trusted_pairing_moves_a_queued_cue() {
        let (e, mut out, mut q) = (engine(), Recorder::default(), CueQueue::default());
        q.sync(&mut out, &e, 0.0, 0.0);
        let n = out.scheduled.len();
        out.offset = 20.0; // an untrusted guess moved
        q.sync(&mut out, &e, 100.0, 0.0);
        assert_eq!(out.scheduled.len(), n, "a guess never moves a cue");
        out.trusted = true;
        q.sync(&mut out, &e, 200.0, 0.0);
        let moved = out.scheduled.len() - n;
        assert!(moved > 0, "upgraded once onto the trusted place");
        assert_eq!(
            out.cancelled.len(),
            moved,
            "each move silences the old source"
        );
        q.sync(&mut out, &e, 300.0, 0.0);
        assert_eq!(out.scheduled.len(), n + moved, "and not again");
    }
}
