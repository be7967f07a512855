//! A shared routine: what it is, then save it or start it.

use crate::runtime::store::{new_id, use_store};
use crate::session::routine::Routine;
use crate::session::words::minutes_text;
use crate::shell::routines::{save_arrival, start_routine};
use crate::storage::arrival::{Arrival, Keep};
use crate::words::catalogue::Arg;
use crate::words::key::name_arg;
use leptos::prelude::*;

/// The routine a link carries, in brief: name, purpose, length, steps.
pub(super) fn routine_card(rv: &Routine) -> impl IntoView {
    let w = crate::runtime::words::use_words();
    let purpose = w.routine_purpose(rv);
    view! {
        <div class="card">
            <h2>{w.routine_name(rv)}</h2>
            {(!purpose.is_empty()).then(|| view! { <p>{purpose}</p> })}
            <p class="meta">{w.say(&minutes_text(rv.total_seconds()))}
                {format!(" · {}", w.t(if rv.presses_belly() { "share-belly-yes" } else { "share-belly-no" }))}</p>
            <ol class="steps compact">
                {rv.steps.iter().map(|s| {
                    let title = w.t_with("sheet-title", &[("muscle", name_arg(s.muscle)), ("side", name_arg(s.side))]);
                    let detail = w.t_with("sheet-detail", &[("tool", name_arg(s.tool)), ("hold", Arg::count(s.hold_s)), ("spots", Arg::count(s.spots))]);
                    view! { <li>{format!("{title} · {detail}")}</li> }
                }).collect_view()}
            </ol>
        </div>
    }
}

#[component]
pub(super) fn Preview(r: Routine) -> impl IntoView {
    let store = use_store();
    let session = crate::runtime::session::use_session();
    let w = crate::runtime::words::use_words();
    // What this routine meets among the person's own (the core decides).
    let arrival = store.data.with_untracked(|d| d.arrival(&r));
    let conflict = RwSignal::new(false);
    let r = StoredValue::new(r);
    let save = move |keep: Keep| save_arrival(store, w, r.get_value(), keep);
    let had = matches!(arrival, Arrival::Have(_));
    let taken = match &arrival {
        Arrival::NameTaken(id) => Some(id.clone()),
        _ => None,
    };
    let rv = r.get_value();
    view! {
        <section class="screen shared">
            <h1 tabindex="-1">{w.t("shared-title")}</h1>
            {routine_card(&rv)}
            {had.then(|| view! { <p class="notice">{w.t("shared-have")}</p> })}
            <Show when=move || !conflict.get() fallback={
                let taken = taken.clone();
                move || {
                    let id = taken.clone().unwrap_or_default();
                    view! {
                        <div class="confirm" role="group" aria-label=w.t("shared-exists-group")>
                            <p>{w.t("shared-exists")}</p>
                            <button class="btn primary" on:click=move |_| save(Keep::Both)>{w.t("shared-keep-both")}</button>
                            <button class="btn" on:click=move |_| save(Keep::Replace(id.clone()))>{w.t("shared-replace")}</button>
                        </div>
                    }
                }
            }>
                <div class="row">
                    <button class="btn primary" on:click={
                        let ask = taken.is_some();
                        move |_| if ask { conflict.set(true) } else { save(Keep::Both) }
                    }>{w.t(if had { "shared-open-copy" } else { "shared-save" })}</button>
                    <button class="btn" on:click=move |_| {
                        let mut routine = r.get_value();
                        // A built-in routine starts as itself, named here.
                        if !crate::session::builtin::is_builtin(&routine.id) {
                            routine.id = new_id(crate::ids::SHARED_COPY);
                        }
                        start_routine(session, &routine);
                    }>{w.t("shared-start")}</button>
                </div>
            </Show>
            <p class="hint">{w.t("shared-check")}</p>
        </section>
    }
}
