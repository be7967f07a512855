//! The hold-session screen. The engine decides where the session is at a
//! given time; `clock_source` says what time it is (the session track's
//! position while it plays); `cue_output` sounds cues on the page's audio
//! clock when there is no track. This view wakes about once a second to
//! redraw, speaks and vibrates, and hands taps and lock-screen buttons to
//! the engine.

use crate::number_text::one_decimal;
use crate::platform::media_session::{self, Action};
use crate::platform::{audio, clock, feature, media, page, speech, vibration, wake_lock};
use crate::route::Route;
use crate::runtime::store::{use_store, Store};
use crate::runtime::{clock_source, cue_output};
use crate::session::engine::{Engine, Status};
use crate::session::event::SessionEvent;
use crate::session::routine::Routine;
use crate::session::spot_guide::{figure_alt, figure_src, guide};
use crate::session::timeline::PhaseKind;
use crate::session::words::{
    clock_text, kind_name, live_text, lock_screen_step, phase_title, spoken, spot_line,
};
use crate::shell::routines;
use crate::shell::{navigate, use_shell};
use crate::storage::schema::ActiveSession;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;

fn count_wakeup() {
    page::bump_counter("__quadsWakeups");
}

#[component]
pub fn Player() -> impl IntoView {
    let store = use_store();
    // Bumped when a resumed session goes live, to swap the offer for the player.
    let generation = RwSignal::new(0u32);
    move || {
        generation.track();
        let live = routines::live();
        let stored = store.data.with_untracked(|d| d.active.clone());
        player_for(live, stored, generation)
    }
}

