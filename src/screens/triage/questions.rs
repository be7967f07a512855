//! The triage's form parts, shared by the wizard, the result and the
//! safety check: yes / no / not sure questions, checkboxes, the minutes
//! choice, and the emergency stop.

use crate::runtime::store::Store;
use crate::runtime::words::use_words;
use crate::triage::answers::*;
use crate::triage::compose::MINUTES;
use crate::triage::saved::Draft;
use crate::words::catalogue::Arg;
use crate::words::key::key;
use leptos::prelude::*;

pub(super) fn save_draft(store: Store, draft: &Draft) {
    let d = draft.clone();
    store.update(|data| data.triage_draft = Some(d));
}

/// A yes / no / not sure question as a radio group with its "why we ask":
/// the warning sign `key` (`warning-emergency-saddle-numbness`), its
/// `-question` and `-why` from the catalogue.
pub(super) fn tri_question(
    name: String,
    key: String,
    get: impl Fn() -> Option<Reply> + Copy + Send + Sync + 'static,
    set: impl Fn(Reply) + Copy + 'static,
) -> impl IntoView {
    let w = use_words();
    let opt = move |t: Reply, label: &'static str| {
        let n = name.clone();
        view! {
            <label class="tri-opt">
                <input type="radio" name=n prop:checked=move || get() == Some(t) on:change=move |_| set(t)/>
                <span>{w.t(label)}</span>
            </label>
        }
    };
    let why = w.t(&format!("{key}-why"));
    view! {
        <fieldset class="question">
            <legend>{w.t(&format!("{key}-question"))}</legend>
            <div class="tri">{opt(Reply::Yes, "answer-yes")}{opt(Reply::No, "answer-no")}{opt(Reply::NotSure, "answer-not-sure")}</div>
            <p class="why">{w.t_with("wizard-why-we-ask", &[("why", Arg::Text(why))])}</p>
        </fieldset>
    }
}

/// One yes / no / not sure question per key, answered into one of the
/// answer maps (emergency, clinician, contraindication); `group` is the
/// catalogue's (`warning-emergency`).
pub(super) fn tri_list<K: Copy + Ord + Send + Sync + serde::Serialize + 'static>(
    prefix: &'static str,
    keys: &'static [K],
    group: &'static str,
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
                key(group, k, ""),
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
    label: String,
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
    let w = use_words();
    view! {
        <fieldset class="question minutes">
            <legend>{w.t("minutes-legend")}</legend>
            <div class="choices">
                {MINUTES.map(|m| view! {
                    <label class="tri-opt"><input type="radio" name=name prop:checked=move || current.get() == m on:change=move |_| set.run(m)/><span>{w.t_with("minutes-choice", &[("minutes", Arg::count(m))])}</span></label>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// A single yes/no answer as a checkbox.
pub(super) fn checkbox_flag(
    label: String,
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
    let w = use_words();
    let flags = answers.emergency_flags();
    view! {
        <div class="level emergency" role="alert">
            <p class="level-title">{w.t("emergency-now")}</p>
            <p>{w.t("emergency-no-release")}</p>
            <ul>
                {flags.into_iter().map(|f| {
                    let k = key("warning-emergency", f, "");
                    let unsure = answers.emergency.get(&f) == Some(&Reply::NotSure);
                    view! { <li><strong>{w.t(&format!("{k}-said"))}</strong>{unsure.then(|| format!(" {}", w.t("emergency-unsure")))}". " {w.t(&format!("{k}-why"))}</li> }
                }).collect_view()}
            </ul>
            <p>{w.t("emergency-mistake")}</p>
        </div>
    }
}
