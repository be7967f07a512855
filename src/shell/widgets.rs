//! Small building blocks shared by screens.

use leptos::prelude::*;

/// A labelled on/off switch (a real checkbox, so it is accessible as one).
#[component]
pub fn Toggle(
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: String,
    checked: Signal<bool>,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <label class="toggle">
            <span class="toggle-text">
                <span>{label}</span>
                {(!hint.is_empty()).then(|| view! { <small>{hint}</small> })}
            </span>
            <input type="checkbox" role="switch" prop:checked=move || checked.get() on:change=move |ev| on_change(event_target_checked(&ev))/>
        </label>
    }
}

/// "1:05" from milliseconds, rounding up so a countdown never shows 0:00
/// while time remains.
pub use crate::session::words::{cap, clock_text};

/// A paragraph that exists only while `text` has something to say: the
/// errors, notices and statuses of every screen. One non-generic function
/// means one copy of its rendering code in the bundle, however many
/// screens use it.
pub fn note(
    class: &'static str,
    role: &'static str,
    text: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        text.get()
            .map(|t| view! { <p class=class role=role>{t}</p> })
    }
}

/// Tools a person can own (hands are always there), as the triage offers them.
pub fn ownable_tools() -> impl Iterator<Item = crate::session::routine::Tool> {
    use crate::session::routine::Tool;
    Tool::ALL.into_iter().filter(|t| *t != Tool::Hands)
}

/// What a routine's screens show when its id names no routine (deleted,
/// or a link from another phone).
pub fn routine_missing() -> AnyView {
    let w = crate::runtime::words::use_words();
    view! {
        <section class="screen">
            <h1 tabindex="-1">{w.t("routine-not-found")}</h1>
            <p>{w.t("routine-maybe-deleted")}</p>
            <a class="btn" href="#/routines">{w.t("routine-all")}</a>
        </section>
    }
    .into_any()
}
