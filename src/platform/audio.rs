//! Cue sounds, synthesised with Web Audio and started on the audio clock at
//! their exact instant. Each cue is one oscillator whose pitch steps through
//! the cue's notes, so one cue is one scheduled source. Which audio-clock
//! time that is comes from `session::audio_clock`; this module only reads
//! the context's clocks for it and makes the sounds.

use super::feature;
use crate::session::audio_clock::{self, ClockPairing, Placement, Reading, Stamp};
use crate::session::cue::CueKind;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{AudioContext, OscillatorNode, OscillatorType};

thread_local! {
    static CTX: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
    static PAIRING: RefCell<ClockPairing> = RefCell::new(ClockPairing::default());
    /// Called when the context starts or stops running.
    static ON_STATE: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
}

/// Creates (or wakes) the audio context. Must run inside a user tap: iOS
/// only lets a page make sound after a gesture has started its context.
pub fn unlock() -> bool {
    let ok = CTX.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
            if let Some(ctx) = c.as_ref() {
                ON_STATE.with(|f| {
                    ctx.set_onstatechange(f.borrow().as_ref().map(|f| f.as_ref().unchecked_ref()))
                });
            }
        }
        c.is_some()
    });
    resume_if_needed();
    // A one-sample silent buffer played inside the gesture completes the
    // unlock on older iOS.
    with_ctx(|ctx| {
        if let (Ok(buf), Ok(src)) = (
            ctx.create_buffer(1, 1, 22_050.0),
            ctx.create_buffer_source(),
        ) {
            src.set_buffer(Some(&buf));
            let _ = src.connect_with_audio_node(&ctx.destination());
            let _ = src.start();
        }
    });
    ok
}

/// Runs `f` whenever the context starts or stops running (the person
/// unlocked audio, a call ended), so a session can lay its cues out again
/// at once rather than at its next wake-up.
pub fn on_state_change(f: impl FnMut() + 'static) {
    let cb = Closure::<dyn FnMut()>::new(f);
    with_ctx(|ctx| ctx.set_onstatechange(Some(cb.as_ref().unchecked_ref())));
    ON_STATE.with(|s| *s.borrow_mut() = Some(cb));
}

/// Stops calling the `on_state_change` callback (its screen went away).
pub fn clear_state_change() {
    with_ctx(|ctx| ctx.set_onstatechange(None));
    ON_STATE.with(|s| s.borrow_mut().take());
}

/// Resumes a context the system suspended or interrupted (a call, the lock screen).
pub fn resume_if_needed() {
    with_ctx(|ctx| {
        if !is_running(ctx) {
            if let Ok(p) = ctx.resume() {
                // Refused without a tap: the next tap tries again.
                feature::ignore_rejection(&p);
            }
        }
    });
}

/// Read as text: Safari's "interrupted" is not in web-sys's enum.
fn is_running(ctx: &AudioContext) -> bool {
    feature::get(ctx, "state")
        .and_then(|s| s.as_string())
        .as_deref()
        == Some("running")
}

/// Whether cues can be put on the audio clock now. A context that is not
/// running has a clock that stands still: anything placed on it would
/// sound in a burst when it starts.
pub fn running() -> bool {
    with_ctx(is_running).unwrap_or(false)
}

fn with_ctx<R>(f: impl FnOnce(&AudioContext) -> R) -> Option<R> {
    CTX.with(|c| c.borrow().as_ref().map(f))
}

/// The audio clock as it stands at one wake-up: a fresh reading, judged
/// with the ones before it.
pub struct AudioNow {
    reading: Reading,
    trusted: Option<Stamp>,
    quick_look: bool,
    origin_ms: f64,
}

impl AudioNow {
    /// Where a cue to be heard at `at_ms` (on `clock::now_ms`'s scale) goes.
    pub fn place(&self, at_ms: f64) -> Placement {
        audio_clock::place(&self.reading, self.trusted, at_ms - self.origin_ms)
    }

    /// True while the clock pairing is settling or has just moved: worth
    /// looking again soon, so queued cues follow it before they sound.
    pub fn settling(&self) -> bool {
        self.quick_look
    }
}

/// Reads the context's clocks and adds the reading to the pairing check.
/// `None` without a running context.
pub fn observe() -> Option<AudioNow> {
    let perf = web_sys::window()?.performance()?;
    let reading = with_ctx(|ctx| {
        if !is_running(ctx) {
            return None;
        }
        let num = |o: &JsValue, k: &str| feature::get(o, k).and_then(|v| v.as_f64());
        let stamp = feature::call("audio", ctx, "getOutputTimestamp", &[]).and_then(|ts| {
            Some(Stamp {
                context_s: num(&ts, "contextTime")?,
                performance_ms: num(&ts, "performanceTime")?,
            })
        });
        Some(Reading {
            now_ms: perf.now(),
            context_s: ctx.current_time(),
            output_latency_s: num(ctx, "outputLatency").unwrap_or(0.0),
            stamp,
        })
    })??;
    let (trusted, quick_look) = PAIRING.with(|p| {
        let mut p = p.borrow_mut();
        p.observe(&reading);
        (p.trusted_stamp(), p.worth_a_quick_look(reading.now_ms))
    });
    Some(AudioNow {
        reading,
        trusted,
        quick_look,
        origin_ms: perf.time_origin(),
    })
}

/// Forgets the clock pairing: the context stopped, so its old pairing
/// says nothing about the output from now on.
pub fn reset_pairing() {
    PAIRING.with(|p| p.borrow_mut().reset());
}

/// Schedules a cue at an audio-clock time from `AudioNow::place`.
pub fn schedule_at(kind: CueKind, when: f64) -> Option<OscillatorNode> {
    with_ctx(|ctx| play_at(ctx, kind, when)).flatten()
}

fn play_at(ctx: &AudioContext, kind: CueKind, when: f64) -> Option<OscillatorNode> {
    let osc = ctx.create_oscillator().ok()?;
    let gain = ctx.create_gain().ok()?;
    osc.set_type(OscillatorType::Triangle);
    let f = osc.frequency();
    let g = gain.gain();
    let _ = g.set_value_at_time(0.0, when);
    let mut t = when;
    for &(freq, dur) in crate::session::cue::notes(kind) {
        let _ = f.set_value_at_time(freq, t);
        // Short attack and decay: no clicks, pleasant at arm's length.
        let _ = g.set_value_at_time(0.0, t);
        let _ = g.linear_ramp_to_value_at_time(0.5, t + 0.01);
        let _ = g.exponential_ramp_to_value_at_time(0.001, t + dur);
        t += dur + crate::session::cue::NOTE_GAP_S;
    }
    osc.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&ctx.destination()).ok()?;
    osc.start_with_when(when).ok()?;
    osc.stop_with_when(t).ok()?;
    Some(osc)
}

/// Stops a scheduled cue that has not sounded yet.
pub fn cancel(osc: &OscillatorNode) {
    let _ = osc.stop_with_when(0.0);
    let _ = osc.disconnect();
}

/// "Test sound" in Settings: the hold-start cue, now.
pub fn test_sound() -> bool {
    unlock();
    with_ctx(|ctx| play_at(ctx, CueKind::HoldStart, ctx.current_time() + 0.05).is_some())
        .unwrap_or(false)
}
