//! Which muscles a composed routine works, in which order, each with the
//! reason it is there: the hip flexors lead unless the answers point only at
//! the back of the hip; the front of the thigh brings a short quad step; ten
//! minutes or more bring an antagonist; a daily floss keeps the one most
//! important muscle.

use super::reasons::{because, ANTAGONIST_WHY};
use crate::session::routine::Muscle;
use crate::triage::answers::{Answers, Region};
use crate::triage::rules::RankedSource;

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
    pub reason: String,
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
            "No pain now: a regular release of the hip flexors keeps knots from forming. Runners load them every stride."
        } else {
            "Nearly every runner's hip flexors hold some tightness; they are the usual hidden source."
        };
        let lead_reason = because(sources, first).unwrap_or_else(|| general.into());
        // The same answers often point to both hip flexors: then the second
        // says why it is there too instead of repeating the first's line.
        let second_reason = because(sources, second)
            .filter(|r| *r != lead_reason)
            .unwrap_or_else(|| {
                format!(
                    "The {} and the {} are two muscles with one tendon: both need release, not just one.",
                    first.label(),
                    second.label()
                )
            });
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
            reason: "Because the front of your thigh is involved: rolling it eases the tissue, but it is part of the answer, never all of it.".into(),
        });
    }
    // Antagonists named by the answers, best first, then the ones the
    // patterns call for.
    let mut antagonists: Vec<(Muscle, String)> = sources
        .iter()
        .filter_map(|s| s.source.muscle())
        .filter(|m| {
            matches!(
                m,
                Muscle::GluteMax | Muscle::Hamstrings | Muscle::AdductorMagnus
            )
        })
        .map(|m| (m, because(sources, m).unwrap_or_default()))
        .collect();
    let inner_knee = a.regions.contains(&Region::InnerThigh) || a.regions.contains(&Region::Knee);
    if inner_knee
        && !antagonists
            .iter()
            .any(|(m, _)| *m == Muscle::AdductorMagnus)
    {
        antagonists.push((
            Muscle::AdductorMagnus,
            "Because you said it reaches the inside of the thigh or the knee: the adductor magnus runs from the top of the inner thigh to the inner knee.".into(),
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
            antagonists.push((m, ANTAGONIST_WHY.into()));
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
        let reason = if reason.is_empty() {
            ANTAGONIST_WHY.into()
        } else {
            reason
        };
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
            reason: ANTAGONIST_WHY.into(),
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
