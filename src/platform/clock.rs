//! Time. `now_ms` is `performance.timeOrigin + performance.now()`: monotonic
//! within a page and on the epoch scale, so a stored session stays
//! meaningful after a reload.

use crate::habit::civil_day::{CivilDay, LocalTime};

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
/// time-zone rules (DST included).
pub fn local_time(epoch_ms: f64) -> LocalTime {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms));
    LocalTime {
        year: d.get_full_year() as i32,
        month: d.get_month() + 1,
        day: d.get_date(),
        hour: d.get_hours(),
        minute: d.get_minutes(),
    }
}

/// The habit day an instant belongs to, with the user's day start applied.
pub fn habit_day(epoch_ms: f64, day_start_min: u32) -> CivilDay {
    CivilDay::of_local(local_time(epoch_ms), day_start_min).unwrap_or(CivilDay(0))
}

/// Today's date for calendars ("which month is it"), without day start.
pub fn today() -> CivilDay {
    CivilDay::of_local(local_time(wall_ms()), 0).unwrap_or(CivilDay(0))
}
