//! A language's catalogue as the app reads it: every message compiled from
//! the translators' Fluent files into parts (text, a placeholder, a choice on
//! a number's plural category or on a word), and the one function that turns
//! a message and its values into the sentence a person reads.
//!
//! The compiled form, one JSON object per language:
//! `{"habit-days": ["This week: ", {"arg": "done"}, " of ", ...]}`, where a
//! choice is `{"select": "n", "cases": {"one": [...]}, "other": [...]}`.

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// One piece of a message. Written by the catalogue compiler (natively);
/// read back by `Catalogue::from_json` through `serde_json::Value`, which
/// the app already carries: an untagged `Deserialize` here cost the wasm
/// several KB (docs/decisions.md).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Part {
    Text(String),
    /// A value the code passes in, by name (`{ $days }` in the source).
    Arg {
        arg: String,
    },
    /// A choice on a value: an exact number (`[0]`), the number's plural
    /// category (`[one]`, `[few]`...) or a word (`[left]`); `other` is the
    /// default variant (`*[other]`).
    Select {
        select: String,
        cases: BTreeMap<String, Vec<Part>>,
        other: Vec<Part>,
    },
}

/// A value for a message's placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Shown as it is: a name the person typed, a word already in their language.
    Text(String),
    /// A number shown with this many decimals, in the language's own way
    /// ("5,0" in German), and choosing its plural form.
    Number { value: f64, decimals: u8 },
    /// A calendar day, written the language's way ("7 de diciembre").
    Day { y: i32, m: u8, d: u8, form: DayForm },
    /// Another sentence of the catalogue, written in place ("every day"
    /// inside "every day for 4 weeks").
    Said(Box<Message>),
}

/// How much of a day is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayForm {
    /// "Monday 7 December 2026".
    Full,
    /// "7 December".
    DayMonth,
    /// "7 December 2026".
    DayMonthYear,
    /// "December 2026", a calendar's title.
    MonthYear,
    /// "Mo", a calendar's column.
    WeekdayShort,
}

/// A sentence the core decided on: which message, with which values. The
/// words are the catalogue's; `Catalogue::say` writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub key: String,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Message {
        Message {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: Arg) -> Message {
        self.args.push((name, value));
        self
    }

    /// This message as another one's value.
    pub fn said(self) -> Arg {
        Arg::Said(Box::new(self))
    }

    /// The message as data, for whoever checks stored data that was set
    /// aside: `routine-invalid-hold(seconds=5, most=90)`. Written by hand:
    /// `{:?}` would bring Rust's float formatter into the entry module.
    pub fn detail(&self) -> String {
        let mut out = self.key.clone();
        if self.args.is_empty() {
            return out;
        }
        out.push('(');
        for (i, (name, value)) in self.args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(name);
            out.push('=');
            match value {
                Arg::Text(t) => out.push_str(t),
                Arg::Number { value, decimals } => {
                    out.push_str(&crate::number_text::fixed(*value, *decimals))
                }
                Arg::Day { y, m, d, .. } => out.push_str(&format!("{y:04}-{m:02}-{d:02}")),
                Arg::Said(m) => out.push_str(&m.detail()),
            }
        }
        out.push(')');
        out
    }
}

impl Arg {
    /// A number with one decimal ("5.0 days a week").
    pub fn tenths(value: f64) -> Arg {
        Arg::Number { value, decimals: 1 }
    }

    pub fn count(n: impl Into<f64>) -> Arg {
        Arg::Number {
            value: n.into(),
            decimals: 0,
        }
    }
}

