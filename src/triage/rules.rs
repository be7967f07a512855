//! The evidence table: which answer points to which source, and how
//! strongly. One row per fact in the domain notes' referral table and
//! causes list, so a reviewer can check each row against them.

use super::answers::*;
use crate::session::routine::Muscle;
use crate::words::catalogue::{Arg, Message};
use crate::words::key::key;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Iliacus,
    Psoas,
    NerveInvolvement,
    GluteMax,
    Hamstrings,
    AdductorMagnus,
    Quads,
    /// No pain now: release to keep it that way.
    Prevention,
    NotTypical,
}

impl Source {
    /// The muscle a source is released through; `None` for what is not a
    /// muscle (a nerve, prevention, an untypical pattern).
    pub fn muscle(self) -> Option<Muscle> {
        match self {
            Source::Iliacus => Some(Muscle::Iliacus),
            Source::Psoas => Some(Muscle::Psoas),
            Source::GluteMax => Some(Muscle::GluteMax),
            Source::Hamstrings => Some(Muscle::Hamstrings),
            Source::AdductorMagnus => Some(Muscle::AdductorMagnus),
            Source::Quads => Some(Muscle::Quads),
            Source::NerveInvolvement | Source::Prevention | Source::NotTypical => None,
        }
    }

    /// The source's name, in the catalogue (`triage-source-iliacus-label`).
    pub fn label(self) -> Message {
        Message::new(key("triage-source", self, "label"))
    }

    /// Why it fits, in a sentence.
    pub fn explain(self) -> Message {
        Message::new(key("triage-source", self, "explain"))
    }
}

/// What one answer is, as the rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    Region(Region),
    Feeling(Feeling),
    NotHelping(NotHelping),
    Habit(DayHabit),
    LongSitting,
    LongDuration,
    ShortDuration,
    QuadWorkNotTried,
}

/// (evidence, source it supports, weight). The referral rows weigh 3,
/// causes and "what does not help" 1 or 2.
pub const RULES: &[(Evidence, Source, u32)] = &[
    // Referral patterns (domain notes, trigger point table).
    (Evidence::Region(Region::FrontThigh), Source::Iliacus, 3),
    (Evidence::Region(Region::FrontHipGroin), Source::Iliacus, 2),
    (Evidence::Region(Region::FrontHipGroin), Source::Psoas, 1),
    (Evidence::Region(Region::LowBack), Source::Psoas, 3),
    (Evidence::Region(Region::LowBack), Source::Iliacus, 1),
    (Evidence::Region(Region::Buttock), Source::GluteMax, 3),
    (Evidence::Region(Region::BackThigh), Source::Hamstrings, 3),
    (
        Evidence::Region(Region::InnerThigh),
        Source::AdductorMagnus,
        3,
    ),
    (Evidence::Region(Region::Knee), Source::Iliacus, 1),
    (Evidence::Region(Region::Knee), Source::AdductorMagnus, 1),
    (
        Evidence::Region(Region::LowerLegFoot),
        Source::NerveInvolvement,
        1,
    ),
    (Evidence::Region(Region::LowerLegFoot), Source::Iliacus, 1),
    (Evidence::Region(Region::FrontThigh), Source::Quads, 1),
    // What it feels like.
    (
        Evidence::Feeling(Feeling::NumbTingling),
        Source::NerveInvolvement,
        3,
    ),
    (
        Evidence::Feeling(Feeling::Weakness),
        Source::NerveInvolvement,
        3,
    ),
    (
        Evidence::Feeling(Feeling::Burning),
        Source::NerveInvolvement,
        1,
    ),
    (Evidence::Feeling(Feeling::Tight), Source::Iliacus, 1),
    (Evidence::Feeling(Feeling::Tight), Source::Psoas, 1),
    (Evidence::Feeling(Feeling::Aching), Source::Iliacus, 1),
    (Evidence::Feeling(Feeling::Aching), Source::Psoas, 1),
    // Quad work that fails suggests the pain is referred.
    (
        Evidence::NotHelping(NotHelping::StretchingQuads),
        Source::Iliacus,
        2,
    ),
    (
        Evidence::NotHelping(NotHelping::RollingQuads),
        Source::Iliacus,
        2,
    ),
    (Evidence::QuadWorkNotTried, Source::Quads, 1),
    (Evidence::ShortDuration, Source::Quads, 1),
    (Evidence::LongDuration, Source::Iliacus, 1),
    (Evidence::LongDuration, Source::Psoas, 1),
    // Causes and perpetuating factors (domain notes, causes list).
    (Evidence::LongSitting, Source::Iliacus, 1),
    (Evidence::LongSitting, Source::Psoas, 1),
    (
        Evidence::Habit(DayHabit::KneesAboveHips),
        Source::Iliacus,
        1,
    ),
    (Evidence::Habit(DayHabit::KneesAboveHips), Source::Psoas, 1),
    (Evidence::Habit(DayHabit::LeaningForward), Source::Psoas, 1),
    (
        Evidence::Habit(DayHabit::LeaningForward),
        Source::Iliacus,
        1,
    ),
    (Evidence::Habit(DayHabit::LongDrives), Source::Iliacus, 1),
    (Evidence::Habit(DayHabit::SleepCurledUp), Source::Iliacus, 1),
    (Evidence::Habit(DayHabit::SleepCurledUp), Source::Psoas, 1),
    (Evidence::Habit(DayHabit::Running), Source::Iliacus, 1),
    (Evidence::Habit(DayHabit::TrainingJump), Source::Quads, 1),
];

