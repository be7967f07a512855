//! Why each step of a composed routine is there, said once: the person's own
//! answers first ("Because you said ..."), the stock reasons once each, and
//! the sore side and the other side in plain words.

use crate::session::routine::{Muscle, Side};
use crate::triage::rules::RankedSource;
use crate::words::catalogue::{Arg, Message};
use crate::words::key::name_arg;

/// A muscle as a value the catalogue can choose words by (`glute-max`).
pub fn muscle_arg(m: Muscle) -> Arg {
    name_arg(m)
}

/// The person's own answers that point to `m`, at most three.
pub fn because(sources: &[RankedSource], m: Muscle) -> Option<Message> {
    let s = sources.iter().find(|s| s.source.muscle() == Some(m))?;
    let said: Vec<&Message> = s.because.iter().take(3).collect();
    let (k, names): (&str, &[&str]) = match said.len() {
        0 => return None,
        1 => ("compose-because-one", &["first"]),
        2 => ("compose-because-two", &["first", "second"]),
        _ => ("compose-because-three", &["first", "second", "third"]),
    };
    Some(
        names
            .iter()
            .zip(said)
            .fold(Message::new(k), |m, (n, s)| m.with(n, s.clone().said())),
    )
}

pub fn antagonist_why() -> Message {
    Message::new("compose-antagonist")
}

/// The short line for a second antagonist: a whole sentence for each, so
/// each language agrees its verb with the muscle ("the hamstrings also
/// work").
fn also_antagonist(m: Muscle) -> Message {
    Message::new("compose-also-antagonist").with("muscle", muscle_arg(m))
}

/// One reason per step, in the steps' order: for each pick its muscle, its
/// reason and its spots (sore side, other side), worked on `sore` first or
/// on both sides alike.
pub fn for_steps<'a>(
    picks: impl IntoIterator<Item = (Muscle, &'a Message, (u8, u8))>,
    sore: Option<Side>,
) -> Vec<Message> {
    let mut reasons = Vec::new();
    // Each reason is said once: a second antagonist with the stock reason,
    // or a second "other side", gets a short line instead of a repeat.
    let mut said_antagonist = false;
    let mut said_other_side = false;
    for (muscle, reason, (s_sore, s_other)) in picks {
        let reason = if *reason == antagonist_why() && std::mem::replace(&mut said_antagonist, true)
        {
            also_antagonist(muscle)
        } else {
            reason.clone()
        };
        match sore {
            Some(_) => {
                let k = if s_sore > s_other {
                    "compose-sore-first-more"
                } else {
                    "compose-sore-first"
                };
                reasons.push(Message::new(k).with("reason", reason.said()));
                reasons.push(if std::mem::replace(&mut said_other_side, true) {
                    Message::new("compose-other-side").with("muscle", muscle_arg(muscle))
                } else {
                    Message::new("compose-other-side-first")
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
    use crate::words::english::say;

    #[test]
    fn each_reason_once_and_in_english_that_agrees() {
        let why = antagonist_why();
        let picks = [
            (Muscle::GluteMax, &why, (2, 1)),
            (Muscle::Hamstrings, &why, (1, 1)),
            (Muscle::AdductorMagnus, &why, (1, 1)),
        ];
        let r: Vec<String> = for_steps(picks, Some(Side::Left)).iter().map(say).collect();
        let why = say(&why);
        assert_eq!(r.len(), 6, "a reason for each side of each muscle");
        assert_eq!(r[0], format!("{why} Sore side first, with more spots."));
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
        let both: Vec<String> = for_steps(picks, None).iter().map(say).collect();
        assert_eq!(
            both,
            [
                why.as_str(),
                "The hamstrings also work against the hip flexors.",
                "The adductor magnus also works against the hip flexors."
            ]
        );
    }

    #[test]
    fn a_muscle_is_named_by_its_stored_name() {
        assert_eq!(muscle_arg(Muscle::GluteMax), Arg::Text("glute-max".into()));
        assert_eq!(muscle_arg(Muscle::Iliacus), Arg::Text("iliacus".into()));
    }
}
