//! How each stored type maps to JSON: the storage schema, in one file.
//!
//! The shapes are exactly those version 2 has always written (snake_case
//! names, `{"kind": "per_week", "n": 3}` for a target, "YYYY-MM-DD" days),
//! so data saved by earlier builds reads unchanged. Unknown members are
//! ignored; a missing member is an error unless the field has a default.

use super::json::Json;
use super::schema::{ActiveSession, Data, SavedRoutine, Settings, Theme};
use crate::habit::civil_day::CivilDay;
use crate::habit::entry::{Entry, EntryKind};
use crate::habit::target::Target;
use crate::session::engine::{Engine, HoldRecord, Status};
use crate::session::event::SessionEvent;
use crate::session::plan::{Phase, PhaseKind, Plan};
use crate::session::routine::{Deepen, Muscle, Routine, Side, Step, Tool};
use crate::triage::answers::*;
use crate::triage::saved::{Draft, SavedResult};
use std::collections::{BTreeMap, BTreeSet};

pub trait ToJson {
    fn to_json(&self) -> Json;
}

pub trait FromJson: Sized {
    fn from_json(j: &Json) -> Result<Self, String>;
}

/// Reads the members of one stored object; errors name the member.
pub struct Members<'a>(&'a [(String, Json)]);

impl<'a> Members<'a> {
    pub fn of(j: &'a Json) -> Result<Self, String> {
        match j {
            Json::Obj(m) => Ok(Members(m)),
            _ => Err("expected an object".into()),
        }
    }

    fn find(&self, key: &str) -> Option<&'a Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    // The generic readers below stay tiny (they are copied for every field
    // type); finding the member and wording errors happen once, here.
    #[inline(never)]
    fn present(&self, key: &str) -> Result<&'a Json, String> {
        self.find(key).ok_or_else(|| format!("missing `{key}`"))
    }

    pub fn req<T: FromJson>(&self, key: &str) -> Result<T, String> {
        T::from_json(self.present(key)?).map_err(|e| in_member(key, e))
    }

    /// Absent or null is `None`.
    pub fn opt<T: FromJson>(&self, key: &str) -> Result<Option<T>, String> {
        match self.find(key) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => T::from_json(v).map(Some).map_err(|e| in_member(key, e)),
        }
    }

    /// Absent is `default`; present must be valid.
    pub fn or<T: FromJson>(&self, key: &str, default: T) -> Result<T, String> {
        match self.find(key) {
            None => Ok(default),
            Some(v) => T::from_json(v).map_err(|e| in_member(key, e)),
        }
    }
}

#[inline(never)]
fn in_member(key: &str, e: String) -> String {
    format!("`{key}`: {e}")
}

fn obj(members: Vec<(&str, Json)>) -> Json {
    Json::Obj(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

// ---- Plain values -------------------------------------------------------

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}
impl FromJson for bool {
    fn from_json(j: &Json) -> Result<Self, String> {
        match j {
            Json::Bool(b) => Ok(*b),
            _ => Err("expected true or false".into()),
        }
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::Str(self.clone())
    }
}
impl FromJson for String {
    fn from_json(j: &Json) -> Result<Self, String> {
        j.as_str()
            .map(str::to_string)
            .ok_or_else(|| "expected text".into())
    }
}

impl ToJson for f64 {
    fn to_json(&self) -> Json {
        Json::Num(*self)
    }
}
impl FromJson for f64 {
    fn from_json(j: &Json) -> Result<Self, String> {
        j.as_f64().ok_or_else(|| "expected a number".into())
    }
}

/// Unsigned whole numbers go through one non-generic check.
fn uint(j: &Json, max: u64) -> Result<u64, String> {
    j.as_uint(max)
        .ok_or_else(|| format!("expected a whole number from 0 to {max}"))
}

macro_rules! json_uint {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Json {
                Json::Num(*self as f64)
            }
        }
        impl FromJson for $t {
            fn from_json(j: &Json) -> Result<Self, String> {
                uint(j, <$t>::MAX as u64).map(|n| n as $t)
            }
        }
    )*};
}
json_uint!(u8, u16, u32, usize);

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, ToJson::to_json)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Arr(self.iter().map(ToJson::to_json).collect())
    }
}
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(j: &Json) -> Result<Self, String> {
        match j {
            Json::Arr(a) => a
                .iter()
                .enumerate()
                .map(|(i, v)| T::from_json(v).map_err(|e| format!("item {}: {e}", i + 1)))
                .collect(),
            _ => Err("expected a list".into()),
        }
    }
}

