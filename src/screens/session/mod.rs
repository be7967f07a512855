//! Screens for routines and hold sessions. They render core state and
//! forward taps; the rules live in `session::{engine, plan, routine}`.

mod builder;
mod player;

pub use builder::Builder;
pub use player::Player;

use crate::route::Route;
use crate::runtime::words::use_words;
use crate::session::routine::Routine;
use crate::session::words::minutes_text;
use crate::shell::navigate;
use crate::words::catalogue::Arg;

use crate::runtime::store::{new_id, use_store};
use crate::session::builtin::is_builtin;
use crate::shell::routines::{save_and_open, start_routine};
use crate::storage::schema::Data;

use leptos::prelude::*;

#[component]
pub fn RoutineList() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let routines = move || store.data.with(Data::all_routines);
    view! {
        <section class="screen">
            <h1 tabindex="-1">{w.t("routines-title")}</h1>
            <ul class="routine-list">
                <For each=routines key=|r| (r.id.clone(), r.name.clone(), r.steps.len(), r.total_seconds()) let:r>
                    <RoutineCard r=r/>
                </For>
            </ul>
            <div class="row">
                <a class="btn primary" href="#/edit/new">{w.t("routines-new")}</a>
                <a class="btn" href="#/open">{w.t("routines-open-link")}</a>
            </div>
        </section>
    }
}

#[component]
fn RoutineCard(r: Routine) -> impl IntoView {
    let session = crate::runtime::session::use_session();
    let w = use_words();
    let href = format!("#/routine/{}", r.id);
    let belly = r.presses_belly();
    let mins = w.say(&minutes_text(r.total_seconds()));
    let name = w.routine_name(&r);
    view! {
        <li class="card routine">
            <a class="routine-link" href=href>
                <strong>{name.clone()}</strong>
                <span>{w.routine_purpose(&r)}</span>
                <span class="meta">{mins} {belly.then(|| format!(" · {}", w.t("routines-belly")))}</span>
            </a>
            <button class="btn primary" aria-label=w.t_with("routines-start-named", &[("name", Arg::Text(name))]) on:click=move |_| start_routine(session, &r)>{w.t("routines-start")}</button>
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
    let session = crate::runtime::session::use_session();
    let w = use_words();
    let builtin = is_builtin(&r.id);
    let confirm_delete = RwSignal::new(false);
    let start_r = r.clone();
    let dup = r.clone();
    let del_id = r.id.clone();
    let edit_href = format!("#/edit/{}", r.id);
    view! {
        <section class="screen routine-detail">
            <h1 tabindex="-1">{w.routine_name(&r)}</h1>
            <p class="lead">{w.routine_purpose(&r)}</p>
            <p class="meta">{w.say(&minutes_text(r.total_seconds()))} " · " {w.t_with("routine-steps", &[("steps", Arg::count(r.steps.len() as u32))])}
                {r.presses_belly().then(|| format!(" · {}", w.t("routine-belly-warning")))}</p>
            <button class="btn primary big no-print" on:click=move |_| start_routine(session, &start_r)>{w.t("routine-start")}</button>
            <crate::shell::routine_sheet::RoutineSheet routine=r.clone()/>
            <div class="row no-print">
                <crate::shell::share_box::ShareRoutine routine=r.clone()/>
                <a class="btn" href=format!("#/plan/{}", r.id)>{w.t("routine-send-plan")}</a>
                <button class="btn" on:click=|_| crate::shell::routine_sheet::print_with_guides()>{w.t("routine-print")}</button>
                <button class="btn" on:click=move |_| {
                    let mut copy = dup.clone();
                    copy.id = new_id(crate::ids::ROUTINE);
                    // A copy is the person's own: it keeps its name in the
                    // words they read now, like anything they typed.
                    copy.name = w.t_with("routine-copy-name", &[("name", Arg::Text(w.routine_name(&dup)))]);
                    copy.purpose = w.routine_purpose(&dup);
                    save_and_open(store, copy, |id| Route::Edit(Some(id)));
                }>{w.t("routine-duplicate")}</button>
                {(!builtin).then(|| view! {
                    <a class="btn" href=edit_href.clone()>{w.t("routine-edit")}</a>
                    <button class="btn danger" on:click=move |_| confirm_delete.set(true)>{w.t("routine-delete")}</button>
                })}
            </div>
            <Show when=move || confirm_delete.get()>
                <div class="confirm" role="alertdialog" aria-label=w.t("routine-delete-group")>
                    <p>{w.t("routine-delete-question")}</p>
                    <button class="btn danger" on:click={
                        let del_id = del_id.clone();
                        move |_| {
                            let id = del_id.clone();
                            store.update(|d| { d.delete_routine(&id, crate::platform::clock::wall_ms()); });
                            navigate(&Route::Routines);
                        }
                    }>{w.t("routine-delete")}</button>
                    <button class="btn" on:click=move |_| confirm_delete.set(false)>{w.t("routine-keep")}</button>
                </div>
            </Show>
        </section>
    }
}
