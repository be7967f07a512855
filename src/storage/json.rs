//! A small JSON reader and writer for stored data and backups.
//!
//! Why not serde_json: its generic visitor code, instantiated for every
//! stored type, was about a seventh of the browser bundle. A plain value
//! tree plus one hand-written mapping per type (`codec.rs`) does the same
//! job for a fraction of the bytes, and keeps unreadable items intact as
//! values so they can be quarantined rather than dropped.

use std::fmt::Write;

/// Nesting deeper than this is refused rather than risking the stack on a
/// hostile backup file. Our own data nests about six levels.
const MAX_DEPTH: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Members in file order; a repeated key keeps its last value.
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn parse(text: &str) -> Result<Json, String> {
        let mut p = Parser {
            s: text.as_bytes(),
            i: 0,
            depth: 0,
        };
        p.ws();
        let v = p.value()?;
        p.ws();
        if p.i < p.s.len() {
            return Err(p.error("unexpected text after the end"));
        }
        Ok(v)
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Removes and returns a member of an object.
    pub fn take(&mut self, key: &str) -> Option<Json> {
        match self {
            Json::Obj(m) => m.iter().position(|(k, _)| k == key).map(|i| m.remove(i).1),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Num(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole number in `0..=max`, as unsigned data fields require.
    pub fn as_uint(&self, max: u64) -> Option<u64> {
        match self {
            Json::Num(n) if *n >= 0.0 && n.fract() == 0.0 && *n <= max as f64 => Some(*n as u64),
            _ => None,
        }
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => write_num(*n, out),
            Json::Str(s) => write_str(s, out),
            Json::Arr(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Json::Obj(m) => {
                out.push('{');
                for (i, (k, v)) in m.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Numbers are written and read without Rust's float formatter and
/// parser: with their lookup tables they weighed more than this whole
/// module. Whole numbers (every count and nearly every timestamp) are
/// exact. Others keep 15 significant digits, which is the precision an
/// `f64` guarantees and far finer than any time we store (a microsecond).
/// JSON has no NaN or infinity: they are written as null.
fn write_num(n: f64, out: &mut String) {
    if !n.is_finite() {
        out.push_str("null");
        return;
    }
    if n == n.trunc() && n.abs() < 9.0e15 {
        let _ = write!(out, "{}", n as i64);
        return;
    }
    if n < 0.0 {
        out.push('-');
    }
    let a = n.abs();
    // A few decimals (a timestamp with microseconds, say) are written
    // exactly when dividing back, as the reader does, gives the same bits.
    // The product may round one unit off the whole number that divides
    // back to `a`, so neighbours are tried too.
    for d in 1..=6 {
        let m0 = scale(a, d).round();
        if let Some(m) = [m0, m0 - 1.0, m0 + 1.0]
            .into_iter()
            .find(|&m| m < 9.0e15 && scale(m, -d) == a)
        {
            let digits = (m as u64).to_string();
            let digits = if digits.len() <= d as usize {
                "0".repeat(d as usize + 1 - digits.len()) + &digits
            } else {
                digits
            };
            let (int, frac) = digits.split_at(digits.len() - d as usize);
            let _ = write!(out, "{int}.{}", frac.trim_end_matches('0'));
            return;
        }
    }
    // Scale to a 15-digit whole number `m`, so that a = m * 10^-k.
    let mut k = 14 - a.log10().floor() as i32;
    let mut m = scale(a, k).round();
    if m >= 1.0e15 {
        // log10 rounded up at a power of ten.
        k -= 1;
        m = scale(a, k).round();
    }
    let mut digits = (m as u64).to_string();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
        k -= 1;
    }
    let k = k as i64;
    let len = digits.len() as i64;
    if k <= 0 {
        let _ = write!(out, "{digits}e{}", -k);
    } else if len > k {
        let (int, frac) = digits.split_at((len - k) as usize);
        let _ = write!(out, "{int}.{frac}");
    } else if k - len < 8 {
        let _ = write!(out, "0.{}{digits}", "0".repeat((k - len) as usize));
    } else {
        let _ = write!(out, "{digits}e-{k}");
    }
}

/// `a * 10^k`, in steps that neither overflow nor underflow on the way.
fn scale(mut a: f64, mut k: i32) -> f64 {
    while k > 300 {
        a *= 1e300;
        k -= 300;
    }
    while k < -300 {
        a /= 1e300;
        k += 300;
    }
    if k >= 0 {
        a * 10f64.powi(k)
    } else {
        a / 10f64.powi(-k)
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads JSON number text (already checked by the grammar). Values of up
/// to 15 digits and exponents within ±22, which is everything this app
/// writes, come out exact; longer ones within a few units in the last place.
fn to_f64(text: &[u8]) -> Option<f64> {
    let neg = text.first() == Some(&b'-');
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    let mut i = usize::from(neg);
    let mut after_point = false;
    while let Some(&b) = text.get(i) {
        match b {
            b'0'..=b'9' => {
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    if after_point {
                        exp -= 1;
                    }
                } else if !after_point {
                    exp += 1;
                }
            }
            b'.' => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        let eneg = text.get(i) == Some(&b'-');
        if matches!(text.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let mut e: i32 = 0;
        for &b in &text[i..] {
            e = (e * 10 + i32::from(b - b'0')).min(100_000);
        }
        exp += if eneg { -e } else { e };
    }
    let v = if mantissa == 0 {
        0.0
    } else {
        scale(mantissa as f64, exp)
    };
    v.is_finite().then_some(if neg { -v } else { v })
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    /// "expected `,` or `]` at line 3, column 14": enough to find the spot
    /// in a hand-edited backup.
    fn error(&self, what: &str) -> String {
        let upto = &self.s[..self.i.min(self.s.len())];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        format!("{what} at line {line}, column {col}")
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Result<Json, String> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        match self.peek() {
            None => Err(self.error("the text ends too early")),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[' | b'{') => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.error("nested too deeply"));
                }
                let v = if self.peek() == Some(b'[') {
                    self.array()
                } else {
                    self.object()
                };
                self.depth -= 1;
                v
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn array(&mut self) -> Result<Json, String> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Arr(out));
        }
        loop {
            self.ws();
            out.push(self.value()?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Json::Arr(out));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Json, String> {
        self.i += 1;
        let mut out: Vec<(String, Json)> = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Obj(out));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a quoted name"));
            }
            let k = self.string()?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:`"));
            }
            self.i += 1;
            self.ws();
            let v = self.value()?;
            match out.iter_mut().find(|(x, _)| *x == k) {
                Some(slot) => slot.1 = v,
                None => out.push((k, v)),
            }
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Json::Obj(out));
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i > from
        };
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        // JSON forbids leading zeros such as 012.
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.error("expected a digit after `.`"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        to_f64(&self.s[start..self.i])
            .map(Json::Num)
            .ok_or_else(|| self.error("number out of range"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut v = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.error("bad `\\u` escape")),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control byte at once.
            let from = self.i;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            // The input is a &str and we stopped on ASCII, so this is a char boundary.
            out.push_str(std::str::from_utf8(&self.s[from..self.i]).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self
                        .peek()
                        .ok_or_else(|| self.error("the text ends too early"))?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.s[self.i..].starts_with(b"\\u") {
                                    return Err(self.error("unpaired surrogate in `\\u` escape"));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("unpaired surrogate in `\\u` escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(
                                char::from_u32(code).ok_or_else(|| {
                                    self.error("unpaired surrogate in `\\u` escape")
                                })?,
                            );
                        }
                        _ => {
                            self.i -= 1;
                            return Err(self.error("bad escape"));
                        }
                    }
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("the text ends inside a string")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = Json::parse(r#" {"a": [1, -2.5, 3e2, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": {}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Arr(vec![
                Json::Num(1.0),
                Json::Num(-2.5),
                Json::Num(300.0),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ]))
        );
        assert_eq!(v.get("b").and_then(Json::as_str), Some("x\"\\/\né😀"));
        assert_eq!(v.get("c"), Some(&Json::Obj(vec![])));
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "012",
            "1.",
            "-",
            "nul",
            "\"abc",
            "\"a\u{1}\"",
            "{a:1}",
            "[1 2]",
            "1 2",
            "\"\\x\"",
            "\"\\ud800\"",
            "1e999",
            "NaN",
        ] {
            assert!(Json::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn errors_say_where() {
        let e = Json::parse("{\n  \"a\": 1\n  \"b\": 2}").unwrap_err();
        assert_eq!(e, "expected `,` or `}` at line 3, column 3");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(Json::parse(&deep)
            .unwrap_err()
            .contains("nested too deeply"));
        let ok = "[".repeat(100) + &"]".repeat(100);
        assert!(Json::parse(&ok).is_ok());
    }

    #[test]
    fn a_repeated_key_keeps_the_last_value() {
        let v = Json::parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(v.to_text(), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn numbers_are_written_plainly() {
        for (n, text) in [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.5, "-1.5"),
            (1_790_000_000_123.0, "1790000000123"),
            (1_790_000_000_123.25, "1790000000123.25"),
            (0.1, "0.1"),
            (0.000123, "0.000123"),
            (1e-12, "1e-12"),
            (1e20, "1e20"),
            (123456789.125, "123456789.125"),
            (f64::NAN, "null"),
        ] {
            assert_eq!(Json::Num(n).to_text(), text);
        }
    }

    #[test]
    fn numbers_the_app_writes_read_back_exactly() {
        for text in [
            "0",
            "-7",
            "1790000000123",
            "1790000000123.25",
            "0.5",
            "12.345",
            "9007199254740991",
            "1e5",
            "2.5E-3",
        ] {
            let n = Json::parse(text).unwrap().as_f64().unwrap();
            assert_eq!(Some(n), text.parse::<f64>().ok(), "{text}");
        }
        assert_eq!(Json::parse("-0.0").unwrap(), Json::Num(0.0));
    }

    fn any_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<f64>()
                .prop_filter("finite", |n| n.is_finite())
                .prop_map(Json::Num),
            (-1.0e6..1.0e6f64).prop_map(Json::Num),
            any::<String>().prop_map(Json::Str),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Arr),
                // Keys are made distinct, since a repeated key collapses on reading.
                prop::collection::btree_map(any::<String>(), inner, 0..8)
                    .prop_map(|m| Json::Obj(m.into_iter().collect())),
            ]
        })
    }

    /// Equal, with numbers compared to 14 significant digits.
    fn same(a: &Json, b: &Json) -> bool {
        match (a, b) {
            (Json::Num(x), Json::Num(y)) => x == y || (x - y).abs() <= x.abs().max(y.abs()) * 1e-14,
            (Json::Arr(x), Json::Arr(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
            }
            (Json::Obj(x), Json::Obj(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .zip(y)
                        .all(|((ka, a), (kb, b))| ka == kb && same(a, b))
            }
            _ => a == b,
        }
    }

    proptest! {
        #[test]
        fn write_then_read_gives_the_same_value(v in any_json()) {
            let back = Json::parse(&v.to_text()).unwrap();
            prop_assert!(same(&back, &v), "{:?} came back as {:?}", v, back);
        }

        #[test]
        fn whole_and_millisecond_numbers_are_exact(n in -9.0e12..9.0e12f64) {
            let n = (n * 1000.0).round() / 1000.0;
            prop_assert_eq!(Json::parse(&Json::Num(n).to_text()).unwrap(), Json::Num(n));
        }

        #[test]
        fn any_finite_number_reads_back_close(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
            let back = Json::parse(&Json::Num(n).to_text()).unwrap().as_f64().unwrap();
            prop_assert!(same(&Json::Num(back), &Json::Num(n)) || (n.abs() < 1e-300 && back.abs() < 1e-300), "{} came back as {}", n, back);
        }

        #[test]
        fn any_text_is_read_or_refused_without_a_panic(s in any::<String>()) {
            let _ = Json::parse(&s);
        }

        #[test]
        fn text_close_to_json_is_read_or_refused_without_a_panic(s in r#"[\[\]{}",:0-9a-z.eE+\\ -]{0,40}"#) {
            let _ = Json::parse(&s);
        }
    }
}
