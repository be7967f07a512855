//! Measurements that must run in the browser, called by ./scripts/bench
//! as `window.__quadsBench[name]()` (see `install`).

use crate::habit::civil_day::CivilDay;
use crate::habit::entry::{day_statuses, Entry, EntryKind};
use crate::habit::target::Target;
use crate::habit::{calendar, score, streak};
use crate::platform::{bench, clock};
use crate::shell::lazy::NotLoaded;
use leptos::wasm_split::wasm_split;

/// Milliseconds to compute streak, strength and the month view over ten
/// years of daily entries (median of 21 runs).
fn bench_habit_10y() -> f64 {
    let start = CivilDay::from_ymd(2016, 11, 1).unwrap_or(CivilDay(0));
    let today = start.add(3652);
    let sessions: Vec<CivilDay> = (0..3652)
        .filter(|i| i % 9 != 4)
        .map(|i| start.add(i))
        .collect();
    let entries: Vec<Entry> = (0..3652)
        .filter(|i| i % 9 == 4)
        .map(|i| Entry {
            id: format!("e{i}"),
            day: start.add(i),
            kind: if i % 2 == 0 {
                EntryKind::Skip
            } else {
                EntryKind::Done
            },
            tightness: Some((i % 10) as u8),
            tenderness: None,
            note: String::new(),
            at_ms: 0.0,
            deleted: false,
        })
        .collect();
    let now = clock::now_ms;
    let mut times = Vec::new();
    let mut sink = 0.0;
    for _ in 0..21 {
        let t0 = now();
        let days = day_statuses(sessions.iter().copied(), &entries);
        let s = streak::streaks(&days, Target::PerWeek(5), today);
        let sc = score::strength(&days, Target::PerWeek(5), today);
        let (y, m, _) = today.ymd();
        let grid = calendar::month_grid(&days, y, m);
        sink += f64::from(s.current) + sc + grid.len() as f64;
        times.push(now() - t0);
    }
    crate::sort::sort_by(&mut times, |a, b| a < b);
    if sink < 0.0 {
        return -1.0;
    }
    times[times.len() / 2]
}

/// Milliseconds to render a 20-minute session track (a cue every 5 s) and
/// hand it to the browser as a Blob, as a session start does (median of 5).
fn bench_track_render() -> f64 {
    use crate::session::cue::CueKind;
    use crate::session::track;
    let kinds = [
        CueKind::HoldStart,
        CueKind::Halfway,
        CueKind::Countdown,
        CueKind::Move,
    ];
    let cues: Vec<(f64, CueKind)> = (0..240)
        .map(|i| (f64::from(i) * 5_000.0, kinds[i as usize % 4]))
        .collect();
    let now = clock::now_ms;
    let mut times = Vec::new();
    for _ in 0..5 {
        let t0 = now();
        let wav = track::render_wav(&cues, 20.0 * 60_000.0);
        bench::wav_blob(&wav);
        times.push(now() - t0);
    }
    crate::sort::sort_by(&mut times, |a, b| a < b);
    times[2]
}

// The measurements run in the chunks their code is in, so measuring does
// not bring habit maths or track rendering into the entry module.
#[wasm_split(habit, wasm_split_path = ::leptos::wasm_split, fallible)]
fn habit_10y() -> Result<f64, NotLoaded> {
    Ok(bench_habit_10y())
}

#[wasm_split(session, wasm_split_path = ::leptos::wasm_split, fallible)]
fn track_render() -> Result<f64, NotLoaded> {
    Ok(bench_track_render())
}

/// Makes the measurements callable from the page.
pub fn install() {
    bench::expose("habit_10y", || {
        Box::pin(async { habit_10y().await.unwrap_or(f64::NAN) })
    });
    bench::expose("track_render", || {
        Box::pin(async { track_render().await.unwrap_or(f64::NAN) })
    });
}
