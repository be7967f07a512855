//! The triage wizard: warning signs first, then where it hurts, what it is
//! like, the person's days, time and tools. The steps and their order are
//! `triage::wizard`'s; this screen shows them and keeps every answer.

use super::questions::{
    checkbox, checkbox_flag, minutes_choice, save_draft, tri_list, EmergencyStop,
};
use crate::platform::clock;
use crate::route::Route;
use crate::runtime::store::{new_id, use_store};
use crate::runtime::words::use_words;
use crate::shell::lazy::{shown, Draw, NotLoaded};
use crate::shell::navigate;
use crate::shell::widgets::ownable_tools;
use crate::triage::answers::*;
use crate::triage::compose::minutes_of;
use crate::triage::saved::{Draft, SavedResult};
use crate::triage::wizard::{all_warning_signs_answered, Next, Step, QUESTIONS};
use crate::words::catalogue::Arg;
use crate::words::key::key;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

#[component]
pub fn Wizard() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let draft = RwSignal::new(
        store
            .data
            .with_untracked(|d| d.triage_draft.clone())
            .unwrap_or_default(),
    );
    let resumed = draft.with_untracked(|d| d.step > 0);
    // Tools are answered once: kept in Settings, ticked here next time.
    if let Some(t) = store.data.with_untracked(|d| d.settings.tools.clone()) {
        draft.update_untracked(|d| {
            if d.answers.tools.is_empty() {
                d.answers.tools = t;
            }
        });
    }
    // Every answer is kept as it is given, so closing the app loses nothing.
    Effect::new(move |prev: Option<()>| {
        let d = draft.get();
        if prev.is_some() {
            save_draft(store, &d);
        }
    });
    // A memo: the step's view is drawn again when the step changes, not at
    // every answer given on it (which would take the focus away).
    let current = Memo::new(move |_| draft.with(|d| Step::from_stored(d.step)));
    let step = move || current.get();
    let go = move |s: Step| {
        draft.update(|d| d.step = s.stored());
        crate::platform::page::focus("main h1");
    };
    let emergency_answered = move || draft.with(|d| all_warning_signs_answered(&d.answers));
    let finish = move || {
        let answers = draft.get_untracked().answers;
        let tools = answers.tools.clone();
        store.update(|d| d.settings.tools = Some(tools));
        let id = new_id(crate::ids::TRIAGE_RESULT);
        let now = clock::wall_ms();
        let r = SavedResult {
            id: id.clone(),
            at_ms: now,
            answers,
        };
        store.update(|d| {
            d.triage_results.push(r);
            d.triage_draft = None;
        });
        navigate(&Route::TriageResult(id));
    };
    let follow = move |n: Next| match n {
        Next::Go(s) => go(s),
        Next::Cleared(s) => {
            store.update(|d| d.settings.last_red_flag_check_ms = Some(clock::wall_ms()));
            go(s)
        }
        Next::Finish => finish(),
        Next::Wait => {}
    };
    let next = move |_| follow(draft.with(|d| step().next(&d.answers)));
    let back = move |_| go(step().back());
    let title = move || w.t(step().title_key());
    view! {
        <section class="screen wizard">
            <h1 tabindex="-1">{title}</h1>
            <Show when=move || step().question_number().is_some()>
                <p class="progress-text">{move || w.t_with("wizard-step", &[("step", Arg::count(step().question_number().unwrap_or(0))), ("steps", Arg::count(QUESTIONS))])}</p>
                <progress max=QUESTIONS.to_string() value=move || step().question_number().unwrap_or(0).to_string() aria-hidden="true"></progress>
            </Show>
            {move || match step() {
                Step::Intro => view! {
                    <div class="prose">
                        <p>{w.t("wizard-intro")}</p>
                        <p class="safety">{w.t("wizard-not-a-diagnosis")}</p>
                        {resumed.then(|| view! { <p class="notice">{w.t("wizard-resumed")}</p> })}
                    </div>
                }.into_any(),
                Step::WarningSigns => view! {
                    <p>{w.t("wizard-warning-signs-intro")}</p>
                    {tri_list("e", &EmergencyFlag::ALL, "warning-emergency", |a| &a.emergency, |a| &mut a.emergency, draft)}
                    <Show when=move || !emergency_answered()>
                        <p class="hint">{w.t("wizard-answer-all")}</p>
                    </Show>
                }.into_any(),
                Step::ClinicianSigns => view! {
                    {tri_list("c", &ClinicianFlag::ALL, "warning-clinician", |a| &a.clinician, |a| &mut a.clinician, draft)}
                }.into_any(),
                Step::BellyPressure => view! {
                    <p>{w.t("wizard-belly-intro")}</p>
                    {tri_list("k", &Contra::ALL, "warning-contra", |a| &a.contra, |a| &mut a.contra, draft)}
                }.into_any(),
                // The later questions are in the triage's chunk: a first
                // visit downloads the warning signs and what they lead to.
                step @ (Step::WhereItHurts | Step::WhatItIsLike | Step::YourDays | Step::TimeAndTools) => shown(w, (step, draft), later_question(), || ()),
                Step::EmergencyStop => view! { <EmergencyStop answers=draft.get().answers/> }.into_any(),
            }}
            <div class="row wizard-nav">
                <Show when=move || step() != Step::Intro>
                    <button class="btn" on:click=back>{move || w.t(if step() == Step::EmergencyStop { "wizard-change-answers" } else { "wizard-back" })}</button>
                </Show>
                <Show when=move || step() != Step::EmergencyStop>
                    <button class="btn primary" on:click=next disabled=move || step() == Step::WarningSigns && !emergency_answered()>
                        {move || w.t(step().next_key(resumed))}
                    </button>
                </Show>
                <Show when=move || step().can_skip()>
                    <button class="btn" on:click=move |_| follow(step().skip())>{w.t("wizard-skip")}</button>
                </Show>
            </div>
        </section>
    }
}

