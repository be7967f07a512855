//! The system share sheet where it exists, else the clipboard.

use wasm_bindgen::JsCast;

pub enum Shared {
    Sheet,
    Copied,
    Cancelled,
    Failed,
}

pub async fn share_link(title: &str, url: &str) -> Shared {
    let Some(w) = web_sys::window() else {
        return Shared::Failed;
    };
    let nav = w.navigator();
    if js_sys::Reflect::has(&nav, &"share".into()).unwrap_or(false) {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        match wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await {
            Ok(_) => return Shared::Sheet,
            Err(e) => {
                // The person closed the sheet: not an error.
                let name = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.name()))
                    .unwrap_or_default();
                if name == "AbortError" {
                    return Shared::Cancelled;
                }
            }
        }
    }
    copy(url).await
}

pub async fn copy(text: &str) -> Shared {
    let Some(w) = web_sys::window() else {
        return Shared::Failed;
    };
    let p = w.navigator().clipboard().write_text(text);
    match wasm_bindgen_futures::JsFuture::from(p).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}
