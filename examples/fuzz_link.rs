//! A long-running property check of the link decoder, for outside CI:
//! `cargo run --release --example fuzz_link -- 300` runs for 300 seconds.
//! It feeds random text, random bytes under every tag (routine, plan,
//! progress report), and mutated and truncated codes of valid routines,
//! plans and reports, and stops at the first input that panics or decodes
//! to something invalid.

use quads::habit::civil_day::CivilDay;
use quads::habit::entry::day_statuses;
use quads::habit::target::Target;
use quads::session::builtin;
use quads::share::base64url;
use quads::share::link_codec::{self, Link};
use quads::share::plan::Plan;
use quads::share::report::{Choices, Report};
use std::time::{Duration, Instant};

/// xorshift64*: small, seedable, good enough to explore inputs.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn check(input: &str) {
    let checked = match link_codec::decode_link(input) {
        Ok(Link::Routine(r)) => r.validate().map_err(|m| format!("{m:?}")),
        Ok(Link::Plan(p)) => p.validate(),
        Ok(Link::Report(r)) => r.validate(),
        Err(e) => {
            assert!(!e.message().key.is_empty());
            Ok(())
        }
    };
    if let Err(e) = checked {
        panic!("decoder accepted something invalid ({e}) from {input:?}");
    }
}

fn main() {
    let secs: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng(seed);
    let mut codes: Vec<String> = builtin::all().iter().map(link_codec::encode).collect();
    let made = CivilDay::from_ymd(2026, 11, 26).expect("a real date");
    for (i, r) in builtin::all().into_iter().enumerate() {
        let plan = Plan {
            routine: r,
            target: [Target::Daily, Target::PerWeek(3), Target::EveryNDays(2)][i % 3],
            weeks: 6,
            made,
            start: (i % 2 == 0).then(|| made.add(4)),
            note: "Twice a week after the long run. <b>Gently</b> on the left.".into(),
        };
        let days = day_statuses((0..20).map(|d| made.add(d * 2)), &[]);
        let all = Choices {
            counts: true,
            ratings: true,
        };
        codes.push(Report::compute(&plan, made, &days, made.add(30), all, "Better.").encode());
        codes.push(plan.encode());
    }
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut n: u64 = 0;
    while Instant::now() < deadline {
        for _ in 0..1000 {
            n += 1;
            match rng.below(4) {
                0 => {
                    let len = rng.below(300);
                    let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                    let tag = ['1', '2', '3'][rng.below(3)];
                    check(&format!("{tag}{}", base64url::encode(&bytes)));
                }
                1 => {
                    let len = rng.below(200);
                    let s: String = (0..len)
                        .map(|_| char::from_u32((rng.next() % 0x3000) as u32).unwrap_or('?'))
                        .collect();
                    check(&s);
                }
                _ => {
                    let code = &codes[rng.below(codes.len())];
                    let mut bytes = base64url::decode(&code[1..]).expect("own codes decode");
                    for _ in 0..=rng.below(3) {
                        let i = rng.below(bytes.len());
                        bytes[i] = rng.next() as u8;
                    }
                    let cut = rng.below(bytes.len() + 1);
                    let tag = &code[..1];
                    check(&format!("{tag}{}", base64url::encode(&bytes[..cut])));
                    check(&format!("{tag}{}", base64url::encode(&bytes)));
                }
            }
        }
    }
    println!("fuzz_link: {n} inputs in {secs} s, no panic, nothing invalid accepted");
}
