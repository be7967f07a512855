//! Shown instead of the app when stored data cannot be read. Nothing is
//! reset until the user has had the chance to download what is there.

use crate::platform::download::download;
use crate::runtime::store::{use_store, Problem};
use leptos::prelude::*;

#[component]
pub fn Recovery(problem: Problem) -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let downloaded = RwSignal::new(false);
    let raw = problem.raw.clone();
    let confirm = RwSignal::new(false);
    view! {
        <main id="main" class="screen recovery">
            <h1 tabindex="-1">{w.t("recovery-title")}</h1>
            <p class="problem" role="alert">{w.say(&problem.message)}</p>
            <p>{w.t("recovery-nothing-changed")}</p>
            <button class="btn primary" on:click=move |_| {
                if download("quads-unreadable-data.json", "application/json", &raw).is_ok() {
                    downloaded.set(true);
                }
            }>{w.t("recovery-download")}</button>
            <Show when=move || downloaded.get()>
                <p role="status">{w.t("recovery-downloaded")}</p>
            </Show>
            <Show when=move || !confirm.get() fallback=move || view! {
                <div class="confirm" role="group" aria-label=w.t("recovery-confirm-group")>
                    <p><strong>{w.t("recovery-fresh-question")}</strong>" "{w.t("recovery-fresh-why")}</p>
                    <button class="btn danger" on:click=move |_| store.start_fresh()>{w.t("recovery-fresh-yes")}</button>
                    <button class="btn" on:click=move |_| confirm.set(false)>{w.t("recovery-cancel")}</button>
                </div>
            }>
                <button class="btn" on:click=move |_| confirm.set(true)>{w.t("recovery-fresh")}</button>
            </Show>
        </main>
    }
}
