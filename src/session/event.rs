//! A finished (or ended early) session, as the habit tracker counts it.

use super::engine::Engine;
use super::routine::Routine;
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
    /// The record of a session that has ended (finished, or ended early):
    /// `started_wall_ms` is when it began on the wall clock and `day` the
    /// habit day that instant belongs to. Its id derives from the engine's
    /// start instant, so recording the same session twice gives one record.
    pub fn of(
        routine: &Routine,
        engine: &Engine,
        started_wall_ms: f64,
        day: CivilDay,
    ) -> SessionEvent {
        SessionEvent {
            id: format!("{}{}", crate::ids::SESSION, engine.started_at as u64),
            routine_id: routine.id.clone(),
            routine_name: routine.name.chars().take(80).collect(),
            day,
            started_at_ms: started_wall_ms,
            held_s: (engine.held_ms() / 1000.0).round() as u32,
            spots_done: engine.holds.iter().filter(|h| h.held_ms > 0.0).count() as u32,
            sides: routine
                .steps
                .iter()
                .map(|s| s.side_count())
                .max()
                .unwrap_or(1),
            completed: engine.completed_holds() == engine.plan.hold_count(),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    #[test]
    fn a_finished_session_and_one_ended_early() {
        let r = builtin::all().remove(0);
        let mut e = Engine::start(&r, 1_000.0);
        let total = f64::from(e.plan.phases.iter().map(|p| p.duration_ms).sum::<u32>());
        e.advance(1_000.0 + total + 10.0);
        let done = SessionEvent::of(&r, &e, 5.0, CivilDay(100));
        assert_eq!(
            (done.id.as_str(), done.completed, done.sides, done.day),
            ("s1000", true, 2, CivilDay(100))
        );
        assert_eq!(done.spots_done, 4);
        assert_eq!(done.held_s, 240);
        assert!(done.validate().is_ok());
        let mut early = Engine::start(&r, 1_000.0);
        early.finish_early(2_000.0);
        let ev = SessionEvent::of(&r, &early, 5.0, CivilDay(100));
        assert!(!ev.completed);
        assert_eq!(ev.held_s, 0);
    }
}
