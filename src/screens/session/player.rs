//! The hold-session screen: it shows what the session runtime
//! (`runtime::session`) says and hands it the taps. While it is on screen
//! the runtime's outputs run (sound, voice, vibration, the wake lock).

use crate::habit::calendar::day_arg;
use crate::number_text::one_decimal;
use crate::platform::{clock, page};
use crate::route::Route;
use crate::runtime::session::{use_session, Live};
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use crate::session::driver::Command;
use crate::session::engine::{Moment, Status};
use crate::session::event::SessionEvent;
use crate::session::spot_guide::{figure_alt, figure_src, guide, Part};
use crate::session::timeline::PhaseKind;
use crate::session::words::{clock_text, kind_name, phase_title, spot_line};
use crate::shell::navigate;
use crate::storage::schema::ActiveSession;
use crate::words::catalogue::{Arg, DayForm};
use leptos::prelude::*;

#[component]
pub fn Player() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let session = use_session();
    // Changes when a session goes live or ends, not at every redraw.
    let live = Memo::new(move |_| session.is_live());
    move || {
        if live.get() {
            return view! { <Running/> }.into_any();
        }
        match store.data.with_untracked(|d| d.active.clone()) {
            Some(active) => view! { <ResumeOffer active=active/> }.into_any(),
            None => view! {
                <section class="screen">
                    <h1 tabindex="-1">{w.t("player-none")}</h1>
                    <p>{w.t("player-none-why")}</p>
                    <a class="btn primary" href="#/routines">{w.t("player-routines")}</a>
                </section>
            }
            .into_any(),
        }
    }
}

#[component]
fn ResumeOffer(active: ActiveSession) -> impl IntoView {
    let session = use_session();
    let w = use_words();
    let v = active.engine.view(clock::now_ms());
    let where_ = v
        .phase
        .as_ref()
        .map(|p| {
            format!(
                "{} · {}",
                w.say(&phase_title(p)),
                w.say(&spot_line(p, &active.routine))
            )
        })
        .unwrap_or_default();
    let left = clock_text(v.remaining_ms);
    let name = w.routine_name(&active.routine);
    let to_resume = active.clone();
    view! {
        <section class="screen resume-offer">
            <h1 tabindex="-1">{w.t("player-resume-title")}</h1>
            <p>{w.t_with("player-interrupted", &[("name", Arg::Text(name))])}</p>
            <p class="card"><strong>{where_}</strong><br/>{w.t_with("player-left-in-part", &[("time", Arg::Text(left))])}</p>
            <button class="btn primary big" on:click=move |_| session.resume(to_resume.clone())>{w.t("player-resume")}</button>
            <button class="btn" on:click=move |_| {
                session.end_stored(active.clone());
                navigate(&Route::Habit);
            }>{w.t("player-end-stored")}</button>
        </section>
    }
}

