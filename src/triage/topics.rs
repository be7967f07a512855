//! The Learn topics: what the app teaches, in our own words from the domain
//! notes, each with the figure and the routine that go with it.

use super::rules::Source;
use crate::session::builtin;

pub struct Topic {
    pub slug: &'static str,
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub figure: Option<Source>,
    /// The built-in routine to try after reading.
    pub routine: &'static str,
}

pub const TOPICS: &[Topic] = &[
    Topic {
        slug: "iliopsoas",
        title: "The iliopsoas in one picture",
        paragraphs: &[
            "Two muscles share one tendon on the top of the thigh bone. The psoas starts on the sides of the low spine and runs diagonally down across the front of the pelvis. The iliacus lines the inside of the pelvic bowl and runs over the front of the hip joint.",
            "Together they lift your leg and steady your pelvis and spine. Running uses them on every stride: they pull the leg forward, then lengthen as it trails behind, all while holding the trunk steady. That is why almost every runner has some tightness here.",
        ],
        figure: Some(Source::Iliacus),
        routine: builtin::FRONT,
    },
    Topic {
        slug: "trigger-points",
        title: "Why the pain shows up somewhere else",
        paragraphs: &[
            "A trigger point is a small knot in a muscle that sends pain to another place. It can be quiet (a tender knot and nothing more) or active (it sends pain without being touched). Rough rubbing or hard stretching can wake a quiet one up.",
            "An iliacus knot sends an ache or tightness to the front and top of the thigh. A psoas knot tends to show as a vertical band beside the low spine. A tight iliopsoas can also crowd the nerves of the low back and give weakness, numbness, tingling or pain down the leg: that needs a clinician. Some runners even found glute, knee or foot pain eased after iliacus release.",
            "One side is usually worse than the other, but both can be involved.",
        ],
        figure: Some(Source::Psoas),
        routine: builtin::FRONT,
    },
    Topic {
        slug: "causes",
        title: "What starts and feeds the knots",
        paragraphs: &[
            "Asking too much of a muscle that is not ready, or a sudden overload such as catching yourself in a fall.",
            "Long hours with the hip bent: desk chairs, long drives, and worse when the knees sit higher than the hips or you lean forward. Sleeping curled up with the knees drawn in does the same at night.",
            "A short, tight front-of-thigh muscle keeps the iliopsoas short too. Whatever posture or activity sets a knot off keeps feeding it until it changes.",
        ],
        figure: None,
        routine: builtin::SITTING_RESET,
    },
    Topic {
        slug: "stretching",
        title: "Why stretching the quads alone often fails",
        paragraphs: &[
            "Rolling and stretching the front of the thigh helps blood flow and softens the tissue, but when the pain is sent from the hip, the knot is not in the thigh at all. The thigh feels better for an hour, then the ache returns.",
            "Direct, patient pressure on the knot itself works better: 30 to 90 seconds on one spot while you breathe and let the muscle melt over the tool, then a couple of inches further on to the next spot. Work the opposing muscles too: glute, hamstrings and the inner thigh.",
        ],
        figure: None,
        routine: builtin::DAILY_FLOSS,
    },
    Topic {
        slug: "flossing",
        title: "Flossing for your core",
        paragraphs: &[
            "Knots come back when the habits that made them stay. The fix is small and regular: a few minutes of release most days, like flossing, and fewer long stretches of bent-hip sitting.",
            "Regular beats intense. The habit tracker counts every session and shows whether your tightness is going down as the habit grows.",
        ],
        figure: None,
        routine: builtin::DAILY_FLOSS,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_a_unique_slug_words_and_a_routine_that_exists() {
        for (i, t) in TOPICS.iter().enumerate() {
            assert!(
                !t.paragraphs.is_empty() && !t.title.is_empty(),
                "{}",
                t.slug
            );
            assert!(TOPICS[..i].iter().all(|x| x.slug != t.slug), "{}", t.slug);
            assert!(builtin::by_id(t.routine).is_some(), "{}", t.routine);
        }
    }
}
