//! Choosing how often: every day, some days each week, or every few days.
//! The habit settings and a plan being made both ask it.

use crate::habit::target::{Target, DAYS_APART, DAYS_A_WEEK};
use leptos::prelude::*;

#[component]
pub fn TargetPicker(
    #[prop(into)] value: Signal<Target>,
    #[prop(into)] set: Callback<Target>,
) -> impl IntoView {
    let kind = move || match value.get() {
        Target::Daily => "daily",
        Target::PerWeek(_) => "week",
        Target::EveryNDays(_) => "every",
    };
    let n = move || match value.get_untracked() {
        Target::Daily => 1,
        Target::PerWeek(n) | Target::EveryNDays(n) => n,
    };
    let w = crate::runtime::words::use_words();
    let set = move |t: Target| {
        if t.is_valid() {
            set.run(t)
        }
    };
    view! {
        <label class="field">{w.t("target-how-often")}
            <select on:change=move |ev| match event_target_value(&ev).as_str() {
                "daily" => set(Target::Daily),
                // Switching kind keeps the number where it fits (at least 3 a week).
                "week" => set(Target::PerWeek(n().max(3)).clamped()),
                _ => set(Target::EveryNDays(n()).clamped()),
            }>
                <option value="daily" selected=move || kind() == "daily">{w.t("target-every-day")}</option>
                <option value="week" selected=move || kind() == "week">{w.t("target-some-days")}</option>
                <option value="every" selected=move || kind() == "every">{w.t("target-every-few")}</option>
            </select>
        </label>
        <Show when=move || kind() != "daily">
            <label class="field">{move || w.t(if kind() == "week" { "target-days-per-week" } else { "target-every-how-many" })}
                <input type="number" inputmode="numeric"
                    min=move || if kind() == "week" { DAYS_A_WEEK.start() } else { DAYS_APART.start() }.to_string()
                    max=move || if kind() == "week" { DAYS_A_WEEK.end() } else { DAYS_APART.end() }.to_string()
                    prop:value=move || match value.get() { Target::Daily => 1, Target::PerWeek(n) | Target::EveryNDays(n) => n }.to_string()
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                            set(if kind() == "week" { Target::PerWeek(v) } else { Target::EveryNDays(v) })
                        }
                    }/>
            </label>
        </Show>
    }
}
