//! The running session's one owner, `Session`. It holds the live session
//! (routine and driver) in one signal that screens read, takes their
//! commands, and carries out what the driver decides (`session::driver`)
//! with the browser: the session clock (`clock`), the cues on the audio
//! clock (`sound`), the session track, voice, vibration, the lock screen,
//! the wake lock, the wake-ups, and the snapshot stored for a resume after a
//! reload. Everything it keeps between wake-ups is in it (`Wiring`); the app
//! makes it as it starts and hands it out by context.
//!
//! Its outputs run while the player is on screen (`attach` to `detach`);
//! the session itself (its timestamps) carries on meanwhile.

mod clock;
mod effects;
mod sound;

use crate::platform::media_session::{self, Action};
use crate::platform::{audio, audio_session, media, page, speech, wake_lock};
use crate::runtime::store::Store;
use crate::runtime::words::Words;
use crate::session::driver::{Command, Driver, Outputs, Remote, TrackNews};
use crate::session::engine::{Engine, Moment};
use crate::session::event::SessionEvent;
use crate::session::routine::Routine;
use crate::storage::schema::ActiveSession;
use clock::SessionClock;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use sound::Sounds;

/// Time between the Start tap and the session's first instant. Long enough
/// for a new audio output's clock pairing to settle and be seen steady
/// (three readings 50 ms apart, after the first buffers), so even the first
/// cue sounds on the trusted pairing; short enough to feel immediate.
const START_LEAD_MS: f64 = 400.0;

/// A session running in this page.
pub struct Live {
    pub routine: Routine,
    driver: Driver,
    /// Wall-clock ms when it began: its habit day.
    started_wall: f64,
    /// Session time at the last wake-up: what the screen shows.
    pub now: f64,
    /// For the screen reader's live region.
    pub message: String,
    pub track_failed: bool,
    /// Set when it has ended and been recorded.
    pub summary: Option<SessionEvent>,
    /// Whether the player is on screen (outputs running).
    attached: bool,
}

impl Live {
    pub fn moment(&self) -> Moment {
        self.driver.moment(self.now)
    }
}

/// The owner of the session running in this page (one at a time): a handle
/// screens read `live` through and send commands to. Taps that start a
/// session come from many screens; each takes the handle from context as
/// it is set up (`use_session`).
#[derive(Clone, Copy)]
pub struct Session {
    live: RwSignal<Option<Live>>,
    wiring: StoredValue<Wiring, LocalStorage>,
    store: Store,
    /// The words the session's lines, voice and lock screen are said in.
    words: Words,
}

/// What only the owner touches between wake-ups.
#[derive(Default)]
struct Wiring {
    /// Replacing or dropping the handle cancels the wake-up it stands for.
    timer: Option<Timeout>,
    visibility: Option<page::VisibilityListener>,
    clock: SessionClock,
    sounds: Sounds,
}

/// The session's owner, from context (the app provides it as it starts).
pub fn use_session() -> Session {
    expect_context::<Session>()
}

impl Session {
    /// Makes the owner, once, as the app starts; the app provides it.
    pub fn open(store: Store, words: Words) -> Session {
        Session {
            live: RwSignal::new(None),
            wiring: StoredValue::new_local(Wiring::default()),
            store,
            words,
        }
    }

    /// The data the session records into.
    pub fn store(&self) -> Store {
        self.store
    }

    /// The session's time now, and whether it comes from the track.
    fn clock_now(&self) -> (f64, bool) {
        self.wiring
            .with_value(|w| (w.clock.now(), w.clock.on_track()))
    }

    /// Reads the live session (tracked, for views).
    pub fn with<T>(&self, f: impl FnOnce(Option<&Live>) -> T) -> T {
        self.live.with(|l| f(l.as_ref()))
    }

    /// True while a session is on screen and not over: the tab bar and
    /// the update banner stay out of its way.
    pub fn showing(&self) -> bool {
        self.live.with(|l| {
            l.as_ref()
                .is_some_and(|l| l.attached && l.summary.is_none())
        })
    }

    /// The live session's routine, untracked (it does not change).
    pub fn routine(&self) -> Option<Routine> {
        self.live
            .with_untracked(|l| l.as_ref().map(|l| l.routine.clone()))
    }

    pub fn is_live(&self) -> bool {
        self.live.with(Option::is_some)
    }

    /// Begins a routine now. Runs inside the tap, so the audio unlocks.
    pub fn start(&self, routine: Routine) {
        self.unlock_sound();
        // The session begins a moment after the tap, so its first cue can be
        // placed on the audio clock ahead of time like every other one.
        let t = crate::platform::clock::now_ms();
        let engine = Engine::start(&routine, t + START_LEAD_MS);
        let wall = crate::platform::clock::wall_ms();
        self.go_live(routine, engine, wall, t);
        self.save();
    }

    /// Resumes a session stored before a reload, from where it was paused.
    pub fn resume(&self, active: ActiveSession) {
        self.unlock_sound();
        let t = crate::platform::clock::now_ms();
        let mut engine = active.engine;
        engine.resume(t);
        self.go_live(active.routine, engine, active.started_at_wall_ms, t);
    }

    /// Ends a stored session without resuming it, recording what was done.
    pub fn end_stored(&self, active: ActiveSession) -> SessionEvent {
        let mut engine = active.engine;
        engine.finish_early(crate::platform::clock::now_ms());
        self.record(&active.routine, &engine, active.started_at_wall_ms)
    }

