//! Keeps the screen on during a session. The browser releases the lock when
//! the page is hidden, so the session view asks again when it is visible.
//! (web-sys only exposes the Wake Lock API behind an unstable flag, so it
//! is called by name here.)

use super::feature;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static SENTINEL: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

pub async fn acquire() -> bool {
    let Some(wl) = feature::navigator().and_then(|n| feature::get(&n, "wakeLock")) else {
        return false;
    };
    let Some(p) = feature::call("wake lock", &wl, "request", &["screen".into()]) else {
        return false;
    };
    // Refused (battery saver, page not visible): the session goes on unlit.
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&p)).await {
        Ok(s) => {
            SENTINEL.with(|c| *c.borrow_mut() = Some(s));
            true
        }
        Err(_) => false,
    }
}

pub fn release() {
    if let Some(s) = SENTINEL.with(|c| c.borrow_mut().take()) {
        if let Some(p) = feature::call("wake lock", &s, "release", &[]) {
            feature::ignore_rejection(&p);
        }
    }
}
