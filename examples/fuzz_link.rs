//! A long-running property check of the share-link decoder, for outside CI:
//! `cargo run --release --example fuzz_link -- 300` runs for 300 seconds.
//! It feeds random text, random bytes, and mutated and truncated codes of
//! random valid routines, and stops at the first input that panics or
//! decodes to an invalid routine.

use quads::session::builtin;
use quads::share::{base64url, link_codec};
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
    if let Ok(r) = link_codec::decode(input) {
        if let Err(e) = r.validate() {
            panic!("decoder accepted an invalid routine ({e}) from {input:?}");
        }
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
    let codes: Vec<String> = builtin::all().iter().map(link_codec::encode).collect();
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut n: u64 = 0;
    while Instant::now() < deadline {
        for _ in 0..1000 {
            n += 1;
            match rng.below(4) {
                0 => {
                    let len = rng.below(300);
                    let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                    check(&format!("1{}", base64url::encode(&bytes)));
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
                    check(&format!("1{}", base64url::encode(&bytes[..cut])));
                    check(&format!("1{}", base64url::encode(&bytes)));
                }
            }
        }
    }
    println!("fuzz_link: {n} inputs in {secs} s, no panic, nothing invalid accepted");
}
