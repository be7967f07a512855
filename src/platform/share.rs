//! The system share sheet where it exists, else the clipboard.

use super::feature;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub enum Shared {
    Sheet,
    Copied,
    Cancelled,
    Failed,
}

pub async fn share_link(title: &str, url: &str) -> Shared {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    share(data, url).await
}

/// A message (a progress report with its link in it), for a chat or mail.
pub async fn share_text(title: &str, text: &str) -> Shared {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    share(data, text).await
}

async fn share(data: web_sys::ShareData, or_copy: &str) -> Shared {
    let Some(nav) = feature::navigator() else {
        return Shared::Failed;
    };
    if let Some(p) = feature::call("share", &nav, "share", &[data.into()]) {
        match JsFuture::from(js_sys::Promise::resolve(&p)).await {
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
    copy(or_copy).await
}

/// Copies text; `Failed` where there is no clipboard (an insecure origin,
/// an old browser) or the browser refuses.
pub async fn copy(text: &str) -> Shared {
    let Some(clip) = feature::navigator().and_then(|n| feature::get(&n, "clipboard")) else {
        return Shared::Failed;
    };
    let Some(p) = feature::call("clipboard", &clip, "writeText", &[JsValue::from_str(text)]) else {
        return Shared::Failed;
    };
    match JsFuture::from(js_sys::Promise::resolve(&p)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}
