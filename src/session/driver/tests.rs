//! The driver against random use: a model of the page (its clock, throttled
//! timers while hidden, a Web Audio clock that plays what is queued, a
//! session track that plays what was rendered, reloads that lose everything
//! but the stored snapshot) runs random taps, hides, shows, reloads, track
//! pauses and failures. A reference engine, fed the same commands at the
//! same instants, says which cues the session implies; every one of them
//! must be heard once, at its instant, and nothing else.

use super::*;
use crate::session::audio_clock::Placement;
use crate::session::builtin;
use crate::session::cue_queue::{AudioOut, CueQueue};
use crate::session::routine::Routine;
use crate::session::track;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Chromium runs a hidden page's timers at most once a minute.
const HIDDEN_TIMER_GAP_MS: f64 = 60_000.0;
/// A cue laid out after its instant sounds at once: at most this late.
const LATE_SLACK_MS: f64 = 300.0;

#[derive(Clone, Copy, Debug)]
enum Act {
    Tap(Command),
    Lock(Remote),
    Hide,
    Show,
    Reload,
    TrackPaused,
    TrackFailed,
}

/// A sound source on the fake audio clock (page ms, exact).
struct Source {
    at_page: f64,
    kind: CueKind,
    cancelled: bool,
    done: bool,
}

#[derive(Default)]
struct FakeAudio {
    sources: Vec<Source>,
    /// Page clock minus session time (the clock source's offset).
    offset: f64,
}

impl AudioOut for FakeAudio {
    type Source = usize;
    fn place(&self, at_ms: f64) -> Placement {
        Placement {
            when_s: (at_ms + self.offset) / 1000.0,
            trusted: true,
        }
    }
    fn schedule(&mut self, _: u32, kind: CueKind, _: f64, at: Placement) -> Option<usize> {
        self.sources.push(Source {
            at_page: at.when_s * 1000.0,
            kind,
            cancelled: false,
            done: false,
        });
        Some(self.sources.len() - 1)
    }
    fn cancel(&mut self, s: &usize) {
        self.sources[*s].cancelled = true;
    }
}

/// The session track as the media element plays it.
struct Track {
    /// Session time at its first sample.
    zero: f64,
    cues: Vec<(f64, CueKind)>,
    length: f64,
    /// Position when last started or paused, and the page time it started.
    pos: f64,
    playing_since: Option<f64>,
    heard_to: f64,
}

impl Track {
    fn position(&self, page: f64) -> f64 {
        let p = self.pos + self.playing_since.map_or(0.0, |s| page - s);
        p.min(self.length)
    }
}

struct World {
    routine: Routine,
    outputs: Outputs,
    use_track: bool,
    page: f64,
    driver: Driver,
    queue: CueQueue<usize>,
    audio: FakeAudio,
    track: Option<Track>,
    hidden: bool,
    timer: Option<f64>,
    saved: Option<Engine>,
    recorded: u32,
    /// (session time, kind) of every cue heard.
    heard: Vec<(f64, CueKind)>,
    /// The last position shown, and whether a tap came since.
    shown: Option<(usize, f64)>,
    tapped: bool,
}

impl World {
    fn on_track(&self) -> bool {
        self.track.is_some()
    }

    /// The clock source: the track's position while on it, else the page.
    fn now(&self) -> f64 {
        match &self.track {
            Some(tr) => tr.zero + tr.position(self.page),
            None => self.page - self.audio.offset,
        }
    }

    fn start(routine: Routine, outputs: Outputs, use_track: bool) -> World {
        let engine = Engine::start(&routine, 400.0);
        let mut w = World {
            routine,
            outputs,
            use_track,
            page: 0.0,
            driver: Driver::new(engine.clone(), 0.0),
            queue: CueQueue::default(),
            audio: FakeAudio::default(),
            track: None,
            hidden: false,
            timer: None,
            saved: Some(engine.snapshot(0.0)),
            recorded: 0,
            heard: Vec::new(),
            shown: None,
            tapped: false,
        };
        let fx = w.driver.begin(use_track, 0.0);
        w.run(fx);
        w
    }

    fn play_track(&mut self) {
        let t = self.now();
        let (cues, length) = track::plan_from(self.driver.engine(), t);
        if cues.is_empty() {
            return;
        }
        self.track = Some(Track {
            zero: t,
            cues,
            length,
            pos: 0.0,
            playing_since: Some(self.page),
            heard_to: -1.0,
        });
    }

    /// The element stops where it is (paused, or failed).
    fn pause_track(&mut self) {
        if let Some(tr) = &mut self.track {
            tr.pos = tr.position(self.page);
            tr.playing_since = None;
        }
    }

