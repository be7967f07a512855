//! A finished (or ended early) session, as the habit tracker counts it.

use crate::habit::civil_day::CivilDay;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionEvent {
    pub id: String,
    pub routine_id: String,
    pub routine_name: String,
    /// The user's local calendar day, with their day start applied.
    pub day: CivilDay,
    /// Wall-clock ms (epoch) when the session started.
    pub started_at_ms: f64,
    pub held_s: u32,
    pub spots_done: u32,
    pub sides: u32,
    /// False when ended early.
    pub completed: bool,
}

impl SessionEvent {
    pub fn validate(&self) -> Result<(), String> {
        if self.id.is_empty() || self.id.len() > 64 || self.routine_name.chars().count() > 80 {
            return Err("a session record has a bad id or name".into());
        }
        if !self.started_at_ms.is_finite() || self.held_s > 24 * 3600 || self.sides > 2 {
            return Err(format!("the session on {} has impossible values", self.day));
        }
        Ok(())
    }
}
