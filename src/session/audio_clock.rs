//! Where on the audio clock a cue must start so that it is *heard* at an
//! instant of the page clock, and when the browser's pairing of the two
//! clocks can be believed.
//!
//! `AudioContext.getOutputTimestamp()` pairs a sample leaving the speaker
//! (`contextTime`, s) with the page clock (`performanceTime`, ms). Used as
//! it comes, a bad pairing puts every cue in the wrong place: WebKit
//! releases before its 2024 fix (WebKit bug 264247) report a
//! `performanceTime` that runs at twice the page clock's rate and sits
//! ahead of `performance.now()`. So a pairing is used only while a window
//! of readings agrees with the page clock; otherwise cues are placed from
//! `currentTime` and the stated output latency, which is coarser (a render
//! quantum, about 3 ms) but never runs away.
//!
//! Plain numbers in and out, so every rule here is tested natively.

/// What the shell reads off the audio context at one wake-up. All page
/// times are `performance.now()` milliseconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    /// `performance.now()` when the reading was taken.
    pub now_ms: f64,
    /// `currentTime`, s.
    pub context_s: f64,
    /// `outputLatency` (s), 0 where the browser does not say.
    pub output_latency_s: f64,
    /// `getOutputTimestamp()`, where the browser has it and it has started.
    pub stamp: Option<Stamp>,
}

/// One `getOutputTimestamp()` pairing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stamp {
    pub context_s: f64,
    pub performance_ms: f64,
}

/// Why a pairing is or is not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The last `WINDOW` readings agree with the page clock.
    Trusted,
    /// No pairing (the browser lacks it, or the output has not started).
    Absent,
    /// Fewer than `WINDOW` readings so far: not yet known.
    Settling,
    /// `performanceTime` is later than the moment it was read.
    Ahead,
    /// `performanceTime` does not advance with the page clock.
    WrongRate,
    /// The pairing moved between readings (a glitch, a restart).
    Jumping,
}

/// Readings needed before a pairing is believed.
pub const WINDOW: usize = 3;
/// How far `performanceTime` may lie ahead of `now` (float rounding of the
/// two clocks, nothing more: it names a moment already past).
pub const AHEAD_TOLERANCE_MS: f64 = 2.0;
/// How much the pairing may move across the window. Within one output
/// buffer the two readings of a pairing come from the same callback, so a
/// good one is steady to well under a millisecond. This is also the rate
/// check's resolution: 2 ms over the window's span, so 2 % during the 50 ms
/// start-up wake-ups and 0.1 % once they are a second apart.
pub const JUMP_TOLERANCE_MS: f64 = 2.0;
/// How much the lag behind `now` may change across the window: the pairing
/// is refreshed once per output buffer (10-40 ms on phones), so its age
/// varies by up to that much; a pairing at the wrong rate drifts by the
/// whole span.
pub const LAG_TOLERANCE_MS: f64 = 60.0;
/// ...plus this fraction of the window's span, for slow clock skew.
pub const LAG_TOLERANCE_RATE: f64 = 0.02;

/// How long after a pairing stops being trusted (and may still settle) the
/// player keeps looking every 50 ms rather than every second: long enough
/// to see three steady readings, short enough that a pairing which never
/// settles cannot keep the page busy.
pub const QUICK_LOOK_MS: f64 = 1_000.0;

/// A rolling window of pairings, judged together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClockPairing {
    /// (now_ms, stamp) of the latest readings, oldest first.
    window: Vec<(f64, Stamp)>,
    absent: bool,
    /// When the pairing last became not-yet-trusted (settling, or moved).
    unsettled_since: Option<f64>,
}

impl ClockPairing {
    /// Adds a reading and returns the verdict on the window it completes.
    /// A reading without a stamp empties the window: a pairing must be
    /// seen steady again before it is used.
    pub fn observe(&mut self, r: &Reading) -> Verdict {
        match r.stamp {
            Some(s) if s.context_s > 0.0 && s.performance_ms > 0.0 => {
                self.absent = false;
                if self.window.len() == WINDOW {
                    self.window.remove(0);
                }
                self.window.push((r.now_ms, s));
            }
            _ => {
                self.absent = true;
                self.window.clear();
            }
        }
        let v = self.verdict();
        match v {
            Verdict::Settling | Verdict::Jumping => {
                self.unsettled_since.get_or_insert(r.now_ms);
            }
            _ => self.unsettled_since = None,
        }
        v
    }

