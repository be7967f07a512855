//! The triage wizard: red flags first, then where the pain likely comes from.
pub mod answers;
pub mod assess;
pub mod compose;
pub mod rules;
pub mod saved;
pub mod topics;
pub mod wizard;
