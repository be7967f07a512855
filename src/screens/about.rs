//! What the app is and is not, where its facts come from, and its version.

use crate::words::catalogue::Arg;
use leptos::prelude::*;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The day of the release build (`None`: a development build).
pub const BUILD_DATE: Option<&str> = option_env!("QUADS_BUILD_DATE");

#[component]
pub fn About() -> impl IntoView {
    let w = crate::runtime::words::use_words();
    view! {
        <section class="screen prose">
            <h1 tabindex="-1">{w.t("about-title")}</h1>
            <p>{w.t("about-what")}</p>
            <h2>{w.t("about-not-title")}</h2>
            <p class="safety">{w.t("about-not")}</p>
            <h2>{w.t("about-safety-title")}</h2>
            <ul>
                <li>{w.t("about-safety-emergency")}</li>
                <li>{w.t("about-safety-belly")}</li>
                <li>{w.t("about-safety-press")}</li>
            </ul>
            <h2>{w.t("about-source-title")}</h2>
            <p>{w.t("about-source")}</p>
            <h2>{w.t("about-data-title")}</h2>
            <p>{w.t("about-data")}</p>
            <h2>{w.t("about-version-title")}</h2>
            <p>{w.t_with("about-version", &[("version", Arg::Text(VERSION.into())), ("date", Arg::Text(BUILD_DATE.map_or_else(|| w.t("about-development"), str::to_string)))])}</p>
            <p><a href="#/settings">{w.t("about-back")}</a></p>
        </section>
    }
}
