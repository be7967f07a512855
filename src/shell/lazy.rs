//! Code a first visit does not need arrives later, in chunks of the wasm
//! (`Route::chunk`; scripts/split.mjs cuts them). A split point is a
//! `#[wasm_split(<chunk>, ...)]` function beside the code it draws; this
//! is what every split point shares: its error, and the view that waits for
//! it, shows it, or says it could not be loaded.

use crate::runtime::words::Words;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

/// A chunk that could not be fetched or started: the network dropped, or
/// the site was updated and this page's build is gone.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// The view a split point draws: nothing while its chunk arrives (a chunk
/// already here draws at once), then the view; or, if the chunk cannot be
/// loaded, what happened and a button that reloads the app.
pub fn shown(
    words: Words,
    loading: impl Future<Output = Result<AnyView, NotLoaded>> + 'static,
) -> AnyView {
    // Suspend asks for Send; the wasm has one thread.
    let loading = send_wrapper::SendWrapper::new(loading);
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match loading.await {
                    Ok(v) => v,
                    Err(NotLoaded) => not_loaded(words),
                }
            })}
        </Suspense>
    }
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