/// The questions after the warning signs: where it hurts, what it is like,
/// the person's days, time and tools.
#[wasm_split(triage, wasm_split_path = ::leptos::wasm_split, fallible)]
fn later_question() -> Result<Draw<(Step, RwSignal<Draft>)>, NotLoaded> {
    Ok(later_question_view)
}

fn later_question_view((step, draft): (Step, RwSignal<Draft>)) -> AnyView {
    let w = use_words();
    // "Why we ask: ..." with the catalogue's reason.
    let why = move |k: &str| w.t_with("wizard-why-we-ask", &[("why", Arg::Text(w.t(k)))]);
    match step {
        Step::WhereItHurts => view! {
            <p class="why">{why("triage-why-region")}</p>
            <BodyMap draft=draft/>
            <fieldset class="question">
                <legend>{w.t("wizard-where-legend")}</legend>
                {Region::ALL.iter().map(|r| checkbox(w.t(&key("triage-region", *r, "label")), *r, draft, |a| &mut a.regions)).collect_view()}
            </fieldset>
            {checkbox_flag(w.t("wizard-no-pain"), draft, |a| &mut a.no_pain)}
            <fieldset class="question">
                <legend>{w.t("wizard-side-legend")}</legend>
                {[(PainSide::Left, "wizard-side-left"), (PainSide::Right, "wizard-side-right"), (PainSide::Both, "wizard-side-both")].map(|(s, l)| view! {
                    <label class="tri-opt"><input type="radio" name="side" prop:checked=move || draft.with(|d| d.answers.side == Some(s)) on:change=move |_| draft.update(|d| d.answers.side = Some(s))/><span>{w.t(l)}</span></label>
                }).collect_view()}
                <p class="why">{why("triage-why-side")}</p>
            </fieldset>
        }.into_any(),
        Step::WhatItIsLike => view! {
            <fieldset class="question">
                <legend>{w.t("wizard-feeling-legend")}</legend>
                {Feeling::ALL.iter().map(|f| checkbox(w.t(&key("triage-feeling", *f, "label")), *f, draft, |a| &mut a.feelings)).collect_view()}
                <p class="why">{why("triage-why-feeling")}</p>
            </fieldset>
            <fieldset class="question">
                <legend>{w.t("wizard-duration-legend")}</legend>
                {[Duration::UnderTwoWeeks, Duration::TwoToSixWeeks, Duration::OverSixWeeks].map(|du| view! {
                    <label class="tri-opt"><input type="radio" name="duration" prop:checked=move || draft.with(|d| d.answers.duration == Some(du)) on:change=move |_| draft.update(|d| d.answers.duration = Some(du))/><span>{w.t(&key("triage-duration", du, "label"))}</span></label>
                }).collect_view()}
                <p class="why">{why("triage-why-duration")}</p>
            </fieldset>
            <fieldset class="question">
                <legend>{w.t("wizard-severity-legend")}</legend>
                <div class="scale-row">
                    {(0..=10u8).map(|n| view! {
                        <label class="scale-pt"><input type="radio" name="severity" prop:checked=move || draft.with(|d| d.answers.severity == Some(n)) on:change=move |_| draft.update(|d| d.answers.severity = Some(n))/><span>{n}</span></label>
                    }).collect_view()}
                </div>
                <p class="why">{why("triage-why-severity")}</p>
            </fieldset>
            <fieldset class="question">
                <legend>{w.t("wizard-not-helping-legend")}</legend>
                {NotHelping::ALL.iter().map(|n| checkbox(w.t(&key("triage-not-helping", *n, "label")), *n, draft, |a| &mut a.not_helping)).collect_view()}
                <p class="why">{why("triage-why-not-helping")}</p>
            </fieldset>
        }.into_any(),
        Step::YourDays => view! {
            <label class="field">{w.t("wizard-sitting-hours")}
                <select on:change=move |ev| { let v = event_target_value(&ev).parse::<u8>().ok(); draft.update(|d| d.answers.sitting_hours = v) }>
                    <option value="" selected=move || draft.with(|d| d.answers.sitting_hours.is_none())>{w.t("answer-not-sure")}</option>
                    {(0..=16u8).map(|h| view! { <option value=h.to_string() selected=move || draft.with(|d| d.answers.sitting_hours == Some(h))>{h}</option> }).collect_view()}
                </select>
            </label>
            <fieldset class="question">
                <legend>{w.t("wizard-habits-legend")}</legend>
                {DayHabit::ALL.iter().map(|h| checkbox(w.t(&key("triage-habit", *h, "label")), *h, draft, |a| &mut a.habits)).collect_view()}
                <p class="why">{why("triage-why-day")}</p>
            </fieldset>
        }.into_any(),
        Step::TimeAndTools => view! {
            {minutes_choice("minutes", Signal::derive(move || draft.with(|d| minutes_of(&d.answers))), Callback::new(move |m| draft.update(|d| d.answers.minutes = Some(m))))}
            <p class="why">{w.t("wizard-time-why")}</p>
            <fieldset class="question">
                <legend>{w.t("wizard-tools-legend")}</legend>
                {ownable_tools().map(|t| {
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || draft.with(|d| d.answers.tools.contains(&t))
                                on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.answers.set_tool(t, on)); }/>
                            <span>{w.t(&key("tool", t, ""))}</span>
                        </label>
                    }
                }).collect_view()}
                <p class="why">{w.t("wizard-tools-none")}</p>
            </fieldset>
        }.into_any(),
        _ => ().into_any(),
    }
}

