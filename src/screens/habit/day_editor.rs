//! One day of the calendar: mark it done or skipped, undo, rate it.

use super::marks::{add_entry, remove_entries};
use crate::habit::civil_day::CivilDay;
use crate::habit::entry::EntryKind;
use crate::runtime::store::use_store;
use crate::shell::rating::RatingForm;
use crate::words::catalogue::{Arg, DayForm};
use leptos::prelude::*;

#[component]
pub(super) fn DayEditor(day: CivilDay, close: impl Fn() + Copy + 'static) -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let day_text = w.day(day, DayForm::Full);
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
        <div class="day-editor" role="group" aria-label=w.t_with("day-edit", &[("day", Arg::Text(day_text.clone()))])>
            <h3>{day_text.clone()}</h3>
            <p>{move || {
                let s = status();
                let state = if s.done { "done" } else if s.skipped { "skipped" } else { "none" };
                let line = w.t_with("day-status", &[("state", Arg::Text(state.into())), ("sessions", Arg::count(sessions() as u32))]);
                match s.tightness {
                    Some(t) => format!("{line} · {}", w.t_with("day-tightness", &[("tightness", Arg::count(t))])),
                    None => line,
                }
            }}</p>
            <div class="row">
                {move || if has(EntryKind::Done) {
                    view! { <button class="btn" on:click=move |_| remove_entries(store, day, EntryKind::Done)>{w.t("day-remove-mark")}</button> }.into_any()
                } else {
                    view! { <button class="btn primary" on:click=move |_| add_entry(store, day, EntryKind::Done)>{w.t("day-mark-done")}</button> }.into_any()
                }}
                {move || if has(EntryKind::Skip) {
                    view! { <button class="btn" on:click=move |_| remove_entries(store, day, EntryKind::Skip)>{w.t("day-remove-skip")}</button> }.into_any()
                } else {
                    view! { <button class="btn" on:click=move |_| add_entry(store, day, EntryKind::Skip)>{w.t("day-mark-skipped")}</button> }.into_any()
                }}
                <button class="btn" on:click=move |_| close()>{w.t("day-close")}</button>
            </div>
            <RatingForm day=day/>
        </div>
    }
}
