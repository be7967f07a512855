//! `assess`: from answers to a level, ranked sources with reasons, advice and
//! a routine. Safety is decided first and can only raise the level.

use super::answers::*;
use super::compose::{compose, Composed};
pub use super::rules::RankedSource;
use super::rules::{evidence, said, Evidence, Source, MIN_SCORE, RULES, SEVERE_PAIN};
use crate::words::catalogue::{Arg, Message};
use crate::words::key::key;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    SelfCare,
    SelfCareWithCaution,
    SeeClinician,
    Emergency,
}

impl Level {
    /// The catalogue key of the level's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Level::Emergency => "result-level-emergency",
            Level::SeeClinician => "result-level-see-clinician",
            Level::SelfCareWithCaution => "result-level-caution",
            Level::SelfCare => "result-level-self-care",
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
    /// Why this level ("you said: ..."), as sentences to say.
    pub level_reasons: Vec<Message>,
    pub sources: Vec<RankedSource>,
    pub side: Option<PainSide>,
    pub contras: Vec<Contra>,
    /// The routine made for these answers; `None` when self-release must wait.
    pub routine: Option<Composed>,
    pub advice: Vec<Message>,
}

/// A warning sign's -said and -why, as values of a sentence about it.
fn sign(group: &str, flag: impl serde::Serialize) -> [(&'static str, Arg); 2] {
    let k = key(group, flag, "");
    [
        ("said", Message::new(format!("{k}-said")).said()),
        ("why", Message::new(format!("{k}-why")).said()),
    ]
}

fn with_sign(m: &'static str, sign: [(&'static str, Arg); 2]) -> Message {
    sign.into_iter()
        .fold(Message::new(m), |m, (n, v)| m.with(n, v))
}

/// Total: defined for every combination of answers, empty ones included.
pub fn assess(a: &Answers) -> Assessment {
    let mut level = Level::SelfCare;
    let mut level_reasons = Vec::new();
    let raise = |l: &mut Level, to: Level| *l = (*l).max(to);

    for (flag, t) in &a.emergency {
        if t.is_yes_or_unsure() {
            raise(&mut level, Level::Emergency);
            let m = if *t == Reply::NotSure {
                "result-you-said-unsure"
            } else {
                "result-you-said"
            };
            level_reasons.push(with_sign(m, sign("warning-emergency", *flag)));
        }
    }
    for (flag, t) in &a.clinician {
        match t {
            Reply::Yes => {
                raise(&mut level, Level::SeeClinician);
                level_reasons.push(with_sign(
                    "result-you-said",
                    sign("warning-clinician", *flag),
                ));
            }
            Reply::NotSure => {
                raise(&mut level, Level::SelfCareWithCaution);
                level_reasons.push(with_sign(
                    "result-not-sure-about",
                    sign("warning-clinician", *flag),
                ));
            }
            Reply::No => {}
        }
    }
    if a.severity.is_some_and(|s| s > SEVERE_PAIN) {
        raise(&mut level, Level::SeeClinician);
        level_reasons.push(
            Message::new("result-severity")
                .with("severity", Arg::count(a.severity.unwrap_or(0)))
                .with("why", Message::new("triage-why-severity").said()),
        );
    }
    if a.feelings.contains(&Feeling::NumbTingling) || a.feelings.contains(&Feeling::Weakness) {
        raise(&mut level, Level::SeeClinician);
        level_reasons.push(Message::new("result-nerve"));
    }
    if a.feelings.contains(&Feeling::Sharp) || a.feelings.contains(&Feeling::Burning) {
        raise(&mut level, Level::SelfCareWithCaution);
        level_reasons.push(Message::new("result-sharp"));
    }
    let contras = a.contras();
    for c in &contras {
        raise(&mut level, Level::SelfCareWithCaution);
        level_reasons.push(with_sign("result-contra", sign("warning-contra", *c)));
    }
    if level_reasons.is_empty() {
        level_reasons.push(Message::new("result-no-warning"));
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
        advice.push(Message::new("advice-sitting"));
    }
    if a.habits.contains(&DayHabit::LongDrives) {
        advice.push(Message::new("advice-driving"));
    }
    if a.habits.contains(&DayHabit::SleepCurledUp) {
        advice.push(Message::new("advice-sleep"));
    }
    if a.habits.contains(&DayHabit::TrainingJump) {
        advice.push(Message::new("advice-training"));
    }
    if !belly_ok {
        advice.push(Message::new("advice-no-belly"));
    }
    if routine.is_some() {
        advice.push(Message::new("advice-habit"));
    }
    advice.push(Message::new("advice-come-back"));

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
            because: vec![Message::new("result-said-no-pain")],
        });
    }
    if out.is_empty() {
        let because = if a.regions.is_empty() {
            vec![Message::new("result-said-no-region")]
        } else {
            a.regions
                .iter()
                .map(|r| said(Evidence::Region(*r), a))
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
