//! A routine as a sheet: every step with its figure and spot guide. The
//! routine's page shows it, a plan's page prints it beside the plan.

use crate::session::routine::{Deepen, Routine, Side};
use crate::session::spot_guide::{figure_alt, figure_src, guide, Part};
use crate::words::catalogue::Arg;
use crate::words::key::name_arg;
use leptos::prelude::*;

#[component]
pub fn RoutineSheet(routine: Routine) -> impl IntoView {
    let steps = routine.steps;
    let w = crate::runtime::words::use_words();
    view! {
        <ol class="steps">
            {steps.into_iter().map(|s| {
                let g = |part| w.say(&guide(s.muscle, part));
                let title = w.t_with("sheet-title", &[("muscle", name_arg(s.muscle)), ("side", name_arg(s.side))]);
                let detail = w.t_with("sheet-detail", &[("tool", name_arg(s.tool)), ("hold", Arg::count(s.hold_s)), ("spots", Arg::count(s.spots))]);
                view! {
                    <li class="card step">
                        <div class="step-head">
                            <h2>{title}</h2>
                            <p>{detail}</p>
                            {(s.deepen != Deepen::None).then(|| view! { <p>{w.t_with("sheet-deeper", &[("deepen", name_arg(s.deepen))])}</p> })}
                            {(s.side == Side::Both).then(|| view! { <p class="hint">{w.t("sheet-both-sides")}</p> })}
                        </div>
                        // Inside the guide: full width, so its words read at
                        // arm's length, and painted only when opened (the first
                        // paint is the routine's words, not a late image).
                        // Lazy: fetched and laid out when opened, not beside
                        // a first visit's wasm.
                        <details>
                            <summary>{w.t("sheet-guide")}</summary>
                            <img class="spot-figure" loading="lazy" src=figure_src(s.muscle, s.side) alt=w.say(&figure_alt(s.muscle, s.side)) width="240" height="262"/>
                            <dl>
                                <dt>{w.t("sheet-where")}</dt><dd>{g(Part::Where)}</dd>
                                <dt>{w.t("sheet-find")}</dt><dd>{g(Part::Find)}</dd>
                                <dt>{w.t("sheet-place")}</dt><dd>{g(Part::Place)}</dd>
                                <dt>{w.t("sheet-feel")}</dt><dd>{g(Part::Feel)}</dd>
                                <dt>{w.t("sheet-stop")}</dt><dd>{g(Part::StopIf)}</dd>
                            </dl>
                        </details>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// Opens every spot guide so the printed page carries them, then prints.
pub fn print_with_guides() {
    crate::platform::page::print_with_details_open();
}
