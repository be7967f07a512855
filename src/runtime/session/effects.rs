//! Carrying out the driver's decisions with the browser, in order. Each
//! browser output is on its own, so that a call that throws costs that
//! output once and never the session.

use super::Session;
use crate::platform::{feature, media, media_session, speech, vibration, wake_lock};
use crate::session::cue::vibration_pattern;
use crate::session::driver::Effect;
use crate::session::engine::{Engine, Status};
use crate::session::event::SessionEvent;
use crate::session::routine::Routine;
use leptos::prelude::*;

impl Session {
    /// A copy of the live engine, for an output to work from.
    fn engine(&self) -> Option<Engine> {
        self.live
            .with_untracked(|l| l.as_ref().map(|l| l.driver.engine().clone()))
    }

    pub(super) fn run(&self, effects: Vec<Effect>) {
        for fx in effects {
            match fx {
                Effect::SyncCues { not_before } => {
                    let Some(engine) = self.engine() else {
                        continue;
                    };
                    let ((t, _), sound_on) = (self.clock_now(), self.outputs().sound);
                    let running = engine.status == Status::Running;
                    let settling = std::rc::Rc::new(std::cell::Cell::new(false));
                    let s = settling.clone();
                    let wiring = self.wiring;
                    feature::guard(
                        "cue sounds",
                        Box::new(move || {
                            wiring.update_value(|w| {
                                s.set(w.sounds.sync(&engine, t, not_before, sound_on, &w.clock))
                            })
                        }),
                    );
                    if settling.get() && running {
                        // Look again soon, to move the first cues once the
                        // audio clock's pairing has settled.
                        self.wake_in(50.0);
                    }
                }
                Effect::CancelCuesAfter(t) => self
                    .wiring
                    .update_value(|w| w.sounds.cancel_after(t, &w.clock)),
                Effect::RelayoutCues => self
                    .wiring
                    .update_value(|w| w.sounds.relayout_after_hidden(&w.clock)),
                Effect::PlayTrack => {
                    if let Some(engine) = self.engine() {
                        self.wiring.update_value(|w| {
                            let now = w.clock.now();
                            w.clock.play_from(&engine, now);
                        });
                    }
                }
                Effect::PauseTrack => media::pause(),
                Effect::LeaveTrack => {
                    self.wiring.update_value(|w| w.clock.leave_track());
                    media_session::clear();
                }
                Effect::LockScreen(step) => {
                    let words = self.words;
                    let title = self
                        .live
                        .with_untracked(|l| l.as_ref().map(|l| words.routine_name(&l.routine)))
                        .unwrap_or_default();
                    let step = words.say(&step);
                    feature::guard(
                        "lock screen",
                        Box::new(move || {
                            media_session::show(&title, &step);
                            media_session::position(
                                media::duration_ms().unwrap_or(0.0),
                                media::position_ms().unwrap_or(0.0),
                                media::is_playing(),
                            );
                        }),
                    );
                }
                Effect::Vibrate(kind) => {
                    feature::guard(
                        "vibration",
                        Box::new(move || vibration::vibrate(vibration_pattern(kind))),
                    );
                }
                Effect::Speak(m) => {
                    let words = self.words.say(&m);
                    feature::guard("voice", Box::new(move || speech::speak(&words)));
                }
                Effect::Announce(m) => {
                    let words = m.map(|m| self.words.say(&m)).unwrap_or_default();
                    self.drive(|l| l.message = words);
                }
                Effect::Save => self.save(),
                Effect::Record => {
                    let ev = self.live.with_untracked(|l| {
                        l.as_ref()
                            .map(|l| self.record(&l.routine, l.driver.engine(), l.started_wall))
                    });
                    self.drive(|l| l.summary = ev);
                }
                Effect::KeepAwake(true) => {
                    leptos::task::spawn_local(async {
                        wake_lock::acquire().await;
                    });
                }
                Effect::KeepAwake(false) => wake_lock::release(),
                Effect::WakeIn(ms) => self.wake_in(ms),
                Effect::StopWaking => self.wiring.update_value(|w| w.timer = None),
                Effect::WakeNow => self.wake(),
                Effect::TrackFailed => {
                    self.drive(|l| l.track_failed = true);
                }
            }
        }
    }

    /// Records the session event (once: its id derives from the start instant)
    /// and clears the resume record.
    pub(super) fn record(
        &self,
        routine: &Routine,
        engine: &Engine,
        started_wall: f64,
    ) -> SessionEvent {
        let store = self.store;
        let day_start = store.data.with_untracked(|d| d.settings.day_start_min);
        let event = SessionEvent::of(
            routine,
            engine,
            started_wall,
            crate::runtime::day::habit_day(started_wall, day_start),
        );
        let recorded = event.clone();
        store.update(move |d| d.record_session(recorded));
        // The person now has history worth keeping: a sensible moment to ask.
        leptos::task::spawn_local(async {
            let _ = crate::platform::local_store::request_persist().await;
        });
        event
    }
}
