//! The Share button with its QR code and link: on every routine's page, and
//! for a plan being made.

use crate::platform::share::{copy, share_link, share_text, Shared};
use crate::session::routine::Routine;
use crate::share::link_codec::encode;
use leptos::prelude::*;

/// The link for a code, relative to wherever the app is served.
pub fn link_to(code: &str) -> String {
    format!("{}#/r/{code}", crate::platform::page::base_url())
}

pub fn link_for(r: &Routine) -> String {
    link_to(&encode(r))
}

/// A QR code drawn as one SVG path, dark modules on a light quiet zone.
pub fn qr_svg(text: &str) -> Option<impl IntoView> {
    let qr = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Low).ok()?;
    let n = qr.size();
    let mut d = String::new();
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let vb = format!("0 0 {} {}", n + 8, n + 8);
    Some(view! {
        <svg class="qr" viewBox=vb role="img" aria-label="QR code of the link">
            <rect width="100%" height="100%" fill="#fff"/>
            <path d=d fill="#000"/>
        </svg>
    })
}

/// How a share went, as the catalogue key of what to say (`copied`: the
/// key for "copied", which says where to paste it).
fn shared_status(s: Shared, copied: &'static str) -> Option<&'static str> {
    match s {
        Shared::Sheet => Some("share-done"),
        Shared::Copied => Some(copied),
        Shared::Cancelled => None,
        Shared::Failed => Some("share-failed"),
    }
}

pub enum Send {
    /// The share sheet with a link, else the clipboard.
    Link,
    /// The share sheet with a message, else the clipboard.
    Text,
    Copy,
}

/// Shares or copies `body` and reports how it went in `status`. Every share
/// button goes through here: one task type, not one per button.
pub fn send(
    how: Send,
    title: String,
    body: String,
    copied: &'static str,
    status: RwSignal<Option<&'static str>>,
) {
    leptos::task::spawn_local(async move {
        let done = match how {
            Send::Link => share_link(&title, &body).await,
            Send::Text => share_text(&title, &body).await,
            Send::Copy => copy(&body).await,
        };
        status.set(shared_status(done, copied));
    });
}

pub const LINK_COPIED: &str = "share-link-copied";

/// A Share button that opens the share sheet (or copies) and shows the
/// link with its QR code, for whatever `url` holds when it is tapped.
#[component]
pub fn ShareBox(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] url: Signal<String>,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
) -> impl IntoView {
    let w = crate::runtime::words::use_words();
    let status = RwSignal::new(None::<&'static str>);
    let open = RwSignal::new(false);
    view! {
        <button class="btn" on:click=move |_| {
            open.set(true);
            send(Send::Link, title.get_untracked(), url.get_untracked(), LINK_COPIED, status);
        }>{label}</button>
        <Show when=move || open.get()>
            <div class="share-box card">
                <p role="status">{move || status.get().map(|k| w.t(k)).unwrap_or_default()}</p>
                {move || qr_svg(&url.get())}
                <p class="link"><a href=move || url.get()>{move || url.get()}</a></p>
                <p class="hint">{hint.clone()}</p>
            </div>
        </Show>
    }
}

#[component]
pub fn ShareRoutine(routine: Routine) -> impl IntoView {
    let w = crate::runtime::words::use_words();
    view! {
        <ShareBox title=w.routine_name(&routine) url=link_for(&routine) label=w.t("share-routine")
            hint=w.t("share-routine-hint")/>
    }
}
