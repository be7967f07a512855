//! A routine flattened into the phases a session walks through: get ready,
//! hold, move the tool, switch sides. Durations are fixed here; the engine
//! only adds time the user asks for (+15 s).

use super::routine::{Routine, Side, Step};
use serde::{Deserialize, Serialize};

/// Seconds given to move the tool "a couple of inches" between spots.
pub const MOVE_MS: u32 = 5_000;
/// The first phase is never shorter than this: time to put the phone down.
pub const FIRST_READY_MIN_MS: u32 = 5_000;
/// Switching sides needs time to turn over, whatever rest was chosen.
pub const SWITCH_MIN_MS: u32 = 5_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseKind {
    /// Get into position for a step (or a side of it).
    Prepare,
    Hold,
    /// Move the tool a couple of inches to the next spot.
    Move,
    /// Turn over to the other side of a mirrored step.
    Switch,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    pub kind: PhaseKind,
    pub step: usize,
    /// The side actually worked: never `Both`.
    pub side: Side,
    /// 1-based spot number within the side.
    pub spot: u8,
    pub spots: u8,
    pub duration_ms: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub phases: Vec<Phase>,
}

impl Timeline {
    /// Flattens a valid routine. A step on `Both` sides is worked left, then
    /// right, with a switch phase between.
    pub fn of(routine: &Routine) -> Timeline {
        let mut phases = Vec::new();
        for (i, step) in routine.steps.iter().enumerate() {
            let sides: &[Side] = match step.side {
                Side::Both => &[Side::Left, Side::Right],
                Side::Left => &[Side::Left],
                Side::Right => &[Side::Right],
            };
            for (k, &side) in sides.iter().enumerate() {
                if k == 0 {
                    let mut ready = u32::from(step.reposition_s) * 1000;
                    if phases.is_empty() {
                        ready = ready.max(FIRST_READY_MIN_MS);
                    }
                    if ready > 0 {
                        phases.push(phase(PhaseKind::Prepare, i, side, 1, step, ready));
                    }
                } else {
                    let rest = (u32::from(routine.switch_rest_s) * 1000).max(SWITCH_MIN_MS);
                    phases.push(phase(PhaseKind::Switch, i, side, 1, step, rest));
                }
                for spot in 1..=step.spots.max(1) {
                    if spot > 1 {
                        phases.push(phase(PhaseKind::Move, i, side, spot, step, MOVE_MS));
                    }
                    phases.push(phase(
                        PhaseKind::Hold,
                        i,
                        side,
                        spot,
                        step,
                        u32::from(step.hold_s) * 1000,
                    ));
                }
            }
        }
        Timeline { phases }
    }

    pub fn total_ms(&self) -> u32 {
        self.phases.iter().map(|p| p.duration_ms).sum()
    }

    pub fn hold_count(&self) -> usize {
        self.phases
            .iter()
            .filter(|p| p.kind == PhaseKind::Hold)
            .count()
    }
}

fn phase(kind: PhaseKind, step: usize, side: Side, spot: u8, s: &Step, duration_ms: u32) -> Phase {
    Phase {
        kind,
        step,
        side,
        spot,
        spots: s.spots.max(1),
        duration_ms,
    }
}

impl Routine {
    /// Total planned seconds, holds and transitions included. Defined here,
    /// not beside `Routine`, because only the timeline knows the transitions:
    /// `plan` depends on `routine`, never the reverse.
    pub fn total_seconds(&self) -> u32 {
        Timeline::of(self).total_ms() / 1000
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    #[test]
    fn mirrored_step_is_left_then_switch_then_right() {
        let r = builtin::by_id(builtin::DAILY_FLOSS).unwrap();
        let p = Timeline::of(&r);
        let kinds: Vec<_> = p.phases.iter().map(|p| (p.kind, p.side, p.spot)).collect();
        use PhaseKind::*;
        use Side::*;
        assert_eq!(
            kinds,
            vec![
                (Prepare, Left, 1),
                (Hold, Left, 1),
                (Move, Left, 2),
                (Hold, Left, 2),
                (Switch, Right, 1),
                (Hold, Right, 1),
                (Move, Right, 2),
                (Hold, Right, 2),
            ]
        );
        assert_eq!(p.hold_count(), 4);
    }

    #[test]
    fn every_side_gets_every_spot() {
        for r in builtin::all() {
            let p = Timeline::of(&r);
            let expected: usize = r
                .steps
                .iter()
                .map(|s| s.spots as usize * s.side_count() as usize)
                .sum();
            assert_eq!(p.hold_count(), expected);
        }
    }
}
