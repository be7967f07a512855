//! The router: the one module that knows every screen. Routing by
//! fragment, the tab bar, the update banner, and the screens that belong to
//! no single capability (home, settings, about, recovery). Shell state and
//! navigation live in `shell`, which imports no screen.

mod about;
mod home;
mod nav;
mod recovery;
mod settings;

use crate::pwa;
use crate::route::{route, Route};
use crate::shell::widgets;
use crate::shell::{current_hash, use_shell, Shell};
use crate::storage::local::{use_store, Store};
use crate::storage::schema::Theme;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    // The static splash in index.html has done its job.
    if let Some(splash) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("splash"))
    {
        splash.remove();
    }
    let store = Store::open();
    provide_context(store);
    let shell = Shell {
        route: RwSignal::new(route(&current_hash())),
        update_ready: RwSignal::new(false),
        can_install: RwSignal::new(false),
        session_running: RwSignal::new(false),
    };
    provide_context(shell);

    let on_hash = Closure::<dyn Fn()>::new(move || {
        shell.route.set(route(&current_hash()));
        // Each screen starts at its top, with focus on its heading for
        // screen readers and keyboards.
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        focus_heading();
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
        let check = Closure::<dyn Fn()>::new(move || {
            if web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
            {
                pwa::update::check();
            }
        });
        if let Some(d) = w.document() {
            let _ = d.add_event_listener_with_callback(
                "visibilitychange",
                check.as_ref().unchecked_ref(),
            );
        }
        check.forget();
    }
    on_hash.forget();
    pwa::update::register(shell.update_ready);
    pwa::install::listen(shell.can_install);

    // Theme: "system" leaves it to prefers-color-scheme in the stylesheet.
    Effect::new(move |_| {
        let theme = store.data.with(|d| d.settings.theme);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute(
                "data-theme",
                match theme {
                    Theme::System => "system",
                    Theme::Light => "light",
                    Theme::Dark => "dark",
                },
            );
        }
    });

    view! {
        {move || match store.problem.get() {
            Some(p) => view! { <recovery::Recovery problem=p/> }.into_any(),
            None => view! { <Screens/> }.into_any(),
        }}
    }
}

fn focus_heading() {
    leptos::prelude::request_animation_frame(|| {
        if let Some(h) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
        {
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });
}

#[component]
fn Screens() -> impl IntoView {
    let shell = use_shell();
    let store = use_store();
    let ready = move || shell.update_ready.get() && !shell.session_running.get();
    view! {
        <a class="skip" href="#main" on:click=|ev| { ev.prevent_default(); focus_heading(); }>"Skip to content"</a>
        <Show when=ready>
            <div class="banner update" role="status">
                <span>"Update available."</span>
                <button class="btn small" on:click=|_| pwa::update::apply()>"Reload to update"</button>
            </div>
        </Show>
        {widgets::note("banner error", "alert", store.save_error.into())}
        <main id="main" class:session=move || shell.session_running.get()>
            {move || {
                let r = shell.route.get();
                match r {
                    Route::Home => view! { <home::Home/> }.into_any(),
                    Route::Settings => view! { <settings::Settings/> }.into_any(),
                    Route::About => view! { <about::About/> }.into_any(),
                    Route::Routines => view! { <crate::session::view::RoutineList/> }.into_any(),
                    Route::Routine(id) => view! { <crate::session::view::RoutineDetail id=id/> }.into_any(),
                    Route::Edit(id) => view! { <crate::session::view::Builder id=id/> }.into_any(),
                    Route::Session => view! { <crate::session::view::Player/> }.into_any(),
                    Route::Triage => view! { <crate::triage::view::Wizard/> }.into_any(),
                    Route::TriageResult(id) => view! { <crate::triage::view::ResultScreen id=id/> }.into_any(),
                    Route::TriageHistory => view! { <crate::triage::view::History/> }.into_any(),
                    Route::RedFlagCheck(id) => view! { <crate::triage::view::RedFlagCheck routine_id=id/> }.into_any(),
                    Route::Learn(topic) => view! { <crate::triage::view::Learn topic=topic/> }.into_any(),
                    Route::Habit => view! { <crate::habit::view::HabitScreen/> }.into_any(),
                    Route::Shared(code) => view! { <crate::share::view::SharedPreview code=code/> }.into_any(),
                    Route::OpenLink => view! { <crate::share::view::OpenLink/> }.into_any(),
                    Route::SendPlan(id) => view! { <crate::share::view::SendPlan routine_id=id/> }.into_any(),
                    Route::SendProgress => view! { <crate::share::view::SendProgress/> }.into_any(),
                    Route::NotFound(_) => view! {
                        <section class="screen">
                            <h1 tabindex="-1">"Page not found"</h1>
                            <p>"This link points to a screen the app does not have."</p>
                            <a class="btn" href="#/">"Go to Home"</a>
                        </section>
                    }.into_any(),
                }
            }}
        </main>
        <Show when=move || !shell.session_running.get()>
            <nav::TabBar/>
        </Show>
    }
}