    fn leave_track(&mut self) {
        if self.on_track() {
            let t = self.now();
            self.track = None;
            self.audio.offset = self.page - t;
        }
    }

    fn run(&mut self, effects: Vec<Effect>) {
        for fx in effects {
            let t = self.now();
            match fx {
                Effect::SyncCues { not_before } => {
                    if self.outputs.sound {
                        let e = self.driver.engine();
                        self.queue.sync(&mut self.audio, e, t, not_before);
                    } else {
                        let audio = &mut self.audio;
                        self.queue.cancel(|s| audio.cancel(s), |_| true);
                    }
                }
                Effect::CancelCuesAfter(after) => {
                    let audio = &mut self.audio;
                    self.queue.cancel(|s| audio.cancel(s), |at| at > after)
                }
                Effect::RelayoutCues => {
                    let audio = &mut self.audio;
                    self.queue.relayout_after_hidden(|s| audio.cancel(s), t)
                }
                Effect::PlayTrack => self.play_track(),
                Effect::PauseTrack => self.pause_track(),
                Effect::LeaveTrack => self.leave_track(),
                Effect::Save => self.saved = self.driver.snapshot(t),
                Effect::Record => {
                    self.recorded += 1;
                    self.saved = None;
                }
                Effect::WakeIn(ms) => {
                    let due = self.page + ms;
                    self.timer = Some(if self.hidden {
                        due.max(self.page + HIDDEN_TIMER_GAP_MS)
                    } else {
                        due
                    });
                }
                Effect::StopWaking => self.timer = None,
                Effect::WakeNow => self.wake(),
                Effect::LockScreen(_)
                | Effect::Vibrate(_)
                | Effect::Speak(_)
                | Effect::Announce(_)
                | Effect::KeepAwake(_)
                | Effect::TrackFailed => {}
            }
        }
    }

    fn wake(&mut self) {
        let t = self.now();
        let fx = self
            .driver
            .wake(t, self.on_track(), self.outputs, &self.routine.clone());
        self.run(fx);
        // The countdown never runs backwards between taps.
        let m = self.driver.moment(self.now());
        let here = (m.index, m.elapsed_ms);
        if let Some(before) = self.shown {
            if !self.tapped && m.status != Status::Finished {
                assert!(
                    here.0 > before.0 || (here.0 == before.0 && here.1 >= before.1 - 0.001),
                    "the countdown went back from {before:?} to {here:?}"
                );
            }
        }
        self.shown = (m.status != Status::Finished).then_some(here);
        self.tapped = false;
    }

    /// Lets page time run to `until`: sounds play, timers fire, the track
    /// ends.
    fn run_until(&mut self, until: f64) {
        loop {
            let next_timer = self.timer.filter(|&d| d <= until);
            let step_to = next_timer.unwrap_or(until);
            self.hear_until(step_to);
            self.page = step_to;
            if let Some(tr) = &self.track {
                if tr.position(self.page) >= tr.length && tr.playing_since.is_some() {
                    let t = self.now();
                    let on = self.on_track();
                    let fx = self.driver.track(TrackNews::Ended, t, on);
                    self.run(fx);
                }
            }
            if next_timer.is_some() {
                self.timer = None;
                self.wake();
            } else {
                break;
            }
        }
    }

    fn hear_until(&mut self, until: f64) {
        for s in &mut self.audio.sources {
            if !s.cancelled && !s.done && s.at_page <= until {
                s.done = true;
                // Past instants sound at once.
                let when = s.at_page.max(self.page);
                self.heard.push((when - self.audio.offset, s.kind));
            }
        }
        if let Some(tr) = &mut self.track {
            let to = tr.position(until);
            for &(off, kind) in &tr.cues {
                if off > tr.heard_to && off <= to {
                    self.heard.push((tr.zero + off, kind));
                }
            }
            tr.heard_to = tr.heard_to.max(to);
        }
    }

