//! What the person told the wizard. Every question can be left unanswered,
//! so an empty `Answers` is valid input to `assess`.

use crate::session::routine::Tool;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The time choices offered, in minutes.
pub const MINUTES: [u8; 4] = [5, 10, 15, 20];

/// Yes / no / not sure. "Not sure" is never read as "no" for a safety question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Yes,
    No,
    NotSure,
}

impl Reply {
    pub fn is_yes_or_unsure(self) -> bool {
        self != Reply::No
    }
}

/// Signs that need emergency care now (domain notes, "Seek emergency care now").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmergencyFlag {
    SaddleNumbness,
    BladderBowelSexual,
    SuddenWeakness,
    AfterFallOrAccident,
    SwollenWarmLeg,
    FeverOrPulsingBelly,
}

impl EmergencyFlag {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [EmergencyFlag; 6] = [
        EmergencyFlag::SaddleNumbness,
        EmergencyFlag::BladderBowelSexual,
        EmergencyFlag::SuddenWeakness,
        EmergencyFlag::AfterFallOrAccident,
        EmergencyFlag::SwollenWarmLeg,
        EmergencyFlag::FeverOrPulsingBelly,
    ];
}

/// Signs that call for a clinician before self-release (within days).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClinicianFlag {
    NerveSymptoms,
    StressFractureSigns,
    CancerOrWeightLossOrConstant,
    NoImprovementAfterWeeks,
}

impl ClinicianFlag {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [ClinicianFlag; 4] = [
        ClinicianFlag::NerveSymptoms,
        ClinicianFlag::StressFractureSigns,
        ClinicianFlag::CancerOrWeightLossOrConstant,
        ClinicianFlag::NoImprovementAfterWeeks,
    ];
}

/// Reasons not to press deep into the belly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contra {
    Pregnancy,
    RecentSurgery,
    Hernia,
    AorticAneurysm,
    BloodThinners,
    InflammatoryBowel,
}

