//! What the app is and is not, where its facts come from, and its version.

use leptos::prelude::*;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const BUILD_DATE: &str = match option_env!("QUADS_BUILD_DATE") {
    Some(d) => d,
    None => "development build",
};

#[component]
pub fn About() -> impl IntoView {
    view! {
        <section class="screen prose">
            <h1 tabindex="-1">"About Quads"</h1>
            <p>"Quads helps runners whose thighs stay tight however much they roll and stretch them. Often that pain is sent from knots (trigger points) in two deep hip flexors, the iliacus and the psoas. The app helps you find out whether that fits you, guides slow pressure holds on those muscles and their opposites, and helps you keep it up as a short, regular habit."</p>
            <h2>"What it is not"</h2>
            <p class="safety">"This is self-care guidance, not a diagnosis or treatment. It does not replace a physical therapist or doctor. If a warning sign appears, or nothing improves after 2 to 4 weeks of regular release, see a clinician."</p>
            <h2>"Safety"</h2>
            <ul>
                <li>"Get emergency care for numbness in the groin or inner thighs, new bladder or bowel trouble, sudden leg weakness, pain after a fall, a swollen warm calf or thigh, or belly pain with fever or a pulsing feeling."</li>
                <li>"Do not press into the belly if you are pregnant, had recent belly or hip surgery, have a hernia or an aortic aneurysm, take blood thinners, or have an active inflammatory bowel condition."</li>
                <li>"Press slowly and stop if you feel a pulse under the tool or sharp, electric or spreading pain."</li>
            </ul>
            <h2>"Source"</h2>
            <p>"The ideas here come from the article "<cite>"Chronically tight quads? It might be an iliacus trigger point"</cite>" by Christine Koth, physical therapist, restated in our own words. The warning signs are standard clinical screening questions."</p>
            <h2>"Your data"</h2>
            <p>"Everything stays on this phone. The app makes no requests to any other server: no accounts, no analytics, no fonts from elsewhere. Export a backup from Settings whenever you like."</p>
            <h2>"Version"</h2>
            <p>"Version " {VERSION} ", built " {BUILD_DATE} "."</p>
            <p><a href="#/settings">"Back to Settings"</a></p>
        </section>
    }
}
