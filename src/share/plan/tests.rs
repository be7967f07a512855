use super::*;
use crate::session::builtin;
use crate::share::base64url;
use crate::share::link_codec::{decode_link, tests::routine, DecodeError, Link};
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> CivilDay {
    CivilDay::from_ymd(y, m, d).unwrap()
}

/// A plan for a built-in routine: it travels as that routine (a link
/// brings it back with its id, so each phone names it in its language).
fn sample() -> Plan {
    let routine = builtin::all().remove(1);
    Plan {
        routine,
        target: Target::PerWeek(3),
        weeks: 6,
        made: day(2026, 11, 26),
        start: Some(day(2026, 11, 30)),
        note: "Go gently on the left.\nStop if it tingles.".into(),
    }
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        Just(Target::Daily),
        (1u8..=7).prop_map(Target::PerWeek),
        (2u8..=30).prop_map(Target::EveryNDays),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        routine(),
        target(),
        1u8..=WEEKS_MAX,
        0i32..=60_000,
        prop::option::of(0i32..=START_AHEAD_MAX_DAYS),
        "[a-zA-Z0-9 ,.éü✓<>&\"'\n]{0,280}",
    )
        .prop_map(|(routine, target, weeks, made, start, note)| {
            let made = EPOCH.add(made);
            Plan {
                routine,
                target,
                weeks,
                made,
                start: start.map(|s| made.add(s)),
                note,
            }
        })
}

#[test]
fn a_plan_round_trips_and_is_not_a_routine() {
    let p = sample();
    let code = p.encode();
    assert!(code.starts_with('2'));
    assert_eq!(decode_link(&code), Ok(Link::Plan(p.clone())));
    assert_eq!(
        decode_link(&format!("https://example.org/q/#/r/{code}")),
        Ok(Link::Plan(p))
    );
    assert!(crate::share::link_codec::decode(&code).is_err());
}

#[test]
fn markup_in_the_note_is_kept_as_text() {
    let mut p = sample();
    p.note = "<img src=x onerror=alert(1)> & <b>hi</b>".into();
    match decode_link(&p.encode()) {
        Ok(Link::Plan(back)) => assert_eq!(back.note, p.note),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_future_version_says_update() {
    let code = sample().encode();
    for tag in ['4', '9', 'B'] {
        let future = format!("{tag}{}", &code[1..]);
        assert_eq!(decode_link(&future), Err(DecodeError::NewerVersion));
    }
}

#[test]
fn every_truncation_is_an_error() {
    let code = sample().encode();
    for cut in 0..code.len() {
        assert!(decode_link(&code[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn bad_fields_are_refused_with_a_reason() {
    let mut p = sample();
    p.weeks = 0;
    assert!(matches!(
        decode_link(&p.encode()),
        Err(DecodeError::Invalid(_))
    ));
    let mut p = sample();
    p.note = "x".repeat(NOTE_MAX_CHARS + 1);
    assert!(matches!(
        decode_link(&p.encode()),
        Err(DecodeError::Invalid(_))
    ));
    let mut p = sample();
    p.note = "bell\u{7}".into();
    assert!(matches!(
        decode_link(&p.encode()),
        Err(DecodeError::Invalid(_))
    ));
    let mut p = sample();
    p.target = Target::PerWeek(9);
    assert!(matches!(
        decode_link(&p.encode()),
        Err(DecodeError::Malformed(_))
    ));
}

#[test]
fn notes_are_cleaned_before_sending() {
    assert_eq!(clean_note("  hi\r\nthere\u{7}  "), "hi\nthere");
    assert_eq!(clean_note(&"é".repeat(400)).chars().count(), NOTE_MAX_CHARS);
}

#[test]
fn weeks_follow_the_calendar() {
    let first = day(2026, 11, 30);
    assert_eq!(
        stage(first, 6, day(2026, 11, 29)),
        Stage::Before { starts: first }
    );
    assert_eq!(stage(first, 6, first), Stage::Week { n: 1, of: 6 });
    assert_eq!(
        stage(first, 6, day(2026, 12, 6)),
        Stage::Week { n: 1, of: 6 }
    );
    assert_eq!(
        stage(first, 6, day(2026, 12, 7)),
        Stage::Week { n: 2, of: 6 }
    );
    assert_eq!(stage(first, 6, first.add(41)), Stage::Week { n: 6, of: 6 });
    assert_eq!(stage(first, 6, first.add(42)), Stage::Finished);
}

#[test]
fn a_start_date_long_gone_is_moved_to_today() {
    let p = sample();
    let start = p.start.unwrap();
    assert_eq!(p.first_day(day(2026, 11, 26)), start);
    assert_eq!(p.first_day(start.add(6)), start);
    assert_eq!(p.first_day(start.add(7)), start.add(7));
    let mut now = sample();
    now.start = None;
    assert_eq!(now.first_day(day(2027, 1, 3)), day(2027, 1, 3));
}

proptest! {
    #[test]
    fn plans_round_trip(p in plan()) {
        prop_assert!(p.validate().is_ok());
        let code = p.encode();
        prop_assert_eq!(decode_link(&code), Ok(Link::Plan(p)));
    }

    #[test]
    fn mutated_or_cut_plans_are_errors_or_whole_plans(p in plan(), at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let code = p.encode();
        let mut bytes = base64url::decode(&code[1..]).unwrap();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        for input in [format!("2{}", base64url::encode(&bytes)), code[..cut.index(code.len())].to_string()] {
            match decode_link(&input) {
                Ok(Link::Plan(d)) => prop_assert!(d.validate().is_ok()),
                Ok(Link::Routine(r)) => prop_assert!(r.validate().is_ok()),
                Ok(Link::Report(r)) => prop_assert!(r.validate().is_ok()),
                Err(e) => prop_assert!(!crate::words::english::say(&e.message()).is_empty()),
            }
        }
    }

    #[test]
    fn random_plan_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(Link::Plan(p)) = decode_link(&format!("2{}", base64url::encode(&b))) {
            prop_assert!(p.validate().is_ok());
        }
    }
}

#[test]
fn a_plan_is_said_with_its_target_and_weeks() {
    use crate::habit::target::Target;
    use crate::words::english::say;
    for (target, weeks, said) in [
        (Target::Daily, 4, "every day for 4 weeks"),
        (Target::PerWeek(3), 1, "3 days a week for 1 week"),
        (Target::EveryNDays(2), 6, "every 2 days for 6 weeks"),
    ] {
        let p = Plan {
            target,
            weeks,
            ..sample()
        };
        assert_eq!(say(&p.said()), said);
    }
}
