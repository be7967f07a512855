//! Learn: the topics (`triage::topics`), one page each.

use super::result::referral_figure;
use crate::runtime::store::use_store;
use crate::session::builtin;
use crate::triage::topics::TOPICS;
use leptos::prelude::*;

#[component]
pub fn Learn(topic: Option<String>) -> impl IntoView {
    let store = use_store();
    match topic.and_then(|t| TOPICS.iter().find(|x| x.slug == t)) {
        None => view! {
            <section class="screen">
                <h1 tabindex="-1">"Learn"</h1>
                <p class="lead">"Understand before you press."</p>
                <ul class="topics">
                    {TOPICS.iter().map(|t| view! { <li><a class="card action" href=format!("#/learn/{}", t.slug)><strong>{t.title}</strong></a></li> }).collect_view()}
                </ul>
                <a class="btn primary" href="#/triage">"Find your likely source"</a>
            </section>
        }
        .into_any(),
        Some(t) => {
            let r = builtin::by_id(t.routine);
            view! {
                <section class="screen prose">
                    <h1 tabindex="-1">{t.title}</h1>
                    {t.figure.map(referral_figure)}
                    {t.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    {r.map(|r| {
                        let name = r.name.clone();
                        view! {
                            <div class="card recommend">
                                <p>"A routine that fits: " <strong>{name}</strong></p>
                                <button class="btn primary" on:click=move |_| crate::shell::routines::start_routine(store, &r)>"Start"</button>
                            </div>
                        }
                    })}
                    <p><a href="#/learn">"All topics"</a></p>
                </section>
            }
            .into_any()
        }
    }
}
