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

/// The short line for a second antagonist: a whole sentence for each, since
/// "the hamstrings" take a plural verb ("The hamstrings also works ..." was
/// what gluing the name in gave).
fn also_antagonist(m: Muscle) -> &'static str {
    match m {
        Muscle::Hamstrings => "The hamstrings also work against the hip flexors.",
        Muscle::AdductorMagnus => "The adductor magnus also works against the hip flexors.",
        _ => "The glute max also works against the hip flexors.",
    }
}

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
            also_antagonist(muscle).to_string()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reason_once_and_in_english_that_agrees() {
        let picks = [
            (Muscle::GluteMax, ANTAGONIST_WHY, (2, 1)),
            (Muscle::Hamstrings, ANTAGONIST_WHY, (1, 1)),
            (Muscle::AdductorMagnus, ANTAGONIST_WHY, (1, 1)),
        ];
        let r = for_steps(picks, Some(Side::Left));
        assert_eq!(r.len(), 6, "a reason for each side of each muscle");
        assert_eq!(
            r[0],
            format!("{ANTAGONIST_WHY} Sore side first, with more spots.")
        );
        assert_eq!(
            r[1],
            "Then the other side: one side is usually worse, but both hold knots."
        );
        assert_eq!(
            r[2],
            "The hamstrings also work against the hip flexors. Sore side first."
        );
        assert_eq!(r[3], "Then the hamstrings on the other side.");
        assert_eq!(
            r[4],
            "The adductor magnus also works against the hip flexors. Sore side first."
        );
        let both = for_steps(picks, None);
        assert_eq!(
            both,
            [
                ANTAGONIST_WHY,
                "The hamstrings also work against the hip flexors.",
                "The adductor magnus also works against the hip flexors."
            ]
        );
    }
}
