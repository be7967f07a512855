//! The one place data is kept: a versioned envelope in `localStorage`.
pub mod arrival;
pub mod day_marks;
pub mod envelope;
pub mod following_plan;
pub mod merge;
pub mod migrate;
pub mod schema;
pub mod started_plan;
pub mod warning_signs;
