use super::*;
use crate::habit::entry::{day_statuses, Entry, EntryKind};
use crate::session::builtin;
use crate::share::base64url;
use crate::share::link_codec::{decode_link, DecodeError, Link};
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> CivilDay {
    CivilDay::from_ymd(y, m, d).unwrap()
}

fn plan() -> Plan {
    Plan {
        routine: builtin::all().remove(0),
        target: Target::PerWeek(3),
        weeks: 6,
        made: day(2026, 11, 20),
        start: None,
        note: String::new(),
    }
}

fn rating(d: CivilDay, tight: u8, tender: u8) -> Entry {
    Entry {
        id: format!("n{}", d.0),
        day: d,
        kind: EntryKind::Note,
        tightness: Some(tight),
        tenderness: Some(tender),
        note: String::new(),
        at_ms: f64::from(d.0),
        deleted: false,
    }
}

const ALL: Choices = Choices {
    counts: true,
    ratings: true,
};

#[test]
fn counts_trend_and_text_of_week_two() {
    let first = day(2026, 11, 23); // a Monday
    let today = first.add(9); // Wednesday of week 2
                              // Before the plan, three sessions that must not count.
    let sessions = [-3, -2, -1, 0, 2, 4, 7, 9].map(|i| first.add(i));
    let entries = vec![
        rating(first, 7, 6),
        rating(first.add(2), 7, 6),
        rating(first.add(8), 4, 5),
    ];
    let days = day_statuses(sessions, &entries);
    let r = Report::compute(
        &plan(),
        first,
        &days,
        today,
        ALL,
        "  Left side still tender. ",
    );
    assert_eq!(r.week, 2);
    assert_eq!(
        r.counts,
        Some(Counts {
            done: 5,
            planned: 4,
            streak: 1
        })
    );
    assert_eq!(
        r.tightness,
        Some(Trend {
            first: 7,
            latest: 4
        })
    );
    assert_eq!(
        r.tenderness,
        Some(Trend {
            first: 6,
            latest: 5
        })
    );
    assert_eq!(r.note, "Left side still tender.");
    let text = r.text("https://x/#/r/3abc", &crate::words::english::say);
    assert!(
        text.starts_with("My progress on “Daily floss”, week 2 of 6:\n"),
        "{text}"
    );
    assert!(
        text.contains("Done on 5 of 4 planned days (3 days a week)."),
        "{text}"
    );
    assert!(text.contains("Current streak: 1 week."), "{text}");
    assert!(
        text.contains("Tightness: 7 → 4 out of 10 (better)."),
        "{text}"
    );
    assert!(
        text.contains("Tenderness: 6 → 5 out of 10 (a little better)."),
        "{text}"
    );
    assert!(text.ends_with("Summary: https://x/#/r/3abc"), "{text}");
    assert_eq!(decode_link(&r.encode()), Ok(Link::Report(r)));
}

#[test]
fn only_what_is_chosen_is_in_it() {
    let first = day(2026, 11, 23);
    let days = day_statuses([first], &[rating(first, 5, 5)]);
    let none = Choices {
        counts: false,
        ratings: false,
    };
    let r = Report::compute(&plan(), first, &days, first.add(3), none, "");
    assert_eq!((r.counts, r.tightness, r.tenderness), (None, None, None));
    assert!(r.lines().is_empty());
    let code = r.encode();
    let with_all = Report::compute(&plan(), first, &days, first.add(3), ALL, "").encode();
    assert!(code.len() < with_all.len());
    assert_eq!(decode_link(&code), Ok(Link::Report(r)));
}

#[test]
fn a_finished_plan_counts_only_its_weeks() {
    let first = day(2026, 1, 5);
    let sessions: Vec<CivilDay> = (0..100).map(|i| first.add(i)).collect();
    let days = day_statuses(sessions, &[]);
    let mut p = plan();
    p.target = Target::Daily;
    p.weeks = 2;
    let r = Report::compute(&p, first, &days, first.add(60), ALL, "");
    assert_eq!(r.week, 3);
    assert_eq!(
        crate::words::english::say(&r.where_in_plan()),
        "all 2 weeks done"
    );
    assert_eq!(
        r.counts,
        Some(Counts {
            done: 14,
            planned: 14,
            streak: 14
        })
    );
    assert!(r.validate().is_ok());
}

#[test]
fn trend_words_say_lower_is_better() {
    let t = |first, latest| trend_words(Trend { first, latest });
    assert_eq!(t(8, 3), "better");
    assert_eq!(t(5, 4), "little-better");
    assert_eq!(t(5, 5), "same");
    assert_eq!(t(4, 5), "little-worse");
    assert_eq!(t(2, 9), "worse");
}

