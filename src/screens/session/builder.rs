//! The routine builder: create or edit a routine of one's own. Every field
//! is checked by `Routine::validate` before saving.

use crate::route::Route;
use crate::runtime::store::{new_id, use_store};
use crate::session::routine::{limits, Deepen, Muscle, Routine, Side, Step, Tool};
use crate::words::catalogue::Arg;
use crate::words::key::name_arg;
use leptos::prelude::*;

fn default_step() -> Step {
    Step {
        muscle: Muscle::Iliacus,
        side: Side::Both,
        tool: Tool::MassageBall,
        hold_s: 60,
        spots: 2,
        deepen: Deepen::SlowBreaths,
        reposition_s: 15,
    }
}

#[component]
pub fn Builder(id: Option<String>) -> impl IntoView {
    let store = use_store();
    let w = crate::runtime::words::use_words();
    let existing = id.as_ref().and_then(|id| {
        store
            .data
            .with_untracked(|d| d.live_routines().find(|r| &r.id == id).cloned())
    });
    let not_found = id.is_some() && existing.is_none();
    let draft = RwSignal::new(existing.clone().unwrap_or_else(|| Routine {
        id: String::new(),
        name: String::new(),
        purpose: String::new(),
        steps: vec![default_step()],
        switch_rest_s: 10,
    }));
    let error = RwSignal::new(None::<String>);
    // The first problem, said in the person's language.
    let save = move |_| {
        let mut r = draft.get_untracked();
        r.name = r.name.trim().to_string();
        r.purpose = r.purpose.trim().to_string();
        if let Err(e) = r.validate() {
            error.set(Some(w.say(&e)));
            return;
        }
        if r.id.is_empty() {
            r.id = new_id(crate::ids::ROUTINE);
        }
        crate::shell::routines::save_and_open(store, r, Route::Routine);
    };
    if not_found {
        return view! {
            <section class="screen">
                <h1 tabindex="-1">{w.t("routine-not-found")}</h1>
                <p>{w.t("builder-builtin")}</p>
                <a class="btn" href="#/routines">{w.t("routine-all")}</a>
            </section>
        }
        .into_any();
    }
    // A memo, so editing a field does not rebuild every step editor (which
    // would also shift the layout under the user's finger).
    let count = Memo::new(move |_| draft.with(|r| r.steps.len()));
    let count = move || count.get();
    view! {
        <section class="screen builder">
            <h1 tabindex="-1">{w.t(if existing.is_some() { "builder-edit" } else { "builder-new" })}</h1>
            <form on:submit=move |ev| { ev.prevent_default(); save(()); }>
                <label class="field">{w.t("builder-name")}
                    <input type="text" maxlength=limits::NAME_MAX_CHARS.to_string() prop:value=move || draft.with(|r| r.name.clone())
                        on:input=move |ev| draft.update(|r| r.name = event_target_value(&ev))/>
                </label>
                <label class="field">{w.t("builder-purpose")}
                    <input type="text" maxlength=limits::PURPOSE_MAX_CHARS.to_string() prop:value=move || draft.with(|r| r.purpose.clone())
                        on:input=move |ev| draft.update(|r| r.purpose = event_target_value(&ev))/>
                </label>
                <label class="field">{w.t("builder-rest")}
                    <input type="number" inputmode="numeric" min="0" max=limits::SWITCH_REST_MAX_S.to_string() prop:value=move || draft.with(|r| r.switch_rest_s.to_string())
                        on:change=move |ev| draft.update(|r| r.switch_rest_s = event_target_value(&ev).parse().unwrap_or(r.switch_rest_s))/>
                </label>
                <ol class="steps">
                    {move || (0..count()).map(|i| view! { <StepEditor i=i draft=draft/> }).collect_view()}
                </ol>
                <button type="button" class="btn" disabled={move || count() >= limits::STEPS_MAX}
                    on:click=move |_| draft.update(|r| r.steps.push(default_step()))>{w.t("builder-add-step")}</button>
                {crate::shell::widgets::note("error", "alert", error.into())}
                <div class="row">
                    <button type="submit" class="btn primary">{w.t("builder-save")}</button>
                    <a class="btn" href="#/routines">{w.t("builder-cancel")}</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}

fn select<T: Copy + PartialEq + Send + Sync + serde::Serialize + 'static>(
    id: String,
    label: String,
    all: &'static [T],
    name: &'static str,
    get: impl Fn() -> T + Copy + Send + Sync + 'static,
    set: impl Fn(T) + 'static,
) -> impl IntoView {
    // A separate <label for>: wrapping a <select> would fold the option
    // texts into its accessible name.
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| all.get(i)) { set(*v) }
            }>
                {all.iter().enumerate().map(|(i, v)| {
                    let v = *v;
                    let selected = move || get() == v;
                    // The option in the catalogue's words, chosen by the value's name.
                    let text = crate::runtime::words::use_words().t_with(name, &[("value", name_arg(v))]);
                    view! { <option value=i.to_string() selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

fn number(
    label: String,
    min: u16,
    max: u16,
    get: impl Fn() -> u16 + Send + Sync + 'static,
    set: impl Fn(u16) + 'static,
) -> impl IntoView {
    view! {
        <label class="field">{label}
            <input type="number" inputmode="numeric" min=min.to_string() max=max.to_string() prop:value=move || get().to_string()
                on:change=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<u16>() { set(v) } }/>
        </label>
    }
}

#[component]
fn StepEditor(i: usize, draft: RwSignal<Routine>) -> impl IntoView {
    let w = crate::runtime::words::use_words();
    let step = move || draft.with(|r| r.steps.get(i).cloned().unwrap_or_else(default_step));
    let edit = move |f: Box<dyn FnOnce(&mut Step)>| {
        draft.update(|r| {
            if let Some(s) = r.steps.get_mut(i) {
                f(s)
            }
        })
    };
    let last = move || draft.with(|r| r.steps.len()) - 1;
    view! {
        <li class="card step-editor">
            <fieldset>
                <legend>{w.t_with("builder-step", &[("step", Arg::count(i as u32 + 1))])}</legend>
                {select(format!("s{i}-muscle"), w.t("builder-muscle"), &Muscle::ALL, "builder-muscle-option", move || step().muscle, move |v| edit(Box::new(move |s| s.muscle = v)))}
                {select(format!("s{i}-side"), w.t("builder-side"), &Side::ALL, "builder-side-option", move || step().side, move |v| edit(Box::new(move |s| s.side = v)))}
                {select(format!("s{i}-tool"), w.t("builder-tool"), &Tool::ALL, "builder-tool-option", move || step().tool, move |v| edit(Box::new(move |s| s.tool = v)))}
                {number(w.t("builder-hold"), limits::HOLD_MIN_S, limits::HOLD_MAX_S, move || step().hold_s, move |v| edit(Box::new(move |s| s.hold_s = v)))}
                {number(w.t("builder-spots"), u16::from(limits::SPOTS_MIN), u16::from(limits::SPOTS_MAX), move || u16::from(step().spots), move |v| edit(Box::new(move |s| s.spots = v.min(255) as u8)))}
                {select(format!("s{i}-deepen"), w.t("builder-deepen"), &Deepen::ALL, "builder-deepen-option", move || step().deepen, move |v| edit(Box::new(move |s| s.deepen = v)))}
                {number(w.t("builder-reposition"), 0, limits::REPOSITION_MAX_S, move || step().reposition_s, move |v| edit(Box::new(move |s| s.reposition_s = v)))}
                <div class="row">
                    <button type="button" class="btn small" disabled=move || i == 0 aria-label=w.t_with("builder-move-up-step", &[("step", Arg::count(i as u32 + 1))])
                        on:click=move |_| draft.update(|r| r.steps.swap(i, i - 1))>{w.t("builder-move-up")}</button>
                    <button type="button" class="btn small" disabled={move || i >= last()} aria-label=w.t_with("builder-move-down-step", &[("step", Arg::count(i as u32 + 1))])
                        on:click=move |_| draft.update(|r| r.steps.swap(i, i + 1))>{w.t("builder-move-down")}</button>
                    <button type="button" class="btn small danger" disabled=move || last() == 0 aria-label=w.t_with("builder-remove-step", &[("step", Arg::count(i as u32 + 1))])
                        on:click=move |_| draft.update(|r| { r.steps.remove(i); })>{w.t("builder-remove")}</button>
                </div>
            </fieldset>
        </li>
    }
}