/// Front and back outlines with large tappable regions, kept in step with
/// the checkbox list below it (the accessible equivalent).
#[component]
fn BodyMap(draft: RwSignal<Draft>) -> impl IntoView {
    let w = use_words();
    let region = move |r: Region, shape: &'static str| {
        let on = move || draft.with(|d| d.answers.regions.contains(&r));
        view! {
            <path class="region" class:on=on d=shape on:click=move |_| draft.update(|d| { if !d.answers.regions.remove(&r) { d.answers.regions.insert(r); } })/>
        }
    };
    view! {
        <div class="bodymap" aria-hidden="true">
            <svg viewBox="0 0 220 230">
                <text x="50" y="12" class="fig-label">{w.t("wizard-body-front")}</text>
                <text x="150" y="12" class="fig-label">{w.t("wizard-body-back")}</text>
                <path class="body" d="M55 16a10 10 0 1 1 0 20a10 10 0 1 1 0-20zM38 40h34l6 46h-10l4 80l-6 56h-12l-2-90l-2 90h-12l-6-56l4-80h-10z"/>
                <path class="body" d="M155 16a10 10 0 1 1 0 20a10 10 0 1 1 0-20zM138 40h34l6 46h-10l4 80l-6 56h-12l-2-90l-2 90h-12l-6-56l4-80h-10z"/>
                {region(Region::FrontHipGroin, "M36 78h38v16h-38z")}
                {region(Region::FrontThigh, "M34 96h18v50h-18zM58 96h18v50h-18z")}
                {region(Region::Knee, "M34 148h18v14h-18zM58 148h18v14h-18z")}
                {region(Region::LowerLegFoot, "M36 164h16v60h-16zM58 164h16v60h-16z")}
                {region(Region::InnerThigh, "M52 96h6v50h-6z")}
                {region(Region::LowBack, "M140 58h30v18h-30z")}
                {region(Region::Buttock, "M134 78h42v20h-42z")}
                {region(Region::BackThigh, "M134 100h18v48h-18zM158 100h18v48h-18z")}
            </svg>
        </div>
    }
}