impl ToJson for Json {
    fn to_json(&self) -> Json {
        self.clone()
    }
}
impl FromJson for Json {
    fn from_json(j: &Json) -> Result<Self, String> {
        Ok(j.clone())
    }
}

/// Sets of named options are lists of names.
impl<T: ToJson> ToJson for BTreeSet<T> {
    fn to_json(&self) -> Json {
        Json::Arr(self.iter().map(ToJson::to_json).collect())
    }
}
impl<T: FromJson + Ord> FromJson for BTreeSet<T> {
    // Inserting one by one rather than `collect()`, which would bring in a
    // sort for every element type.
    fn from_json(j: &Json) -> Result<Self, String> {
        let mut out = BTreeSet::new();
        for t in Vec::<T>::from_json(j)? {
            out.insert(t);
        }
        Ok(out)
    }
}

/// Maps keyed by a named option are objects keyed by the name.
impl<K: ToJson, V: ToJson> ToJson for BTreeMap<K, V> {
    fn to_json(&self) -> Json {
        Json::Obj(
            self.iter()
                .map(|(k, v)| {
                    let Json::Str(name) = k.to_json() else {
                        unreachable!("map keys are names")
                    };
                    (name, v.to_json())
                })
                .collect(),
        )
    }
}
impl<K: FromJson + Ord, V: FromJson> FromJson for BTreeMap<K, V> {
    fn from_json(j: &Json) -> Result<Self, String> {
        let Json::Obj(m) = j else {
            return Err("expected an object".into());
        };
        let mut out = BTreeMap::new();
        for (k, v) in m {
            out.insert(
                K::from_json(&Json::Str(k.clone()))?,
                V::from_json(v).map_err(|e| format!("`{k}`: {e}"))?,
            );
        }
        Ok(out)
    }
}

// ---- Named options ------------------------------------------------------

/// A fieldless enum stored as one of a fixed list of names.
macro_rules! json_names {
    ($t:ident { $($v:ident = $s:literal),* $(,)? }) => {
        impl ToJson for $t {
            fn to_json(&self) -> Json {
                Json::Str(match self { $($t::$v => $s),* }.to_string())
            }
        }
        impl FromJson for $t {
            fn from_json(j: &Json) -> Result<Self, String> {
                match j.as_str() {
                    $(Some($s) => Ok($t::$v),)*
                    _ => Err(unknown_name(j, &[$($s),*])),
                }
            }
        }
    };
}

fn unknown_name(j: &Json, names: &[&str]) -> String {
    format!("{} is not one of {}", j.to_text(), names.join(", "))
}

