//! A routine as a sheet: every step with its figure and spot guide. The
//! routine's page shows it, a plan's page prints it beside the plan.

use crate::session::routine::{Deepen, Routine, Side};
use crate::session::spot_guide::{figure_alt, figure_src, guide};
use crate::shell::widgets::cap;
use leptos::prelude::*;

#[component]
pub fn RoutineSheet(routine: Routine) -> impl IntoView {
    let steps = routine.steps;
    view! {
        <ol class="steps">
            {steps.into_iter().map(|s| {
                let g = guide(s.muscle);
                let title = format!("{} · {}", cap(s.muscle.label()), s.side.label());
                let detail = format!("{} · {} s per spot × {} {}", s.tool.label(), s.hold_s, s.spots, if s.spots == 1 { "spot" } else { "spots" });
                view! {
                    <li class="card step">
                        <div class="step-head">
                            <h2>{title}</h2>
                            <p>{detail}</p>
                            {(s.deepen != Deepen::None).then(|| view! { <p>"To go deeper: " {s.deepen.label()}</p> })}
                            {(s.side == Side::Both).then(|| view! { <p class="hint">"Left side first, then the right: the spots mirror across."</p> })}
                        </div>
                        // Inside the guide: full width, so its words read at
                        // arm's length, and painted only when opened (the first
                        // paint is the routine's words, not a late image).
                        // Lazy: fetched and laid out when opened, not beside
                        // a first visit's wasm.
                        <details>
                            <summary>"Spot guide, with a figure"</summary>
                            <img class="spot-figure" loading="lazy" src=figure_src(s.muscle, s.side) alt=figure_alt(s.muscle, s.side) width="240" height="262"/>
                            <dl>
                                <dt>"Where"</dt><dd>{g.where_it_is}</dd>
                                <dt>"Find it"</dt><dd>{g.how_to_find}</dd>
                                <dt>"Place the tool"</dt><dd>{g.placing}</dd>
                                <dt>"What you should feel"</dt><dd>{g.feel}</dd>
                                <dt>"Stop if"</dt><dd>{g.stop_if}</dd>
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
