//! The habit screens: today's card on Home, and the Habit screen with its
//! streaks, strength, calendar, progress chart and settings.

use super::calendar::{month_grid, shift_month, MONTH_NAMES};
use super::civil_day::CivilDay;
use super::entry::{DayStatus, Entry, EntryKind};
use super::export::{days_csv, reminder_ics};
use super::progress::{summary, weekly};
use super::release_check::{Check, Quiet, Verdict};
use super::score::strength;
use super::streak::streaks;
use super::target::Target;
use crate::number_text::{one_decimal, whole};
use crate::platform::{clock, download::download};
use crate::share::plan::Stage;
use crate::shell::rating::RatingForm;
use crate::storage::local::{new_id, use_store, Store};
use crate::storage::schema::Data;
use leptos::prelude::*;
use std::collections::BTreeMap;

pub fn days_of(d: &Data) -> BTreeMap<CivilDay, DayStatus> {
    d.habit_days()
}

pub fn today(d: &Data) -> CivilDay {
    clock::habit_day(clock::wall_ms(), d.settings.day_start_min)
}

/// What Home and the Habit screen both show, computed once per data change.
#[derive(Clone, PartialEq)]
pub struct Stats {
    pub days: BTreeMap<CivilDay, DayStatus>,
    pub today: CivilDay,
    pub streaks: super::streak::Streaks,
    pub strength: f64,
    pub target: Target,
}

pub fn stats_of(d: &Data) -> Stats {
    let days = days_of(d);
    let today = today(d);
    let target = d.settings.target;
    Stats {
        streaks: streaks(&days, target, today),
        strength: strength(&days, target, today),
        days,
        today,
        target,
    }
}

fn add_entry(store: Store, day: CivilDay, kind: EntryKind) {
    let e = Entry {
        id: new_id("e"),
        day,
        kind,
        tightness: None,
        tenderness: None,
        note: String::new(),
        at_ms: clock::wall_ms(),
        deleted: false,
    };
    store.update(|d| d.entries.push(e));
}

/// Undo: removes the manual entries of one kind on a day (as tombstones).
fn remove_entries(store: Store, day: CivilDay, kind: EntryKind) {
    let now = clock::wall_ms();
    store.update(|d| {
        for e in d
            .entries
            .iter_mut()
            .filter(|e| e.day == day && e.kind == kind && !e.deleted)
        {
            e.deleted = true;
            e.at_ms = now;
        }
    });
}

#[component]
pub fn TodayCard() -> impl IntoView {
    let store = use_store();
    let info = Memo::new(move |_| {
        store.data.with(|d| {
            let s = stats_of(d);
            let done = s.days.get(&s.today).is_some_and(|x| x.done);
            let usual = d
                .find_routine(&d.settings.usual_routine)
                .or_else(|| crate::session::builtin::all().into_iter().next());
            (done, s.streaks.current, s.target, usual)
        })
    });
    let plan = Memo::new(move |_| {
        store.data.with(|d| {
            let running = d.plan.as_ref()?;
            // Decoded once: the stage and the words come from the same plan.
            let p = running.plan()?;
            Some((
                crate::share::plan::stage(running.first_day, p.weeks, today(d)),
                p.describe(),
            ))
        })
    });
    view! {
        <div class="card today" class:done=move || info.get().0>
            {move || plan.get().map(|(stage, what)| match stage {
                Stage::Week { n, of } => view! {
                    <p class="plan-line"><strong>{format!("Week {n} of {of}")}</strong>{format!(" of your plan: {what}.")}
                        " " <a href="#/progress">"Send my progress"</a></p>
                }.into_any(),
                Stage::Before { starts } => view! {
                    <p class="plan-line">{format!("Your plan ({what}) starts on {}.", super::calendar::day_text(starts))}</p>
                }.into_any(),
                Stage::Finished => view! {
                    <div class="plan-line">
                        <p><strong>"Your plan is done."</strong>{format!(" {} Tell the person who sent it how it went.", crate::shell::widgets::cap(&what))}</p>
                        <div class="row">
                            <a class="btn" href="#/progress">"Send my progress"</a>
                            <button class="btn" on:click=move |_| store.update(|d| d.close_plan())>"Close the plan"</button>
                        </div>
                    </div>
                }.into_any(),
            })}
            <p class="today-status">{move || {
                let (done, streak, target, _) = info.get();
                let s = if done { "Done today.".to_string() } else { "Not done yet today.".to_string() };
                format!("{s} Streak: {streak} {}.", target.unit(streak))
            }}</p>
            {move || info.get().3.map(|r| {
                let name = r.name.clone();
                view! {
                    <button class="btn primary big" on:click=move |_| crate::shell::routines::start_routine(store, &r)>"Start " {name}</button>
                }
            })}
            <a href="#/habit">"Habit details"</a>
        </div>
    }
}

