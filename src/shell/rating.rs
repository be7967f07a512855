//! Rating a day: how tight the quads are and how tender the worst spot,
//! with a short note. Asked after a session and from the calendar.

use crate::habit::civil_day::CivilDay;
use crate::habit::entry::Entry;
use crate::platform::clock;
use crate::runtime::store::{new_id, use_store, Store};
use leptos::prelude::*;

/// Saves a rating and note for a day (after a session or from the calendar).
pub fn add_note(
    store: Store,
    day: CivilDay,
    tightness: Option<u8>,
    tenderness: Option<u8>,
    note: String,
) {
    let e = Entry::rating(
        new_id(crate::ids::RATING),
        day,
        tightness,
        tenderness,
        &note,
        clock::wall_ms(),
    );
    store.update(|d| d.entries.push(e));
}

/// Optional rating of tightness and of the worst spot's tenderness (0-10)
/// with a short note, saved for a day. Shown after a session and for any
/// day in the calendar.
#[component]
pub fn RatingForm(day: CivilDay, #[prop(optional, into)] intro: String) -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let tight = RwSignal::new(None::<u8>);
    let tender = RwSignal::new(None::<u8>);
    let note = RwSignal::new(String::new());
    let saved = RwSignal::new(false);
    let scale = move |label: &'static str, sig: RwSignal<Option<u8>>| {
        view! {
            <fieldset class="scale">
                <legend>{w.t(label)}</legend>
                <div class="scale-row">
                    {(0..=10u8).map(|n| view! {
                        <label class="scale-pt">
                            <input type="radio" name=format!("{label}-{day}") prop:checked=move || sig.get() == Some(n) on:change=move |_| { saved.set(false); sig.set(Some(n)) }/>
                            <span>{n}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
        }
    };
    view! {
        <form class="rate" on:submit=move |e| {
            e.prevent_default();
            let (t, p, n) = (tight.get_untracked(), tender.get_untracked(), note.get_untracked());
            if t.is_some() || p.is_some() || !n.trim().is_empty() {
                add_note(store, day, t, p, n);
                saved.set(true);
            }
        }>
            {(!intro.is_empty()).then(|| view! { <p class="hint">{intro}</p> })}
            {scale("rating-tightness", tight)}
            {scale("rating-tenderness", tender)}
            <label class="field">{w.t("rating-note")}
                <input type="text" maxlength="280" prop:value=move || note.get() on:input=move |e| { saved.set(false); note.set(event_target_value(&e)) }/>
            </label>
            <button type="submit" class="btn primary">{w.t("rating-save")}</button>
            <Show when=move || saved.get()><p role="status">{w.t("rating-saved")}</p></Show>
        </form>
    }
}
