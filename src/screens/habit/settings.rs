//! The habit's target, when a day starts, reminders and the days as a file.

use crate::habit::export::{days_csv, reminder_ics, ReminderWords};
use crate::platform::download::download;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use crate::words::catalogue::Arg;
use leptos::prelude::*;

#[component]
pub(super) fn HabitSettings() -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
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
                habit_today(d),
            )
        });
        let url = crate::platform::page::base_url();
        let stamp = crate::platform::page::utc_stamp();
        let words = ReminderWords {
            summary: w.t("ics-summary"),
            description: w.t_with("ics-description", &[("url", Arg::Text(url.clone()))]),
            alarm: w.t("ics-alarm"),
        };
        let _ = download(
            "quads-reminder.ics",
            "text/calendar",
            &reminder_ics(t, day, m / 60, m % 60, &url, &stamp, &words),
        );
    };
    let export_csv = move |_| {
        let csv = store
            .data
            .with_untracked(|d| days_csv(&d.habit_days(), &w.t("csv-headings")));
        let _ = download(
            &format!("quads-days-{}.csv", crate::runtime::day::today()),
            "text/csv",
            &csv,
        );
    };
    view! {
        <section class="card habit-settings" aria-labelledby="hs-title">
            <h2 id="hs-title">{w.t("target-title")}</h2>
            {move || store.data.with(|d| d.plan.as_ref().and_then(|s| s.plan())).map(|p| view! {
                <div class="notice">
                    <p>{w.t_with("target-plan", &[("routine", Arg::Text(w.routine_name(&p.routine)))])}</p>
                    <button class="btn small" on:click=move |_| store.update(|d| d.close_plan())>{w.t("target-end-plan")}</button>
                </div>
            })}
            <crate::shell::target_picker::TargetPicker value=Signal::derive(target) set=move |t| store.update(|d| d.settings.target = t)/>
            <label class="field">{w.t("target-day-starts")}
                <select on:change=move |ev| { if let Ok(h) = event_target_value(&ev).parse::<u32>() { store.update(|d| d.settings.day_start_min = h * 60) } }>
                    {(0..=5u32).map(|h| view! {
                        <option value=h.to_string() selected=move || store.data.with(|d| d.settings.day_start_min / 60 == h)>{format!("{h:02}:00")}</option>
                    }).collect_view()}
                </select>
            </label>
            <p class="hint">{w.t("target-day-starts-why")}</p>
            <label class="field">{w.t("target-reminder")}
                <input type="time" prop:value=move || crate::habit::reminder::field_value(reminder())
                    on:change=move |ev| {
                        if let Some(m) = crate::habit::reminder::parse(&event_target_value(&ev)) {
                            store.update(|d| d.settings.reminder_min = Some(m))
                        }
                    }/>
            </label>
            <button class="btn" on:click=download_ics>{w.t("target-ics")}</button>
            <p class="hint">{w.t("target-ics-why")}</p>
            <button class="btn" on:click=export_csv>{w.t("target-csv")}</button>
        </section>
    }
}