/// What a language does with numbers, from the platform: `Intl.PluralRules`
/// and `Intl.NumberFormat` in the browser.
pub trait Locale {
    /// The plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of
    /// `value` written with `decimals` decimals.
    fn plural(&self, value: f64, decimals: u8) -> String;
    fn number(&self, value: f64, decimals: u8) -> String;
    /// A calendar day, with its month's name (and weekday and year in full).
    fn day(&self, y: i32, m: u8, d: u8, form: DayForm) -> String;
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Monday 0 to Sunday 6, for any proleptic Gregorian day (Sakamoto's method).
fn weekday(y: i32, m: u8, d: u8) -> usize {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let m = usize::from(m.clamp(1, 12));
    let sunday0 =
        (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + T[m - 1] + i32::from(d))
            .rem_euclid(7);
    ((sunday0 + 6) % 7) as usize
}

/// English's plural rule (one for exactly 1 without decimals) and decimals
/// with a point: the fallback where a browser has no `Intl.PluralRules` or
/// `Intl.NumberFormat`, and the rule native tests read catalogues with.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainNumbers;

impl Locale for PlainNumbers {
    fn plural(&self, value: f64, decimals: u8) -> String {
        if value == 1.0 && decimals == 0 {
            "one"
        } else {
            "other"
        }
        .into()
    }
    fn number(&self, value: f64, decimals: u8) -> String {
        crate::number_text::fixed(value, decimals)
    }
    fn day(&self, y: i32, m: u8, d: u8, form: DayForm) -> String {
        let month = MONTHS[usize::from(m.clamp(1, 12)) - 1];
        match form {
            DayForm::Full => format!("{} {d} {month} {y}", WEEKDAYS[weekday(y, m, d)]),
            DayForm::DayMonth => format!("{d} {month}"),
            DayForm::DayMonthYear => format!("{d} {month} {y}"),
            DayForm::MonthYear => format!("{month} {y}"),
            DayForm::WeekdayShort => WEEKDAYS[weekday(y, m, d)][..2].to_string(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    messages: HashMap<String, Vec<Part>>,
}

impl Catalogue {
    /// Reads a compiled catalogue; a file that is not one says why.
    pub fn from_json(text: &str) -> Result<Catalogue, String> {
        let bad = |what: &str| format!("the word list could not be read: {what}");
        let value: Value = serde_json::from_str(text).map_err(|e| bad(&e.to_string()))?;
        let Value::Object(entries) = value else {
            return Err(bad("not an object"));
        };
        let mut messages = HashMap::with_capacity(entries.len());
        for (key, parts) in entries {
            let parts = parts_of(parts).ok_or_else(|| bad(&key))?;
            messages.insert(key, parts);
        }
        Ok(Catalogue { messages })
    }

    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The sentence for `key` with `args`. A key the catalogue lacks shows
    /// as itself and a value not given as `{$name}`: never a blank, and the
    /// native tests keep both from reaching a person.
    pub fn format(&self, key: &str, args: &[(&str, Arg)], locale: &dyn Locale) -> String {
        match self.messages.get(key) {
            Some(parts) => {
                let mut out = String::new();
                write(self, parts, args, locale, &mut out);
                out
            }
            None => key.to_string(),
        }
    }

    /// The sentence the core decided on.
    pub fn say(&self, m: &Message, locale: &dyn Locale) -> String {
        self.format(&m.key, &m.args, locale)
    }
}

/// A message's parts from their JSON: a string is text, `{"arg": name}` a
/// value, `{"select": name, "cases": {..}, "other": [..]}` a choice.
fn parts_of(v: Value) -> Option<Vec<Part>> {
    let Value::Array(items) = v else { return None };
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        parts.push(match item {
            Value::String(t) => Part::Text(t),
            Value::Object(mut o) => {
                if let Some(Value::String(arg)) = o.remove("arg") {
                    if !o.is_empty() {
                        return None;
                    }
                    parts.push(Part::Arg { arg });
                    continue;
                }
                let Some(Value::String(select)) = o.remove("select") else {
                    return None;
                };
                let Some(Value::Object(cases)) = o.remove("cases") else {
                    return None;
                };
                let other = parts_of(o.remove("other")?)?;
                if !o.is_empty() {
                    return None;
                }
                // Inserted one by one: collecting into a map sorts, and the
                // sort is 4 KB of wasm the app has no other use for.
                let mut chosen = BTreeMap::new();
                for (k, v) in cases {
                    chosen.insert(k, parts_of(v)?);
                }
                Part::Select {
                    select,
                    cases: chosen,
                    other,
                }
            }
            _ => return None,
        });
    }
    Some(parts)
}

fn write(
    catalogue: &Catalogue,
    parts: &[Part],
    args: &[(&str, Arg)],
    locale: &dyn Locale,
    out: &mut String,
) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Arg { arg: name } => match arg(name) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Number { value, decimals }) => {
                    out.push_str(&locale.number(*value, *decimals))
                }
                Some(Arg::Day { y, m, d, form }) => out.push_str(&locale.day(*y, *m, *d, *form)),
                Some(Arg::Said(m)) => match catalogue.messages.get(&m.key) {
                    Some(inner) => write(catalogue, inner, &m.args, locale, out),
                    None => out.push_str(&m.key),
                },
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select {
                select,
                cases,
                other,
            } => {
                let chosen = match arg(select) {
                    Some(Arg::Text(t)) => cases.get(t.as_str()),
                    Some(Arg::Day { .. } | Arg::Said(_)) => None,
                    Some(Arg::Number { value, decimals }) => {
                        // An exact number first ([0]), then the plural category.
                        let exact = (*decimals == 0 && value.fract() == 0.0)
                            .then(|| cases.get(&crate::number_text::fixed(*value, 0)))
                            .flatten();
                        exact.or_else(|| cases.get(&locale.plural(*value, *decimals)))
                    }
                    None => None,
                };
                write(catalogue, chosen.unwrap_or(other), args, locale, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// German writes a decimal comma, with English's plural rule.
    struct GermanNumbers;

    impl Locale for GermanNumbers {
        fn plural(&self, value: f64, decimals: u8) -> String {
            PlainNumbers.plural(value, decimals)
        }
        fn number(&self, value: f64, decimals: u8) -> String {
            PlainNumbers.number(value, decimals).replace('.', ",")
        }
        fn day(&self, y: i32, m: u8, d: u8, form: DayForm) -> String {
            PlainNumbers.day(y, m, d, form)
        }
    }

    #[test]
    fn a_message_as_data_names_its_values() {
        let m = Message::new("routine-invalid-hold")
            .with("seconds", Arg::count(5))
            .with("most", Arg::tenths(90.0))
            .with("inner", Message::new("plan-title").said())
            .with(
                "day",
                Arg::Day {
                    y: 2026,
                    m: 12,
                    d: 7,
                    form: DayForm::Full,
                },
            );
        assert_eq!(
            m.detail(),
            "routine-invalid-hold(seconds=5, most=90.0, inner=plan-title, day=2026-12-07)"
        );
        assert_eq!(Message::new("x").detail(), "x");
    }

    #[test]
    fn plain_days_name_their_weekday_and_month() {
        let day = |y, m, d| PlainNumbers.day(y, m, d, DayForm::Full);
        assert_eq!(day(2026, 12, 7), "Monday 7 December 2026");
        assert_eq!(day(2028, 2, 29), "Tuesday 29 February 2028");
        assert_eq!(day(2000, 1, 1), "Saturday 1 January 2000");
        assert_eq!(day(2027, 3, 28), "Sunday 28 March 2027");
        assert_eq!(
            PlainNumbers.day(2026, 11, 2, DayForm::DayMonth),
            "2 November"
        );
    }

    #[test]
    fn a_sentence_inside_a_sentence_is_written_in_place() {
        let c = catalogue();
        let inner = Message::new("streak").with("n", Arg::count(3));
        let m = Message::new("named").with("name", Arg::Said(Box::new(inner)));
        assert_eq!(c.say(&m, &PlainNumbers), "“3 days” is saved.");
    }

    #[test]
    fn a_message_says_its_key_with_its_values() {
        let c = catalogue();
        let m = Message::new("average").with("days", Arg::tenths(4.96));
        assert_eq!(c.say(&m, &PlainNumbers), "About 5.0 days a week");
        assert_eq!(c.say(&m, &GermanNumbers), "About 5,0 days a week");
    }

    fn catalogue() -> Catalogue {
        Catalogue::from_json(
            r#"{
            "streak": [{"select": "n", "cases": {"0": ["No streak yet"], "one": [{"arg": "n"}, " day"]}, "other": [{"arg": "n"}, " days"]}],
            "average": ["About ", {"arg": "days"}, " days a week"],
            "side": [{"select": "side", "cases": {"left": ["Left"]}, "other": ["Right"]}, " side"],
            "named": ["“", {"arg": "name"}, "” is saved."]
        }"#,
        )
        .unwrap()
    }

    #[test]
    fn plurals_exact_numbers_and_words_choose_their_variant() {
        let c = catalogue();
        let f = |n: u32| c.format("streak", &[("n", Arg::count(n))], &PlainNumbers);
        assert_eq!(f(0), "No streak yet");
        assert_eq!(f(1), "1 day");
        assert_eq!(f(7), "7 days");
        let side = |s: &str| c.format("side", &[("side", Arg::Text(s.into()))], &PlainNumbers);
        assert_eq!(side("left"), "Left side");
        assert_eq!(side("right"), "Right side");
    }

    #[test]
    fn numbers_are_the_language_s_own() {
        let c = catalogue();
        let days = [(
            "days",
            Arg::Number {
                value: 5.0,
                decimals: 1,
            },
        )];
        assert_eq!(
            c.format("average", &days, &PlainNumbers),
            "About 5.0 days a week"
        );
        assert_eq!(
            c.format("average", &days, &GermanNumbers),
            "About 5,0 days a week"
        );
    }

    #[test]
    fn typed_text_stays_as_typed_and_nothing_is_ever_blank() {
        let c = catalogue();
        let name = [("name", Arg::Text("<b>Evening</b> {$x}".into()))];
        assert_eq!(
            c.format("named", &name, &PlainNumbers),
            "“<b>Evening</b> {$x}” is saved."
        );
        assert_eq!(c.format("named", &[], &PlainNumbers), "“{$name}” is saved.");
        assert_eq!(c.format("no-such-key", &[], &PlainNumbers), "no-such-key");
        assert!(c.has("streak") && !c.has("no-such-key"));
    }

    #[test]
    fn a_file_that_is_not_a_catalogue_says_so() {
        assert!(Catalogue::from_json("[1, 2]")
            .unwrap_err()
            .contains("could not be read"));
        assert!(Catalogue::from_json(r#"{"k": [{"nope": 1}]}"#).is_err());
        assert_eq!(Catalogue::from_json("{}").unwrap(), Catalogue::default());
    }
}
