//! Cues: the sounds a session makes, each pinned to an exact instant so the
//! shell can schedule them on the audio clock ahead of time.

use super::plan::{Phase, PhaseKind};
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
