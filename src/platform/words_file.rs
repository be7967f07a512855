//! Fetches a language's compiled catalogue. The page's loader script
//! (index.html) has already started fetching the language it expects while
//! the wasm downloaded: `window.quadsWords = {files, tag, text}`, `files`
//! naming each language's file by its content hash. A language chosen later
//! is fetched here (and kept offline by the service worker).

use super::feature;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    type Response;
    #[wasm_bindgen(method, getter)]
    fn ok(this: &Response) -> bool;
    #[wasm_bindgen(method, getter)]
    fn status(this: &Response) -> u16;
    #[wasm_bindgen(method, catch)]
    fn text(this: &Response) -> Result<js_sys::Promise, JsValue>;
}

fn loader() -> Option<JsValue> {
    feature::get(&web_sys::window()?.into(), "quadsWords")
}

/// The language the page started fetching, if it did.
pub fn preloaded_tag() -> Option<String> {
    feature::get(&loader()?, "tag")?.as_string()
}

/// The file holding `tag`'s catalogue in this build.
fn file_of(tag: &str) -> Option<String> {
    feature::get(&feature::get(&loader()?, "files")?, tag)?.as_string()
}

/// The catalogue's text, or why it could not be had (for the console; the
/// person reads words the app chooses).
pub async fn fetch(tag: &str) -> Result<String, String> {
    if preloaded_tag().as_deref() == Some(tag) {
        if let Some(p) = loader().and_then(|l| feature::get(&l, "text")) {
            // Taken once: a later switch back fetches through the worker.
            if let Some(l) = loader() {
                let _ = js_sys::Reflect::delete_property(&l.into(), &"text".into());
            }
            match JsFuture::from(js_sys::Promise::resolve(&p)).await {
                Ok(t) if t.is_string() => return Ok(t.as_string().unwrap_or_default()),
                // The early fetch failed: try once more below.
                _ => {}
            }
        }
    }
    let file = file_of(tag).ok_or_else(|| format!("no catalogue for {tag} in this build"))?;
    let window = web_sys::window().ok_or("no window")?;
    let p = feature::call("fetch", &window.into(), "fetch", &[file.as_str().into()])
        .ok_or("fetch is missing")?;
    let res: Response = JsFuture::from(js_sys::Promise::resolve(&p))
        .await
        .map_err(|e| format!("{file}: {e:?}"))?
        .unchecked_into();
    if !res.ok() {
        return Err(format!("{file}: HTTP {}", res.status()));
    }
    let text = res.text().map_err(|e| format!("{e:?}"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("{file}: not text"))
}

/// The browser's languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = feature::navigator() else {
        return Vec::new();
    };
    let list = feature::get(&nav, "languages")
        .map(|l| {
            js_sys::Array::from(&l)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    match list {
        l if !Vec::is_empty(&l) => l,
        _ => feature::get(&nav, "language")
            .and_then(|l| l.as_string())
            .into_iter()
            .collect(),
    }
}