/// Hours of sitting from which sitting counts as a cause.
pub const LONG_SITTING_HOURS: u8 = 6;
/// Pain above this (0-10) is too much to self-treat first.
pub const SEVERE_PAIN: u8 = 7;
/// A source needs at least this much support to be named.
pub const MIN_SCORE: u32 = 2;

/// Every piece of evidence the answers contain.
pub fn evidence(a: &Answers) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = a.regions.iter().map(|r| Evidence::Region(*r)).collect();
    out.extend(a.feelings.iter().map(|f| Evidence::Feeling(*f)));
    out.extend(a.not_helping.iter().map(|n| Evidence::NotHelping(*n)));
    out.extend(a.habits.iter().map(|h| Evidence::Habit(*h)));
    if a.sitting_hours.is_some_and(|h| h >= LONG_SITTING_HOURS) {
        out.push(Evidence::LongSitting);
    }
    match a.duration {
        Some(Duration::OverSixWeeks) => out.push(Evidence::LongDuration),
        Some(Duration::UnderTwoWeeks) => out.push(Evidence::ShortDuration),
        _ => {}
    }
    if a.regions.contains(&Region::FrontThigh)
        && !a.not_helping.contains(&NotHelping::StretchingQuads)
        && !a.not_helping.contains(&NotHelping::RollingQuads)
        && a.duration == Some(Duration::UnderTwoWeeks)
    {
        out.push(Evidence::QuadWorkNotTried);
    }
    out
}

/// How the evidence reads after "because you said": the catalogue's whole
/// phrase for it (never a label glued into a sentence).
pub fn said(e: Evidence, a: &Answers) -> Message {
    match e {
        Evidence::Region(r) => Message::new(key("triage-region", r, "said")),
        Evidence::Feeling(f) => Message::new(key("triage-feeling", f, "said")),
        Evidence::NotHelping(n) => Message::new(key("triage-not-helping", n, "said")),
        Evidence::Habit(h) => Message::new(key("triage-habit", h, "said")),
        Evidence::LongSitting => Message::new("triage-said-long-sitting")
            .with("hours", Arg::count(a.sitting_hours.unwrap_or(0))),
        Evidence::LongDuration => {
            Message::new(key("triage-duration", Duration::OverSixWeeks, "said"))
        }
        Evidence::ShortDuration => {
            Message::new(key("triage-duration", Duration::UnderTwoWeeks, "said"))
        }
        Evidence::QuadWorkNotTried => Message::new("triage-said-quad-work-not-tried"),
    }
}

/// A likely source with its score and the answers that point to it: what
/// `assess` ranks and `compose` builds a routine from.
#[derive(Clone, Debug, PartialEq)]
pub struct RankedSource {
    pub source: Source,
    pub score: u32,
    /// The person's own answers that support it, as they read back.
    pub because: Vec<Message>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_that_can_be_given_is_some_evidence() {
        let a = Answers {
            regions: Region::ALL.into_iter().collect(),
            feelings: Feeling::ALL.into_iter().collect(),
            not_helping: NotHelping::ALL.into_iter().collect(),
            habits: DayHabit::ALL.into_iter().collect(),
            ..Answers::default()
        };
        let e = evidence(&a);
        let n =
            Region::ALL.len() + Feeling::ALL.len() + NotHelping::ALL.len() + DayHabit::ALL.len();
        assert_eq!(e.len(), n);
        // Each of them supports a source in the table but two the domain
        // notes tie to none: a sharp pain (`assess` answers it with a caution)
        // and rest not helping (said back, never scored).
        let unsupported: Vec<Evidence> = e
            .into_iter()
            .filter(|x| !RULES.iter().any(|r| r.0 == *x))
            .collect();
        assert_eq!(
            unsupported,
            [
                Evidence::Feeling(Feeling::Sharp),
                Evidence::NotHelping(NotHelping::Rest)
            ]
        );
        assert!(
            evidence(&Answers::default()).is_empty(),
            "nothing said, nothing found"
        );
    }

