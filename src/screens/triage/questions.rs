//! The triage's form parts, shared by the wizard, the result and the
//! safety check: yes / no / not sure questions, checkboxes, the minutes
//! choice, and the emergency stop.

use crate::runtime::store::Store;
use crate::triage::answers::*;
use crate::triage::compose::MINUTES;
use crate::triage::saved::Draft;
use crate::triage::wording::{self, Wording};
use leptos::prelude::*;

pub(super) fn save_draft(store: Store, draft: &Draft) {
    let d = draft.clone();
    store.update(|data| data.triage_draft = Some(d));
}

/// A yes / no / not sure question as a radio group with its "why we ask".
pub(super) fn tri_question(
    name: String,
    w: Wording,
    get: impl Fn() -> Option<Reply> + Copy + Send + Sync + 'static,
    set: impl Fn(Reply) + Copy + 'static,
) -> impl IntoView {
    let opt = move |t: Reply, label: &'static str| {
        let n = name.clone();
        view! {
            <label class="tri-opt">
                <input type="radio" name=n prop:checked=move || get() == Some(t) on:change=move |_| set(t)/>
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="question">
            <legend>{w.question}</legend>
            <div class="tri">{opt(Reply::Yes, "Yes")}{opt(Reply::No, "No")}{opt(Reply::NotSure, "Not sure")}</div>
            <p class="why">"Why we ask: " {w.why}</p>
        </fieldset>
    }
}

/// One yes / no / not sure question per key, answered into one of the
/// answer maps (emergency, clinician, contraindication).
pub(super) fn tri_list<K: Copy + Ord + Send + Sync + 'static>(
    prefix: &'static str,
    keys: &'static [K],
    words: fn(K) -> Wording,
    read: fn(&Answers) -> &std::collections::BTreeMap<K, Reply>,
    write: fn(&mut Answers) -> &mut std::collections::BTreeMap<K, Reply>,
    draft: RwSignal<Draft>,
) -> impl IntoView {
    keys.iter()
        .enumerate()
        .map(|(i, k)| {
            let k = *k;
            tri_question(
                format!("{prefix}-{i}"),
                words(k),
                move || draft.with(|d| read(&d.answers).get(&k).copied()),
                move |t| {
                    draft.update(|d| {
                        write(&mut d.answers).insert(k, t);
                    })
                },
            )
        })
        .collect_view()
}

pub(super) fn checkbox<T: Copy + Ord + Send + Sync + 'static>(
    label: &'static str,
    v: T,
    draft: RwSignal<Draft>,
    set: fn(&mut Answers) -> &mut std::collections::BTreeSet<T>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || draft.with(|d| { let mut a = d.answers.clone(); set(&mut a).contains(&v) })
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    draft.update(|d| { let s = set(&mut d.answers); if on { s.insert(v); } else { s.remove(&v); } });
                }/>
            <span>{label}</span>
        </label>
    }
}

/// "How long do you have?": one radio per choice in `MINUTES`. Not generic,
/// so the wizard and the result share one copy of it in the bundle.
pub(super) fn minutes_choice(
    name: &'static str,
    current: Signal<u8>,
    set: Callback<u8>,
) -> impl IntoView {
    view! {
        <fieldset class="question minutes">
            <legend>"How long do you have for a routine?"</legend>
            <div class="choices">
                {MINUTES.map(|m| view! {
                    <label class="tri-opt"><input type="radio" name=name prop:checked=move || current.get() == m on:change=move |_| set.run(m)/><span>{format!("{m} min")}</span></label>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// A single yes/no answer as a checkbox.
pub(super) fn checkbox_flag(
    label: &'static str,
    draft: RwSignal<Draft>,
    set: fn(&mut Answers) -> &mut bool,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || draft.with(|d| { let mut a = d.answers.clone(); *set(&mut a) })
                on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| *set(&mut d.answers) = on); }/>
            <span>{label}</span>
        </label>
    }
}

#[component]
pub(super) fn EmergencyStop(answers: Answers) -> impl IntoView {
    let flags = answers.emergency_flags();
    view! {
        <div class="level emergency" role="alert">
            <p class="level-title">"⚠ Contact emergency services or your local emergency number now."</p>
            <p>"Do not do any pressure release. Your answers include a sign that needs a doctor today:"</p>
            <ul>
                {flags.into_iter().map(|f| {
                    let w = wording::emergency(f);
                    let unsure = answers.emergency.get(&f) == Some(&Reply::NotSure);
                    view! { <li><strong>{w.said}</strong>{unsure.then_some(" (you were not sure; with this sign, not sure is treated as yes)")}". " {w.why}</li> }
                }).collect_view()}
            </ul>
            <p>"If you answered by mistake, you can change your answers."</p>
        </div>
    }
}
