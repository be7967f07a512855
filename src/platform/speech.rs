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

pub fn speak(text: &str) {
    if !available() {
        return;
    }
    let Some(s) = synth() else { return };
    if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        u.set_rate(0.95);
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