#[component]
fn Running() -> impl IntoView {
    let session = use_session();
    let w = use_words();
    let confirm_end = RwSignal::new(false);
    let routine = StoredValue::new(session.routine().expect("the player runs a live session"));
    session.attach();
    on_cleanup(move || session.detach());
    let command = move |c: Command| session.command(c);
    let summary = Memo::new(move |_| session.with(|l| l.and_then(|l| l.summary.clone())));
    // Memos: the live region is set only when its words change (setting
    // the same words again can make a screen reader say them again).
    let message =
        Memo::new(move |_| session.with(|l| l.map(|l| l.message.clone()).unwrap_or_default()));
    let track_failed = Memo::new(move |_| session.with(|l| l.is_some_and(|l| l.track_failed)));
    let now = move || session.with(|l| l.map_or(0.0, |l| l.now));
    let view_now = Memo::new(move |_| session.with(|l| l.map(Live::moment)).unwrap_or_else(ended));
    // The muscle being got into position for, if any: changes a few times a
    // session, so the figure is not rebuilt on every second's redraw.
    let positioning = {
        let rv = routine.get_value();
        Memo::new(move |_| {
            view_now
                .get()
                .phase
                .filter(|p| matches!(p.kind, PhaseKind::Prepare | PhaseKind::Switch))
                .and_then(|p| rv.steps.get(p.step).map(|s| (s.muscle, p.side)))
        })
    };
    let rv = routine.get_value();
    let r_title = w.routine_name(&rv);
    let progress = move || {
        let v = view_now.get();
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
            <p class="sr-live visually-hidden" aria-live="assertive" aria-atomic="true">{move || message.get()}</p>
            {move || match summary.get() {
                Some(ev) => view! { <Summary ev=ev/> }.into_any(),
                None => {
                    let shown = routine.get_value();
                    view! {
                        <div class="player-main"
                            data-phase-index=move || view_now.get().index.to_string()
                            data-phase-kind=move || view_now.get().phase.map(|p| kind_name(p.kind)).unwrap_or_default()
                            data-status=move || match view_now.get().status { Status::Running => "running", Status::Paused => "paused", Status::Finished => "finished" }
                            data-remaining-ms=move || one_decimal(view_now.get().remaining_ms)
                            data-rendered-at=move || one_decimal(now() - page::time_origin_ms())>
                            <p class="routine-name">{r_title.clone()}</p>
                            <Show when=move || track_failed.get()>
                                <p class="notice" role="status">{w.t("player-track-failed")}</p>
                            </Show>
                            <div class="ring-wrap">
                                <svg class="ring" viewBox="0 0 200 200" aria-hidden="true">
                                    <circle class="ring-track" cx="100" cy="100" r="88"/>
                                    <circle class="ring-fill" class:hold=move || view_now.get().phase.is_some_and(|p| p.kind == PhaseKind::Hold)
                                        cx="100" cy="100" r="88" stroke-dasharray=one_decimal(circ)
                                        stroke-dashoffset=move || one_decimal(circ * (1.0 - progress())) transform="rotate(-90 100 100)"/>
                                </svg>
                                <div class="ring-center">
                                    <span class="countdown" role="timer" aria-label=w.t("player-time-left")>{move || clock_text(view_now.get().remaining_ms)}</span>
                                    <span class="phase">{move || view_now.get().phase.map(|p| w.say(&phase_title(&p))).unwrap_or_default()}</span>
                                </div>
                            </div>
                            <p class="spot">{
                                let r = shown.clone();
                                move || view_now.get().phase.map(|p| w.say(&spot_line(&p, &r))).unwrap_or_default()
                            }</p>
                            <p class="next">{
                                let r = shown.clone();
                                move || match view_now.get().next {
                                    Some(n) => w.t_with("player-next", &[("title", phase_title(&n).said()), ("line", spot_line(&n, &r).said())]),
                                    None => w.t("player-last"),
                                }
                            }</p>

                            <div class="controls">
                                <button class="btn ctl" on:click=move |_| command(Command::Back)>{icon("M11 6 5 12l6 6M19 6l-6 6 6 6")}{w.t("player-back")}</button>
                                {move || if view_now.get().status == Status::Paused {
                                    view! { <button class="btn ctl primary main-ctl" on:click=move |_| command(Command::Resume)>{icon("M7 5v14l12-7z")}{w.t("player-resume-button")}</button> }.into_any()
                                } else {
                                    view! { <button class="btn ctl primary main-ctl" on:click=move |_| command(Command::Pause)>{icon("M8 5v14M16 5v14")}{w.t("player-pause")}</button> }.into_any()
                                }}
                                <button class="btn ctl" on:click=move |_| command(Command::Skip)>{icon("M5 6l6 6-6 6M13 6l6 6-6 6")}{w.t("player-skip")}</button>
                                <button class="btn ctl" on:click=move |_| command(Command::AddTime)>{icon("M12 5v14M5 12h14")}{w.t("player-add-time")}</button>
                            </div>
                            // While getting into position: where the spot is, without leaving the
                            // session; below the controls, so Pause and Skip never move.
                            {move || positioning.get().map(|(m, side)| view! {
                                <figure class="player-figure">
                                    <img class="spot-figure" src=figure_src(m, side) alt=w.say(&figure_alt(m, side)) width="240" height="262"/>
                                    <figcaption>{w.say(&guide(m, Part::Place))}</figcaption>
                                </figure>
                            })}
                            <Show when=move || !confirm_end.get() fallback=move || view! {
                                <div class="confirm" role="group" aria-label=w.t("player-end-group")>
                                    <span>{w.t("player-end-question")}</span>
                                    <button class="btn danger" on:click=move |_| { confirm_end.set(false); command(Command::End); }>{w.t("player-end")}</button>
                                    <button class="btn" on:click=move |_| confirm_end.set(false)>{w.t("player-keep-going")}</button>
                                </div>
                            }>
                                <button class="btn end" on:click=move |_| confirm_end.set(true)>{w.t("player-end-ask")}</button>
                            </Show>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// What is shown in the instant the session is let go.
fn ended() -> Moment {
    Moment {
        status: Status::Finished,
        index: 0,
        phase: None,
        elapsed_ms: 0.0,
        duration_ms: 0,
        remaining_ms: 0.0,
        next: None,
    }
}

fn icon(d: &'static str) -> impl IntoView {
    view! { <svg class="ctl-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=d/></svg> }
}

#[component]
fn Summary(ev: SessionEvent) -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let day = ev.day;
    let mins = ev.held_s / 60;
    let secs = ev.held_s % 60;
    let usual = ev.routine_id.clone();
    view! {
        <div class="summary">
            <h2>{w.t(if ev.completed { "player-done" } else { "player-ended" })}</h2>
            <dl class="stats">
                <div><dt>{w.t("player-time-held")}</dt><dd>{format!("{mins}:{secs:02}")}</dd></div>
                <div><dt>{w.t("player-spots")}</dt><dd>{ev.spots_done}</dd></div>
                <div><dt>{w.t("player-sides")}</dt><dd>{ev.sides}</dd></div>
            </dl>
            <p>{w.t_with("player-counted", &[("day", day_arg(day, DayForm::Full))])}</p>
            <crate::shell::rating::RatingForm day=day intro=w.t("player-feel-now")/>
            <div class="row">
                <a class="btn" href="#/habit">{w.t("player-see-habit")}</a>
                <a class="btn" href="#/">{w.t("player-home")}</a>
                // A routine made by the triage and not saved has no id to offer.
                {(!usual.is_empty() && usual != crate::ids::COMPOSED).then(|| {
                    let u = usual.clone();
                    view! { <button class="btn" on:click=move |_| { let u = u.clone(); store.update(|d| d.settings.usual_routine = u); }>{w.t("player-make-usual")}</button> }
                })}
            </div>
        </div>
    }
}
