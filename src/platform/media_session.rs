//! The lock screen and notification controls (Media Session), where the
//! browser has them: what is playing, where it is, and play, pause, next
//! and previous handed to the session.

use super::feature;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// A lock-screen button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Play,
    Pause,
    Next,
    Previous,
}

const ACTIONS: [(&str, Action); 4] = [
    ("play", Action::Play),
    ("pause", Action::Pause),
    ("nexttrack", Action::Next),
    ("previoustrack", Action::Previous),
];

thread_local! {
    static HANDLERS: RefCell<Vec<Closure<dyn FnMut()>>> = const { RefCell::new(Vec::new()) };
}

fn session() -> Option<JsValue> {
    feature::navigator().and_then(|n| feature::get(&n, "mediaSession"))
}

fn set(obj: &JsValue, key: &str, v: &JsValue) {
    let _ = Reflect::set(obj, &key.into(), v);
}

/// Title (the routine), artist (the step) and the app's icon.
pub fn show(title: &str, artist: &str) {
    let Some(s) = session() else { return };
    let Some(ctor) = web_sys::window()
        .and_then(|w| feature::get(&w, "MediaMetadata"))
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let init = Object::new();
    set(&init, "title", &title.into());
    set(&init, "artist", &artist.into());
    set(&init, "album", &"Quads".into());
    let art = Object::new();
    set(&art, "src", &"icons/icon-512.png".into());
    set(&art, "sizes", &"512x512".into());
    set(&art, "type", &"image/png".into());
    set(&init, "artwork", &js_sys::Array::of1(&art));
    if let Ok(meta) = Reflect::construct(&ctor, &js_sys::Array::of1(&init)) {
        set(&s, "metadata", &meta);
    }
}

/// Where the track is, so the lock screen's progress bar is right.
pub fn position(duration_ms: f64, position_ms: f64, playing: bool) {
    let Some(s) = session() else { return };
    set(
        &s,
        "playbackState",
        &(if playing { "playing" } else { "paused" }).into(),
    );
    if duration_ms.is_finite() && duration_ms > 0.0 {
        let state = Object::new();
        set(&state, "duration", &(duration_ms / 1000.0).into());
        // max/min, not clamp: clamp with a bound known only at run time checks
        // it with a message that brings the float formatter in (6 KB).
        set(
            &state,
            "position",
            &(position_ms.max(0.0).min(duration_ms) / 1000.0).into(),
        );
        set(&state, "playbackRate", &1.0.into());
        let _ = feature::call("media session", &s, "setPositionState", &[state.into()]);
    }
}

/// Hands the lock screen's buttons to `f` until `clear`.
pub fn on_action(f: std::rc::Rc<dyn Fn(Action)>) {
    let Some(s) = session() else { return };
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        h.clear();
        for (name, action) in ACTIONS {
            let f = f.clone();
            let c = Closure::<dyn FnMut()>::new(move || f(action));
            let _ = feature::call(
                "media session",
                &s,
                "setActionHandler",
                &[name.into(), c.as_ref().clone()],
            );
            h.push(c);
        }
    });
}

/// The session is over: no controls, nothing shown.
pub fn clear() {
    if let Some(s) = session() {
        for (name, _) in ACTIONS {
            let _ = feature::call(
                "media session",
                &s,
                "setActionHandler",
                &[name.into(), JsValue::NULL],
            );
        }
        set(&s, "metadata", &JsValue::NULL);
        set(&s, "playbackState", &"none".into());
    }
    HANDLERS.with(|h| h.borrow_mut().clear());
}
