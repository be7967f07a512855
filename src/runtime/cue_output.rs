//! The session's sounds: keeps what is queued on the audio clock in step
//! with the engine's cue list. Each cue gets one sound source, placed once;
//! it is moved only onto a trusted clock pairing (`session::audio_clock`),
//! and nothing is queued while the audio context is not running.

use crate::platform::audio::{self, Sound};
use crate::platform::debug;
use crate::session::audio_clock::{self, should_move, ClockPairing, Placement, Reading, Stamp};
use crate::session::cue::{notes, CueKind, NOTE_GAP_S};
use crate::session::engine::Engine;
use std::cell::RefCell;
use std::collections::HashMap;

/// How far ahead cues are put on the audio clock. Long enough to ride out
/// a hidden tab whose timers are throttled to one a minute.
pub const LOOKAHEAD_MS: f64 = 65_000.0;

/// One cue on the audio clock.
struct Queued {
    /// Its instant on the engine clock.
    at: f64,
    kind: CueKind,
    source: Sound,
    /// Where it is on the audio clock, and whether that came from a
    /// trusted clock pairing.
    placed: Placement,
}

#[derive(Default)]
struct Output {
    /// By cue id. Cues already due stay a little while, so that a later
    /// wake-up does not queue them again.
    queued: HashMap<u32, Queued>,
    /// Whether the context was running at the last sync: when it starts
    /// again, everything queued before is stale.
    was_running: bool,
}

thread_local! {
    static OUTPUT: RefCell<Output> = RefCell::new(Output::default());
    /// Whether the output timestamp can be trusted, judged over readings.
    static PAIRING: RefCell<ClockPairing> = RefCell::new(ClockPairing::default());
}

/// The audio clock as it stands at one wake-up: a fresh reading, judged
/// with the ones before it.
struct AudioNow {
    reading: Reading,
    trusted: Option<Stamp>,
    quick_look: bool,
    origin_ms: f64,
}

impl AudioNow {
    /// Where a cue to be heard at `at_ms` (on `clock::now_ms`'s scale) goes.
    fn place(&self, at_ms: f64) -> Placement {
        audio_clock::place(&self.reading, self.trusted, at_ms - self.origin_ms)
    }

    /// True while the clock pairing is settling or has just moved: worth
    /// looking again soon, so queued cues follow it before they sound.
    fn settling(&self) -> bool {
        self.quick_look
    }
}

/// Reads the context's clocks and adds the reading to the pairing check.
/// `None` without a running context.
fn observe() -> Option<AudioNow> {
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
    let (trusted, quick_look) = PAIRING.with(|p| {
        let mut p = p.borrow_mut();
        p.observe(&reading);
        (p.trusted_stamp(), p.worth_a_quick_look(reading.now_ms))
    });
    Some(AudioNow {
        reading,
        trusted,
        quick_look,
        origin_ms: r.origin_ms,
    })
}

fn schedule(kind: CueKind, when_s: f64) -> Option<Sound> {
    audio::schedule_at(notes(kind), NOTE_GAP_S, when_s)
}

/// Silences every queued cue that `which(at)` selects and forgets it.
pub fn cancel(which: impl Fn(f64) -> bool) {
    OUTPUT.with(|o| {
        o.borrow_mut().queued.retain(|_, q| {
            if which(q.at) {
                audio::cancel(&q.source);
                false
            } else {
                true
            }
        })
    });
}

/// Back from the background: future cues are laid out afresh on the audio
/// clock as it is now (it may have been suspended), and cues that fell due
/// while hidden are silenced but remembered, so they never play late or twice.
pub fn relayout_after_hidden(now: f64) {
    cancel(|at| at > now);
    OUTPUT.with(|o| {
        for q in o.borrow().queued.values() {
            if q.at < now - 1_000.0 {
                audio::cancel(&q.source);
            }
        }
    });
}

/// Brings the audio queue in line with the engine at `now`: new cues are
/// added, moved ones re-placed, dropped ones cancelled, past ones forgotten.
/// Returns whether the audio clock is still settling (worth a quick look
/// again before the first cues sound).
pub fn sync(engine: &Engine, now: f64, sound: bool) -> bool {
    if !sound {
        cancel(|_| true);
        return false;
    }
    // Not running: its clock stands still, so nothing is queued or moved.
    // Cues already queued wait; see below for what happens to them.
    let Some(clock) = observe() else {
        OUTPUT.with(|o| o.borrow_mut().was_running = false);
        return false;
    };
    let restarted = OUTPUT.with(|o| !std::mem::replace(&mut o.borrow_mut().was_running, true));
    if restarted {
        // Whatever was queued before the context stopped is stale: the ones
        // due meanwhile would sound in a burst, the rest at the old places.
        // Past ones stay remembered so they are not queued again.
        PAIRING.with(|p| p.borrow_mut().reset());
        OUTPUT.with(|o| {
            o.borrow_mut().queued.retain(|_, q| {
                audio::cancel(&q.source);
                q.at <= now
            })
        });
    }
    // A cue due in the last quarter second (the get-ready at the very
    // start) still sounds; anything older is left out.
    let upcoming: Vec<_> = engine
        .upcoming_cues(now - 250.0)
        .into_iter()
        .filter(|c| c.at <= now + LOOKAHEAD_MS)
        .collect();
    OUTPUT.with(|o| {
        let queued = &mut o.borrow_mut().queued;
        queued.retain(|id, q| {
            if q.at < now - 2_000.0 {
                return false; // played
            }
            let keep = upcoming
                .iter()
                .any(|c| c.id == *id && (c.at - q.at).abs() < 1.0);
            if !keep && q.at > now {
                audio::cancel(&q.source);
            }
            keep || q.at <= now
        });
        // Follow the clock pairing where it moved (it does by a buffer or
        // two while a new output starts), while there is time to do it cleanly.
        for q in queued.values_mut() {
            if q.at > now + 40.0 {
                let p = clock.place(q.at);
                if should_move(q.placed, p) {
                    if let Some(s) = schedule(q.kind, p.when_s) {
                        audio::cancel(&q.source);
                        q.source = s;
                        q.placed = p;
                    }
                }
            }
        }
        for c in &upcoming {
            if let std::collections::hash_map::Entry::Vacant(e) = queued.entry(c.id) {
                let p = clock.place(c.at);
                if let Some(source) = schedule(c.kind, p.when_s) {
                    debug_log_cue(c.id, c.kind, c.at);
                    e.insert(Queued {
                        at: c.at,
                        kind: c.kind,
                        source,
                        placed: p,
                    });
                }
            }
        }
    });
    clock.settling()
}

/// Exposes what was queued for the timing bench (`window.__quadsCues`):
/// the intended instant of each cue on the `performance` clock.
fn debug_log_cue(id: u32, kind: CueKind, at: f64) {
    debug::log_cue(id, kind.name(), at);
}
