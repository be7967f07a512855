//! The triage wizard, its result, the returning red-flag check and Learn.
//! Questions come from `wording`, the verdict from `assess`.

use crate::platform::clock;
use crate::route::Route;
use crate::runtime::store::{new_id, use_store, Store};
use crate::session::builtin;
use crate::shell::navigate;
use crate::shell::widgets::{cap, minutes_text, tool_label, OWNABLE_TOOLS};
use crate::triage::answers::*;
use crate::triage::assess::{assess, Assessment, Level};
use crate::triage::compose::{minutes_of, MINUTES};
use crate::triage::rules::Source;
use crate::triage::saved::{Draft, SavedResult};
use crate::triage::wording::{self, Wording};
use leptos::prelude::*;

const STEPS: u8 = 7;

fn save_draft(store: Store, draft: &Draft) {
    let d = draft.clone();
    store.update(|data| data.triage_draft = Some(d));
}

/// A yes / no / not sure question as a radio group with its "why we ask".
fn tri_question(
    name: String,
    w: Wording,
    get: impl Fn() -> Option<Tri> + Copy + Send + Sync + 'static,
    set: impl Fn(Tri) + Copy + 'static,
) -> impl IntoView {
    let opt = move |t: Tri, label: &'static str| {
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
            <div class="tri">{opt(Tri::Yes, "Yes")}{opt(Tri::No, "No")}{opt(Tri::NotSure, "Not sure")}</div>
            <p class="why">"Why we ask: " {w.why}</p>
        </fieldset>
    }
}

/// One yes / no / not sure question per key, answered into one of the
/// answer maps (emergency, clinician, contraindication).
fn tri_list<K: Copy + Ord + Send + Sync + 'static>(
    prefix: &'static str,
    keys: &'static [K],
    words: fn(K) -> Wording,
    read: fn(&Answers) -> &std::collections::BTreeMap<K, Tri>,
    write: fn(&mut Answers) -> &mut std::collections::BTreeMap<K, Tri>,
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

fn checkbox<T: Copy + Ord + Send + Sync + 'static>(
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

