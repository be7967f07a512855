use super::*;
use crate::session::builtin;
use crate::share::plan::Stage;
use crate::storage::envelope::{load, save, Loaded};
use crate::storage::merge::merge;

fn day(y: i32, m: u32, d: u32) -> CivilDay {
    CivilDay::from_ymd(y, m, d).unwrap()
}

fn plan(target: Target, weeks: u8) -> Plan {
    let mut routine = builtin::all().remove(1);
    routine.id.clear();
    routine.name = "Physio hip plan".into();
    Plan {
        routine,
        target,
        weeks,
        made: day(2026, 11, 20),
        start: None,
        note: "Gently.".into(),
    }
}

const TODAY: CivilDay = CivilDay(20_783); // 2026-11-26

#[test]
fn starting_saves_the_routine_and_sets_target_and_home() {
    let mut d = Data::default();
    let before = d.settings.clone();
    let p = plan(Target::PerWeek(3), 6);
    assert_eq!(d.plan_opening(&p), Opening::Fresh);
    assert_eq!(d.target_the_plan_replaces(&p), Some(Target::Daily));
    let id = d.start_plan(&p, TODAY, 1.0, "u1".into());
    assert_eq!(id, "u1");
    assert_eq!(d.find_routine("u1").unwrap().steps, p.routine.steps);
    assert_eq!(d.settings.target, Target::PerWeek(3));
    assert_eq!(d.settings.usual_routine, "u1");
    let s = d.plan.clone().unwrap();
    assert_eq!(s.stage(TODAY), Some(Stage::Week { n: 1, of: 6 }));
    assert_eq!(s.stage(TODAY.add(7)), Some(Stage::Week { n: 2, of: 6 }));
    d.close_plan();
    assert_eq!(d.settings, before);
    assert!(d.plan.is_none());
}

#[test]
fn opening_the_same_plan_twice_changes_nothing() {
    let mut d = Data::default();
    let p = plan(Target::Daily, 4);
    d.start_plan(&p, TODAY, 1.0, "u1".into());
    let once = d.clone();
    assert_eq!(d.plan_opening(&p), Opening::AlreadyRunning);
    d.start_plan(&p, TODAY.add(3), 2.0, "u2".into());
    assert_eq!(d, once);
}

#[test]
fn a_newer_plan_for_the_same_routine_updates_it_in_place() {
    let mut d = Data::default();
    let first = plan(Target::PerWeek(3), 6);
    d.start_plan(&first, TODAY, 1.0, "u1".into());
    let mut newer = plan(Target::Daily, 4);
    newer.made = day(2026, 12, 10);
    newer.routine.steps[0].hold_s = 90;
    match d.plan_opening(&newer) {
        Opening::Replaces {
            current,
            same_routine,
        } => {
            assert!(same_routine);
            assert_eq!(current, first);
        }
        other => panic!("{other:?}"),
    }
    // The running plan's target is the plan's: not asked about.
    assert_eq!(d.target_the_plan_replaces(&newer), None);
    let id = d.start_plan(&newer, TODAY.add(14), 2.0, "u2".into());
    assert_eq!(id, "u1");
    assert_eq!(d.live_routines().count(), 1);
    assert_eq!(d.find_routine("u1").unwrap().steps[0].hold_s, 90);
    // Closing gives back the target from before the first plan.
    d.close_plan();
    assert_eq!(d.settings.target, Target::Daily);
}

#[test]
fn a_target_the_person_set_is_asked_about_and_kept_if_changed_during_the_plan() {
    let mut d = Data::default();
    d.settings.target = Target::EveryNDays(2);
    let p = plan(Target::PerWeek(3), 6);
    assert_eq!(d.target_the_plan_replaces(&p), Some(Target::EveryNDays(2)));
    d.start_plan(&p, TODAY, 1.0, "u1".into());
    d.settings.target = Target::PerWeek(5); // changed by hand during the plan
    d.close_plan();
    assert_eq!(d.settings.target, Target::PerWeek(5));
}

#[test]
fn an_identical_routine_is_reused_and_a_same_named_one_is_not_overwritten() {
    let mut d = Data::default();
    let p = plan(Target::Daily, 2);
    let mut mine = p.routine.clone();
    mine.id = "mine".into();
    d.save_routine(mine.clone(), 1.0);
    assert_eq!(d.start_plan(&p, TODAY, 2.0, "u1".into()), "mine");
    d.close_plan();

    let mut d = Data::default();
    mine.steps[0].hold_s = 30;
    d.save_routine(mine.clone(), 1.0);
    let id = d.start_plan(&p, TODAY, 2.0, "u1".into());
    assert_eq!(id, "u1");
    assert_eq!(d.find_routine("mine").unwrap(), mine);
    assert_eq!(d.find_routine("u1").unwrap().name, "Physio hip plan (plan)");
}

#[test]
fn a_started_plan_survives_save_load_and_merge_and_a_bad_one_is_set_aside() {
    let mut d = Data::default();
    d.start_plan(&plan(Target::PerWeek(2), 3), TODAY, 1.0, "u1".into());
    let text = save(&d);
    let Loaded::Ok {
        data, quarantined, ..
    } = load(Some(&text))
    else {
        panic!()
    };
    assert_eq!((data.clone(), quarantined), (d.clone(), 0));
    let (merged, preview) = merge(&Data::default(), &d);
    assert_eq!(merged.plan, d.plan);
    assert!(!preview.is_empty());

    let code = d.plan.as_ref().unwrap().code.clone();
    let broken = text.replace(&code, "2AAAA");
    let Loaded::Ok {
        data, quarantined, ..
    } = load(Some(&broken))
    else {
        panic!()
    };
    assert_eq!(quarantined, 1);
    assert!(data.plan.is_none());
    assert!(data.quarantine[0].to_string().contains("2AAAA"));
}

#[test]
fn data_without_a_plan_saves_as_before() {
    assert!(!save(&Data::default()).contains("\"plan\""));
}
