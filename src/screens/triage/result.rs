//! A triage result: the level and why, the likely sources with the
//! person's own words, the referral figure, and the composed routine.

use super::questions::minutes_choice;
use crate::platform::clock;
use crate::runtime::store::{new_id, use_store};
use crate::shell::widgets::{cap, minutes_text};
use crate::triage::answers::*;
use crate::triage::assess::{assess, Assessment, Level};
use crate::triage::compose::minutes_of;
use crate::triage::rules::Source;
use leptos::prelude::*;

#[component]
pub fn ResultScreen(id: String) -> impl IntoView {
    let store = use_store();
    let saved = store
        .data
        .with_untracked(|d| d.triage_results.iter().find(|r| r.id == id).cloned());
    match saved {
        None => view! {
            <section class="screen">
                <h1 tabindex="-1">"Result not found"</h1>
                <a class="btn primary" href="#/triage">"Start the questions"</a>
            </section>
        }
        .into_any(),
        Some(s) => {
            let a = assess(&s.answers);
            view! { <ResultBody a=a at_ms=s.at_ms answers=s.answers result_id=s.id/> }.into_any()
        }
    }
}

pub(super) fn date_text(ms: f64) -> String {
    let t = crate::runtime::day::local_time(ms);
    format!("{:04}-{:02}-{:02}", t.year, t.month, t.day)
}

