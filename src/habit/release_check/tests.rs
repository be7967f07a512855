use super::*;
use crate::number_text::one_decimal;
use crate::words::english::say;
use proptest::prelude::*;

/// Every line behind the headline, in English, as one text.
fn because(c: &Check) -> String {
    c.because().iter().map(say).collect::<Vec<_>>().join(" ")
}

/// A Monday (2026-11-02), with every week built from it.
fn monday() -> CivilDay {
    CivilDay::from_ymd(2026, 11, 2).unwrap()
}

/// One week: how many days done (from Monday on) and the ratings given.
#[derive(Clone, Debug)]
struct Week {
    done: u32,
    tightness: Vec<u8>,
    tenderness: Vec<u8>,
}

/// The habit's days for `weeks` from `monday()`, and the Wednesday after them.
fn history(weeks: &[Week]) -> (BTreeMap<CivilDay, DayStatus>, CivilDay) {
    let mut days = BTreeMap::new();
    for (i, w) in weeks.iter().enumerate() {
        let m = monday().add(i as i32 * 7);
        for d in 0..7u32 {
            let s = DayStatus {
                done: d < w.done,
                count: u32::from(d < w.done),
                tightness: w.tightness.get(d as usize).copied(),
                tenderness: w.tenderness.get(d as usize).copied(),
                ..DayStatus::default()
            };
            if s.done || s.tightness.is_some() || s.tenderness.is_some() {
                days.insert(m.add(d as i32), s);
            }
        }
    }
    (days, monday().add(weeks.len() as i32 * 7 + 2))
}

fn flat(n: usize, done: u32, rating: u8) -> Vec<Week> {
    vec![
        Week {
            done,
            tightness: vec![rating; 3],
            tenderness: vec![],
        };
        n
    ]
}

fn run(weeks: &[Week], target: Target) -> Check {
    let (days, today) = history(weeks);
    check(&days, target, today)
}

#[test]
fn nothing_logged_is_not_enough() {
    let c = check(&BTreeMap::new(), Target::Daily, monday());
    assert_eq!(
        c.verdict,
        Verdict::NotEnough {
            weeks_needed: 2,
            ratings_needed: false
        }
    );
}

#[test]
fn four_flat_weeks_refer_with_their_numbers() {
    let c = run(&flat(4, 5, 6), Target::Daily);
    assert_eq!(c.verdict, Verdict::SeeClinician { rising: false });
    assert_eq!(c.evidence.regular_weeks, 4);
    assert_eq!(c.evidence.since, Some(monday()));
    assert_eq!(c.evidence.days_per_week, 5.0);
    let t = c.evidence.tightness.unwrap();
    assert_eq!((t.first, t.latest), (6.0, 6.0));
    assert!(
        say(&c.headline()).contains("4 weeks of regular release"),
        "{}",
        say(&c.headline())
    );
    let because = because(&c);
    assert!(because.contains("6.0 → 6.0 out of 10"), "{because}");
    assert!(because.contains("about 5.0 days a week"), "{because}");
    assert!(say(&c.for_the_clinician()[0]).contains("5.0 days a week for 4 weeks"));
}

#[test]
fn three_flat_weeks_say_when_to_look_again() {
    let c = run(&flat(3, 4, 6), Target::Daily);
    assert_eq!(
        c.verdict,
        Verdict::NoChangeYet {
            look_again: monday().add(28)
        }
    );
    assert!(because(&c).contains("looks again on Monday 30 November 2026"));
}

#[test]
fn a_clear_fall_is_improving_and_says_by_how_much() {
    let mut w = flat(3, 5, 7);
    w[2].tightness = vec![5, 5, 5];
    let c = run(&w, Target::Daily);
    assert_eq!(c.verdict, Verdict::Improving);
    assert!(because(&c).contains("7.0 → 5.0"), "{}", because(&c));
}

#[test]
fn a_fall_within_noise_is_not_improving() {
    // One rating a week: a two-point fall is inside the 2.8-point wobble.
    let mut w = vec![
        Week {
            done: 5,
            tightness: vec![7],
            tenderness: vec![],
        };
        3
    ];
    w[2].tightness = vec![5];
    assert!(matches!(
        run(&w, Target::Daily).verdict,
        Verdict::NoChangeYet { .. }
    ));
}

#[test]
fn a_clear_rise_after_two_weeks_refers() {
    let mut w = flat(2, 4, 4);
    w[1].tightness = vec![7, 7, 7];
    assert_eq!(
        run(&w, Target::Daily).verdict,
        Verdict::SeeClinician { rising: true }
    );
}

#[test]
fn an_irregular_last_week_puts_regularity_first() {
    let mut w = flat(4, 5, 6);
    w[3].done = 1;
    let c = run(&w, Target::Daily);
    assert_eq!(c.verdict, Verdict::RegularityFirst { weeks_needed: 2 });
    assert_eq!(c.evidence.regular_weeks, 0);
    assert!(
        say(&c.headline()).contains("last week had 1 release day"),
        "{}",
        say(&c.headline())
    );
}

#[test]
fn a_low_target_met_is_regular() {
    let c = run(&flat(4, 2, 6), Target::PerWeek(2));
    assert_eq!(c.evidence.regular_weeks, 4);
    assert_eq!(run(&flat(4, 2, 6), Target::Daily).evidence.regular_weeks, 0);
}

