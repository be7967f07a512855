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

/// Adds `change` (+1 a sound source made, -1 one silenced) to the count of
/// sources for the cue `id` at `at` in `window.__quadsSources` (a map of
/// "id@at" to a count): a count above one is a cue that would sound twice.
pub fn count_cue_source(id: u32, at: f64, change: i32) {
    let Some(map) = super::page::window_global("__quadsSources", || js_sys::Object::new().into())
    else {
        return;
    };
    let key: JsValue = format!("{id}@{}", at.round() as i64).into();
    let now = js_sys::Reflect::get(&map, &key)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&map, &key, &(now + f64::from(change)).into());
}
