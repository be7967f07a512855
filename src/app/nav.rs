//! The bottom tab bar: five destinations within reach of one thumb.

use crate::route::Route;
use crate::shell::use_shell;
use leptos::prelude::*;

#[component]
pub fn TabBar() -> impl IntoView {
    let shell = use_shell();
    let w = crate::runtime::words::use_words();
    let tab = move |label: &'static str,
                    href: &'static str,
                    icon: &'static str,
                    is: fn(&Route) -> bool| {
        let current = move || shell.route.with(is);
        view! {
            <a href=href class="tab" class:current=current aria-current=move || current().then_some("page")>
                <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=icon/></svg>
                <span>{w.t(label)}</span>
            </a>
        }
    };
    view! {
        <nav class="tabbar" aria-label=w.t("nav-main")>
            {tab("nav-home", "#/", "M3 11 12 3l9 8v10h-6v-6H9v6H3z", |r| matches!(r, Route::Home))}
            {tab("nav-routines", "#/routines", "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 4v6l4 2", |r| matches!(r, Route::Routines | Route::Routine(_) | Route::Edit(_) | Route::Shared(_) | Route::OpenLink | Route::SendPlan(_)))}
            {tab("nav-habit", "#/habit", "M4 5h16v15H4zM4 9h16M8 3v4M16 3v4", |r| matches!(r, Route::Habit | Route::SendProgress))}
            {tab("nav-learn", "#/learn", "M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zM20 4h-5a3 3 0 0 0-3 3", |r| matches!(r, Route::Learn(_) | Route::Triage | Route::TriageResult(_) | Route::TriageHistory))}
            {tab("nav-settings", "#/settings", "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM2 12h3M19 12h3M12 2v3M12 19v3", |r| matches!(r, Route::Settings | Route::About))}
        </nav>
    }
}
