//! Registers the service worker and notices a new version. The app never
//! reloads by itself: the user taps "Update" when it suits them, and the
//! banner is not offered during a running session.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::ServiceWorkerRegistration;

thread_local! {
    static REG: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

pub(super) fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::has(&nav, &"serviceWorker".into())
        .ok()?
        .then(|| nav.service_worker())
}

fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

pub fn register(update_ready: RwSignal<bool>) {
    let Some(sw) = container() else { return };
    let promise = sw.register("./sw.js");
    leptos::task::spawn_local(async move {
        // Checked, not assumed: a browser with workers turned off may answer
        // with nothing (Playwright's "block" answers `undefined`).
        let Ok(Ok(reg)) = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(JsCast::dyn_into::<ServiceWorkerRegistration>)
        else {
            return;
        };
        if reg.waiting().is_some() && has_controller() {
            update_ready.set(true);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let w = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // "installed" with a controller present: a new version waits.
                if w.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REG.with(|r| *r.borrow_mut() = Some(reg));
    });
}

/// Asks the server whether a new version exists (on return to the app).
pub fn check() {
    REG.with(|r| {
        if let Some(reg) = r.borrow().as_ref() {
            let _ = reg.update();
        }
    });
}

/// Activates the waiting version, then reloads once it has taken over.
/// Only ever called from the user's tap on "Update".
/// Without a service worker, or a version waiting, it reloads at once: the
/// same tap also serves "Reload" when a screen's chunk could not be loaded.
pub fn apply() {
    let waiting = REG.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    let (Some(sw), Some(waiting)) = (container(), waiting) else {
        let _ = web_sys::window().map(|w| w.location().reload());
        return;
    };
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = web_sys::window().map(|w| w.location().reload());
    });
    sw.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let _ = waiting.post_message(&"skip-waiting".into());
}
