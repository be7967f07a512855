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
            Err(e) => Err(e.message()),
        }
    }

    pub fn stage(&self, today: CivilDay) -> Option<Stage> {
        self.plan().map(|p| stage(self.first_day, p.weeks, today))
    }
}
