//! The languages the app speaks, and which one a person gets on a first
//! visit: the first of their browser's languages that the app has, by its
//! main subtag (`es-MX` finds Spanish, `pt-PT` the Brazilian Portuguese,
//! the only Portuguese there is), else English.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "de")]
    German,
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "pt-BR")]
    BrazilianPortuguese,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::German,
        Language::French,
        Language::BrazilianPortuguese,
    ];

    /// The languages a first visit may get from the browser's languages:
    /// all five, now that every screen reads from the catalogues. index.html's
    /// loader and the service worker list the same tags (a native test checks).
    pub const OFFERED: &'static [Language] = &Language::ALL;

    /// The BCP 47 tag: `<html lang>`, `Intl`, the catalogue's folder.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::German => "de",
            Language::French => "fr",
            Language::BrazilianPortuguese => "pt-BR",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::BrazilianPortuguese => "Português (Brasil)",
        }
    }

    /// The language with this exact tag.
    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first of `preferred` (the browser's languages, most wanted first)
    /// that the app speaks, by main subtag, case aside; English when none is.
    pub fn for_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        Language::first_of(preferred, &Language::ALL)
    }

    /// The first of `preferred` found among `among`, by main subtag; English
    /// when none is.
    pub fn first_of<'a>(
        preferred: impl IntoIterator<Item = &'a str>,
        among: &[Language],
    ) -> Language {
        preferred
            .into_iter()
            .find_map(|p| {
                let main = p.split(['-', '_']).next()?.to_ascii_lowercase();
                among.iter().copied().find(|l| l.tag()[..2] == main)
            })
            .unwrap_or_default()
    }

    /// The language a person reads: the one they chose, else the first of
    /// their browser's languages the app offers.
    pub fn chosen<'a>(
        stored: Option<Language>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Language {
        stored.unwrap_or_else(|| Language::first_of(browser, Language::OFFERED))
    }
}

/// Reads a stored language leniently: a tag this version does not know (a
/// backup from a newer one) reads as no choice, so the rest of the settings
/// still load and the browser's languages decide.
pub fn read_stored<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
    let tag: Option<String> = Option::deserialize(d)?;
    Ok(tag.as_deref().and_then(Language::from_tag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_browser_language_finds_the_app_language() {
        assert_eq!(Language::for_browser(["es-MX", "en"]), Language::Spanish);
        assert_eq!(Language::for_browser(["de-AT"]), Language::German);
        assert_eq!(Language::for_browser(["fr-CA", "fr"]), Language::French);
        assert_eq!(
            Language::for_browser(["pt-BR"]),
            Language::BrazilianPortuguese
        );
        assert_eq!(
            Language::for_browser(["pt-PT"]),
            Language::BrazilianPortuguese
        );
        assert_eq!(
            Language::for_browser(["PT_br"]),
            Language::BrazilianPortuguese
        );
        // The first the app speaks wins, in the browser's order.
        assert_eq!(
            Language::for_browser(["ja", "nl", "de", "es"]),
            Language::German
        );
        assert_eq!(Language::for_browser(["ja", "zh-Hant"]), Language::English);
        assert_eq!(Language::for_browser([]), Language::English);
        assert_eq!(Language::for_browser(["", "-", "e"]), Language::English);
    }

    #[test]
    fn tags_are_stored_and_read_back() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
            let text = serde_json::to_string(&l).unwrap();
            assert_eq!(text, format!("\"{}\"", l.tag()));
            assert_eq!(serde_json::from_str::<Language>(&text).unwrap(), l);
        }
        assert_eq!(Language::from_tag("pt"), None);
        assert!(serde_json::from_str::<Language>("\"xx\"").is_err());
    }

    #[test]
    fn a_stored_choice_wins_and_the_browser_finds_only_what_is_offered() {
        assert_eq!(
            Language::chosen(Some(Language::German), ["es"]),
            Language::German
        );
        let first = Language::first_of(["es-MX"], Language::OFFERED);
        assert!(Language::OFFERED.contains(&first));
        assert_eq!(Language::chosen(None, ["es-MX"]), first);
        assert_eq!(Language::chosen(None, ["ja"]), Language::English);
        assert_eq!(Language::chosen(None, ["es-MX", "en"]), Language::Spanish);
        assert_eq!(
            Language::chosen(None, ["pt-PT"]),
            Language::BrazilianPortuguese
        );
        assert_eq!(
            Language::first_of(["es-MX", "de"], &[Language::German]),
            Language::German
        );
    }

    #[test]
    fn a_language_this_version_does_not_know_reads_as_no_choice() {
        #[derive(Deserialize)]
        struct S {
            #[serde(default, deserialize_with = "read_stored")]
            language: Option<Language>,
        }
        let read = |t: &str| serde_json::from_str::<S>(t).unwrap().language;
        assert_eq!(read(r#"{"language":"de"}"#), Some(Language::German));
        assert_eq!(read(r#"{"language":"nl"}"#), None);
        assert_eq!(read(r#"{"language":null}"#), None);
        assert_eq!(read(r#"{}"#), None);
    }

    proptest! {
        #[test]
        fn any_list_of_tags_gives_a_language(tags in prop::collection::vec("\\PC{0,12}", 0..5)) {
            let l = Language::for_browser(tags.iter().map(String::as_str));
            prop_assert!(Language::ALL.contains(&l));
        }
    }
}
