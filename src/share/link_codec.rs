//! Links that carry their content in the URL fragment (`#/r/CODE`): a
//! routine, a plan (a routine with how often and for how long) or a progress
//! report. A code is one tag character, which says what it holds and in which
//! format, followed by base64url of a compact binary body and a CRC-8.
//! Decoding is strict and total: every byte is checked, and any input gives
//! the content or a clear message, never a half-read thing.
//!
//! Tags: `1` a routine, `2` a plan, `3` a progress report. Any other digit or
//! capital letter is a format from a newer app.
//!
//! The routine body (tag 1, and the start of a plan):
//! - name: length byte, UTF-8; purpose: length (2 bytes, big endian), UTF-8
//! - rest between sides (s): 1 byte; step count: 1 byte
//! - per step, 4 bytes: muscle | side << 3 | deepen << 5 (bit 7 zero),
//!   tool | (spots - 1) << 3 (bits 6-7 zero), hold seconds, reposition seconds
//!
//! The CRC-8 covers everything before it, so a mangled link is caught rather
//! than opened as a different routine.

use super::base64url;
use super::plan::Plan;
use super::report::Report;
use crate::session::routine::{limits, Deepen, Muscle, Routine, Side, Step, Tool};

pub const ROUTINE: char = '1';
pub const PLAN: char = '2';
pub const REPORT: char = '3';

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
            DecodeError::Empty => "This link holds nothing to open.".into(),
            DecodeError::NewerVersion => "This link was made with a newer version of the app. Update the app (reload it while online) to open it.".into(),
            DecodeError::Malformed(what) => format!("This link is damaged or incomplete ({what}). Ask the sender to share it again."),
            DecodeError::Invalid(why) => format!("This link holds something the app cannot use: {why}"),
        }
    }
}

/// What a link holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    Routine(Routine),
    Plan(Plan),
    Report(Report),
}

pub fn encode(r: &Routine) -> String {
    let mut w = Writer::default();
    w.routine(r);
    w.finish(ROUTINE)
}

fn index<T: PartialEq>(all: &[T], v: T) -> u8 {
    all.iter().position(|x| *x == v).unwrap_or(0) as u8
}

/// Decodes a routine code (the part after `#/r/`), or a whole link that
/// contains one. The routine comes back without an id; the caller gives it one.
pub fn decode(input: &str) -> Result<Routine, DecodeError> {
    match decode_link(input)? {
        Link::Routine(r) => Ok(r),
        _ => Err(DecodeError::Malformed("not a routine")),
    }
}

/// Decodes any link: a routine, a plan or a progress report.
pub fn decode_link(input: &str) -> Result<Link, DecodeError> {
    let code = extract_code(input.trim());
    let mut chars = code.chars();
    let tag = chars.next().ok_or(DecodeError::Empty)?;
    if !matches!(tag, ROUTINE | PLAN | REPORT) {
        return Err(match tag {
            '0'..='9' | 'A'..='Z' => DecodeError::NewerVersion,
            _ => DecodeError::Malformed("unknown format"),
        });
    }
    let bytes =
        base64url::decode(chars.as_str()).ok_or(DecodeError::Malformed("not a link code"))?;
    let (body, crc) = bytes
        .split_last()
        .map(|(c, b)| (b, *c))
        .ok_or(DecodeError::Malformed("too short"))?;
    if crc8(body) != crc {
        return Err(DecodeError::Malformed("checksum mismatch"));
    }
    let mut rd = Reader { b: body, at: 0 };
    let link = match tag {
        ROUTINE => Link::Routine(rd.routine()?),
        PLAN => Link::Plan(Plan::read(&mut rd)?),
        _ => Link::Report(Report::read(&mut rd)?),
    };
    if rd.at != body.len() {
        return Err(DecodeError::Malformed("extra data at the end"));
    }
    Ok(link)
}

/// Accepts a bare code, `#/r/CODE`, or a full URL ending in it.
pub fn extract_code(input: &str) -> &str {
    match input.rfind("#/r/") {
        Some(i) => &input[i + 4..],
        None => input.strip_prefix("/r/").unwrap_or(input),
    }
}

