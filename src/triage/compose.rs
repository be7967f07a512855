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

use super::answers::{Answers, PainSide, Region};
use super::rules::{RankedSource, Source};
use crate::session::routine::{Deepen, Muscle, Routine, Side, Step, Tool};

pub use super::answers::MINUTES;
/// Minutes when the person did not say.
pub const DEFAULT_MINUTES: u8 = 10;
/// Minutes for a prevention floss when the person did not say.
pub const PREVENTION_MINUTES: u8 = 5;
/// Every composed routine carries this id until it is saved under its own.
pub use crate::ids::COMPOSED as COMPOSED_ID;

/// Everyone has hands, and a ball from any sports shop is assumed.
pub const ASSUMED_TOOLS: [Tool; 2] = [Tool::Hands, Tool::LacrosseBall];

/// A composed routine and, for each of its steps, why it is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Composed {
    pub routine: Routine,
    pub reasons: Vec<String>,
    pub minutes: u8,
    /// Said once above the steps (belly work left out, prevention).
    pub note: Option<String>,
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

/// Tools that reach each muscle, best first (domain notes, "How to release").
fn tool_preference(m: Muscle) -> &'static [Tool] {
    use Tool::*;
    match m {
        // A Hip Hook angled inward reaches inside the pelvic rim; the
        // Pso-Rite's fixed width does not.
        Muscle::Iliacus => &[HipHook, KettlebellHandle, MassageBall, LacrosseBall, Hands],
        Muscle::Psoas => &[
            HipHook,
            PsoRite,
            KettlebellHandle,
            MassageBall,
            LacrosseBall,
            Hands,
        ],
        Muscle::GluteMax => &[LacrosseBall, MassageBall, FoamRoller, Hands],
        Muscle::Hamstrings | Muscle::AdductorMagnus | Muscle::Quads => {
            &[FoamRoller, MassageBall, LacrosseBall, Hands]
        }
    }
}

/// The best tool the person owns (or is assumed to have) for a muscle.
pub fn best_tool(m: Muscle, owned: &[Tool]) -> Tool {
    tool_preference(m)
        .iter()
        .copied()
        .find(|t| owned.contains(t) || ASSUMED_TOOLS.contains(t))
        .unwrap_or(Tool::Hands)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// The muscle the answers point to most.
    Lead,
    /// The other hip flexor, or the next-ranked muscle.
    Second,
    /// Works against the hip flexors.
    Antagonist,
    /// The front of the thigh itself: short.
    Quad,
}

struct Pick {
    muscle: Muscle,
    role: Role,
    reason: String,
}

fn muscle_of(s: Source) -> Option<Muscle> {
    match s {
        Source::Iliacus => Some(Muscle::Iliacus),
        Source::Psoas => Some(Muscle::Psoas),
        Source::GluteMax => Some(Muscle::GluteMax),
        Source::Hamstrings => Some(Muscle::Hamstrings),
        Source::AdductorMagnus => Some(Muscle::AdductorMagnus),
        Source::Quads => Some(Muscle::Quads),
        Source::NerveInvolvement | Source::Prevention | Source::NotTypical => None,
    }
}

fn because(sources: &[RankedSource], m: Muscle) -> Option<String> {
    let s = sources.iter().find(|s| muscle_of(s.source) == Some(m))?;
    let said: Vec<&str> = s.because.iter().take(3).map(String::as_str).collect();
    let text = match said.as_slice() {
        [] => return None,
        [one] => one.to_string(),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    };
    Some(format!("Because you said {text}."))
}

const ANTAGONIST_WHY: &str =
    "Works against the hip flexors and collects knots of its own, so it is part of the chain.";

