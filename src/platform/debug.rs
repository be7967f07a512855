//! What the page exposes for the timing bench and the browser tests to read.

use wasm_bindgen::prelude::*;

/// Appends `{id, kind, at, scheduledAt}` to `window.__quadsCues`: the
/// intended instant of a cue (`at`, epoch ms, made relative to the
/// `performance` clock) and when it was queued.
pub fn log_cue(id: u32, kind: &str, at: f64) {
    let Some(w) = web_sys::window() else { return };
    let Some(arr) = super::page::window_global("__quadsCues", || js_sys::Array::new().into())
    else {
        return;
    };
    let o = js_sys::Object::new();
    let origin = w.performance().map(|p| p.time_origin()).unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&o, &"id".into(), &id.into());
    let _ = js_sys::Reflect::set(&o, &"kind".into(), &kind.into());
    let _ = js_sys::Reflect::set(&o, &"at".into(), &(at - origin).into());
    let _ = js_sys::Reflect::set(
        &o,
        &"scheduledAt".into(),
        &w.performance().map(|p| p.now()).unwrap_or(0.0).into(),
    );
    arr.unchecked_ref::<js_sys::Array>().push(&o);
}
