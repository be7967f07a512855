//! Everything the app keeps on the device, in its current shape. Each field
//! has a default so data written by an older build of the same version
//! still loads.

use crate::habit::entry::Entry;
use crate::habit::target::Target;
use crate::session::engine::Engine;
use crate::session::event::SessionEvent;
use crate::session::routine::Routine;
use crate::triage::saved::{Draft, SavedResult};
use serde::{Deserialize, Serialize};

pub const APP: &str = "quads";
pub const CURRENT_VERSION: u32 = 2;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    pub sound: bool,
    pub voice: bool,
    pub vibration: bool,
    pub target: Target,
    /// Minutes after local midnight when a new habit day begins.
    pub day_start_min: u32,
    /// Reminder time as minutes after midnight.
    pub reminder_min: Option<u32>,
    /// The routine Home offers first.
    pub usual_routine: String,
    /// The release tools the person owns, once asked (`None`: never asked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<crate::session::routine::Tool>>,
    /// Wall-clock ms of the last answered emergency check.
    pub last_red_flag_check_ms: Option<f64>,
    /// The Safari "install to keep your data" note was shown.
    pub safari_note_shown: bool,
    /// Cues through the page's audio, mixed with the person's music, rather
    /// than as one track that keeps sounding with the screen off.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub mix_with_music: bool,
    /// The language chosen in Settings (`None`: the browser's languages decide).
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::words::language::read_stored"
    )]
    pub language: Option<crate::words::language::Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            sound: true,
            voice: true,
            vibration: true,
            target: Target::Daily,
            day_start_min: 180,
            reminder_min: None,
            usual_routine: crate::session::builtin::DAILY_FLOSS.into(),
            tools: None,
            last_red_flag_check_ms: None,
            safari_note_shown: false,
            mix_with_music: false,
            language: None,
        }
    }
}

/// A routine of the user's own, with what a merge needs to pick the newest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedRoutine {
    pub routine: Routine,
    pub updated_at_ms: f64,
    #[serde(default)]
    pub deleted: bool,
}

/// A session in progress, kept so a reload or crash can offer to resume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActiveSession {
    pub routine: Routine,
    pub engine: Engine,
    pub started_at_wall_ms: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Data {
    pub settings: Settings,
    pub routines: Vec<SavedRoutine>,
    pub sessions: Vec<SessionEvent>,
    pub entries: Vec<Entry>,
    pub triage_results: Vec<SavedResult>,
    pub triage_draft: Option<Draft>,
    pub active: Option<ActiveSession>,
    /// The plan from a physio or coach, once started. Absent from data
    /// written before plans existed, and left out when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<super::started_plan::StartedPlan>,
    /// "I have seen someone" or "Not now" on the release check's referral.
    /// Left out when never answered, so older data and fixtures are unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub check_quiet: Option<crate::habit::release_check::Quiet>,
    /// Items that failed validation on load, kept verbatim (never silently
    /// dropped) so they are exported with every backup.
    pub quarantine: Vec<serde_json::Value>,
}

impl Data {
    /// Built-in routines first, then the user's own.
    pub fn all_routines(&self) -> Vec<Routine> {
        let mut v = crate::session::builtin::all();
        v.extend(self.live_routines().cloned());
        v
    }

    /// The habit's days: sessions and manual entries folded together.
    pub fn habit_days(
        &self,
    ) -> std::collections::BTreeMap<crate::habit::civil_day::CivilDay, crate::habit::entry::DayStatus>
    {
        crate::habit::entry::day_statuses(self.sessions.iter().map(|s| s.day), &self.entries)
    }

    /// The release check on these days and this target, as of `today`.
    pub fn release_check(
        &self,
        today: crate::habit::civil_day::CivilDay,
    ) -> crate::habit::release_check::Check {
        crate::habit::release_check::check(&self.habit_days(), self.settings.target, today)
    }

    /// Whether the release check asks the person to see a clinician today
    /// (and they have not quieted it).
    pub fn check_refers(&self, today: crate::habit::civil_day::CivilDay) -> bool {
        self.release_check(today)
            .refers(self.check_quiet.as_ref(), today)
    }

    /// Records an ended session once (a second call with the same session
    /// changes nothing; a session with nothing held is not counted) and
    /// clears the resume record.
    pub fn record_session(&mut self, event: crate::session::event::SessionEvent) {
        if event.held_s > 0 && !self.sessions.iter().any(|s| s.id == event.id) {
            self.sessions.push(event);
        }
        self.active = None;
    }

    /// A routine by id, built-in or the user's own (not deleted).
    pub fn find_routine(&self, id: &str) -> Option<Routine> {
        crate::session::builtin::by_id(id)
            .or_else(|| self.live_routines().find(|r| r.id == id).cloned())
    }

    pub fn live_routines(&self) -> impl Iterator<Item = &Routine> {
        self.routines
            .iter()
            .filter(|r| !r.deleted)
            .map(|r| &r.routine)
    }

    /// Adds a routine of the user's own, or replaces the one with its id
    /// (bringing it back if it had been deleted). `now_ms` orders merges.
    pub fn save_routine(&mut self, routine: Routine, now_ms: f64) {
        match self
            .routines
            .iter_mut()
            .find(|x| x.routine.id == routine.id)
        {
            Some(x) => {
                x.routine = routine;
                x.updated_at_ms = now_ms;
                x.deleted = false;
            }
            None => self.routines.push(SavedRoutine {
                routine,
                updated_at_ms: now_ms,
                deleted: false,
            }),
        }
    }

    /// Deletes a routine of the person's own, as a tombstone a merge with a
    /// backup or another tab cannot undo; sessions done with it stay. False
    /// when there is no such live routine (a built-in one, say).
    pub fn delete_routine(&mut self, id: &str, now_ms: f64) -> bool {
        match self
            .routines
            .iter_mut()
            .find(|x| x.routine.id == id && !x.deleted)
        {
            Some(x) => {
                x.deleted = true;
                x.updated_at_ms = now_ms;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    #[test]
    fn delete_routine_leaves_a_tombstone_and_the_sessions() {
        let mut d = Data::default();
        let mut r = builtin::all().remove(0);
        r.id = "mine".into();
        d.save_routine(r, 1.0);
        assert!(
            !d.delete_routine(builtin::DAILY_FLOSS, 2.0),
            "built-in routines are not stored"
        );
        assert!(d.delete_routine("mine", 2.0));
        assert!(!d.delete_routine("mine", 3.0), "once");
        assert_eq!(d.live_routines().count(), 0);
        assert_eq!(d.routines.len(), 1, "kept as a tombstone");
        assert_eq!(
            d.routines[0].updated_at_ms, 2.0,
            "the delete wins a merge with older copies"
        );
    }

    #[test]
    fn save_routine_adds_replaces_and_revives() {
        let mut d = Data::default();
        let mut r = builtin::all()[0].clone();
        r.id = "u1".into();
        d.save_routine(r.clone(), 1.0);
        r.name = "Renamed".into();
        d.routines[0].deleted = true;
        d.save_routine(r, 2.0);
        assert_eq!(d.routines.len(), 1);
        assert_eq!(
            (
                d.routines[0].routine.name.as_str(),
                d.routines[0].updated_at_ms,
                d.routines[0].deleted
            ),
            ("Renamed", 2.0, false)
        );
    }
}
