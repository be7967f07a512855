//! The release check as a progress report carries it: the verdict and the
//! numbers behind it, small enough for a link, readable by the person who
//! sent the plan (or a clinician) without the app's data.
//!
//! Bytes: verdict (0-5), regular weeks, days a week in tenths (0-70), a byte
//! of flags (1 tightness, 2 tenderness), then first and latest weekly
//! averages in tenths (0-100) for each rating the flags name.

use super::bytes::{DecodeError, Reader, Writer};
use crate::habit::release_check::{Change, Check, Verdict};
use crate::words::catalogue::{Arg, Message};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    TooEarly,
    RegularityFirst,
    Improving,
    NoChangeYet,
    SeeClinicianNoFall,
    SeeClinicianRising,
}

const FINDINGS: [Finding; 6] = [
    Finding::TooEarly,
    Finding::RegularityFirst,
    Finding::Improving,
    Finding::NoChangeYet,
    Finding::SeeClinicianNoFall,
    Finding::SeeClinicianRising,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckSummary {
    pub finding: Finding,
    pub regular_weeks: u8,
    pub days_per_week_tenths: u8,
    /// First and latest weekly averages, in tenths of a point.
    pub tightness: Option<(u8, u8)>,
    pub tenderness: Option<(u8, u8)>,
}

fn tenths(v: f64) -> u8 {
    // Ratings and days a week are 0-10 and 0-7, so the cast cannot wrap.
    (v * 10.0 + 0.5).clamp(0.0, 100.0) as u8
}

fn pair(c: Option<Change>) -> Option<(u8, u8)> {
    c.map(|c| (tenths(c.first), tenths(c.latest)))
}

impl CheckSummary {
    pub fn of(c: &Check) -> CheckSummary {
        let e = &c.evidence;
        CheckSummary {
            finding: match c.verdict {
                Verdict::NotEnough { .. } => Finding::TooEarly,
                Verdict::RegularityFirst { .. } => Finding::RegularityFirst,
                Verdict::Improving => Finding::Improving,
                Verdict::NoChangeYet { .. } => Finding::NoChangeYet,
                Verdict::SeeClinician { rising: false } => Finding::SeeClinicianNoFall,
                Verdict::SeeClinician { rising: true } => Finding::SeeClinicianRising,
            },
            regular_weeks: e.regular_weeks.min(255) as u8,
            days_per_week_tenths: tenths(e.days_per_week).min(70),
            tightness: pair(e.tightness),
            tenderness: pair(e.tenderness),
        }
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.days_per_week_tenths > 70 {
            return Err("its days a week are more than 7".into());
        }
        for (a, b) in [self.tightness, self.tenderness].into_iter().flatten() {
            if a > 100 || b > 100 {
                return Err("a weekly average is above 10".into());
            }
        }
        Ok(())
    }

    pub(super) fn write(&self, w: &mut Writer) {
        w.u8(FINDINGS
            .iter()
            .position(|f| *f == self.finding)
            .unwrap_or(0) as u8);
        w.u8(self.regular_weeks);
        w.u8(self.days_per_week_tenths);
        w.u8(u8::from(self.tightness.is_some()) | u8::from(self.tenderness.is_some()) << 1);
        for (a, b) in [self.tightness, self.tenderness].into_iter().flatten() {
            w.u8(a);
            w.u8(b);
        }
    }

    pub(super) fn read(rd: &mut Reader) -> Result<CheckSummary, DecodeError> {
        let finding = *FINDINGS
            .get(usize::from(rd.u8()?))
            .ok_or(DecodeError::Malformed("unknown release check finding"))?;
        let regular_weeks = rd.u8()?;
        let days_per_week_tenths = rd.u8()?;
        let flags = rd.u8()?;
        if flags & !3 != 0 {
            return Err(DecodeError::Malformed("reserved bits set"));
        }
        let mut pair = |bit: u8| -> Result<Option<(u8, u8)>, DecodeError> {
            Ok(if flags & bit != 0 {
                Some((rd.u8()?, rd.u8()?))
            } else {
                None
            })
        };
        let tightness = pair(1)?;
        let tenderness = pair(2)?;
        Ok(CheckSummary {
            finding,
            regular_weeks,
            days_per_week_tenths,
            tightness,
            tenderness,
        })
    }

    /// The summary's lines, for the message and the read-only page.
    pub fn lines(&self) -> Vec<Message> {
        let finding = match self.finding {
            Finding::TooEarly => "too-early",
            Finding::RegularityFirst => "regularity-first",
            Finding::Improving => "improving",
            Finding::NoChangeYet => "no-change",
            Finding::SeeClinicianNoFall => "see-no-fall",
            Finding::SeeClinicianRising => "see-rising",
        };
        let mut out = vec![Message::new("checksum-finding")
            .with("finding", Arg::Text(finding.into()))
            .with("weeks", Arg::count(self.regular_weeks))];
        if self.regular_weeks > 0 {
            out.push(
                Message::new("checksum-regular")
                    .with("weeks", Arg::count(self.regular_weeks))
                    .with(
                        "perweek",
                        Arg::tenths(f64::from(self.days_per_week_tenths) / 10.0),
                    ),
            );
        }
        for (key, p) in [
            ("checksum-tightness", self.tightness),
            ("checksum-tenderness", self.tenderness),
        ] {
            if let Some((a, b)) = p {
                out.push(
                    Message::new(key)
                        .with("from", Arg::tenths(f64::from(a) / 10.0))
                        .with("to", Arg::tenths(f64::from(b) / 10.0)),
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::civil_day::CivilDay;
    use crate::habit::release_check::Evidence;
    use proptest::prelude::*;

    fn change(first: f64, latest: f64) -> Change {
        let monday = CivilDay::from_ymd(2026, 11, 2).unwrap();
        Change {
            first_week: monday,
            first,
            first_ratings: 3,
            latest_week: monday.add(21),
            latest,
            latest_ratings: 3,
        }
    }

    fn check(verdict: Verdict) -> Check {
        Check {
            verdict,
            evidence: Evidence {
                regular_weeks: 4,
                since: None,
                days_per_week: 5.04,
                regular_days: 5,
                tightness: Some(change(6.0, 5.96)),
                tenderness: None,
            },
        }
    }

    fn round_trip(s: &CheckSummary) -> Result<CheckSummary, DecodeError> {
        let mut w = Writer::default();
        s.write(&mut w);
        let mut r = Reader::new(w.bytes());
        let back = CheckSummary::read(&mut r)?;
        assert!(r.at_end());
        Ok(back)
    }

    #[test]
    fn every_verdict_has_its_finding_and_the_numbers_in_tenths() {
        for (v, f) in [
            (
                Verdict::NotEnough {
                    weeks_needed: 2,
                    ratings_needed: true,
                },
                Finding::TooEarly,
            ),
            (
                Verdict::RegularityFirst { weeks_needed: 1 },
                Finding::RegularityFirst,
            ),
            (Verdict::Improving, Finding::Improving),
            (
                Verdict::NoChangeYet {
                    look_again: CivilDay(0),
                },
                Finding::NoChangeYet,
            ),
            (
                Verdict::SeeClinician { rising: false },
                Finding::SeeClinicianNoFall,
            ),
            (
                Verdict::SeeClinician { rising: true },
                Finding::SeeClinicianRising,
            ),
        ] {
            let s = CheckSummary::of(&check(v));
            assert_eq!(s.finding, f);
            assert_eq!(round_trip(&s).unwrap(), s);
        }
        let s = CheckSummary::of(&check(Verdict::Improving));
        assert_eq!((s.regular_weeks, s.days_per_week_tenths), (4, 50));
        assert_eq!(s.tightness, Some((60, 60)), "5.96 is 6.0 in tenths");
        assert_eq!(s.tenderness, None);
    }

    #[test]
    fn lines_say_the_finding_then_the_numbers() {
        let s = CheckSummary::of(&check(Verdict::SeeClinician { rising: false }));
        assert_eq!(
            s.lines()
                .iter()
                .map(crate::words::english::say)
                .collect::<Vec<_>>(),
            [
                "Release check: no clear improvement after 4 weeks of regular release: time to see a clinician.",
                "Regular release: 4 weeks in a row, about 5.0 days a week.",
                "Tightness, weekly average over those weeks: 6.0 → 6.0 out of 10.",
            ]
        );
        let mut early = CheckSummary::of(&check(Verdict::NotEnough {
            weeks_needed: 2,
            ratings_needed: false,
        }));
        early.regular_weeks = 0;
        assert_eq!(
            early.lines().len(),
            2,
            "no regular-release line without regular weeks"
        );
    }

    #[test]
    fn bad_bytes_and_bad_numbers_are_refused() {
        for (b, why) in [
            (vec![9, 0, 0, 0], "unknown release check finding"),
            (vec![0, 0, 0, 4], "reserved bits set"),
            (vec![0, 0, 0, 1, 60], "cut short"),
        ] {
            assert_eq!(
                CheckSummary::read(&mut Reader::new(&b)),
                Err(DecodeError::Malformed(why))
            );
        }
        let mut s = CheckSummary::of(&check(Verdict::Improving));
        s.days_per_week_tenths = 71;
        assert!(s.validate().is_err());
        s.days_per_week_tenths = 70;
        s.tightness = Some((60, 101));
        assert!(s.validate().is_err());
    }

    proptest! {
        #[test]
        fn any_valid_summary_round_trips(
            f in 0usize..6, weeks in any::<u8>(), days in 0u8..=70,
            tight in prop::option::of((0u8..=100, 0u8..=100)),
            tender in prop::option::of((0u8..=100, 0u8..=100)),
        ) {
            let s = CheckSummary { finding: FINDINGS[f], regular_weeks: weeks, days_per_week_tenths: days, tightness: tight, tenderness: tender };
            prop_assert!(s.validate().is_ok());
            prop_assert_eq!(round_trip(&s).unwrap(), s);
        }
    }
}
