//! A plan someone sent: what it asks in plain words, their note, the
//! routine; then "Start this plan", asking first before it replaces a plan
//! or a target the person already has.

use super::routine_preview::routine_card;
use crate::habit::calendar::day_text;
use crate::platform::clock;
use crate::route::Route;
use crate::runtime::store::{new_id, use_store};
use crate::share::plan::Plan;
use crate::shell::navigate;
use crate::shell::routines::save_arrival;
use crate::storage::arrival::Keep;
use crate::storage::following_plan::Opening;
use leptos::prelude::*;

/// The sender's note: their words, shown as text with its line breaks.
pub(super) fn note_view(note: &str, caption: &'static str) -> Option<impl IntoView> {
    (!note.is_empty()).then(|| {
        view! {
            <figure class="plan-note">
                <figcaption>{caption}</figcaption>
                <blockquote>{note.to_string()}</blockquote>
            </figure>
        }
    })
}

pub(super) fn start_text(p: &Plan) -> String {
    match p.start {
        Some(d) => format!("Week 1 starts on {}.", day_text(d)),
        None => "Week 1 starts the day you start the plan.".into(),
    }
}

#[component]
pub fn PlanPreview(plan: Plan) -> impl IntoView {
    let store = use_store();
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
            if let Opening::Replaces { current, same_routine } = d.plan_opening(&plan) {
                q.push(if same_routine {
                    format!("This is a newer plan for “{}” (made on {}). It replaces the one you follow (made on {}).", plan.routine.name, day_text(plan.made), day_text(current.made))
                } else {
                    format!("You are following a plan for “{}”, {}. This one replaces it.", current.routine.name, current.describe())
                });
            }
            if let Some(own) = d.target_the_plan_replaces(&plan) {
                q.push(format!("Your habit target ({}) becomes {} for the plan's weeks. Yours comes back when the plan ends.", own.describe(), plan.target.describe()));
            }
            q
        })
    };
    // Only the routine, not the plan: the core decides where it goes.
    let save_only = move |_| save_arrival(store, p.get_value().routine, Keep::Both);
    view! {
        <section class="screen shared plan-preview">
            <h1 tabindex="-1">"A plan for you"</h1>
            <p class="lead">{format!("Do “{}” {}.", plan.routine.name, plan.describe())}</p>
            <p>{start_text(&plan)} " The app counts your sessions against this target and shows which week you are in."</p>
            {note_view(&plan.note, "The sender's note")}
            <p class="meta">"Made on " {day_text(plan.made)}</p>
            {routine_card(&plan.routine)}
            {move || match running() {
                true => view! {
                    <p class="notice" role="status">"This is the plan you are following. Nothing has changed."</p>
                    <a class="btn primary" href="#/">"Go to Home"</a>
                }.into_any(),
                false => view! {
                    <Show when=move || !asking.get() fallback=move || view! {
                        <div class="confirm" role="group" aria-label="Before you start">
                            {questions().into_iter().map(|q| view! { <p>{q}</p> }).collect_view()}
                            <button class="btn primary" on:click=move |_| start()>"Start this plan"</button>
                            <button class="btn" on:click=move |_| asking.set(false)>"Not now"</button>
                        </div>
                    }>
                        <div class="row">
                            <button class="btn primary big" on:click=move |_| { if questions().is_empty() { start() } else { asking.set(true) } }>"Start this plan"</button>
                            <button class="btn" on:click=save_only>"Save the routine only"</button>
                        </div>
                    </Show>
                }.into_any(),
            }}
            <p class="hint">"Before your first session the app asks its safety questions, as for any routine. Self-care guidance, not a diagnosis: see About."</p>
        </section>
    }
}
