//! One day of the calendar: mark it done or skipped, undo, rate it.

use super::marks::{add_entry, remove_entries};
use crate::habit::civil_day::CivilDay;
use crate::habit::entry::EntryKind;
use crate::runtime::store::use_store;
use crate::shell::rating::RatingForm;
use leptos::prelude::*;

#[component]
pub(super) fn DayEditor(day: CivilDay, close: impl Fn() + Copy + 'static) -> impl IntoView {
    let store = use_store();
    let status = move || {
        store
            .data
            .with(|d| d.habit_days().get(&day).cloned().unwrap_or_default())
    };
    let has = move |k: EntryKind| {
        store.data.with(|d| {
            d.entries
                .iter()
                .any(|e| e.day == day && e.kind == k && !e.deleted)
        })
    };
    let sessions = move || {
        store
            .data
            .with(|d| d.sessions.iter().filter(|s| s.day == day).count())
    };
    view! {
        <div class="day-editor" role="group" aria-label=format!("Edit {day}")>
            <h3>{day.to_string()}</h3>
            <p>{move || { let s = status(); format!("{} · {} session(s) with the app{}", if s.done { "Done" } else if s.skipped { "Skipped" } else { "Not done" }, sessions(), s.tightness.map(|t| format!(" · tightness {t}/10")).unwrap_or_default()) }}</p>
            <div class="row">
                {move || if has(EntryKind::Done) {
                    view! { <button class="btn" on:click=move |_| remove_entries(store, day, EntryKind::Done)>"Remove manual mark"</button> }.into_any()
                } else {
                    view! { <button class="btn primary" on:click=move |_| add_entry(store, day, EntryKind::Done)>"Mark done"</button> }.into_any()
                }}
                {move || if has(EntryKind::Skip) {
                    view! { <button class="btn" on:click=move |_| remove_entries(store, day, EntryKind::Skip)>"Remove skip"</button> }.into_any()
                } else {
                    view! { <button class="btn" on:click=move |_| add_entry(store, day, EntryKind::Skip)>"Mark skipped"</button> }.into_any()
                }}
                <button class="btn" on:click=move |_| close()>"Close"</button>
            </div>
            <RatingForm day=day/>
        </div>
    }
}
