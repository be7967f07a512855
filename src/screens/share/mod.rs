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
    let w = crate::runtime::words::use_words();
    match decode_link(&code) {
        Err(e) => view! {
            <section class="screen">
                <h1 tabindex="-1">{w.t("link-cannot-open")}</h1>
                <p class="error" role="alert">{w.say(&e.message())}</p>
                <div class="row">
                    <a class="btn" href="#/open">{w.t("link-paste-another")}</a>
                    <a class="btn" href="#/">{w.t("link-home")}</a>
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
    let w = crate::runtime::words::use_words();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="screen">
            <h1 tabindex="-1">{w.t("open-title")}</h1>
            <p>{w.t("open-why")}</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                let t = text.get_untracked();
                let code = extract_code(t.trim()).to_string();
                match decode_link(&code) {
                    Ok(_) => navigate(&Route::Shared(code)),
                    Err(e) => error.set(Some(w.say(&e.message()))),
                }
            }>
                <label class="field">{w.t("open-field")}
                    <textarea rows="3" autocomplete="off" spellcheck="false" prop:value=move || text.get() on:input=move |ev| { error.set(None); text.set(event_target_value(&ev)) }></textarea>
                </label>
                {crate::shell::widgets::note("error", "alert", error.into())}
                <button type="submit" class="btn primary">{w.t("open-button")}</button>
            </form>
        </section>
    }
}
