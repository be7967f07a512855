//! The six warning-sign questions before a session, when they are due.

use super::questions::{tri_list, EmergencyStop};
use crate::platform::clock;
use crate::runtime::store::use_store;
use crate::triage::answers::*;
use crate::triage::saved::Draft;
use leptos::prelude::*;

/// Before a routine starts when the last check is old (or missing): the six
/// emergency questions on one screen.
#[component]
pub fn RedFlagCheck(routine_id: String) -> impl IntoView {
    let store = use_store();
    let session = crate::runtime::session::use_session();
    let check = RwSignal::new(Draft::default());
    let answers = Signal::derive(move || check.with(|d| d.answers.clone()));
    let stopped = RwSignal::new(false);
    let routine = store.data.with_untracked(|d| d.find_routine(&routine_id));
    let all = move || {
        answers.with(|a| {
            EmergencyFlag::ALL
                .iter()
                .all(|f| a.emergency.contains_key(f))
        })
    };
    let w = crate::runtime::words::use_words();
    let Some(routine) = routine else {
        return crate::shell::widgets::routine_missing();
    };
    let r = StoredValue::new(routine);
    view! {
        <section class="screen wizard">
            <h1 tabindex="-1">{w.t("safety-check-title")}</h1>
            <Show when=move || !stopped.get() fallback=move || view! {
                <EmergencyStop answers=answers.get()/>
                <button class="btn" on:click=move |_| stopped.set(false)>{w.t("wizard-change-answers")}</button>
            }>
                <p>{w.t("safety-check-why")}</p>
                {tri_list("rf", &EmergencyFlag::ALL, "warning-emergency", |a| &a.emergency, |a| &mut a.emergency, check)}
                <button class="btn primary big" disabled=move || !all() on:click=move |_| {
                    if answers.with_untracked(|a| a.emergency_flags().is_empty()) {
                        store.update(|d| d.settings.last_red_flag_check_ms = Some(clock::wall_ms()));
                        crate::shell::routines::begin_session(session, r.get_value());
                    } else {
                        stopped.set(true);
                    }
                }>{w.t_with("safety-check-start", &[("name", crate::words::catalogue::Arg::Text(w.routine_name(&r.get_value())))])}</button>
            </Show>
        </section>
    }
    .into_any()
}
