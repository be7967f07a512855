//! `localStorage`, the one key the app writes, and word from other tabs.

use super::feature;
use wasm_bindgen::prelude::*;

pub const KEY: &str = "quads-data";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Why storage failed; the app says it in the person's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The browser allows no storage (private mode, disabled).
    Unavailable,
    /// The stored copy could not be read.
    Unreadable,
    /// Full or blocked on writing.
    Full,
}

pub fn read() -> Result<Option<String>, Failure> {
    let s = storage().ok_or(Failure::Unavailable)?;
    s.get_item(KEY).map_err(|_| Failure::Unreadable)
}

pub fn write(value: &str) -> Result<(), Failure> {
    let s = storage().ok_or(Failure::Unavailable)?;
    s.set_item(KEY, value).map_err(|_| Failure::Full)
}

/// Keeps `value` under `KEY-suffix` (an old copy beside a migrated one).
pub fn keep_beside(suffix: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{KEY}-{suffix}"), value);
    }
}

pub fn remove() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

/// Calls `f` whenever another tab changes the app's data.
pub fn on_other_tab_change(f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(KEY) {
            f();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("storage", cb.as_ref().unchecked_ref());
    }
    cb.forget();
}

/// Asks the browser to keep our data under storage pressure. Resolves to
/// whether storage is now persistent (`None`: API missing).
pub async fn request_persist() -> Option<bool> {
    manager_bool("persist").await
}

pub async fn is_persisted() -> Option<bool> {
    manager_bool("persisted").await
}

/// Calls a StorageManager method that resolves to a boolean (Safari before
/// 15.2 has no `navigator.storage`).
async fn manager_bool(name: &str) -> Option<bool> {
    let manager = feature::get(&feature::navigator()?, "storage")?;
    let p = feature::call("storage", &manager, name, &[])?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&p))
        .await
        .ok()?
        .as_bool()
}
