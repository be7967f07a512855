//! The routine builder: create or edit a routine of one's own. Every field
//! is checked by `Routine::validate` before saving.

use crate::route::Route;
use crate::runtime::store::{new_id, use_store};
use crate::session::routine::{limits, Deepen, Muscle, Routine, Side, Step, Tool};
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
    let save = move |_| {
        let mut r = draft.get_untracked();
        r.name = r.name.trim().to_string();
        r.purpose = r.purpose.trim().to_string();
        if let Err(e) = r.validate() {
            error.set(Some(e));
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
                <h1 tabindex="-1">"Routine not found"</h1>
                <p>"Built-in routines cannot be edited; duplicate one to make it your own."</p>
                <a class="btn" href="#/routines">"All routines"</a>
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
            <h1 tabindex="-1">{if existing.is_some() { "Edit routine" } else { "New routine" }}</h1>
            <form on:submit=move |ev| { ev.prevent_default(); save(()); }>
                <label class="field">"Name"
                    <input type="text" maxlength=limits::NAME_MAX_CHARS.to_string() prop:value=move || draft.with(|r| r.name.clone())
                        on:input=move |ev| draft.update(|r| r.name = event_target_value(&ev))/>
                </label>
                <label class="field">"Purpose (optional)"
                    <input type="text" maxlength=limits::PURPOSE_MAX_CHARS.to_string() prop:value=move || draft.with(|r| r.purpose.clone())
                        on:input=move |ev| draft.update(|r| r.purpose = event_target_value(&ev))/>
                </label>
                <label class="field">"Rest when switching sides (seconds)"
                    <input type="number" inputmode="numeric" min="0" max=limits::SWITCH_REST_MAX_S.to_string() prop:value=move || draft.with(|r| r.switch_rest_s.to_string())
                        on:change=move |ev| draft.update(|r| r.switch_rest_s = event_target_value(&ev).parse().unwrap_or(r.switch_rest_s))/>
                </label>
                <ol class="steps">
                    {move || (0..count()).map(|i| view! { <StepEditor i=i draft=draft/> }).collect_view()}
                </ol>
                <button type="button" class="btn" disabled={move || count() >= limits::STEPS_MAX}
                    on:click=move |_| draft.update(|r| r.steps.push(default_step()))>"Add a step"</button>
                {crate::shell::widgets::note("error", "alert", error.into())}
                <div class="row">
                    <button type="submit" class="btn primary">"Save routine"</button>
                    <a class="btn" href="#/routines">"Cancel"</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}

fn select<T: Copy + PartialEq + Send + Sync + 'static>(
    id: String,
    label: &'static str,
    all: &'static [T],
    name: fn(T) -> &'static str,
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
                    view! { <option value=i.to_string() selected=selected>{name(v)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

fn number(
    label: &'static str,
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
                <legend>"Step " {i + 1}</legend>
                {select(format!("s{i}-muscle"), "Muscle", &Muscle::ALL, Muscle::label, move || step().muscle, move |v| edit(Box::new(move |s| s.muscle = v)))}
                {select(format!("s{i}-side"), "Side", &Side::ALL, Side::label, move || step().side, move |v| edit(Box::new(move |s| s.side = v)))}
                {select(format!("s{i}-tool"), "Tool", &Tool::ALL, Tool::label, move || step().tool, move |v| edit(Box::new(move |s| s.tool = v)))}
                {number("Hold per spot (seconds)", limits::HOLD_MIN_S, limits::HOLD_MAX_S, move || step().hold_s, move |v| edit(Box::new(move |s| s.hold_s = v)))}
                {number("Spots", u16::from(limits::SPOTS_MIN), u16::from(limits::SPOTS_MAX), move || u16::from(step().spots), move |v| edit(Box::new(move |s| s.spots = v.min(255) as u8)))}
                {select(format!("s{i}-deepen"), "Go deeper", &Deepen::ALL, Deepen::label, move || step().deepen, move |v| edit(Box::new(move |s| s.deepen = v)))}
                {number("Time to get in position (seconds)", 0, limits::REPOSITION_MAX_S, move || step().reposition_s, move |v| edit(Box::new(move |s| s.reposition_s = v)))}
                <div class="row">
                    <button type="button" class="btn small" disabled=move || i == 0 aria-label=format!("Move up: step {}", i + 1)
                        on:click=move |_| draft.update(|r| r.steps.swap(i, i - 1))>"Move up"</button>
                    <button type="button" class="btn small" disabled={move || i >= last()} aria-label=format!("Move down: step {}", i + 1)
                        on:click=move |_| draft.update(|r| r.steps.swap(i, i + 1))>"Move down"</button>
                    <button type="button" class="btn small danger" disabled=move || last() == 0 aria-label=format!("Remove: step {}", i + 1)
                        on:click=move |_| draft.update(|r| { r.steps.remove(i); })>"Remove"</button>
                </div>
            </fieldset>
        </li>
    }
}
