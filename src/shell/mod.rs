//! What every screen shares, and nothing that knows a screen: shell state,
//! navigation, small widgets, and the actions several capabilities take
//! (start a routine, save one, rate a day, share one).
//!
//! The house rule it keeps: capability views (`session::view`,
//! `triage::view`, `habit::view`, `share::view`) import this module and the
//! core, never each other; `app` is the router, the one module that knows
//! every screen, and nothing below it imports it.

pub mod check_referral;
pub mod lazy;
pub mod rating;
pub mod routine_sheet;
pub mod routines;
pub mod share_box;
pub mod target_picker;
pub mod today_card;
pub mod widgets;

use crate::route::{href, Route};
use leptos::prelude::*;

/// Shell-wide state every screen may read. Plain signals, handed out by
/// context so a screen re-renders only for what it reads.
#[derive(Clone, Copy)]
pub struct Shell {
    pub route: RwSignal<Route>,
    pub update_ready: RwSignal<bool>,
    pub can_install: RwSignal<bool>,
    /// Whether the person has moved from the screen the page opened on.
    pub navigated: RwSignal<bool>,
}

pub fn use_shell() -> Shell {
    expect_context::<Shell>()
}

/// Moves focus to the screen's heading once it is drawn (after a
/// navigation, or when a screen from a chunk has arrived).
pub fn focus_heading() {
    leptos::prelude::request_animation_frame(|| crate::platform::page::focus("main h1"));
}

pub fn navigate(r: &Route) {
    crate::platform::page::set_hash(&href(r));
}

pub fn current_hash() -> String {
    crate::platform::page::hash()
}
