//! Vibration patterns, where the phone has them. No iPhone does: Safari has
//! no `navigator.vibrate`, so every call goes through `feature`.

use super::feature;
/// Whether this phone can vibrate at all (Settings offers the switch only then).
pub fn available() -> bool {
    feature::navigator().is_some_and(|n| feature::method(&n, "vibrate").is_some())
}

/// Vibrates `pattern` (on, off, on... ms).
pub fn vibrate(pattern: &[u32]) {
    let Some(nav) = feature::navigator() else {
        return;
    };
    let arr: js_sys::Array = pattern
        .iter()
        .map(|v| wasm_bindgen::JsValue::from(*v))
        .collect();
    feature::call("vibration", &nav, "vibrate", &[arr.into()]);
}
