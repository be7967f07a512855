//! A plan the person has started: which link it came from, which of their
//! routines it uses, when its week 1 began, and what it replaced so that
//! closing it gives the person their own target back.

use crate::habit::civil_day::CivilDay;
use crate::habit::target::Target;
use crate::share::link_codec::{decode_link, Link};
use crate::share::plan::{stage, Plan, Stage};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartedPlan {
    /// The plan's link code: what it prescribes, and how to pass it on.
    pub code: String,
    pub routine_id: String,
    pub first_day: CivilDay,
    pub previous_target: Target,
    pub previous_usual: String,
    pub started_at_ms: f64,
}

impl StartedPlan {
    pub fn plan(&self) -> Option<Plan> {
        match decode_link(&self.code) {
            Ok(Link::Plan(p)) => Some(p),
            _ => None,
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        match decode_link(&self.code) {
            Ok(Link::Plan(_)) if self.previous_target.is_valid() => Ok(()),
            Ok(Link::Plan(_)) => Err("the target before the plan is out of range".into()),
            Ok(_) => Err("the stored plan is not a plan".into()),
            // Kept with the item set aside: for whoever checks the data.
            Err(e) => Err(format!(
                "the stored plan's link does not open: {}",
                e.detail()
            )),
        }
    }

    pub fn stage(&self, today: CivilDay) -> Option<Stage> {
        self.plan().map(|p| stage(self.first_day, p.weeks, today))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    fn day(y: i32, m: u32, d: u32) -> CivilDay {
        CivilDay::from_ymd(y, m, d).unwrap()
    }

    fn started(code: String) -> StartedPlan {
        StartedPlan {
            code,
            routine_id: "r1".into(),
            first_day: day(2026, 12, 7),
            previous_target: Target::Daily,
            previous_usual: builtin::DAILY_FLOSS.into(),
            started_at_ms: 0.0,
        }
    }

    fn plan() -> Plan {
        let mut routine = builtin::all().remove(1);
        routine.id.clear();
        Plan {
            routine,
            target: Target::PerWeek(4),
            weeks: 2,
            made: day(2026, 12, 1),
            start: None,
            note: String::new(),
        }
    }

    #[test]
    fn reads_its_plan_back_and_knows_the_week() {
        let s = started(plan().encode());
        assert!(s.validate().is_ok());
        assert_eq!(s.plan().unwrap().weeks, 2);
        assert_eq!(
            s.stage(day(2026, 12, 6)),
            Some(Stage::Before {
                starts: day(2026, 12, 7)
            })
        );
        assert_eq!(s.stage(day(2026, 12, 7)), Some(Stage::Week { n: 1, of: 2 }));
        assert_eq!(
            s.stage(day(2026, 12, 14)),
            Some(Stage::Week { n: 2, of: 2 })
        );
        assert_eq!(s.stage(day(2026, 12, 21)), Some(Stage::Finished));
    }

    #[test]
    fn damaged_or_foreign_codes_say_what_they_are() {
        let broken = started("not a link".into());
        assert!(broken.validate().is_err());
        assert_eq!(broken.plan(), None);
        assert_eq!(broken.stage(day(2026, 12, 7)), None);
        let mut bad_target = started(plan().encode());
        bad_target.previous_target = Target::PerWeek(9);
        assert!(bad_target.validate().unwrap_err().contains("out of range"));
    }
}
