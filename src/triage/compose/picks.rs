//! Which muscles a composed routine works, in which order, each with the
//! reason it is there: the hip flexors lead unless the answers point only at
//! the back of the hip; the front of the thigh brings a short quad step; ten
//! minutes or more bring an antagonist; a daily floss keeps the one most
//! important muscle.

use super::reasons::{antagonist_why, because, muscle_arg};
use crate::session::routine::Muscle;
use crate::triage::answers::{Answers, Region};
use crate::triage::rules::RankedSource;
use crate::words::catalogue::Message;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The muscle the answers point to most.
    Lead,
    /// The other hip flexor, or the next-ranked muscle.
    Second,
    /// Works against the hip flexors.
    Antagonist,
    /// The front of the thigh itself: short.
    Quad,
}

pub struct Pick {
    pub muscle: Muscle,
    pub role: Role,
    pub reason: Message,
}

/// The muscles, in the order they are worked, each with its reason.
pub fn picks(a: &Answers, sources: &[RankedSource], belly_ok: bool, minutes: u8) -> Vec<Pick> {
    let score = |m: Muscle| {
        sources
            .iter()
            .find(|s| s.source.muscle() == Some(m))
            .map_or(0, |s| s.score)
    };
    let named = |m: Muscle| score(m) > 0;
    let mut out: Vec<Pick> = Vec::new();
    let has_antagonist_source = [Muscle::GluteMax, Muscle::Hamstrings, Muscle::AdductorMagnus]
        .iter()
        .any(|m| named(*m));
    // The hip flexors lead unless the answers point only at the back of the hip.
    let flexors_named = named(Muscle::Iliacus) || named(Muscle::Psoas);
    if belly_ok && (flexors_named || !has_antagonist_source || a.no_pain) {
        let psoas_first = score(Muscle::Psoas) > score(Muscle::Iliacus);
        let (first, second) = if psoas_first {
            (Muscle::Psoas, Muscle::Iliacus)
        } else {
            (Muscle::Iliacus, Muscle::Psoas)
        };
        let general = if a.no_pain {
            "compose-prevention"
        } else {
            "compose-hip-flexors-usual"
        };
        let lead_reason = because(sources, first).unwrap_or_else(|| Message::new(general));
        // The same answers often point to both hip flexors: then the second
        // says why it is there too instead of repeating the first's line.
        let second_reason = because(sources, second)
            .filter(|r| *r != lead_reason)
            .unwrap_or_else(|| Message::new("compose-one-tendon").with("first", muscle_arg(first)));
        out.push(Pick {
            muscle: first,
            role: Role::Lead,
            reason: lead_reason,
        });
        out.push(Pick {
            muscle: second,
            role: Role::Second,
            reason: second_reason,
        });
    }
    let front_thigh = a.regions.contains(&Region::FrontThigh) || named(Muscle::Quads);
    if front_thigh && !a.no_pain {
        out.push(Pick {
            muscle: Muscle::Quads,
            role: Role::Quad,
            reason: Message::new("compose-quads"),
        });
    }
    // Antagonists named by the answers, best first, then the ones the
    // patterns call for.
    let mut antagonists: Vec<(Muscle, Option<Message>)> = sources
        .iter()
        .filter_map(|s| s.source.muscle())
        .filter(|m| {
            matches!(
                m,
                Muscle::GluteMax | Muscle::Hamstrings | Muscle::AdductorMagnus
            )
        })
        .map(|m| (m, because(sources, m)))
        .collect();
    let inner_knee = a.regions.contains(&Region::InnerThigh) || a.regions.contains(&Region::Knee);
    if inner_knee
        && !antagonists
            .iter()
            .any(|(m, _)| *m == Muscle::AdductorMagnus)
    {
        antagonists.push((
            Muscle::AdductorMagnus,
            Some(Message::new("compose-inner-thigh")),
        ));
    }
    let wanted = if !belly_ok {
        // The belly's time goes to the back of the hip.
        3
    } else if minutes >= 15 {
        2
    } else if minutes >= 10 {
        1
    } else {
        0
    };
    for m in [Muscle::GluteMax, Muscle::Hamstrings, Muscle::AdductorMagnus] {
        if antagonists.len() >= wanted {
            break;
        }
        if !antagonists.iter().any(|(x, _)| *x == m) {
            antagonists.push((m, None));
        }
    }
    // Without the hip flexors the first antagonist leads (never the quad
    // step: it is never the whole answer).
    let lead_is_antagonist = !out.iter().any(|p| p.role == Role::Lead);
    for (i, (m, reason)) in antagonists.into_iter().enumerate() {
        let role = if lead_is_antagonist && i == 0 {
            Role::Lead
        } else {
            Role::Antagonist
        };
        let reason = reason.unwrap_or_else(antagonist_why);
        out.push(Pick {
            muscle: m,
            role,
            reason,
        });
    }
    if !out.iter().any(|p| p.role == Role::Lead) {
        // Belly work ruled out and nothing else named: the glute always helps.
        out.push(Pick {
            muscle: Muscle::GluteMax,
            role: Role::Lead,
            reason: antagonist_why(),
        });
    }
    // The lead goes first; the quad step right after the hip flexors (same
    // position, face down); antagonists after.
    crate::sort::sort_by(&mut out, |x, y| rank(x.role) < rank(y.role));
    if minutes <= 5 {
        // A daily floss: the one most important muscle.
        out.truncate(1);
    }
    out
}

fn rank(r: Role) -> u8 {
    match r {
        Role::Lead => 0,
        Role::Second => 1,
        Role::Quad => 2,
        Role::Antagonist => 3,
    }
}
