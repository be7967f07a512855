//! A triage result: the level and why, the likely sources with the
//! person's own words, the referral figure, and the composed routine.

use super::questions::minutes_choice;
use crate::platform::clock;
use crate::runtime::store::{new_id, use_store};
use crate::runtime::words::use_words;
use crate::triage::answers::*;
use crate::triage::assess::{assess, Assessment, Level};
use crate::triage::compose::minutes_of;
use crate::triage::rules::Source;
use crate::words::catalogue::{Arg, Message};
use crate::words::key::name_arg;
use leptos::prelude::*;

#[component]
pub fn ResultScreen(id: String) -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let saved = store
        .data
        .with_untracked(|d| d.triage_results.iter().find(|r| r.id == id).cloned());
    match saved {
        None => view! {
            <section class="screen">
                <h1 tabindex="-1">{w.t("result-not-found")}</h1>
                <a class="btn primary" href="#/triage">{w.t("result-start-questions")}</a>
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
    let w = use_words();
    let has_routine = a.routine.is_some();
    let top = a
        .sources
        .first()
        .map(|s| s.source)
        .unwrap_or(Source::NotTypical);
    let side = a.side.map(|s| {
        let side = match s {
            PainSide::Left => "left",
            PainSide::Right => "right",
            PainSide::Both => "both",
        };
        w.t_with("result-side", &[("side", Arg::Text(side.into()))])
    });
    view! {
        <section class="screen result">
            <h1 tabindex="-1">{w.t("result-title")}</h1>
            <p class="meta">{w.t_with("result-from", &[("date", Arg::Text(date_text(at_ms)))])} {side.map(|s| format!(" · {s}"))}</p>
            <div class=format!("level {}", a.level.class()) role="status">
                <p class="level-title">{match a.level { Level::Emergency => "⚠ ", Level::SeeClinician => "! ", Level::SelfCareWithCaution => "◐ ", Level::SelfCare => "✓ " }}{w.t(a.level.title_key())}</p>
                {(a.level == Level::Emergency).then(|| view! { <p><strong>{w.t("result-emergency-now")}</strong></p> })}
                {(a.level == Level::SeeClinician).then(|| view! { <p>{w.t("result-book-visit")}</p> })}
                <ul>{a.level_reasons.iter().map(|r| view! { <li>{w.say(r)}</li> }).collect_view()}</ul>
            </div>
            {(a.level != Level::Emergency).then(|| view! {
                <h2>{w.t("result-why")}</h2>
                <ol class="sources">
                    {a.sources.iter().map(|s| {
                        let said = s.because.iter().map(|b| w.say(b)).collect::<Vec<_>>().join("; ");
                        view! {
                            <li class="card source">
                                <strong>{w.say(&s.source.label())}</strong>
                                <p>{w.say(&s.source.explain())}</p>
                                <p class="because">{w.t_with("result-because", &[("said", Arg::Text(said))])}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                {referral_figure(top)}
            })}
            {has_routine.then(|| view! { <ComposedCard answers=answers result_id=result_id/> })}
            <h2>{w.t("result-what-else")}</h2>
            <ul class="advice">{a.advice.iter().map(|t| view! { <li>{w.say(t)}</li> }).collect_view()}</ul>
            <p class="safety">{w.t("result-not-diagnosis")}</p>
            <div class="row">
                <a class="btn" href="#/learn">{w.t("result-learn-more")}</a>
                <a class="btn" href="#/triage">{w.t("result-answer-again")}</a>
                <a class="btn" href="#/triage/history">{w.t("result-past")}</a>
            </div>
        </section>
    }
}

/// The routine made for these answers: every step with its reason, a
/// minutes chooser that re-composes it in place, Start, and Save.
#[component]
fn ComposedCard(answers: Answers, result_id: String) -> impl IntoView {
    let store = use_store();
    let session = crate::runtime::session::use_session();
    let w = use_words();
    let say = move |m: &Message| w.say(m);
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
        if let Some(r) = composed.with_untracked(|c| c.as_ref().map(|c| c.named(&say))) {
            crate::shell::routines::start_composed(session, r);
        }
    };
    let save = move |_| {
        if let Some(mut r) = composed.with_untracked(|c| c.as_ref().map(|c| c.named(&say))) {
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
                let minutes = (c.routine.total_seconds() + 30) / 60;
                let head = format!(
                    "{} · {}",
                    w.say(&c.name),
                    w.t_with(
                        "result-about-minutes",
                        &[("minutes", Arg::count(minutes.max(1)))]
                    )
                );
                let note = c.note.as_ref().map(|n| w.say(n)).unwrap_or_default();
                let no_note = note.is_empty();
                let steps = c
                    .routine
                    .steps
                    .iter()
                    .zip(&c.reasons)
                    .map(|(s, why)| {
                        let title = w.t_with(
                            "muscle-on-side",
                            &[("muscle", name_arg(s.muscle)), ("side", name_arg(s.side))],
                        );
                        let detail = w.t_with(
                            "result-step-detail",
                            &[
                                ("tool", name_arg(s.tool)),
                                ("spots", Arg::count(s.spots)),
                                ("hold", Arg::count(s.hold_s)),
                            ],
                        );
                        let rest = format!(" · {detail} {}", w.say(why));
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
            <h2 id="composed-title">{w.t("result-your-routine")}</h2>
            {minutes_choice("result_minutes", minutes.into(), Callback::new(choose))}
            {body}
            <div class="row">
                <button class="btn primary big" on:click=start>{w.t("result-start")}</button>
                <button class="btn" on:click=save>{w.t("result-save")}</button>
            </div>
            {move || saved.get().map(|id| view! {
                <p role="status">{w.t("result-saved")}" " <a href=format!("#/edit/{id}")>{w.t("result-change-in-builder")}</a></p>
            })}
        </section>
    }
}

/// Where the pain shows up (shaded) against where the knot sits (dot).
/// Coordinates are text: a number attribute would bring Rust's float
/// formatter (about 4 KB gzip) into the bundle for one dot.
pub fn referral_figure(s: Source) -> impl IntoView {
    let (pain, knot, label): (&str, (&str, &str), &str) = match s {
        Source::Iliacus => ("M34 58h16v44h-16z", ("44", "46"), "figure-iliacus"),
        Source::Psoas => ("M46 24h8v30h-8z", ("45", "40"), "figure-psoas"),
        Source::NerveInvolvement => ("M34 58h10v80h-10z", ("44", "46"), "figure-nerve"),
        Source::GluteMax => ("M36 48h28v14h-28z", ("42", "54"), "figure-glute-max"),
        Source::Hamstrings => ("M34 62h14v40h-14z", ("42", "80"), "figure-hamstrings"),
        Source::AdductorMagnus => ("M46 58h6v50h-6z", ("49", "66"), "figure-adductor-magnus"),
        Source::Quads | Source::Prevention | Source::NotTypical => {
            ("M34 58h16v44h-16z", ("42", "80"), "figure-in-place")
        }
    };
    let label = use_words().t(label);
    view! {
        <figure class="referral">
            <svg viewBox="0 0 100 150" role="img" aria-label=label.clone()>
                <path class="body" d="M50 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16zM36 22h28l5 34h-8l3 50l-4 40h-9l-1-70l-1 70h-9l-4-40l3-50h-8z"/>
                <path class="pain" d=pain/>
                <circle class="knot" cx=knot.0 cy=knot.1 r="4"/>
            </svg>
            <figcaption>{label}</figcaption>
        </figure>
    }
}
