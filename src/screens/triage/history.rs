//! Earlier triage results, newest first.

use super::result::date_text;
use crate::runtime::store::use_store;
use crate::triage::assess::assess;
use leptos::prelude::*;

#[component]
pub fn History() -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let results = move || {
        store.data.with(|d| {
            d.triage_results
                .iter()
                .rev()
                .map(|r| (r.id.clone(), r.at_ms, assess(&r.answers).level))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="screen">
            <h1 tabindex="-1">{w.t("result-past")}</h1>
            {move || {
                let list = results();
                if list.is_empty() {
                    view! { <p>{w.t("history-none")}</p> }.into_any()
                } else {
                    view! { <ul class="history">{list.into_iter().map(|(id, at, level)| view! {
                        <li><a class="card action" href=format!("#/result/{id}")><strong>{date_text(at)}</strong><span>{w.t(level.title_key())}</span></a></li>
                    }).collect_view()}</ul> }.into_any()
                }
            }}
            <a class="btn primary" href="#/triage">{w.t("history-again")}</a>
        </section>
    }
}
