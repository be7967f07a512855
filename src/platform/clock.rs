//! Time. `now_ms` is `performance.timeOrigin + performance.now()`: monotonic
//! within a page and on the epoch scale, so a stored session stays
//! meaningful after a reload.

pub fn now_ms() -> f64 {
    match web_sys::window().and_then(|w| w.performance()) {
        Some(p) => p.time_origin() + p.now(),
        None => js_sys::Date::now(),
    }
}

pub fn wall_ms() -> f64 {
    js_sys::Date::now()
}

/// The local wall-clock reading of an epoch instant, from the browser's own
/// time-zone rules (DST included): (year, month 1-12, day, hour, minute).
pub fn local_time(epoch_ms: f64) -> (i32, u32, u32, u32, u32) {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms));
    (
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
    )
}
