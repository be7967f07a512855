//! Home: today's habit, the usual routine one tap away, and the way in to
//! the triage for first-timers.

use crate::pwa::install;
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use crate::shell::use_shell;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let shell = use_shell();
    let w = use_words();
    let has_active = move || store.data.with(|d| d.active.is_some());
    let last_result = move || {
        store
            .data
            .with(|d| d.triage_results.last().map(|r| r.id.clone()))
    };
    let ios_hint = install::is_ios_safari_tab();
    let safari_note = move || ios_hint && store.data.with(|d| !d.settings.safari_note_shown);
    view! {
        <section class="screen home">
            <header class="hero">
                <h1 tabindex="-1">"Quads"</h1>
                <p>{w.t("home-tagline")}</p>
            </header>

            <Show when=has_active>
                <a class="card action resume" href="#/session">
                    <strong>{w.t("home-resume")}</strong>
                    <span>{w.t("home-resume-why")}</span>
                </a>
            </Show>

            <crate::shell::today_card::TodayCard/>
            <crate::shell::check_referral::CheckReferral/>

            <a class="card action" href="#/triage">
                <strong>{w.t("home-triage")}</strong>
                <span>{w.t("home-triage-why")}</span>
            </a>
            {move || last_result().map(|id| view! {
                <p><a href=format!("#/result/{id}")>{w.t("home-last-result")}</a></p>
            })}

            {ios_hint.then(|| view! {
                <div class="card install">
                    <strong>{w.t("home-ios-install")}</strong>
                    <span>{w.t("home-ios-install-how")}</span>
                </div>
            })}
            <Show when=safari_note>
                <div class="card notice" role="note">
                    <span>{w.t("home-safari-note")}</span>
                    <button class="btn small" on:click=move |_| store.update(|d| d.settings.safari_note_shown = true)>{w.t("home-got-it")}</button>
                </div>
            </Show>

            <nav class="links" aria-label=w.t("home-more")>
                <a class="btn" href="#/routines">{w.t("home-all-routines")}</a>
                <a class="btn" href="#/learn">{w.t("home-learn")}</a>
                <a class="btn" href="#/open">{w.t("home-open-link")}</a>
                <a class="btn" href="#/about">{w.t("home-about")}</a>
            </nav>
            <p class="fineprint">{w.t("home-fineprint")}</p>
            // Last on the page: the browser offers installing only after the
            // page has loaded, and a card appearing above would push the
            // links down under the user's thumb.
            <Show when=move || shell.can_install.get()>
                <div class="card install">
                    <strong>{w.t("home-install")}</strong>
                    <span>{w.t("home-install-why")}</span>
                    <button class="btn primary" on:click=move |_| install::prompt(shell.can_install)>{w.t("home-install-button")}</button>
                </div>
            </Show>
        </section>
    }
}