json_names!(Theme { System = "system", Light = "light", Dark = "dark" });
json_names!(Muscle { Iliacus = "iliacus", Psoas = "psoas", GluteMax = "glute_max", Hamstrings = "hamstrings", AdductorMagnus = "adductor_magnus", Quads = "quads" });
json_names!(Side { Left = "left", Right = "right", Both = "both" });
json_names!(Tool {
    Hands = "hands",
    MassageBall = "massage_ball",
    LacrosseBall = "lacrosse_ball",
    KettlebellHandle = "kettlebell_handle",
    FoamRoller = "foam_roller",
    HipHook = "hip_hook",
    PsoRite = "pso_rite",
});
json_names!(Deepen { None = "none", KneeFallsOut = "knee_falls_out", SlowBreaths = "slow_breaths", StraightenLeg = "straighten_leg" });
// Engine enums were stored with their Rust names; kept as written.
json_names!(Status { Running = "Running", Paused = "Paused", Finished = "Finished" });
json_names!(PhaseKind { Prepare = "Prepare", Hold = "Hold", Move = "Move", Switch = "Switch" });
json_names!(EntryKind { Done = "done", Skip = "skip", Note = "note" });
json_names!(Tri { Yes = "yes", No = "no", NotSure = "not_sure" });
json_names!(EmergencyFlag {
    SaddleNumbness = "saddle_numbness",
    BladderBowelSexual = "bladder_bowel_sexual",
    SuddenWeakness = "sudden_weakness",
    AfterFallOrAccident = "after_fall_or_accident",
    SwollenWarmLeg = "swollen_warm_leg",
    FeverOrPulsingBelly = "fever_or_pulsing_belly",
});
json_names!(ClinicianFlag {
    NerveSymptoms = "nerve_symptoms",
    StressFractureSigns = "stress_fracture_signs",
    CancerOrWeightLossOrConstant = "cancer_or_weight_loss_or_constant",
    NoImprovementAfterWeeks = "no_improvement_after_weeks",
});
json_names!(Contra {
    Pregnancy = "pregnancy",
    RecentSurgery = "recent_surgery",
    Hernia = "hernia",
    AorticAneurysm = "aortic_aneurysm",
    BloodThinners = "blood_thinners",
    InflammatoryBowel = "inflammatory_bowel",
});
json_names!(Region {
    FrontThigh = "front_thigh",
    FrontHipGroin = "front_hip_groin",
    LowBack = "low_back",
    Buttock = "buttock",
    BackThigh = "back_thigh",
    InnerThigh = "inner_thigh",
    Knee = "knee",
    LowerLegFoot = "lower_leg_foot",
});
json_names!(PainSide { Left = "left", Right = "right", Both = "both" });
json_names!(Feeling { Tight = "tight", Aching = "aching", Sharp = "sharp", Burning = "burning", NumbTingling = "numb_tingling", Weakness = "weakness" });
json_names!(Duration { UnderTwoWeeks = "under_two_weeks", TwoToSixWeeks = "two_to_six_weeks", OverSixWeeks = "over_six_weeks" });
json_names!(NotHelping { StretchingQuads = "stretching_quads", RollingQuads = "rolling_quads", Rest = "rest" });
json_names!(DayHabit {
    KneesAboveHips = "knees_above_hips",
    LeaningForward = "leaning_forward",
    LongDrives = "long_drives",
    SleepCurledUp = "sleep_curled_up",
    TrainingJump = "training_jump",
    Running = "running",
});

impl ToJson for CivilDay {
    fn to_json(&self) -> Json {
        Json::Str(self.to_string())
    }
}
impl FromJson for CivilDay {
    fn from_json(j: &Json) -> Result<Self, String> {
        j.as_str()
            .and_then(CivilDay::parse)
            .ok_or_else(|| format!("{} is not a calendar date", j.to_text()))
    }
}

impl ToJson for Target {
    fn to_json(&self) -> Json {
        match *self {
            Target::Daily => obj(vec![("kind", Json::Str("daily".into()))]),
            Target::PerWeek(n) => obj(vec![
                ("kind", Json::Str("per_week".into())),
                ("n", n.to_json()),
            ]),
            Target::EveryNDays(n) => obj(vec![
                ("kind", Json::Str("every_n_days".into())),
                ("n", n.to_json()),
            ]),
        }
    }
}
impl FromJson for Target {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        let kind = m.req::<Json>("kind")?;
        match kind.as_str() {
            Some("daily") => Ok(Target::Daily),
            Some("per_week") => Ok(Target::PerWeek(m.req("n")?)),
            Some("every_n_days") => Ok(Target::EveryNDays(m.req("n")?)),
            _ => Err(format!(
                "`kind`: {}",
                unknown_name(&kind, &["daily", "per_week", "every_n_days"])
            )),
        }
    }
}

