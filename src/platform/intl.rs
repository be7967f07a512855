//! The browser's `Intl` for a language: plural categories and numbers
//! (`Intl.PluralRules`, `Intl.NumberFormat`), tables every browser already
//! carries, so none travel in the wasm. A browser without one gives `None`
//! and the caller falls back to plain numbers.

use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
    type PluralRules;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules", catch)]
    fn new_plural(tag: &str, options: &JsValue) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn select(this: &PluralRules, n: f64) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
    fn new_number(tag: &str, options: &JsValue) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn format(this: &NumberFormat, n: f64) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new_date(tag: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;
    #[wasm_bindgen(method, catch, js_name = format)]
    fn format_date(this: &DateTimeFormat, d: &js_sys::Date) -> Result<String, JsValue>;
}

/// `{minimumFractionDigits: d, maximumFractionDigits: d}`: "1.0" is not
/// "one" in English, and a plural must agree with the number shown.
fn digits(d: u8) -> JsValue {
    let o = js_sys::Object::new();
    for k in ["minimumFractionDigits", "maximumFractionDigits"] {
        let _ = js_sys::Reflect::set(&o, &k.into(), &JsValue::from(d));
    }
    o.into()
}

thread_local! {
    // One formatter per language and number of decimals, made once.
    static PLURALS: RefCell<HashMap<(String, u8), Option<PluralRules>>> = RefCell::new(HashMap::new());
    static NUMBERS: RefCell<HashMap<(String, u8), Option<NumberFormat>>> = RefCell::new(HashMap::new());
    static DATES: RefCell<HashMap<(String, String), Option<DateTimeFormat>>> = RefCell::new(HashMap::new());
}

/// The plural category (`one`, `few`, `other`...) of `value` shown with
/// `decimals` decimals in language `tag`; `None` without `Intl.PluralRules`.
pub fn plural(tag: &str, value: f64, decimals: u8) -> Option<String> {
    PLURALS.with(|m| {
        let mut m = m.borrow_mut();
        let rules = m
            .entry((tag.to_string(), decimals))
            .or_insert_with(|| PluralRules::new_plural(tag, &digits(decimals)).ok());
        rules.as_ref().and_then(|r| r.select(value).ok())
    })
}

/// `value` with `decimals` decimals as language `tag` writes it ("5,0");
/// `None` without `Intl.NumberFormat`.
pub fn number(tag: &str, value: f64, decimals: u8) -> Option<String> {
    NUMBERS.with(|m| {
        let mut m = m.borrow_mut();
        let f = m
            .entry((tag.to_string(), decimals))
            .or_insert_with(|| NumberFormat::new_number(tag, &digits(decimals)).ok());
        f.as_ref().and_then(|f| f.format(value).ok())
    })
}

/// The calendar day `y-m-d` in language `tag`, with the parts `fields`
/// names (`[("day", "numeric"), ("month", "long")]`). The day is read in
/// UTC, so no time zone can move it. `None` without `Intl.DateTimeFormat`.
pub fn date(tag: &str, y: i32, m: u8, d: u8, fields: &[(&str, &str)]) -> Option<String> {
    // Made once per language and form, like the number formatters: a
    // calendar asks for 42 days at every redraw.
    let key = (
        tag.to_string(),
        fields
            .iter()
            .map(|(k, v)| format!("{k}={v};"))
            .collect::<String>(),
    );
    DATES.with(|c| {
        let mut cache = c.borrow_mut();
        let f = cache.entry(key).or_insert_with(|| {
            let o = js_sys::Object::new();
            let set = |k: &str, v: &str| {
                let _ = js_sys::Reflect::set(&o, &k.into(), &v.into());
            };
            set("timeZone", "UTC");
            for (k, v) in fields {
                set(k, v);
            }
            DateTimeFormat::new_date(tag, &o).ok()
        });
        let utc = js_sys::Date::utc(f64::from(y), f64::from(m) - 1.0);
        let at = js_sys::Date::new(&JsValue::from(utc + (f64::from(d) - 1.0) * 86_400_000.0));
        f.as_ref()?.format_date(&at).ok()
    })
}
