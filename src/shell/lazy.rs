//! Code a first visit does not need arrives later, in chunks of the wasm
//! (`Route::chunk`; scripts/split.mjs cuts them). A split point is a
//! `#[wasm_split(<chunk>, ...)]` function beside the code it draws, which
//! hands back the function that draws it. This is what every split point
//! shares: its error, and the view that waits for the chunk and then draws.
//!
//! The split point returns a function rather than a view so that the view
//! is made where any other is, inside the reactive owner of the place it is
//! shown: a view made while the chunk loaded (in a future) kept signals that
//! were disposed before effects that read them.

use crate::runtime::words::Words;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::task::{Context, Poll, Waker};

/// A chunk that could not be fetched or started: the network dropped, or
/// the site was updated and this page's build is gone.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// What a split point hands back: the function, in its chunk, that draws.
pub type Draw<A> = fn(A) -> AnyView;

/// Draws `arg` with the function `loading` brings: at once when its chunk
/// is already here, else "Loading…" until it has arrived (then `arrived` runs);
/// or, if it cannot be loaded, what happened and a button that reloads.
pub fn shown<A: Clone + 'static>(
    words: Words,
    arg: A,
    loading: impl Future<Output = Result<Draw<A>, NotLoaded>> + 'static,
    arrived: impl FnOnce() + 'static,
) -> AnyView {
    let mut loading = Box::pin(loading);
    // A chunk already loaded answers on the first poll: draw in this frame,
    // with no empty one between screens.
    match loading
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(Ok(draw)) => return draw(arg),
        Poll::Ready(Err(NotLoaded)) => return not_loaded(words),
        Poll::Pending => {}
    }
    let got = RwSignal::new(None::<Result<Draw<A>, ()>>);
    leptos::task::spawn_local(async move {
        let r = loading.await.map_err(|NotLoaded| ());
        // Gone already if the person moved on while it loaded.
        if got.try_set(Some(r)).is_none() {
            arrived();
        }
    });
    let arg = StoredValue::new_local(arg);
    (move || match got.get() {
        // Said only if the wait is long enough to notice (style: .loading).
        None => {
            view! { <p class="loading" role="status">{words.t("splash-loading")}</p> }.into_any()
        }
        Some(Ok(draw)) => draw(arg.get_value()),
        Some(Err(())) => not_loaded(words),
    })
    .into_any()
}

fn not_loaded(w: Words) -> AnyView {
    view! {
        <div class="error" role="alert">
            <p>{w.t("app-chunk-failed")}</p>
            <button class="btn" on:click=|_| crate::pwa::update::apply()>{w.t("app-chunk-reload")}</button>
        </div>
    }
    .into_any()
}
