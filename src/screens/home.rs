//! Home: today's habit, the usual routine one tap away, and the way in to
//! the triage for first-timers.

use crate::pwa::install;
use crate::runtime::store::use_store;
use crate::shell::use_shell;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let shell = use_shell();
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
                <p>"Tight thighs that rolling will not fix often start in the hip. Release them a few minutes at a time."</p>
            </header>

            <Show when=has_active>
                <a class="card action resume" href="#/session">
                    <strong>"Resume your session"</strong>
                    <span>"You stopped part-way through. Pick up where you were."</span>
                </a>
            </Show>

            <crate::shell::today_card::TodayCard/>
            <crate::shell::check_referral::CheckReferral/>

            <a class="card action" href="#/triage">
                <strong>"Where does my pain come from?"</strong>
                <span>"A few questions, safety first, then the likely source and a routine to start with."</span>
            </a>
            {move || last_result().map(|id| view! {
                <p><a href=format!("#/result/{id}")>"See your last result"</a></p>
            })}

            {ios_hint.then(|| view! {
                <div class="card install">
                    <strong>"Add to your Home Screen"</strong>
                    <span>"In Safari, tap the Share button, then “Add to Home Screen”. The app then opens full screen and works offline."</span>
                </div>
            })}
            <Show when=safari_note>
                <div class="card notice" role="note">
                    <span>"Safari may erase this site's data if you do not open it for a few weeks. Installing it to the Home Screen protects your history; exporting a backup from Settings does too."</span>
                    <button class="btn small" on:click=move |_| store.update(|d| d.settings.safari_note_shown = true)>"Got it"</button>
                </div>
            </Show>

            <nav class="links" aria-label="More">
                <a class="btn" href="#/routines">"All routines"</a>
                <a class="btn" href="#/learn">"Learn how it works"</a>
                <a class="btn" href="#/open">"Open a shared link"</a>
                <a class="btn" href="#/about">"About and safety"</a>
            </nav>
            <p class="fineprint">"Self-care guidance, not a diagnosis. Everything stays on this phone."</p>
            // Last on the page: the browser offers installing only after the
            // page has loaded, and a card appearing above would push the
            // links down under the user's thumb.
            <Show when=move || shell.can_install.get()>
                <div class="card install">
                    <strong>"Install the app"</strong>
                    <span>"Open it from your home screen, even in airplane mode."</span>
                    <button class="btn primary" on:click=move |_| install::prompt(shell.can_install)>"Install"</button>
                </div>
            </Show>
        </section>
    }
}
