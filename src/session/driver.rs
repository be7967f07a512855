//! What a running session does, as decisions: at each wake-up, tap, return
//! from the background and word from the session track, the driver updates
//! the engine and says what should happen (queue cues, play or pause the
//! track, speak, vibrate, save, record). The runtime carries the effects out
//! with the browser. Kept free of the browser so that the rules of a running
//! session are tested natively, against random use (`driver/tests.rs`).

use super::cue::CueKind;
use super::engine::{Engine, Moment, Status};
use super::routine::Routine;
use super::timeline::PhaseKind;
use super::words::{live_text, lock_screen_step, spoken};
use crate::words::catalogue::Message;

/// What the person chose to hear and feel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outputs {
    pub sound: bool,
    pub vibration: bool,
    pub voice: bool,
}

/// A tap on the player, or a lock-screen button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Pause,
    Resume,
    Skip,
    Back,
    AddTime,
    End,
}

impl Command {
    fn apply(self, e: &mut Engine, t: f64) {
        match self {
            Command::Pause => e.pause(t),
            Command::Resume => e.resume(t),
            Command::Skip => e.skip(t),
            Command::Back => e.back(t),
            Command::AddTime => e.add_time(t),
            Command::End => e.finish_early(t),
        }
    }
}

/// The lock screen's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remote {
    Play,
    Pause,
    Next,
    Previous,
}

/// What the session track's element reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrackNews {
    /// Paused by the system or another app (a call, the headphones' button).
    Paused,
    Ended,
    Failed,
}

/// One thing for the runtime to do, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Bring the page's audio queue in line with the engine, leaving out
    /// cues due before `not_before`.
    SyncCues {
        not_before: f64,
    },
    /// Silence and forget queued cues after this instant (all: `-inf`).
    CancelCuesAfter(f64),
    /// Back from the background: future cues are laid out afresh, and the
    /// ones that fell due while hidden are dropped, not played in a burst.
    RelayoutCues,
    /// Render what is left of the session from now and play it as the track.
    PlayTrack,
    PauseTrack,
    /// Back to the page's clock and audio queue, and clear the lock screen.
    LeaveTrack,
    /// The lock screen's line for the step now under way.
    LockScreen(Message),
    Vibrate(CueKind),
    Speak(Message),
    /// Words for the screen reader's live region (`None`: clear it).
    Announce(Option<Message>),
    /// Store where the session is, to resume it after a reload.
    Save,
    /// The session has ended: record it in the habit (once).
    Record,
    KeepAwake(bool),
    /// The next wake-up, in ms from now.
    WakeIn(f64),
    StopWaking,
    /// Wake up now, after the effects before it.
    WakeNow,
    /// The track could not play: the screen says the cues come from the page.
    TrackFailed,
}

/// A vibration for a cue is felt only this soon after it fell due.
const VIBRATE_STALE_MS: f64 = 1_500.0;
/// A cue due this long ago (the get-ready at the very start, laid out a
/// moment late) still sounds; anything older is left out.
const LATE_OK_MS: f64 = 250.0;
/// The voice speaks a phase only this soon after it began.
const SPEAK_FRESH_MS: f64 = 2_500.0;

#[derive(Clone, Debug)]
pub struct Driver {
    engine: Engine,
    /// The time of the last wake-up: cues since then are the ones to feel.
    last_wake: f64,
    /// The phase whose words were last given; `None` gives them again.
    announced: Option<usize>,
    /// When the engine last took a tap (or was resumed): cues before it
    /// belong to a plan that no longer holds, or were heard before a pause.
    changed_at: f64,
    /// A failing track gets one more try.
    retried: bool,
    recorded: bool,
}