#[test]
fn impossible_reports_are_refused() {
    let first = day(2026, 11, 23);
    let days = day_statuses([first], &[]);
    let good = Report::compute(&plan(), first, &days, first, ALL, "");
    let mut r = good.clone();
    r.week = 9;
    assert!(matches!(
        decode_link(&r.encode()),
        Err(DecodeError::Invalid(_))
    ));
    let mut r = good.clone();
    r.tightness = Some(Trend {
        first: 11,
        latest: 3,
    });
    assert!(matches!(
        decode_link(&r.encode()),
        Err(DecodeError::Invalid(_))
    ));
    let mut r = good;
    r.counts = Some(Counts {
        done: 999,
        planned: 1,
        streak: 0,
    });
    assert!(matches!(
        decode_link(&r.encode()),
        Err(DecodeError::Invalid(_))
    ));
    let code = Report::compute(&plan(), first, &days, first, ALL, "").encode();
    for cut in 0..code.len() {
        assert!(decode_link(&code[..cut]).is_err());
    }
}

proptest! {
    #[test]
    fn reports_round_trip(days_done in prop::collection::vec(0i32..60, 0..40), ratings in prop::collection::vec((0i32..60, 0u8..=10, 0u8..=10), 0..20), today in -10i32..80, counts in any::<bool>(), ratings_on in any::<bool>(), with_check in any::<bool>(), note in "[a-z <>&\n]{0,300}") {
        let first = day(2026, 3, 2);
        let entries: Vec<Entry> = ratings.iter().map(|(d, a, b)| rating(first.add(*d), *a, *b)).collect();
        let days = day_statuses(days_done.iter().map(|d| first.add(*d)), &entries);
        let mut r = Report::compute(&plan(), first, &days, first.add(today), Choices { counts, ratings: ratings_on }, &note);
        r.check = with_check.then(|| crate::share::check_summary::CheckSummary::of(
            &crate::habit::release_check::check(&days, plan().target, first.add(today))));
        prop_assert!(r.validate().is_ok(), "{:?}", r.validate());
        prop_assert_eq!(decode_link(&r.encode()), Ok(Link::Report(r)));
    }

    #[test]
    fn random_report_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(Link::Report(r)) = decode_link(&format!("3{}", base64url::encode(&b))) {
            prop_assert!(r.validate().is_ok());
        }
    }
}

#[test]
fn a_report_before_the_plan_starts_is_week_one_with_nothing_done() {
    let first = day(2026, 12, 7);
    let days = day_statuses([day(2026, 12, 1)], &[rating(day(2026, 12, 1), 5, 5)]);
    let r = Report::compute(&plan(), first, &days, first.add(-3), ALL, "");
    assert_eq!(r.week, 1);
    assert_eq!(
        r.counts,
        Some(Counts {
            done: 0,
            planned: 0,
            streak: 0
        })
    );
    assert_eq!((r.tightness, r.tenderness), (None, None));
    assert_eq!(decode_link(&r.encode()), Ok(Link::Report(r)));
}

#[test]
fn a_report_carries_the_release_check_when_ticked() {
    use crate::habit::release_check::check;
    let first = day(2026, 11, 2); // a Monday
                                  // Four weeks, five days each, tightness flat at 6.
    let sessions: Vec<CivilDay> = (0..4)
        .flat_map(|w| (0..5).map(move |d| first.add(w * 7 + d)))
        .collect();
    let entries: Vec<Entry> = (0..4).map(|w| rating(first.add(w * 7), 6, 5)).collect();
    let days = day_statuses(sessions, &entries);
    let today = first.add(30);
    let c = check(&days, Target::Daily, today);
    let mut r = Report::compute(&plan(), first, &days, today, ALL, "");
    let without = r.encode();
    r.check = Some(crate::share::check_summary::CheckSummary::of(&c));
    let text = r.text("https://x/#/r/3abc", &crate::words::english::say);
    assert!(text.contains("Release check: no clear improvement after 4 weeks of regular release: time to see a clinician."), "{text}");
    assert!(
        text.contains("Regular release: 4 weeks in a row, about 5.0 days a week."),
        "{text}"
    );
    assert!(
        text.contains("Tightness, weekly average over those weeks: 6.0 → 6.0 out of 10."),
        "{text}"
    );
    assert_eq!(decode_link(&r.encode()), Ok(Link::Report(r.clone())));
    assert!(r.encode().len() > without.len());
    // Impossible numbers are refused, not shown.
    let mut bad = r.clone();
    bad.check = Some(crate::share::check_summary::CheckSummary {
        days_per_week_tenths: 71,
        ..r.check.unwrap()
    });
    assert!(matches!(
        decode_link(&bad.encode()),
        Err(DecodeError::Invalid(_))
    ));
}
