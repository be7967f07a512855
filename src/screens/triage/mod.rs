//! The triage screens: the wizard, a result, earlier results, the safety
//! check before a session, and Learn.

mod history;
mod learn;
mod questions;
mod red_flag_check;
mod result;
mod wizard;

pub use history::History;
pub use learn::Learn;
pub use red_flag_check::RedFlagCheck;
pub use result::{referral_figure, ResultScreen};
pub use wizard::Wizard;
