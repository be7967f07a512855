//! The one way the app touches an optional browser API: look it up by name,
//! call it only if it is there, and catch whatever it throws.
//!
//! A web-sys binding assumes the API exists; called on a browser without it
//! (Safari has no `navigator.vibrate`), it throws a JavaScript exception
//! straight through our Rust frames, skipping their clean-up and whatever
//! the caller meant to do next. Looking a method up with `Reflect` and
//! calling it with `Function::apply` (both bound with `catch`) turns a
//! missing or failing API into `None` and one console line instead.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// `obj[name]`, unless it is undefined or null.
pub fn get(obj: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `obj[name]` when it is a function: the feature test.
pub fn method(obj: &JsValue, name: &str) -> Option<js_sys::Function> {
    get(obj, name)?.dyn_into::<js_sys::Function>().ok()
}

/// `obj[name](...args)`, if `obj` has such a method. An exception is caught
/// and logged under `api`; both absence and failure give `None`.
pub fn call(api: &str, obj: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = method(obj, name)?;
    let list: js_sys::Array = args.iter().collect();
    match f.apply(obj, &list) {
        Ok(v) => Some(v),
        Err(e) => {
            log(api, name, &e);
            None
        }
    }
}

/// `navigator`, or `None` outside a window.
pub fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

/// Marks a promise's rejection as expected (a wake lock already released),
/// so it is not reported as an unhandled error. One shared handler.
pub fn ignore_rejection(p: &JsValue) {
    thread_local! {
        static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_: JsValue| {});
    }
    IGNORE.with(|h| {
        let _ = js_sys::Promise::resolve(p).catch(h);
    });
}

/// Runs `f` inside a JavaScript `try`: an exception thrown anywhere below it
/// (a binding that assumed too much) ends `f` but not its caller. Returns
/// whether `f` ran to its end. For loops that must go on, such as a
/// session's wake-ups. Boxed, so the bundle holds one closure shim for every
/// caller rather than one each.
pub fn guard(what: &str, f: Box<dyn FnOnce()>) -> bool {
    let js = Closure::once_into_js(f);
    let Ok(func) = js.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match func.call0(&JsValue::NULL) {
        Ok(_) => true,
        Err(e) => {
            log(what, "", &e);
            false
        }
    }
}

fn log(api: &str, name: &str, e: &JsValue) {
    let msg = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default();
    // A warning, not an error: the app carried on without the feature.
    web_sys::console::warn_1(&JsValue::from_str(&format!(
        "quads: {api} {name} failed, carrying on without it: {msg}"
    )));
}

/// One console warning: something the app carried on without.
pub fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("quads: {text}")));
}
