//! Vibration patterns, where the phone has them (not on iPhone).

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

pub fn vibrate(kind: CueKind) {
    let Some(w) = web_sys::window() else { return };
    let arr = js_sys::Array::new();
    for v in pattern(kind) {
        arr.push(&(*v).into());
    }
    let _ = w.navigator().vibrate_with_pattern(&arr);
}
