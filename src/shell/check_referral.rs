//! The release check's referral, on Home and the Habit screen.

use crate::habit::release_check::{Quiet, Verdict};
use crate::platform::clock;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use leptos::prelude::*;

/// The release check's referral: plainly, with the numbers behind it, what
/// to tell the clinician, and the two answers that quiet it for four weeks.
/// Home and the Habit screen both show it; it shows nothing otherwise.
#[component]
pub fn CheckReferral() -> impl IntoView {
    let store = use_store();
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
                    <h2 id="referral-title">"Time to see a clinician"</h2>
                    <p class="referral-why">{c.headline()}</p>
                    <ul class="because">{c.because().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p>"Regular release that brings no change after two to four weeks is the sign to have it looked at: a physiotherapist or doctor can find what self-care cannot."</p>
                    {rising.then(|| view! {
                        <p class="notice">"Anything new as well, such as numbness, tingling, weakness, or pain at night? The app asks the warning-sign questions again before your next session. " <a href="#/triage">"Check the warning signs now"</a></p>
                    })}
                    <h3>"What to tell them"</h3>
                    <ul class="tell">{c.for_the_clinician().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <div class="row">
                        <a class="btn primary" href="#/progress">"Summary to print or send"</a>
                        <button class="btn" on:click=move |_| answer(true)>"I have seen someone"</button>
                        <button class="btn" on:click=move |_| answer(false)>"Not now"</button>
                    </div>
                    <p class="hint">"Either answer hides this for four weeks; then the check looks again."</p>
                </section>
            }
        })
    }
}
