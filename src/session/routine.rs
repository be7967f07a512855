//! A routine: an ordered list of release steps. Plain data, validated on every
//! way in (builder, storage, shared link), so the engine can trust it.

use crate::words::catalogue::{Arg, Message};
use serde::{Deserialize, Serialize};

/// Muscles the app knows how to guide. The order is part of the share-link
/// format (see `share::link_codec`): append new ones, never reorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Muscle {
    Iliacus,
    Psoas,
    GluteMax,
    Hamstrings,
    AdductorMagnus,
    Quads,
}

impl Muscle {
    pub const ALL: [Muscle; 6] = [
        Muscle::Iliacus,
        Muscle::Psoas,
        Muscle::GluteMax,
        Muscle::Hamstrings,
        Muscle::AdductorMagnus,
        Muscle::Quads,
    ];

    /// Iliacus and psoas are reached by pressing into the belly; the triage
    /// withholds them when a contraindication applies.
    pub fn presses_belly(self) -> bool {
        matches!(self, Muscle::Iliacus | Muscle::Psoas)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
    /// One-sided work done on the left, then mirrored on the right.
    Both,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Left, Side::Right, Side::Both];
}

/// Append-only, like `Muscle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    Hands,
    MassageBall,
    LacrosseBall,
    KettlebellHandle,
    FoamRoller,
    HipHook,
    PsoRite,
}

impl Tool {
    pub const ALL: [Tool; 7] = [
        Tool::Hands,
        Tool::MassageBall,
        Tool::LacrosseBall,
        Tool::KettlebellHandle,
        Tool::FoamRoller,
        Tool::HipHook,
        Tool::PsoRite,
    ];
}

/// Optional way to deepen the pressure during a hold. Append-only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deepen {
    None,
    KneeFallsOut,
    SlowBreaths,
    StraightenLeg,
}

impl Deepen {
    pub const ALL: [Deepen; 4] = [
        Deepen::None,
        Deepen::KneeFallsOut,
        Deepen::SlowBreaths,
        Deepen::StraightenLeg,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub muscle: Muscle,
    pub side: Side,
    pub tool: Tool,
    /// Seconds of pressure on each spot.
    pub hold_s: u16,
    /// "Hold, then move a couple of inches": each spot is its own hold.
    pub spots: u8,
    pub deepen: Deepen,
    /// Seconds to get into position before the first hold of this step.
    pub reposition_s: u16,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub steps: Vec<Step>,
    /// Seconds of rest between the left and right half of a mirrored step.
    pub switch_rest_s: u16,
}

/// Limits shared by the builder, storage and the link decoder.
pub mod limits {
    pub const HOLD_MIN_S: u16 = 10;
    pub const HOLD_MAX_S: u16 = 180;
    pub const SPOTS_MIN: u8 = 1;
    pub const SPOTS_MAX: u8 = 6;
    pub const REPOSITION_MAX_S: u16 = 60;
    pub const SWITCH_REST_MAX_S: u16 = 60;
    pub const STEPS_MIN: usize = 1;
    pub const STEPS_MAX: usize = 20;
    pub const NAME_MAX_CHARS: usize = 60;
    pub const PURPOSE_MAX_CHARS: usize = 140;
}

impl Step {
    pub fn presses_belly(&self) -> bool {
        self.muscle.presses_belly()
    }

    /// How many sides this step is worked on.
    pub fn side_count(&self) -> u32 {
        if self.side == Side::Both {
            2
        } else {
            1
        }
    }
}

impl Routine {
    pub fn presses_belly(&self) -> bool {
        self.steps.iter().any(Step::presses_belly)
    }