// ---- Records ------------------------------------------------------------

impl ToJson for Settings {
    fn to_json(&self) -> Json {
        obj(vec![
            ("theme", self.theme.to_json()),
            ("sound", self.sound.to_json()),
            ("voice", self.voice.to_json()),
            ("vibration", self.vibration.to_json()),
            ("target", self.target.to_json()),
            ("day_start_min", self.day_start_min.to_json()),
            ("reminder_min", self.reminder_min.to_json()),
            ("usual_routine", self.usual_routine.to_json()),
            (
                "last_red_flag_check_ms",
                self.last_red_flag_check_ms.to_json(),
            ),
            ("safari_note_shown", self.safari_note_shown.to_json()),
        ])
    }
}
impl FromJson for Settings {
    /// Every setting has a default, so settings from an older build load.
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        let d = Settings::default();
        Ok(Settings {
            theme: m.or("theme", d.theme)?,
            sound: m.or("sound", d.sound)?,
            voice: m.or("voice", d.voice)?,
            vibration: m.or("vibration", d.vibration)?,
            target: m.or("target", d.target)?,
            day_start_min: m.or("day_start_min", d.day_start_min)?,
            reminder_min: m.opt("reminder_min")?,
            usual_routine: m.or("usual_routine", d.usual_routine)?,
            last_red_flag_check_ms: m.opt("last_red_flag_check_ms")?,
            safari_note_shown: m.or("safari_note_shown", d.safari_note_shown)?,
        })
    }
}

impl ToJson for Step {
    fn to_json(&self) -> Json {
        obj(vec![
            ("muscle", self.muscle.to_json()),
            ("side", self.side.to_json()),
            ("tool", self.tool.to_json()),
            ("hold_s", self.hold_s.to_json()),
            ("spots", self.spots.to_json()),
            ("deepen", self.deepen.to_json()),
            ("reposition_s", self.reposition_s.to_json()),
        ])
    }
}
impl FromJson for Step {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Step {
            muscle: m.req("muscle")?,
            side: m.req("side")?,
            tool: m.req("tool")?,
            hold_s: m.req("hold_s")?,
            spots: m.req("spots")?,
            deepen: m.req("deepen")?,
            reposition_s: m.req("reposition_s")?,
        })
    }
}

impl ToJson for Routine {
    fn to_json(&self) -> Json {
        obj(vec![
            ("id", self.id.to_json()),
            ("name", self.name.to_json()),
            ("purpose", self.purpose.to_json()),
            ("steps", self.steps.to_json()),
            ("switch_rest_s", self.switch_rest_s.to_json()),
        ])
    }
}
impl FromJson for Routine {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Routine {
            id: m.req("id")?,
            name: m.req("name")?,
            purpose: m.req("purpose")?,
            steps: m.req("steps")?,
            switch_rest_s: m.req("switch_rest_s")?,
        })
    }
}

impl ToJson for SavedRoutine {
    fn to_json(&self) -> Json {
        obj(vec![
            ("routine", self.routine.to_json()),
            ("updated_at_ms", self.updated_at_ms.to_json()),
            ("deleted", self.deleted.to_json()),
        ])
    }
}
impl FromJson for SavedRoutine {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(SavedRoutine {
            routine: m.req("routine")?,
            updated_at_ms: m.req("updated_at_ms")?,
            deleted: m.or("deleted", false)?,
        })
    }
}

impl ToJson for Phase {
    fn to_json(&self) -> Json {
        obj(vec![
            ("kind", self.kind.to_json()),
            ("step", self.step.to_json()),
            ("side", self.side.to_json()),
            ("spot", self.spot.to_json()),
            ("spots", self.spots.to_json()),
            ("duration_ms", self.duration_ms.to_json()),
        ])
    }
}
impl FromJson for Phase {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Phase {
            kind: m.req("kind")?,
            step: m.req("step")?,
            side: m.req("side")?,
            spot: m.req("spot")?,
            spots: m.req("spots")?,
            duration_ms: m.req("duration_ms")?,
        })
    }
}

