//! The release check's referral, on Home and the Habit screen.

use crate::habit::release_check::{Quiet, Verdict};
use crate::platform::clock;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use leptos::prelude::*;

/// The release check's referral: plainly, with the numbers behind it, what
/// to tell the clinician, and the two answers that quiet it for four weeks.
/// Home and the Habit screen both show it; it shows nothing otherwise.
#[component]
pub fn CheckReferral() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let referral = Memo::new(move |_| {
        store.data.with(|d| {
            let t = habit_today(d);
            let c = d.release_check(t);
            c.refers(d.check_quiet.as_ref(), t).then_some(c)
        })
    });
    let answer = move |seen: bool| {
        store.update(|d| {
            let t = habit_today(d);
            d.check_quiet = Some(Quiet::new(t, seen, clock::wall_ms()));
        })
    };
    move || {
        referral.get().map(|c| {
            let rising = c.verdict == Verdict::SeeClinician { rising: true };
            view! {
                <section class="card clinician-referral" aria-labelledby="referral-title">
                    <h2 id="referral-title">{w.t("referral-title")}</h2>
                    <p class="referral-why">{w.say(&c.headline())}</p>
                    <ul class="because">{c.because().iter().map(|l| view! { <li>{w.say(l)}</li> }).collect_view()}</ul>
                    <p>{w.t("referral-why-now")}</p>
                    {rising.then(|| view! {
                        <p class="notice">{w.t("referral-anything-new")}" " <a href="#/triage">{w.t("referral-check-signs")}</a></p>
                    })}
                    <h3>{w.t("referral-what-to-tell")}</h3>
                    <ul class="tell">{c.for_the_clinician().iter().map(|l| view! { <li>{w.say(l)}</li> }).collect_view()}</ul>
                    <div class="row">
                        <a class="btn primary" href="#/progress">{w.t("referral-summary")}</a>
                        <button class="btn" on:click=move |_| answer(true)>{w.t("referral-seen")}</button>
                        <button class="btn" on:click=move |_| answer(false)>{w.t("referral-not-now")}</button>
                    </div>
                    <p class="hint">{w.t("referral-either")}</p>
                </section>
            }
        })
    }
}
