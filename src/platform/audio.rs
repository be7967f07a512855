//! Cue sounds, synthesised with Web Audio and started on the audio clock at
//! their exact instant. Each cue is one oscillator whose pitch steps through
//! the cue's notes, so one cue is one scheduled source.

use crate::session::cue::CueKind;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{AudioContext, AudioContextState, OscillatorNode, OscillatorType};

thread_local! {
    static CTX: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// (frequency Hz, seconds) per note.
fn notes(kind: CueKind) -> &'static [(f32, f64)] {
    match kind {
        CueKind::GetReady => &[(523.25, 0.12), (659.25, 0.18)],
        CueKind::HoldStart => &[(659.25, 0.12), (987.77, 0.28)],
        CueKind::Halfway => &[(783.99, 0.16)],
        CueKind::Countdown => &[(880.0, 0.07)],
        CueKind::Move => &[(587.33, 0.12), (783.99, 0.12), (587.33, 0.16)],
        CueKind::Switch => &[(440.0, 0.14), (554.37, 0.14), (659.25, 0.24)],
        CueKind::StepDone => &[(659.25, 0.14), (523.25, 0.22)],
        CueKind::Done => &[
            (523.25, 0.14),
            (659.25, 0.14),
            (783.99, 0.14),
            (1046.5, 0.4),
        ],
    }
}

/// Creates (or wakes) the audio context. Must run inside a user tap: iOS
/// only lets a page make sound after a gesture has started its context.
pub fn unlock() -> bool {
    // iOS 17+: play through the mute switch, like a timer app.
    if let Some(w) = web_sys::window() {
        let nav = w.navigator();
        if let Ok(session) = js_sys::Reflect::get(&nav, &"audioSession".into()) {
            if session.is_object() {
                let _ = js_sys::Reflect::set(&session, &"type".into(), &"playback".into());
            }
        }
    }
    let ok = CTX.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
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

/// Resumes a context the system suspended or interrupted (a call, the lock screen).
pub fn resume_if_needed() {
    with_ctx(|ctx| {
        // "interrupted" (Safari) is not in the enum web-sys knows; anything
        // other than running is worth a resume.
        if ctx.state() != AudioContextState::Running {
            let _ = ctx.resume();
        }
    });
}

fn with_ctx<R>(f: impl FnOnce(&AudioContext) -> R) -> Option<R> {
    CTX.with(|c| c.borrow().as_ref().map(f))
}

/// The audio-clock time (s) at which a sound must start to be *heard* at
/// `at_ms` (on `clock::now_ms`'s scale). `getOutputTimestamp` pairs the
/// sample leaving the speaker with the performance clock, so output latency
/// is accounted for; without it, `currentTime` plus the stated latency.
fn ctx_time(ctx: &AudioContext, at_ms: f64) -> f64 {
    let origin = web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.time_origin())
        .unwrap_or(0.0);
    let at_perf = at_ms - origin;
    if let Some((c, p)) = output_timestamp(ctx).filter(|&(c, p)| c > 0.0 && p > 0.0) {
        return c + (at_perf - p) / 1000.0;
    }
    let latency = js_sys::Reflect::get(ctx, &"outputLatency".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    ctx.current_time() + (at_ms - super::clock::now_ms()) / 1000.0 - latency
}

/// `getOutputTimestamp()` as (contextTime s, performanceTime ms), where
/// the browser has it (Safari before 14.1 does not).
fn output_timestamp(ctx: &AudioContext) -> Option<(f64, f64)> {
    let ts = js_sys::Reflect::get(ctx, &"getOutputTimestamp".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(ctx)
        .ok()?;
    let num = |k: &str| {
        js_sys::Reflect::get(&ts, &k.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    Some((num("contextTime")?, num("performanceTime")?))
}

/// Schedules a cue to be heard at `at_ms`; returns its source, so it can
/// be cancelled if the plan changes, and the audio-clock time it was put
/// at. `None` without a context.
pub fn schedule(kind: CueKind, at_ms: f64) -> Option<(OscillatorNode, f64)> {
    let when = placement(at_ms)?;
    schedule_at(kind, when).map(|o| (o, when))
}

/// Schedules a cue at an audio-clock time already worked out by `placement`.
pub fn schedule_at(kind: CueKind, when: f64) -> Option<OscillatorNode> {
    with_ctx(|ctx| play_at(ctx, kind, when)).flatten()
}

/// Where a cue for `at_ms` would be put on the audio clock now. The pairing
/// of the two clocks moves by a buffer or two (10-20 ms) while a new
/// context starts its output, and can drift over a long session; cues
/// already placed are compared against this and moved when it differs.
pub fn placement(at_ms: f64) -> Option<f64> {
    with_ctx(|ctx| ctx_time(ctx, at_ms).max(ctx.current_time()))
}

/// False during the first tenth of a second of audio output, while the
/// clock pairing is still settling; true when there is nothing to wait for.
pub fn clock_settled() -> bool {
    with_ctx(|ctx| output_timestamp(ctx).is_none_or(|(c, _)| c >= 0.1)).unwrap_or(true)
}

fn play_at(ctx: &AudioContext, kind: CueKind, when: f64) -> Option<OscillatorNode> {
    let osc = ctx.create_oscillator().ok()?;
    let gain = ctx.create_gain().ok()?;
    osc.set_type(OscillatorType::Triangle);
    let f = osc.frequency();
    let g = gain.gain();
    let _ = g.set_value_at_time(0.0, when);
    let mut t = when;
    for &(freq, dur) in notes(kind) {
        let _ = f.set_value_at_time(freq, t);
        // Short attack and decay: no clicks, pleasant at arm's length.
        let _ = g.set_value_at_time(0.0, t);
        let _ = g.linear_ramp_to_value_at_time(0.5, t + 0.01);
        let _ = g.exponential_ramp_to_value_at_time(0.001, t + dur);
        t += dur + 0.03;
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