impl ToJson for HoldRecord {
    fn to_json(&self) -> Json {
        obj(vec![
            ("phase", self.phase.to_json()),
            ("held_ms", self.held_ms.to_json()),
            ("completed", self.completed.to_json()),
        ])
    }
}
impl FromJson for HoldRecord {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(HoldRecord {
            phase: m.req("phase")?,
            held_ms: m.req("held_ms")?,
            completed: m.req("completed")?,
        })
    }
}

impl ToJson for Plan {
    fn to_json(&self) -> Json {
        obj(vec![("phases", self.phases.to_json())])
    }
}
impl FromJson for Plan {
    fn from_json(j: &Json) -> Result<Self, String> {
        Ok(Plan {
            phases: Members::of(j)?.req("phases")?,
        })
    }
}

impl ToJson for Engine {
    fn to_json(&self) -> Json {
        obj(vec![
            ("plan", self.plan.to_json()),
            ("index", self.index.to_json()),
            ("phase_start", self.phase_start.to_json()),
            ("extra_ms", self.extra_ms.to_json()),
            ("paused_at", self.paused_at.to_json()),
            ("status", self.status.to_json()),
            ("started_at", self.started_at.to_json()),
            ("finished_at", self.finished_at.to_json()),
            ("holds", self.holds.to_json()),
        ])
    }
}
impl FromJson for Engine {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Engine {
            plan: m.req("plan")?,
            index: m.req("index")?,
            phase_start: m.req("phase_start")?,
            extra_ms: m.req("extra_ms")?,
            paused_at: m.opt("paused_at")?,
            status: m.req("status")?,
            started_at: m.req("started_at")?,
            finished_at: m.opt("finished_at")?,
            holds: m.req("holds")?,
        })
    }
}

impl ToJson for ActiveSession {
    fn to_json(&self) -> Json {
        obj(vec![
            ("routine", self.routine.to_json()),
            ("engine", self.engine.to_json()),
            ("started_at_wall_ms", self.started_at_wall_ms.to_json()),
        ])
    }
}
impl FromJson for ActiveSession {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(ActiveSession {
            routine: m.req("routine")?,
            engine: m.req("engine")?,
            started_at_wall_ms: m.req("started_at_wall_ms")?,
        })
    }
}

impl ToJson for SessionEvent {
    fn to_json(&self) -> Json {
        obj(vec![
            ("id", self.id.to_json()),
            ("routine_id", self.routine_id.to_json()),
            ("routine_name", self.routine_name.to_json()),
            ("day", self.day.to_json()),
            ("started_at_ms", self.started_at_ms.to_json()),
            ("held_s", self.held_s.to_json()),
            ("spots_done", self.spots_done.to_json()),
            ("sides", self.sides.to_json()),
            ("completed", self.completed.to_json()),
        ])
    }
}
impl FromJson for SessionEvent {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(SessionEvent {
            id: m.req("id")?,
            routine_id: m.req("routine_id")?,
            routine_name: m.req("routine_name")?,
            day: m.req("day")?,
            started_at_ms: m.req("started_at_ms")?,
            held_s: m.req("held_s")?,
            spots_done: m.req("spots_done")?,
            sides: m.req("sides")?,
            completed: m.req("completed")?,
        })
    }
}

impl ToJson for Entry {
    fn to_json(&self) -> Json {
        obj(vec![
            ("id", self.id.to_json()),
            ("day", self.day.to_json()),
            ("kind", self.kind.to_json()),
            ("tightness", self.tightness.to_json()),
            ("tenderness", self.tenderness.to_json()),
            ("note", self.note.to_json()),
            ("at_ms", self.at_ms.to_json()),
            ("deleted", self.deleted.to_json()),
        ])
    }
}
impl FromJson for Entry {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Entry {
            id: m.req("id")?,
            day: m.req("day")?,
            kind: m.req("kind")?,
            tightness: m.opt("tightness")?,
            tenderness: m.opt("tenderness")?,
            note: m.or("note", String::new())?,
            at_ms: m.req("at_ms")?,
            deleted: m.or("deleted", false)?,
        })
    }
}

