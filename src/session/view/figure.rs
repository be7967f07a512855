//! A small body outline with the spot to work marked: front view for the
//! hip flexors, quads and inner thigh, back view for glute and hamstrings.

use crate::session::routine::Muscle;
use leptos::prelude::*;

/// Body outline shared by both views (a simple standing figure).
const BODY: &str = "M50 6a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM36 28h28l6 40h-8l-2 10l4 66h-12l-2-56h-0l-2 56h-12l4-66l-2-10h-8z";

pub fn figure(m: Muscle) -> impl IntoView {
    let (back, cx, cy, rx, ry, label) = match m {
        Muscle::Iliacus => (
            false,
            43.0,
            64.0,
            5.0,
            6.0,
            "Front view: the spot is just inside the front of the hip bone.",
        ),
        Muscle::Psoas => (
            false,
            45.0,
            54.0,
            4.0,
            8.0,
            "Front view: the spot is beside the belly button, deep in the belly.",
        ),
        Muscle::Quads => (
            false,
            43.0,
            95.0,
            5.0,
            14.0,
            "Front view: the front of the thigh.",
        ),
        Muscle::AdductorMagnus => (false, 48.0, 92.0, 3.0, 14.0, "Front view: the inner thigh."),
        Muscle::GluteMax => (
            true,
            43.0,
            70.0,
            7.0,
            7.0,
            "Back view: the middle of the buttock.",
        ),
        Muscle::Hamstrings => (
            true,
            43.0,
            98.0,
            5.0,
            14.0,
            "Back view: the back of the thigh.",
        ),
    };
    view! {
        <svg class="figure" viewBox="0 0 100 150" role="img" aria-label=label>
            <path class="body" d=BODY/>
            {back.then(|| view! { <path class="spine" d="M50 30v36"/> })}
            <ellipse class="spot" cx=cx cy=cy rx=rx ry=ry/>
            <text x="4" y="146" class="fig-label">{if back { "back" } else { "front" }}</text>
        </svg>
    }
}
