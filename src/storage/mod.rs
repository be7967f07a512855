//! The one place data is kept: a versioned envelope in `localStorage`.
pub mod envelope;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod merge;
pub mod migrate;
pub mod schema;
pub mod started_plan;