fn player_for(
    live: Option<(Routine, Engine)>,
    stored: Option<ActiveSession>,
    generation: RwSignal<u32>,
) -> AnyView {
    match (live, stored) {
        (Some((routine, engine)), _) => {
            view! { <Running routine=routine engine=engine/> }.into_any()
        }
        (None, Some(active)) => {
            view! { <ResumeOffer active=active generation=generation/> }.into_any()
        }
        (None, None) => view! {
            <section class="screen">
                <h1 tabindex="-1">"No session running"</h1>
                <p>"Pick a routine to start one."</p>
                <a class="btn primary" href="#/routines">"Routines"</a>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn ResumeOffer(active: ActiveSession, generation: RwSignal<u32>) -> impl IntoView {
    let store = use_store();
    let now = clock::now_ms();
    let v = active.engine.view(now);
    let where_ = v
        .phase
        .as_ref()
        .map(|p| format!("{} · {}", phase_title(p), spot_line(p, &active.routine)))
        .unwrap_or_default();
    let left = clock_text(v.remaining_ms);
    let to_resume = active.clone();
    view! {
        <section class="screen resume-offer">
            <h1 tabindex="-1">"Resume your session?"</h1>
            <p>{active.routine.name.clone()} " was interrupted."</p>
            <p class="card"><strong>{where_}</strong><br/>{left} " left in this part"</p>
            <button class="btn primary big" on:click=move |_| {
                routines::unlock_sound(store);
                let mut e = to_resume.engine.clone();
                e.resume(clock::now_ms());
                routines::go_live(to_resume.routine.clone(), e);
                generation.update(|g| *g += 1);
            }>"Resume where I was"</button>
            <button class="btn" on:click=move |_| {
                finish_and_record(store, &active.routine, &{ let mut e = active.engine.clone(); e.finish_early(clock::now_ms()); e }, active.started_at_wall_ms);
                navigate(&Route::Habit);
            }>"End it and save what I did"</button>
        </section>
    }
}

/// Records the session event (once: its id derives from the start instant)
/// and clears the resume record.
fn finish_and_record(
    store: Store,
    routine: &Routine,
    engine: &Engine,
    started_wall: f64,
) -> SessionEvent {
    let day_start = store.data.with_untracked(|d| d.settings.day_start_min);
    let event = SessionEvent::of(
        routine,
        engine,
        started_wall,
        crate::runtime::day::habit_day(started_wall, day_start),
    );
    let recorded = event.clone();
    store.update(move |d| d.record_session(recorded));
    routines::end_live();
    // The user now has history worth keeping: a sensible moment to ask.
    leptos::task::spawn_local(async {
        let _ = crate::platform::local_store::request_persist().await;
    });
    event
}

#[component]
fn Running(routine: Routine, engine: Engine) -> impl IntoView {
    let store = use_store();
    let shell = use_shell();
    let owner = clock_source::take();
    // One cue path at a time: the track, or the page's audio clock when the
    // person mixes with their music (or the track cannot play).
    let use_track = store
        .data
        .with_untracked(|d| d.settings.sound && !d.settings.mix_with_music);
    let track_failed = RwSignal::new(false);
    let retried = StoredValue::new(false);
    let engine = RwSignal::new(engine);
    let now = RwSignal::new(clock_source::now());
    let live_msg = RwSignal::new(String::new());
    let summary = RwSignal::new(None::<SessionEvent>);
    let confirm_end = RwSignal::new(false);
    // Replacing or dropping the handle cancels the wake-up it stands for.
    let timer = StoredValue::new_local(None::<Timeout>);
    let last_phase = StoredValue::new(usize::MAX);
    let last_tick = StoredValue::new(clock_source::now());
    let started_wall = store
        .data
        .with_untracked(|d| d.active.as_ref().map(|a| a.started_at_wall_ms))
        .unwrap_or_else(clock::wall_ms);
    let routine = StoredValue::new(routine);
    shell.session_running.set(true);
    // Whatever an earlier session left queued is not this one's to play.
    cue_output::cancel(|_| true);

    let save_snapshot = move || {
        let t = clock_source::now();
        let e = engine.get_untracked();
        if e.status != Status::Finished {
            let r = routine.get_value();
            store.update(|d| {
                d.active = Some(ActiveSession {
                    routine: r,
                    engine: e.snapshot(t),
                    started_at_wall_ms: started_wall,
                })
            });
        }
    };

    // One wake-up: read the clock, advance, set the next wake-up, then the
    // outputs (sound, vibration, voice), each on its own so that a browser
    // call that throws costs that output once and never the session.
    // The tick re-arms itself, so it is reached through a shared cell.
    type Tick = std::rc::Rc<RefCell<Option<Box<dyn Fn()>>>>;
    let tick: Tick = std::rc::Rc::new(RefCell::new(None));
    let tick_ref = tick.clone();
    let wake_in = move |ms: f64| {
        let again = tick_ref.clone();
        timer.set_value(Some(Timeout::new(ms.max(0.0) as u32, move || {
            if let Some(f) = again.borrow().as_ref() {
                f()
            }
        })));
    };
    *tick.borrow_mut() = Some(Box::new(move || {
        count_wakeup();
        let t = clock_source::now();
        let prev = last_tick.get_value();
        last_tick.set_value(t);
        engine.update(|e| e.advance(t));
        now.set(t);
        let e = engine.get_untracked();
        let v = e.view(t);
        if v.status == Status::Running {
            // Next redraw: when the shown second changes.
            let into = v.remaining_ms % 1000.0;
            wake_in(if into < 5.0 { 1000.0 } else { into + 5.0 });
        } else {
            // Paused or done: nothing changes until a tap.
            timer.set_value(None);
        }
        let s = store.data.with_untracked(|d| d.settings.clone());
        let settling = std::rc::Rc::new(std::cell::Cell::new(false));
        if !clock_source::on_track() {
            let (e, settling, sound) = (e.clone(), settling.clone(), s.sound);
            feature::guard(
                "cue sounds",
                Box::new(move || settling.set(cue_output::sync(&e, t, sound))),
            );
        }
        if settling.get() && v.status == Status::Running {
            // Look again soon, to move the first cues once the audio
            // clock's pairing has settled (see `session::audio_clock`).
            wake_in(50.0);
        }
        // Vibrate for the latest cue that fell due since the last wake-up,
        // unless it is stale.
        if s.vibration {
            let due = e
                .upcoming_cues(prev)
                .into_iter()
                .rev()
                .find(|c| c.at > prev && c.at <= t && t - c.at < 1_500.0);
            if let Some(c) = due {
                feature::guard(
                    "vibration",
                    Box::new(move || {
                        vibration::vibrate(crate::session::cue::vibration_pattern(c.kind))
                    }),
                );
            }
        }
        let r = routine.get_value();
        if v.index != last_phase.get_value() || v.status == Status::Finished {
            let fresh = v.elapsed_ms < 2_500.0;
            last_phase.set_value(v.index);
            live_msg.set(live_text(&v, &r));
            if clock_source::on_track() {
                let step = v
                    .phase
                    .as_ref()
                    .map(|p| lock_screen_step(p, &r))
                    .unwrap_or_default();
                let title = r.name.clone();
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
            if s.voice && fresh {
                if let Some(words) = spoken(&v, &r) {
                    feature::guard("voice", Box::new(move || speech::speak(&words)));
                }
            }
            if v.status != Status::Finished {
                save_snapshot();
            }
        } else if v.status == Status::Running
            && v.phase.as_ref().is_some_and(|p| p.kind == PhaseKind::Hold)
        {
            let left = (v.remaining_ms / 1000.0).ceil() as i64;
            if left == 10 {
                live_msg.set("10 seconds left.".into());
            }
        }
        if v.status == Status::Finished {
            wake_lock::release();
            if summary.get_untracked().is_none() {
                summary.set(Some(finish_and_record(store, &r, &e, started_wall)));
                shell.session_running.set(false);
            }
        }
    }));
    let run = {
        let tick = tick.clone();
        move || {
            if let Some(f) = tick.borrow().as_ref() {
                f()
            }
        }
    };
    let run = StoredValue::new_local(run);
    // The audio context starts running a moment after the tap (and again
    // after a call ends): lay the cues out then, not at the next redraw.
    audio::on_state_change(move || {
        run.try_with_value(|r| r());
    });

    // Commands: apply to the engine at this instant, then wake up at once.
    let command = move |f: fn(&mut Engine, f64)| {
        audio::resume_if_needed();
        let t = clock_source::now();
        engine.update(|e| f(e, t));
        routines::update_live(&engine.get_untracked());
        // The plan moved: cancel what is queued and lay it out again, or
        // render the track again from here.
        cue_output::cancel(|at| at > t);
        if clock_source::on_track() {
            let e = engine.get_untracked();
            match e.status {
                Status::Running => {
                    clock_source::play_from(&e, t);
                }
                Status::Paused => media::pause(),
                // Ended from the screen (or skipped past the end): the rest
                // of the track is not this session's any more.
                Status::Finished => {
                    clock_source::leave_track();
                    media_session::clear();
                }
            }
        }
        last_phase.set_value(usize::MAX);
        run.with_value(|r| r());
        save_snapshot();
    };

    // Back from the background: the display and the cue schedule are
    // corrected at once; cues that fell due while hidden are dropped, not
    // played in a burst.
    let on_visible = page::on_visibility_change(move || {
        if page::is_visible() {
            audio::resume_if_needed();
            let t = clock_source::now();
            if !clock_source::on_track() {
                cue_output::relayout_after_hidden(t);
            }
            last_tick.set_value(t);
            run.with_value(|r| r());
            if engine.with_untracked(|e| e.status != Status::Finished) {
                leptos::task::spawn_local(async {
                    wake_lock::acquire().await;
                });
            }
        } else {
            save_snapshot();
        }
    });
    let on_visible = StoredValue::new_local(Some(on_visible));
    let tick_for_cleanup = StoredValue::new_local(tick.clone());
    on_cleanup(move || {
        timer.try_update_value(|t| t.take());
        audio::clear_state_change();
        // The tick closure refers to itself (to schedule the next wake-up);
        // drop it so the cycle does not outlive the screen.
        tick_for_cleanup.try_with_value(|t| t.borrow_mut().take());
        // Dropping the listener unhooks it.
        on_visible.try_update_value(|l| l.take());
        cue_output::cancel(|_| true);
        if clock_source::release(owner) {
            media_session::clear();
        }
        speech::cancel();
        wake_lock::release();
        shell.session_running.set(false);
    });

    if use_track {
        // What the track reports, and the lock screen's buttons, act like
        // the screen's own buttons.
        media::on_event(Box::new(move |ev| match ev {
            media::Event::Paused => {
                if engine.with_untracked(|e| e.status == Status::Running) {
                    command(|e, t| e.pause(t));
                }
            }
            // (The moment of silence that unlocked the element ends too.)
            media::Event::Ended if clock_source::on_track() => {
                clock_source::leave_track();
                media_session::clear();
                run.try_with_value(|r| r());
            }
            media::Event::Ended => {}
            // One more try first: a media pipeline can fail once as it
            // starts. Then the audio clock, said once on screen.
            media::Event::Failed
                if !retried.get_value()
                    && engine.with_untracked(|e| e.status == Status::Running) =>
            {
                retried.set_value(true);
                clock_source::play_from(&engine.get_untracked(), clock_source::now());
            }
            media::Event::Failed => {
                clock_source::leave_track();
                media_session::clear();
                track_failed.set(true);
                last_phase.set_value(usize::MAX);
                run.try_with_value(|r| r());
            }
        }));
        media_session::on_action(std::rc::Rc::new(move |a| match a {
            Action::Play => {
                if engine.with_untracked(|e| e.status == Status::Paused) {
                    command(|e, t| e.resume(t));
                }
            }
            Action::Pause => {
                if engine.with_untracked(|e| e.status == Status::Running) {
                    command(|e, t| e.pause(t));
                }
            }
            Action::Next => command(|e, t| e.skip(t)),
            Action::Previous => command(|e, t| e.back(t)),
        }));
        let e = engine.get_untracked();
        if e.status == Status::Running {
            clock_source::play_from(&e, clock_source::now());
        }
    }
    leptos::task::spawn_local(async {
        wake_lock::acquire().await;
    });
    run.with_value(|r| r());

    let view_now = move || engine.with(|e| e.view(now.get()));
    // The muscle being got into position for, if any: changes a few times a
    // session, so the figure is not rebuilt on every second's redraw.
    let positioning = {
        let rv = routine.get_value();
        Memo::new(move |_| {
            view_now()
                .phase
                .filter(|p| matches!(p.kind, PhaseKind::Prepare | PhaseKind::Switch))
                .and_then(|p| rv.steps.get(p.step).map(|s| (s.muscle, p.side)))
        })
    };
    let rv = routine.get_value();
    let r_title = rv.name.clone();
    let progress = move || {
        let v = view_now();
        if v.duration_ms == 0 {
            0.0
        } else {
            v.elapsed_ms / f64::from(v.duration_ms)
        }
    };
    // The ring radius; the circles below say r="88" as text.
    const R: f64 = 88.0;
    let circ = 2.0 * std::f64::consts::PI * R;

    view! {
        <section class="player" aria-labelledby="player-title">
            <h1 id="player-title" tabindex="-1" class="visually-hidden">{r_title.clone()}</h1>
            <p class="sr-live visually-hidden" aria-live="assertive" aria-atomic="true">{move || live_msg.get()}</p>
            {move || match summary.get() {
                Some(ev) => view! { <Summary ev=ev/> }.into_any(),
                None => {
                    let shown = routine.get_value();
                    view! {
                        <div class="player-main"
                            data-phase-index=move || view_now().index.to_string()
                            data-phase-kind=move || view_now().phase.map(|p| kind_name(p.kind)).unwrap_or_default()
                            data-status=move || match view_now().status { Status::Running => "running", Status::Paused => "paused", Status::Finished => "finished" }
                            data-remaining-ms=move || one_decimal(view_now().remaining_ms)
                            data-rendered-at=move || one_decimal(now.get() - page::time_origin_ms())>
                            <p class="routine-name">{r_title.clone()}</p>
                            <Show when=move || track_failed.get()>
                                <p class="notice" role="status">"The sound track could not start here, so the cues play from the page: keep the screen on."</p>
                            </Show>
                            <div class="ring-wrap">
                                <svg class="ring" viewBox="0 0 200 200" aria-hidden="true">
                                    <circle class="ring-track" cx="100" cy="100" r="88"/>
                                    <circle class="ring-fill" class:hold=move || view_now().phase.is_some_and(|p| p.kind == PhaseKind::Hold)
                                        cx="100" cy="100" r="88" stroke-dasharray=one_decimal(circ)
                                        stroke-dashoffset=move || one_decimal(circ * (1.0 - progress())) transform="rotate(-90 100 100)"/>
                                </svg>
                                <div class="ring-center">
                                    <span class="countdown" role="timer" aria-label="Time left in this part">{move || clock_text(view_now().remaining_ms)}</span>
                                    <span class="phase">{move || view_now().phase.map(|p| phase_title(&p)).unwrap_or_default()}</span>
                                </div>
                            </div>
                            <p class="spot">{
                                let r = shown.clone();
                                move || view_now().phase.map(|p| spot_line(&p, &r)).unwrap_or_default()
                            }</p>
                            <p class="next">{
                                let r = shown.clone();
                                move || match view_now().next { Some(n) => format!("Next: {} · {}", phase_title(&n), spot_line(&n, &r)), None => "Last one".into() }
                            }</p>

                            <div class="controls">
                                <button class="btn ctl" on:click=move |_| command(|e, t| e.back(t))>{icon("M11 6 5 12l6 6M19 6l-6 6 6 6")}"Back"</button>
                                {move || if view_now().status == Status::Paused {
                                    view! { <button class="btn ctl primary main-ctl" on:click=move |_| command(|e, t| e.resume(t))>{icon("M7 5v14l12-7z")}"Resume"</button> }.into_any()
                                } else {
                                    view! { <button class="btn ctl primary main-ctl" on:click=move |_| command(|e, t| e.pause(t))>{icon("M8 5v14M16 5v14")}"Pause"</button> }.into_any()
                                }}
                                <button class="btn ctl" on:click=move |_| command(|e, t| e.skip(t))>{icon("M5 6l6 6-6 6M13 6l6 6-6 6")}"Skip"</button>
                                <button class="btn ctl" on:click=move |_| command(|e, t| e.add_time(t))>{icon("M12 5v14M5 12h14")}"15 s"</button>
                            </div>
                            // While getting into position: where the spot is, without leaving the
                            // session; below the controls, so Pause and Skip never move.
                            {move || positioning.get().map(|(m, side)| view! {
                                <figure class="player-figure">
                                    <img class="spot-figure" src=figure_src(m, side) alt=figure_alt(m, side) width="240" height="262"/>
                                    <figcaption>{guide(m).placing}</figcaption>
                                </figure>
                            })}
                            <Show when=move || !confirm_end.get() fallback=move || view! {
                                <div class="confirm" role="group" aria-label="End session">
                                    <span>"End now? What you held so far is saved."</span>
                                    <button class="btn danger" on:click=move |_| { confirm_end.set(false); command(|e, t| e.finish_early(t)); }>"End session"</button>
                                    <button class="btn" on:click=move |_| confirm_end.set(false)>"Keep going"</button>
                                </div>
                            }>
                                <button class="btn end" on:click=move |_| confirm_end.set(true)>"End session…"</button>
                            </Show>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}

fn icon(d: &'static str) -> impl IntoView {
    view! { <svg class="ctl-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=d/></svg> }
}

#[component]
fn Summary(ev: SessionEvent) -> impl IntoView {
    let store = use_store();
    let day = ev.day;
    let mins = ev.held_s / 60;
    let secs = ev.held_s % 60;
    let usual = ev.routine_id.clone();
    view! {
        <div class="summary">
            <h2>{if ev.completed { "Session done" } else { "Session ended" }}</h2>
            <dl class="stats">
                <div><dt>"Time held"</dt><dd>{format!("{mins}:{secs:02}")}</dd></div>
                <div><dt>"Spots"</dt><dd>{ev.spots_done}</dd></div>
                <div><dt>"Sides"</dt><dd>{ev.sides}</dd></div>
            </dl>
            <p>"Counted for " {day.to_string()} " in your habit."</p>
            <crate::shell::rating::RatingForm day=day intro="Optional: how do things feel now?"/>
            <div class="row">
                <a class="btn" href="#/habit">"See my habit"</a>
                <a class="btn" href="#/">"Home"</a>
                // A routine made by the triage and not saved has no id to offer.
                {(!usual.is_empty() && usual != crate::ids::COMPOSED).then(|| {
                    let u = usual.clone();
                    view! { <button class="btn" on:click=move |_| { let u = u.clone(); store.update(|d| d.settings.usual_routine = u); }>"Make this my usual routine"</button> }
                })}
            </div>
        </div>
    }
}
