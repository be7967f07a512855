//! The bytes inside a link code: a writer and a reader of the compact body
//! that routines, plans and progress reports share, and the tags that say
//! which one a code holds. The formats themselves are described where they
//! are read: `link_codec` (routines and the framing), `plan`, `report`.

use super::base64url;
use crate::session::routine::{limits, Deepen, Muscle, Routine, Side, Step, Tool};
use crate::words::catalogue::{Arg, Message};

pub const ROUTINE: char = '1';
pub const PLAN: char = '2';
pub const REPORT: char = '3';

#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    Empty,
    NewerVersion,
    Malformed(&'static str),
    /// It reads, but holds what the app cannot use: why, in words.
    Invalid(Message),
}

impl DecodeError {
    /// What went wrong, as data, for whoever checks stored data.
    pub fn detail(&self) -> String {
        match self {
            DecodeError::Empty => "empty".into(),
            DecodeError::NewerVersion => "newer version".into(),
            DecodeError::Malformed(why) => format!("malformed: {why}"),
            DecodeError::Invalid(m) => m.detail(),
        }
    }

    /// A reason the decoder states in its own (technical, English) words.
    pub fn invalid(why: String) -> DecodeError {
        DecodeError::Invalid(Message::new("link-detail").with("detail", Arg::Text(why)))
    }

    /// What to tell the person who opened the link. The details are the
    /// decoder's own (technical, in English), for whoever checks the link.
    pub fn message(&self) -> Message {
        match self {
            DecodeError::Empty => Message::new("link-empty"),
            DecodeError::NewerVersion => Message::new("link-newer"),
            DecodeError::Malformed(what) => {
                Message::new("link-damaged").with("detail", Arg::Text((*what).into()))
            }
            DecodeError::Invalid(why) => {
                Message::new("link-invalid").with("detail", why.clone().said())
            }
        }
    }
}

fn index<T: PartialEq>(all: &[T], v: T) -> u8 {
    all.iter().position(|x| *x == v).unwrap_or(0) as u8
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
    /// The body so far, for tests that read it back without a link around it.
    #[cfg(test)]
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.b
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

impl<'a> Reader<'a> {
    pub fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, at: 0 }
    }

    /// Every byte has been read.
    pub fn at_end(&self) -> bool {
        self.at == self.b.len()
    }

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
            return Err(DecodeError::invalid(format!(
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
pub fn crc8(data: &[u8]) -> u8 {
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
    use proptest::prelude::*;

    fn written(f: impl FnOnce(&mut Writer)) -> Vec<u8> {
        let mut w = Writer::default();
        f(&mut w);
        w.b
    }

    #[test]
    fn numbers_are_big_endian_and_cut_short_is_said() {
        assert_eq!(written(|w| w.u16(0x1234)), [0x12, 0x34]);
        let b = [0x12];
        let mut r = Reader::new(&b);
        assert_eq!(r.u16(), Err(DecodeError::Malformed("cut short")));
        let mut r = Reader::new(&[]);
        assert!(r.at_end());
        assert_eq!(r.u8(), Err(DecodeError::Malformed("cut short")));
    }

    #[test]
    fn text_is_cut_on_a_character_not_inside_one() {
        // "é" is two bytes: five allowed keep two of them.
        let b = written(|w| w.text("éééé", 5));
        assert_eq!(b[0], 4);
        assert_eq!(Reader::new(&b[1..]).bytes_as_text(4).unwrap(), "éé");
        let b = written(|w| w.short_text(&"ü".repeat(0x4000)));
        let mut r = Reader::new(&b);
        assert_eq!(r.short_text().unwrap(), "ü".repeat(0x3FFF));
        assert!(r.at_end());
    }

    #[test]
    fn one_text_has_one_encoding() {
        // A two-byte length below 128 could have been one byte: refused.
        let b = [0x80, 0x03, b'a', b'b', b'c'];
        assert_eq!(
            Reader::new(&b).short_text(),
            Err(DecodeError::Malformed("overlong length"))
        );
        let b = [0x02, 0xC3, 0x28];
        assert_eq!(
            Reader::new(&b).short_text(),
            Err(DecodeError::Malformed("text is not UTF-8"))
        );
    }

    #[test]
    fn crc8_is_the_smbus_crc() {
        // The check value of CRC-8/SMBUS (poly 0x07, init 0).
        assert_eq!(crc8(b"123456789"), 0xF4);
        assert_eq!(crc8(&[]), 0);
    }

    #[test]
    fn every_error_tells_the_person_what_to_do() {
        let all = [
            DecodeError::Empty,
            DecodeError::NewerVersion,
            DecodeError::Malformed("cut short"),
            DecodeError::Invalid(
                Message::new("link-detail").with("detail", Arg::Text("a hold of 900 s".into())),
            ),
        ];
        let texts: Vec<String> = all
            .iter()
            .map(|e| crate::words::english::say(&e.message()))
            .collect();
        assert!(texts[1].contains("Update the app"));
        assert!(texts[2].contains("cut short") && texts[2].contains("share it again"));
        assert!(texts[3].contains("a hold of 900 s"));
        for (i, a) in texts.iter().enumerate() {
            assert!(texts.iter().skip(i + 1).all(|b| a != b));
        }
    }

    proptest! {
        #[test]
        fn short_text_round_trips(s in "\\PC{0,300}") {
            let b = written(|w| w.short_text(&s));
            let mut r = Reader::new(&b);
            prop_assert_eq!(r.short_text().unwrap(), s);
            prop_assert!(r.at_end());
        }

        #[test]
        fn no_bytes_make_the_reader_panic(b in prop::collection::vec(any::<u8>(), 0..64)) {
            let mut r = Reader::new(&b);
            let _ = r.short_text();
            let mut r = Reader::new(&b);
            let _ = r.routine();
        }
    }
}
