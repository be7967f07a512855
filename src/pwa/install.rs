//! The in-app Install button (where the browser offers
//! `beforeinstallprompt`) and the iPhone hint (where it does not).

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static DEFERRED: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

pub fn listen(can_install: RwSignal<bool>) {
    let Some(w) = web_sys::window() else { return };
    let on_prompt = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        // Keep the browser's own mini-bar away; we show our own button.
        e.prevent_default();
        DEFERRED.with(|d| *d.borrow_mut() = Some(e));
        can_install.set(true);
    });
    let _ = w.add_event_listener_with_callback(
        "beforeinstallprompt",
        on_prompt.as_ref().unchecked_ref(),
    );
    on_prompt.forget();
    let on_installed = Closure::<dyn Fn()>::new(move || {
        DEFERRED.with(|d| d.borrow_mut().take());
        can_install.set(false);
    });
    let _ =
        w.add_event_listener_with_callback("appinstalled", on_installed.as_ref().unchecked_ref());
    on_installed.forget();
}

pub fn prompt(can_install: RwSignal<bool>) {
    if let Some(e) = DEFERRED.with(|d| d.borrow_mut().take()) {
        if let Ok(f) = js_sys::Reflect::get(&e, &"prompt".into()) {
            if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                let _ = f.call0(&e);
            }
        }
    }
    can_install.set(false);
}

pub fn is_standalone() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let media = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let ios = js_sys::Reflect::get(&w.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    media || ios
}

/// Safari on iPhone or iPad, not installed: where "Add to Home Screen" is
/// the only way in, and where unused site data may be erased after weeks.
pub fn is_ios_safari_tab() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let ua = w.navigator().user_agent().unwrap_or_default();
    let ios = ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod");
    let other_browser = ua.contains("CriOS") || ua.contains("FxiOS") || ua.contains("EdgiOS");
    ios && !other_browser && !is_standalone()
}
