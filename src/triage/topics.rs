//! The Learn topics: what the app teaches, in our own words from the domain
//! notes, each with the figure and the routine that go with it.

use super::rules::Source;
use crate::session::builtin;
use crate::words::catalogue::Message;

/// A topic's words are its catalogue's: `topic-<slug>-title` and
/// `topic-<slug>-p1` to `-p<paragraphs>`.
pub struct Topic {
    pub slug: &'static str,
    pub paragraphs: u8,
    pub figure: Option<Source>,
    /// The built-in routine to try after reading.
    pub routine: &'static str,
}

pub const TOPICS: &[Topic] = &[
    Topic {
        slug: "iliopsoas",
        paragraphs: 2,
        figure: Some(Source::Iliacus),
        routine: builtin::FRONT,
    },
    Topic {
        slug: "trigger-points",
        paragraphs: 3,
        figure: Some(Source::Psoas),
        routine: builtin::FRONT,
    },
    Topic {
        slug: "causes",
        paragraphs: 3,
        figure: None,
        routine: builtin::SITTING_RESET,
    },
    Topic {
        slug: "stretching",
        paragraphs: 2,
        figure: None,
        routine: builtin::DAILY_FLOSS,
    },
    Topic {
        slug: "flossing",
        paragraphs: 2,
        figure: None,
        routine: builtin::DAILY_FLOSS,
    },
];

impl Topic {
    pub fn title(&self) -> Message {
        Message::new(format!("topic-{}-title", self.slug))
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = Message> + '_ {
        (1..=self.paragraphs).map(|i| Message::new(format!("topic-{}-p{i}", self.slug)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_a_unique_slug_words_and_a_routine_that_exists() {
        for (i, t) in TOPICS.iter().enumerate() {
            let en = crate::words::english::english();
            assert!(t.paragraphs > 0 && en.has(&t.title().key), "{}", t.slug);
            for p in t.paragraphs() {
                assert!(en.has(&p.key), "{}", p.key);
            }
            assert!(
                !en.has(&format!("topic-{}-p{}", t.slug, t.paragraphs + 1)),
                "{}: a paragraph the app would not show",
                t.slug
            );
            assert!(TOPICS[..i].iter().all(|x| x.slug != t.slug), "{}", t.slug);
            assert!(builtin::by_id(t.routine).is_some(), "{}", t.routine);
        }
    }
}
