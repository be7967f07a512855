//! How much of each muscle: spots per side, hold length and the tool, with
//! the search for the spot level and hold that fit the person's minutes
//! (within 10 %, holds of 30-90 s, as near a minute as the time allows).

use super::picks::{Pick, Role};
use crate::session::routine::{Deepen, Muscle, Routine, Side, Step, Tool};

/// Everyone has hands, and a ball from any sports shop is assumed.
pub const ASSUMED_TOOLS: [Tool; 2] = [Tool::Hands, Tool::LacrosseBall];
/// Seconds of rest between the two sides of a step.
pub const SWITCH_REST_S: u16 = 10;

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

/// Spots on the sore side and on the other, at spot level `n` (1-6). The
/// lead muscle's sore side always gets one spot more.
pub fn spots(role: Role, n: u8) -> (u8, u8) {
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

/// The steps for `picks` at spot level `n` (1-6) and holds of `hold` s.
fn steps(picks: &[Pick], sore: Option<Side>, owned: &[Tool], n: u8, hold: u16) -> Vec<Step> {
    let mut steps = Vec::new();
    for p in picks {
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
                steps.push(step(other, s_other));
            }
            // Equal sides: the player works left, then right.
            None => steps.push(step(Side::Both, s_sore.max(s_other))),
        }
    }
    steps
}

/// How well a candidate fits, smallest best: (outside 10 %, half-minutes
/// off, hold's distance from a minute, seconds off).
type FitKey = (bool, u32, u16, u32);

/// The steps that fit `minutes` best, and the spot level they use.
pub fn fit(picks: &[Pick], sore: Option<Side>, owned: &[Tool], minutes: u8) -> (Vec<Step>, u8) {
    let target = u32::from(minutes) * 60;
    // Search spot levels and hold lengths: within 10 %, then as close as
    // half a minute allows, then holds as near a minute as possible.
    let mut best: Option<(FitKey, Vec<Step>, u8)> = None;
    for n in 1..=6u8 {
        for hold in (30..=90u16).step_by(5) {
            let steps = steps(picks, sore, owned, n, hold);
            let total = Routine {
                id: String::new(),
                name: String::new(),
                purpose: String::new(),
                steps: steps.clone(),
                switch_rest_s: SWITCH_REST_S,
            }
            .total_seconds();
            let off = total.abs_diff(target);
            let fits = off * 10 <= target;
            let key = (!fits, off / 30, hold.abs_diff(60), off);
            if best.as_ref().is_none_or(|(k, _, _)| key < *k) {
                best = Some((key, steps, n));
            }
        }
    }
    best.map_or((Vec::new(), 1), |(_, steps, n)| (steps, n))
}