impl ToJson for Answers {
    fn to_json(&self) -> Json {
        obj(vec![
            ("emergency", self.emergency.to_json()),
            ("clinician", self.clinician.to_json()),
            ("contra", self.contra.to_json()),
            ("regions", self.regions.to_json()),
            ("side", self.side.to_json()),
            ("feelings", self.feelings.to_json()),
            ("duration", self.duration.to_json()),
            ("severity", self.severity.to_json()),
            ("not_helping", self.not_helping.to_json()),
            ("sitting_hours", self.sitting_hours.to_json()),
            ("habits", self.habits.to_json()),
        ])
    }
}
impl FromJson for Answers {
    /// Every question may be unanswered, so every member is optional.
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Answers {
            emergency: m.or("emergency", BTreeMap::new())?,
            clinician: m.or("clinician", BTreeMap::new())?,
            contra: m.or("contra", BTreeMap::new())?,
            regions: m.or("regions", BTreeSet::new())?,
            side: m.opt("side")?,
            feelings: m.or("feelings", BTreeSet::new())?,
            duration: m.opt("duration")?,
            severity: m.opt("severity")?,
            not_helping: m.or("not_helping", BTreeSet::new())?,
            sitting_hours: m.opt("sitting_hours")?,
            habits: m.or("habits", BTreeSet::new())?,
        })
    }
}

impl ToJson for SavedResult {
    fn to_json(&self) -> Json {
        obj(vec![
            ("id", self.id.to_json()),
            ("at_ms", self.at_ms.to_json()),
            ("answers", self.answers.to_json()),
        ])
    }
}
impl FromJson for SavedResult {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(SavedResult {
            id: m.req("id")?,
            at_ms: m.req("at_ms")?,
            answers: m.req("answers")?,
        })
    }
}

impl ToJson for Draft {
    fn to_json(&self) -> Json {
        obj(vec![
            ("step", self.step.to_json()),
            ("answers", self.answers.to_json()),
        ])
    }
}
impl FromJson for Draft {
    fn from_json(j: &Json) -> Result<Self, String> {
        let m = Members::of(j)?;
        Ok(Draft {
            step: m.req("step")?,
            answers: m.req("answers")?,
        })
    }
}

