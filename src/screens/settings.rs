//! Settings: look, sound, and the user's data (export, import, storage).

use crate::platform::{audio, download::download, local_store, speech, vibration};
use crate::runtime::store::use_store;
use crate::runtime::words::use_words;
use crate::shell::widgets::{note, Toggle};
use crate::storage::envelope;
use crate::storage::merge::{merge, MergePreview};
use crate::storage::schema::{Data, Theme};
use crate::words::catalogue::{Arg, Message};
use crate::words::language::Language;
use leptos::prelude::*;

#[component]
pub fn Settings() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let s = move || store.data.with(|d| d.settings.clone());
    let theme_choice = move |t: Theme, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="theme" prop:checked=move || s().theme == t on:change=move |_| store.update(|d| d.settings.theme = t)/>
                <span>{w.t(label)}</span>
            </label>
        }
    };
    let tested = RwSignal::new(None::<&'static str>);
    view! {
        <section class="screen">
            <h1 tabindex="-1">{w.t("settings-title")}</h1>
            {note("notice", "status", Signal::derive(move || store.notice.get().map(|m| w.say(&m))))}

            <LanguageChoice/>

            <fieldset class="card">
                <legend>{w.t("settings-theme")}</legend>
                <div class="choices">
                    {theme_choice(Theme::System, "settings-theme-system")}
                    {theme_choice(Theme::Light, "settings-theme-light")}
                    {theme_choice(Theme::Dark, "settings-theme-dark")}
                </div>
            </fieldset>

            <fieldset class="card">
                <legend>{w.t("settings-session")}</legend>
                <Toggle label=w.t("settings-sound") hint=w.t("settings-sound-hint") checked=Signal::derive(move || s().sound) on_change=move |v| store.update(|d| d.settings.sound = v)/>
                // Offer only what this phone can do: no iPhone can vibrate.
                {speech::available().then(|| view! {
                    <Toggle label=w.t("settings-voice") hint=w.t("settings-voice-hint") checked=Signal::derive(move || s().voice) on_change=move |v| store.update(|d| d.settings.voice = v)/>
                })}
                {vibration::available().then(|| view! {
                    <Toggle label=w.t("settings-vibration") hint=w.t("settings-vibration-hint") checked=Signal::derive(move || s().vibration) on_change=move |v| store.update(|d| d.settings.vibration = v)/>
                })}
                <fieldset class="choices">
                    <legend>{w.t("settings-audio-mode")}</legend>
                    <label class="choice">
                        <input type="radio" name="audio-mode" prop:checked=move || !s().mix_with_music on:change=move |_| store.update(|d| d.settings.mix_with_music = false)/>
                        <span>{w.t("settings-audio-track")}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="audio-mode" prop:checked=move || s().mix_with_music on:change=move |_| store.update(|d| d.settings.mix_with_music = true)/>
                        <span>{w.t("settings-audio-mix")}</span>
                    </label>
                    <p class="hint">{w.t("settings-audio-why")}</p>
                </fieldset>
                <button class="btn" on:click=move |_| {
                    let ok = audio::test_sound(crate::session::cue::notes(crate::session::cue::CueKind::HoldStart), crate::session::cue::NOTE_GAP_S);
                    if s().voice && speech::available() { speech::speak(&w.t("settings-test-voice")); }
                    tested.set(Some(if ok { "settings-test-heard" } else { "settings-test-no-sound" }));
                }>{w.t("settings-test-sound")}</button>
                <p role="status" class="hint">{move || tested.get().map(|k| w.t(k)).unwrap_or_default()}</p>
            </fieldset>

            <DataSection/>

            <p><a class="btn" href="#/about">{w.t("settings-about")}</a></p>
        </section>
    }
}