/// The muscles, in the order they are worked, each with its reason.
fn picks(a: &Answers, sources: &[RankedSource], belly_ok: bool, minutes: u8) -> Vec<Pick> {
    let score = |m: Muscle| {
        sources
            .iter()
            .find(|s| muscle_of(s.source) == Some(m))
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
        out.push(Pick {
            muscle: first,
            role: Role::Lead,
            reason: because(sources, first).unwrap_or_else(|| general.into()),
        });
        out.push(Pick {
            muscle: second,
            role: Role::Second,
            reason: because(sources, second).unwrap_or_else(|| {
                format!(
                    "The {} and the {} are two muscles with one tendon: both need release, not just one.",
                    first.label(),
                    second.label()
                )
            }),
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
        .filter_map(|s| muscle_of(s.source))
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

/// Spots on the sore side and on the other, at spot level `n` (1-6). The
/// lead muscle's sore side always gets one spot more.
fn spots(role: Role, n: u8) -> (u8, u8) {
    let (sore, other) = match role {
        Role::Lead => (n + 1, n),
        Role::Second => (n, n.saturating_sub(1)),
        Role::Antagonist => (n.div_ceil(2), n / 2),
        Role::Quad => (1, 1),
    };
    (sore.clamp(1, 6), other.clamp(1, 5))
}

fn deepen(m: Muscle) -> Deepen {
    match m {
        Muscle::Iliacus => Deepen::SlowBreaths,
        Muscle::Psoas => Deepen::StraightenLeg,
        Muscle::GluteMax => Deepen::KneeFallsOut,
        _ => Deepen::None,
    }
}

fn build(
    picks: &[Pick],
    sore: Option<Side>,
    owned: &[Tool],
    n: u8,
    hold: u16,
) -> (Vec<Step>, Vec<String>) {
    let mut steps = Vec::new();
    let mut reasons = Vec::new();
    // Each reason is said once: a second antagonist with the stock reason,
    // or a second "other side", gets a short line instead of a repeat.
    let mut said_antagonist = false;
    let mut said_other_side = false;
    for p in picks {
        let reason = if p.reason == ANTAGONIST_WHY {
            if std::mem::replace(&mut said_antagonist, true) {
                format!(
                    "The {} also works against the hip flexors.",
                    p.muscle.label()
                )
            } else {
                p.reason.clone()
            }
        } else {
            p.reason.clone()
        };
        let (s_sore, s_other) = spots(p.role, n);
        let hold_s = if p.role == Role::Quad {
            hold.min(45)
        } else {
            hold
        };
        let step = |side, spots| Step {
            muscle: p.muscle,
            side,
            tool: best_tool(p.muscle, owned),
            hold_s,
            spots,
            deepen: deepen(p.muscle),
            reposition_s: if p.muscle.presses_belly() { 20 } else { 15 },
        };
        match sore {
            Some(side) => {
                let other = if side == Side::Left {
                    Side::Right
                } else {
                    Side::Left
                };
                steps.push(step(side, s_sore));
                reasons.push(if s_sore > s_other {
                    format!("{reason} Sore side first, with more spots.")
                } else {
                    format!("{reason} Sore side first.")
                });
                steps.push(step(other, s_other));
                reasons.push(if std::mem::replace(&mut said_other_side, true) {
                    format!("Then the {} on the other side.", p.muscle.label())
                } else {
                    "Then the other side: one side is usually worse, but both hold knots."
                        .to_string()
                });
            }
            None => {
                // Equal sides: the player works left, then right.
                let even = s_sore.max(s_other);
                steps.push(step(Side::Both, even));
                reasons.push(reason);
            }
        }
    }
    (steps, reasons)
}

/// How well a candidate fits, smallest best: (outside 10 %, half-minutes
/// off, hold's distance from a minute, seconds off).
type FitKey = (bool, u32, u16, u32);

/// The routine for these answers. `sources` are `assess::rank`'s;
/// `belly_ok` is false when a contraindication rules out belly pressure.
/// Callers decide whether self-release is safe at all (`assess` gives no
/// routine for emergency and see-a-clinician levels).
pub fn compose(a: &Answers, sources: &[RankedSource], belly_ok: bool) -> Composed {
    let minutes = minutes_of(a);
    let target = u32::from(minutes) * 60;
    let picks = picks(a, sources, belly_ok, minutes);
    let sore = match a.side {
        Some(PainSide::Left) if !a.no_pain => Some(Side::Left),
        Some(PainSide::Right) if !a.no_pain => Some(Side::Right),
        _ => None,
    };
    // Search spot levels and hold lengths for the routine that fits the
    // minutes: within 10 %, then as close as half a minute allows, then
    // holds as near a minute as possible.
    let mut best: Option<(FitKey, Vec<Step>, Vec<String>)> = None;
    for n in 1..=6u8 {
        for hold in (30..=90u16).step_by(5) {
            let (steps, reasons) = build(&picks, sore, &a.tools, n, hold);
            let total = routine_of(steps.clone(), "", "").total_seconds();
            let off = total.abs_diff(target);
            let fits = off * 10 <= target;
            let key = (!fits, off / 30, hold.abs_diff(60), off);
            if best.as_ref().is_none_or(|(k, _, _)| key < *k) {
                best = Some((key, steps, reasons));
            }
        }
    }
    let (_, steps, reasons) = best.unwrap_or_default();
    let note = if !belly_ok {
        Some("Belly pressure is left out because of what you told us; its time goes to the back of the hip and the thighs.".to_string())
    } else if a.no_pain {
        Some(
            "No pain now: keep it that way. A few minutes most days keeps knots from coming back."
                .to_string(),
        )
    } else {
        None
    };
    let name = name_for(a, &steps);
    let purpose = format!(
        "Made from your answers: {minutes} minutes, {}.",
        match sore {
            Some(_) => "sore side first",
            None => "both sides alike",
        }
    );
    Composed {
        routine: routine_of(steps, &name, &purpose),
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
        switch_rest_s: 10,
    }
}

fn name_for(a: &Answers, steps: &[Step]) -> String {
    if a.no_pain {
        return "My daily floss".into();
    }
    let lead = steps.first().map_or("hip", |s| s.muscle.label());
    let side = match a.side {
        Some(PainSide::Left) => ", left first",
        Some(PainSide::Right) => ", right first",
        _ => "",
    };
    format!("My release: {lead}{side}")
}

#[cfg(test)]
mod tests;
