//! Keeps the screen on during a session. The browser releases the lock when
//! the page is hidden, so the session view asks again when it is visible.
//! (web-sys only exposes the Wake Lock API behind an unstable flag, so it
//! is called by name here.)

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn get(o: &JsValue, k: &str) -> Option<JsValue> {
    js_sys::Reflect::get(o, &k.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

pub async fn acquire() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let Some(wl) = get(&w.navigator(), "wakeLock") else {
        return false;
    };
    let Some(request) = get(&wl, "request").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Ok(p) = request.call1(&wl, &"screen".into()) else {
        return false;
    };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(p)).await {
        Ok(s) => {
            SENTINEL.with(|c| *c.borrow_mut() = Some(s));
            true
        }
        Err(_) => false,
    }
}

pub fn release() {
    if let Some(s) = SENTINEL.with(|c| c.borrow_mut().take()) {
        if let Some(f) = get(&s, "release").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = f.call0(&s);
        }
    }
}
