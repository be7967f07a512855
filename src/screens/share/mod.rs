//! Screens for links: what a shared link opens (a routine, a plan, a
//! progress report), making a plan to send, sending one's progress, and
//! "Open a shared link" for installed iPhone apps.

mod plan_maker;
mod plan_preview;
mod progress;
mod routine_preview;

pub use plan_maker::SendPlan;
pub use progress::SendProgress;

use crate::route::Route;
use crate::share::link_codec::{decode_link, extract_code, Link};
use crate::shell::navigate;
use leptos::prelude::*;

#[component]
pub fn SharedPreview(code: String) -> impl IntoView {
    match decode_link(&code) {
        Err(e) => view! {
            <section class="screen">
                <h1 tabindex="-1">"This link cannot be opened"</h1>
                <p class="error" role="alert">{e.message()}</p>
                <div class="row">
                    <a class="btn" href="#/open">"Paste another link"</a>
                    <a class="btn" href="#/">"Home"</a>
                </div>
            </section>
        }
        .into_any(),
        Ok(Link::Routine(r)) => view! { <routine_preview::Preview r=r/> }.into_any(),
        Ok(Link::Plan(p)) => view! { <plan_preview::PlanPreview plan=p/> }.into_any(),
        Ok(Link::Report(r)) => view! { <progress::ReportSummary report=r/> }.into_any(),
    }
}

#[component]
pub fn OpenLink() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="screen">
            <h1 tabindex="-1">"Open a shared link"</h1>
            <p>"An app installed on iPhone does not open links from Safari. Paste the link (or just its code) here instead."</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                let t = text.get_untracked();
                let code = extract_code(t.trim()).to_string();
                match decode_link(&code) {
                    Ok(_) => navigate(&Route::Shared(code)),
                    Err(e) => error.set(Some(e.message())),
                }
            }>
                <label class="field">"Link or code"
                    <textarea rows="3" autocomplete="off" spellcheck="false" prop:value=move || text.get() on:input=move |ev| { error.set(None); text.set(event_target_value(&ev)) }></textarea>
                </label>
                {crate::shell::widgets::note("error", "alert", error.into())}
                <button type="submit" class="btn primary">"Open"</button>
            </form>
        </section>
    }
}
