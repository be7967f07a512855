//! Today's card: done or not, the streak, the running plan's week and the
//! usual routine one tap away. On Home; the habit's numbers come from the core.

use crate::habit::stats::Stats;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use crate::share::plan::Stage;
use crate::storage::schema::Data;
use leptos::prelude::*;

/// The habit's numbers for this data, as of today.
pub fn stats_of(d: &Data) -> Stats {
    Stats::of(d.habit_days(), d.settings.target, habit_today(d))
}

#[component]
pub fn TodayCard() -> impl IntoView {
    let store = use_store();
    let info = Memo::new(move |_| {
        store.data.with(|d| {
            let s = stats_of(d);
            let done = s.days.get(&s.today).is_some_and(|x| x.done);
            let usual = d
                .find_routine(&d.settings.usual_routine)
                .or_else(|| crate::session::builtin::all().into_iter().next());
            (done, s.streaks.current, s.target, usual)
        })
    });
    let plan = Memo::new(move |_| {
        store.data.with(|d| {
            let running = d.plan.as_ref()?;
            // Decoded once: the stage and the words come from the same plan.
            let p = running.plan()?;
            Some((
                crate::share::plan::stage(running.first_day, p.weeks, habit_today(d)),
                p.describe(),
            ))
        })
    });
    view! {
        <div class="card today" class:done=move || info.get().0>
            {move || plan.get().map(|(stage, what)| match stage {
                Stage::Week { n, of } => view! {
                    <p class="plan-line"><strong>{format!("Week {n} of {of}")}</strong>{format!(" of your plan: {what}.")}
                        " " <a href="#/progress">"Send my progress"</a></p>
                }.into_any(),
                Stage::Before { starts } => view! {
                    <p class="plan-line">{format!("Your plan ({what}) starts on {}.", crate::habit::calendar::day_text(starts))}</p>
                }.into_any(),
                Stage::Finished => view! {
                    <div class="plan-line">
                        <p><strong>"Your plan is done."</strong>{format!(" {} Tell the person who sent it how it went.", crate::shell::widgets::cap(&what))}</p>
                        <div class="row">
                            <a class="btn" href="#/progress">"Send my progress"</a>
                            <button class="btn" on:click=move |_| store.update(|d| d.close_plan())>"Close the plan"</button>
                        </div>
                    </div>
                }.into_any(),
            })}
            <p class="today-status">{move || {
                let (done, streak, target, _) = info.get();
                let s = if done { "Done today.".to_string() } else { "Not done yet today.".to_string() };
                format!("{s} Streak: {streak} {}.", target.unit(streak))
            }}</p>
            {move || info.get().3.map(|r| {
                let name = r.name.clone();
                view! {
                    <button class="btn primary big" on:click=move |_| crate::shell::routines::start_routine(store, &r)>"Start " {name}</button>
                }
            })}
            <a href="#/habit">"Habit details"</a>
        </div>
    }
}
