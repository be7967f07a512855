//! The screens a first visit does not need, in a few large chunks of the
//! wasm that load the first time one of their screens opens (which screen is
//! where: `Route::chunk`). Each chunk has one split point, a function that
//! draws any of its screens; everything they share with the entry screens
//! stays in the entry module. scripts/split.mjs cuts the module at these
//! points after Trunk's build (docs/decisions.md, "Screens that load when
//! needed").

use crate::route::{Chunk, Route};
use crate::runtime::store::Problem;
use crate::runtime::words::Words;
use crate::screens::{about, habit, recovery, session, settings, share, triage};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A chunk that could not be fetched or started: the network dropped, or
/// the site was updated and this page's build is gone.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

// The split points. Their arguments and results cross the chunk boundary as
// plain values; a panic there would abort the module, so nothing here may
// fail but the load itself.

#[wasm_split(session, wasm_split_path = ::leptos::wasm_split, fallible)]
fn session_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::Routines => view! { <session::RoutineList/> }.into_any(),
        Route::Routine(id) => view! { <session::RoutineDetail id=id/> }.into_any(),
        Route::Edit(id) => view! { <session::Builder id=id/> }.into_any(),
        Route::RedFlagCheck(id) => view! { <triage::RedFlagCheck routine_id=id/> }.into_any(),
        _ => view! { <session::Player/> }.into_any(),
    })
}

#[wasm_split(habit, wasm_split_path = ::leptos::wasm_split, fallible)]
fn habit_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::SendProgress => view! { <share::SendProgress/> }.into_any(),
        _ => view! { <habit::HabitScreen/> }.into_any(),
    })
}

#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn share_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::SendPlan(id) => view! { <share::SendPlan routine_id=id/> }.into_any(),
        _ => view! { <share::OpenLink/> }.into_any(),
    })
}

#[wasm_split(triage, wasm_split_path = ::leptos::wasm_split, fallible)]
fn triage_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::TriageResult(id) => view! { <triage::ResultScreen id=id/> }.into_any(),
        Route::TriageHistory => view! { <triage::History/> }.into_any(),
        Route::Learn(topic) => view! { <triage::Learn topic=topic/> }.into_any(),
        _ => view! { <triage::History/> }.into_any(),
    })
}

#[wasm_split(more, wasm_split_path = ::leptos::wasm_split, fallible)]
fn more_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::About => view! { <about::About/> }.into_any(),
        _ => view! { <settings::Settings/> }.into_any(),
    })
}

#[wasm_split(more, wasm_split_path = ::leptos::wasm_split, fallible)]
fn recovery_screen(problem: Problem) -> Result<AnyView, NotLoaded> {
    Ok(view! { <recovery::Recovery problem=problem/> }.into_any())
}

async fn load(chunk: Chunk, route: Route) -> Result<AnyView, NotLoaded> {
    match chunk {
        Chunk::Session => session_screen(route).await,
        Chunk::Habit => habit_screen(route).await,
        Chunk::Share => share_screen(route).await,
        Chunk::Triage => triage_screen(route).await,
        Chunk::More => more_screen(route).await,
    }
}

/// A screen from a chunk: nothing while the chunk arrives (a chunk already
/// here draws at once), then the screen; or, if it cannot be loaded, what
/// happened and a button that reloads the app.
pub fn screen(chunk: Chunk, route: Route, words: Words) -> AnyView {
    shown(words, async move { load(chunk, route).await })
}

/// The recovery screen, from its chunk.
pub fn recovery(problem: Problem, words: Words) -> AnyView {
    shown(words, async move { recovery_screen(problem).await })
}

fn shown(
    words: Words,
    loading: impl std::future::Future<Output = Result<AnyView, NotLoaded>> + 'static,
) -> AnyView {
    let loading = send_wrapper::SendWrapper::new(loading);
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match loading.await {
                    Ok(v) => {
                        super::focus_heading();
                        v
                    }
                    Err(NotLoaded) => not_loaded(words),
                }
            })}
        </Suspense>
    }
    .into_any()
}

fn not_loaded(w: Words) -> AnyView {
    view! {
        <section class="screen">
            <p role="alert">{w.t("app-chunk-failed")}</p>
            <button class="btn" on:click=|_| crate::pwa::update::apply()>{w.t("app-chunk-reload")}</button>
        </section>
    }
    .into_any()
}
