//! The triage wizard: red flags first, then where the pain likely comes from.
pub mod answers;
pub mod assess;
pub mod compose;
pub mod rules;
pub mod saved;
#[cfg(target_arch = "wasm32")]
pub mod view;
pub mod wording;
