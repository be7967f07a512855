//! The reminder's time of day, as a time field gives it ("07:45", or
//! "07:45:30" where the field has seconds) and as it is stored (minutes after
//! midnight).

/// Minutes after midnight for a time field's value; `None` for anything that
/// is not a time of day (empty, "24:00", "7:60", "ab:cd").
pub fn parse(text: &str) -> Option<u32> {
    let mut parts = text.trim().split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    // Seconds, if the field shows them ("30" or "30.5"), do not change the
    // minute. Read as digits: a float parser would add about 15 KB of wasm.
    if let Some(s) = parts.next() {
        let (whole, fraction) = s.split_once('.').unwrap_or((s, "0"));
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(fraction) || whole.parse::<u32>().ok()? > 59 {
            return None;
        }
    }
    if parts.next().is_some() || h > 23 || m > 59 {
        return None;
    }
    Some(h * 60 + m)
}

/// A time field's value for minutes after midnight: "07:45".
pub fn field_value(min: u32) -> String {
    let min = min % (24 * 60);
    format!("{:02}:{:02}", min / 60, min % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn times_of_day_and_what_is_not_one() {
        assert_eq!(parse("07:45"), Some(465));
        assert_eq!(parse("00:00"), Some(0));
        assert_eq!(parse("23:59"), Some(1439));
        assert_eq!(parse("07:45:30"), Some(465));
        assert_eq!(parse("07:45:30.5"), Some(465));
        for bad in [
            "",
            "7",
            "24:00",
            "07:60",
            "ab:cd",
            "07:45:60",
            "07:45:00:00",
            "-1:30",
            "07:-5",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn a_stored_time_reads_back(min in 0u32..1440) {
            prop_assert_eq!(parse(&field_value(min)), Some(min));
        }

        #[test]
        fn no_text_panics_or_leaves_the_day(text in "\\PC{0,12}") {
            if let Some(m) = parse(&text) { prop_assert!(m < 1440); }
        }
    }
}