    fn act(&mut self, a: Act) {
        if self.recorded > 0 {
            return;
        }
        let t = self.now();
        let on = self.on_track();
        match a {
            Act::Tap(c) => {
                self.tapped = true;
                let fx = self.driver.command(c, t, on);
                self.run(fx);
            }
            Act::Lock(r) => {
                if let Some(c) = self.driver.remote(r) {
                    self.tapped = true;
                    let fx = self.driver.command(c, t, on);
                    self.run(fx);
                }
            }
            Act::Hide if !self.hidden => {
                self.hidden = true;
                let fx = self.driver.hidden(t);
                self.run(fx);
            }
            Act::Show if self.hidden => {
                self.hidden = false;
                // Timers throttled while hidden run at their time again.
                self.timer = self.timer.map(|d| d.min(self.page + 1_000.0));
                let fx = self.driver.shown(t, on);
                self.run(fx);
            }
            Act::Reload => {
                let fx = self.driver.hidden(t);
                self.run(fx);
                if self.recorded > 0 {
                    return;
                }
                let shown = self.driver.moment(t);
                // The page goes: every sound and the track with it.
                for s in &mut self.audio.sources {
                    s.cancelled = true;
                }
                self.track = None;
                self.timer = None;
                self.hidden = false;
                self.queue = CueQueue::default();
                self.audio.offset = 0.0;
                // A moment later the person taps "Resume where I was".
                self.page += 1_500.0;
                let Some(mut e) = self.saved.clone() else {
                    return;
                };
                let offered = e.view(self.page);
                assert_eq!(
                    (offered.index, offered.status == Status::Paused),
                    (shown.index, true),
                    "a reload offers another place"
                );
                assert!((offered.remaining_ms - shown.remaining_ms).abs() < 0.001);
                e.resume(self.page);
                self.driver = Driver::new(e, self.page);
                self.shown = None;
                let fx = self.driver.begin(self.use_track, self.page);
                self.run(fx);
            }
            Act::TrackPaused if on => {
                self.pause_track();
                let fx = self.driver.track(TrackNews::Paused, t, on);
                self.tapped = true;
                self.run(fx);
            }
            Act::TrackFailed if on => {
                // The element stops where it failed.
                self.pause_track();
                let fx = self.driver.track(TrackNews::Failed, t, on);
                self.run(fx);
            }
            _ => {}
        }
    }
}

/// The cues the reference engine implies from `from` to `to` (both ends
/// included: a cue at the very instant of a tap sounds), keyed by cue and
/// instant, so that a tap that leaves a cue where it was does not count it
/// twice.
fn implied(reference: &Engine, from: f64, to: f64, into: &mut BTreeMap<(u32, i64), CueKind>) {
    for c in reference.upcoming_cues(from) {
        if c.at <= to {
            into.insert((c.id, (c.at * 1000.0).round() as i64), c.kind);
        }
    }
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => prop_oneof![
            Just(Command::Pause),
            Just(Command::Resume),
            Just(Command::Skip),
            Just(Command::Back),
            Just(Command::AddTime),
        ]
        .prop_map(Act::Tap),
        1 => Just(Act::Tap(Command::End)),
        1 => prop_oneof![
            Just(Remote::Play),
            Just(Remote::Pause),
            Just(Remote::Next),
            Just(Remote::Previous),
        ]
        .prop_map(Act::Lock),
        2 => Just(Act::Hide),
        2 => Just(Act::Show),
        1 => Just(Act::Reload),
        1 => Just(Act::TrackPaused),
        1 => Just(Act::TrackFailed),
    ]
}

/// Runs a session through `acts`, each after its wait (ms), and checks
/// every cue heard against the reference. Waits are real numbers, as taps
/// are: a tap landing in the very same instant as a cue (to the last bit)
/// is not modelled, and could hear that cue twice on the track.
fn check(routine: Routine, use_track: bool, acts: Vec<(f64, Act)>) {
    let outputs = Outputs {
        sound: true,
        vibration: true,
        voice: true,
    };
    let mut w = World::start(routine.clone(), outputs, use_track);
    let mut reference = Engine::start(&routine, 400.0);
    let mut implied_cues = BTreeMap::new();
    // Session time from which the reference's schedule holds.
    let mut since = 0.0;
    // Past the last act, time runs out the session.
    let tail = f64::from(routine.total_seconds() * 1000 + 60_000);
    let acts = acts.into_iter().chain([(tail, Act::Hide)]);
    for (wait, a) in acts {
        w.run_until(w.page + wait);
        if w.recorded > 0 {
            break;
        }
        let t = w.now();
        // What the person did, as the reference engine takes it.
        let command = match a {
            Act::Tap(c) => Some(c),
            Act::Lock(r) => remote_of(&reference, r),
            Act::TrackPaused if w.on_track() && reference.status == Status::Running => {
                Some(Command::Pause)
            }
            _ => None,
        };
        w.act(a);
        if let Some(c) = command {
            implied(&reference, since, t, &mut implied_cues);
            c.apply(&mut reference, t);
            since = t;
        } else if matches!(a, Act::Reload) && reference.status != Status::Finished {
            // A reload is a pause at `t`, resumed at the tap.
            implied(&reference, since, t, &mut implied_cues);
            reference.pause(t);
            since = w.now();
            reference.resume(since);
        }
    }
    w.run_until(w.page + 1.0);
    implied(&reference, since, w.now(), &mut implied_cues);
    let mut expected: Vec<(f64, CueKind)> = implied_cues
        .iter()
        .map(|(&(_, at), &kind)| (at as f64 / 1000.0, kind))
        .collect();
    let mut heard = w.heard.clone();
    heard.sort_by(|a, b| a.0.total_cmp(&b.0));
    expected.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Each implied cue takes the first unclaimed sound of its kind heard at
    // its instant (or, laid out late, just after).
    let mut claimed = vec![false; heard.len()];
    for &(at, kind) in &expected {
        let found = heard.iter().enumerate().position(|(i, &(h, k))| {
            !claimed[i] && k == kind && h >= at - 1.0 && h <= at + LATE_SLACK_MS
        });
        match found {
            Some(i) => claimed[i] = true,
            None => panic!(
                "the {kind:?} cue at {at:.0} ms was not heard\nheard {heard:?}\nexpected {expected:?}"
            ),
        }
    }
    let extra: Vec<_> = (0..heard.len())
        .filter(|&i| !claimed[i])
        .map(|i| heard[i])
        .collect();
    assert!(
        extra.is_empty(),
        "heard twice or unasked: {extra:?}\nexpected {expected:?}"
    );
    let finished = w.driver.is_finished();
    assert_eq!(
        w.recorded,
        u32::from(finished),
        "recorded once, when it ends"
    );
}

