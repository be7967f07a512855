//! A routine made for the person: from what they told the triage (where it
//! hurts, which side, how long they have, which tools they own) to a whole
//! release chain, each step with the reason it is there.
//!
//! The rules, from the domain notes:
//! - the ranked sources decide the order and the share of time; iliacus and
//!   psoas are different muscles and both get worked when either is named;
//! - the front of the thigh brings a short quad step: part of the answer,
//!   never all of it;
//! - 10 minutes or more always include an antagonist (glute max, hamstrings
//!   or adductor magnus), since they collect knots of their own;
//! - both sides, the sore side first and with more spots, since one side is
//!   usually more active but both usually have knots;
//! - holds of 30-90 s, a move of a couple of inches between spots, a total
//!   within 10 % of the chosen minutes;
//! - the best tool the person owns for each muscle; nobody is sent shopping;
//! - a contraindication removes every belly step and gives its time to the
//!   back of the hip and the thighs.
//!
//! Pure and total: the same answers always give the same routine.

mod dose;
mod picks;
mod reasons;

use super::answers::{Answers, PainSide};
use super::rules::RankedSource;
use crate::session::routine::{Muscle, Routine, Side, Step};
use crate::words::catalogue::{Arg, Message};

pub use dose::{best_tool, ASSUMED_TOOLS};

pub use super::answers::MINUTES;
/// Minutes when the person did not say.
pub const DEFAULT_MINUTES: u8 = 10;
/// Minutes for a prevention floss when the person did not say.
pub const PREVENTION_MINUTES: u8 = 5;
/// Every composed routine carries this id until it is saved under its own.
pub use crate::ids::COMPOSED as COMPOSED_ID;

/// A composed routine and, for each of its steps, why it is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Composed {
    /// The steps; named from `name` and `purpose` in the person's language
    /// when it is started or saved.
    pub routine: Routine,
    pub name: Message,
    pub purpose: Message,
    pub reasons: Vec<Message>,
    pub minutes: u8,
    /// Said once above the steps (belly work left out, prevention).
    pub note: Option<Message>,
}

impl Composed {
    /// The routine, named and described in the words `say` gives: what is
    /// started or saved.
    pub fn named(&self, say: &dyn Fn(&Message) -> String) -> Routine {
        Routine {
            name: say(&self.name),
            purpose: say(&self.purpose),
            ..self.routine.clone()
        }
    }
}

/// The minutes the person chose, or the default for their case.
pub fn minutes_of(a: &Answers) -> u8 {
    let fallback = if a.no_pain {
        PREVENTION_MINUTES
    } else {
        DEFAULT_MINUTES
    };
    a.minutes
        .filter(|m| MINUTES.contains(m))
        .unwrap_or(fallback)
}

/// The routine for these answers. `sources` are `assess::rank`'s;
/// `belly_ok` is false when a contraindication rules out belly pressure.
/// Callers decide whether self-release is safe at all (`assess` gives no
/// routine for emergency and see-a-clinician levels).
pub fn compose(a: &Answers, sources: &[RankedSource], belly_ok: bool) -> Composed {
    let minutes = minutes_of(a);
    let picks = picks::picks(a, sources, belly_ok, minutes);
    let sore = match a.side {
        Some(PainSide::Left) if !a.no_pain => Some(Side::Left),
        Some(PainSide::Right) if !a.no_pain => Some(Side::Right),
        _ => None,
    };
    let (steps, n) = dose::fit(&picks, sore, &a.tools, minutes);
    let reasons = reasons::for_steps(
        picks
            .iter()
            .map(|p| (p.muscle, &p.reason, dose::spots(p.role, n))),
        sore,
    );
    let note = if !belly_ok {
        Some(Message::new("compose-note-no-belly"))
    } else if a.no_pain {
        Some(Message::new("compose-note-no-pain"))
    } else {
        None
    };
    let name = name_for(a, &steps);
    let purpose = Message::new("compose-purpose")
        .with("minutes", Arg::count(minutes))
        .with(
            "sore",
            Arg::Text(if sore.is_some() { "yes" } else { "no" }.into()),
        );
    Composed {
        // Named in the person's language when it is shown, started or saved.
        routine: routine_of(steps, "", ""),
        name,
        purpose,
        reasons,
        minutes,
        note,
    }
}

fn routine_of(steps: Vec<Step>, name: &str, purpose: &str) -> Routine {
    Routine {
        id: COMPOSED_ID.into(),
        name: name.into(),
        purpose: purpose.into(),
        steps,
        switch_rest_s: dose::SWITCH_REST_S,
    }
}

fn name_for(a: &Answers, steps: &[Step]) -> Message {
    if a.no_pain {
        return Message::new("compose-name-floss");
    }
    let lead = steps.first().map_or(Muscle::Iliacus, |s| s.muscle);
    let side = match a.side {
        Some(PainSide::Left) => "left",
        Some(PainSide::Right) => "right",
        _ => "both",
    };
    Message::new("compose-name")
        .with("muscle", reasons::muscle_arg(lead))
        .with("side", Arg::Text(side.into()))
}

#[cfg(test)]
mod tests;
