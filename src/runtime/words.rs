//! The words a person reads: their language's catalogue, loaded at start
//! and loaded again when the chosen language changes. This context is the
//! one owner of which catalogue is showing; the choice itself is stored in
//! the settings (`store`), and the App passes it here.

use crate::platform::{intl, page, words_file};
use crate::pwa;
use crate::session::builtin;
use crate::session::routine::Routine;
use crate::words::catalogue::{Arg, Catalogue, DayForm, Locale, Message, PlainNumbers};
use crate::words::language::Language;
use leptos::prelude::*;
use std::sync::Arc;

/// Plurals and numbers through the browser's `Intl`, plain where it has none.
struct Numbers(&'static str);

impl Locale for Numbers {
    fn plural(&self, value: f64, decimals: u8) -> String {
        intl::plural(self.0, value, decimals)
            .unwrap_or_else(|| PlainNumbers.plural(value, decimals))
    }
    fn number(&self, value: f64, decimals: u8) -> String {
        intl::number(self.0, value, decimals)
            .unwrap_or_else(|| PlainNumbers.number(value, decimals))
    }
    fn day(&self, y: i32, m: u8, d: u8, form: DayForm) -> String {
        // English days are the app's own form ("Monday 7 December 2026"),
        // the same on every screen and in every browser; the other
        // languages' come from Intl.
        if self.0 == Language::English.tag() {
            return PlainNumbers.day(y, m, d, form);
        }
        let fields: &[(&str, &str)] = match form {
            DayForm::Full => &[
                ("weekday", "long"),
                ("day", "numeric"),
                ("month", "long"),
                ("year", "numeric"),
            ],
            DayForm::DayMonth => &[("day", "numeric"), ("month", "long")],
            DayForm::DayMonthYear => &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
            DayForm::MonthYear => &[("month", "long"), ("year", "numeric")],
            DayForm::WeekdayShort => &[("weekday", "short")],
        };
        intl::date(self.0, y, m, d, fields).unwrap_or_else(|| PlainNumbers.day(y, m, d, form))
    }
}

#[derive(Clone, Copy)]
pub struct Words {
    current: RwSignal<Option<(Language, Arc<Catalogue>)>>,
    /// No catalogue at all could be loaded, not even English's.
    pub failed: RwSignal<bool>,
    /// A language asked for that could not be loaded (offline before it was
    /// ever fetched): the one showing stays, and Settings says so.
    pub missing: RwSignal<Option<Language>>,
}

impl Words {
    pub fn open(language: Language) -> Words {
        let w = Words {
            current: RwSignal::new(None),
            failed: RwSignal::new(false),
            missing: RwSignal::new(None),
        };
        w.switch(language);
        w
    }

    /// Shows `language`'s words once its catalogue is here.
    pub fn switch(self, language: Language) {
        if self.current.with_untracked(|c| c.as_ref().map(|c| c.0)) == Some(language) {
            self.missing.set(None);
            return;
        }
        leptos::task::spawn_local(async move {
            let loaded = words_file::fetch(language.tag())
                .await
                .and_then(|t| Catalogue::from_json(&t));
            match loaded {
                Ok(c) => {
                    page::set_root_attribute("lang", language.tag());
                    self.current.set(Some((language, Arc::new(c))));
                    self.missing.set(None);
                    pwa::words::keep_offline(language.tag());
                }
                Err(e) => {
                    crate::platform::feature::warn(&format!("words {}: {e}", language.tag()));
                    if self.current.with_untracked(Option::is_some) {
                        self.missing.set(Some(language));
                    } else if language != Language::English {
                        // Nothing showing yet: English rather than nothing.
                        self.missing.set(Some(language));
                        self.switch(Language::English);
                    } else {
                        self.failed.set(true);
                    }
                }
            }
        });
    }

    pub fn ready(self) -> bool {
        self.current.with(Option::is_some)
    }

    /// The language showing (English until a catalogue is here).
    pub fn language(self) -> Language {
        self.current
            .with(|c| c.as_ref().map(|c| c.0).unwrap_or_default())
    }

    /// A routine's name as the person reads it: a built-in routine is named
    /// by the catalogue, in the language showing (a link carries only its
    /// id); a routine someone made or composed keeps the words it has.
    pub fn routine_name(self, r: &Routine) -> String {
        if builtin::is_builtin(&r.id) {
            self.t(&format!("routine-{}-name", r.id))
        } else {
            r.name.clone()
        }
    }

    /// A routine's purpose, the same way.
    pub fn routine_purpose(self, r: &Routine) -> String {
        if builtin::is_builtin(&r.id) {
            self.t(&format!("routine-{}-purpose", r.id))
        } else {
            r.purpose.clone()
        }
    }

    /// A calendar day written in the language showing.
    pub fn day(self, d: crate::habit::civil_day::CivilDay, form: DayForm) -> String {
        self.t_with(
            "day-only",
            &[("day", crate::habit::calendar::day_arg(d, form))],
        )
    }

    /// The sentence the core decided on.
    pub fn say(self, m: &Message) -> String {
        self.t_with(&m.key, &m.args)
    }

    /// The sentence for `key`.
    pub fn t(self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The sentence for `key` with its values.
    pub fn t_with(self, key: &str, args: &[(&str, Arg)]) -> String {
        self.current.with(|c| match c {
            Some((l, cat)) => cat.format(key, args, &Numbers(l.tag())),
            None => key.to_string(),
        })
    }
}

pub fn use_words() -> Words {
    expect_context::<Words>()
}