fn remote_of(e: &Engine, r: Remote) -> Option<Command> {
    Driver::new(e.clone(), 0.0).remote(r)
}

fn short_routine() -> Routine {
    let mut r = builtin::by_id(builtin::DAILY_FLOSS).unwrap();
    for s in &mut r.steps {
        s.hold_s = 10;
        s.reposition_s = 5;
    }
    r.switch_rest_s = 5;
    r
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_cue_is_heard_once_whatever_the_person_does(
        use_track in any::<bool>(),
        acts in prop::collection::vec((0.0..20_000.0f64, act()), 0..30),
    ) {
        check(short_routine(), use_track, acts);
    }

    #[test]
    fn long_hidden_stretches_keep_every_cue(
        use_track in any::<bool>(),
        acts in prop::collection::vec((0.0..200_000.0f64, act()), 0..8),
    ) {
        check(builtin::by_id(builtin::DAILY_FLOSS).unwrap(), use_track, acts);
    }

    #[test]
    fn with_sound_off_nothing_sounds_and_the_session_still_ends_once(
        acts in prop::collection::vec((0.0..20_000.0f64, act()), 0..20),
    ) {
        // Sound off means no track either (the runtime plays the track only
        // with sound on): the page's audio queue is the only path left.
        let outputs = Outputs { sound: false, vibration: false, voice: false };
        let mut w = World::start(short_routine(), outputs, false);
        let tail = f64::from(short_routine().total_seconds() * 1000 + 60_000);
        for (wait, a) in acts.into_iter().chain([(tail, Act::Show)]) {
            w.run_until(w.page + wait);
            w.act(a);
        }
        w.act(Act::Show);
        w.run_until(w.page + tail);
        prop_assert!(w.heard.is_empty(), "heard {:?}", w.heard);
        prop_assert!(w.audio.sources.iter().all(|s| s.cancelled), "a source left queued");
        prop_assert_eq!(w.recorded, u32::from(w.driver.is_finished()));
    }
}

#[test]
fn an_untouched_session_is_heard_in_full_on_either_path() {
    for use_track in [false, true] {
        check(short_routine(), use_track, Vec::new());
    }
}

#[test]
fn the_words_of_each_phase_are_given_once_and_the_end_recorded_once() {
    let r = short_routine();
    let outputs = Outputs {
        sound: false,
        vibration: false,
        voice: true,
    };
    let mut d = Driver::new(Engine::start(&r, 0.0), 0.0);
    let mut spoken = 0;
    let mut records = 0;
    let mut t = 0.0;
    while !d.is_finished() {
        for fx in d.wake(t, false, outputs, &r) {
            match fx {
                Effect::Speak(_) => spoken += 1,
                Effect::Record => records += 1,
                _ => {}
            }
        }
        t += 250.0;
    }
    for fx in d.wake(t + 1000.0, false, outputs, &r) {
        assert_ne!(fx, Effect::Record);
    }
    assert_eq!(records, 1);
    let expected = (0..=d.engine().plan.phases.len())
        .filter(|&i| {
            let mut e = Engine::start(&r, 0.0);
            let start: f64 = e.plan.phases[..i.min(e.plan.phases.len())]
                .iter()
                .map(|p| f64::from(p.duration_ms))
                .sum();
            e.advance(start);
            spoken_words(&e.view(start), &r).is_some()
        })
        .count();
    assert_eq!(spoken, expected);
}

fn spoken_words(v: &Moment, r: &Routine) -> Option<String> {
    crate::session::words::spoken(v, r).map(|m| crate::words::english::say(&m))
}
