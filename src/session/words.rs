//! The session's words: what the screen shows, the screen reader hears, the
//! voice says and the lock screen reads, for each phase. Plain functions of
//! the engine's view and the routine, so they are tested natively.

use super::engine::{Moment, Status};
use super::routine::{Routine, Step};
use super::timeline::{Phase, PhaseKind};

/// "left" -> "Left".
pub fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// A countdown as "m:ss", rounded up so it reaches 0:00 only at the end.
pub fn clock_text(ms: f64) -> String {
    let s = (ms / 1000.0).ceil().max(0.0) as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// A routine's length in words: "about 12 min".
pub fn minutes_text(seconds: u32) -> String {
    let m = (seconds + 30) / 60;
    if m <= 1 {
        "about 1 min".into()
    } else {
        format!("about {m} min")
    }
}

pub fn phase_title(p: &Phase) -> String {
    match p.kind {
        PhaseKind::Prepare => "Get into position".into(),
        PhaseKind::Hold => format!("Hold · spot {} of {}", p.spot, p.spots),
        PhaseKind::Move => "Move the tool a couple of inches".into(),
        PhaseKind::Switch => format!("Switch to the {} side", p.side.label()),
    }
}

pub fn kind_name(k: PhaseKind) -> &'static str {
    match k {
        PhaseKind::Prepare => "prepare",
        PhaseKind::Hold => "hold",
        PhaseKind::Move => "move",
        PhaseKind::Switch => "switch",
    }
}

/// The routine step a phase belongs to (the last one, should a stored
/// phase point past the end).
fn step_of<'a>(p: &Phase, r: &'a Routine) -> &'a Step {
    &r.steps[p.step.min(r.steps.len() - 1)]
}

pub fn spot_line(p: &Phase, r: &Routine) -> String {
    let step = step_of(p, r);
    format!(
        "{} {} · {}",
        cap(p.side.label()),
        step.muscle.label(),
        step.tool.label()
    )
}

/// The lock screen's second line: "Left iliacus · spot 2 of 3".
pub fn lock_screen_step(p: &Phase, r: &Routine) -> String {
    let step = step_of(p, r);
    match p.kind {
        PhaseKind::Hold => format!(
            "{} {} · spot {} of {}",
            cap(p.side.label()),
            step.muscle.label(),
            p.spot,
            p.spots
        ),
        _ => format!(
            "{} · {} {}",
            phase_title(p),
            p.side.label(),
            step.muscle.label()
        ),
    }
}

pub fn announcement(p: &Phase, r: &Routine) -> String {
    let step = step_of(p, r);
    format!(
        "{} {}, {}, {} seconds",
        cap(p.side.label()),
        step.muscle.label(),
        step.tool.label(),
        step.hold_s
    )
}

/// Words for the screen-reader live region, set only when a phase begins
/// and near its end: never every second.
pub fn live_text(v: &Moment, r: &Routine) -> String {
    match (&v.phase, v.status) {
        (_, Status::Finished) => "Session done.".into(),
        (_, Status::Paused) => "Paused.".into(),
        (Some(p), _) if p.kind == PhaseKind::Hold => format!(
            "Hold: {}, spot {} of {}, {} seconds.",
            spot_line(p, r),
            p.spot,
            p.spots,
            (v.duration_ms / 1000)
        ),
        (Some(p), _) => format!(
            "{}. Next: {}.",
            phase_title(p),
            v.next.as_ref().map(|n| spot_line(n, r)).unwrap_or_default()
        ),
        _ => String::new(),
    }
}

/// What the voice says as a phase begins, if anything.
pub fn spoken(v: &Moment, r: &Routine) -> Option<String> {
    match (&v.phase, v.status) {
        (_, Status::Finished) => Some("Session done. Well done.".into()),
        (Some(p), _) if matches!(p.kind, PhaseKind::Prepare | PhaseKind::Switch) => v
            .next
            .as_ref()
            .map(|n| format!("{}. {}", phase_title(p), announcement(n, r))),
        (Some(p), _) if p.kind == PhaseKind::Move => {
            Some("Move the tool a couple of inches.".into())
        }
        (Some(p), _) if p.kind == PhaseKind::Hold && p.spot == 1 && v.index == 0 => {
            Some(announcement(p, r))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;
    use crate::session::engine::Engine;

    #[test]
    fn numbers_in_words() {
        assert_eq!(clock_text(59_001.0), "1:00");
        assert_eq!(clock_text(0.0), "0:00");
        assert_eq!(clock_text(-5.0), "0:00");
        assert_eq!(minutes_text(40), "about 1 min");
        assert_eq!(minutes_text(12 * 60 + 20), "about 12 min");
        assert_eq!(cap("left"), "Left");
    }

    #[test]
    fn a_session_speaks_and_shows_each_phase() {
        let r = builtin::all().remove(0); // Daily floss: iliacus, both sides
        let e = Engine::start(&r, 0.0);
        let v = e.view(0.0);
        let p = v.phase.clone().unwrap();
        assert_eq!(phase_title(&p), "Get into position");
        assert_eq!(kind_name(p.kind), "prepare");
        assert_eq!(spot_line(&p, &r), "Left iliacus · massage ball");
        assert_eq!(
            spoken(&v, &r).unwrap(),
            "Get into position. Left iliacus, massage ball, 60 seconds"
        );
        assert!(live_text(&v, &r).starts_with("Get into position. Next: Left iliacus"));
        // Into the first hold.
        let v = e.view(f64::from(p.duration_ms) + 1.0);
        let h = v.phase.clone().unwrap();
        assert_eq!(phase_title(&h), "Hold · spot 1 of 2");
        assert_eq!(lock_screen_step(&h, &r), "Left iliacus · spot 1 of 2");
        assert_eq!(
            live_text(&v, &r),
            "Hold: Left iliacus · massage ball, spot 1 of 2, 60 seconds."
        );
    }
}
