//! For the core's own tests: the English catalogue, compiled from
//! `i18n/en` as the build does, so a test reads what a person would read.

#[path = "../../examples/catalogues/compile.rs"]
mod compile;

use super::catalogue::{Catalogue, Message, PlainNumbers};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub fn english() -> &'static Catalogue {
    static EN: OnceLock<Catalogue> = OnceLock::new();
    EN.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/en");
        let mut text = String::new();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("i18n/en")
            .map(|e| e.expect("a file").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        // Compiled together, as the build does: messages use each other
        // across files.
        for f in files {
            text.push_str(&std::fs::read_to_string(&f).expect("readable"));
            text.push('\n');
        }
        let all: BTreeMap<_, _> = compile::compile(&text).expect("English compiles");
        Catalogue::from_json(&serde_json::to_string(&all).expect("JSON")).expect("a catalogue")
    })
}

/// The message in English, as the app would show it.
pub fn say(m: &Message) -> String {
    english().say(m, &PlainNumbers)
}

/// In the core's tests a message prints as its English sentence.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&say(self))
    }
}