    fn go_live(&self, routine: Routine, engine: Engine, started_wall: f64, t: f64) {
        self.wiring.update_value(|w| w.clock.reset());
        self.live.set(Some(Live {
            routine,
            driver: Driver::new(engine, t),
            started_wall,
            now: t,
            message: String::new(),
            track_failed: false,
            summary: None,
            attached: false,
        }));
    }

    /// Inside the tap that starts or resumes a session: wakes the page's audio
    /// clock and, unless the person mixes with their music, the element that
    /// will play the session track (a moment of silence now lets it play the
    /// track later without another tap), and tells the phone how to share sound.
    fn unlock_sound(&self) {
        let (sound, mix) = self
            .store
            .data
            .with_untracked(|d| (d.settings.sound, d.settings.mix_with_music));
        audio_session::set_exclusive(!mix);
        audio::unlock();
        if sound && !mix {
            media::play_wav(&crate::session::track::render_wav(&[], 3_000.0));
        }
    }

    /// Whether the track is to be the session's clock and sound.
    fn use_track(&self) -> bool {
        self.store
            .data
            .with_untracked(|d| d.settings.sound && !d.settings.mix_with_music)
    }

    fn outputs(&self) -> Outputs {
        self.store.data.with_untracked(|d| Outputs {
            sound: d.settings.sound,
            vibration: d.settings.vibration,
            voice: d.settings.voice,
        })
    }

    /// The player is on screen: the outputs start.
    pub fn attach(self) {
        let use_track = self.use_track();
        let (t, _) = self.clock_now();
        let Some(fx) = self.drive(|l| {
            l.attached = true;
            l.driver.begin(use_track, t)
        }) else {
            return;
        };
        // The audio context starts running a moment after the tap (and again
        // after a call ends): lay the cues out then, not at the next redraw.
        audio::on_state_change(move || self.wake());
        let visibility = page::on_visibility_change(move || {
            let (t, on) = self.clock_now();
            let fx = if page::is_visible() {
                audio::resume_if_needed();
                self.drive(|l| l.driver.shown(t, on))
            } else {
                self.drive(|l| l.driver.hidden(t))
            };
            self.run(fx.unwrap_or_default());
        });
        self.wiring
            .update_value(|w| w.visibility = Some(visibility));
        if use_track {
            // What the track reports, and the lock screen's buttons, act like
            // the screen's own buttons.
            media::on_event(Box::new(move |ev| {
                let news = match ev {
                    media::Event::Paused => TrackNews::Paused,
                    media::Event::Ended => TrackNews::Ended,
                    media::Event::Failed => TrackNews::Failed,
                };
                let (t, on) = self.clock_now();
                let fx = self.drive(|l| l.attached.then(|| l.driver.track(news, t, on)));
                self.run(fx.flatten().unwrap_or_default());
            }));
            media_session::on_action(std::rc::Rc::new(move |a| {
                let remote = match a {
                    Action::Play => Remote::Play,
                    Action::Pause => Remote::Pause,
                    Action::Next => Remote::Next,
                    Action::Previous => Remote::Previous,
                };
                let c = self
                    .live
                    .with_untracked(|l| l.as_ref()?.driver.remote(remote));
                if let Some(c) = c {
                    self.command(c);
                }
            }));
        }
        self.run(fx);
    }

    /// The player leaves the screen: every output stops. A session that is
    /// over is let go.
    pub fn detach(self) {
        // The clock source stays (the session's time carries on); the rest
        // of what ran while on screen goes.
        self.wiring.update_value(|w| {
            w.timer = None;
            w.visibility = None;
            w.sounds.cancel_after(f64::NEG_INFINITY, &w.clock);
            w.clock.leave_track();
        });
        audio::clear_state_change();
        media_session::clear();
        speech::cancel();
        wake_lock::release();
        let over = self.live.try_update(|l| {
            if let Some(l) = l {
                l.attached = false;
            }
            l.as_ref().is_some_and(|l| l.summary.is_some())
        });
        if over == Some(true) {
            self.live.set(None);
        }
    }

    /// A tap on the player (or a lock-screen button).
    pub fn command(&self, c: Command) {
        audio::resume_if_needed();
        let (t, on) = self.clock_now();
        let fx = self.drive(|l| l.driver.command(c, t, on));
        self.run(fx.unwrap_or_default());
    }

    /// One wake-up.
    fn wake(&self) {
        page::bump_counter("__quadsWakeups");
        let (t, on) = self.clock_now();
        let outputs = self.outputs();
        let fx = self.drive(|l| {
            l.now = t;
            let routine = &l.routine;
            l.driver.wake(t, on, outputs, routine)
        });
        self.run(fx.unwrap_or_default());
    }

    /// Changes the live session (untouched when there is none) and returns
    /// what `f` says; views hear of the change.
    fn drive<T>(&self, f: impl FnOnce(&mut Live) -> T) -> Option<T> {
        self.live.try_update(|l| l.as_mut().map(f)).flatten()
    }

    /// Stores where the session stands (nothing once it is over).
    fn save(&self) {
        let (t, _) = self.clock_now();
        let active = self.live.with_untracked(|l| {
            let l = l.as_ref()?;
            Some(ActiveSession {
                routine: l.routine.clone(),
                engine: l.driver.snapshot(t)?,
                started_at_wall_ms: l.started_wall,
            })
        });
        if active.is_some() {
            self.store.update(|d| d.active = active);
        }
    }

    fn wake_in(&self, ms: f64) {
        let me = *self;
        let timer = Timeout::new(ms.max(0.0) as u32, move || me.wake());
        self.wiring.update_value(|w| w.timer = Some(timer));
    }
}
