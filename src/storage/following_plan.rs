//! Following a plan on the stored data: what opening a plan link would do,
//! starting it (saving its routine, setting the target, keeping what it
//! replaces) and closing it (giving that back).

use super::schema::Data;
use super::started_plan::StartedPlan;
use crate::habit::civil_day::CivilDay;
use crate::habit::target::Target;
use crate::share::plan::Plan;

/// What opening a plan link would do here.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    /// No plan is running.
    Fresh,
    /// This very plan is already running: opening it again changes nothing.
    AlreadyRunning,
    /// Another plan is running; `same_routine` when it is for the same
    /// routine (an updated plan from the same sender, usually).
    Replaces { current: Plan, same_routine: bool },
}

impl Data {
    pub fn plan_opening(&self, p: &Plan) -> Opening {
        let Some(current) = self.plan.as_ref().and_then(StartedPlan::plan) else {
            return Opening::Fresh;
        };
        if current.same_as(p) {
            Opening::AlreadyRunning
        } else {
            Opening::Replaces {
                same_routine: current.routine.name == p.routine.name,
                current,
            }
        }
    }

    /// The person's own target when starting `p` would replace it: a target
    /// set by a running plan is the plan's, not theirs, and is not asked about.
    pub fn target_the_plan_replaces(&self, p: &Plan) -> Option<Target> {
        let own = self.plan.is_none()
            || self
                .plan
                .as_ref()
                .and_then(StartedPlan::plan)
                .is_none_or(|running| running.target != self.settings.target);
        (own && self.settings.target != p.target).then_some(self.settings.target)
    }

    /// Starts `p` on `today`: saves its routine (reusing an identical one,
    /// or updating the routine of the plan it replaces), sets the habit
    /// target, and makes the routine the one Home starts. Starting the plan
    /// that is already running changes nothing. Returns the routine's id.
    pub fn start_plan(
        &mut self,
        p: &Plan,
        today: CivilDay,
        now_ms: f64,
        fresh_id: String,
    ) -> String {
        if let (Opening::AlreadyRunning, Some(running)) = (self.plan_opening(p), &self.plan) {
            return running.routine_id.clone();
        }
        let replaced = self.plan.take();
        let replaced_routine = replaced.as_ref().and_then(|s| {
            let old = s.plan()?;
            (old.routine.name == p.routine.name).then(|| s.routine_id.clone())
        });
        let live = |d: &Data, id: &str| d.live_routines().any(|r| r.id == id);
        let routine_id = match replaced_routine.filter(|id| live(self, id)) {
            Some(id) => {
                let mut r = p.routine.clone();
                r.id = id.clone();
                self.save_routine(r, now_ms);
                id
            }
            None => match self
                .all_routines()
                .into_iter()
                .find(|r| r.same_as(&p.routine))
            {
                Some(r) => r.id,
                None => {
                    let mut r = p.routine.clone();
                    r.id = fresh_id;
                    if self.live_routines().any(|x| x.name == r.name) {
                        r.name = r.name_with_suffix(" (plan)");
                    }
                    let id = r.id.clone();
                    self.save_routine(r, now_ms);
                    id
                }
            },
        };
        let (previous_target, previous_usual) = match replaced {
            Some(s) => (s.previous_target, s.previous_usual),
            None => (self.settings.target, self.settings.usual_routine.clone()),
        };
        self.settings.target = p.target;
        self.settings.usual_routine = routine_id.clone();
        self.plan = Some(StartedPlan {
            code: p.encode(),
            routine_id: routine_id.clone(),
            first_day: p.first_day(today),
            previous_target,
            previous_usual,
            started_at_ms: now_ms,
        });
        routine_id
    }

    /// Ends the plan. The target and the usual routine go back to what they
    /// were unless the person changed them while it ran.
    pub fn close_plan(&mut self) {
        let Some(s) = self.plan.take() else { return };
        if let Some(p) = s.plan() {
            if self.settings.target == p.target {
                self.settings.target = s.previous_target;
            }
        }
        if self.settings.usual_routine == s.routine_id {
            self.settings.usual_routine = s.previous_usual;
        }
    }
}

#[cfg(test)]
mod tests;
