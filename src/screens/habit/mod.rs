//! The Habit screen: streaks, strength, this week, the calendar with its day
//! editor, whether release is working, and the target and reminders.

mod day_editor;
mod marks;
mod progress;
mod settings;

use crate::habit::calendar::{day_arg, month_grid, shift_month};
use crate::habit::civil_day::CivilDay;
use crate::habit::entry::EntryKind;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use crate::session::words::cap;
use crate::shell::check_referral::CheckReferral;
use crate::shell::today_card::stats_of;
use crate::words::catalogue::{Arg, DayForm};
use day_editor::DayEditor;
use leptos::prelude::*;
use marks::{add_entry, remove_entries};
use progress::Progress;
use settings::HabitSettings;

#[component]
pub fn HabitScreen() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let stats = Memo::new(move |_| store.data.with(stats_of));
    // The month of the habit day, not of the calendar date: at 00:30 on the
    // 1st, "today" is still the last day of the month before, and that is
    // where a mark made now lands.
    let (ty, tm, _) = stats.with_untracked(|s| s.today).ymd();
    let month = RwSignal::new((ty, tm));
    let selected = RwSignal::new(None::<CivilDay>);
    let today_done = move || stats.with(|s| s.today_status().is_some_and(|d| d.done));
    let today_skipped = move || stats.with(|s| s.today_status().is_some_and(|d| d.skipped));
    let today_manual = move || {
        store.data.with(|d| {
            let t = habit_today(d);
            d.entries
                .iter()
                .any(|e| e.day == t && e.kind == EntryKind::Done && !e.deleted)
        })
    };

    let week_text = move || {
        let (done, goal) = stats.with(|s| s.this_week());
        w.t_with(
            "habit-this-week",
            &[
                ("done", Arg::count(done as u32)),
                ("goal", Arg::count(goal as u32)),
            ],
        )
    };

    view! {
        <section class="screen habit">
            <h1 tabindex="-1">{w.t("habit-title")}</h1>
            <p class="lead">{w.t("habit-lead")}</p>
            <div class="stat-grid">
                <div class="stat"><span class="stat-num">{move || stats.with(|s| s.streaks.current)}</span><span>{move || stats.with(|s| w.t_with("habit-current-streak", &[("unit", s.target.unit_said(s.streaks.current).said())]))}</span></div>
                <div class="stat"><span class="stat-num">{move || stats.with(|s| s.streaks.best)}</span><span>{w.t("habit-best-streak")}</span></div>
                <div class="stat"><span class="stat-num">{move || stats.with(|s| w.t_with("habit-percent", &[("percent", Arg::count((s.strength * 100.0).round()))]))}</span><span>{w.t("habit-strength")}</span></div>
            </div>
            <p>{week_text}</p>
            <details class="explain">
                <summary>{w.t("habit-how-strength")}</summary>
                <p>{w.t("habit-how-strength-text")}</p>
            </details>
            <div class="row today-actions">
                <Show when=move || !today_done() fallback=move || view! {
                    <Show when=today_manual fallback=move || view! { <p role="status">{w.t("habit-today-done")}</p> }>
                        <button class="btn" on:click=move |_| { let t = stats.with_untracked(|s| s.today); remove_entries(store, t, EntryKind::Done) }>{w.t("habit-undo-today")}</button>
                    </Show>
                }>
                    <button class="btn primary" on:click=move |_| add_entry(store, stats.with_untracked(|s| s.today), EntryKind::Done)>{w.t("habit-did-it")}</button>
                    <Show when=move || !today_skipped() fallback=move || view! {
                        <button class="btn" on:click=move |_| remove_entries(store, stats.with_untracked(|s| s.today), EntryKind::Skip)>{w.t("habit-undo-skip")}</button>
                    }>
                        <button class="btn" on:click=move |_| add_entry(store, stats.with_untracked(|s| s.today), EntryKind::Skip)>{w.t("habit-skip-today")}</button>
                    </Show>
                </Show>
            </div>

            <section class="card calendar" aria-labelledby="cal-title">
                <div class="cal-head">
                    <button class="btn small" aria-label=w.t("cal-previous") on:click=move |_| month.update(|m| *m = shift_month(m.0, m.1, -1))>"‹"</button>
                    <h2 id="cal-title" aria-live="polite">{move || { let (y, m) = month.get(); CivilDay::from_ymd(y, m, 1).map(|d| cap(&w.day(d, DayForm::MonthYear))).unwrap_or_default() }}</h2>
                    <button class="btn small" aria-label=w.t("cal-next") on:click=move |_| month.update(|m| *m = shift_month(m.0, m.1, 1))>"›"</button>
                </div>
                <table class="cal">
                    <thead><tr>{(0..7).map(|i| view! { <th scope="col">{w.day(CivilDay(4 + i), DayForm::WeekdayShort)}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {move || {
                            let (y, m) = month.get();
                            let t = stats.with(|s| s.today);
                            stats.with(|s| month_grid(&s.days, y, m)).into_iter().map(|week| view! {
                                <tr>{week.into_iter().map(|cell| match cell {
                                    None => view! { <td></td> }.into_any(),
                                    Some(c) => {
                                        let (_, _, dd) = c.day.ymd();
                                        let state = if c.status.done { "done" } else if c.status.skipped { "skipped" } else { "none" };
                                        // Starts with the visible number, so voice control finds it.
                                        let label = w.t_with("cal-day", &[("day", day_arg(c.day, DayForm::DayMonthYear)), ("state", Arg::Text(state.into()))]);
                                        let day = c.day;
                                        view! {
                                            <td>
                                                <button class=format!("day {state}") class:today={day == t} class:future={day > t} aria-label=label
                                                    data-day=day.to_string()
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
                <p class="legend"><span class="dot done"></span>{format!(" {} ", w.t("cal-done"))}<span class="dot skipped"></span>{format!(" {}", w.t("cal-skipped"))}</p>
                {move || selected.get().map(|day| view! { <DayEditor day=day close=move || selected.set(None)/> })}
            </section>

            <CheckReferral/>
            <Progress/>
            <HabitSettings/>
        </section>
    }
}
