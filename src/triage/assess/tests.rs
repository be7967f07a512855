//! The assessment read like a clinician's checklist: written cases first,
//! then properties over every combination of answers.

use super::*;
use crate::session::routine::{Muscle, Tool};
use proptest::prelude::*;
use std::collections::BTreeSet;

#[derive(Default)]
struct Case {
    name: &'static str,
    emergency: Vec<(EmergencyFlag, Reply)>,
    clinician: Vec<(ClinicianFlag, Reply)>,
    contra: Vec<Contra>,
    regions: Vec<Region>,
    feelings: Vec<Feeling>,
    duration: Option<Duration>,
    severity: Option<u8>,
    not_helping: Vec<NotHelping>,
    sitting: Option<u8>,
    habits: Vec<DayHabit>,
    level: Option<Level>,
    top: Option<Source>,
}

fn answers(c: &Case) -> Answers {
    Answers {
        no_pain: false,
        minutes: None,
        tools: Vec::new(),
        emergency: c.emergency.iter().copied().collect(),
        clinician: c.clinician.iter().copied().collect(),
        contra: c.contra.iter().map(|x| (*x, Reply::Yes)).collect(),
        regions: c.regions.iter().copied().collect(),
        side: Some(PainSide::Right),
        feelings: c.feelings.iter().copied().collect(),
        duration: c.duration,
        severity: c.severity,
        not_helping: c.not_helping.iter().copied().collect(),
        sitting_hours: c.sitting,
        habits: c.habits.iter().copied().collect(),
    }
}

fn classic_runner() -> Case {
    Case {
        regions: vec![Region::FrontThigh],
        feelings: vec![Feeling::Tight, Feeling::Aching],
        duration: Some(Duration::OverSixWeeks),
        severity: Some(4),
        not_helping: vec![NotHelping::StretchingQuads, NotHelping::RollingQuads],
        sitting: Some(9),
        habits: vec![DayHabit::Running],
        ..Default::default()
    }
}

