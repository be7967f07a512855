//! The page itself: its address, its visibility, focus, scrolling, printing
//! and the counters the tests read. Every call tolerates a missing window or
//! document (a worker, a page being torn down) by doing nothing.

use wasm_bindgen::prelude::*;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The fragment, with its `#` (`#/habit`), or "" when there is none.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn set_hash(h: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(h);
    }
}

/// The page's address without its fragment: what links are made from.
pub fn base_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Removes the element with this id, if there is one.
pub fn remove_element(id: &str) {
    if let Some(e) = document().and_then(|d| d.get_element_by_id(id)) {
        e.remove();
    }
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses the first element matching `selector` (a heading with
/// `tabindex="-1"`, say).
pub fn focus(selector: &str) {
    if let Some(h) = document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Sets an attribute on `<html>` (the theme, say).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

/// The page's title (the tab, the app switcher, a bookmark).
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

pub fn is_visible() -> bool {
    document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Calls `f` on every change of the fragment, for the page's lifetime.
pub fn on_hash_change(f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("hashchange", cb.as_ref().unchecked_ref());
    }
    cb.forget();
}

/// A `visibilitychange` listener, removed when this is dropped.
pub struct VisibilityListener(Closure<dyn Fn()>);

impl Drop for VisibilityListener {
    fn drop(&mut self) {
        if let Some(d) = document() {
            let _ = d.remove_event_listener_with_callback(
                "visibilitychange",
                self.0.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `f` whenever the page is hidden or shown, until the returned
/// listener is dropped.
pub fn on_visibility_change(f: impl Fn() + 'static) -> VisibilityListener {
    let cb = Closure::<dyn Fn()>::new(f);
    if let Some(d) = document() {
        let _ = d.add_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref());
    }
    VisibilityListener(cb)
}

/// Opens every `<details>` in the page's main part, then prints once the
/// images inside them (lazy until now) have loaded, so the paper has them.
pub fn print_with_details_open() {
    let Some(w) = web_sys::window() else { return };
    let all = |selector: &str| {
        let list = document().and_then(|d| d.query_selector_all(selector).ok());
        (0..list.as_ref().map_or(0, |l| l.length()))
            .filter_map(move |i| list.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
    };
    for details in all("main details") {
        let _ = details.set_attribute("open", "");
    }
    let mut loads = Vec::new();
    for img in all("main details img") {
        let _ = img.set_attribute("loading", "eager");
        loads.extend(super::feature::call("print", &img, "decode", &[]));
    }
    wasm_bindgen_futures::spawn_local(async move {
        // A figure that fails to load must not stop the printing.
        for p in loads {
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&p)).await;
        }
        let _ = w.print();
    });
}

/// `window[name]`, made with `make` when it is not an object yet: the
/// tables and lists the bench and the tests read.
pub fn window_global(name: &str, make: impl FnOnce() -> JsValue) -> Option<JsValue> {
    let w = web_sys::window()?;
    let key = JsValue::from_str(name);
    Some(
        js_sys::Reflect::get(&w, &key)
            .ok()
            .filter(|v| v.is_object())
            .unwrap_or_else(|| {
                let v = make();
                let _ = js_sys::Reflect::set(&w, &key, &v);
                v
            }),
    )
}

/// Adds one to `window[name]`: a counter the bench and tests read.
pub fn bump_counter(name: &str) {
    let Some(w) = web_sys::window() else { return };
    let key = JsValue::from_str(name);
    let n = js_sys::Reflect::get(&w, &key)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&w, &key, &(n + 1.0).into());
}

/// `performance.timeOrigin`: turns epoch ms into the page clock's ms.
pub fn time_origin_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.time_origin())
        .unwrap_or(0.0)
}

/// A random number in [0, 1).
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// Now as UTC in the iCalendar form `20261130T120000Z`.
pub fn utc_stamp() -> String {
    let iso = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .replace(['-', ':'], "");
    format!("{}Z", iso.split('.').next().unwrap_or("19700101T000000"))
}
