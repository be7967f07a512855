//! The words a person reads and hears, in their own language. The core
//! decides and returns values; the sentences come from a catalogue per
//! language, written by translators in Fluent's syntax (`i18n/<tag>/*.ftl`)
//! and compiled at build time into the small form `catalogue` reads. Plural
//! categories and number formats come from the platform (the browser's
//! `Intl`), through `Locale`.
pub mod catalogue;
#[cfg(test)]
pub mod english;
pub mod key;
pub mod language;
pub mod unavailable;
