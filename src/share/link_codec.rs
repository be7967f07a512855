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
use super::bytes::{crc8, Reader, Writer};
pub use super::bytes::{DecodeError, PLAN, REPORT, ROUTINE};
use super::plan::Plan;
use super::report::Report;
use crate::session::routine::Routine;

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

/// Decodes a routine code (the part after `#/r/`), or a whole link that
/// contains one. The routine comes back without an id (the caller gives it
/// one), unless it is one of the built-in routines: then it comes back as
/// that routine, so each phone names it in its own language.
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
    let mut rd = Reader::new(body);
    let link = match tag {
        ROUTINE => Link::Routine(as_builtin(rd.routine()?)),
        PLAN => {
            let mut p = Plan::read(&mut rd)?;
            p.routine = as_builtin(p.routine);
            Link::Plan(p)
        }
        _ => Link::Report(Report::read(&mut rd)?),
    };
    if !rd.at_end() {
        return Err(DecodeError::Malformed("extra data at the end"));
    }
    Ok(link)
}

/// A routine that is one of the built-in ones (a link holds its English
/// name and purpose, as every version of the app wrote them) comes back as
/// that routine, with its id.
fn as_builtin(mut r: Routine) -> Routine {
    if let Some(b) = crate::session::builtin::all()
        .into_iter()
        .find(|b| b.same_as(&r))
    {
        r.id = b.id;
    }
    r
}

/// Accepts a bare code, `#/r/CODE`, or a full URL ending in it.
pub fn extract_code(input: &str) -> &str {
    match input.rfind("#/r/") {
        Some(i) => &input[i + 4..],
        None => input.strip_prefix("/r/").unwrap_or(input),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::session::builtin;
    use crate::session::routine::{Deepen, Muscle, Side, Step, Tool};
    use proptest::prelude::*;

    #[test]
    fn builtins_round_trip() {
        for r in builtin::all() {
            let code = encode(&r);
            // A built-in routine comes back as itself, id and all.
            assert_eq!(decode(&code).unwrap(), r);
            assert_eq!(
                decode(&format!("https://example.org/quads/#/r/{code}")).unwrap(),
                r
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
            // Each opens as the built-in routine itself, to be named in the
            // language of the phone that opens it.
            assert_eq!(decode(code).unwrap(), r);
            assert_eq!(decode_link(code).unwrap(), Link::Routine(r.clone()));
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
