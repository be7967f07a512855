//! The habit tracker: "flossing for your core". Days, streaks and strength
//! are computed from civil dates only.
pub mod calendar;
pub mod civil_day;
pub mod entry;
pub mod export;
pub mod progress;
pub mod release_check;
pub mod reminder;
pub mod score;
pub mod stats;
pub mod streak;
pub mod target;