#[component]
fn ResultBody(a: Assessment, at_ms: f64, answers: Answers, result_id: String) -> impl IntoView {
    let has_routine = a.routine.is_some();
    let top = a
        .sources
        .first()
        .map(|s| s.source)
        .unwrap_or(Source::NotTypical);
    let side = a.side.map(|s| match s {
        PainSide::Left => "Left side",
        PainSide::Right => "Right side",
        PainSide::Both => "Both sides",
    });
    view! {
        <section class="screen result">
            <h1 tabindex="-1">"Your result"</h1>
            <p class="meta">"From " {date_text(at_ms)} {side.map(|s| format!(" · {s}"))}</p>
            <div class=format!("level {}", a.level.class()) role="status">
                <p class="level-title">{match a.level { Level::Emergency => "⚠ ", Level::SeeClinician => "! ", Level::SelfCareWithCaution => "◐ ", Level::SelfCare => "✓ " }}{a.level.title()}</p>
                {(a.level == Level::Emergency).then(|| view! { <p><strong>"Contact emergency services or your local emergency number now. Do no pressure release."</strong></p> })}
                {(a.level == Level::SeeClinician).then(|| view! { <p>"Book a visit with a doctor or physical therapist within the next few days, before any self-release."</p> })}
                <ul>{a.level_reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
            </div>
            {(a.level != Level::Emergency).then(|| view! {
                <h2>"Why we think this"</h2>
                <ol class="sources">
                    {a.sources.iter().map(|s| view! {
                        <li class="card source">
                            <strong>{s.source.label()}</strong>
                            <p>{s.source.explain()}</p>
                            <p class="because">"Because you said: " {s.because.join("; ")}</p>
                        </li>
                    }).collect_view()}
                </ol>
                {referral_figure(top)}
            })}
            {has_routine.then(|| view! { <ComposedCard answers=answers result_id=result_id/> })}
            <h2>"What else helps"</h2>
            <ul class="advice">{a.advice.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
            <p class="safety">"Self-care guidance, not a diagnosis."</p>
            <div class="row">
                <a class="btn" href="#/learn">"Learn more"</a>
                <a class="btn" href="#/triage">"Answer again"</a>
                <a class="btn" href="#/triage/history">"Past results"</a>
            </div>
        </section>
    }
}

/// The routine made for these answers: every step with its reason, a
/// minutes chooser that re-composes it in place, Start, and Save.
#[component]
fn ComposedCard(answers: Answers, result_id: String) -> impl IntoView {
    let store = use_store();
    let recompose = move |a: &Answers| assess(a).routine;
    // A plain signal, set when the minutes change: a Memo over a new type
    // costs the bundle several KB for nothing a tap does not already tell us.
    let composed = RwSignal::new(recompose(&answers));
    let minutes = RwSignal::new(minutes_of(&answers));
    let answers = StoredValue::new(answers);
    let result_id = StoredValue::new(result_id);
    let saved = RwSignal::new(None::<String>);
    let choose = move |m: u8| {
        minutes.set(m);
        saved.set(None);
        answers.update_value(|a| a.minutes = Some(m));
        composed.set(answers.with_value(recompose));
        // The result remembers the choice, so it opens the same next time.
        let id = result_id.get_value();
        store.update(|d| {
            if let Some(r) = d.triage_results.iter_mut().find(|r| r.id == id) {
                r.answers.minutes = Some(m);
            }
        });
    };
    let start = move |_| {
        if let Some(r) = composed.with_untracked(|c| c.as_ref().map(|c| c.routine.clone())) {
            crate::shell::routines::start_composed(store, r);
        }
    };
    let save = move |_| {
        if let Some(mut r) = composed.with_untracked(|c| c.as_ref().map(|c| c.routine.clone())) {
            r.id = new_id(crate::ids::COMPOSED_SAVED);
            let id = r.id.clone();
            store.update(|d| {
                d.save_routine(r, clock::wall_ms());
                d.settings.usual_routine = id.clone();
            });
            saved.set(Some(id));
        }
    };
    let body = move || {
        composed.with(|c| {
            c.as_ref().map(|c| {
                let head = format!(
                    "{} · {}",
                    c.routine.name,
                    minutes_text(c.routine.total_seconds())
                );
                let note = c.note.clone().unwrap_or_default();
                let no_note = note.is_empty();
                let steps = c
                    .routine
                    .steps
                    .iter()
                    .zip(&c.reasons)
                    .map(|(s, why)| {
                        let title = format!("{} {}", cap(s.side.label()), s.muscle.label());
                        let rest = format!(
                            " · {} · {} × {} s. {why}",
                            s.tool.label(),
                            s.spots,
                            s.hold_s
                        );
                        view! { <li class="composed-step"><strong>{title}</strong>{rest}</li> }
                    })
                    .collect_view();
                view! {
                    <p class="meta">{head}</p>
                    <p class="notice" hidden=no_note>{note}</p>
                    <ol class="composed-steps">{steps}</ol>
                }
            })
        })
    };
    view! {
        <section class="card recommend composed" aria-labelledby="composed-title">
            <h2 id="composed-title">"Your routine"</h2>
            {minutes_choice("result-minutes", minutes.into(), Callback::new(choose))}
            {body}
            <div class="row">
                <button class="btn primary big" on:click=start>"Start"</button>
                <button class="btn" on:click=save>"Save as my routine"</button>
            </div>
            {move || saved.get().map(|id| view! {
                <p role="status">"Saved. Home's Start now opens it. " <a href=format!("#/edit/{id}")>"Change it in the builder"</a></p>
            })}
        </section>
    }
}

/// Where the pain shows up (shaded) against where the knot sits (dot).
/// Coordinates are text: a number attribute would bring Rust's float
/// formatter (about 4 KB gzip) into the bundle for one dot.
pub fn referral_figure(s: Source) -> impl IntoView {
    let (pain, knot, label): (&str, (&str, &str), &str) = match s {
        Source::Iliacus => ("M34 58h16v44h-16z", ("44", "46"), "The knot sits inside the front of the pelvis; the pain shows up on the front of the thigh."),
        Source::Psoas => ("M46 24h8v30h-8z", ("45", "40"), "The knot sits deep beside the spine; the pain shows up as a band along the low back."),
        Source::NerveInvolvement => ("M34 58h10v80h-10z", ("44", "46"), "A tight hip flexor can press on nerves; symptoms run down the leg."),
        Source::GluteMax => ("M36 48h28v14h-28z", ("42", "54"), "Knot and pain are both in the buttock."),
        Source::Hamstrings => ("M34 62h14v40h-14z", ("42", "80"), "Knot and pain sit in the back of the thigh."),
        Source::AdductorMagnus => ("M46 58h6v50h-6z", ("49", "66"), "The knot sits high in the inner thigh; it can ache down to the inner knee."),
        Source::Quads | Source::Prevention | Source::NotTypical => ("M34 58h16v44h-16z", ("42", "80"), "The pain sits where the muscle is."),
    };
    view! {
        <figure class="referral">
            <svg viewBox="0 0 100 150" role="img" aria-label=label>
                <path class="body" d="M50 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16zM36 22h28l5 34h-8l3 50l-4 40h-9l-1-70l-1 70h-9l-4-40l3-50h-8z"/>
                <path class="pain" d=pain/>
                <circle class="knot" cx=knot.0 cy=knot.1 r="4"/>
            </svg>
            <figcaption>{label}</figcaption>
        </figure>
    }
}
