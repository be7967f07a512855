//! Shown instead of the app when stored data cannot be read. Nothing is
//! reset until the user has had the chance to download what is there.

use crate::platform::download::download;
use crate::runtime::store::{use_store, Problem};
use leptos::prelude::*;

#[component]
pub fn Recovery(problem: Problem) -> impl IntoView {
    let store = use_store();
    let downloaded = RwSignal::new(false);
    let raw = problem.raw.clone();
    let confirm = RwSignal::new(false);
    view! {
        <main id="main" class="screen recovery">
            <h1 tabindex="-1">"Your saved data could not be opened"</h1>
            <p class="problem" role="alert">{problem.message.clone()}</p>
            <p>"Nothing has been changed or deleted. First save a copy of the data as it is, so that nothing is lost; then you can start fresh."</p>
            <button class="btn primary" on:click=move |_| {
                if download("quads-unreadable-data.json", "application/json", &raw).is_ok() {
                    downloaded.set(true);
                }
            }>"Download the saved data"</button>
            <Show when=move || downloaded.get()>
                <p role="status">"Downloaded. Keep the file: it can be checked or imported later."</p>
            </Show>
            <Show when=move || !confirm.get() fallback=move || view! {
                <div class="confirm" role="group" aria-label="Confirm start fresh">
                    <p><strong>"Start fresh?"</strong>" This removes the unreadable data from this phone."</p>
                    <button class="btn danger" on:click=move |_| store.start_fresh()>"Yes, start fresh"</button>
                    <button class="btn" on:click=move |_| confirm.set(false)>"Cancel"</button>
                </div>
            }>
                <button class="btn" on:click=move |_| confirm.set(true)>"Start fresh…"</button>
            </Show>
        </main>
    }
}