#[component]
pub fn Wizard() -> impl IntoView {
    let store = use_store();
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
    let step = move || draft.with(|d| d.step);
    let go = move |s: u8| {
        draft.update(|d| d.step = s);
        crate::platform::page::focus("main h1");
    };
    let emergency_answered = move || {
        draft.with(|d| {
            EmergencyFlag::ALL
                .iter()
                .all(|f| d.answers.emergency.contains_key(f))
        })
    };
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
    let next = move |_| {
        let s = step();
        if s == 1 {
            if !emergency_answered() {
                return;
            }
            if draft.with(|d| d.answers.emergency_flags().is_empty()) {
                store.update(|d| d.settings.last_red_flag_check_ms = Some(clock::wall_ms()));
            } else {
                // Stop: nothing else is asked, no routine is offered.
                go(99);
                return;
            }
        }
        if s >= STEPS {
            finish()
        } else {
            go(s + 1)
        }
    };
    let back = move |_| {
        let s = step();
        go(if s == 99 { 1 } else { s.saturating_sub(1) })
    };
    let title = move || match step() {
        0 => "Where does it come from?",
        1 => "First, warning signs",
        2 => "Signs to check with a clinician",
        3 => "Is belly pressure safe for you?",
        4 => "Where does it hurt?",
        5 => "What is it like?",
        6 => "Your days",
        7 => "Your time and tools",
        _ => "Get emergency care now",
    };
    view! {
        <section class="screen wizard">
            <h1 tabindex="-1">{title}</h1>
            <Show when=move || (1..=STEPS).contains(&step())>
                <p class="progress-text">{move || format!("Step {} of {STEPS}", step())}</p>
                <progress max=STEPS.to_string() value=move || step().to_string() aria-hidden="true"></progress>
            </Show>
            {move || match step() {
                0 => view! {
                    <div class="prose">
                        <p>"A few plain questions: first about warning signs that need a doctor, then about your pain and your days. At the end you get the likely source, why we think so, and a routine to start with."</p>
                        <p class="safety">"This is self-care guidance, not a diagnosis. Your answers stay on this phone."</p>
                        {resumed.then(|| view! { <p class="notice">"You have a half-finished triage; your answers are kept."</p> })}
                    </div>
                }.into_any(),
                1 => view! {
                    <p>"Answer each one. If you are not sure, say so: for these, not sure counts as yes."</p>
                    {tri_list("e", &EmergencyFlag::ALL, wording::emergency, |a| &a.emergency, |a| &mut a.emergency, draft)}
                    <Show when=move || !emergency_answered()>
                        <p class="hint">"Answer all six to continue."</p>
                    </Show>
                }.into_any(),
                2 => view! {
                    {tri_list("c", &ClinicianFlag::ALL, wording::clinician, |a| &a.clinician, |a| &mut a.clinician, draft)}
                }.into_any(),
                3 => view! {
                    <p>"The iliacus and psoas are reached by pressing into the belly. These conditions rule that out (glute and thigh work stays possible)."</p>
                    {tri_list("k", &Contra::ALL, wording::contra, |a| &a.contra, |a| &mut a.contra, draft)}
                }.into_any(),
                4 => view! {
                    <p class="why">"Why we ask: " {wording::WHY_REGION}</p>
                    <BodyMap draft=draft/>
                    <fieldset class="question">
                        <legend>"Where it hurts (choose all that apply)"</legend>
                        {Region::ALL.iter().map(|r| checkbox(wording::region(*r).0, *r, draft, |a| &mut a.regions)).collect_view()}
                    </fieldset>
                    {checkbox_flag("No pain right now: I want to keep it that way", draft, |a| &mut a.no_pain)}
                    <fieldset class="question">
                        <legend>"Which side?"</legend>
                        {[(PainSide::Left, "Left"), (PainSide::Right, "Right"), (PainSide::Both, "Both")].map(|(s, l)| view! {
                            <label class="tri-opt"><input type="radio" name="side" prop:checked=move || draft.with(|d| d.answers.side == Some(s)) on:change=move |_| draft.update(|d| d.answers.side = Some(s))/><span>{l}</span></label>
                        }).collect_view()}
                        <p class="why">"Why we ask: " {wording::WHY_SIDE}</p>
                    </fieldset>
                }.into_any(),
                5 => view! {
                    <fieldset class="question">
                        <legend>"What does it feel like?"</legend>
                        {Feeling::ALL.iter().map(|f| checkbox(wording::feeling(*f), *f, draft, |a| &mut a.feelings)).collect_view()}
                        <p class="why">"Why we ask: " {wording::WHY_FEELING}</p>
                    </fieldset>
                    <fieldset class="question">
                        <legend>"How long has it lasted?"</legend>
                        {[Duration::UnderTwoWeeks, Duration::TwoToSixWeeks, Duration::OverSixWeeks].map(|du| view! {
                            <label class="tri-opt"><input type="radio" name="duration" prop:checked=move || draft.with(|d| d.answers.duration == Some(du)) on:change=move |_| draft.update(|d| d.answers.duration = Some(du))/><span>{wording::duration(du).0}</span></label>
                        }).collect_view()}
                        <p class="why">"Why we ask: " {wording::WHY_DURATION}</p>
                    </fieldset>
                    <fieldset class="question">
                        <legend>"How bad is it right now? (0 none, 10 worst)"</legend>
                        <div class="scale-row">
                            {(0..=10u8).map(|n| view! {
                                <label class="scale-pt"><input type="radio" name="severity" prop:checked=move || draft.with(|d| d.answers.severity == Some(n)) on:change=move |_| draft.update(|d| d.answers.severity = Some(n))/><span>{n}</span></label>
                            }).collect_view()}
                        </div>
                        <p class="why">"Why we ask: " {wording::WHY_SEVERITY}</p>
                    </fieldset>
                    <fieldset class="question">
                        <legend>"What has not helped?"</legend>
                        {NotHelping::ALL.iter().map(|n| checkbox(wording::not_helping(*n).0, *n, draft, |a| &mut a.not_helping)).collect_view()}
                        <p class="why">"Why we ask: " {wording::WHY_NOT_HELPING}</p>
                    </fieldset>
                }.into_any(),
                6 => view! {
                    <label class="field">"Hours sitting on a typical day"
                        <select on:change=move |ev| { let v = event_target_value(&ev).parse::<u8>().ok(); draft.update(|d| d.answers.sitting_hours = v) }>
                            <option value="" selected=move || draft.with(|d| d.answers.sitting_hours.is_none())>"Not sure"</option>
                            {(0..=16u8).map(|h| view! { <option value=h.to_string() selected=move || draft.with(|d| d.answers.sitting_hours == Some(h))>{h}</option> }).collect_view()}
                        </select>
                    </label>
                    <fieldset class="question">
                        <legend>"Which of these fit you?"</legend>
                        {DayHabit::ALL.iter().map(|h| checkbox(wording::habit(*h).0, *h, draft, |a| &mut a.habits)).collect_view()}
                        <p class="why">"Why we ask: " {wording::WHY_DAY}</p>
                    </fieldset>
                }.into_any(),
                7 => view! {
                    {minutes_choice("minutes", Signal::derive(move || draft.with(|d| minutes_of(&d.answers))), Callback::new(move |m| draft.update(|d| d.answers.minutes = Some(m))))}
                    <p class="why">"Why we ask: the routine is fitted to your time, and you can change it on the result."</p>
                    <fieldset class="question">
                        <legend>"Which release tools do you have?"</legend>
                        {OWNABLE_TOOLS.iter().map(|t| {
                            let t = *t;
                            view! {
                                <label class="check">
                                    <input type="checkbox" prop:checked=move || draft.with(|d| d.answers.tools.contains(&t))
                                        on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.answers.set_tool(t, on)); }/>
                                    <span>{tool_label(t)}</span>
                                </label>
                            }
                        }).collect_view()}
                        <p class="why">"None yet? Leave them all empty: your hands and a ball from any sports shop will do. Your answer is kept for next time."</p>
                    </fieldset>
                }.into_any(),
                _ => view! { <EmergencyStop answers=draft.get().answers/> }.into_any(),
            }}
            <div class="row wizard-nav">
                <Show when=move || step() != 0>
                    <button class="btn" on:click=back>{move || if step() == 99 { "Change my answers" } else { "Back" }}</button>
                </Show>
                <Show when=move || step() != 99>
                    <button class="btn primary" on:click=next disabled=move || step() == 1 && !emergency_answered()>
                        {move || match step() { 0 if resumed => "Continue", 0 => "Start", s if s == STEPS => "See my result", _ => "Next" }}
                    </button>
                </Show>
                <Show when=move || (2..=STEPS).contains(&step())>
                    <button class="btn" on:click=move |_| { if step() >= STEPS { finish() } else { go(step() + 1) } }>"Skip"</button>
                </Show>
            </div>
        </section>
    }
}