    #[test]
    fn sitting_and_duration_cross_their_lines() {
        let sit = |h| Answers {
            sitting_hours: Some(h),
            ..Answers::default()
        };
        assert!(!evidence(&sit(LONG_SITTING_HOURS - 1)).contains(&Evidence::LongSitting));
        assert!(evidence(&sit(LONG_SITTING_HOURS)).contains(&Evidence::LongSitting));
        let long = Answers {
            duration: Some(Duration::OverSixWeeks),
            ..Answers::default()
        };
        assert_eq!(evidence(&long), [Evidence::LongDuration]);
    }

    #[test]
    fn quad_work_not_tried_only_for_a_new_front_thigh_pain() {
        let mut a = Answers {
            regions: [Region::FrontThigh].into(),
            duration: Some(Duration::UnderTwoWeeks),
            ..Answers::default()
        };
        assert!(evidence(&a).contains(&Evidence::QuadWorkNotTried));
        a.not_helping.insert(NotHelping::RollingQuads);
        assert!(
            !evidence(&a).contains(&Evidence::QuadWorkNotTried),
            "tried, and it failed"
        );
        a.not_helping.clear();
        a.duration = Some(Duration::OverSixWeeks);
        assert!(!evidence(&a).contains(&Evidence::QuadWorkNotTried));
    }

    #[test]
    fn the_referral_table_of_the_domain_notes() {
        let weight =
            |e: Evidence, s: Source| RULES.iter().find(|r| r.0 == e && r.1 == s).map(|r| r.2);
        // Front of the thigh: the iliacus, most strongly; low back: the psoas.
        assert_eq!(
            weight(Evidence::Region(Region::FrontThigh), Source::Iliacus),
            Some(3)
        );
        assert_eq!(
            weight(Evidence::Region(Region::LowBack), Source::Psoas),
            Some(3)
        );
        // Numbness, tingling or weakness: a nerve.
        assert_eq!(
            weight(
                Evidence::Feeling(Feeling::NumbTingling),
                Source::NerveInvolvement
            ),
            Some(3)
        );
        assert_eq!(
            weight(
                Evidence::Feeling(Feeling::Weakness),
                Source::NerveInvolvement
            ),
            Some(3)
        );
        // Rolling and stretching the quads failing points away from them.
        assert_eq!(
            weight(
                Evidence::NotHelping(NotHelping::RollingQuads),
                Source::Iliacus
            ),
            Some(2)
        );
        assert!(RULES.iter().all(|r| (1..=3).contains(&r.2)));
    }

    #[test]
    fn said_reads_as_the_person_put_it() {
        use crate::words::english::{english, say};
        let a = Answers {
            sitting_hours: Some(9),
            ..Answers::default()
        };
        assert_eq!(
            say(&said(Evidence::LongSitting, &a)),
            "you sit about 9 hours a day"
        );
        assert!(say(&said(Evidence::Region(Region::FrontThigh), &a)).starts_with("it hurts in "));
        assert_eq!(
            say(&said(Evidence::Feeling(Feeling::Aching), &a)),
            "it aches"
        );
        // Every answer has its phrase in the catalogue.
        let all = Answers {
            regions: Region::ALL.into_iter().collect(),
            feelings: Feeling::ALL.into_iter().collect(),
            not_helping: NotHelping::ALL.into_iter().collect(),
            habits: DayHabit::ALL.into_iter().collect(),
            sitting_hours: Some(9),
            duration: Some(Duration::OverSixWeeks),
            ..Answers::default()
        };
        let short = Answers {
            regions: [Region::FrontThigh].into(),
            duration: Some(Duration::UnderTwoWeeks),
            ..Answers::default()
        };
        for (e, a) in evidence(&all)
            .into_iter()
            .map(|e| (e, &all))
            .chain(evidence(&short).into_iter().map(|e| (e, &short)))
        {
            assert!(english().has(&said(e, a).key), "{e:?}");
        }
    }
}
