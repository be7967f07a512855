//! "Send as a plan": a routine with how often, for how long, from when and
//! a note, as a link, a QR code and a printable page.

use super::plan_preview::{note_view, start_text};
use crate::habit::civil_day::CivilDay;
use crate::habit::target::Target;
use crate::runtime::store::use_store;
use crate::share::plan::{clean_note, Plan, NOTE_MAX_CHARS, START_AHEAD_MAX_DAYS};
use crate::shell::routine_sheet::{print_with_guides, RoutineSheet};
use crate::shell::share_box::{link_to, qr_svg, send, Send, LINK_COPIED};
use crate::shell::target_picker::TargetPicker;
use crate::shell::widgets::cap;
use crate::words::catalogue::Arg;
use leptos::prelude::*;

const WEEK_CHOICES: [u8; 15] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 20, 26];

#[component]
pub fn SendPlan(routine_id: String) -> impl IntoView {
    let store = use_store();
    match store.data.with_untracked(|d| d.find_routine(&routine_id)) {
        None => crate::shell::widgets::routine_missing(),
        Some(r) => view! { <Maker routine=r/> }.into_any(),
    }
}

#[component]
fn Maker(routine: crate::session::routine::Routine) -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let today = store.data.with_untracked(crate::runtime::day::habit_today);
    let target = RwSignal::new(Target::PerWeek(3));
    let weeks = RwSignal::new(6u8);
    let start = RwSignal::new(None::<CivilDay>);
    let note = RwSignal::new(String::new());
    let status = RwSignal::new(None::<&'static str>);
    // Named here while it has its id (a built-in one in this phone's
    // language); the plan carries the routine itself, without the id.
    let r = StoredValue::new({
        let mut r = routine.clone();
        r.id.clear();
        r
    });
    let plan = move || Plan {
        routine: r.get_value(),
        target: target.get(),
        weeks: weeks.get(),
        made: today,
        start: start.get(),
        note: clean_note(&note.get()),
    };
    let url = move || link_to(&plan().encode());
    let name = w.routine_name(&routine);
    let title = w.t_with(
        "planmaker-share-title",
        &[("routine", Arg::Text(name.clone()))],
    );
    let day_input = |d: CivilDay| d.to_string();
    view! {
        <section class="screen plan-maker">
            <h1 tabindex="-1">{w.t("planmaker-title")}</h1>
            <p class="lead no-print">{w.t("planmaker-lead")}</p>
            <form class="card no-print" on:submit=|ev| ev.prevent_default()>
                <TargetPicker value=target set=move |t| target.set(t)/>
                <label class="field">{w.t("planmaker-weeks")}
                    <select on:change=move |ev| { if let Ok(w) = event_target_value(&ev).parse::<u8>() { weeks.set(w) } }>
                        {WEEK_CHOICES.map(|w| view! {
                            <option value=w.to_string() selected=w == 6>{w.to_string()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">{w.t("planmaker-start")}
                    <input type="date" min=day_input(today) max=day_input(today.add(START_AHEAD_MAX_DAYS))
                        on:change=move |ev| {
                            let d = CivilDay::parse(&event_target_value(&ev))
                                .filter(|d| *d >= today && d.0 - today.0 <= START_AHEAD_MAX_DAYS);
                            start.set(d);
                        }/>
                </label>
                <p class="hint">{w.t("planmaker-start-hint")}</p>
                <label class="field">{w.t("planmaker-note")}
                    <textarea rows="3" maxlength=NOTE_MAX_CHARS.to_string()
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </label>
                <p class="hint">{move || w.t_with("planmaker-note-count", &[("count", Arg::count(note.with(|n| n.chars().count()) as u32)), ("max", Arg::count(NOTE_MAX_CHARS as u32))])}</p>
            </form>
            <article class="card plan-sheet" aria-label=w.t("planmaker-sheet")>
                <h2>{name.clone()}</h2>
                <p class="lead">{move || cap(&w.say(&plan().said()))}</p>
                <p>{move || w.say(&start_text(&plan()))}</p>
                {move || note_view(&plan().note, w.t("plan-note"))}
                {move || qr_svg(&url())}
                <p class="link"><a href=url>{url}</a></p>
                <p class="hint">{w.t("planmaker-how")}</p>
            </article>
            <div class="row no-print">
                <button class="btn primary" on:click=move |_| send(Send::Link, title.clone(), untrack(url), LINK_COPIED, status)>{w.t("planmaker-share")}</button>
                <button class="btn" on:click=move |_| send(Send::Copy, String::new(), untrack(url), LINK_COPIED, status)>{w.t("planmaker-copy")}</button>
                <button class="btn" on:click=|_| print_with_guides()>{w.t("planmaker-print")}</button>
            </div>
            <p class="no-print" role="status">{move || status.get().map(|k| w.t(k)).unwrap_or_default()}</p>
            <h2 class="print-only">{w.t("planmaker-routine")}</h2>
            <RoutineSheet routine=routine/>
        </section>
    }
}
