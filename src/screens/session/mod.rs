//! Screens for routines and hold sessions. They render core state and
//! forward taps; the rules live in `session::{engine, plan, routine}`.

mod builder;
mod player;

pub use builder::Builder;
pub use player::Player;

use crate::route::Route;
use crate::session::routine::Routine;
use crate::shell::navigate;
use crate::shell::widgets::minutes_text;

use crate::runtime::store::{new_id, use_store};
use crate::session::builtin::is_builtin;
use crate::shell::routines::{save_and_open, start_routine};
use crate::storage::schema::Data;

use leptos::prelude::*;

#[component]
pub fn RoutineList() -> impl IntoView {
    let store = use_store();
    let routines = move || store.data.with(Data::all_routines);
    view! {
        <section class="screen">
            <h1 tabindex="-1">"Routines"</h1>
            <ul class="routine-list">
                <For each=routines key=|r| (r.id.clone(), r.name.clone(), r.steps.len(), r.total_seconds()) let:r>
                    <RoutineCard r=r/>
                </For>
            </ul>
            <div class="row">
                <a class="btn primary" href="#/edit/new">"New routine"</a>
                <a class="btn" href="#/open">"Open a shared link"</a>
            </div>
        </section>
    }
}

#[component]
fn RoutineCard(r: Routine) -> impl IntoView {
    let store = use_store();
    let href = format!("#/routine/{}", r.id);
    let belly = r.presses_belly();
    let mins = minutes_text(r.total_seconds());
    let name = r.name.clone();
    view! {
        <li class="card routine">
            <a class="routine-link" href=href>
                <strong>{r.name.clone()}</strong>
                <span>{r.purpose.clone()}</span>
                <span class="meta">{mins} {belly.then_some(" · presses into the belly")}</span>
            </a>
            <button class="btn primary" aria-label=format!("Start {name}") on:click=move |_| start_routine(store, &r)>"Start"</button>
        </li>
    }
}

#[component]
pub fn RoutineDetail(id: String) -> impl IntoView {
    let store = use_store();
    let id2 = id.clone();
    let routine = Memo::new(move |_| store.data.with(|d| d.find_routine(&id2)));
    move || match routine.get() {
        None => crate::shell::widgets::routine_missing(),
        Some(r) => view! { <RoutineDetailBody r=r/> }.into_any(),
    }
}

#[component]
fn RoutineDetailBody(r: Routine) -> impl IntoView {
    let store = use_store();
    let builtin = is_builtin(&r.id);
    let confirm_delete = RwSignal::new(false);
    let start_r = r.clone();
    let dup = r.clone();
    let del_id = r.id.clone();
    let edit_href = format!("#/edit/{}", r.id);
    view! {
        <section class="screen routine-detail">
            <h1 tabindex="-1">{r.name.clone()}</h1>
            <p class="lead">{r.purpose.clone()}</p>
            <p class="meta">{minutes_text(r.total_seconds())} " · " {r.steps.len()} {if r.steps.len() == 1 { " step" } else { " steps" }}
                {r.presses_belly().then_some(" · presses into the belly (not for pregnancy, hernia, recent surgery, aneurysm, blood thinners or bowel inflammation)")}</p>
            <button class="btn primary big no-print" on:click=move |_| start_routine(store, &start_r)>"Start"</button>
            <crate::shell::routine_sheet::RoutineSheet routine=r.clone()/>
            <div class="row no-print">
                <crate::shell::share_box::ShareRoutine routine=r.clone()/>
                <a class="btn" href=format!("#/plan/{}", r.id)>"Send as a plan"</a>
                <button class="btn" on:click=|_| crate::shell::routine_sheet::print_with_guides()>"Print"</button>
                <button class="btn" on:click=move |_| {
                    let mut copy = dup.clone();
                    copy.id = new_id(crate::ids::ROUTINE);
                    copy.name = copy.name_with_suffix(" (copy)");
                    save_and_open(store, copy, |id| Route::Edit(Some(id)));
                }>"Duplicate"</button>
                {(!builtin).then(|| view! {
                    <a class="btn" href=edit_href.clone()>"Edit"</a>
                    <button class="btn danger" on:click=move |_| confirm_delete.set(true)>"Delete"</button>
                })}
            </div>
            <Show when=move || confirm_delete.get()>
                <div class="confirm" role="alertdialog" aria-label="Delete routine">
                    <p>"Delete this routine? Sessions you did with it stay in your history."</p>
                    <button class="btn danger" on:click={
                        let del_id = del_id.clone();
                        move |_| {
                            let id = del_id.clone();
                            store.update(|d| { d.delete_routine(&id, crate::platform::clock::wall_ms()); });
                            navigate(&Route::Routines);
                        }
                    }>"Delete"</button>
                    <button class="btn" on:click=move |_| confirm_delete.set(false)>"Keep it"</button>
                </div>
            </Show>
        </section>
    }
}
