//! The session state machine. Everything is a function of recorded
//! timestamps and `now` (ms on one clock, e.g. `performance.timeOrigin +
//! performance.now()`), never of how often it is called: a throttled or
//! hidden tab shows the right time the moment it asks again.

use super::cue::{cue_id, phase_cues, Cue, CueKind, DONE_SLOT};
use super::routine::Routine;
use super::timeline::{Phase, PhaseKind, Timeline};
use serde::{Deserialize, Serialize};

/// Added by the "+15 s" button.
pub const EXTRA_MS: u32 = 15_000;
/// "Back" within this many ms of a phase start goes to the previous phase;
/// later, it restarts the current one (like a music player).
pub const BACK_RESTART_MS: f64 = 3_000.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Running,
    Paused,
    Finished,
}

/// One hold as it was done. A skipped hold is recorded, never dropped.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldRecord {
    pub phase: usize,
    pub held_ms: f64,
    pub completed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Engine {
    pub plan: Timeline,
    pub index: usize,
    /// When the current phase started, shifted forward by pauses within it.
    phase_start: f64,
    /// Time added to the current phase with +15 s.
    extra_ms: u32,
    paused_at: Option<f64>,
    pub status: Status,
    pub started_at: f64,
    pub finished_at: Option<f64>,
    pub holds: Vec<HoldRecord>,
}

/// What the screen needs at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    pub status: Status,
    pub index: usize,
    pub phase: Option<Phase>,
    pub elapsed_ms: f64,
    pub duration_ms: u32,
    pub remaining_ms: f64,
    pub next: Option<Phase>,
}

impl Engine {
    pub fn start(routine: &Routine, now: f64) -> Engine {
        Engine {
            plan: Timeline::of(routine),
            index: 0,
            phase_start: now,
            extra_ms: 0,
            paused_at: None,
            status: Status::Running,
            started_at: now,
            finished_at: None,
            holds: Vec::new(),
        }
    }

    fn current_duration(&self) -> u32 {
        self.plan
            .phases
            .get(self.index)
            .map_or(0, |p| p.duration_ms + self.extra_ms)
    }

    /// The instant the engine's time stands at: `now`, or when it was paused.
    fn clock(&self, now: f64) -> f64 {
        self.paused_at.unwrap_or(now)
    }

    /// Moves through every phase that has ended by `now`. Phase boundaries are
    /// computed from the previous boundary, so no error accumulates.
    pub fn advance(&mut self, now: f64) {
        if self.status != Status::Running {
            return;
        }
        loop {
            let dur = f64::from(self.current_duration());
            let end = self.phase_start + dur;
            if now < end {
                break;
            }
            self.close_phase(dur, true);
            self.index += 1;
            self.phase_start = end;
            self.extra_ms = 0;
            if self.index >= self.plan.phases.len() {
                self.status = Status::Finished;
                self.finished_at = Some(end);
                break;
            }
        }
    }

    fn close_phase(&mut self, held_ms: f64, completed: bool) {
        if let Some(p) = self.plan.phases.get(self.index) {
            if p.kind == PhaseKind::Hold {
                let rec = HoldRecord {
                    phase: self.index,
                    held_ms: held_ms.max(0.0),
                    completed,
                };
                // Going back and redoing a hold replaces its earlier record.
                match self.holds.iter_mut().find(|h| h.phase == self.index) {
                    Some(h) => *h = rec,
                    None => self.holds.push(rec),
                }
            }
        }
    }

    pub fn pause(&mut self, now: f64) {
        self.advance(now);
        if self.status == Status::Running {
            self.paused_at = Some(now);
            self.status = Status::Paused;
        }
    }

    pub fn resume(&mut self, now: f64) {
        if let (Status::Paused, Some(p)) = (self.status, self.paused_at) {
            self.phase_start += (now - p).max(0.0);
            self.paused_at = None;
            self.status = Status::Running;
        }
    }

