//! "Send my progress" on a running plan, and the read-only summary its
//! link opens for the person who sent the plan.

use super::plan_preview::note_view;
use crate::habit::calendar::day_text;
use crate::share::check_summary::CheckSummary;
use crate::share::report::{Choices, Report};
use crate::shell::routine_sheet::print_with_guides;
use crate::shell::share_box::{link_to, send, Send};

const COPIED: &str = "share-message-copied";
use crate::runtime::store::use_store;
use leptos::prelude::*;

#[component]
pub fn SendProgress() -> impl IntoView {
    let store = use_store();
    let running = store
        .data
        .with_untracked(|d| d.plan.as_ref().and_then(|s| Some((s.plan()?, s.first_day))));
    let Some((plan, first)) = running else {
        return view! { <ClinicianSummary/> }.into_any();
    };
    let counts = RwSignal::new(true);
    let ratings = RwSignal::new(true);
    let with_check = RwSignal::new(true);
    let words = RwSignal::new(String::new());
    let status = RwSignal::new(None::<&'static str>);
    let plan = StoredValue::new(plan);
    let report = move || {
        let choices = Choices {
            counts: counts.get(),
            ratings: ratings.get(),
        };
        store.data.with(|d| {
            let days = d.habit_days();
            let today = crate::runtime::day::habit_today(d);
            let mut r =
                words.with(|w| Report::compute(&plan.get_value(), first, &days, today, choices, w));
            r.check = with_check
                .get()
                .then(|| CheckSummary::of(&d.release_check(today)));
            r
        })
    };
    let text = move || {
        let r = report();
        r.text(&link_to(&r.encode()))
    };
    let check = move |label: &'static str, sig: RwSignal<bool>| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || sig.get() on:change=move |ev| sig.set(event_target_checked(&ev))/>
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <section class="screen send-progress">
            <h1 tabindex="-1">"Send my progress"</h1>
            <p class="lead">"A short message for the person who sent your plan. You choose what is in it; nothing leaves the phone until you send it yourself."</p>
            <fieldset class="card">
                <legend>"Put in"</legend>
                {check("Days done and my streak", counts)}
                {check("Tightness and tenderness, from my ratings", ratings)}
                {check("Is release working? (the app's check)", with_check)}
            </fieldset>
            <label class="field">"A few words (optional)"
                <textarea rows="3" maxlength="280" prop:value=move || words.get() on:input=move |ev| words.set(event_target_value(&ev))></textarea>
            </label>
            <h2>"The message"</h2>
            <pre class="message card">{text}</pre>
            <div class="row">
                <button class="btn primary" on:click=move |_| send(Send::Text, "My progress".into(), untrack(text), COPIED, status)>"Send…"</button>
                <button class="btn" on:click=move |_| send(Send::Copy, String::new(), untrack(text), COPIED, status)>"Copy"</button>
            </div>
            <p role="status">{move || status.get().map(|k| crate::runtime::words::use_words().t(k)).unwrap_or_default()}</p>
            <p><a href=move || link_to(&report().encode())>"See the summary it opens"</a></p>
        </section>
    }
    .into_any()
}

/// Without a plan: what the release check found, in numbers, as a page to
/// print or a message to send to a clinician. Nothing is sent by itself.
#[component]
fn ClinicianSummary() -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let status = RwSignal::new(None::<&'static str>);
    let text = move || {
        store.data.with(|d| {
            let today = crate::runtime::day::habit_today(d);
            crate::habit::release_check::clinician_summary::message(
                &d.release_check(today),
                today,
                &|m| w.say(m),
            )
        })
    };
    view! {
        <section class="screen send-progress clinician-summary">
            <h1 tabindex="-1">"Summary for a clinician"</h1>
            <p class="lead no-print">"What the app has seen, in numbers, for a physiotherapist or doctor. Print it or send it; nothing leaves the phone until you do."</p>
            <pre class="message card">{text}</pre>
            <div class="row no-print">
                <button class="btn primary" on:click=|_| print_with_guides()>"Print"</button>
                <button class="btn" on:click=move |_| send(Send::Text, "My release check".into(), untrack(text), COPIED, status)>"Send…"</button>
                <button class="btn" on:click=move |_| send(Send::Copy, String::new(), untrack(text), COPIED, status)>"Copy"</button>
            </div>
            <p class="no-print" role="status">{move || status.get().map(|k| crate::runtime::words::use_words().t(k)).unwrap_or_default()}</p>
            <p class="hint no-print">"Following a plan someone sent you? Start it, and this page sends them your progress instead, with this check in it."</p>
            <a class="btn no-print" href="#/habit">"Back to my habit"</a>
        </section>
    }
}

#[component]
pub fn ReportSummary(report: Report) -> impl IntoView {
    view! {
        <section class="screen report">
            <h1 tabindex="-1">"Progress report"</h1>
            <p class="lead">{format!("“{}”: {}.", report.routine_name, report.where_in_plan())}</p>
            <p class="meta">{format!("Sent on {} · plan: {}", day_text(report.made), report.target.describe())}</p>
            {
                let lines = report.lines();
                (!lines.is_empty()).then(|| view! {
                    <ul class="card report-lines">
                        {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                    </ul>
                })
            }
            {note_view(&report.note, crate::runtime::words::use_words().t("report-their-words"))}
            <p class="hint">"Read-only. This is what they chose to send, carried in the link itself: nothing else from their phone is in it, and nothing is saved here."</p>
            <a class="btn" href="#/">"Home"</a>
        </section>
    }
}