    /// Whether to look again soon: the pairing is settling or has just
    /// moved, and cues queued on its old place want moving before they
    /// sound. Never for a pairing refused outright (absent, ahead, wrong
    /// rate), and not for more than `QUICK_LOOK_MS` at a time.
    pub fn worth_a_quick_look(&self, now_ms: f64) -> bool {
        self.unsettled_since
            .is_some_and(|t| now_ms - t < QUICK_LOOK_MS)
    }

    /// Forgets every reading: the context stopped and started again, so an
    /// old pairing says nothing about the new output.
    pub fn reset(&mut self) {
        self.window.clear();
        self.absent = false;
        self.unsettled_since = None;
    }

    pub fn verdict(&self) -> Verdict {
        if self.absent {
            return Verdict::Absent;
        }
        if self
            .window
            .iter()
            .any(|(now, s)| s.performance_ms > now + AHEAD_TOLERANCE_MS)
        {
            return Verdict::Ahead;
        }
        if self.window.len() < WINDOW {
            return Verdict::Settling;
        }
        let (first_now, first) = self.window[0];
        let (last_now, last) = self.window[WINDOW - 1];
        let lag_change = (last_now - last.performance_ms) - (first_now - first.performance_ms);
        let span = last_now - first_now;
        if lag_change.abs() > LAG_TOLERANCE_MS + LAG_TOLERANCE_RATE * span {
            return Verdict::WrongRate;
        }
        let offsets = self.window.iter().map(|(_, s)| offset_ms(s));
        let (lo, hi) = offsets.fold((f64::MAX, f64::MIN), |(lo, hi), o| (lo.min(o), hi.max(o)));
        if hi - lo > JUMP_TOLERANCE_MS {
            return Verdict::Jumping;
        }
        Verdict::Trusted
    }

    /// The newest stamp, when the window is trusted.
    pub fn trusted_stamp(&self) -> Option<Stamp> {
        (self.verdict() == Verdict::Trusted)
            .then(|| self.window.last().map(|(_, s)| *s))
            .flatten()
    }
}

/// `performanceTime` minus `contextTime` on one scale: constant while the
/// two clocks run together.
fn offset_ms(s: &Stamp) -> f64 {
    s.performance_ms - s.context_s * 1000.0
}

/// An audio-clock time for a cue, and whether it came from a trusted pairing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub when_s: f64,
    pub trusted: bool,
}

/// Where a sound must start on the audio clock to be heard at `at_ms`
/// (page clock). From the trusted pairing when there is one; otherwise from
/// `currentTime` less the output latency. Never before `currentTime`: a
/// start in the past would play at once anyway, and saying so keeps the
/// comparison in `should_move` honest.
pub fn place(r: &Reading, trusted: Option<Stamp>, at_ms: f64) -> Placement {
    let (when_s, trusted) = match trusted {
        Some(s) => (s.context_s + (at_ms - s.performance_ms) / 1000.0, true),
        None => (
            r.context_s + (at_ms - r.now_ms) / 1000.0 - r.output_latency_s,
            false,
        ),
    };
    Placement {
        when_s: when_s.max(r.context_s),
        trusted,
    }
}

