//! The catalogues in `i18n/<language>/*.ftl`, as translators write them:
//! every language has English's files and messages with the same
//! placeholders, nothing fails to parse, and the warning signs are all there
//! in every language. Until the app reads the catalogues, the English text
//! is the app's own, word for word, so the move changes nothing for it.
#[path = "../examples/catalogues/compile.rs"]
mod compile;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use quads::triage::answers::{ClinicianFlag, Contra, EmergencyFlag};
use quads::words::catalogue::{Arg, Catalogue, PlainNumbers as Plain};
use quads::words::language::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A message: its text (placeables shown as `{}`) and its placeholders.
#[derive(Debug)]
struct Message {
    text: String,
    args: BTreeSet<String>,
    /// Other messages it writes in place (`{ muscle-name }`).
    uses: BTreeSet<String>,
}

fn walk(p: &Pattern<&str>, m: &mut Message) {
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => m.text.push_str(value),
            PatternElement::Placeable { expression } => {
                m.text.push_str("{}");
                let (inline, variants) = match expression {
                    Expression::Select { selector, variants } => (selector, Some(variants)),
                    Expression::Inline(i) => (i, None),
                };
                match inline {
                    InlineExpression::VariableReference { id } => {
                        m.args.insert(id.name.to_string());
                    }
                    InlineExpression::MessageReference { id, .. } => {
                        m.uses.insert(id.name.to_string());
                    }
                    _ => {}
                }
                for v in variants.into_iter().flatten() {
                    walk(&v.value, m);
                }
            }
        }
    }
}

/// Every message of a language, by id, with the file it is in; parse errors
/// and duplicate ids are returned as problems.
fn read(lang: &str) -> (BTreeMap<String, (String, Message)>, Vec<String>) {
    let dir = Path::new("i18n").join(lang);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let text = fs::read_to_string(&f).unwrap();
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                problems.extend(errs.iter().map(|e| format!("{lang}/{name}: {e:?}")));
                r
            }
        };
        for entry in &res.body {
            match entry {
                Entry::Message(msg) => {
                    let mut m = Message {
                        text: String::new(),
                        args: BTreeSet::new(),
                        uses: BTreeSet::new(),
                    };
                    match &msg.value {
                        Some(p) => walk(p, &mut m),
                        None => {
                            problems.push(format!("{lang}/{name}: {} has no text", msg.id.name))
                        }
                    }
                    if out
                        .insert(msg.id.name.to_string(), (name.clone(), m))
                        .is_some()
                    {
                        problems.push(format!("{lang}: {} is defined twice", msg.id.name));
                    }
                }
                Entry::Junk { content } => {
                    problems.push(format!("{lang}/{name}: cannot read {content:?}"))
                }
                _ => {}
            }
        }
    }
    // A message's placeholders include those of the messages it uses: a
    // language may choose by $muscle itself where English names it through
    // { muscle-name }.
    let direct: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = out
        .iter()
        .map(|(k, (_, m))| (k.clone(), (m.args.clone(), m.uses.clone())))
        .collect();
    for (_, m) in out.values_mut() {
        let mut todo: Vec<String> = m.uses.iter().cloned().collect();
        let mut seen = BTreeSet::new();
        while let Some(u) = todo.pop() {
            if !seen.insert(u.clone()) {
                continue;
            }
            if let Some((args, uses)) = direct.get(&u) {
                m.args.extend(args.iter().cloned());
                todo.extend(uses.iter().cloned());
            }
        }
    }
    (out, problems)
}

