//! Why each step of a composed routine is there, said once: the person's own
//! answers first ("Because you said ..."), the stock reasons once each, and
//! the sore side and the other side in plain words.

use crate::session::routine::{Muscle, Side};
use crate::triage::rules::RankedSource;

/// The person's own answers that point to `m`, at most three.
pub fn because(sources: &[RankedSource], m: Muscle) -> Option<String> {
    let s = sources.iter().find(|s| s.source.muscle() == Some(m))?;
    let said: Vec<&str> = s.because.iter().take(3).map(String::as_str).collect();
    let text = match said.as_slice() {
        [] => return None,
        [one] => one.to_string(),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    };
    Some(format!("Because you said {text}."))
}

pub const ANTAGONIST_WHY: &str =
    "Works against the hip flexors and collects knots of its own, so it is part of the chain.";

/// One reason per step, in the steps' order: for each pick its muscle, its
/// reason and its spots (sore side, other side), worked on `sore` first or
/// on both sides alike.
pub fn for_steps<'a>(
    picks: impl IntoIterator<Item = (Muscle, &'a str, (u8, u8))>,
    sore: Option<Side>,
) -> Vec<String> {
    let mut reasons = Vec::new();
    // Each reason is said once: a second antagonist with the stock reason,
    // or a second "other side", gets a short line instead of a repeat.
    let mut said_antagonist = false;
    let mut said_other_side = false;
    for (muscle, reason, (s_sore, s_other)) in picks {
        let reason = if reason == ANTAGONIST_WHY && std::mem::replace(&mut said_antagonist, true) {
            format!("The {} also works against the hip flexors.", muscle.label())
        } else {
            reason.to_string()
        };
        match sore {
            Some(_) => {
                reasons.push(if s_sore > s_other {
                    format!("{reason} Sore side first, with more spots.")
                } else {
                    format!("{reason} Sore side first.")
                });
                reasons.push(if std::mem::replace(&mut said_other_side, true) {
                    format!("Then the {} on the other side.", muscle.label())
                } else {
                    "Then the other side: one side is usually worse, but both hold knots."
                        .to_string()
                });
            }
            None => reasons.push(reason),
        }
    }
    reasons
}