/// Whether a cue already put at `placed` should be moved to `new`: only
/// onto a trusted place. A cue placed on a trusted pairing moves when the
/// pairing has moved by more than a millisecond (it does by a buffer or two
/// while an output starts); one placed on the coarse fallback is upgraded
/// once to the trusted place, however small the difference. An untrusted
/// estimate never moves a cue: it would only trade one guess for another
/// and start a second sound source.
pub fn should_move(placed: Placement, new: Placement) -> bool {
    let tolerance = if placed.trusted { 0.001 } else { 0.000_1 };
    new.trusted && (new.when_s - placed.when_s).abs() > tolerance
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(now_ms: f64, stamp: Option<(f64, f64)>) -> Reading {
        Reading {
            now_ms,
            context_s: now_ms / 1000.0 - 0.5,
            output_latency_s: 0.02,
            stamp: stamp.map(|(c, p)| Stamp {
                context_s: c,
                performance_ms: p,
            }),
        }
    }

    /// A healthy output: the audio clock started 500 ms after the page and
    /// the pairing is `age` ms old when read.
    fn good(now_ms: f64, age: f64) -> Reading {
        let p = now_ms - age;
        reading(now_ms, Some((p / 1000.0 - 0.5, p)))
    }

    fn feed(rs: &[Reading]) -> (ClockPairing, Verdict) {
        let mut c = ClockPairing::default();
        let mut v = Verdict::Absent;
        for r in rs {
            v = c.observe(r);
        }
        (c, v)
    }

    #[test]
    fn a_steady_pairing_is_trusted_after_the_window() {
        let (_, v) = feed(&[good(1000.0, 5.0), good(1050.0, 12.0)]);
        assert_eq!(v, Verdict::Settling);
        let (c, v) = feed(&[good(1000.0, 5.0), good(1050.0, 12.0), good(2050.0, 3.0)]);
        assert_eq!(v, Verdict::Trusted);
        assert!(c.trusted_stamp().is_some());
    }

    #[test]
    fn webkit_before_its_fix_runs_twice_as_fast_and_ahead() {
        // Read off WebKitGTK 2.50 here: now 640 -> perf 1027, now 741 -> 1230.
        let rs = [
            reading(640.0, Some((0.38893, 1027.0))),
            reading(741.0, Some((0.49052, 1230.0))),
            reading(841.0, Some((0.58921, 1428.0))),
        ];
        let (c, v) = feed(&rs);
        assert_eq!(v, Verdict::Ahead);
        assert_eq!(c.trusted_stamp(), None);
    }

    #[test]
    fn a_pairing_at_the_wrong_rate_is_refused_even_when_behind_now() {
        // performanceTime advances at half speed, always in the past.
        let rs: Vec<_> = (0..3)
            .map(|i| {
                let now = 1000.0 + 1000.0 * f64::from(i);
                let p = 900.0 + 500.0 * f64::from(i);
                reading(now, Some((p / 1000.0, p)))
            })
            .collect();
        assert_eq!(feed(&rs).1, Verdict::WrongRate);
    }

    #[test]
    fn a_jump_in_the_pairing_is_refused_until_it_is_steady_again() {
        let mut c = ClockPairing::default();
        for r in [good(1000.0, 5.0), good(2000.0, 5.0), good(3000.0, 5.0)] {
            c.observe(&r);
        }
        assert_eq!(c.verdict(), Verdict::Trusted);
        // The output glitched: contextTime now lags its old pairing by 15 ms.
        let shifted = |now: f64| {
            let p = now - 5.0;
            reading(now, Some((p / 1000.0 - 0.515, p)))
        };
        assert_eq!(c.observe(&shifted(4000.0)), Verdict::Jumping);
        assert_eq!(c.observe(&shifted(5000.0)), Verdict::Jumping);
        assert_eq!(c.observe(&shifted(6000.0)), Verdict::Trusted);
    }

    #[test]
    fn no_stamp_or_a_zero_stamp_is_absent_and_empties_the_window() {
        let mut c = ClockPairing::default();
        for r in [good(1000.0, 5.0), good(2000.0, 5.0), good(3000.0, 5.0)] {
            c.observe(&r);
        }
        assert_eq!(c.observe(&reading(4000.0, None)), Verdict::Absent);
        assert_eq!(c.trusted_stamp(), None);
        // A context that has not started output reports zeros.
        assert_eq!(
            c.observe(&reading(5000.0, Some((0.0, 0.0)))),
            Verdict::Absent
        );
        assert_eq!(c.observe(&good(6000.0, 5.0)), Verdict::Settling);
    }

    #[test]
    fn a_moved_pairing_is_looked_at_quickly_for_a_second_at_most() {
        let mut c = ClockPairing::default();
        for r in [good(1000.0, 5.0), good(2000.0, 5.0), good(3000.0, 5.0)] {
            c.observe(&r);
        }
        assert!(
            !c.worth_a_quick_look(3000.0),
            "trusted: nothing to wait for"
        );
        let shifted = |now: f64| {
            let p = now - 5.0;
            reading(now, Some((p / 1000.0 - 0.515, p)))
        };
        c.observe(&shifted(3050.0));
        assert!(c.worth_a_quick_look(3050.0));
        c.observe(&shifted(3100.0));
        assert!(c.worth_a_quick_look(3100.0));
        c.observe(&shifted(3150.0));
        assert_eq!(c.verdict(), Verdict::Trusted);
        assert!(!c.worth_a_quick_look(3150.0));
        // A pairing that keeps moving is looked at quickly for a second only.
        let mut d = ClockPairing::default();
        for i in 0..40 {
            let now = 5000.0 + 50.0 * f64::from(i);
            let p = now - 5.0;
            d.observe(&reading(now, Some((p / 1000.0 - 0.01 * f64::from(i), p))));
        }
        assert_eq!(d.verdict(), Verdict::Jumping);
        assert!(!d.worth_a_quick_look(5000.0 + 50.0 * 39.0));
    }

    #[test]
    fn a_pairing_refused_outright_is_never_worth_a_quick_look() {
        let rs = [
            reading(640.0, Some((0.38893, 1027.0))),
            reading(741.0, Some((0.49052, 1230.0))),
        ];
        let (c, _) = feed(&rs);
        assert!(!c.worth_a_quick_look(741.0));
    }

    #[test]
    fn reset_forgets_the_window() {
        let (mut c, v) = feed(&[good(1000.0, 5.0), good(2000.0, 5.0), good(3000.0, 5.0)]);
        assert_eq!(v, Verdict::Trusted);
        c.reset();
        assert_eq!(c.verdict(), Verdict::Settling);
    }

    #[test]
    fn output_buffer_jitter_in_the_lag_is_tolerated() {
        // Android-sized buffers: the pairing's age varies from 0 to 40 ms.
        let (_, v) = feed(&[good(1000.0, 0.0), good(2000.0, 40.0), good(3000.0, 3.0)]);
        assert_eq!(v, Verdict::Trusted);
    }

    #[test]
    fn placement_uses_the_trusted_pairing() {
        let r = good(10_000.0, 7.0);
        let s = r.stamp.unwrap();
        let p = place(&r, Some(s), 12_000.0);
        assert!(p.trusted);
        assert!((p.when_s - (s.context_s + (12_000.0 - s.performance_ms) / 1000.0)).abs() < 1e-9);
    }

    #[test]
    fn placement_falls_back_to_current_time_and_latency() {
        let r = good(10_000.0, 7.0);
        let p = place(&r, None, 12_000.0);
        assert!(!p.trusted);
        assert!((p.when_s - (r.context_s + 2.0 - 0.02)).abs() < 1e-9);
    }

    #[test]
    fn placement_is_never_before_current_time() {
        let r = good(10_000.0, 7.0);
        assert_eq!(place(&r, None, 9_000.0).when_s, r.context_s);
        assert_eq!(place(&r, r.stamp, 5_000.0).when_s, r.context_s);
    }

    #[test]
    fn cues_move_only_onto_a_trusted_and_different_place() {
        let t = |w| Placement {
            when_s: w,
            trusted: true,
        };
        let u = |w| Placement {
            when_s: w,
            trusted: false,
        };
        // Placed on a trusted pairing: moves past a millisecond only.
        assert!(should_move(t(10.0), t(10.002)));
        assert!(!should_move(t(10.0), t(10.0005)));
        // Placed on the fallback: upgraded to any trusted place that differs.
        assert!(should_move(u(10.0), t(10.0005)));
        assert!(!should_move(u(10.0), t(10.000_05)));
        // Never onto an untrusted place.
        assert!(!should_move(t(10.0), u(10.5)));
        assert!(!should_move(u(10.0), u(10.5)));
    }

    #[test]
    fn at_one_wake_up_a_second_a_rate_off_by_a_fifth_of_a_percent_is_refused() {
        // The resolution is JUMP_TOLERANCE_MS over the window's span: 2 ms
        // in 2 s. A cue 65 s ahead would be 130 ms off at that rate.
        for rate in [0.998, 1.002] {
            let rs: Vec<_> = (0..3)
                .map(|i| {
                    let now = 1000.0 + 1000.0 * f64::from(i);
                    reading(now, Some((now / 1000.0, 990.0 + (now - 1000.0) * rate)))
                })
                .collect();
            assert_ne!(feed(&rs).1, Verdict::Trusted, "rate {rate}");
        }
    }

    #[test]
    fn a_pairing_at_any_wrong_rate_never_yields_a_trusted_placement() {
        // The audio clock is true; performanceTime runs at `rate` times the
        // page clock. Wake-ups 50 ms apart (start-up) and 1 s apart.
        for rate in [0.5, 0.8, 0.95, 0.97, 1.03, 1.05, 1.25, 2.0] {
            for step in [50.0, 1000.0] {
                let mut c = ClockPairing::default();
                for i in 0..200 {
                    let now = 1000.0 + step * f64::from(i);
                    let r = reading(now, Some((now / 1000.0, 900.0 + (now - 900.0) * rate)));
                    c.observe(&r);
                    let placed = place(&r, c.trusted_stamp(), now + 5_000.0);
                    assert!(
                        !placed.trusted
                            && !should_move(
                                Placement {
                                    when_s: 0.0,
                                    trusted: false
                                },
                                placed
                            ),
                        "rate {rate}, step {step}, reading {i}: {:?}",
                        c.verdict()
                    );
                }
            }
        }
    }
}
