use super::*;
use crate::session::builtin;
use proptest::prelude::*;

const KINDS: [CueKind; 8] = [
    CueKind::GetReady,
    CueKind::HoldStart,
    CueKind::Halfway,
    CueKind::Countdown,
    CueKind::Move,
    CueKind::Switch,
    CueKind::StepDone,
    CueKind::Done,
];

/// Lengths of the sounding runs and their zero crossings: what the ear
/// tells cues apart by (how many notes, how long, how high).
fn signature(kind: CueKind) -> Vec<(usize, usize)> {
    let wav = render_wav(&[(0.0, kind)], 1_000.0);
    let body = &wav[HEADER_BYTES..];
    let mut runs = Vec::new();
    let mut i = 0;
    while i < body.len() {
        if body[i] == SILENCE && body[i..].iter().take(40).all(|s| *s == SILENCE) {
            i += 1;
            continue;
        }
        let start = i;
        while i < body.len() && !body[i..].iter().take(40).all(|s| *s == SILENCE) {
            i += 1;
        }
        let crossings = body[start..i]
            .windows(2)
            .filter(|w| (w[0] > SILENCE) != (w[1] > SILENCE))
            .count();
        runs.push((i - start, crossings));
    }
    runs
}

#[test]
fn the_header_says_8_bit_mono_8_khz() {
    let wav = render_wav(&[], 1_000.0);
    assert_eq!(wav.len(), HEADER_BYTES + 8_000);
    assert_eq!(&wav[0..4], b"RIFF");
    assert_eq!(&wav[8..16], b"WAVEfmt ");
    assert_eq!(u32::from_le_bytes(wav[24..28].try_into().unwrap()), 8_000);
    assert_eq!(u16::from_le_bytes(wav[34..36].try_into().unwrap()), 8);
    assert_eq!(u32::from_le_bytes(wav[40..44].try_into().unwrap()), 8_000);
    assert!(wav[HEADER_BYTES..].iter().all(|s| *s == SILENCE));
}

#[test]
fn every_kind_sounds_different() {
    let sigs: Vec<_> = KINDS.iter().map(|k| signature(*k)).collect();
    for (i, a) in sigs.iter().enumerate() {
        assert_eq!(
            a.len(),
            notes(KINDS[i]).len(),
            "{:?} has one run per note",
            KINDS[i]
        );
        for (j, b) in sigs.iter().enumerate().skip(i + 1) {
            assert_ne!(a, b, "{:?} and {:?} sound alike", KINDS[i], KINDS[j]);
        }
    }
}

#[test]
fn a_twenty_minute_session_fits_in_12_mb() {
    let wav = render_wav(&[], 20.0 * 60_000.0);
    assert!(wav.len() < 12 * 1024 * 1024, "{}", wav.len());
}

#[test]
fn a_real_session_renders_every_cue_on_its_sample() {
    let r = builtin::all().remove(1);
    let engine = Engine::start(&r, 1_000.0);
    let (cues, length) = plan_from(&engine, 1_000.0);
    assert_eq!(cues.len(), engine.upcoming_cues(1_000.0).len());
    assert_eq!(cues.last().map(|c| c.1), Some(CueKind::Done));
    let wav = render_wav(&cues, length);
    let body = &wav[HEADER_BYTES..];
    let kinds: Vec<CueKind> = cues.iter().map(|c| c.1).collect();
    let want: Vec<usize> = cues.iter().map(|c| sample_at(c.0)).collect();
    assert_eq!(onsets(body, &kinds), want);
    // The Done cue ends before the track does.
    assert!(want.last().unwrap() + cue_samples(CueKind::Done) < body.len());
}

fn schedule() -> impl Strategy<Value = Vec<(f64, CueKind)>> {
    // Cues at least as far apart as the longest cue, as a session's are.
    prop::collection::vec((1_000.0f64..20_000.0, 0usize..8), 0..30).prop_map(|gaps| {
        let mut t = 0.0;
        gaps.into_iter()
            .map(|(gap, k)| {
                t += gap;
                (t, KINDS[k])
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn onsets_where_the_schedule_says_and_silence_elsewhere(cues in schedule()) {
        let length = cues.last().map(|c| c.0 + 2_000.0).unwrap_or(1_000.0);
        let wav = render_wav(&cues, length);
        let body = &wav[HEADER_BYTES..];
        let kinds: Vec<CueKind> = cues.iter().map(|c| c.1).collect();
        let want: Vec<usize> = cues.iter().map(|c| sample_at(c.0)).collect();
        prop_assert_eq!(onsets(body, &kinds), want.clone());
        for (c, start) in cues.iter().zip(&want) {
            // Within half a sample period of the plan.
            prop_assert!((*start as f64 * 1000.0 / f64::from(RATE) - c.0).abs() <= 0.0625 + 1e-9);
        }
        let mut sounding = vec![false; body.len()];
        for (k, s) in kinds.iter().zip(&want) {
            for x in sounding.iter_mut().skip(*s).take(cue_samples(*k)) { *x = true; }
        }
        prop_assert!(body.iter().zip(&sounding).all(|(v, on)| *on || *v == SILENCE));
    }

    #[test]
    fn re_rendering_from_a_later_point_keeps_the_rest_exact(cues in schedule(), cut in 0.0f64..1.0) {
        let Some(end) = cues.last().map(|c| c.0) else { return Ok(()) };
        let from = end * cut;
        // The engine's way: the cues still ahead, as offsets from the new start.
        let rest: Vec<(f64, CueKind)> = cues.iter().filter(|c| c.0 >= from).map(|c| (c.0 - from, c.1)).collect();
        let wav = render_wav(&rest, end - from + 2_000.0);
        let kinds: Vec<CueKind> = rest.iter().map(|c| c.1).collect();
        let want: Vec<usize> = rest.iter().map(|c| sample_at(c.0)).collect();
        prop_assert_eq!(onsets(&wav[HEADER_BYTES..], &kinds), want);
    }
}

#[test]
fn after_a_pause_the_rendered_rest_follows_the_engine() {
    let r = builtin::all().remove(0);
    let mut e = Engine::start(&r, 0.0);
    e.advance(20_000.0);
    e.pause(20_000.0);
    assert!(
        plan_from(&e, 25_000.0).0.is_empty(),
        "nothing sounds while paused"
    );
    e.resume(80_000.0);
    let (cues, _) = plan_from(&e, 80_000.0);
    let abs = e.upcoming_cues(80_000.0);
    assert_eq!(cues.len(), abs.len());
    for (c, a) in cues.iter().zip(&abs) {
        assert_eq!(c.0, a.at - 80_000.0);
    }
}