fn cases() -> Vec<Case> {
    use EmergencyFlag as E;
    let mut v = vec![
        Case {
            name: "runner, front thigh, quad work fails, desk job",
            level: Some(Level::SelfCare),
            top: Some(Source::Iliacus),
            ..classic_runner()
        },
        Case {
            name: "saddle numbness",
            emergency: vec![(E::SaddleNumbness, Reply::Yes)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "bladder or bowel change",
            emergency: vec![(E::BladderBowelSexual, Reply::Yes)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "sudden weakness",
            emergency: vec![(E::SuddenWeakness, Reply::Yes)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "after a fall",
            emergency: vec![(E::AfterFallOrAccident, Reply::Yes)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "swollen warm calf (clot)",
            emergency: vec![(E::SwollenWarmLeg, Reply::Yes)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "fever or pulsing belly",
            emergency: vec![(E::FeverOrPulsingBelly, Reply::Yes)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "not sure about saddle numbness counts as yes",
            emergency: vec![(E::SaddleNumbness, Reply::NotSure)],
            level: Some(Level::Emergency),
            ..classic_runner()
        },
        Case {
            name: "nerve symptoms",
            clinician: vec![(ClinicianFlag::NerveSymptoms, Reply::Yes)],
            level: Some(Level::SeeClinician),
            ..classic_runner()
        },
        Case {
            name: "stress fracture pattern",
            clinician: vec![(ClinicianFlag::StressFractureSigns, Reply::Yes)],
            regions: vec![Region::FrontHipGroin],
            level: Some(Level::SeeClinician),
            ..classic_runner()
        },
        Case {
            name: "cancer history or constant pain",
            clinician: vec![(ClinicianFlag::CancerOrWeightLossOrConstant, Reply::Yes)],
            level: Some(Level::SeeClinician),
            ..classic_runner()
        },
        Case {
            name: "no improvement after weeks",
            clinician: vec![(ClinicianFlag::NoImprovementAfterWeeks, Reply::Yes)],
            level: Some(Level::SeeClinician),
            ..classic_runner()
        },
        Case {
            name: "pain 8/10",
            severity: Some(8),
            level: Some(Level::SeeClinician),
            ..classic_runner()
        },
        Case {
            name: "pain 7/10 is still self-care",
            severity: Some(7),
            level: Some(Level::SelfCare),
            top: Some(Source::Iliacus),
            ..classic_runner()
        },
        Case {
            name: "tingling described as a feeling",
            feelings: vec![Feeling::NumbTingling],
            level: Some(Level::SeeClinician),
            top: Some(Source::NerveInvolvement),
            ..classic_runner()
        },
        Case {
            name: "unsure about fracture signs: caution",
            clinician: vec![(ClinicianFlag::StressFractureSigns, Reply::NotSure)],
            level: Some(Level::SelfCareWithCaution),
            ..classic_runner()
        },
        Case {
            name: "low back band: psoas",
            regions: vec![Region::LowBack],
            not_helping: vec![],
            habits: vec![DayHabit::LeaningForward],
            level: Some(Level::SelfCare),
            top: Some(Source::Psoas),
            ..classic_runner()
        },
        Case {
            name: "buttock: glute",
            regions: vec![Region::Buttock],
            not_helping: vec![],
            sitting: Some(2),
            habits: vec![],
            feelings: vec![Feeling::Aching],
            level: Some(Level::SelfCare),
            top: Some(Source::GluteMax),
            ..Default::default()
        },
        Case {
            name: "back of thigh: hamstrings",
            regions: vec![Region::BackThigh],
            level: Some(Level::SelfCare),
            top: Some(Source::Hamstrings),
            ..Default::default()
        },
        Case {
            name: "inner thigh: adductor magnus",
            regions: vec![Region::InnerThigh, Region::Knee],
            level: Some(Level::SelfCare),
            top: Some(Source::AdductorMagnus),
            ..Default::default()
        },
        Case {
            name: "fresh overload of the quads",
            regions: vec![Region::FrontThigh],
            duration: Some(Duration::UnderTwoWeeks),
            habits: vec![DayHabit::TrainingJump],
            level: Some(Level::SelfCare),
            ..Default::default()
        },
        Case {
            name: "nothing answered",
            level: Some(Level::SelfCare),
            top: Some(Source::NotTypical),
            ..Default::default()
        },
        Case {
            name: "sharp pain: caution",
            feelings: vec![Feeling::Sharp],
            level: Some(Level::SelfCareWithCaution),
            ..classic_runner()
        },
        Case {
            name: "emergency beats everything else",
            emergency: vec![(E::SwollenWarmLeg, Reply::Yes)],
            clinician: vec![(ClinicianFlag::NerveSymptoms, Reply::Yes)],
            contra: vec![Contra::Pregnancy],
            severity: Some(10),
            level: Some(Level::Emergency),
            ..classic_runner()
        },
    ];
    for c in Contra::ALL {
        v.push(Case {
            name: "contraindication: iliacus pattern but no belly pressure",
            contra: vec![c],
            level: Some(Level::SelfCareWithCaution),
            top: Some(Source::Iliacus),
            ..classic_runner()
        });
    }
    v
}

fn routine_presses_belly(c: &Option<Composed>) -> bool {
    c.as_ref().is_some_and(|c| c.routine.presses_belly())
}

#[test]
fn written_cases() {
    let all = cases();
    assert!(all.len() >= 20);
    for c in &all {
        let a = answers(c);
        let r = assess(&a);
        if let Some(l) = c.level {
            assert_eq!(r.level, l, "{}", c.name);
        }
        if let Some(t) = c.top {
            assert_eq!(r.sources[0].source, t, "{}: {:?}", c.name, r.sources);
        }
        if !c.contra.is_empty() {
            assert!(!routine_presses_belly(&r.routine), "{}", c.name);
            if r.level < Level::SeeClinician {
                assert!(
                    r.routine.is_some(),
                    "{}: back-of-hip work is still offered",
                    c.name
                );
            }
        }
        if matches!(r.level, Level::Emergency | Level::SeeClinician) {
            assert_eq!(r.routine, None, "{}", c.name);
        }
        assert!(
            !r.level_reasons.is_empty() && r.sources.iter().all(|s| !s.because.is_empty()),
            "{}",
            c.name
        );
    }
}

#[test]
fn classic_runner_is_told_why() {
    let r = assess(&answers(&classic_runner()));
    let top = &r.sources[0];
    assert_eq!(top.source, Source::Iliacus);
    assert!(top
        .because
        .iter()
        .any(|b| b.to_string().contains("front of your thigh")));
    assert!(top.because.iter().any(|b| b
        .to_string()
        .contains("stretching your quads does not help")));
    assert!(top
        .because
        .iter()
        .any(|b| b.to_string().contains("9 hours")));
    let mut muscles: Vec<Muscle> = r
        .routine
        .unwrap()
        .routine
        .steps
        .iter()
        .map(|s| s.muscle)
        .collect();
    muscles.dedup();
    assert_eq!(
        &muscles[..2],
        &[Muscle::Iliacus, Muscle::Psoas],
        "iliacus first, then psoas: {muscles:?}"
    );
    assert!(
        muscles.contains(&Muscle::Quads) && muscles.contains(&Muscle::GluteMax),
        "{muscles:?}"
    );
    assert!(r
        .advice
        .iter()
        .any(|a| a.to_string().contains("hips a little higher")));
    assert!(r
        .advice
        .iter()
        .any(|a| a.to_string().contains("2 to 4 weeks")));
}

fn tri() -> impl Strategy<Value = Reply> {
    prop_oneof![Just(Reply::Yes), Just(Reply::No), Just(Reply::NotSure)]
}

fn base_answers() -> impl Strategy<Value = Answers> {
    let (ef, cf, co) = (EmergencyFlag::ALL, ClinicianFlag::ALL, Contra::ALL);
    let (regions, feelings, habits, nh) =
        (Region::ALL, Feeling::ALL, DayHabit::ALL, NotHelping::ALL);
    (
        prop::collection::vec(prop::option::of(tri()), 6),
        prop::collection::vec(prop::option::of(tri()), 4),
        prop::collection::vec(prop::option::of(tri()), 6),
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        (
            prop::option::of(0u8..3),
            prop::option::of(any::<u8>()),
            prop::option::of(any::<u8>()),
            any::<u8>(),
            any::<u8>(),
        ),
    )
        .prop_map(
            move |(e, c, k, rb, fb, hb, (dur, sev, sit, nb, side))| Answers {
                emergency: ef
                    .iter()
                    .zip(e)
                    .filter_map(|(f, t)| t.map(|t| (*f, t)))
                    .collect(),
                clinician: cf
                    .iter()
                    .zip(c)
                    .filter_map(|(f, t)| t.map(|t| (*f, t)))
                    .collect(),
                contra: co
                    .iter()
                    .zip(k)
                    .filter_map(|(f, t)| t.map(|t| (*f, t)))
                    .collect(),
                regions: regions
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| rb >> i & 1 == 1)
                    .map(|(_, r)| *r)
                    .collect(),
                feelings: feelings
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| fb >> i & 1 == 1)
                    .map(|(_, r)| *r)
                    .collect::<BTreeSet<_>>(),
                habits: habits
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| hb >> i & 1 == 1)
                    .map(|(_, r)| *r)
                    .collect(),
                not_helping: nh
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| nb >> i & 1 == 1)
                    .map(|(_, r)| *r)
                    .collect(),
                duration: dur.map(|d| {
                    [
                        Duration::UnderTwoWeeks,
                        Duration::TwoToSixWeeks,
                        Duration::OverSixWeeks,
                    ][d as usize]
                }),
                severity: sev,
                sitting_hours: sit,
                side: [
                    None,
                    Some(PainSide::Left),
                    Some(PainSide::Right),
                    Some(PainSide::Both),
                ][(side % 4) as usize],
                ..Answers::default()
            },
        )
}

/// Any answers at all, the routine questions included (minutes, tools,
/// "no pain now"), for the properties here and in `compose`.
pub(crate) fn any_answers() -> impl Strategy<Value = Answers> {
    (
        base_answers(),
        any::<bool>(),
        prop::option::of(prop_oneof![
            Just(5u8),
            Just(10),
            Just(15),
            Just(20),
            Just(7),
            Just(0)
        ]),
        any::<u8>(),
    )
        .prop_map(|(mut a, no_pain, minutes, tb)| {
            a.no_pain = no_pain;
            a.minutes = minutes;
            a.tools = Tool::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| tb >> i & 1 == 1)
                .map(|(_, t)| *t)
                .collect();
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn safety_properties(a in any_answers()) {
        let r = assess(&a);
        // Any emergency flag (yes or not sure) gives the emergency level.
        if !a.emergency_flags().is_empty() {
            prop_assert_eq!(r.level, Level::Emergency);
            prop_assert!(r.routine.is_none());
        }
        // A contraindication never yields belly pressure.
        if !a.contras().is_empty() {
            prop_assert!(!routine_presses_belly(&r.routine));
        }
        // Every result has a reason.
        prop_assert!(!r.level_reasons.is_empty());
        prop_assert!(!r.sources.is_empty());
        prop_assert!(r.sources.iter().all(|s| !s.because.is_empty()));
        prop_assert!(!r.advice.is_empty());
    }

    #[test]
    fn adding_a_red_flag_never_lowers_the_level(a in any_answers(), which in 0usize..10, t in tri()) {
        let before = assess(&a).level;
        let mut b = a.clone();
        if which < 6 {
            let f = [EmergencyFlag::SaddleNumbness, EmergencyFlag::BladderBowelSexual, EmergencyFlag::SuddenWeakness, EmergencyFlag::AfterFallOrAccident, EmergencyFlag::SwollenWarmLeg, EmergencyFlag::FeverOrPulsingBelly][which];
            if t != Reply::No { b.emergency.insert(f, t); }
        } else {
            let f = [ClinicianFlag::NerveSymptoms, ClinicianFlag::StressFractureSigns, ClinicianFlag::CancerOrWeightLossOrConstant, ClinicianFlag::NoImprovementAfterWeeks][which - 6];
            // Only a stronger answer than the one there is "adding" a flag.
            let old = b.clinician.get(&f).copied();
            if t == Reply::Yes || (t == Reply::NotSure && old != Some(Reply::Yes)) { b.clinician.insert(f, t); }
        }
        prop_assert!(assess(&b).level >= before);
    }
}

#[test]
fn empty_answers_do_not_panic() {
    let r = assess(&Answers::default());
    assert_eq!(r.level, Level::SelfCare);
    assert_eq!(r.sources[0].source, Source::NotTypical);
}
