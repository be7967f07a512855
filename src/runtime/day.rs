//! Which day it is, from the browser's clock and time-zone rules: the habit
//! day (with the person's day start) and the calendar day.

use crate::habit::civil_day::{CivilDay, LocalTime};
use crate::platform::clock;
use crate::storage::schema::Data;

/// The local wall-clock reading of an epoch instant (DST included).
pub fn local_time(epoch_ms: f64) -> LocalTime {
    let (year, month, day, hour, minute) = clock::local_time(epoch_ms);
    LocalTime {
        year,
        month,
        day,
        hour,
        minute,
    }
}

/// The habit day an instant belongs to, with the user's day start applied.
pub fn habit_day(epoch_ms: f64, day_start_min: u32) -> CivilDay {
    CivilDay::of_local(local_time(epoch_ms), day_start_min).unwrap_or(CivilDay(0))
}

/// Today's habit day for this data's day start.
pub fn habit_today(d: &Data) -> CivilDay {
    habit_day(clock::wall_ms(), d.settings.day_start_min)
}

/// Today's date for calendars ("which month is it"), without day start.
pub fn today() -> CivilDay {
    CivilDay::of_local(local_time(clock::wall_ms()), 0).unwrap_or(CivilDay(0))
}
