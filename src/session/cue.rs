//! Cues: the sounds a session makes, each pinned to an exact instant so the
//! shell can schedule them on the audio clock ahead of time.

use super::timeline::{Phase, PhaseKind};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    GetReady,
    HoldStart,
    Halfway,
    /// One of the three ticks in the last three seconds of a hold.
    Countdown,
    Move,
    Switch,
    StepDone,
    Done,
}

impl CueKind {
    pub fn name(self) -> &'static str {
        match self {
            CueKind::GetReady => "get_ready",
            CueKind::HoldStart => "hold_start",
            CueKind::Halfway => "halfway",
            CueKind::Countdown => "countdown",
            CueKind::Move => "move",
            CueKind::Switch => "switch",
            CueKind::StepDone => "step_done",
            CueKind::Done => "done",
        }
    }
}

/// Silence between two notes of a cue, in seconds.
pub const NOTE_GAP_S: f64 = 0.03;

/// How each cue feels, as a vibration pattern (on, off, on... ms): one
/// short buzz for the small moments, longer runs for the big ones.
pub fn vibration_pattern(kind: CueKind) -> &'static [u32] {
    match kind {
        CueKind::HoldStart => &[200],
        CueKind::Halfway => &[80],
        CueKind::Countdown => &[40],
        CueKind::Move => &[120, 80, 120],
        CueKind::Switch => &[300, 100, 300],
        CueKind::GetReady | CueKind::StepDone => &[100, 60, 100],
        CueKind::Done => &[400, 100, 200, 100, 400],
    }
}

/// Each cue's melody, as (frequency Hz, seconds) per note: the same on the
/// audio clock and in the session track.
pub fn notes(kind: CueKind) -> &'static [(f32, f64)] {
    match kind {
        CueKind::GetReady => &[(523.25, 0.12), (659.25, 0.18)],
        CueKind::HoldStart => &[(659.25, 0.12), (987.77, 0.28)],
        CueKind::Halfway => &[(783.99, 0.16)],
        CueKind::Countdown => &[(880.0, 0.07)],
        CueKind::Move => &[(587.33, 0.12), (783.99, 0.12), (587.33, 0.16)],
        CueKind::Switch => &[(440.0, 0.14), (554.37, 0.14), (659.25, 0.24)],
        CueKind::StepDone => &[(659.25, 0.14), (523.25, 0.22)],
        CueKind::Done => &[
            (523.25, 0.14),
            (659.25, 0.14),
            (783.99, 0.14),
            (1046.5, 0.4),
        ],
    }
}

/// A cue at an absolute instant (ms, same clock as the engine's `now`).
/// `id` is stable for a given phase and slot, so a re-plan after +15 s or a
/// pause moves a cue rather than duplicating it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub id: u32,
    pub kind: CueKind,
    pub at: f64,
}

/// The cues a phase owns, as (slot, kind, offset from phase start in ms).
/// `duration_ms` includes any time added with +15 s.
pub fn phase_cues(phase: &Phase, duration_ms: u32, first: bool) -> Vec<(u32, CueKind, u32)> {
    let mut out = Vec::with_capacity(5);
    match phase.kind {
        PhaseKind::Prepare => out.push((
            0,
            if first {
                CueKind::GetReady
            } else {
                CueKind::StepDone
            },
            0,
        )),
        PhaseKind::Move => out.push((0, CueKind::Move, 0)),
        PhaseKind::Switch => out.push((0, CueKind::Switch, 0)),
        PhaseKind::Hold => {
            // A hold right at the start has no prepare phase to announce it.
            out.push((0, CueKind::HoldStart, 0));
            out.push((1, CueKind::Halfway, duration_ms / 2));
            // Pushed in time order: 3 s, 2 s, then 1 s before the end.
            for k in (1..=3u32).rev() {
                if duration_ms > k * 1000 + duration_ms / 2 {
                    out.push((1 + k, CueKind::Countdown, duration_ms - k * 1000));
                }
            }
        }
    }
    out
}

/// Cue ids pack the phase index and the slot within it.
pub fn cue_id(phase_index: usize, slot: u32) -> u32 {
    (phase_index as u32) * 8 + slot
}

/// Slot used for the final "session done" cue, owned by the last phase.
pub const DONE_SLOT: u32 = 7;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::routine::Side;

    fn phase(kind: PhaseKind, duration_ms: u32) -> Phase {
        Phase {
            kind,
            step: 0,
            side: Side::Left,
            spot: 1,
            spots: 2,
            duration_ms,
        }
    }

    fn cues(kind: PhaseKind, ms: u32, first: bool) -> Vec<(u32, CueKind, u32)> {
        phase_cues(&phase(kind, ms), ms, first)
    }

    #[test]
    fn a_hold_starts_halves_and_counts_down_its_last_three_seconds() {
        use CueKind::*;
        assert_eq!(
            cues(PhaseKind::Hold, 60_000, false),
            [
                (0, HoldStart, 0),
                (1, Halfway, 30_000),
                (4, Countdown, 57_000),
                (3, Countdown, 58_000),
                (2, Countdown, 59_000)
            ]
        );
        // A short hold keeps only the ticks after its halfway mark.
        assert_eq!(
            cues(PhaseKind::Hold, 4_000, false),
            [
                (0, HoldStart, 0),
                (1, Halfway, 2_000),
                (2, Countdown, 3_000)
            ]
        );
    }

    #[test]
    fn the_other_phases_have_one_cue_at_their_start() {
        assert_eq!(
            cues(PhaseKind::Prepare, 15_000, true),
            [(0, CueKind::GetReady, 0)]
        );
        assert_eq!(
            cues(PhaseKind::Prepare, 15_000, false),
            [(0, CueKind::StepDone, 0)]
        );
        assert_eq!(cues(PhaseKind::Move, 8_000, false), [(0, CueKind::Move, 0)]);
        assert_eq!(
            cues(PhaseKind::Switch, 10_000, false),
            [(0, CueKind::Switch, 0)]
        );
    }

    #[test]
    fn ids_never_collide_and_the_done_slot_is_free() {
        let mut seen = std::collections::HashSet::new();
        for phase in 0..50 {
            for slot in 0..8 {
                assert!(seen.insert(cue_id(phase, slot)));
            }
        }
        let slots: Vec<u32> = cues(PhaseKind::Hold, 90_000, false)
            .iter()
            .map(|c| c.0)
            .collect();
        assert!(slots.iter().all(|s| *s < DONE_SLOT));
    }

    #[test]
    fn every_cue_is_heard_and_felt() {
        use CueKind::*;
        for k in [
            GetReady, HoldStart, Halfway, Countdown, Move, Switch, StepDone, Done,
        ] {
            assert!(!vibration_pattern(k).is_empty(), "{}", k.name());
            assert!(
                vibration_pattern(k).len() % 2 == 1,
                "a pattern ends on a buzz"
            );
            assert!(notes(k)
                .iter()
                .all(|&(hz, s)| (200.0..2000.0).contains(&hz) && s > 0.0 && s < 0.5));
        }
        // The small moments are shorter than the big ones.
        let length = |k| notes(k).iter().map(|n| n.1).sum::<f64>();
        assert!(length(Countdown) < length(HoldStart) && length(HoldStart) < length(Done));
    }
}