impl Contra {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [Contra; 6] = [
        Contra::Pregnancy,
        Contra::RecentSurgery,
        Contra::Hernia,
        Contra::AorticAneurysm,
        Contra::BloodThinners,
        Contra::InflammatoryBowel,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    FrontThigh,
    FrontHipGroin,
    LowBack,
    Buttock,
    BackThigh,
    InnerThigh,
    Knee,
    LowerLegFoot,
}

impl Region {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [Region; 8] = [
        Region::FrontThigh,
        Region::FrontHipGroin,
        Region::LowBack,
        Region::Buttock,
        Region::BackThigh,
        Region::InnerThigh,
        Region::Knee,
        Region::LowerLegFoot,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainSide {
    Left,
    Right,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Tight,
    Aching,
    Sharp,
    Burning,
    NumbTingling,
    Weakness,
}

impl Feeling {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [Feeling; 6] = [
        Feeling::Tight,
        Feeling::Aching,
        Feeling::Sharp,
        Feeling::Burning,
        Feeling::NumbTingling,
        Feeling::Weakness,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Duration {
    UnderTwoWeeks,
    TwoToSixWeeks,
    OverSixWeeks,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotHelping {
    StretchingQuads,
    RollingQuads,
    Rest,
}

impl NotHelping {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [NotHelping; 3] = [
        NotHelping::StretchingQuads,
        NotHelping::RollingQuads,
        NotHelping::Rest,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayHabit {
    KneesAboveHips,
    LeaningForward,
    LongDrives,
    SleepCurledUp,
    TrainingJump,
    Running,
}

impl DayHabit {
    /// Every option, in the order the wizard asks them.
    pub const ALL: [DayHabit; 6] = [
        DayHabit::KneesAboveHips,
        DayHabit::LeaningForward,
        DayHabit::LongDrives,
        DayHabit::SleepCurledUp,
        DayHabit::TrainingJump,
        DayHabit::Running,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub emergency: BTreeMap<EmergencyFlag, Reply>,
    pub clinician: BTreeMap<ClinicianFlag, Reply>,
    pub contra: BTreeMap<Contra, Reply>,
    pub regions: BTreeSet<Region>,
    pub side: Option<PainSide>,
    pub feelings: BTreeSet<Feeling>,
    pub duration: Option<Duration>,
    /// Pain now, 0-10.
    pub severity: Option<u8>,
    pub not_helping: BTreeSet<NotHelping>,
    /// Hours sitting on a typical day.
    pub sitting_hours: Option<u8>,
    pub habits: BTreeSet<DayHabit>,
    // The routine questions. Left out of the stored text while unanswered,
    // so data saved before they existed saves back unchanged.
    /// No pain right now: the person wants to keep it that way.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub no_pain: bool,
    /// Minutes they have for a routine (one of `MINUTES`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u8>,
    /// Release tools they own, each once. Empty is an answer too ("none
    /// yet"): hands and a ball from a sports shop are assumed. A short list
    /// rather than a set: a B-tree for a new element type costs the bundle
    /// about 2 KB, for at most seven items.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<Tool>,
}

impl Answers {
    pub fn emergency_flags(&self) -> Vec<EmergencyFlag> {
        self.emergency
            .iter()
            .filter(|(_, t)| t.is_yes_or_unsure())
            .map(|(f, _)| *f)
            .collect()
    }

    pub fn contras(&self) -> Vec<Contra> {
        self.contra
            .iter()
            .filter(|(_, t)| t.is_yes_or_unsure())
            .map(|(c, _)| *c)
            .collect()
    }

    /// Ticks or unticks a tool, keeping each one once.
    pub fn set_tool(&mut self, t: Tool, owned: bool) {
        self.tools.retain(|x| *x != t);
        if owned {
            self.tools.push(t);
        }
    }

    /// Clamps open numbers into range and keeps each tool once; used on
    /// anything loaded from storage.
    pub fn sanitized(mut self) -> Answers {
        self.severity = self.severity.map(|s| s.min(10));
        self.sitting_hours = self.sitting_hours.map(|h| h.min(24));
        self.minutes = self.minutes.filter(|m| MINUTES.contains(m));
        let mut seen = Vec::with_capacity(self.tools.len());
        self.tools.retain(|t| {
            let fresh = !seen.contains(t);
            seen.push(*t);
            fresh
        });
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_sure_is_never_read_as_no() {
        assert!(Reply::Yes.is_yes_or_unsure() && Reply::NotSure.is_yes_or_unsure());
        assert!(!Reply::No.is_yes_or_unsure());
        let mut a = Answers::default();
        a.emergency
            .insert(EmergencyFlag::SaddleNumbness, Reply::NotSure);
        a.emergency.insert(EmergencyFlag::SwollenWarmLeg, Reply::No);
        a.emergency
            .insert(EmergencyFlag::AfterFallOrAccident, Reply::Yes);
        assert_eq!(
            a.emergency_flags(),
            [
                EmergencyFlag::SaddleNumbness,
                EmergencyFlag::AfterFallOrAccident
            ]
        );
        a.contra.insert(Contra::Hernia, Reply::NotSure);
        a.contra.insert(Contra::Pregnancy, Reply::No);
        assert_eq!(a.contras(), [Contra::Hernia]);
    }

    #[test]
    fn tools_are_kept_once_and_numbers_in_range() {
        let mut a = Answers::default();
        a.set_tool(Tool::LacrosseBall, true);
        a.set_tool(Tool::LacrosseBall, true);
        a.set_tool(Tool::FoamRoller, true);
        a.set_tool(Tool::LacrosseBall, false);
        assert_eq!(a.tools, [Tool::FoamRoller]);

        let stored = Answers {
            severity: Some(40),
            sitting_hours: Some(30),
            minutes: Some(7),
            tools: vec![Tool::LacrosseBall, Tool::LacrosseBall, Tool::FoamRoller],
            ..Answers::default()
        };
        let a = stored.sanitized();
        assert_eq!(
            (a.severity, a.sitting_hours, a.minutes),
            (Some(10), Some(24), None)
        );
        assert_eq!(a.tools, [Tool::LacrosseBall, Tool::FoamRoller]);
        let ok = Answers {
            minutes: Some(15),
            ..Answers::default()
        }
        .sanitized();
        assert_eq!(ok.minutes, Some(15));
    }

    #[test]
    fn unanswered_routine_questions_stay_out_of_stored_text() {
        let text = serde_json::to_string(&Answers::default()).unwrap();
        for key in ["no_pain", "minutes", "tools"] {
            assert!(!text.contains(key), "{key} in {text}");
        }
        // Text saved before those questions existed reads back as it was.
        let old = r#"{"emergency":{"saddle_numbness":"no"},"severity":4}"#;
        let a: Answers = serde_json::from_str(old).unwrap();
        assert_eq!(a.severity, Some(4));
        assert_eq!(a.emergency[&EmergencyFlag::SaddleNumbness], Reply::No);
        assert!(a.tools.is_empty() && !a.no_pain);
    }

    #[test]
    fn every_list_names_each_choice_once() {
        fn once<T: PartialEq>(all: &[T]) -> bool {
            all.iter()
                .enumerate()
                .all(|(i, x)| !all[i + 1..].contains(x))
        }
        assert!(once(&EmergencyFlag::ALL) && once(&ClinicianFlag::ALL) && once(&Contra::ALL));
        assert!(
            once(&Region::ALL)
                && once(&Feeling::ALL)
                && once(&NotHelping::ALL)
                && once(&DayHabit::ALL)
        );
    }
}