impl ToJson for Data {
    fn to_json(&self) -> Json {
        obj(vec![
            ("settings", self.settings.to_json()),
            ("routines", self.routines.to_json()),
            ("sessions", self.sessions.to_json()),
            ("entries", self.entries.to_json()),
            ("triage_results", self.triage_results.to_json()),
            ("triage_draft", self.triage_draft.to_json()),
            ("active", self.active.to_json()),
            ("quarantine", self.quarantine.to_json()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    fn round_trip<T: ToJson + FromJson + PartialEq + std::fmt::Debug>(v: &T) {
        let text = v.to_json().to_text();
        let back =
            T::from_json(&Json::parse(&text).unwrap()).unwrap_or_else(|e| panic!("{e} in {text}"));
        assert_eq!(&back, v);
    }

    #[test]
    fn every_record_reads_back_as_written() {
        for r in builtin::all() {
            round_trip(&r);
            let e = Engine::start(&r, 1_000.5);
            round_trip(&e.snapshot(9_000.25));
            round_trip(&ActiveSession {
                routine: r,
                engine: e,
                started_at_wall_ms: 1.79e12,
            });
        }
        let mut s = Settings::default();
        round_trip(&s);
        s.target = Target::PerWeek(3);
        s.reminder_min = Some(480);
        s.last_red_flag_check_ms = Some(1.5);
        round_trip(&s);
        s.target = Target::EveryNDays(2);
        round_trip(&s);
        let mut a = Answers::default();
        round_trip(&a);
        a.emergency.insert(EmergencyFlag::SaddleNumbness, Tri::No);
        a.contra.insert(Contra::Hernia, Tri::NotSure);
        a.regions.insert(Region::FrontThigh);
        a.habits.insert(DayHabit::Running);
        a.side = Some(PainSide::Both);
        a.severity = Some(4);
        round_trip(&SavedResult {
            id: "t1".into(),
            at_ms: 2.0,
            answers: a.clone(),
        });
        round_trip(&Draft {
            step: 3,
            answers: a,
        });
        round_trip(&Entry {
            id: "e1".into(),
            day: CivilDay(20_000),
            kind: EntryKind::Skip,
            tightness: Some(3),
            tenderness: None,
            note: "a \"note\"\n".into(),
            at_ms: 5.0,
            deleted: true,
        });
    }

    /// Text exactly as the serde-based build of version 2 wrote it.
    #[test]
    fn reads_what_earlier_builds_wrote() {
        let t = Json::parse(r#"{"kind":"per_week","n":3}"#).unwrap();
        assert_eq!(Target::from_json(&t), Ok(Target::PerWeek(3)));
        let t = Json::parse(r#"{"kind":"daily"}"#).unwrap();
        assert_eq!(Target::from_json(&t), Ok(Target::Daily));
        let e = Json::parse(r#"{"id":"m1","day":"2026-11-02","kind":"done","tightness":null,"tenderness":4,"note":"","at_ms":1.0,"deleted":false}"#).unwrap();
        let e = Entry::from_json(&e).unwrap();
        assert_eq!(
            (e.day.to_string(), e.tenderness, e.at_ms),
            ("2026-11-02".to_string(), Some(4), 1.0)
        );
        let a = Json::parse(r#"{"emergency":{"saddle_numbness":"no","sudden_weakness":"not_sure"},"regions":["front_thigh","knee"],"side":"left"}"#).unwrap();
        let a = Answers::from_json(&a).unwrap();
        assert_eq!(
            a.emergency.get(&EmergencyFlag::SuddenWeakness),
            Some(&Tri::NotSure)
        );
        assert_eq!(a.regions.len(), 2);
        assert_eq!(a.side, Some(PainSide::Left));
    }

    #[test]
    fn errors_name_the_member() {
        let j = Json::parse(r#"{"id":"x","day":"2026-02-30","kind":"done","at_ms":1}"#).unwrap();
        assert_eq!(
            Entry::from_json(&j).unwrap_err(),
            "`day`: \"2026-02-30\" is not a calendar date"
        );
        let j =
            Json::parse(r#"{"id":"x","day":"2026-02-03","kind":"done","at_ms":1,"tightness":300}"#)
                .unwrap();
        assert_eq!(
            Entry::from_json(&j).unwrap_err(),
            "`tightness`: expected a whole number from 0 to 255"
        );
        let j = Json::parse(r#"{"id":"x","day":"2026-02-03","kind":"maybe","at_ms":1}"#).unwrap();
        assert_eq!(
            Entry::from_json(&j).unwrap_err(),
            "`kind`: \"maybe\" is not one of done, skip, note"
        );
        let j = Json::parse(r#"{"day":"2026-02-03","kind":"done","at_ms":1}"#).unwrap();
        assert_eq!(Entry::from_json(&j).unwrap_err(), "missing `id`");
        let j = Json::parse(r#"[1, "a"]"#).unwrap();
        assert_eq!(
            Vec::<u8>::from_json(&j).unwrap_err(),
            "item 2: expected a whole number from 0 to 255"
        );
    }

    #[test]
    fn settings_fill_in_defaults() {
        let s = Settings::from_json(&Json::parse(r#"{"theme":"dark"}"#).unwrap()).unwrap();
        assert_eq!(
            s,
            Settings {
                theme: Theme::Dark,
                ..Settings::default()
            }
        );
    }
}
