//! The routines that ship with the app. Hold times sit in the 30-90 s range
//! the domain notes give for direct pressure on one spot.

use super::routine::{Deepen, Muscle, Routine, Side, Step, Tool};

fn step(
    muscle: Muscle,
    side: Side,
    tool: Tool,
    hold_s: u16,
    spots: u8,
    deepen: Deepen,
    reposition_s: u16,
) -> Step {
    Step {
        muscle,
        side,
        tool,
        hold_s,
        spots,
        deepen,
        reposition_s,
    }
}

pub const DAILY_FLOSS: &str = "builtin-floss";
pub const FRONT: &str = "builtin-front";
pub const BACK: &str = "builtin-back";
pub const SITTING_RESET: &str = "builtin-reset";

/// Every built-in routine, in the order they are offered.
pub fn all() -> Vec<Routine> {
    use Deepen::*;
    use Muscle::*;
    use Side::*;
    use Tool::*;
    vec![
        Routine {
            id: DAILY_FLOSS.into(),
            name: "Daily floss".into(),
            purpose: "Five minutes a day on both iliacus muscles, to keep knots from coming back.".into(),
            steps: vec![step(Iliacus, Both, MassageBall, 60, 2, SlowBreaths, 15)],
            switch_rest_s: 10,
        },
        Routine {
            id: FRONT.into(),
            name: "Front of hip".into(),
            purpose: "Iliacus then psoas on both sides, for thigh-front tightness that rolling does not fix.".into(),
            steps: vec![
                step(Iliacus, Both, KettlebellHandle, 60, 3, SlowBreaths, 20),
                step(Psoas, Both, KettlebellHandle, 60, 2, StraightenLeg, 20),
            ],
            switch_rest_s: 10,
        },
        Routine {
            id: BACK.into(),
            name: "Back of hip".into(),
            purpose: "Glute, hamstrings and inner thigh: no pressure on the belly.".into(),
            steps: vec![
                step(GluteMax, Both, LacrosseBall, 60, 2, KneeFallsOut, 15),
                step(Hamstrings, Both, FoamRoller, 45, 2, None, 15),
                step(AdductorMagnus, Both, FoamRoller, 45, 2, None, 15),
            ],
            switch_rest_s: 10,
        },
        Routine {
            id: SITTING_RESET.into(),
            name: "Sitting reset".into(),
            purpose: "A short release after a long day in a chair or a long drive.".into(),
            steps: vec![
                step(Iliacus, Both, MassageBall, 45, 1, SlowBreaths, 15),
                step(GluteMax, Both, LacrosseBall, 30, 1, KneeFallsOut, 10),
            ],
            switch_rest_s: 5,
        },
    ]
}

pub fn by_id(id: &str) -> Option<Routine> {
    all().into_iter().find(|r| r.id == id)
}

/// The built-in routine a report or an old record names by its stored
/// (English) name, so each phone can say that name in its own language.
pub fn named(name: &str) -> Option<Routine> {
    all().into_iter().find(|r| r.name == name)
}

/// Built-in routines cannot be edited or deleted, only copied.
pub fn is_builtin(id: &str) -> bool {
    id.starts_with("builtin-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_in_routine_is_found_by_its_stored_name() {
        assert_eq!(named("Front of hip").map(|r| r.id), Some(FRONT.to_string()));
        assert_eq!(named("Front of Hip"), None);
        assert_eq!(named("My own"), None);
    }

    #[test]
    fn daily_floss_is_about_five_minutes() {
        let s = by_id(DAILY_FLOSS).unwrap().total_seconds();
        assert!((240..=360).contains(&s), "{s}");
    }

    #[test]
    fn holds_are_in_the_domain_range() {
        for r in all() {
            for s in &r.steps {
                assert!((30..=90).contains(&s.hold_s), "{}", r.name);
            }
        }
    }
}