#[test]
fn ratings_missing_are_asked_for() {
    let w = vec![
        Week {
            done: 5,
            tightness: vec![],
            tenderness: vec![],
        };
        4
    ];
    let c = run(&w, Target::Daily);
    assert_eq!(
        c.verdict,
        Verdict::NotEnough {
            weeks_needed: 0,
            ratings_needed: true
        }
    );
    assert!(because(&c).contains("Rate tightness"));
}

#[test]
fn the_week_in_progress_is_not_judged() {
    // Three whole weeks and a fourth half done: still "no change yet".
    let (mut days, _) = history(&flat(3, 5, 6));
    let m4 = monday().add(21);
    for d in 0..3 {
        days.insert(
            m4.add(d),
            DayStatus {
                done: true,
                count: 1,
                tightness: Some(6),
                ..DayStatus::default()
            },
        );
    }
    let c = check(&days, Target::Daily, m4.add(3));
    assert!(
        matches!(c.verdict, Verdict::NoChangeYet { .. }),
        "{:?}",
        c.verdict
    );
}

#[test]
fn quiet_lasts_four_weeks() {
    let c = run(&flat(4, 5, 6), Target::Daily);
    let today = monday().add(30);
    let q = Quiet::new(today, true, 1.0);
    assert!(!c.refers(Some(&q), today.add(27)));
    assert!(c.refers(Some(&q), today.add(28)));
    assert!(c.refers(None, today));
}

#[test]
fn clear_margin_follows_the_number_of_ratings() {
    let c = |n1, n2| Change {
        first_week: monday(),
        first: 5.0,
        first_ratings: n1,
        latest_week: monday(),
        latest: 5.0,
        latest_ratings: n2,
    };
    assert_eq!(one_decimal(c(1, 1).clear_margin()), "2.8");
    assert_eq!(one_decimal(c(3, 3).clear_margin()), "1.6");
    assert_eq!(c(100, 100).clear_margin(), 1.0);
}

fn week() -> impl Strategy<Value = Week> {
    (
        0u32..=7,
        prop::collection::vec(0u8..=10, 0..=7),
        prop::collection::vec(0u8..=10, 0..=7),
    )
        .prop_map(|(done, tightness, tenderness)| Week {
            done,
            tightness,
            tenderness,
        })
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        Just(Target::Daily),
        (1u8..=7).prop_map(Target::PerWeek),
        (2u8..=30).prop_map(Target::EveryNDays),
    ]
}

proptest! {
    #[test]
    fn never_refers_before_two_regular_weeks(weeks in prop::collection::vec(week(), 0..10), t in target()) {
        let c = run(&weeks, t);
        if c.evidence.regular_weeks < JUDGE_AFTER_WEEKS {
            prop_assert!(!matches!(c.verdict, Verdict::SeeClinician { .. } | Verdict::Improving | Verdict::NoChangeYet { .. }), "{:?}", c);
        }
    }

    #[test]
    fn four_flat_regular_weeks_always_refer(
        before in prop::collection::vec(week(), 0..4),
        n in 4usize..8,
        done in 3u32..=7,
        rating in 0u8..=10,
        per_week in 1usize..=7,
    ) {
        // Whatever came before, a week off starts the flat stretch.
        let mut weeks = before;
        weeks.push(Week { done: 0, tightness: vec![], tenderness: vec![] });
        weeks.extend(vec![Week { done, tightness: vec![rating; per_week], tenderness: vec![] }; n]);
        let c = run(&weeks, Target::Daily);
        prop_assert_eq!(c.verdict, Verdict::SeeClinician { rising: false });
        prop_assert!(c.evidence.regular_weeks >= 4);
    }

    #[test]
    fn worse_ratings_never_soften_a_referral(
        weeks in prop::collection::vec(week(), 2..9),
        worse in prop::collection::vec(0u8..=10, 70),
        t in target(),
    ) {
        let c = run(&weeks, t);
        prop_assume!(matches!(c.verdict, Verdict::SeeClinician { .. }));
        // Every rating after each measure's first rated week goes up (or stays).
        let after = |c: Option<Change>| c.map_or(CivilDay(i32::MAX), |c| c.first_week);
        let (t0, p0) = (after(c.evidence.tightness), after(c.evidence.tenderness));
        let mut k = 0;
        let mut raised = weeks.clone();
        for (i, w) in raised.iter_mut().enumerate() {
            let m = monday().add(i as i32 * 7);
            for (v, first) in w.tightness.iter_mut().map(|v| (v, t0)).chain(w.tenderness.iter_mut().map(|v| (v, p0))) {
                if m > first {
                    *v = (*v).max(worse[k % worse.len()]);
                    k += 1;
                }
            }
        }
        let c2 = run(&raised, t);
        prop_assert!(matches!(c2.verdict, Verdict::SeeClinician { .. }), "{:?} became {:?}", c.verdict, c2.verdict);
    }

    #[test]
    fn irregular_weeks_never_count_as_regular(weeks in prop::collection::vec(week(), 0..10), t in target()) {
        let (days, today) = history(&weeks);
        let c = check(&days, t, today);
        let need = regular_days(t);
        let n = c.evidence.regular_weeks as usize;
        // The stretch is exactly the run of weeks at or above the mark that
        // ends with last week.
        let run_len = weeks.iter().rev().take_while(|w| w.done >= need).count();
        prop_assert_eq!(n, run_len);
        if weeks.iter().all(|w| w.done < 3 && w.done < need) {
            prop_assert_eq!(n, 0);
            prop_assert!(matches!(c.verdict, Verdict::RegularityFirst { .. } | Verdict::NotEnough { .. }), "{:?}", c.verdict);
        }
    }
}
