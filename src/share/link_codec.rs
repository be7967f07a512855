//! A routine packed into a URL fragment: `1` (the format version) followed
//! by base64url of a compact binary form. Decoding is strict and total:
//! every byte is checked, and any input gives a routine or a clear message.
//!
//! Version 1 layout (all integers unsigned):
//! - name: length byte, UTF-8; purpose: length (2 bytes, big endian), UTF-8
//! - rest between sides (s): 1 byte; step count: 1 byte
//! - per step, 4 bytes: muscle | side << 3 | deepen << 5 (bit 7 zero),
//!   tool | (spots - 1) << 3 (bits 6-7 zero), hold seconds, reposition seconds
//! - a CRC-8 of everything before it, so a mangled link is caught rather than
//!   opened as a different routine.

use super::base64url;
use crate::session::routine::{limits, Deepen, Muscle, Routine, Side, Step, Tool};

pub const VERSION: char = '1';

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    NewerVersion,
    Malformed(&'static str),
    Invalid(String),
}

impl DecodeError {
    /// What to tell the person who opened the link.
    pub fn message(&self) -> String {
        match self {
            DecodeError::Empty => "This link holds no routine.".into(),
            DecodeError::NewerVersion => "This routine was made with a newer version of the app. Update the app (reload it while online) to open it.".into(),
            DecodeError::Malformed(what) => format!("This link is damaged or incomplete ({what}). Ask the sender to share it again."),
            DecodeError::Invalid(why) => format!("This link holds a routine the app cannot use: {why}"),
        }
    }
}

pub fn encode(r: &Routine) -> String {
    let mut b = Vec::with_capacity(32 + r.name.len() + r.purpose.len() + 4 * r.steps.len());
    let name = r.name.as_bytes();
    b.push(name.len().min(255) as u8);
    b.extend_from_slice(&name[..name.len().min(255)]);
    let purpose = r.purpose.as_bytes();
    let plen = purpose.len().min(u16::MAX as usize);
    b.extend_from_slice(&(plen as u16).to_be_bytes());
    b.extend_from_slice(&purpose[..plen]);
    b.push(r.switch_rest_s.min(255) as u8);
    b.push(r.steps.len().min(255) as u8);
    for s in &r.steps {
        b.push(
            index(&Muscle::ALL, s.muscle)
                | index(&Side::ALL, s.side) << 3
                | index(&Deepen::ALL, s.deepen) << 5,
        );
        b.push(index(&Tool::ALL, s.tool) | (s.spots.saturating_sub(1) & 7) << 3);
        b.push(s.hold_s.min(255) as u8);
        b.push(s.reposition_s.min(255) as u8);
    }
    b.push(crc8(&b));
    let mut out = String::with_capacity(1 + b.len() * 4 / 3 + 2);
    out.push(VERSION);
    out.push_str(&base64url::encode(&b));
    out
}

fn index<T: PartialEq>(all: &[T], v: T) -> u8 {
    all.iter().position(|x| *x == v).unwrap_or(0) as u8
}

/// Decodes a code (the part after `#/r/`), or a whole link that contains one.
/// The routine comes back without an id; the caller gives it one.
pub fn decode(input: &str) -> Result<Routine, DecodeError> {
    let code = extract_code(input.trim());
    let mut chars = code.chars();
    let tag = chars.next().ok_or(DecodeError::Empty)?;
    match tag {
        VERSION => {}
        '2'..='9' | 'A'..='Z' => return Err(DecodeError::NewerVersion),
        _ => return Err(DecodeError::Malformed("unknown format")),
    }
    let bytes =
        base64url::decode(chars.as_str()).ok_or(DecodeError::Malformed("not a routine code"))?;
    let (body, crc) = bytes
        .split_last()
        .map(|(c, b)| (b, *c))
        .ok_or(DecodeError::Malformed("too short"))?;
    if crc8(body) != crc {
        return Err(DecodeError::Malformed("checksum mismatch"));
    }
    let mut rd = Reader { b: body, at: 0 };
    let nlen = usize::from(rd.u8()?);
    let name = rd.text(nlen)?;
    let plen = usize::from(u16::from_be_bytes([rd.u8()?, rd.u8()?]));
    let purpose = rd.text(plen)?;
    let switch_rest_s = u16::from(rd.u8()?);
    let count = usize::from(rd.u8()?);
    if count > limits::STEPS_MAX {
        return Err(DecodeError::Invalid(format!(
            "more than {} steps",
            limits::STEPS_MAX
        )));
    }
    let mut steps = Vec::with_capacity(count);
    for _ in 0..count {
        let (a, t, hold, repo) = (rd.u8()?, rd.u8()?, rd.u8()?, rd.u8()?);
        if a & 0x80 != 0 || t & 0xC0 != 0 {
            return Err(DecodeError::Malformed("reserved bits set"));
        }
        let muscle = *Muscle::ALL
            .get(usize::from(a & 7))
            .ok_or(DecodeError::NewerVersion)?;
        let side = *Side::ALL
            .get(usize::from(a >> 3 & 3))
            .ok_or(DecodeError::Malformed("bad side"))?;
        let deepen = Deepen::ALL[usize::from(a >> 5 & 3)];
        let tool = *Tool::ALL
            .get(usize::from(t & 7))
            .ok_or(DecodeError::NewerVersion)?;
        steps.push(Step {
            muscle,
            side,
            tool,
            hold_s: u16::from(hold),
            spots: (t >> 3 & 7) + 1,
            deepen,
            reposition_s: u16::from(repo),
        });
    }
    if rd.at != body.len() {
        return Err(DecodeError::Malformed("extra data at the end"));
    }
    let r = Routine {
        id: String::new(),
        name,
        purpose,
        steps,
        switch_rest_s,
    };
    r.validate().map_err(DecodeError::Invalid)?;
    Ok(r)
}

