//! The router: the one module that knows every screen. Start-up, routing by
//! fragment, the tab bar and the update banner. Shell state and navigation
//! live in `shell`, which imports no screen.

pub mod bench_hooks;
mod lazy;
mod nav;

use crate::screens::home;

use crate::platform::page;
use crate::pwa;
use crate::route::{route, Route};
use crate::runtime::store::{use_store, Store};
use crate::runtime::words::Words;
use crate::shell::widgets;
use crate::shell::{current_hash, focus_heading, use_shell, Shell};
use crate::storage::schema::Theme;
use crate::words::language::Language;
use crate::words::unavailable::unavailable;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let store = Store::open();
    provide_context(store);
    // The language: the one chosen in Settings, else the browser's. The
    // screens wait for its words; the static splash shows until then.
    // Read once for the app's life (leaked: a few bytes), so `chosen` is Copy.
    let browser: &'static [String] = crate::platform::words_file::browser_languages().leak();
    let chosen = move |stored| Language::chosen(stored, browser.iter().map(String::as_str));
    // The stored choice; from unreadable data too, so the recovery screen
    // speaks the person's language.
    let stored = Memo::new(move |_| {
        store.data.with(|d| d.settings.language).or_else(|| {
            store.problem.with(|p| {
                p.as_ref()
                    .and_then(|p| crate::storage::envelope::stored_language(&p.raw))
            })
        })
    });
    let words = Words::open(chosen(stored.get_untracked()));
    provide_context(words);
    let session = crate::runtime::session::Session::open(store, words);
    provide_context(session);
    Effect::new(move |prev: Option<()>| {
        let l = stored.get();
        if prev.is_some() {
            words.switch(chosen(l));
        }
    });
    // The page's title in the language showing.
    Effect::new(move |_| {
        if words.ready() {
            page::set_title(&words.t("app-title"));
        }
    });
    Effect::new(move |_| {
        if words.ready() || words.failed.get() {
            // The static splash in index.html has done its job.
            page::remove_element("splash");
        }
    });
    let shell = Shell {
        route: RwSignal::new(route(&current_hash())),
        update_ready: RwSignal::new(false),
        can_install: RwSignal::new(false),
        navigated: RwSignal::new(false),
    };
    provide_context(shell);

    page::on_hash_change(move || {
        shell.navigated.set(true);
        shell.route.set(route(&current_hash()));
        // Each screen starts at its top, with focus on its heading for
        // screen readers and keyboards.
        page::scroll_to_top();
        focus_heading();
    });
    // For the app's whole life: look for a new version whenever it is shown.
    std::mem::forget(page::on_visibility_change(|| {
        if page::is_visible() {
            pwa::update::check();
        }
    }));
    pwa::update::register(shell.update_ready);
    pwa::install::listen(shell.can_install);

    // Theme: "system" leaves it to prefers-color-scheme in the stylesheet.
    Effect::new(move |_| {
        let theme = store.data.with(|d| d.settings.theme);
        page::set_root_attribute(
            "data-theme",
            match theme {
                Theme::System => "system",
                Theme::Light => "light",
                Theme::Dark => "dark",
            },
        );
    });

    view! {
        // Keyed on the language: a switch redraws every screen in it.
        {move || match (store.problem.get(), words.ready(), words.language()) {
            (Some(p), true, _) => lazy::recovery(p, words),
            (None, true, _) => view! { <Screens/> }.into_any(),
            _ if words.failed.get() => view! {
                <main class="screen">
                    <p role="alert">{unavailable(chosen(stored.get_untracked()))}</p>
                </main>
            }.into_any(),
            _ => ().into_any(),
        }}
    }
}

#[component]
fn Screens() -> impl IntoView {
    let shell = use_shell();
    let w = crate::runtime::words::use_words();
    let store = use_store();
    // A running session has the whole screen: no tab bar, no update banner.
    let session = crate::runtime::session::use_session();
    let session_showing = Memo::new(move |_| session.showing());
    let ready = move || shell.update_ready.get() && !session_showing.get();
    view! {
        <a class="skip" href="#main" on:click=|ev| { ev.prevent_default(); focus_heading(); }>{w.t("app-skip")}</a>
        <Show when=ready>
            <div class="banner update" role="status">
                <span>{w.t("app-update")}</span>
                <button class="btn small" on:click=|_| pwa::update::apply()>{w.t("app-reload")}</button>
            </div>
        </Show>
        {widgets::note("banner error", "alert", Signal::derive(move || store.save_error.get().map(|m| w.say(&m))))}
        <main id="main" class:session=move || session_showing.get()>
            {move || {
                let r = shell.route.get();
                match (r.chunk(), r) {
                    (Some(chunk), r) => lazy::screen(chunk, r, w, shell.navigated.get_untracked()),
                    (None, Route::Home) => view! { <home::Home/> }.into_any(),
                    (None, Route::Triage) => view! { <crate::screens::triage::Wizard/> }.into_any(),
                    (None, Route::Shared(code)) => view! { <crate::screens::share::SharedPreview code=code/> }.into_any(),
                    (None, _) => view! {
                        <section class="screen">
                            <h1 tabindex="-1">{w.t("app-not-found")}</h1>
                            <p>{w.t("app-not-found-why")}</p>
                            <a class="btn" href="#/">{w.t("app-go-home")}</a>
                        </section>
                    }.into_any(),
                }
            }}
        </main>
        <Show when=move || !session_showing.get()>
            <nav::TabBar/>
        </Show>
    }
}
