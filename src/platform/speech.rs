//! Voice announcements with speechSynthesis, where the browser has it.

pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.speech_synthesis().ok())
        .is_some()
}

pub fn speak(text: &str) {
    let Some(s) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        u.set_rate(0.95);
        // A new announcement replaces one still talking: never a queue of stale news.
        s.cancel();
        s.speak(&u);
    }
}

pub fn cancel() {
    if let Some(s) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        s.cancel();
    }
}