impl Driver {
    pub fn new(engine: Engine, t: f64) -> Driver {
        Driver {
            engine,
            last_wake: t,
            announced: None,
            changed_at: t,
            retried: false,
            recorded: false,
        }
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn moment(&self, t: f64) -> Moment {
        self.engine.view(t)
    }

    pub fn is_finished(&self) -> bool {
        self.engine.status == Status::Finished
    }

    /// What to store so that a reload offers to resume at this instant.
    pub fn snapshot(&self, t: f64) -> Option<Engine> {
        let s = self.engine.snapshot(t);
        (s.status != Status::Finished).then_some(s)
    }

    /// The player appears: whatever an earlier session left queued is not
    /// this one's to play; the track starts when it is to be the clock.
    pub fn begin(&mut self, use_track: bool, t: f64) -> Vec<Effect> {
        self.last_wake = t;
        self.announced = None;
        self.changed_at = t;
        let mut out = vec![Effect::CancelCuesAfter(f64::NEG_INFINITY)];
        if use_track && self.engine.status == Status::Running {
            out.push(Effect::PlayTrack);
        }
        out.push(Effect::KeepAwake(true));
        out.push(Effect::WakeNow);
        out
    }

    /// One wake-up at `t`: advance, set the next wake-up, then the outputs.
    pub fn wake(&mut self, t: f64, on_track: bool, outputs: Outputs, r: &Routine) -> Vec<Effect> {
        let prev = self.last_wake;
        self.last_wake = t;
        self.engine.advance(t);
        let v = self.engine.view(t);
        let mut out = Vec::new();
        if v.status == Status::Running {
            // Next redraw: when the shown second changes.
            let into = v.remaining_ms % 1000.0;
            out.push(Effect::WakeIn(if into < 5.0 { 1000.0 } else { into + 5.0 }));
        } else {
            // Paused or done: nothing changes until a tap.
            out.push(Effect::StopWaking);
        }
        if !on_track {
            let not_before = (t - LATE_OK_MS).max(self.changed_at);
            out.push(Effect::SyncCues { not_before });
        }
        // The latest cue that fell due since the last wake-up, unless stale.
        if outputs.vibration {
            let due = self
                .engine
                .upcoming_cues(prev)
                .into_iter()
                .rev()
                .find(|c| c.at > prev && c.at <= t && t - c.at < VIBRATE_STALE_MS);
            if let Some(c) = due {
                out.push(Effect::Vibrate(c.kind));
            }
        }
        let finished = v.status == Status::Finished;
        if self.announced != Some(v.index) || finished {
            self.announced = Some(v.index);
            out.push(Effect::Announce(live_text(&v, r)));
            if on_track {
                if let Some(step) = v.phase.as_ref().map(|p| lock_screen_step(p, r)) {
                    out.push(Effect::LockScreen(step));
                }
            }
            if outputs.voice && v.elapsed_ms < SPEAK_FRESH_MS {
                if let Some(words) = spoken(&v, r) {
                    out.push(Effect::Speak(words));
                }
            }
            if !finished {
                out.push(Effect::Save);
            }
        } else if v.status == Status::Running
            && v.phase.as_ref().is_some_and(|p| p.kind == PhaseKind::Hold)
            && (v.remaining_ms / 1000.0).ceil() as i64 == 10
        {
            out.push(Effect::Announce(Some(Message::new("live-ten-left"))));
        }
        if finished {
            out.push(Effect::KeepAwake(false));
            if !self.recorded {
                self.recorded = true;
                out.push(Effect::Record);
            }
        }
        out
    }

    /// A tap at `t`: applied to the engine at that instant; what was queued
    /// or rendered from the old plan goes, and the session wakes at once.
    pub fn command(&mut self, c: Command, t: f64, on_track: bool) -> Vec<Effect> {
        c.apply(&mut self.engine, t);
        self.changed_at = t;
        let mut out = vec![Effect::CancelCuesAfter(t)];
        if on_track {
            out.push(match self.engine.status {
                Status::Running => Effect::PlayTrack,
                Status::Paused => Effect::PauseTrack,
                // Ended from the screen (or skipped past the end): the rest
                // of the track is not this session's any more.
                Status::Finished => Effect::LeaveTrack,
            });
        }
        self.announced = None;
        out.push(Effect::WakeNow);
        out.push(Effect::Save);
        out
    }

    /// A lock-screen button, as the command it stands for (if any now).
    pub fn remote(&self, r: Remote) -> Option<Command> {
        let status = self.engine.status;
        match r {
            Remote::Play => (status == Status::Paused).then_some(Command::Resume),
            Remote::Pause => (status == Status::Running).then_some(Command::Pause),
            Remote::Next => Some(Command::Skip),
            Remote::Previous => Some(Command::Back),
        }
    }

    /// The page is shown again at `t`.
    pub fn shown(&mut self, t: f64, on_track: bool) -> Vec<Effect> {
        let mut out = Vec::new();
        if !on_track {
            out.push(Effect::RelayoutCues);
        }
        self.last_wake = t;
        out.push(Effect::WakeNow);
        if !self.is_finished() {
            out.push(Effect::KeepAwake(true));
        }
        out
    }

    /// The page is hidden at `t`: it may be closed before it is seen again,
    /// so where the session stands is stored, or, if it has ended, it is
    /// recorded now.
    pub fn hidden(&mut self, t: f64) -> Vec<Effect> {
        self.engine.advance(t);
        if !self.is_finished() {
            vec![Effect::Save]
        } else if !self.recorded {
            self.recorded = true;
            vec![Effect::KeepAwake(false), Effect::Record]
        } else {
            Vec::new()
        }
    }

    /// What the session track reports, at `t`.
    pub fn track(&mut self, news: TrackNews, t: f64, on_track: bool) -> Vec<Effect> {
        let running = self.engine.status == Status::Running;
        match news {
            // Paused by the system acts like the screen's Pause.
            TrackNews::Paused if running => self.command(Command::Pause, t, on_track),
            TrackNews::Paused => Vec::new(),
            // (The moment of silence that unlocked the element ends too.)
            // The page's sounds take over from here: what the track played
            // is not played again.
            TrackNews::Ended if on_track => {
                self.changed_at = t.next_up();
                vec![Effect::LeaveTrack, Effect::WakeNow]
            }
            TrackNews::Ended => Vec::new(),
            // One more try first: a media pipeline can fail once as it
            // starts. Then the page's audio clock, said once on screen.
            TrackNews::Failed if !self.retried && running => {
                self.retried = true;
                vec![Effect::PlayTrack]
            }
            TrackNews::Failed => {
                self.announced = None;
                // What the track played, up to and at this instant, is not
                // played again.
                self.changed_at = t.next_up();
                vec![Effect::LeaveTrack, Effect::TrackFailed, Effect::WakeNow]
            }
        }
    }
}

#[cfg(test)]
mod tests;
