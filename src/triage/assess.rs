//! `assess`: from answers to a level, ranked sources with reasons, advice and
//! a routine. Safety is decided first and can only raise the level.

use super::answers::*;
use super::compose::{compose, Composed};
pub use super::rules::RankedSource;
use super::rules::{evidence, said, Source, MIN_SCORE, RULES, SEVERE_PAIN};
use super::wording;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    SelfCare,
    SelfCareWithCaution,
    SeeClinician,
    Emergency,
}

impl Level {
    pub fn title(self) -> &'static str {
        match self {
            Level::Emergency => "Get emergency care now",
            Level::SeeClinician => "See a clinician before self-release",
            Level::SelfCareWithCaution => "Self-care, with care",
            Level::SelfCare => "Self-care looks reasonable",
        }
    }
    pub fn class(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::SeeClinician => "clinician",
            Level::SelfCareWithCaution => "caution",
            Level::SelfCare => "selfcare",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub level: Level,
    /// Why this level, in words ("you said: ...").
    pub level_reasons: Vec<String>,
    pub sources: Vec<RankedSource>,
    pub side: Option<PainSide>,
    pub contras: Vec<Contra>,
    /// The routine made for these answers; `None` when self-release must wait.
    pub routine: Option<Composed>,
    pub advice: Vec<String>,
}

pub const COME_BACK: &str = "See a clinician if nothing improves after 2 to 4 weeks of regular release, and at once if any warning sign appears.";

/// Total: defined for every combination of answers, empty ones included.
pub fn assess(a: &Answers) -> Assessment {
    let mut level = Level::SelfCare;
    let mut level_reasons = Vec::new();
    let raise = |l: &mut Level, to: Level| *l = (*l).max(to);

    for (flag, t) in &a.emergency {
        if t.is_yes_or_unsure() {
            raise(&mut level, Level::Emergency);
            let w = wording::emergency(*flag);
            let unsure = if *t == Reply::NotSure {
                " (you were not sure, and with this sign it is safer to treat not sure as yes)"
            } else {
                ""
            };
            level_reasons.push(format!("You said: {}{unsure}. {}", w.said, w.why));
        }
    }
    for (flag, t) in &a.clinician {
        let w = wording::clinician(*flag);
        match t {
            Reply::Yes => {
                raise(&mut level, Level::SeeClinician);
                level_reasons.push(format!("You said: {}. {}", w.said, w.why));
            }
            Reply::NotSure => {
                raise(&mut level, Level::SelfCareWithCaution);
                level_reasons.push(format!("You were not sure about: {}. {} If it turns out to be yes, see a clinician first.", w.said, w.why));
            }
            Reply::No => {}
        }
    }
    if a.severity.is_some_and(|s| s > SEVERE_PAIN) {
        raise(&mut level, Level::SeeClinician);
        level_reasons.push(format!(
            "You rated the pain {} out of 10. {}",
            a.severity.unwrap_or(0),
            wording::WHY_SEVERITY
        ));
    }
    if a.feelings.contains(&Feeling::NumbTingling) || a.feelings.contains(&Feeling::Weakness) {
        raise(&mut level, Level::SeeClinician);
        level_reasons.push("You described numbness, tingling or weakness. Nerve signs should be examined before self-release.".into());
    }
    if a.feelings.contains(&Feeling::Sharp) || a.feelings.contains(&Feeling::Burning) {
        raise(&mut level, Level::SelfCareWithCaution);
        level_reasons.push("Sharp or burning pain is not typical of a muscle knot: go gently and stop if it flares.".into());
    }
    let contras = a.contras();
    for c in &contras {
        raise(&mut level, Level::SelfCareWithCaution);
        let w = wording::contra(*c);
        level_reasons.push(format!(
            "You said: {}. {} Belly pressure is left out.",
            w.said, w.why
        ));
    }
    if level_reasons.is_empty() {
        level_reasons
            .push("You reported no warning signs and nothing that rules out self-release.".into());
    }

    let sources = rank(a);
    let belly_ok = contras.is_empty();
    let routine = match level {
        Level::Emergency | Level::SeeClinician => None,
        _ => Some(compose(a, &sources, belly_ok)),
    };

    let mut advice = Vec::new();
    if a.sitting_hours.is_some_and(|h| h >= 6)
        || a.habits.contains(&DayHabit::KneesAboveHips)
        || a.habits.contains(&DayHabit::LeaningForward)
    {
        advice.push("Sit with your hips a little higher than your knees, sit back rather than leaning forward, and stand up for a minute every half hour.".into());
    }
    if a.habits.contains(&DayHabit::LongDrives) {
        advice.push("On long drives, stop every hour or so and walk for a few minutes; raise the seat so your knees sit lower.".into());
    }
    if a.habits.contains(&DayHabit::SleepCurledUp) {
        advice.push("Try sleeping with your legs straighter, on your back or on your side with a pillow between the knees.".into());
    }
    if a.habits.contains(&DayHabit::TrainingJump) {
        advice.push("Bring your training load back to where it was before the jump, then build again slowly.".into());
    }
    if !belly_ok {
        advice.push("Work the glute, hamstrings and inner thigh only: no pressure into the belly until a clinician says it is fine.".into());
    }
    if routine.is_some() {
        advice.push("Make release a short, regular habit, like flossing: a few minutes most days beats a long session now and then.".into());
    }
    advice.push(COME_BACK.into());

    Assessment {
        level,
        level_reasons,
        sources,
        side: a.side,
        contras,
        routine,
        advice,
    }
}

/// Sources with enough support, best first, each with its reasons.
pub fn rank(a: &Answers) -> Vec<RankedSource> {
    let ev = evidence(a);
    let mut out: Vec<RankedSource> = Vec::new();
    for (e, source, w) in RULES {
        if ev.contains(e) {
            let text = said(*e, a);
            match out.iter_mut().find(|r| r.source == *source) {
                Some(r) => {
                    r.score += w;
                    if !r.because.contains(&text) {
                        r.because.push(text);
                    }
                }
                None => out.push(RankedSource {
                    source: *source,
                    score: *w,
                    because: vec![text],
                }),
            }
        }
    }
    out.retain(|r| r.score >= MIN_SCORE);
    // Nerve signs change what to do (see a clinician), so a nerve source
    // backed by numbness, tingling or weakness ranks first whatever the
    // muscle picture adds up to. Otherwise by score; ties keep the table's
    // order (iliacus before psoas, ...).
    let nerve_sign =
        a.feelings.contains(&Feeling::NumbTingling) || a.feelings.contains(&Feeling::Weakness);
    let first = |s: Source| nerve_sign && s == Source::NerveInvolvement;
    crate::sort::sort_by(&mut out, |x, y| {
        first(y.source)
            .cmp(&first(x.source))
            .then(y.score.cmp(&x.score))
            .then(x.source.cmp(&y.source))
            .is_lt()
    });
    if out.is_empty() && a.no_pain {
        out.push(RankedSource {
            source: Source::Prevention,
            score: 0,
            because: vec!["you have no pain right now and want to keep it that way".to_string()],
        });
    }
    if out.is_empty() {
        let because = if a.regions.is_empty() {
            vec!["you did not mark where it hurts".to_string()]
        } else {
            a.regions
                .iter()
                .map(|r| format!("it hurts in {}", wording::region(*r).1))
                .collect()
        };
        out.push(RankedSource {
            source: Source::NotTypical,
            score: 0,
            because,
        });
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;
