//! Vibration patterns, where the phone has them. No iPhone does: Safari has
//! no `navigator.vibrate`, so every call goes through `feature`.

use super::feature;
use crate::session::cue::CueKind;

pub fn pattern(kind: CueKind) -> &'static [u32] {
    match kind {
        CueKind::HoldStart => &[200],
        CueKind::Halfway => &[80],
        CueKind::Countdown => &[40],
        CueKind::Move => &[120, 80, 120],
        CueKind::Switch => &[300, 100, 300],
        CueKind::GetReady | CueKind::StepDone => &[100, 60, 100],
        CueKind::Done => &[400, 100, 200, 100, 400],
    }
}

/// Whether this phone can vibrate at all (Settings offers the switch only then).
pub fn available() -> bool {
    feature::navigator().is_some_and(|n| feature::method(&n, "vibrate").is_some())
}

pub fn vibrate(kind: CueKind) {
    let Some(nav) = feature::navigator() else {
        return;
    };
    let arr: js_sys::Array = pattern(kind)
        .iter()
        .map(|v| wasm_bindgen::JsValue::from(*v))
        .collect();
    feature::call("vibration", &nav, "vibrate", &[arr.into()]);
}
