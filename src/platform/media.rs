//! The session track's player: one `<audio>` element for the whole session,
//! whose source is swapped when the track is rendered again (after a pause,
//! a skip, +15 s). Keeping one element keeps the lock screen's controls.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlAudioElement;

/// What the element reports that the session must act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Paused by something other than the app (a call, another app, the
    /// headphones unplugged, the lock screen).
    Paused,
    Ended,
    /// It cannot play: no autoplay, an unsupported file, a decoding error.
    Failed,
}

/// An element event name with the closure that handles it.
type Listener = (&'static str, Closure<dyn Fn()>);
/// Who hears the element's events (the session's clock).
type EventHandler = Rc<dyn Fn(Event)>;

struct Player {
    el: HtmlAudioElement,
    url: Option<String>,
    /// Kept alive as long as the element listens.
    listeners: Vec<Listener>,
}

thread_local! {
    static PLAYER: RefCell<Option<Player>> = const { RefCell::new(None) };
    static ON_EVENT: RefCell<Option<EventHandler>> = const { RefCell::new(None) };
    /// Which source is current: a refusal that comes back for an older one
    /// (replaced before it started) is not news.
    static SOURCE: Cell<u32> = const { Cell::new(0) };
}

/// Calls the session's handler outside the borrow, so that it may stop the
/// track or set a new handler.
fn report(e: Event) {
    let f = ON_EVENT.with(|f| f.borrow().clone());
    if let Some(f) = f {
        f(e)
    }
}

/// Where the session hears what happened to the track.
pub fn on_event(f: Box<dyn Fn(Event)>) {
    ON_EVENT.with(|x| *x.borrow_mut() = Some(Rc::from(f)));
}

fn create() -> Option<Player> {
    let el = HtmlAudioElement::new().ok()?;
    el.set_preload("auto");
    let mut listeners = Vec::new();
    for (name, what) in [
        ("pause", Event::Paused),
        ("ended", Event::Ended),
        ("error", Event::Failed),
    ] {
        let me = el.clone();
        let c = Closure::<dyn Fn()>::new(move || {
            // Events arrive after the fact: a pause that a new source's
            // play() has already undone, or the pause before `ended`, is
            // not news. The session ignores a pause while it is paused.
            if what == Event::Paused && (!me.paused() || me.ended()) {
                return;
            }
            report(what);
        });
        let _ = el.add_event_listener_with_callback(name, c.as_ref().unchecked_ref());
        listeners.push((name, c));
    }
    Some(Player {
        el,
        url: None,
        listeners,
    })
}

/// Loads a WAV file and starts it. Must first run inside a tap (the
/// browser's autoplay rule); later swaps reuse the element that the tap
/// unlocked. A refusal is reported as `Event::Failed`.
pub fn play_wav(wav: &[u8]) -> bool {
    let loaded = PLAYER.with(|p| {
        let mut p = p.borrow_mut();
        if p.is_none() {
            *p = create();
        }
        let player = p.as_mut()?;
        let bytes = js_sys::Uint8Array::from(wav);
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("audio/wav");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(
            &js_sys::Array::of1(&bytes),
            &opts,
        )
        .ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let _ = player.el.pause();
        player.el.set_src(&url);
        if let Some(old) = player.url.replace(url) {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        Some(player.el.play().ok())
    });
    let source = SOURCE.get().wrapping_add(1);
    SOURCE.set(source);
    match loaded {
        Some(Some(promise)) => {
            leptos::task::spawn_local(async move {
                if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    // "AbortError": a newer source or a pause came first.
                    let name = e
                        .dyn_ref::<js_sys::Error>()
                        .map(|e| String::from(e.name()))
                        .unwrap_or_default();
                    if SOURCE.get() == source && name != "AbortError" {
                        report(Event::Failed);
                    }
                }
            });
            true
        }
        _ => {
            report(Event::Failed);
            false
        }
    }
}

/// The track's position in ms, while one is loaded and not finished.
pub fn position_ms() -> Option<f64> {
    PLAYER.with(|p| {
        let p = p.borrow();
        let p = p.as_ref()?;
        (p.url.is_some() && !p.el.ended()).then(|| p.el.current_time() * 1000.0)
    })
}

pub fn duration_ms() -> Option<f64> {
    PLAYER.with(|p| {
        let d = p.borrow().as_ref()?.el.duration();
        d.is_finite().then_some(d * 1000.0)
    })
}

pub fn is_playing() -> bool {
    PLAYER.with(|p| {
        p.borrow()
            .as_ref()
            .is_some_and(|p| p.url.is_some() && !p.el.paused() && !p.el.ended())
    })
}

/// Pauses (the session is paused first, so it does not hear of it).
pub fn pause() {
    PLAYER.with(|p| {
        if let Some(p) = p.borrow().as_ref() {
            let _ = p.el.pause();
        }
    });
}

/// Ends the track and lets the element go.
pub fn stop() {
    if let Some(p) = PLAYER.with(|p| p.borrow_mut().take()) {
        ON_EVENT.with(|f| f.borrow_mut().take());
        // Unhooked before the closures go: the element may still have
        // events queued.
        for (name, c) in &p.listeners {
            let _ =
                p.el.remove_event_listener_with_callback(name, c.as_ref().unchecked_ref());
        }
        let _ = p.el.pause();
        p.el.remove_attribute("src").ok();
        if let Some(u) = p.url {
            let _ = web_sys::Url::revoke_object_url(&u);
        }
    }
}
