//! Learn: the topics (`triage::topics`), one page each.

use super::result::referral_figure;
use crate::session::builtin;
use crate::triage::topics::TOPICS;
use leptos::prelude::*;

#[component]
pub fn Learn(topic: Option<String>) -> impl IntoView {
    let session = crate::runtime::session::use_session();
    let w = crate::runtime::words::use_words();
    match topic.and_then(|t| TOPICS.iter().find(|x| x.slug == t)) {
        None => view! {
            <section class="screen">
                <h1 tabindex="-1">{w.t("learn-title")}</h1>
                <p class="lead">{w.t("learn-lead")}</p>
                <ul class="topics">
                    {TOPICS.iter().map(|t| view! { <li><a class="card action" href=format!("#/learn/{}", t.slug)><strong>{w.say(&t.title())}</strong></a></li> }).collect_view()}
                </ul>
                <a class="btn primary" href="#/triage">{w.t("learn-find-source")}</a>
            </section>
        }
        .into_any(),
        Some(t) => {
            let r = builtin::by_id(t.routine);
            view! {
                <section class="screen prose">
                    <h1 tabindex="-1">{w.say(&t.title())}</h1>
                    {t.figure.map(referral_figure)}
                    {t.paragraphs().map(|p| view! { <p>{w.say(&p)}</p> }).collect_view()}
                    {r.map(|r| {
                        let name = w.routine_name(&r);
                        view! {
                            <div class="card recommend">
                                <p>{w.t("learn-routine-fits")}" " <strong>{name}</strong></p>
                                <button class="btn primary" on:click=move |_| crate::shell::routines::start_routine(session, &r)>{w.t("learn-start")}</button>
                            </div>
                        }
                    })}
                    <p><a href="#/learn">{w.t("learn-all-topics")}</a></p>
                </section>
            }
            .into_any()
        }
    }
}
