//! The session's words: what the screen shows, the screen reader hears, the
//! voice says and the lock screen reads, for each phase. Plain functions of
//! the engine's view and the routine, so they are tested natively.

use super::engine::{Moment, Status};
use super::routine::{Routine, Step};
use super::timeline::{Phase, PhaseKind};
use crate::words::catalogue::{Arg, Message};
use crate::words::key::name_arg;

/// "left" -> "Left".
pub fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A countdown as "m:ss", rounded up so it reaches 0:00 only at the end.
pub fn clock_text(ms: f64) -> String {
    let s = (ms / 1000.0).ceil().max(0.0) as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// A routine's length: "about 12 min".
pub fn minutes_text(seconds: u32) -> Message {
    Message::new("about-minutes").with("minutes", Arg::count(((seconds + 30) / 60).max(1)))
}

pub fn phase_title(p: &Phase) -> Message {
    match p.kind {
        PhaseKind::Prepare => Message::new("phase-prepare"),
        PhaseKind::Hold => Message::new("phase-hold")
            .with("spot", Arg::count(p.spot))
            .with("spots", Arg::count(p.spots)),
        PhaseKind::Move => Message::new("phase-move"),
        PhaseKind::Switch => Message::new("phase-switch").with("side", name_arg(p.side)),
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

/// `m` with the phase's muscle, side and tool, for the catalogue to name.
fn on_spot(m: Message, p: &Phase, r: &Routine) -> Message {
    let step = step_of(p, r);
    m.with("muscle", name_arg(step.muscle))
        .with("side", name_arg(p.side))
        .with("tool", name_arg(step.tool))
}

pub fn spot_line(p: &Phase, r: &Routine) -> Message {
    on_spot(Message::new("spot-line"), p, r)
}

/// The lock screen's second line: "Left iliacus · spot 2 of 3".
pub fn lock_screen_step(p: &Phase, r: &Routine) -> Message {
    match p.kind {
        PhaseKind::Hold => on_spot(Message::new("lock-hold"), p, r)
            .with("spot", Arg::count(p.spot))
            .with("spots", Arg::count(p.spots)),
        _ => on_spot(Message::new("lock-other"), p, r).with("title", phase_title(p).said()),
    }
}

pub fn announcement(p: &Phase, r: &Routine) -> Message {
    on_spot(Message::new("announce"), p, r).with("seconds", Arg::count(step_of(p, r).hold_s))
}

/// Words for the screen-reader live region, set only when a phase begins
/// and near its end: never every second.
pub fn live_text(v: &Moment, r: &Routine) -> Option<Message> {
    match (&v.phase, v.status) {
        (_, Status::Finished) => Some(Message::new("live-done")),
        (_, Status::Paused) => Some(Message::new("live-paused")),
        (Some(p), _) if p.kind == PhaseKind::Hold => Some(
            Message::new("live-hold")
                .with("line", spot_line(p, r).said())
                .with("spot", Arg::count(p.spot))
                .with("spots", Arg::count(p.spots))
                .with("seconds", Arg::count(v.duration_ms / 1000)),
        ),
        (Some(p), _) => Some(
            Message::new("live-next")
                .with("title", phase_title(p).said())
                .with(
                    "next",
                    match &v.next {
                        Some(n) => spot_line(n, r).said(),
                        None => Arg::Text(String::new()),
                    },
                ),
        ),
        _ => None,
    }
}

/// What the voice says as a phase begins, if anything.
pub fn spoken(v: &Moment, r: &Routine) -> Option<Message> {
    match (&v.phase, v.status) {
        (_, Status::Finished) => Some(Message::new("spoken-done")),
        (Some(p), _) if matches!(p.kind, PhaseKind::Prepare | PhaseKind::Switch) => {
            v.next.as_ref().map(|n| {
                Message::new("spoken-next")
                    .with("title", phase_title(p).said())
                    .with("announce", announcement(n, r).said())
            })
        }
        (Some(p), _) if p.kind == PhaseKind::Move => Some(Message::new("spoken-move")),
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
    use crate::words::english::say;

    #[test]
    fn numbers_in_words() {
        assert_eq!(clock_text(59_001.0), "1:00");
        assert_eq!(clock_text(0.0), "0:00");
        assert_eq!(clock_text(-5.0), "0:00");
        assert_eq!(say(&minutes_text(40)), "about 1 min");
        assert_eq!(say(&minutes_text(12 * 60 + 20)), "about 12 min");
        assert_eq!(cap("left"), "Left");
        assert_eq!(cap("décembre 2026"), "Décembre 2026");
    }

    #[test]
    fn a_session_speaks_and_shows_each_phase() {
        let r = builtin::all().remove(0); // Daily floss: iliacus, both sides
        let e = Engine::start(&r, 0.0);
        let v = e.view(0.0);
        let p = v.phase.clone().unwrap();
        assert_eq!(say(&phase_title(&p)), "Get into position");
        assert_eq!(kind_name(p.kind), "prepare");
        assert_eq!(say(&spot_line(&p, &r)), "Left iliacus · massage ball");
        assert_eq!(
            say(&spoken(&v, &r).unwrap()),
            "Get into position. Left iliacus, massage ball, 60 seconds"
        );
        assert!(
            say(&live_text(&v, &r).unwrap()).starts_with("Get into position. Next: Left iliacus")
        );
        // Into the first hold.
        let v = e.view(f64::from(p.duration_ms) + 1.0);
        let h = v.phase.clone().unwrap();
        assert_eq!(say(&phase_title(&h)), "Hold · spot 1 of 2");
        assert_eq!(say(&lock_screen_step(&h, &r)), "Left iliacus · spot 1 of 2");
        assert_eq!(
            say(&live_text(&v, &r).unwrap()),
            "Hold: Left iliacus · massage ball, spot 1 of 2, 60 seconds."
        );
    }

    #[test]
    fn every_phase_and_spot_reads_in_full() {
        // No key or value left unfilled, for any routine the app ships.
        for r in builtin::all() {
            let e = Engine::start(&r, 0.0);
            let mut t = 0.0;
            while let Some(p) = e.view(t).phase.clone() {
                let v = e.view(t);
                for m in [phase_title(&p), spot_line(&p, &r), lock_screen_step(&p, &r)]
                    .into_iter()
                    .chain(live_text(&v, &r))
                    .chain(spoken(&v, &r))
                {
                    let text = say(&m);
                    assert!(!text.contains("{$") && text != m.key, "{}: {text}", r.id);
                }
                t += f64::from(p.duration_ms) + 1.0;
            }
        }
    }
}
