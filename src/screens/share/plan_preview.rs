//! A plan someone sent: what it asks in plain words, their note, the
//! routine; then "Start this plan", asking first before it replaces a plan
//! or a target the person already has.

use super::routine_preview::routine_card;
use crate::habit::calendar::day_arg;
use crate::platform::clock;
use crate::route::Route;
use crate::runtime::store::{new_id, use_store};
use crate::share::plan::Plan;
use crate::shell::navigate;
use crate::shell::routines::save_arrival;
use crate::storage::arrival::Keep;
use crate::storage::following_plan::Opening;
use crate::words::catalogue::{Arg, DayForm, Message};
use leptos::prelude::*;

/// The sender's note: their words, as typed (never translated), shown as
/// text with its line breaks, under `caption`.
pub(super) fn note_view(note: &str, caption: String) -> Option<impl IntoView> {
    (!note.is_empty()).then(|| {
        view! {
            <figure class="plan-note">
                <figcaption>{caption}</figcaption>
                <blockquote>{note.to_string()}</blockquote>
            </figure>
        }
    })
}

pub(super) fn start_text(p: &Plan) -> Message {
    match p.start {
        Some(d) => Message::new("plan-start-day").with("day", day_arg(d, DayForm::Full)),
        None => Message::new("plan-start-any"),
    }
}

#[component]
pub fn PlanPreview(plan: Plan) -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let today = move || store.data.with_untracked(crate::runtime::day::habit_today);
    let p = StoredValue::new(plan.clone());
    let running = move || {
        store
            .data
            .with(|d| d.plan_opening(&p.get_value()) == Opening::AlreadyRunning)
    };
    let asking = RwSignal::new(false);
    let start = move || {
        let plan = p.get_value();
        store.update(|d| {
            d.start_plan(
                &plan,
                today(),
                clock::wall_ms(),
                new_id(crate::ids::ROUTINE),
            );
        });
        navigate(&Route::Home);
    };
    // What starting would replace, in words; empty when nothing is.
    let questions = move || {
        let plan = p.get_value();
        store.data.with_untracked(|d| {
            let mut q = Vec::new();
            if let Opening::Replaces {
                current,
                same_routine,
            } = d.plan_opening(&plan)
            {
                q.push(if same_routine {
                    w.t_with(
                        "plan-newer",
                        &[
                            ("routine", Arg::Text(w.routine_name(&plan.routine))),
                            ("made", day_arg(plan.made, DayForm::Full)),
                            ("current", day_arg(current.made, DayForm::Full)),
                        ],
                    )
                } else {
                    w.t_with(
                        "plan-replaces",
                        &[
                            ("routine", Arg::Text(w.routine_name(&current.routine))),
                            ("plan", current.said().said()),
                        ],
                    )
                });
            }
            if let Some(own) = d.target_the_plan_replaces(&plan) {
                q.push(w.t_with(
                    "plan-target",
                    &[
                        ("own", own.said().said()),
                        ("target", plan.target.said().said()),
                    ],
                ));
            }
            q
        })
    };
    // Only the routine, not the plan: the core decides where it goes.
    let save_only = move |_| save_arrival(store, w, p.get_value().routine, Keep::Both);
    view! {
        <section class="screen shared plan-preview">
            <h1 tabindex="-1">{w.t("plan-title")}</h1>
            <p class="lead">{w.t_with("plan-lead", &[("routine", Arg::Text(w.routine_name(&plan.routine))), ("plan", plan.said().said())])}</p>
            <p>{w.say(&start_text(&plan))}" "{w.t("plan-counts")}</p>
            {note_view(&plan.note, w.t("plan-note-caption"))}
            <p class="meta">{w.t_with("plan-made", &[("day", day_arg(plan.made, DayForm::Full))])}</p>
            {routine_card(&plan.routine)}
            {move || match running() {
                true => view! {
                    <p class="notice" role="status">{w.t("plan-following")}</p>
                    <a class="btn primary" href="#/">{w.t("plan-go-home")}</a>
                }.into_any(),
                false => view! {
                    <Show when=move || !asking.get() fallback=move || view! {
                        <div class="confirm" role="group" aria-label=w.t("plan-before-group")>
                            {questions().into_iter().map(|q| view! { <p>{q}</p> }).collect_view()}
                            <button class="btn primary" on:click=move |_| start()>{w.t("plan-start")}</button>
                            <button class="btn" on:click=move |_| asking.set(false)>{w.t("plan-not-now")}</button>
                        </div>
                    }>
                        <div class="row">
                            <button class="btn primary big" on:click=move |_| { if questions().is_empty() { start() } else { asking.set(true) } }>{w.t("plan-start")}</button>
                            <button class="btn" on:click=save_only>{w.t("plan-save-only")}</button>
                        </div>
                    </Show>
                }.into_any(),
            }}
            <p class="hint">{w.t("plan-safety")}</p>
        </section>
    }
}
