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
use crate::shell::lazy::{shown, Draw, NotLoaded};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

// The split points, one per chunk, each handing back the function in its
// chunk that draws that chunk's screens (and the recovery screen, in the
// habit chunk). Nothing crosses the boundary but the function pointer; a
// panic there would abort the module, so nothing may fail but the load. A
// route of another chunk cannot arrive (`Route::chunk` decides); it would
// draw the chunk's first screen.

#[wasm_split(session, wasm_split_path = ::leptos::wasm_split, fallible)]
fn session_screens() -> Result<Draw<Route>, NotLoaded> {
    Ok(|route| match route {
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
fn habit_screens() -> Result<Draw<Route>, NotLoaded> {
    Ok(|route| match route {
        Route::SendProgress => view! { <share::SendProgress/> }.into_any(),
        Route::Settings => view! { <settings::Settings/> }.into_any(),
        Route::About => view! { <about::About/> }.into_any(),
        _ => view! { <habit::HabitScreen/> }.into_any(),
    })
}

#[wasm_split(habit, wasm_split_path = ::leptos::wasm_split, fallible)]
fn recovery_screen() -> Result<Draw<Problem>, NotLoaded> {
    Ok(|problem| view! { <recovery::Recovery problem=problem/> }.into_any())
}

#[wasm_split(triage, wasm_split_path = ::leptos::wasm_split, fallible)]
fn triage_screens() -> Result<Draw<Route>, NotLoaded> {
    Ok(|route| match route {
        Route::TriageResult(id) => view! { <triage::ResultScreen id=id/> }.into_any(),
        Route::TriageHistory => view! { <triage::History/> }.into_any(),
        Route::Learn(topic) => view! { <triage::Learn topic=topic/> }.into_any(),
        _ => view! { <triage::Learn topic=None/> }.into_any(),
    })
}

async fn load(chunk: Chunk) -> Result<Draw<Route>, NotLoaded> {
    match chunk {
        Chunk::Session => session_screens().await,
        Chunk::Habit => habit_screens().await,
        Chunk::Triage => triage_screens().await,
    }
}

/// A screen from a chunk: drawn at once if the chunk is here, else when it
/// has arrived, and then given focus like any screen navigated to (after
/// the first, which the page opened on).
pub fn screen(chunk: Chunk, route: Route, words: Words, navigated: bool) -> AnyView {
    shown(words, route, load(chunk), move || {
        if navigated {
            focus_heading();
        }
    })
}

/// The recovery screen, from its chunk.
pub fn recovery(problem: Problem, words: Words) -> AnyView {
    shown(words, problem, recovery_screen(), || ())
}
