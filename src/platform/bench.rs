//! Measurements the bench calls in the page, as `window.__quadsBench[name]()`.

use wasm_bindgen::prelude::*;

/// A measurement: it may first have to load the chunk its code is in.
pub type Measure = fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = f64>>>;

/// Makes `f` callable from the page as `window.__quadsBench[name]()`, which
/// returns a promise of the figure.
pub fn expose(name: &str, f: Measure) {
    let Some(table) = super::page::window_global("__quadsBench", || js_sys::Object::new().into())
    else {
        return;
    };
    let cb = Closure::<dyn Fn() -> js_sys::Promise>::new(move || {
        wasm_bindgen_futures::future_to_promise(async move { Ok(JsValue::from(f().await)) })
    });
    let _ = js_sys::Reflect::set(&table, &JsValue::from_str(name), cb.as_ref());
    cb.forget();
}

/// Wraps `wav` in a Blob, as a session track is before it plays.
pub fn wav_blob(wav: &[u8]) {
    let bytes = js_sys::Uint8Array::from(wav);
    let _ = web_sys::Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes));
}
