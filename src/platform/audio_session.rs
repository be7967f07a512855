//! How the app's sound shares the phone with other audio (Safari 17's
//! `navigator.audioSession`; elsewhere there is nothing to set).

use super::feature;

/// `true`: "playback", which keeps sounding with the screen off and
/// pauses other audio; `false`: "ambient", which mixes with the person's
/// music or podcast and follows the silent switch.
pub fn set_exclusive(exclusive: bool) {
    if let Some(session) = feature::navigator().and_then(|n| feature::get(&n, "audioSession")) {
        let kind = if exclusive { "playback" } else { "ambient" };
        let _ = js_sys::Reflect::set(&session, &"type".into(), &kind.into());
    }
}