    /// Ends the current phase now. A hold skipped early is recorded as such.
    pub fn skip(&mut self, now: f64) {
        self.advance(now);
        if self.status == Status::Finished {
            return;
        }
        let t = self.clock(now);
        let elapsed = (t - self.phase_start).max(0.0);
        self.close_phase(elapsed, false);
        self.index += 1;
        self.phase_start = t;
        self.extra_ms = 0;
        if self.index >= self.plan.phases.len() {
            self.finish_at(t);
        }
    }

    /// Restarts the current phase, or goes to the previous one right after a
    /// phase began.
    pub fn back(&mut self, now: f64) {
        self.advance(now);
        if self.status == Status::Finished {
            return;
        }
        let t = self.clock(now);
        if t - self.phase_start < BACK_RESTART_MS && self.index > 0 {
            self.index -= 1;
        }
        self.phase_start = t;
        self.extra_ms = 0;
    }

    pub fn add_time(&mut self, now: f64) {
        self.advance(now);
        if self.status != Status::Finished {
            self.extra_ms += EXTRA_MS;
        }
    }

    pub fn finish_early(&mut self, now: f64) {
        self.advance(now);
        if self.status == Status::Finished {
            return;
        }
        let t = self.clock(now);
        self.close_phase((t - self.phase_start).max(0.0), false);
        self.finish_at(t);
    }

    fn finish_at(&mut self, t: f64) {
        self.status = Status::Finished;
        self.finished_at = Some(t);
        self.paused_at = None;
    }

    /// A copy paused at `now`: what to store so that a reload offers to resume
    /// at the spot the user was on, not minutes later.
    pub fn snapshot(&self, now: f64) -> Engine {
        let mut e = self.clone();
        e.pause(now);
        e
    }

    pub fn view(&self, now: f64) -> Moment {
        let mut e = self.clone();
        e.advance(now);
        let dur = e.current_duration();
        let elapsed = if e.status == Status::Finished {
            0.0
        } else {
            (e.clock(now) - e.phase_start).clamp(0.0, f64::from(dur))
        };
        Moment {
            status: e.status,
            index: e.index,
            phase: e.plan.phases.get(e.index).cloned(),
            elapsed_ms: elapsed,
            duration_ms: dur,
            remaining_ms: f64::from(dur) - elapsed,
            next: e.plan.phases.get(e.index + 1).cloned(),
        }
    }

