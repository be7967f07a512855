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
use crate::shell::focus_heading;
use crate::shell::lazy::{shown, NotLoaded};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

// The split points, one per chunk for its screens (and the recovery
// screen, which takes what could not be read). Their arguments and results
// cross the chunk boundary as plain values; a panic there would abort the
// module, so nothing here may fail but the load itself. A route of another
// chunk cannot arrive (`Route::chunk` decides); it would draw the chunk's
// first screen.

#[wasm_split(session, wasm_split_path = ::leptos::wasm_split, fallible)]
fn session_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::Routine(id) => view! { <session::RoutineDetail id=id/> }.into_any(),
        Route::Edit(id) => view! { <session::Builder id=id/> }.into_any(),
        Route::Session => view! { <session::Player/> }.into_any(),
        Route::RedFlagCheck(id) => view! { <triage::RedFlagCheck routine_id=id/> }.into_any(),
        Route::SendPlan(id) => view! { <share::SendPlan routine_id=id/> }.into_any(),
        Route::OpenLink => view! { <share::OpenLink/> }.into_any(),
        _ => view! { <session::RoutineList/> }.into_any(),
    })
}

#[wasm_split(habit, wasm_split_path = ::leptos::wasm_split, fallible)]
fn habit_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::SendProgress => view! { <share::SendProgress/> }.into_any(),
        Route::Settings => view! { <settings::Settings/> }.into_any(),
        Route::About => view! { <about::About/> }.into_any(),
        _ => view! { <habit::HabitScreen/> }.into_any(),
    })
}

#[wasm_split(habit, wasm_split_path = ::leptos::wasm_split, fallible)]
fn recovery_screen(problem: Problem) -> Result<AnyView, NotLoaded> {
    Ok(view! { <recovery::Recovery problem=problem/> }.into_any())
}

#[wasm_split(triage, wasm_split_path = ::leptos::wasm_split, fallible)]
fn triage_screen(route: Route) -> Result<AnyView, NotLoaded> {
    Ok(match route {
        Route::TriageResult(id) => view! { <triage::ResultScreen id=id/> }.into_any(),
        Route::TriageHistory => view! { <triage::History/> }.into_any(),
        Route::Learn(topic) => view! { <triage::Learn topic=topic/> }.into_any(),
        _ => view! { <triage::Learn topic=None/> }.into_any(),
    })
}

async fn load(chunk: Chunk, route: Route) -> Result<AnyView, NotLoaded> {
    match chunk {
        Chunk::Session => session_screen(route).await,
        Chunk::Habit => habit_screen(route).await,
        Chunk::Triage => triage_screen(route).await,
    }
}

/// A screen from a chunk: drawn at once if the chunk is here, else when it
/// has arrived, and then given focus like any screen navigated to (after
/// the first, which the page opened on).
pub fn screen(chunk: Chunk, route: Route, words: Words, navigated: bool) -> AnyView {
    shown(words, async move {
        let v = load(chunk, route).await;
        if navigated {
            focus_heading();
        }
        v
    })
}

/// The recovery screen, from its chunk.
pub fn recovery(problem: Problem, words: Words) -> AnyView {
    shown(words, async move { recovery_screen(problem).await })
}
