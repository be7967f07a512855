//! Voice announcements with speechSynthesis, where the browser has it.

use super::feature;
use wasm_bindgen::JsValue;

fn synth() -> Option<JsValue> {
    feature::get(&web_sys::window()?.into(), "speechSynthesis")
}

/// Both halves must exist: some browsers expose `speechSynthesis` without
/// the utterance constructor, or with no voices to speak with.
pub fn available() -> bool {
    synth().is_some()
        && web_sys::window()
            .is_some_and(|w| feature::get(&w.into(), "SpeechSynthesisUtterance").is_some())
}

/// The page's language (`<html lang>`, which the app keeps to the words
/// showing): announcements are spoken in it.
fn page_lang() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "en".into())
}

/// The phone's voices, once the browser has listed them (some list them
/// only after a moment: then this is empty).
fn voices() -> Vec<JsValue> {
    synth()
        .and_then(|s| feature::call("speech", &s, "getVoices", &[]))
        .map(|v| js_sys::Array::from(&v).iter().collect())
        .unwrap_or_default()
}

fn voice_lang(v: &JsValue) -> String {
    feature::get(v, "lang")
        .and_then(|l| l.as_string())
        .unwrap_or_default()
        .replace('_', "-")
}

/// A voice for `tag`: its exact region first (pt-BR), else the language.
fn voice_for(tag: &str) -> Option<JsValue> {
    let main = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let all = voices();
    let same_main = |v: &&JsValue| {
        voice_lang(v)
            .split('-')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
            == main
    };
    all.iter()
        .find(|v| voice_lang(v).eq_ignore_ascii_case(tag))
        .or_else(|| all.iter().find(same_main))
        .cloned()
}

/// Whether the phone can speak `tag`: `None` while it has not listed its
/// voices (or has none listed at all), so nobody is told "no voice" wrongly.
pub fn has_voice_for(tag: &str) -> Option<bool> {
    if !available() || voices().is_empty() {
        return None;
    }
    Some(voice_for(tag).is_some())
}

pub fn speak(text: &str) {
    if !available() {
        return;
    }
    let Some(s) = synth() else { return };
    let lang = page_lang();
    if has_voice_for(&lang) == Some(false) {
        // Better silence than a voice reading Spanish words with English
        // sounds: tones and vibration carry the cue.
        return;
    }
    if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        u.set_rate(0.95);
        u.set_lang(&lang);
        if let Some(v) = voice_for(&lang) {
            let _ = js_sys::Reflect::set(&u, &"voice".into(), &v);
        }
        // A new announcement replaces one still talking: never a queue of stale news.
        feature::call("speech", &s, "cancel", &[]);
        feature::call("speech", &s, "speak", &[u.into()]);
    }
}

pub fn cancel() {
    if let Some(s) = synth() {
        feature::call("speech", &s, "cancel", &[]);
    }
}

/// Calls `f` once when the phone next lists its voices (Chrome lists them
/// a moment after the page asks).
pub fn on_voices_changed(f: impl FnOnce() + 'static) {
    let Some(s) = synth() else { return };
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"once".into(), &JsValue::TRUE);
    feature::call(
        "speech",
        &s,
        "addEventListener",
        &["voiceschanged".into(), cb, opts.into()],
    );
}