    /// Every cue still ahead at `now`, in time order. Empty while paused or
    /// finished. Cues of the current phase already past are left out.
    pub fn upcoming_cues(&self, now: f64) -> Vec<Cue> {
        let mut e = self.clone();
        e.advance(now);
        if e.status != Status::Running {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut start = e.phase_start;
        for i in e.index..e.plan.phases.len() {
            let p = &e.plan.phases[i];
            let dur = if i == e.index {
                e.current_duration()
            } else {
                p.duration_ms
            };
            for (slot, kind, off) in phase_cues(p, dur, i == 0) {
                let at = start + f64::from(off);
                if at >= now {
                    out.push(Cue {
                        id: cue_id(i, slot),
                        kind,
                        at,
                    });
                }
            }
            start += f64::from(dur);
        }
        if !e.plan.phases.is_empty() {
            out.push(Cue {
                id: cue_id(e.plan.phases.len() - 1, DONE_SLOT),
                kind: CueKind::Done,
                at: start,
            });
        }
        out
    }

    pub fn held_ms(&self) -> f64 {
        self.holds.iter().map(|h| h.held_ms).sum()
    }

    pub fn completed_holds(&self) -> usize {
        self.holds.iter().filter(|h| h.completed).count()
    }

    /// Checks a stored engine against the routine it claims to run, so a
    /// corrupted resume record is refused instead of trusted.
    pub fn is_consistent_with(&self, routine: &Routine) -> bool {
        let plan = Timeline::of(routine);
        plan == self.plan
            && self.index <= plan.phases.len()
            && self
                .holds
                .iter()
                .all(|h| h.phase < plan.phases.len() && h.held_ms.is_finite() && h.held_ms >= 0.0)
            && self.phase_start.is_finite()
            && self.started_at.is_finite()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;
    use proptest::prelude::*;

    fn floss() -> Routine {
        builtin::by_id(builtin::DAILY_FLOSS).unwrap()
    }

    #[test]
    fn runs_to_the_end_on_time() {
        let r = floss();
        let mut e = Engine::start(&r, 1000.0);
        let total = f64::from(e.plan.total_ms());
        e.advance(1000.0 + total - 1.0);
        assert_eq!(e.status, Status::Running);
        e.advance(1000.0 + total);
        assert_eq!(e.status, Status::Finished);
        assert_eq!(e.finished_at, Some(1000.0 + total));
        assert_eq!(e.completed_holds(), 4);
        assert_eq!(e.held_ms(), 4.0 * 60_000.0);
    }

    #[test]
    fn pause_freezes_the_clock() {
        let mut e = Engine::start(&floss(), 0.0);
        e.pause(2_000.0);
        let v = e.view(50_000.0);
        assert_eq!(v.elapsed_ms, 2_000.0);
        e.resume(50_000.0);
        assert_eq!(e.view(51_000.0).elapsed_ms, 3_000.0);
    }

    #[test]
    fn a_late_call_lands_on_the_right_phase() {
        // A tab hidden for 60 s asks again: the view is exact, not one tick late.
        let e = Engine::start(&floss(), 0.0);
        let v = e.view(15_000.0 + 60_000.0 + 5_000.0 + 12_345.0);
        assert_eq!(v.index, 3);
        assert_eq!(v.elapsed_ms, 12_345.0);
        assert_eq!(v.remaining_ms, 60_000.0 - 12_345.0);
    }

    #[test]
    fn skip_records_a_partial_hold() {
        let mut e = Engine::start(&floss(), 0.0);
        e.skip(1_000.0); // prepare
        e.skip(11_000.0); // hold after 10 s
        assert_eq!(
            e.holds,
            vec![HoldRecord {
                phase: 1,
                held_ms: 10_000.0,
                completed: false
            }]
        );
        assert_eq!(e.index, 2);
    }

    #[test]
    fn add_time_extends_only_the_current_phase() {
        let mut e = Engine::start(&floss(), 0.0);
        e.advance(16_000.0);
        e.add_time(16_000.0);
        assert_eq!(e.view(16_000.0).duration_ms, 75_000);
        let cues = e.upcoming_cues(16_000.0);
        let move_cue = cues.iter().find(|c| c.kind == CueKind::Move).unwrap();
        assert_eq!(move_cue.at, 15_000.0 + 75_000.0);
    }

    #[test]
    fn back_restarts_then_goes_back() {
        let mut e = Engine::start(&floss(), 0.0);
        e.advance(20_000.0); // in hold 1, 5 s in
        e.back(20_000.0);
        assert_eq!(e.index, 1);
        assert_eq!(e.view(20_000.0).elapsed_ms, 0.0);
        e.back(21_000.0);
        assert_eq!(e.index, 0);
    }

    #[test]
    fn cue_schedule_of_a_hold() {
        let e = Engine::start(&floss(), 0.0);
        let cues = e.upcoming_cues(0.0);
        let first: Vec<_> = cues.iter().take(6).map(|c| (c.kind, c.at)).collect();
        use CueKind::*;
        assert_eq!(
            first,
            vec![
                (GetReady, 0.0),
                (HoldStart, 15_000.0),
                (Halfway, 45_000.0),
                (Countdown, 72_000.0),
                (Countdown, 73_000.0),
                (Countdown, 74_000.0),
            ]
        );
        assert_eq!(cues[6].kind, Move);
        assert_eq!(cues.last().unwrap().kind, Done);
        assert!(cues.iter().any(|c| c.kind == Switch));
    }

    #[test]
    fn snapshot_resumes_where_the_user_was() {
        let e = Engine::start(&floss(), 0.0);
        let snap = e.snapshot(20_000.0);
        let json = serde_json::to_string(&snap).unwrap();
        let mut back: Engine = serde_json::from_str(&json).unwrap();
        assert!(back.is_consistent_with(&floss()));
        back.resume(999_000.0);
        assert_eq!(back.view(999_000.0).elapsed_ms, 5_000.0);
    }

    #[derive(Clone, Debug)]
    enum Cmd {
        Wait(u32),
        Pause,
        Resume,
        Skip,
        Back,
        Add,
        Finish,
    }

    fn cmd() -> impl Strategy<Value = Cmd> {
        prop_oneof![
            6 => (0u32..90_000).prop_map(Cmd::Wait),
            1 => Just(Cmd::Pause),
            1 => Just(Cmd::Resume),
            1 => Just(Cmd::Skip),
            1 => Just(Cmd::Back),
            1 => Just(Cmd::Add),
            1 => Just(Cmd::Finish),
        ]
    }

    proptest! {
        #[test]
        fn any_command_sequence_keeps_time_sane(cmds in prop::collection::vec(cmd(), 0..60), which in 0usize..4) {
            let r = builtin::all()[which].clone();
            let mut now = 1_000.0;
            let mut e = Engine::start(&r, now);
            for c in cmds {
                match c {
                    Cmd::Wait(ms) => {
                        now += f64::from(ms);
                        e.advance(now);
                    }
                    Cmd::Pause => e.pause(now),
                    Cmd::Resume => e.resume(now),
                    Cmd::Skip => e.skip(now),
                    Cmd::Back => e.back(now),
                    Cmd::Add => e.add_time(now),
                    Cmd::Finish => e.finish_early(now),
                }
                let v = e.view(now);
                prop_assert!(v.elapsed_ms >= 0.0 && v.remaining_ms >= 0.0);
                prop_assert!(v.elapsed_ms <= f64::from(v.duration_ms));
                // Cues come in time order and never in the past.
                let cues = e.upcoming_cues(now);
                prop_assert!(cues.windows(2).all(|w| w[0].at <= w[1].at));
                prop_assert!(cues.iter().all(|c| c.at >= now));
                // Ids are unique: a cue cannot be scheduled twice.
                let mut ids: Vec<_> = cues.iter().map(|c| c.id).collect();
                ids.sort_unstable();
                ids.dedup();
                prop_assert_eq!(ids.len(), cues.len());
                // No hold is passed over silently: every hold behind the
                // current phase has a record.
                for (i, p) in e.plan.phases.iter().enumerate().take(e.index.min(e.plan.phases.len())) {
                    if p.kind == PhaseKind::Hold {
                        prop_assert!(e.holds.iter().any(|h| h.phase == i), "hold {} has no record", i);
                    }
                }
                // A hold never counts more than it lasted, and a completed
                // one counts its full length.
                for h in &e.holds {
                    let d = f64::from(e.plan.phases[h.phase].duration_ms);
                    prop_assert!(h.held_ms >= 0.0);
                    if h.completed { prop_assert!(h.held_ms >= d); }
                }
                let sum: f64 = e.holds.iter().map(|h| h.held_ms).sum();
                prop_assert!((e.held_ms() - sum).abs() < 1e-6);
                // Held time can never exceed the time that has passed.
                prop_assert!(e.held_ms() <= now - e.started_at + 1e-6);
            }
        }

        #[test]
        fn without_interruptions_held_time_is_the_sum_of_holds(pauses in prop::collection::vec((1u32..600_000, 1u32..120_000), 0..5), which in 0usize..4) {
            let r = builtin::all()[which].clone();
            let mut e = Engine::start(&r, 0.0);
            let mut now = 0.0;
            let mut paused_total = 0.0;
            for (at, len) in pauses {
                now += f64::from(at);
                e.pause(now);
                let was_paused = e.status == Status::Paused;
                now += f64::from(len);
                e.resume(now);
                if was_paused { paused_total += f64::from(len); }
            }
            e.advance(1e12);
            prop_assert_eq!(e.status, Status::Finished);
            let expected: f64 = e.plan.phases.iter().filter(|p| p.kind == PhaseKind::Hold).map(|p| f64::from(p.duration_ms)).sum();
            prop_assert_eq!(e.held_ms(), expected);
            prop_assert_eq!(e.completed_holds(), e.plan.hold_count());
            prop_assert_eq!(e.finished_at.unwrap(), f64::from(e.plan.total_ms()) + paused_total);
        }
    }
}