#[test]
fn every_language_has_english_s_messages_and_placeholders() {
    let (en, problems) = read("en");
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(!en.is_empty());
    for l in Language::ALL
        .into_iter()
        .filter(|l| *l != Language::English)
    {
        let (other, mut problems) = read(l.tag());
        for (id, (file, m)) in &en {
            match other.get(id) {
                None => problems.push(format!("{}: {id} (from {file}) is missing", l.tag())),
                Some((f, o)) => {
                    if f != file {
                        problems.push(format!("{}: {id} is in {f}, not {file}", l.tag()));
                    }
                    if o.args != m.args {
                        problems.push(format!(
                            "{}: {id} has {:?}, English {:?}",
                            l.tag(),
                            o.args,
                            m.args
                        ));
                    }
                    if o.text.trim().is_empty() {
                        problems.push(format!("{}: {id} is empty", l.tag()));
                    }
                }
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", l.tag()));
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn french_puts_a_no_break_space_before_two_part_punctuation() {
    let (fr, _) = read("fr");
    for (id, (_, m)) in fr {
        for p in [" ?", " :", " ;", " !", "« ", " »"] {
            assert!(
                !m.text.contains(p),
                "{id}: a plain space in {p:?}: {}",
                m.text
            );
        }
    }
}

fn key(group: &str, flag: impl serde::Serialize) -> String {
    let name = serde_json::to_string(&flag).unwrap();
    format!(
        "warning-{group}-{}",
        name.trim_matches('"').replace('_', "-")
    )
}

/// Every warning sign's key.
fn warning_signs() -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    v.extend(EmergencyFlag::ALL.map(|f| key("emergency", f)));
    v.extend(ClinicianFlag::ALL.map(|f| key("clinician", f)));
    v.extend(Contra::ALL.map(|c| key("contra", c)));
    v
}

#[test]
fn every_warning_sign_is_asked_said_and_explained_in_every_language() {
    for l in Language::ALL {
        let (msgs, _) = read(l.tag());
        for k in warning_signs() {
            for part in ["question", "said", "why"] {
                assert!(
                    msgs.contains_key(&format!("{k}-{part}")),
                    "{}: {k}-{part}",
                    l.tag()
                );
            }
        }
    }
}

#[test]
fn every_catalogue_compiles_and_reads_back_as_written() {
    for l in Language::ALL {
        let (source, _) = read(l.tag());
        let dir = Path::new("i18n").join(l.tag());
        // One language's files compile together, as the build does.
        let mut files: Vec<&String> = source.values().map(|(f, _)| f).collect();
        files.sort();
        files.dedup();
        let text: String = files
            .iter()
            .map(|f| fs::read_to_string(dir.join(f)).unwrap() + "\n")
            .collect();
        let all = compile::compile(&text).unwrap_or_else(|e| panic!("{}: {e:#?}", l.tag()));
        let cat = Catalogue::from_json(&serde_json::to_string(&all).unwrap()).unwrap();
        for (id, (_, m)) in &source {
            if m.args.is_empty() && m.uses.is_empty() && !m.text.contains("{}") {
                assert_eq!(cat.format(id, &[], &Plain), m.text, "{}: {id}", l.tag());
            }
        }
        assert_eq!(cat.keys().count(), source.len());
    }
}

#[test]
fn the_compiler_takes_choices_terms_and_references_and_refuses_functions() {
    let ftl = r#"
-app = Quads
streak = { $n ->
    [0] No streak yet
    [one] { $n } day in { -app }
   *[other] { $n } days in { -app }
}
again = { streak }, still.
quoted = { "{" }literal{ "}" } and { "\u00E9" }
"#;
    let c = compile::compile(ftl).unwrap();
    let cat = Catalogue::from_json(&serde_json::to_string(&c).unwrap()).unwrap();
    let n = |v: u32| [("n", Arg::count(v))];
    assert_eq!(cat.format("streak", &n(0), &Plain), "No streak yet");
    assert_eq!(cat.format("streak", &n(1), &Plain), "1 day in Quads");
    assert_eq!(cat.format("streak", &n(4), &Plain), "4 days in Quads");
    assert_eq!(
        cat.format("again", &n(2), &Plain),
        "2 days in Quads, still."
    );
    assert_eq!(cat.format("quoted", &[], &Plain), "{literal} and é");
    assert!(!cat.has("-app"), "terms are written out, not shipped");

    for (bad, why) in [
        ("m = { NUMBER($n) }", "formats numbers and dates itself"),
        ("m = x\n    .title = y", "attributes"),
        ("m = { -nope }", "no term"),
        ("a = { b }\nb = { a }", "loop"),
        ("m = { \"x\" ->\n *[a] y\n}", "on a value"),
    ] {
        let e = compile::compile(bad).unwrap_err();
        assert!(e.iter().any(|e| e.contains(why)), "{bad}: {e:?}");
    }
}

/// `triage-<what>-<choice>`, from the choice's stored name.
fn choice(what: &str, c: impl serde::Serialize, part: &str) -> String {
    let name = serde_json::to_string(&c).unwrap();
    format!(
        "triage-{what}-{}-{part}",
        name.trim_matches('"').replace('_', "-")
    )
}

#[test]
fn every_choice_and_source_has_its_words() {
    use quads::triage::answers::{DayHabit, Duration, Feeling, NotHelping, Region};
    use quads::triage::rules::Source;
    let (en, _) = read("en");
    let mut keys = Vec::new();
    for part in ["label", "said"] {
        keys.extend(Region::ALL.map(|c| choice("region", c, part)));
        keys.extend(Feeling::ALL.map(|c| choice("feeling", c, part)));
        keys.extend(NotHelping::ALL.map(|c| choice("not-helping", c, part)));
        keys.extend(DayHabit::ALL.map(|c| choice("habit", c, part)));
        keys.extend(
            [
                Duration::UnderTwoWeeks,
                Duration::TwoToSixWeeks,
                Duration::OverSixWeeks,
            ]
            .map(|c| choice("duration", c, part)),
        );
    }
    for s in [
        Source::Iliacus,
        Source::Psoas,
        Source::NerveInvolvement,
        Source::GluteMax,
        Source::Hamstrings,
        Source::AdductorMagnus,
        Source::Quads,
        Source::Prevention,
        Source::NotTypical,
    ] {
        keys.push(s.label().key);
        keys.push(s.explain().key);
    }
    for k in [
        "region",
        "side",
        "feeling",
        "duration",
        "severity",
        "not-helping",
        "day",
    ] {
        keys.push(format!("triage-why-{k}"));
    }
    let missing: Vec<_> = keys.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

/// A language's catalogue compiled as the app will read it.
fn compiled(lang: &str) -> Catalogue {
    let dir = Path::new("i18n").join(lang);
    let mut text = String::new();
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            text.push_str(&fs::read_to_string(&p).unwrap());
            text.push('\n');
        }
    }
    let all = compile::compile(&text).unwrap();
    Catalogue::from_json(&serde_json::to_string(&all).unwrap()).unwrap()
}

#[test]
fn english_targets_read_well_for_every_number() {
    use quads::habit::target::{Target, DAYS_APART, DAYS_A_WEEK};
    let en = compiled("en");
    let say = |m: &quads::words::catalogue::Message| en.say(m, &Plain);
    assert_eq!(say(&Target::Daily.said()), "every day");
    for d in DAYS_A_WEEK {
        let want = if d == 1 {
            "1 day a week".to_string()
        } else {
            format!("{d} days a week")
        };
        assert_eq!(say(&Target::PerWeek(d).said()), want);
    }
    for d in DAYS_APART {
        assert_eq!(
            say(&Target::EveryNDays(d).said()),
            format!("every {d} days")
        );
    }
    for (v, week, day, session) in [
        (0, "weeks", "days", "sessions"),
        (1, "week", "day", "session"),
        (2, "weeks", "days", "sessions"),
    ] {
        assert_eq!(say(&Target::PerWeek(3).unit_said(v)), week);
        assert_eq!(say(&Target::Daily.unit_said(v)), day);
        assert_eq!(say(&Target::EveryNDays(2).unit_said(v)), session);
    }
}

#[test]
fn plurals_choose_in_every_language() {
    for (lang, one, many) in [
        ("es", "1 día a la semana", "4 días a la semana"),
        ("de", "1 Tag pro Woche", "4 Tage pro Woche"),
        ("fr", "1 jour par semaine", "4 jours par semaine"),
        ("pt-BR", "1 dia por semana", "4 dias por semana"),
    ] {
        let c = compiled(lang);
        assert_eq!(
            c.format("target-per-week", &[("n", Arg::count(1))], &Plain),
            one
        );
        assert_eq!(
            c.format("target-per-week", &[("n", Arg::count(4))], &Plain),
            many
        );
    }
}

/// The prefixes of the catalogues' keys: a string literal in the app that
/// starts with one of them and reads like a key is one.
const KEY_PREFIXES: [&str; 60] = [
    "wizard-",
    "answer-",
    "minutes-",
    "emergency-",
    "tool-",
    "triage-",
    "warning-",
    "check-",
    "tell-",
    "summary-",
    "referral-",
    "home-",
    "nav-",
    "today-",
    "routine-",
    "plan-",
    "target-",
    "result-",
    "compose-",
    "advice-",
    "figure-",
    "history-",
    "muscle-",
    "phase-",
    "spot-",
    "lock-",
    "announce",
    "spoken-",
    "live-",
    "about-",
    "player-",
    "rating-",
    "routines-",
    "sheet-",
    "guide-",
    "share-",
    "safety-check-",
    "habit-",
    "cal-",
    "day-",
    "progress-",
    "ics-",
    "csv-",
    "learn-",
    "topic-",
    "about-",
    "app-",
    "stored-",
    "recovery-",
    "link-",
    "open-",
    "shared-",
    "plan-",
    "report-",
    "checksum-",
    "sendprog-",
    "clinsum-",
    "reportpage-",
    "planmaker-",
    "builder-",
];

/// Every string literal in `src/` that is a catalogue key (`"wizard-next"`),
/// with the file it is in.
fn keys_the_app_names() -> Vec<(String, String)> {
    fn rs_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                rs_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    rs_files(Path::new("src"), &mut files);
    let mut out = Vec::new();
    for f in files {
        // Comments name keys as examples; only code names keys in use.
        let text: String = fs::read_to_string(&f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        let pieces: Vec<&str> = text.split('"').collect();
        for (i, lit) in pieces.iter().enumerate().skip(1).step_by(2) {
            // An attribute's value (`class="check-line"`) is not a key.
            let attribute = pieces[i - 1].trim_end().ends_with('=');
            let is_key = !attribute
                && KEY_PREFIXES.iter().any(|p| lit.starts_with(p))
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !lit.ends_with('-');
            if is_key {
                out.push((lit.to_string(), f.display().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_key_the_app_names_is_in_the_catalogues() {
    use quads::session::routine::Tool;
    use quads::triage::wizard::Step;
    use quads::words::key::key;
    let (en, _) = read("en");
    let mut named = keys_the_app_names();
    assert!(
        named.iter().any(|(k, _)| k == "wizard-why-we-ask"),
        "the scan finds the wizard's keys"
    );
    for s in (0..=20).map(Step::from_stored) {
        named.push((s.title_key().into(), "Step::title_key".into()));
        for resumed in [false, true] {
            named.push((s.next_key(resumed).into(), "Step::next_key".into()));
        }
    }
    named.extend(Tool::ALL.map(|t| (key("tool", t, ""), "Tool".to_string())));
    for r in quads::session::builtin::all() {
        for part in ["name", "purpose"] {
            named.push((format!("routine-{}-{part}", r.id), "builtin".into()));
        }
    }
    // A group's prefix (`"warning-emergency"`, passed to `key`) names the
    // keys that start with it.
    let known = |k: &str| en.contains_key(k) || en.keys().any(|e| e.starts_with(&format!("{k}-")));
    let missing: Vec<_> = named.iter().filter(|(k, _)| !known(k)).collect();
    assert!(
        missing.is_empty(),
        "keys named but not in English: {missing:#?}"
    );
}

#[test]
fn the_page_s_word_loader_offers_what_the_core_offers() {
    // index.html starts fetching a language before the wasm runs; it must
    // pick the one the app will choose, or the first visit fetches twice.
    // The service worker installs the first visit's language by the same rule.
    let core: Vec<&str> = Language::OFFERED.iter().map(|l| l.tag()).collect();
    for (file, marker) in [
        ("index.html", "offered = ["),
        ("public/sw.js", "OFFERED = ["),
    ] {
        let text = fs::read_to_string(file).unwrap();
        let list = text
            .split(marker)
            .nth(1)
            .and_then(|r| r.split(']').next())
            .unwrap_or_else(|| panic!("{file} lists the offered languages"));
        let tags: Vec<&str> = list
            .split(',')
            .map(|t| t.trim().trim_matches('\''))
            .collect();
        assert_eq!(tags, core, "{file}");
    }
}

#[test]
fn english_names_the_built_in_routines_as_the_app_stores_them() {
    let (en, _) = read("en");
    for r in quads::session::builtin::all() {
        assert_eq!(en[&format!("routine-{}-name", r.id)].1.text, r.name);
        assert_eq!(en[&format!("routine-{}-purpose", r.id)].1.text, r.purpose);
    }
}
