//! Quads: guided release for tight quads that come from the hip.
//!
//! Each capability is a folder with a pure core (plain Rust, tested natively
//! with `cargo test`) and, in the browser build only, a `view` of Leptos
//! components. Browser APIs sit in `platform`, one module per API.
pub mod habit;
pub mod ids;
pub mod number_text;
pub mod route;
pub mod session;
pub mod share;
pub mod sort;
pub mod storage;
pub mod triage;
pub mod words;
// The catalogue compiler (examples/catalogues) names the crate; the core's
// tests compile English with it (words::english).
#[cfg(test)]
extern crate self as quads;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod screens;
#[cfg(target_arch = "wasm32")]
pub mod shell;
