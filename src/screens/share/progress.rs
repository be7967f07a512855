//! "Send my progress" on a running plan, and the read-only summary its
//! link opens for the person who sent the plan.

use super::plan_preview::note_view;
use crate::habit::calendar::day_arg;
use crate::share::check_summary::CheckSummary;
use crate::share::report::{Choices, Report};
use crate::shell::routine_sheet::print_with_guides;
use crate::shell::share_box::{link_to, send, Send};
use crate::words::catalogue::{Arg, DayForm};

const COPIED: &str = "share-message-copied";
use crate::runtime::store::use_store;
use leptos::prelude::*;

#[component]
pub fn SendProgress() -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
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
        r.text(&link_to(&r.encode()), &|m| w.say(m))
    };
    let check = move |label: &'static str, sig: RwSignal<bool>| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || sig.get() on:change=move |ev| sig.set(event_target_checked(&ev))/>
                <span>{w.t(label)}</span>
            </label>
        }
    };
    view! {
        <section class="screen send-progress">
            <h1 tabindex="-1">{w.t("sendprog-title")}</h1>
            <p class="lead">{w.t("sendprog-lead")}</p>
            <fieldset class="card">
                <legend>{w.t("sendprog-put-in")}</legend>
                {check("sendprog-counts", counts)}
                {check("sendprog-ratings", ratings)}
                {check("sendprog-check", with_check)}
            </fieldset>
            <label class="field">{w.t("sendprog-words")}
                <textarea rows="3" maxlength="280" prop:value=move || words.get() on:input=move |ev| words.set(event_target_value(&ev))></textarea>
            </label>
            <h2>{w.t("sendprog-message")}</h2>
            <pre class="message card">{text}</pre>
            <div class="row">
                <button class="btn primary" on:click=move |_| send(Send::Text, w.t("sendprog-share-title"), untrack(text), COPIED, status)>{w.t("sendprog-send")}</button>
                <button class="btn" on:click=move |_| send(Send::Copy, String::new(), untrack(text), COPIED, status)>{w.t("sendprog-copy")}</button>
            </div>
            <p role="status">{move || status.get().map(|k| w.t(k)).unwrap_or_default()}</p>
            <p><a href=move || link_to(&report().encode())>{w.t("sendprog-see")}</a></p>
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
            <h1 tabindex="-1">{w.t("clinsum-title")}</h1>
            <p class="lead no-print">{w.t("clinsum-lead")}</p>
            <pre class="message card">{text}</pre>
            <div class="row no-print">
                <button class="btn primary" on:click=|_| print_with_guides()>{w.t("clinsum-print")}</button>
                <button class="btn" on:click=move |_| send(Send::Text, w.t("clinsum-share-title"), untrack(text), COPIED, status)>{w.t("sendprog-send")}</button>
                <button class="btn" on:click=move |_| send(Send::Copy, String::new(), untrack(text), COPIED, status)>{w.t("sendprog-copy")}</button>
            </div>
            <p class="no-print" role="status">{move || status.get().map(|k| w.t(k)).unwrap_or_default()}</p>
            <p class="hint no-print">{w.t("clinsum-plan-hint")}</p>
            <a class="btn no-print" href="#/habit">{w.t("clinsum-back")}</a>
        </section>
    }
}

#[component]
pub fn ReportSummary(report: Report) -> impl IntoView {
    let w = crate::runtime::words::use_words();
    // A built-in routine travels by its stored name: said here in the
    // reader's language; any other name as the sender has it.
    let routine = crate::session::builtin::named(&report.routine_name)
        .map_or_else(|| report.routine_name.clone(), |r| w.routine_name(&r));
    view! {
        <section class="screen report">
            <h1 tabindex="-1">{w.t("reportpage-title")}</h1>
            <p class="lead">{w.t_with("reportpage-lead", &[("routine", Arg::Text(routine)), ("where", report.where_in_plan().said())])}</p>
            <p class="meta">{w.t_with("reportpage-sent", &[("day", day_arg(report.made, DayForm::Full)), ("target", report.target.said().said())])}</p>
            {
                let lines = report.lines();
                (!lines.is_empty()).then(|| view! {
                    <ul class="card report-lines">
                        {lines.iter().map(|l| view! { <li>{w.say(l)}</li> }).collect_view()}
                    </ul>
                })
            }
            {note_view(&report.note, w.t("report-their-words"))}
            <p class="hint">{w.t("reportpage-readonly")}</p>
            <a class="btn" href="#/">{w.t("reportpage-home")}</a>
        </section>
    }
}
