//! How to find and work each spot, in our own words from the domain notes.

use super::routine::{Muscle, Side};

pub struct SpotGuide {
    pub where_it_is: &'static str,
    pub how_to_find: &'static str,
    pub placing: &'static str,
    pub feel: &'static str,
    pub stop_if: &'static str,
}

const STOP_BELLY: &str = "Ease off at once if you feel a pulse under the tool, sharp or electric pain, or pain that spreads; never press through it.";
const STOP_LEG: &str =
    "Ease off if the pain turns sharp, burning or electric, or if the leg goes numb or tingles.";

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
pub fn figure_alt(m: Muscle, side: Side) -> String {
    let g = guide(m);
    let side = match side {
        Side::Both => "left (then right)",
        Side::Left => "left",
        Side::Right => "right",
    };
    format!(
        "Where to work the {side} {}: {} {}",
        m.label(),
        g.where_it_is,
        g.how_to_find
    )
}

pub fn guide(m: Muscle) -> SpotGuide {
    match m {
        Muscle::Iliacus => SpotGuide {
            where_it_is: "Lining the inside of the pelvic bowl, just inside the bony ridge at the front of your hip.",
            how_to_find: "Find the hip bone that sticks out at the front, then slide a finger inward and down, over the rim into the soft bowl.",
            placing: "Lie face down with the tool just inside that rim, angled toward the hip bone. Let your weight sink onto it slowly.",
            feel: "A deep, dull ache that may echo into the front of the thigh. That echo is the point.",
            stop_if: STOP_BELLY,
        },
        Muscle::Psoas => SpotGuide {
            where_it_is: "Deep in the belly beside the spine, running diagonally down toward the inner hip.",
            how_to_find: "From the belly button go about two fingers out to the side and a little down. Tighten the muscle by lifting the knee slightly to feel it.",
            placing: "Lie face down with the tool there, then let your belly relax around it. Go in gradually, never with a jab.",
            feel: "Deep pressure, sometimes a familiar ache in the low back or groin.",
            stop_if: STOP_BELLY,
        },
        Muscle::GluteMax => SpotGuide {
            where_it_is: "The big muscle of the buttock.",
            how_to_find: "Lie on your back with knees bent and feel for a tender spot in the meat of the buttock.",
            placing: "Put the ball under that spot. Let the knee on that side fall out to the side for more pressure.",
            feel: "A strong but bearable ache that fades as you breathe.",
            stop_if: STOP_LEG,
        },
        Muscle::Hamstrings => SpotGuide {
            where_it_is: "The back of the thigh, from the sit bone to behind the knee.",
            how_to_find: "Sit on the floor with the leg straight and feel along the back of the thigh for a tender band.",
            placing: "Put the roller or ball under that spot and let the leg's weight rest on it.",
            feel: "A spreading ache under the tool, easing over the hold.",
            stop_if: STOP_LEG,
        },
        Muscle::AdductorMagnus => SpotGuide {
            where_it_is: "The inner thigh, from the top near the groin down to the inner knee.",
            how_to_find: "Lie face down with one knee bent out to the side and feel along the inner thigh.",
            placing: "Rest the inner thigh on the roller or ball and let it sink in.",
            feel: "Tender, sometimes surprisingly so; it should soften with each breath.",
            stop_if: STOP_LEG,
        },
        Muscle::Quads => SpotGuide {
            where_it_is: "The front of the thigh.",
            how_to_find: "Lie face down and feel along the front of the thigh for a tight or tender patch.",
            placing: "Rest the thigh on the roller or ball. Quads work helps, but alone it rarely fixes pain sent from the hip.",
            feel: "A firm ache that eases.",
            stop_if: STOP_LEG,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                let alt = figure_alt(m, side);
                assert!(
                    alt.contains(guide(m).how_to_find) && alt.contains(word),
                    "{alt}"
                );
            }
        }
    }
}