    /// Checks every field against `limits`; the message names the first problem
    /// in words a user can act on.
    pub fn validate(&self) -> Result<(), Message> {
        use limits::*;
        let n = |v: usize| Arg::count(v as u32);
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Message::new("routine-invalid-no-name"));
        }
        if self.name.chars().count() > NAME_MAX_CHARS {
            return Err(Message::new("routine-invalid-name-long").with("max", n(NAME_MAX_CHARS)));
        }
        if self.purpose.chars().count() > PURPOSE_MAX_CHARS {
            return Err(
                Message::new("routine-invalid-purpose-long").with("max", n(PURPOSE_MAX_CHARS))
            );
        }
        if has_control_chars(&self.name) || has_control_chars(&self.purpose) {
            return Err(Message::new("routine-invalid-control"));
        }
        if self.steps.len() < STEPS_MIN {
            return Err(Message::new("routine-invalid-no-steps"));
        }
        if self.steps.len() > STEPS_MAX {
            return Err(Message::new("routine-invalid-too-many-steps").with("max", n(STEPS_MAX)));
        }
        if self.switch_rest_s > SWITCH_REST_MAX_S {
            return Err(
                Message::new("routine-invalid-rest").with("max", Arg::count(SWITCH_REST_MAX_S))
            );
        }
        for (i, s) in self.steps.iter().enumerate() {
            let step = n(i + 1);
            if !(HOLD_MIN_S..=HOLD_MAX_S).contains(&s.hold_s) {
                return Err(Message::new("routine-invalid-hold")
                    .with("step", step)
                    .with("min", Arg::count(HOLD_MIN_S))
                    .with("max", Arg::count(HOLD_MAX_S)));
            }
            if !(SPOTS_MIN..=SPOTS_MAX).contains(&s.spots) {
                return Err(Message::new("routine-invalid-spots")
                    .with("step", step)
                    .with("min", Arg::count(SPOTS_MIN))
                    .with("max", Arg::count(SPOTS_MAX)));
            }
            if s.reposition_s > REPOSITION_MAX_S {
                return Err(Message::new("routine-invalid-reposition")
                    .with("step", step)
                    .with("max", Arg::count(REPOSITION_MAX_S)));
            }
        }
        Ok(())
    }

    /// The same routine: name, purpose, steps and rest all alike (ids aside,
    /// since a copy that came in a link gets an id of its own).
    pub fn same_as(&self, other: &Routine) -> bool {
        self.name == other.name
            && self.purpose == other.purpose
            && self.steps == other.steps
            && self.switch_rest_s == other.switch_rest_s
    }

    /// The name with a suffix such as " (copy)", kept within the length limit.
    pub fn name_with_suffix(&self, suffix: &str) -> String {
        let keep = limits::NAME_MAX_CHARS.saturating_sub(suffix.chars().count());
        self.name.chars().take(keep).collect::<String>() + suffix
    }
}

fn has_control_chars(s: &str) -> bool {
    s.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use crate::session::builtin;

    #[test]
    fn builtins_are_valid() {
        for r in builtin::all() {
            r.validate().unwrap_or_else(|e| panic!("{}: {e:?}", r.name));
        }
    }

    #[test]
    fn validation_names_the_problem() {
        let mut r = builtin::all()[0].clone();
        r.steps[0].hold_s = 5;
        assert!(r.validate().unwrap_err().to_string().contains("Step 1"));
        r.steps[0].hold_s = 60;
        r.name = "  ".into();
        assert!(r.validate().is_err());
        r.name = "x".repeat(61);
        assert!(r.validate().is_err());
        r.name = "ok".into();
        r.steps.clear();
        assert!(r.validate().is_err());
    }

    #[test]
    fn suffix_keeps_the_name_valid() {
        let mut r = builtin::all()[0].clone();
        r.name = "x".repeat(60);
        r.name = r.name_with_suffix(" (copy)");
        assert!(r.name.ends_with(" (copy)"));
        assert!(r.validate().is_ok());
    }

    #[test]
    fn belly_flag_follows_muscles() {
        let r = builtin::all();
        let back = r.iter().find(|r| r.id == "builtin-back").unwrap();
        assert!(!back.presses_belly());
        let front = r.iter().find(|r| r.id == "builtin-front").unwrap();
        assert!(front.presses_belly());
    }
}
