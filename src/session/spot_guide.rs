//! How to find and work each spot, in our own words from the domain notes.

use super::routine::{Muscle, Side};
use crate::words::catalogue::Message;
use crate::words::key::{key, name_arg};

/// One part of a muscle's spot guide, as its catalogue says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Where the spot is.
    Where,
    /// How to find it.
    Find,
    /// How to place the tool.
    Place,
    /// What it should feel like.
    Feel,
    /// When to ease off: one line for the belly, one for the legs.
    StopIf,
}

/// The words of one part of `m`'s guide (`guide-iliacus-find`).
pub fn guide(m: Muscle, part: Part) -> Message {
    let muscle = key("guide", m, "");
    Message::new(match part {
        Part::Where => format!("{muscle}-where"),
        Part::Find => format!("{muscle}-find"),
        Part::Place => format!("{muscle}-place"),
        Part::Feel => format!("{muscle}-feel"),
        Part::StopIf if m.presses_belly() => "guide-stop-belly".into(),
        Part::StopIf => "guide-stop-leg".into(),
    })
}

/// The figure for a muscle on the side being worked: a static SVG in
/// `public/spots/`, precached, so it costs the app's start nothing and works
/// offline. Relative, so it works under any subpath. A step on both sides
/// starts on the left, so it shows the left.
pub fn figure_src(m: Muscle, side: Side) -> String {
    let name = match m {
        Muscle::Iliacus => "iliacus",
        Muscle::Psoas => "psoas",
        Muscle::GluteMax => "glute-max",
        Muscle::Hamstrings => "hamstrings",
        Muscle::AdductorMagnus => "adductor-magnus",
        Muscle::Quads => "quads",
    };
    let side = match side {
        Side::Right => "right",
        Side::Left | Side::Both => "left",
    };
    format!("spots/{name}-{side}.svg")
}

/// The figure's text alternative: where the spot is and how to find it.
pub fn figure_alt(m: Muscle, side: Side) -> Message {
    Message::new("guide-figure-alt")
        .with("muscle", name_arg(m))
        .with("side", name_arg(side))
        .with("where", guide(m, Part::Where).said())
        .with("find", guide(m, Part::Find).said())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::english::{english, say};

    /// Every muscle's figure ships in public/spots for each side, with a
    /// title and a description naming that side, and its alternative text
    /// says which side, where and how to find it.
    #[test]
    fn every_muscle_has_a_figure_per_side_with_text() {
        for m in Muscle::ALL {
            for (side, word) in [
                (Side::Left, "left"),
                (Side::Right, "right"),
                (Side::Both, "left"),
            ] {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("public")
                    .join(figure_src(m, side));
                let svg = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert!(svg.contains("<title") && svg.contains("<desc"), "{m:?}");
                assert!(
                    svg.contains(&format!("Where to release the {word} ")),
                    "{m:?} {side:?}: the title names the side"
                );
                assert!(
                    svg.contains("prefers-color-scheme: dark"),
                    "{m:?} has dark colours"
                );
                assert!(svg.contains("class=\"spot\""), "{m:?} marks its spots");
                let alt = say(&figure_alt(m, side));
                assert!(
                    alt.contains(&say(&guide(m, Part::Find))) && alt.contains(word),
                    "{alt}"
                );
                for part in [
                    Part::Where,
                    Part::Find,
                    Part::Place,
                    Part::Feel,
                    Part::StopIf,
                ] {
                    assert!(english().has(&guide(m, part).key), "{m:?} {part:?}");
                }
            }
        }
    }
}
