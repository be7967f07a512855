//! Reading a file the person picked in an `<input type="file">`.

use wasm_bindgen::JsCast;

/// The picked file from a `change` event, cleared from the input so the
/// same file can be picked again: (size in bytes, a future of its text).
pub fn take_picked(
    ev: &web_sys::Event,
) -> Option<(f64, impl std::future::Future<Output = Option<String>>)> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    let size = file.size();
    let text = async move {
        wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
    };
    Some((size, text))
}