#[component]
pub fn HabitScreen() -> impl IntoView {
    let store = use_store();
    let stats = Memo::new(move |_| store.data.with(stats_of));
    let (ty, tm, _) = clock::today().ymd();
    let month = RwSignal::new((ty, tm));
    let selected = RwSignal::new(None::<CivilDay>);
    let today_done = move || stats.with(|s| s.days.get(&s.today).is_some_and(|d| d.done));
    let today_skipped = move || stats.with(|s| s.days.get(&s.today).is_some_and(|d| d.skipped));
    let today_manual = move || {
        store.data.with(|d| {
            let t = today(d);
            d.entries
                .iter()
                .any(|e| e.day == t && e.kind == EntryKind::Done && !e.deleted)
        })
    };

    let week_text = move || {
        stats.with(
            |Stats {
                 days,
                 today: t,
                 target,
                 ..
             }| {
                let ws = t.week_start();
                let done = (0..7)
                    .filter(|i| days.get(&ws.add(*i)).is_some_and(|s| s.done))
                    .count();
                let goal = match target {
                    Target::Daily => 7,
                    Target::PerWeek(n) => *n as usize,
                    Target::EveryNDays(n) => 7_usize.div_ceil(*n as usize),
                };
                format!("This week: {done} of {goal} days")
            },
        )
    };

    view! {
        <section class="screen habit">
            <h1 tabindex="-1">"Your habit"</h1>
            <p class="lead">"Like flossing for your core: a few minutes, often, before the pain comes back."</p>
            <div class="stat-grid">
                <div class="stat"><span class="stat-num">{move || stats.with(|s| s.streaks.current)}</span><span>{move || stats.with(|s| format!("current streak ({})", s.target.unit(s.streaks.current)))}</span></div>
                <div class="stat"><span class="stat-num">{move || stats.with(|s| s.streaks.best)}</span><span>"best streak"</span></div>
                <div class="stat"><span class="stat-num">{move || stats.with(|s| format!("{}%", whole(s.strength * 100.0)))}</span><span>"habit strength"</span></div>
            </div>
            <p>{week_text}</p>
            <details class="explain">
                <summary>"How habit strength moves"</summary>
                <p>"Each day you meet your target nudges the score up; each missed day nudges it down. Recent days count most, and it takes about two weeks of daily release to reach half strength, so one missed day never wipes it out. Skipped days (rest, illness, travel) leave it unchanged."</p>
            </details>
            <div class="row today-actions">
                <Show when=move || !today_done() fallback=move || view! {
                    <Show when=today_manual fallback=|| view! { <p role="status">"Today is done."</p> }>
                        <button class="btn" on:click=move |_| { let t = stats.with_untracked(|s| s.today); remove_entries(store, t, EntryKind::Done) }>"Undo today's mark"</button>
                    </Show>
                }>
                    <button class="btn primary" on:click=move |_| add_entry(store, stats.with_untracked(|s| s.today), EntryKind::Done)>"I did it today (without the app)"</button>
                    <Show when=move || !today_skipped() fallback=move || view! {
                        <button class="btn" on:click=move |_| remove_entries(store, stats.with_untracked(|s| s.today), EntryKind::Skip)>"Undo skip"</button>
                    }>
                        <button class="btn" on:click=move |_| add_entry(store, stats.with_untracked(|s| s.today), EntryKind::Skip)>"Skip today (rest, sick, travel)"</button>
                    </Show>
                </Show>
            </div>

            <section class="card calendar" aria-labelledby="cal-title">
                <div class="cal-head">
                    <button class="btn small" aria-label="Previous month" on:click=move |_| month.update(|m| *m = shift_month(m.0, m.1, -1))>"‹"</button>
                    <h2 id="cal-title" aria-live="polite">{move || { let (y, m) = month.get(); format!("{} {y}", MONTH_NAMES[(m - 1) as usize]) }}</h2>
                    <button class="btn small" aria-label="Next month" on:click=move |_| month.update(|m| *m = shift_month(m.0, m.1, 1))>"›"</button>
                </div>
                <table class="cal">
                    <thead><tr>{["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].map(|d| view! { <th scope="col">{d}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {move || {
                            let (y, m) = month.get();
                            let t = stats.with(|s| s.today);
                            stats.with(|s| month_grid(&s.days, y, m)).into_iter().map(|week| view! {
                                <tr>{week.into_iter().map(|cell| match cell {
                                    None => view! { <td></td> }.into_any(),
                                    Some(c) => {
                                        let (cy, cm, dd) = c.day.ymd();
                                        let state = if c.status.done { "done" } else if c.status.skipped { "skipped" } else { "none" };
                                        // Starts with the visible number, so voice control finds it.
                                        let label = format!("{dd} {} {cy}: {}", MONTH_NAMES[(cm - 1) as usize], match state { "done" => "done", "skipped" => "skipped", _ => "not done" });
                                        let day = c.day;
                                        view! {
                                            <td>
                                                <button class=format!("day {state}") class:today={day == t} class:future={day > t} aria-label=label
                                                    aria-pressed=move || (selected.get() == Some(day)).to_string()
                                                    disabled={day > t} on:click=move |_| selected.set(Some(day))>{dd}</button>
                                            </td>
                                        }.into_any()
                                    }
                                }).collect_view()}</tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
                <p class="legend"><span class="dot done"></span>" done "<span class="dot skipped"></span>" skipped"</p>
                {move || selected.get().map(|day| view! { <DayEditor day=day close=move || selected.set(None)/> })}
            </section>

            <CheckReferral/>
            <Progress/>
            <HabitSettings/>
        </section>
    }
}

#[component]
fn DayEditor(day: CivilDay, close: impl Fn() + Copy + 'static) -> impl IntoView {
    let store = use_store();
    let status = move || {
        store
            .data
            .with(|d| days_of(d).get(&day).cloned().unwrap_or_default())
    };
    let has = move |k: EntryKind| {
        store.data.with(|d| {
            d.entries
                .iter()
                .any(|e| e.day == day && e.kind == k && !e.deleted)
        })
    };
    let sessions = move || {
        store
            .data
            .with(|d| d.sessions.iter().filter(|s| s.day == day).count())
    };
    view! {
        <div class="day-editor" role="group" aria-label=format!("Edit {day}")>
            <h3>{day.to_string()}</h3>
            <p>{move || { let s = status(); format!("{} · {} session(s) with the app{}", if s.done { "Done" } else if s.skipped { "Skipped" } else { "Not done" }, sessions(), s.tightness.map(|t| format!(" · tightness {t}/10")).unwrap_or_default()) }}</p>
            <div class="row">
                {move || if has(EntryKind::Done) {
                    view! { <button class="btn" on:click=move |_| remove_entries(store, day, EntryKind::Done)>"Remove manual mark"</button> }.into_any()
                } else {
                    view! { <button class="btn primary" on:click=move |_| add_entry(store, day, EntryKind::Done)>"Mark done"</button> }.into_any()
                }}
                {move || if has(EntryKind::Skip) {
                    view! { <button class="btn" on:click=move |_| remove_entries(store, day, EntryKind::Skip)>"Remove skip"</button> }.into_any()
                } else {
                    view! { <button class="btn" on:click=move |_| add_entry(store, day, EntryKind::Skip)>"Mark skipped"</button> }.into_any()
                }}
                <button class="btn" on:click=move |_| close()>"Close"</button>
            </div>
            <RatingForm day=day/>
        </div>
    }
}

#[component]
fn Progress() -> impl IntoView {
    let store = use_store();
    let points = Memo::new(move |_| store.data.with(|d| weekly(&days_of(d), today(d))));
    let text = move || points.with(|p| summary(p));
    view! {
        <section class="card progress" aria-labelledby="prog-title">
            <h2 id="prog-title">"Is it working?"</h2>
            {move || match text() {
                Some(t) => view! { <p>{t}</p> }.into_any(),
                None => view! { <p class="hint">"Rate your tightness after sessions (0 to 10). After two weeks with ratings, this shows how it changes beside how regular you were."</p> }.into_any(),
            }}
            <CheckLine/>
            {move || {
                let pts: Vec<_> = points.get().into_iter().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
                if pts.iter().all(|p| p.tightness.is_none() && p.days_done == 0) { return None; }
                let n = pts.len().max(1) as f64;
                let x = move |i: usize| 20.0 + (i as f64 + 0.5) * (280.0 / n);
                let y = |v: f64| 110.0 - v * 10.0;
                let line = |get: fn(&super::progress::WeekPoint) -> Option<f64>| {
                    pts.iter().enumerate().filter_map(|(i, p)| get(p).map(|v| format!("{},{}", one_decimal(x(i)), one_decimal(y(v))))).collect::<Vec<_>>().join(" ")
                };
                let tight = line(|p| p.tightness);
                let tender = line(|p| p.tenderness);
                let bars = pts.iter().enumerate().map(|(i, p)| {
                    let h = f64::from(p.days_done) / 7.0 * 100.0;
                    view! { <rect class="bar" x=one_decimal(x(i) - 8.0) y=one_decimal(110.0 - h) width="16" height=one_decimal(h)/> }
                }).collect_view();
                let rows = pts.iter().map(|p| view! {
                    <tr><th scope="row">{p.week.to_string()}</th><td>{p.days_done}</td>
                        <td>{p.tightness.map(one_decimal).unwrap_or_else(|| "–".into())}</td>
                        <td>{p.tenderness.map(one_decimal).unwrap_or_else(|| "–".into())}</td></tr>
                }).collect_view();
                Some(view! {
                    <svg class="chart" viewBox="0 0 320 120" role="img" aria-label="Weekly chart: bars show release days per week, the solid line tightness and the dashed line tenderness, each 0 to 10.">
                        <line class="axis" x1="20" y1="110" x2="300" y2="110"/>
                        {bars}
                        <polyline class="line tight" points=tight/>
                        <polyline class="line tender" points=tender/>
                    </svg>
                    <p class="legend"><span class="dot bar"></span>" days done per week "<span class="dot tight"></span>" tightness "<span class="dot tender"></span>" tenderness"</p>
                    <details>
                        <summary>"The numbers as a table"</summary>
                        <table class="data">
                            <thead><tr><th scope="col">"Week of"</th><th scope="col">"Days done"</th><th scope="col">"Tightness"</th><th scope="col">"Tenderness"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </details>
                })
            }}
        </section>
    }
}

#[component]
fn HabitSettings() -> impl IntoView {
    let store = use_store();
    let target = move || store.data.with(|d| d.settings.target);
    let reminder = move || {
        store
            .data
            .with(|d| d.settings.reminder_min.unwrap_or(7 * 60 + 30))
    };
    let download_ics = move |_| {
        let (t, m, day) = store.data.with_untracked(|d| {
            (
                d.settings.target,
                d.settings.reminder_min.unwrap_or(450),
                today(d),
            )
        });
        let url = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default();
        let stamp = js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default()
            .replace(['-', ':'], "");
        let stamp = format!("{}Z", stamp.split('.').next().unwrap_or("19700101T000000"));
        let _ = download(
            "quads-reminder.ics",
            "text/calendar",
            &reminder_ics(t, day, m / 60, m % 60, &url, &stamp),
        );
    };
    let export_csv = move |_| {
        let csv = store.data.with_untracked(|d| days_csv(&days_of(d)));
        let _ = download(
            &format!("quads-days-{}.csv", clock::today()),
            "text/csv",
            &csv,
        );
    };
    view! {
        <section class="card habit-settings" aria-labelledby="hs-title">
            <h2 id="hs-title">"Target and reminders"</h2>
            {move || store.data.with(|d| d.plan.as_ref().and_then(|s| s.plan())).map(|p| view! {
                <div class="notice">
                    <p>{format!("Your plan for “{}” sets this target until it ends. Ending it gives you back the target you had before.", p.routine.name)}</p>
                    <button class="btn small" on:click=move |_| store.update(|d| d.close_plan())>"End the plan now"</button>
                </div>
            })}
            <crate::shell::target_picker::TargetPicker value=Signal::derive(target) set=move |t| store.update(|d| d.settings.target = t)/>
            <label class="field">"A new day starts at"
                <select on:change=move |ev| { if let Ok(h) = event_target_value(&ev).parse::<u32>() { store.update(|d| d.settings.day_start_min = h * 60) } }>
                    {(0..=5u32).map(|h| view! {
                        <option value=h.to_string() selected=move || store.data.with(|d| d.settings.day_start_min / 60 == h)>{format!("{h:02}:00")}</option>
                    }).collect_view()}
                </select>
            </label>
            <p class="hint">"A session after midnight but before this time counts for the evening before."</p>
            <label class="field">"Reminder time"
                <input type="time" prop:value=move || { let m = reminder(); format!("{:02}:{:02}", m / 60, m % 60) }
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some((h, m)) = v.split_once(':').and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?))) {
                            if h < 24 && m < 60 { store.update(|d| d.settings.reminder_min = Some(h * 60 + m)) }
                        }
                    }/>
            </label>
            <button class="btn" on:click=download_ics>"Add reminder to my calendar (.ics)"</button>
            <p class="hint">"Reminders come from your own calendar app. Push notifications would need a server, and this app has none: nothing about you leaves the phone."</p>
            <button class="btn" on:click=export_csv>"Export days (CSV)"</button>
        </section>
    }
}