#[component]
fn DataSection() -> impl IntoView {
    let store = use_store();
    let w = use_words();
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
            import_error.set(Some(w.t("settings-import-too-large")));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(text) = text.await else {
                import_error.set(Some(w.t("settings-import-unreadable")));
                return;
            };
            match envelope::parse(&text) {
                Ok((incoming, _, _)) => {
                    let (_, preview) = merge(&store.data.get_untracked(), &incoming);
                    pending.set(Some((incoming, preview)));
                }
                Err(e) => import_error.set(Some(
                    w.t_with("settings-import-nothing", &[("why", e.said())]),
                )),
            }
        });
    };
    let confirm = move |_| {
        if let Some((incoming, p)) = pending.get_untracked() {
            store.update(|d| *d = merge(d, &incoming).0);
            let n = |k: &'static str, v: usize| {
                Arg::Said(Box::new(Message::new(k).with("n", Arg::count(v as u32))))
            };
            imported.set(Some(w.t_with(
                "settings-imported",
                &[
                    ("sessions", n("settings-import-sessions", p.new_sessions)),
                    ("entries", n("settings-import-entries", p.new_entries)),
                    ("routines", n("settings-import-routines", p.new_routines)),
                    (
                        "results",
                        n("settings-import-results", p.new_triage_results),
                    ),
                    ("updated", Arg::count(p.updated as u32)),
                ],
            )));
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
            <legend>{w.t("settings-data")}</legend>
            <p class="hint">{w.t("settings-data-why")}</p>
            <p class="storage-status">{move || w.t(match persisted.get() {
                Some(Some(true)) => "settings-storage-kept",
                Some(Some(false)) => "settings-storage-not-kept",
                Some(None) => "settings-storage-unknown",
                None => "settings-storage-checking",
            })}</p>
            <Show when=move || persisted.get() == Some(Some(false))>
                <button class="btn" on:click=keep>{w.t("settings-keep-data")}</button>
            </Show>
            <button class="btn" on:click=export>{w.t("settings-export")}</button>
            <label class="btn file">
                {w.t("settings-import")}
                <input type="file" accept="application/json,.json" class="visually-hidden" on:change=on_file/>
            </label>
            {note("error", "alert", import_error.into())}
            <Show when=move || pending.get().is_some()>
                {move || pending.get().map(|(_, p)| view! {
                    <div class="preview" role="group" aria-label=w.t("settings-import-preview")>
                        <p><strong>{w.t("settings-import-will-add")}</strong></p>
                        <ul>
                            {[
                                ("settings-import-sessions", p.new_sessions),
                                ("settings-import-entries", p.new_entries),
                                ("settings-import-routines", p.new_routines),
                                ("settings-import-results", p.new_triage_results),
                                ("settings-import-updated", p.updated),
                            ].map(|(k, n)| view! { <li>{w.t_with(k, &[("n", Arg::count(n as u32))])}</li> })}
                        </ul>
                        <p class="hint">{w.t("settings-import-keeps")}</p>
                        <button class="btn primary" on:click=confirm>{w.t("settings-import-confirm")}</button>
                        <button class="btn" on:click=move |_| pending.set(None)>{w.t("settings-import-cancel")}</button>
                    </div>
                })}
            </Show>
            {note("", "status", imported.into())}
            {note("notice", "note", Signal::derive(move || store.data.with(|d| (!d.quarantine.is_empty()).then(|| w.t_with("settings-quarantine", &[("n", Arg::count(d.quarantine.len() as u32))])))))}
        </fieldset>
    }
}

/// The language: "like the phone" (the browser's languages decide) or one
/// of the five, each named in itself. Stored with the rest of the settings
/// and exported with them. Says when a language cannot be had offline yet,
/// and when the phone has no voice for it.
#[component]
fn LanguageChoice() -> impl IntoView {
    let store = use_store();
    let w = use_words();
    let stored = move || store.data.with(|d| d.settings.language);
    let voices_listed = RwSignal::new(0u32);
    speech::on_voices_changed(move || voices_listed.update(|n| *n += 1));
    let no_voice = move || {
        voices_listed.track();
        speech::has_voice_for(w.language().tag()) == Some(false)
    };
    view! {
        <fieldset class="card">
            <legend>{w.t("settings-language")}</legend>
            <label class="field">
                <span class="visually-hidden">{w.t("settings-language")}</span>
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    store.update(|d| d.settings.language = Language::from_tag(&v));
                }>
                    <option value="" selected=move || stored().is_none()>{w.t("settings-language-auto")}</option>
                    {Language::ALL.map(|l| view! {
                        <option value=l.tag() lang=l.tag() selected=move || stored() == Some(l)>{l.own_name()}</option>
                    })}
                </select>
            </label>
            <Show when=move || w.missing.get().is_some()>
                <p class="notice" role="status">{w.t("settings-language-offline")}</p>
            </Show>
            <Show when=no_voice>
                <p class="hint" role="note">{w.t("settings-no-voice")}</p>
            </Show>
        </fieldset>
    }
}
