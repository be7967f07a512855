//! Keeps the person's language offline. The service worker installs the
//! app without any catalogue (a first visit downloads one language, not
//! five); once it is active the page names its language and the worker
//! keeps that file, and carries it over to each new version.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

pub fn keep_offline(tag: &'static str) {
    let Some(sw) = super::update::container() else {
        return;
    };
    let Ok(ready) = sw.ready() else { return };
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(ready).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if let Some(active) = reg.active() {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"words".into(), &tag.into());
            let _ = active.post_message(&msg);
        }
    });
}
