//! Numbers as text without the float formatter: `format!("{:.1}")` pulls
//! Rust's float printing machinery into the browser bundle, and one
//! decimal is all the screens need.

/// `x` with exactly one decimal ("12.3", "-0.5"); non-finite values give "0.0".
pub fn one_decimal(x: f64) -> String {
    if !x.is_finite() {
        return "0.0".into();
    }
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// `x` with `decimals` decimals (0 to 3), by integer arithmetic for the
/// same reason; non-finite values give zero.
pub fn fixed(x: f64, decimals: u8) -> String {
    let d = u32::from(decimals.min(3));
    let scale = 10_i64.pow(d);
    let n = if x.is_finite() {
        (x * scale as f64).round() as i64
    } else {
        0
    };
    let sign = if n < 0 { "-" } else { "" };
    let (int, frac) = (
        n.unsigned_abs() / scale as u64,
        n.unsigned_abs() % scale as u64,
    );
    match d {
        0 => format!("{sign}{int}"),
        _ => format!("{sign}{int}.{frac:0width$}", width = d as usize),
    }
}

/// `x` rounded to a whole number.
pub fn whole(x: f64) -> i64 {
    if x.is_finite() {
        x.round() as i64
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_formatter() {
        for x in [0.0, 0.04, 0.05, 1.25, 12.34, -0.5, -3.26, 99.95, 1e6 + 0.12] {
            assert_eq!(
                one_decimal(x),
                format!("{:.1}", (x * 10.0_f64).round() / 10.0),
                "{x}"
            );
        }
        assert_eq!(one_decimal(f64::NAN), "0.0");
        for (x, d) in [
            (0.0, 0),
            (7.0, 0),
            (4.96, 1),
            (1.005, 2),
            (-3.26, 1),
            (12.3456, 3),
            (99.95, 1),
        ] {
            assert_eq!(
                fixed(x, d),
                format!(
                    "{:.*}",
                    usize::from(d),
                    (x * 10f64.powi(d.into())).round() / 10f64.powi(d.into())
                ),
                "{x} {d}"
            );
        }
        assert_eq!(fixed(f64::INFINITY, 1), "0.0");
        assert_eq!(whole(2.5), 3);
        assert_eq!(whole(-2.4), -2);
    }
}