/// Accepts a bare code, `#/r/CODE`, or a full URL ending in it.
pub fn extract_code(input: &str) -> &str {
    match input.rfind("#/r/") {
        Some(i) => &input[i + 4..],
        None => input.strip_prefix("/r/").unwrap_or(input),
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, DecodeError> {
        let v = *self
            .b
            .get(self.at)
            .ok_or(DecodeError::Malformed("cut short"))?;
        self.at += 1;
        Ok(v)
    }
    fn text(&mut self, n: usize) -> Result<String, DecodeError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.b.len())
            .ok_or(DecodeError::Malformed("cut short"))?;
        let s = std::str::from_utf8(&self.b[self.at..end])
            .map_err(|_| DecodeError::Malformed("text is not UTF-8"))?;
        self.at = end;
        Ok(s.to_string())
    }
}

/// CRC-8 (polynomial 0x07).
fn crc8(data: &[u8]) -> u8 {
    let mut crc = 0u8;
    for &byte in data {
        crc ^= byte;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 {
                (crc << 1) ^ 0x07
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;
    use proptest::prelude::*;

    fn strip_id(mut r: Routine) -> Routine {
        r.id.clear();
        r
    }

    #[test]
    fn builtins_round_trip() {
        for r in builtin::all() {
            let code = encode(&r);
            assert_eq!(decode(&code).unwrap(), strip_id(r.clone()));
            assert_eq!(
                decode(&format!("https://example.org/quads/#/r/{code}")).unwrap(),
                strip_id(r)
            );
        }
    }

    #[test]
    fn versions_and_garbage() {
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert_eq!(decode("2AAAA"), Err(DecodeError::NewerVersion));
        assert!(matches!(decode("1!!!"), Err(DecodeError::Malformed(_))));
        assert!(matches!(decode("<script>"), Err(DecodeError::Malformed(_))));
        let code = encode(&builtin::all()[1]);
        assert!(decode(&code[..code.len() - 3]).is_err());
    }

    pub fn routine() -> impl Strategy<Value = Routine> {
        let step = (
            0usize..6,
            0usize..3,
            0usize..7,
            10u16..=180,
            1u8..=6,
            0usize..4,
            0u16..=60,
        )
            .prop_map(|(m, s, t, h, sp, d, rp)| Step {
                muscle: Muscle::ALL[m],
                side: Side::ALL[s],
                tool: Tool::ALL[t],
                hold_s: h,
                spots: sp,
                deepen: Deepen::ALL[d],
                reposition_s: rp,
            });
        (
            "[a-zA-Z0-9 éü✓<>&\"']{1,60}",
            "[a-zA-Z0-9 ,.]{0,140}",
            0u16..=60,
            prop::collection::vec(step, 1..=20),
        )
            .prop_filter_map("valid", |(name, purpose, rest, steps)| {
                let r = Routine {
                    id: String::new(),
                    name,
                    purpose,
                    steps,
                    switch_rest_s: rest,
                };
                r.validate().is_ok().then_some(r)
            })
    }

    proptest! {
        #[test]
        fn valid_routines_round_trip(r in routine()) {
            let code = encode(&r);
            prop_assert!(code.len() < 2000);
            prop_assert_eq!(decode(&code).unwrap(), r);
        }

        #[test]
        fn random_input_never_panics_nor_yields_invalid(s in "\\PC{0,300}") {
            if let Ok(r) = decode(&s) { prop_assert!(r.validate().is_ok()); }
        }

        #[test]
        fn random_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..400)) {
            let code = format!("1{}", base64url::encode(&b));
            if let Ok(r) = decode(&code) { prop_assert!(r.validate().is_ok()); }
        }

        #[test]
        fn mutations_and_truncations_are_caught_or_valid(r in routine(), at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
            let code = encode(&r);
            let mut bytes = base64url::decode(&code[1..]).unwrap();
            let i = at.index(bytes.len());
            bytes[i] = byte;
            if let Ok(d) = decode(&format!("1{}", base64url::encode(&bytes))) { prop_assert!(d.validate().is_ok()); }
            let c = cut.index(code.len());
            if let Ok(d) = decode(&code[..c]) { prop_assert!(d.validate().is_ok()); }
        }
    }
}
