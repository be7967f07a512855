//! Figures from the functional core, printed as `bench <name> <value> <unit>`.
//! Run by ./scripts/bench.

use quads::habit::civil_day::CivilDay;
use quads::habit::target::Target;
use quads::session::engine::Engine;
use quads::session::routine::{limits, Deepen, Muscle, Routine, Side, Step, Tool};
use quads::session::track;
use quads::share::link_codec::encode;
use quads::share::plan::Plan;

fn main() {
    // A typical five-step routine, as a physio might write it.
    let step = |muscle, side, tool, hold_s, spots| Step {
        muscle,
        side,
        tool,
        hold_s,
        spots,
        deepen: Deepen::SlowBreaths,
        reposition_s: 15,
    };
    let typical = Routine {
        id: String::new(),
        name: "Hip reset".into(),
        purpose: "Iliacus, psoas and glutes, twice a week".into(),
        steps: vec![
            step(Muscle::Iliacus, Side::Both, Tool::KettlebellHandle, 60, 3),
            step(Muscle::Psoas, Side::Both, Tool::KettlebellHandle, 60, 2),
            step(Muscle::GluteMax, Side::Both, Tool::LacrosseBall, 45, 2),
            step(Muscle::Hamstrings, Side::Both, Tool::FoamRoller, 45, 2),
            step(Muscle::AdductorMagnus, Side::Both, Tool::FoamRoller, 45, 2),
        ],
        switch_rest_s: 10,
    };
    typical.validate().expect("typical routine is valid");
    println!(
        "bench share_fragment_typical_chars {} chars",
        encode(&typical).len() + "#/r/".len()
    );

    // The same routine sent as a plan: how often, for how long, from when,
    // and a one-line note.
    let made = CivilDay::from_ymd(2026, 11, 26).expect("a real date");
    let plan = Plan {
        routine: typical.clone(),
        target: Target::PerWeek(3),
        weeks: 6,
        made,
        start: Some(made.add(4)),
        note: "After your long runs. Go gently on the left; stop if it tingles.".into(),
    };
    plan.validate().expect("typical plan is valid");
    println!(
        "bench share_plan_fragment_typical_chars {} chars",
        plan.encode().len() + "#/r/".len()
    );

    // The largest valid routine: longest names in four-byte characters, most steps.
    let largest = Routine {
        id: String::new(),
        name: "𝄞".repeat(limits::NAME_MAX_CHARS),
        purpose: "𝄞".repeat(limits::PURPOSE_MAX_CHARS),
        steps: (0..limits::STEPS_MAX)
            .map(|_| {
                step(
                    Muscle::Quads,
                    Side::Both,
                    Tool::PsoRite,
                    limits::HOLD_MAX_S,
                    limits::SPOTS_MAX,
                )
            })
            .collect(),
        switch_rest_s: limits::SWITCH_REST_MAX_S,
    };
    largest.validate().expect("largest routine is valid");
    println!(
        "bench share_fragment_max_chars {} chars",
        encode(&largest).len() + "#/r/".len()
    );

    // The session track: a session of about 20 minutes rendered, every cue's
    // onset found again in the samples and compared with the plan.
    let long = Routine {
        id: String::new(),
        name: "Long".into(),
        purpose: String::new(),
        steps: vec![
            step(Muscle::Iliacus, Side::Both, Tool::KettlebellHandle, 90, 3),
            step(Muscle::Psoas, Side::Both, Tool::KettlebellHandle, 90, 2),
            step(Muscle::GluteMax, Side::Both, Tool::LacrosseBall, 60, 2),
        ],
        switch_rest_s: 10,
    };
    let engine = Engine::start(&long, 0.0);
    let (cues, length) = track::plan_from(&engine, 0.0);
    let wav = track::render_wav(&cues, length);
    let kinds: Vec<_> = cues.iter().map(|c| c.1).collect();
    let found = track::onsets(&wav[track::HEADER_BYTES..], &kinds);
    assert_eq!(found.len(), cues.len(), "every cue is in the track");
    let worst = cues
        .iter()
        .zip(&found)
        .map(|(c, s)| (*s as f64 * 1000.0 / f64::from(track::RATE) - c.0).abs())
        .fold(0.0, f64::max);
    println!("bench track_session_minutes {:.1} min", length / 60_000.0);
    println!("bench track_cue_error_ms {worst:.4} ms");
    let twenty = track::render_wav(&cues, 20.0 * 60_000.0);
    println!("bench track_bytes {} bytes", twenty.len());
}
