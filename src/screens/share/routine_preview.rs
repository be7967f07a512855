//! A shared routine: what it is, then save it or start it.

use crate::route::Route;
use crate::runtime::store::{new_id, use_store};
use crate::session::routine::Routine;
use crate::shell::routines::start_routine;
use crate::shell::widgets::{cap, minutes_text};
use leptos::prelude::*;

/// The routine a link carries, in brief: name, purpose, length, steps.
pub(super) fn routine_card(rv: &Routine) -> impl IntoView {
    view! {
        <div class="card">
            <h2>{rv.name.clone()}</h2>
            {(!rv.purpose.is_empty()).then(|| view! { <p>{rv.purpose.clone()}</p> })}
            <p class="meta">{minutes_text(rv.total_seconds())}
                {if rv.presses_belly() { " · presses into the belly (iliacus or psoas)" } else { " · no pressure on the belly" }}</p>
            <ol class="steps compact">
                {rv.steps.iter().map(|s| view! {
                    <li>{format!("{} · {} · {} · {} s × {} {}", cap(s.muscle.label()), s.side.label(), s.tool.label(), s.hold_s, s.spots, if s.spots == 1 { "spot" } else { "spots" })}</li>
                }).collect_view()}
            </ol>
        </div>
    }
}

#[component]
pub(super) fn Preview(r: Routine) -> impl IntoView {
    let store = use_store();
    let same_name = store
        .data
        .with_untracked(|d| d.live_routines().find(|x| x.name == r.name).cloned());
    let identical = same_name.as_ref().is_some_and(|x| {
        x.steps == r.steps && x.purpose == r.purpose && x.switch_rest_s == r.switch_rest_s
    });
    let conflict = RwSignal::new(false);
    let r = StoredValue::new(r);
    let save = move |replace: Option<String>| {
        let mut routine = r.get_value();
        routine.id = replace
            .clone()
            .unwrap_or_else(|| new_id(crate::ids::ROUTINE));
        if replace.is_none() && conflict.get_untracked() {
            routine.name = routine.name_with_suffix(" (shared)");
        }
        crate::shell::routines::save_and_open(store, routine, Route::Routine);
    };
    let existing_id = same_name.map(|x| x.id);
    let rv = r.get_value();
    view! {
        <section class="screen shared">
            <h1 tabindex="-1">"A shared routine"</h1>
            {routine_card(&rv)}
            {identical.then(|| view! { <p class="notice">"You already have this routine."</p> })}
            <Show when=move || !conflict.get() fallback={
                let existing_id = existing_id.clone();
                move || {
                    let ex = existing_id.clone();
                    view! {
                        <div class="confirm" role="group" aria-label="Routine exists">
                            <p>"You have a routine with this name. Keep both, or replace yours?"</p>
                            <button class="btn primary" on:click=move |_| save(None)>"Keep both"</button>
                            <button class="btn" on:click={ let ex = ex.clone(); move |_| save(ex.clone()) }>"Replace mine"</button>
                        </div>
                    }
                }
            }>
                <div class="row">
                    <button class="btn primary" on:click={
                        let has = existing_id.is_some() && !identical;
                        move |_| if has { conflict.set(true) } else { save(None) }
                    }>"Save to my routines"</button>
                    <button class="btn" on:click=move |_| {
                        let mut routine = r.get_value();
                        routine.id = new_id(crate::ids::SHARED_COPY);
                        start_routine(store, &routine);
                    }>"Start now"</button>
                </div>
            </Show>
            <p class="hint">"Check that it suits you: see the safety notes in About."</p>
        </section>
    }
}