/// The release check's referral: plainly, with the numbers behind it, what
/// to tell the clinician, and the two answers that quiet it for four weeks.
/// Home and the Habit screen both show it; it shows nothing otherwise.
#[component]
pub fn CheckReferral() -> impl IntoView {
    let store = use_store();
    let referral = Memo::new(move |_| {
        store.data.with(|d| {
            let t = today(d);
            let c = d.release_check(t);
            c.refers(d.check_quiet.as_ref(), t).then_some(c)
        })
    });
    let answer = move |seen: bool| {
        store.update(|d| {
            let t = today(d);
            d.check_quiet = Some(Quiet::new(t, seen, clock::wall_ms()));
        })
    };
    move || {
        referral.get().map(|c| {
            let rising = c.verdict == Verdict::SeeClinician { rising: true };
            view! {
                <section class="card clinician-referral" aria-labelledby="referral-title">
                    <h2 id="referral-title">"Time to see a clinician"</h2>
                    <p class="referral-why">{c.headline()}</p>
                    <ul class="because">{c.because().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p>"Regular release that brings no change after two to four weeks is the sign to have it looked at: a physiotherapist or doctor can find what self-care cannot."</p>
                    {rising.then(|| view! {
                        <p class="notice">"Anything new as well, such as numbness, tingling, weakness, or pain at night? The app asks the warning-sign questions again before your next session. " <a href="#/triage">"Check the warning signs now"</a></p>
                    })}
                    <h3>"What to tell them"</h3>
                    <ul class="tell">{c.for_the_clinician().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <div class="row">
                        <a class="btn primary" href="#/progress">"Summary to print or send"</a>
                        <button class="btn" on:click=move |_| answer(true)>"I have seen someone"</button>
                        <button class="btn" on:click=move |_| answer(false)>"Not now"</button>
                    </div>
                    <p class="hint">"Either answer hides this for four weeks; then the check looks again."</p>
                </section>
            }
        })
    }
}

/// The check as one line on the Habit screen, with its numbers a tap away.
/// "No change yet" and "regularity first" are said here, never as an alarm.
#[component]
fn CheckLine() -> impl IntoView {
    let store = use_store();
    let state = Memo::new(move |_| {
        store.data.with(|d| {
            let t = today(d);
            (
                d.release_check(t),
                d.check_quiet.clone().filter(|q| q.is_quiet(t)),
            )
        })
    });
    move || {
        let (c, quiet): (Check, Option<Quiet>) = state.get();
        let referral = matches!(c.verdict, Verdict::SeeClinician { .. });
        let line = match (&quiet, referral) {
            (Some(q), true) => format!(
                "{} You said “{}”, so this stays quiet until {}.",
                c.headline(),
                if q.seen {
                    "I have seen someone"
                } else {
                    "not now"
                },
                super::calendar::day_text(q.until)
            ),
            _ => c.headline(),
        };
        let because = c.because();
        view! {
            <div class="check-line" data-verdict=verdict_name(c.verdict)>
                <h3>"Is release working?"</h3>
                <p>{line}</p>
                {(!because.is_empty()).then(|| view! {
                    <details>
                        <summary>"The numbers behind it"</summary>
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
