//! Settings: look, sound, and the user's data (export, import, storage).

use crate::platform::{audio, download::download, local_store, speech, vibration};
use crate::runtime::store::use_store;
use crate::shell::widgets::{note, Toggle};
use crate::storage::envelope;
use crate::storage::merge::{merge, MergePreview};
use crate::storage::schema::{Data, Theme};
use leptos::prelude::*;

#[component]
pub fn Settings() -> impl IntoView {
    let store = use_store();
    let s = move || store.data.with(|d| d.settings.clone());
    let theme_choice = move |t: Theme, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="theme" prop:checked=move || s().theme == t on:change=move |_| store.update(|d| d.settings.theme = t)/>
                <span>{label}</span>
            </label>
        }
    };
    let tested = RwSignal::new(None::<&'static str>);
    view! {
        <section class="screen">
            <h1 tabindex="-1">"Settings"</h1>
            {note("notice", "status", store.notice.into())}

            <fieldset class="card">
                <legend>"Theme"</legend>
                <div class="choices">
                    {theme_choice(Theme::System, "Like the phone")}
                    {theme_choice(Theme::Light, "Light")}
                    {theme_choice(Theme::Dark, "Dark")}
                </div>
            </fieldset>

            <fieldset class="card">
                <legend>"During a session"</legend>
                <Toggle label="Sound cues" hint="Tones for start, halfway, last seconds, move, switch and done" checked=Signal::derive(move || s().sound) on_change=move |v| store.update(|d| d.settings.sound = v)/>
                // Offer only what this phone can do: no iPhone can vibrate.
                {speech::available().then(|| view! {
                    <Toggle label="Voice" hint="Says the next spot, side, tool and time" checked=Signal::derive(move || s().voice) on_change=move |v| store.update(|d| d.settings.voice = v)/>
                })}
                {vibration::available().then(|| view! {
                    <Toggle label="Vibration" hint="A buzz with each cue" checked=Signal::derive(move || s().vibration) on_change=move |v| store.update(|d| d.settings.vibration = v)/>
                })}
                <fieldset class="choices">
                    <legend>"Sound and your music"</legend>
                    <label class="choice">
                        <input type="radio" name="audio-mode" prop:checked=move || !s().mix_with_music on:change=move |_| store.update(|d| d.settings.mix_with_music = false)/>
                        <span>"Keep cues with the screen off (pauses other audio)"</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="audio-mode" prop:checked=move || s().mix_with_music on:change=move |_| store.update(|d| d.settings.mix_with_music = true)/>
                        <span>"Mix with my music (keep the screen on)"</span>
                    </label>
                    <p class="hint">"With the screen off, a phone keeps playing one sound track but stops a page's other sounds, voice and vibration. The first choice plays the whole session as that track; the second keeps your podcast or music going, and the cues need the screen on."</p>
                </fieldset>
                <button class="btn" on:click=move |_| {
                    let ok = audio::test_sound(crate::session::cue::notes(crate::session::cue::CueKind::HoldStart), crate::session::cue::NOTE_GAP_S);
                    if s().voice && speech::available() { speech::speak("Right iliacus, massage ball, 60 seconds"); }
                    tested.set(Some(if ok { "You should hear a rising two-note tone. If not, check the volume." } else { "This browser cannot play sound." }));
                }>"Test sound"</button>
                <p role="status" class="hint">{move || tested.get().unwrap_or("")}</p>
            </fieldset>

            <DataSection/>

            <p><a class="btn" href="#/about">"About, sources and safety"</a></p>
        </section>
    }
}

#[component]
fn DataSection() -> impl IntoView {
    let store = use_store();
    let persisted = RwSignal::new(None::<Option<bool>>);
    leptos::task::spawn_local(
        async move { persisted.set(Some(local_store::is_persisted().await)) },
    );
    let import_error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<(Data, MergePreview)>);
    let imported = RwSignal::new(None::<String>);

    let export = move |_| {
        let json = envelope::save(&store.data.get_untracked());
        let day = crate::runtime::day::today();
        let _ = download(
            &format!("quads-backup-{day}.json"),
            "application/json",
            &json,
        );
    };
    let on_file = move |ev: leptos::ev::Event| {
        import_error.set(None);
        imported.set(None);
        pending.set(None);
        let Some((size, text)) = crate::platform::file::take_picked(&ev) else {
            return;
        };
        if size > 20.0 * 1024.0 * 1024.0 {
            import_error.set(Some(
                "That file is too large to be a backup from this app.".into(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(text) = text.await else {
                import_error.set(Some("The file could not be read.".into()));
                return;
            };
            match envelope::parse(&text) {
                Ok((incoming, _, _)) => {
                    let (_, preview) = merge(&store.data.get_untracked(), &incoming);
                    pending.set(Some((incoming, preview)));
                }
                Err(e) => import_error.set(Some(format!("Nothing was imported. {e}"))),
            }
        });
    };
    let confirm = move |_| {
        if let Some((incoming, p)) = pending.get_untracked() {
            store.update(|d| *d = merge(d, &incoming).0);
            imported.set(Some(format!("Imported: {} sessions, {} habit entries, {} routines, {} triage results added; {} updated.", p.new_sessions, p.new_entries, p.new_routines, p.new_triage_results, p.updated)));
            pending.set(None);
        }
    };
    let keep = move |_| {
        leptos::task::spawn_local(async move {
            persisted.set(Some(local_store::request_persist().await))
        });
    };
    view! {
        <fieldset class="card">
            <legend>"Your data"</legend>
            <p class="hint">"Everything stays on this phone. A backup file lets you move it or keep it safe."</p>
            <p class="storage-status">{move || match persisted.get() {
                Some(Some(true)) => "Storage: protected. The browser will not clear it to free space.",
                Some(Some(false)) => "Storage: not protected yet. The browser may clear it when space runs low; installing the app and exporting backups helps.",
                Some(None) => "Storage: this browser does not say whether it keeps data.",
                None => "Storage: checking…",
            }}</p>
            <Show when=move || persisted.get() == Some(Some(false))>
                <button class="btn" on:click=keep>"Ask the browser to keep my data"</button>
            </Show>
            <button class="btn" on:click=export>"Export backup (JSON)"</button>
            <label class="btn file">
                "Import backup…"
                <input type="file" accept="application/json,.json" class="visually-hidden" on:change=on_file/>
            </label>
            {note("error", "alert", import_error.into())}
            <Show when=move || pending.get().is_some()>
                {move || pending.get().map(|(_, p)| view! {
                    <div class="preview" role="group" aria-label="Import preview">
                        <p><strong>"This backup will add:"</strong></p>
                        <ul>
                            <li>{p.new_sessions} " sessions"</li>
                            <li>{p.new_entries} " habit entries"</li>
                            <li>{p.new_routines} " routines"</li>
                            <li>{p.new_triage_results} " triage results"</li>
                            <li>{p.updated} " newer versions of items you have"</li>
                        </ul>
                        <p class="hint">"Nothing on this phone is removed."</p>
                        <button class="btn primary" on:click=confirm>"Import"</button>
                        <button class="btn" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                })}
            </Show>
            {note("", "status", imported.into())}
            {note("notice", "note", Signal::derive(move || store.data.with(|d| (!d.quarantine.is_empty()).then(|| format!("{} item(s) could not be read and are set aside; they are included in every export.", d.quarantine.len())))))}
        </fieldset>
    }
}
