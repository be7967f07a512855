//! The session track: every cue still ahead, rendered into one continuous
//! sound file. Phones keep playing a single audio track with the screen
//! locked, where they suspend a page's audio clock; while it plays, the
//! track is also the session's clock, so sound and picture cannot disagree.
//!
//! 8-bit mono PCM at 8 kHz: a 20-minute session is 9.6 MB, and the cues
//! (notes of 440 to 1047 Hz) stay well below the 4 kHz the rate can carry.
//! A cue starts on the sample nearest its instant (at most half a sample
//! period, 0.0625 ms, from plan) with a non-silent first sample, and every
//! sample outside a cue is exact silence.

use super::cue::{notes, Cue, CueKind, NOTE_GAP_S};
use super::engine::Engine;

pub const RATE: u32 = 8_000;
/// The midpoint of unsigned 8-bit PCM.
pub const SILENCE: u8 = 128;
pub const HEADER_BYTES: usize = 44;
/// Sound after the last cue, so the track outlasts the session's end.
const TAIL_MS: f64 = 1_500.0;
/// Peak deviation from silence (of 127).
const LOUDNESS: f64 = 100.0;
/// The attack ramps up from here, so a cue's first sample is never silent.
const ATTACK_FROM: f64 = 0.3;
const ATTACK_SAMPLES: usize = (RATE / 100) as usize;

/// The sample a moment falls on, in ms from the track's start.
pub fn sample_at(ms: f64) -> usize {
    (ms.max(0.0) * f64::from(RATE) / 1000.0).round() as usize
}

fn samples_for(seconds: f64) -> usize {
    (seconds * f64::from(RATE)).round() as usize
}

/// How many samples a cue spans, gaps between its notes included.
pub fn cue_samples(kind: CueKind) -> usize {
    let n = notes(kind);
    n.iter().map(|(_, d)| samples_for(*d)).sum::<usize>() + (n.len() - 1) * samples_for(NOTE_GAP_S)
}

/// The cues ahead of `now` as offsets (ms) from a track starting at `now`,
/// and the track's length: past the session's last cue, with a tail.
pub fn plan_from(engine: &Engine, now: f64) -> (Vec<(f64, CueKind)>, f64) {
    let cues: Vec<Cue> = engine.upcoming_cues(now);
    let at: Vec<(f64, CueKind)> = cues.iter().map(|c| (c.at - now, c.kind)).collect();
    let length = at
        .last()
        .map(|(t, k)| t + cue_samples(*k) as f64 * 1000.0 / f64::from(RATE) + TAIL_MS)
        .unwrap_or(0.0);
    (at, length)
}

/// A complete WAV file of `length_ms` with each cue at its offset (ms).
pub fn render_wav(cues: &[(f64, CueKind)], length_ms: f64) -> Vec<u8> {
    let n = sample_at(length_ms);
    let mut out = Vec::with_capacity(HEADER_BYTES + n);
    write_header(&mut out, n as u32);
    out.resize(HEADER_BYTES + n, SILENCE);
    let body = &mut out[HEADER_BYTES..];
    for &(at, kind) in cues {
        write_cue(body, sample_at(at), kind);
    }
    out
}

/// Where each cue starts, read back from rendered samples: the first sound
/// after silence, then the cue's own span is passed over. What the tests
/// and the bench check the rendering with.
pub fn onsets(body: &[u8], kinds: &[CueKind]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    for k in kinds {
        while i < body.len() && body[i] == SILENCE {
            i += 1;
        }
        if i == body.len() {
            break;
        }
        out.push(i);
        i += cue_samples(*k);
    }
    out
}

fn write_header(out: &mut Vec<u8>, samples: u32) {
    let le32 = |out: &mut Vec<u8>, v: u32| out.extend_from_slice(&v.to_le_bytes());
    out.extend_from_slice(b"RIFF");
    le32(out, 36 + samples);
    out.extend_from_slice(b"WAVEfmt ");
    le32(out, 16);
    out.extend_from_slice(&[1, 0, 1, 0]); // PCM, mono
    le32(out, RATE);
    le32(out, RATE); // bytes per second
    out.extend_from_slice(&[1, 0, 8, 0]); // block align 1, 8 bits
    out.extend_from_slice(b"data");
    le32(out, samples);
}

/// A triangle wave (like the audio-clock path's oscillator) under a short
/// attack and an exponential decay, note by note. Mixed into what is there,
/// so two cues that overlap are both heard.
fn write_cue(body: &mut [u8], start: usize, kind: CueKind) {
    let mut at = start;
    let rate = f64::from(RATE);
    for &(freq, dur) in notes(kind) {
        let len = samples_for(dur);
        // Decays to 1% of its peak by the note's end.
        let decay = (0.01f64).powf(1.0 / len.max(1) as f64);
        let mut env = 1.0;
        for i in 0..len {
            let Some(slot) = body.get_mut(at + i) else {
                return;
            };
            let attack = if i < ATTACK_SAMPLES {
                ATTACK_FROM + (1.0 - ATTACK_FROM) * i as f64 / ATTACK_SAMPLES as f64
            } else {
                1.0
            };
            let phase = (f64::from(freq) * i as f64 / rate).fract();
            // 1 at phase 0, -1 at phase 0.5: the first sample is a peak.
            let tri = 4.0 * (phase - 0.5).abs() - 1.0;
            let v = f64::from(*slot) - f64::from(SILENCE) + LOUDNESS * attack * env * tri;
            *slot = (f64::from(SILENCE) + v.round()).clamp(0.0, 255.0) as u8;
            env *= decay;
        }
        at += len + samples_for(NOTE_GAP_S);
    }
}

#[cfg(test)]
mod tests;