/// Builds a body; `finish` adds the checksum, the tag and the base64url.
#[derive(Default)]
pub struct Writer {
    b: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.b.push(v);
    }
    pub fn u16(&mut self, v: u16) {
        self.b.extend_from_slice(&v.to_be_bytes());
    }
    /// Text up to `max` bytes, its length first as a one-byte length, or two
    /// bytes when `max` needs them.
    pub fn text(&mut self, s: &str, max: usize) {
        let mut n = s.len().min(max);
        while !s.is_char_boundary(n) {
            n -= 1;
        }
        if max > 255 {
            self.u16(n as u16);
        } else {
            self.u8(n as u8);
        }
        self.b.extend_from_slice(&s.as_bytes()[..n]);
    }
    /// Short text (a note): a length of one byte below 128, else two with
    /// the top bit set, so a one-line note costs one length byte.
    pub fn short_text(&mut self, s: &str) {
        let mut n = s.len().min(0x7FFF);
        while !s.is_char_boundary(n) {
            n -= 1;
        }
        if n < 0x80 {
            self.u8(n as u8);
        } else {
            self.u16(n as u16 | 0x8000);
        }
        self.b.extend_from_slice(&s.as_bytes()[..n]);
    }
    pub fn routine(&mut self, r: &Routine) {
        self.text(&r.name, 255);
        self.text(&r.purpose, u16::MAX as usize);
        self.u8(r.switch_rest_s.min(255) as u8);
        self.u8(r.steps.len().min(255) as u8);
        for s in &r.steps {
            self.u8(index(&Muscle::ALL, s.muscle)
                | index(&Side::ALL, s.side) << 3
                | index(&Deepen::ALL, s.deepen) << 5);
            self.u8(index(&Tool::ALL, s.tool) | (s.spots.saturating_sub(1) & 7) << 3);
            self.u8(s.hold_s.min(255) as u8);
            self.u8(s.reposition_s.min(255) as u8);
        }
    }
    pub fn finish(mut self, tag: char) -> String {
        self.b.push(crc8(&self.b));
        let mut out = String::with_capacity(1 + self.b.len() * 4 / 3 + 2);
        out.push(tag);
        out.push_str(&base64url::encode(&self.b));
        out
    }
}

pub struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    pub fn u8(&mut self) -> Result<u8, DecodeError> {
        let v = *self
            .b
            .get(self.at)
            .ok_or(DecodeError::Malformed("cut short"))?;
        self.at += 1;
        Ok(v)
    }
    pub fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(u16::from_be_bytes([self.u8()?, self.u8()?]))
    }
    pub fn bytes_as_text(&mut self, n: usize) -> Result<String, DecodeError> {
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
    pub fn short_text(&mut self) -> Result<String, DecodeError> {
        let first = self.u8()?;
        let n = if first < 0x80 {
            usize::from(first)
        } else {
            let n = usize::from(u16::from_be_bytes([first & 0x7F, self.u8()?]));
            if n < 0x80 {
                // One text has one encoding, as with base64url.
                return Err(DecodeError::Malformed("overlong length"));
            }
            n
        };
        self.bytes_as_text(n)
    }
    pub fn routine(&mut self) -> Result<Routine, DecodeError> {
        let nlen = usize::from(self.u8()?);
        let name = self.bytes_as_text(nlen)?;
        let plen = usize::from(self.u16()?);
        let purpose = self.bytes_as_text(plen)?;
        let switch_rest_s = u16::from(self.u8()?);
        let count = usize::from(self.u8()?);
        if count > limits::STEPS_MAX {
            return Err(DecodeError::Invalid(format!(
                "more than {} steps",
                limits::STEPS_MAX
            )));
        }
        let mut steps = Vec::with_capacity(count);
        for _ in 0..count {
            let (a, t, hold, repo) = (self.u8()?, self.u8()?, self.u8()?, self.u8()?);
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
pub(crate) mod tests {
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

    /// Codes made by the app before plans existed: they must keep opening
    /// as the same routines.
    #[test]
    fn links_made_before_plans_still_open_the_same() {
        let before = [
        ("builtin-floss", "1C0RhaWx5IGZsb3NzAEtGaXZlIG1pbnV0ZXMgYSBkYXkgb24gYm90aCBpbGlhY3VzIG11c2NsZXMsIHRvIGtlZXAga25vdHMgZnJvbSBjb21pbmcgYmFjay4KAVAJPA8W"),
        ("builtin-front", "1DEZyb250IG9mIGhpcABWSWxpYWN1cyB0aGVuIHBzb2FzIG9uIGJvdGggc2lkZXMsIGZvciB0aGlnaC1mcm9udCB0aWdodG5lc3MgdGhhdCByb2xsaW5nIGRvZXMgbm90IGZpeC4KAlATPBRxCzwURQ"),
        ("builtin-back", "1C0JhY2sgb2YgaGlwADxHbHV0ZSwgaGFtc3RyaW5ncyBhbmQgaW5uZXIgdGhpZ2g6IG5vIHByZXNzdXJlIG9uIHRoZSBiZWxseS4KAzIKPA8TDC0PFAwtD3Q"),
        ("builtin-reset", "1DVNpdHRpbmcgcmVzZXQAPEEgc2hvcnQgcmVsZWFzZSBhZnRlciBhIGxvbmcgZGF5IGluIGEgY2hhaXIgb3IgYSBsb25nIGRyaXZlLgUCUAEtDzICHgrn"),
        ];
        for (id, code) in before {
            let r = builtin::all().into_iter().find(|r| r.id == id).unwrap();
            assert_eq!(decode(code).unwrap(), strip_id(r.clone()));
            assert_eq!(
                decode_link(code).unwrap(),
                Link::Routine(strip_id(r.clone()))
            );
            assert_eq!(encode(&r), code);
        }
    }

    #[test]
    fn versions_and_garbage() {
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert_eq!(decode("4AAAA"), Err(DecodeError::NewerVersion));
        assert_eq!(decode("ZAAAA"), Err(DecodeError::NewerVersion));
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
