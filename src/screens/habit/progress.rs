//! "Is it working?": weekly ratings beside how regular release was, as a
//! chart and a table, and the release check's line with its numbers.

use crate::habit::calendar::day_arg;
use crate::habit::progress::{summary, weekly, WeekPoint};
use crate::habit::release_check::{Check, Quiet, Verdict};
use crate::number_text::one_decimal;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use crate::words::catalogue::{Arg, DayForm};
use leptos::prelude::*;

#[component]
pub(super) fn Progress() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let points = Memo::new(move |_| store.data.with(|d| weekly(&d.habit_days(), habit_today(d))));
    let text = move || points.with(|p| summary(p)).map(|m| w.say(&m));
    view! {
        <section class="card progress" aria-labelledby="prog-title">
            <h2 id="prog-title">{w.t("progress-title")}</h2>
            {move || match text() {
                Some(t) => view! { <p>{t}</p> }.into_any(),
                None => view! { <p class="hint">{w.t("progress-hint")}</p> }.into_any(),
            }}
            <CheckLine/>
            {move || {
                let pts: Vec<_> = points.get().into_iter().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
                if pts.iter().all(|p| p.tightness.is_none() && p.days_done == 0) { return None; }
                let n = pts.len().max(1) as f64;
                let x = move |i: usize| 20.0 + (i as f64 + 0.5) * (280.0 / n);
                let y = |v: f64| 110.0 - v * 10.0;
                let line = |get: fn(&WeekPoint) -> Option<f64>| {
                    pts.iter().enumerate().filter_map(|(i, p)| get(p).map(|v| format!("{},{}", one_decimal(x(i)), one_decimal(y(v))))).collect::<Vec<_>>().join(" ")
                };
                let tight = line(|p| p.tightness);
                let tender = line(|p| p.tenderness);
                let bars = pts.iter().enumerate().map(|(i, p)| {
                    let h = f64::from(p.days_done) / 7.0 * 100.0;
                    view! { <rect class="bar" x=one_decimal(x(i) - 8.0) y=one_decimal(110.0 - h) width="16" height=one_decimal(h)/> }
                }).collect_view();
                let rows = pts.iter().map(|p| view! {
                    <tr><th scope="row">{w.day(p.week, DayForm::DayMonthYear)}</th><td>{p.days_done}</td>
                        <td>{p.tightness.map(one_decimal).unwrap_or_else(|| "–".into())}</td>
                        <td>{p.tenderness.map(one_decimal).unwrap_or_else(|| "–".into())}</td></tr>
                }).collect_view();
                Some(view! {
                    <svg class="chart" viewBox="0 0 320 120" role="img" aria-label=w.t("progress-chart")>
                        <line class="axis" x1="20" y1="110" x2="300" y2="110"/>
                        {bars}
                        <polyline class="line tight" points=tight/>
                        <polyline class="line tender" points=tender/>
                    </svg>
                    <p class="legend"><span class="dot bar"></span>{format!(" {} ", w.t("progress-legend-days"))}<span class="dot tight"></span>{format!(" {} ", w.t("progress-legend-tightness"))}<span class="dot tender"></span>{format!(" {}", w.t("progress-legend-tenderness"))}</p>
                    <details>
                        <summary>{w.t("progress-table")}</summary>
                        <table class="data">
                            <thead><tr><th scope="col">{w.t("progress-week-of")}</th><th scope="col">{w.t("progress-days-done")}</th><th scope="col">{w.t("progress-tightness")}</th><th scope="col">{w.t("progress-tenderness")}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </details>
                })
            }}
        </section>
    }
}

/// The check as one line on the Habit screen, with its numbers a tap away.
/// "No change yet" and "regularity first" are said here, never as an alarm.
#[component]
fn CheckLine() -> impl IntoView {
    let store = use_store();
    let state = Memo::new(move |_| {
        store.data.with(|d| {
            let t = habit_today(d);
            (
                d.release_check(t),
                d.check_quiet.clone().filter(|q| q.is_quiet(t)),
            )
        })
    });
    let w = use_words();
    move || {
        let (c, quiet): (Check, Option<Quiet>) = state.get();
        let referral = matches!(c.verdict, Verdict::SeeClinician { .. });
        let line = match (&quiet, referral) {
            (Some(q), true) => w.t_with(
                "check-quiet",
                &[
                    ("headline", Arg::Text(w.say(&c.headline()))),
                    (
                        "answer",
                        Arg::Text(if q.seen { "seen" } else { "not-now" }.into()),
                    ),
                    ("until", day_arg(q.until, DayForm::Full)),
                ],
            ),
            _ => w.say(&c.headline()),
        };
        let because: Vec<String> = c.because().iter().map(|m| w.say(m)).collect();
        view! {
            <div class="check-line" data-verdict=verdict_name(c.verdict)>
                <h3>{w.t("check-title")}</h3>
                <p>{line}</p>
                {(!because.is_empty()).then(|| view! {
                    <details>
                        <summary>{w.t("check-numbers")}</summary>
                        <ul>{because.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    </details>
                })}
            </div>
        }
    }
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::NotEnough { .. } => "not-enough",
        Verdict::RegularityFirst { .. } => "regularity-first",
        Verdict::Improving => "improving",
        Verdict::NoChangeYet { .. } => "no-change-yet",
        Verdict::SeeClinician { .. } => "see-clinician",
    }
}
