//! Today's card: done or not, the streak, the running plan's week and the
//! usual routine one tap away. On Home; the habit's numbers come from the core.

use crate::habit::calendar::day_arg;
use crate::habit::stats::Stats;
use crate::runtime::day::habit_today;
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use crate::share::plan::Stage;
use crate::storage::schema::Data;
use crate::words::catalogue::{Arg, DayForm};
use leptos::prelude::*;

/// The habit's numbers for this data, as of today.
pub fn stats_of(d: &Data) -> Stats {
    Stats::of(d.habit_days(), d.settings.target, habit_today(d))
}

#[component]
pub fn TodayCard() -> impl IntoView {
    let store = use_store();
    let session = crate::runtime::session::use_session();
    let w = use_words();
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
                p.said(),
            ))
        })
    });
    view! {
        <div class="card today" class:done=move || info.get().0>
            {move || plan.get().map(|(stage, what)| match stage {
                Stage::Week { n, of } => view! {
                    <p class="plan-line">{w.t_with("today-plan-week", &[("n", Arg::count(n)), ("of", Arg::count(of)), ("what", Arg::Said(Box::new(what)))])}
                        " " <a href="#/progress">{w.t("today-send-progress")}</a></p>
                }.into_any(),
                Stage::Before { starts } => view! {
                    <p class="plan-line">{w.t_with("today-plan-before", &[("what", Arg::Said(Box::new(what))), ("day", day_arg(starts, DayForm::Full))])}</p>
                }.into_any(),
                Stage::Finished => view! {
                    <div class="plan-line">
                        <p>{w.t_with("today-plan-finished", &[("what", Arg::Said(Box::new(what)))])}</p>
                        <div class="row">
                            <a class="btn" href="#/progress">{w.t("today-send-progress")}</a>
                            <button class="btn" on:click=move |_| store.update(|d| d.close_plan())>{w.t("today-close-plan")}</button>
                        </div>
                    </div>
                }.into_any(),
            })}
            <p class="today-status">{move || {
                let (done, streak, target, _) = info.get();
                w.t_with("today-status", &[
                    ("done", Arg::Text(if done { "yes" } else { "no" }.into())),
                    ("streak", Arg::count(streak)),
                    ("unit", Arg::Said(Box::new(target.unit_said(streak)))),
                ])
            }}</p>
            {move || info.get().3.map(|r| {
                let name = w.routine_name(&r);
                view! {
                    <button class="btn primary big" on:click=move |_| crate::shell::routines::start_routine(session, &r)>{w.t_with("today-start", &[("name", Arg::Text(name))])}</button>
                }
            })}
            <a href="#/habit">{w.t("today-habit-details")}</a>
        </div>
    }
}