/// "How long do you have?": one radio per choice in `MINUTES`. Not generic,
/// so the wizard and the result share one copy of it in the bundle.
fn minutes_choice(name: &'static str, current: Signal<u8>, set: Callback<u8>) -> impl IntoView {
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
fn checkbox_flag(
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

/// Front and back outlines with large tappable regions, kept in step with
/// the checkbox list below it (the accessible equivalent).
#[component]
fn BodyMap(draft: RwSignal<Draft>) -> impl IntoView {
    let region = move |r: Region, shape: &'static str| {
        let on = move || draft.with(|d| d.answers.regions.contains(&r));
        view! {
            <path class="region" class:on=on d=shape on:click=move |_| draft.update(|d| { if !d.answers.regions.remove(&r) { d.answers.regions.insert(r); } })/>
        }
    };
    view! {
        <div class="bodymap" aria-hidden="true">
            <svg viewBox="0 0 220 230">
                <text x="50" y="12" class="fig-label">"front"</text>
                <text x="150" y="12" class="fig-label">"back"</text>
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

#[component]
fn EmergencyStop(answers: Answers) -> impl IntoView {
    let flags = answers.emergency_flags();
    view! {
        <div class="level emergency" role="alert">
            <p class="level-title">"⚠ Contact emergency services or your local emergency number now."</p>
            <p>"Do not do any pressure release. Your answers include a sign that needs a doctor today:"</p>
            <ul>
                {flags.into_iter().map(|f| {
                    let w = wording::emergency(f);
                    let unsure = answers.emergency.get(&f) == Some(&Tri::NotSure);
                    view! { <li><strong>{w.said}</strong>{unsure.then_some(" (you were not sure; with this sign, not sure is treated as yes)")}". " {w.why}</li> }
                }).collect_view()}
            </ul>
            <p>"If you answered by mistake, you can change your answers."</p>
        </div>
    }
}

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

fn date_text(ms: f64) -> String {
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

#[component]
pub fn History() -> impl IntoView {
    let store = use_store();
    let results = move || {
        store.data.with(|d| {
            d.triage_results
                .iter()
                .rev()
                .map(|r| (r.id.clone(), r.at_ms, assess(&r.answers).level))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="screen">
            <h1 tabindex="-1">"Past results"</h1>
            {move || {
                let list = results();
                if list.is_empty() {
                    view! { <p>"No results yet."</p> }.into_any()
                } else {
                    view! { <ul class="history">{list.into_iter().map(|(id, at, level)| view! {
                        <li><a class="card action" href=format!("#/result/{id}")><strong>{date_text(at)}</strong><span>{level.title()}</span></a></li>
                    }).collect_view()}</ul> }.into_any()
                }
            }}
            <a class="btn primary" href="#/triage">"Answer the questions again"</a>
        </section>
    }
}

/// Before a routine starts when the last check is old (or missing): the six
/// emergency questions on one screen.
#[component]
pub fn RedFlagCheck(routine_id: String) -> impl IntoView {
    let store = use_store();
    let check = RwSignal::new(Draft::default());
    let answers = Signal::derive(move || check.with(|d| d.answers.clone()));
    let stopped = RwSignal::new(false);
    let routine = store.data.with_untracked(|d| d.find_routine(&routine_id));
    let all = move || {
        answers.with(|a| {
            EmergencyFlag::ALL
                .iter()
                .all(|f| a.emergency.contains_key(f))
        })
    };
    let Some(routine) = routine else {
        return view! { <section class="screen"><h1 tabindex="-1">"Routine not found"</h1><a class="btn" href="#/routines">"Routines"</a></section> }.into_any();
    };
    let r = StoredValue::new(routine);
    view! {
        <section class="screen wizard">
            <h1 tabindex="-1">"A quick safety check"</h1>
            <Show when=move || !stopped.get() fallback=move || view! {
                <EmergencyStop answers=answers.get()/>
                <button class="btn" on:click=move |_| stopped.set(false)>"Change my answers"</button>
            }>
                <p>"Before you start, six questions about warning signs. They come back every two weeks, and every day while your ratings are rising."</p>
                {tri_list("rf", &EmergencyFlag::ALL, wording::emergency, |a| &a.emergency, |a| &mut a.emergency, check)}
                <button class="btn primary big" disabled=move || !all() on:click=move |_| {
                    if answers.with_untracked(|a| a.emergency_flags().is_empty()) {
                        store.update(|d| d.settings.last_red_flag_check_ms = Some(clock::wall_ms()));
                        crate::shell::routines::begin_session(store, r.get_value());
                    } else {
                        stopped.set(true);
                    }
                }>"None of these: start " {r.get_value().name}</button>
            </Show>
        </section>
    }
    .into_any()
}

struct Topic {
    slug: &'static str,
    title: &'static str,
    paragraphs: &'static [&'static str],
    figure: Option<Source>,
    routine: &'static str,
}

const TOPICS: &[Topic] = &[
    Topic {
        slug: "iliopsoas",
        title: "The iliopsoas in one picture",
        paragraphs: &[
            "Two muscles share one tendon on the top of the thigh bone. The psoas starts on the sides of the low spine and runs diagonally down across the front of the pelvis. The iliacus lines the inside of the pelvic bowl and runs over the front of the hip joint.",
            "Together they lift your leg and steady your pelvis and spine. Running uses them on every stride: they pull the leg forward, then lengthen as it trails behind, all while holding the trunk steady. That is why almost every runner has some tightness here.",
        ],
        figure: Some(Source::Iliacus),
        routine: builtin::FRONT,
    },
    Topic {
        slug: "trigger-points",
        title: "Why the pain shows up somewhere else",
        paragraphs: &[
            "A trigger point is a small knot in a muscle that sends pain to another place. It can be quiet (a tender knot and nothing more) or active (it sends pain without being touched). Rough rubbing or hard stretching can wake a quiet one up.",
            "An iliacus knot sends an ache or tightness to the front and top of the thigh. A psoas knot tends to show as a vertical band beside the low spine. A tight iliopsoas can also crowd the nerves of the low back and give weakness, numbness, tingling or pain down the leg: that needs a clinician. Some runners even found glute, knee or foot pain eased after iliacus release.",
            "One side is usually worse than the other, but both can be involved.",
        ],
        figure: Some(Source::Psoas),
        routine: builtin::FRONT,
    },
    Topic {
        slug: "causes",
        title: "What starts and feeds the knots",
        paragraphs: &[
            "Asking too much of a muscle that is not ready, or a sudden overload such as catching yourself in a fall.",
            "Long hours with the hip bent: desk chairs, long drives, and worse when the knees sit higher than the hips or you lean forward. Sleeping curled up with the knees drawn in does the same at night.",
            "A short, tight front-of-thigh muscle keeps the iliopsoas short too. Whatever posture or activity sets a knot off keeps feeding it until it changes.",
        ],
        figure: None,
        routine: builtin::SITTING_RESET,
    },
    Topic {
        slug: "stretching",
        title: "Why stretching the quads alone often fails",
        paragraphs: &[
            "Rolling and stretching the front of the thigh helps blood flow and softens the tissue, but when the pain is sent from the hip, the knot is not in the thigh at all. The thigh feels better for an hour, then the ache returns.",
            "Direct, patient pressure on the knot itself works better: 30 to 90 seconds on one spot while you breathe and let the muscle melt over the tool, then a couple of inches further on to the next spot. Work the opposing muscles too: glute, hamstrings and the inner thigh.",
        ],
        figure: None,
        routine: builtin::DAILY_FLOSS,
    },
    Topic {
        slug: "flossing",
        title: "Flossing for your core",
        paragraphs: &[
            "Knots come back when the habits that made them stay. The fix is small and regular: a few minutes of release most days, like flossing, and fewer long stretches of bent-hip sitting.",
            "Regular beats intense. The habit tracker counts every session and shows whether your tightness is going down as the habit grows.",
        ],
        figure: None,
        routine: builtin::DAILY_FLOSS,
    },
];

#[component]
pub fn Learn(topic: Option<String>) -> impl IntoView {
    let store = use_store();
    match topic.and_then(|t| TOPICS.iter().find(|x| x.slug == t)) {
        None => view! {
            <section class="screen">
                <h1 tabindex="-1">"Learn"</h1>
                <p class="lead">"Understand before you press."</p>
                <ul class="topics">
                    {TOPICS.iter().map(|t| view! { <li><a class="card action" href=format!("#/learn/{}", t.slug)><strong>{t.title}</strong></a></li> }).collect_view()}
                </ul>
                <a class="btn primary" href="#/triage">"Find your likely source"</a>
            </section>
        }
        .into_any(),
        Some(t) => {
            let r = builtin::by_id(t.routine);
            view! {
                <section class="screen prose">
                    <h1 tabindex="-1">{t.title}</h1>
                    {t.figure.map(referral_figure)}
                    {t.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    {r.map(|r| {
                        let name = r.name.clone();
                        view! {
                            <div class="card recommend">
                                <p>"A routine that fits: " <strong>{name}</strong></p>
                                <button class="btn primary" on:click=move |_| crate::shell::routines::start_routine(store, &r)>"Start"</button>
                            </div>
                        }
                    })}
                    <p><a href="#/learn">"All topics"</a></p>
                </section>
            }
            .into_any()
        }
    }
}
