//! Sounds synthesised with Web Audio and started on the audio clock at an
//! exact instant. A sound is one oscillator whose pitch steps through its
//! notes, so one sound is one scheduled source. Which audio-clock time to
//! use is the caller's to work out from `read_clocks`; this module only
//! reads the context's clocks and makes the sounds.

use super::feature;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{AudioContext, OscillatorNode, OscillatorType};

thread_local! {
    static CTX: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
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

/// One reading of the context's clocks, all taken together.
pub struct ClockReading {
    /// `performance.now()` when the reading was taken.
    pub now_ms: f64,
    /// `performance.timeOrigin`.
    pub origin_ms: f64,
    /// `currentTime`, s.
    pub context_s: f64,
    /// `outputLatency` (s), 0 where the browser does not say.
    pub output_latency_s: f64,
    /// `getOutputTimestamp()` as (contextTime s, performanceTime ms), where
    /// the browser has it.
    pub output_stamp: Option<(f64, f64)>,
}

/// Reads the context's clocks; `None` without a running context.
pub fn read_clocks() -> Option<ClockReading> {
    let perf = web_sys::window()?.performance()?;
    with_ctx(|ctx| {
        if !is_running(ctx) {
            return None;
        }
        let num = |o: &JsValue, k: &str| feature::get(o, k).and_then(|v| v.as_f64());
        let output_stamp = feature::call("audio", ctx, "getOutputTimestamp", &[])
            .and_then(|ts| Some((num(&ts, "contextTime")?, num(&ts, "performanceTime")?)));
        Some(ClockReading {
            now_ms: perf.now(),
            origin_ms: perf.time_origin(),
            context_s: ctx.current_time(),
            output_latency_s: num(ctx, "outputLatency").unwrap_or(0.0),
            output_stamp,
        })
    })?
}

/// A scheduled sound, which can be cancelled until it has played.
pub struct Sound(OscillatorNode);

/// Notes as (frequency Hz, seconds), with `gap_s` of silence between them.
pub type Notes<'a> = &'a [(f32, f64)];

/// Schedules `notes` to start at `when`, a time on the audio clock.
pub fn schedule_at(notes: Notes, gap_s: f64, when: f64) -> Option<Sound> {
    with_ctx(|ctx| play_at(ctx, notes, gap_s, when)).flatten()
}

fn play_at(ctx: &AudioContext, notes: Notes, gap_s: f64, when: f64) -> Option<Sound> {
    let osc = ctx.create_oscillator().ok()?;
    let gain = ctx.create_gain().ok()?;
    osc.set_type(OscillatorType::Triangle);
    let f = osc.frequency();
    let g = gain.gain();
    let _ = g.set_value_at_time(0.0, when);
    let mut t = when;
    for &(freq, dur) in notes {
        let _ = f.set_value_at_time(freq, t);
        // Short attack and decay: no clicks, pleasant at arm's length.
        let _ = g.set_value_at_time(0.0, t);
        let _ = g.linear_ramp_to_value_at_time(0.5, t + 0.01);
        let _ = g.exponential_ramp_to_value_at_time(0.001, t + dur);
        t += dur + gap_s;
    }
    osc.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&ctx.destination()).ok()?;
    osc.start_with_when(when).ok()?;
    osc.stop_with_when(t).ok()?;
    Some(Sound(osc))
}

/// Stops a scheduled sound that has not played yet.
pub fn cancel(s: &Sound) {
    let _ = s.0.stop_with_when(0.0);
    let _ = s.0.disconnect();
}

/// "Test sound" in Settings: `notes`, now.
pub fn test_sound(notes: Notes, gap_s: f64) -> bool {
    unlock();
    with_ctx(|ctx| play_at(ctx, notes, gap_s, ctx.current_time() + 0.05).is_some()).unwrap_or(false)
}
