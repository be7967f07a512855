//! Who may import whom (shared/style.md, "The house"), checked on the module
//! graph drawn from the source, so a circle or an arrow back up cannot come
//! back unnoticed. The folders are the layers, bottom to top:
//!
//! 1. the core: `habit`, `session`, `share`, `storage`, `triage`, `words` and the small
//!    files beside them (`ids`, `number_text`, `route`, `sort`): plain Rust;
//! 2. `platform` (one module per browser API) and `pwa`: they know no domain type;
//! 3. `runtime`: the store, which day it is, the running session's one owner;
//! 4. `shell`: widgets and the actions several screens share;
//! 5. `screens`: one file or folder per capability; none imports another's;
//! 6. `app`: start-up and the router, the one module that knows every screen.
//!
//! Only `platform` and `pwa` touch `web_sys`, `js_sys` or `wasm_bindgen`.
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The file's code: comments dropped (prose may name anything), and an
/// inline `#[cfg(test)] mod tests { .. }` at its end cut off (tests may
/// reach anywhere; they are not part of the house).
fn code(p: &Path) -> String {
    let text = fs::read_to_string(p).unwrap();
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(l) = lines.next() {
        let t = l.trim_start();
        if t.starts_with("#[cfg(test)]") {
            if let Some(next) = lines.peek() {
                if next.trim_start().ends_with("mod tests {") {
                    break;
                }
            }
        }
        if !t.starts_with("//") {
            out.push(l);
        }
    }
    out.join("\n")
}

/// Module path of a file: `src/a/b.rs` is `a::b`, `src/a/mod.rs` is `a`.
fn module_of(rel: &str) -> String {
    let rel = rel.trim_end_matches(".rs");
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    if rel == "lib" {
        String::new()
    } else {
        rel.replace('/', "::")
    }
}

struct House {
    /// Module path -> its code.
    modules: BTreeMap<String, String>,
    /// Module path -> the modules it refers to.
    edges: BTreeMap<String, BTreeSet<String>>,
}

fn is_ident(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl House {
    fn read() -> House {
        let mut files = Vec::new();
        rust_files(Path::new("src"), &mut files);
        let mut modules = BTreeMap::new();
        for p in files {
            let rel = p
                .strip_prefix("src")
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            // Test-only files are not part of the house.
            if rel.ends_with("/tests.rs") || rel.contains("/tests/") {
                continue;
            }
            modules.insert(module_of(&rel), code(&p));
        }
        let mut house = House {
            modules,
            edges: BTreeMap::new(),
        };
        let names: Vec<String> = house.modules.keys().cloned().collect();
        for m in names {
            let refs = house.references(&m);
            house.edges.insert(m, refs);
        }
        house
    }

    /// The longest module path that `segments` starts with.
    fn resolve(&self, segments: &[&str]) -> Option<String> {
        (1..=segments.len())
            .rev()
            .map(|k| segments[..k].join("::"))
            .find(|p| self.modules.contains_key(p))
    }

    /// Paths written as `crate::a::b::c` or `super::x` (also in `use` groups).
    fn references(&self, module: &str) -> BTreeSet<String> {
        let src = &self.modules[module];
        let parent: Vec<&str> = {
            let mut v: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
            v.pop();
            v
        };
        let mut out = BTreeSet::new();
        // A child module used by its bare name (`use day_editor::DayEditor`).
        let own = format!("{module}::");
        for child in self
            .modules
            .keys()
            .filter(|k| k.starts_with(&own) && !k[own.len()..].contains("::") && !module.is_empty())
        {
            let name = format!("{}::", &child[own.len()..]);
            let mut rest = src.as_str();
            while let Some(i) = rest.find(&name) {
                let before = rest[..i].chars().last();
                rest = &rest[i + name.len()..];
                if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                    out.insert(child.clone());
                    break;
                }
            }
        }
        for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
            let mut rest = src.as_str();
            while let Some(i) = rest.find(prefix) {
                // Not the tail of a longer name (`my_crate::`).
                let before = rest[..i].chars().last();
                rest = &rest[i + prefix.len()..];
                if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                    continue;
                }
                for path in expand(rest) {
                    let mut segs: Vec<&str> = base.clone();
                    segs.extend(path.split("::").filter(|s| is_ident(s)));
                    if let Some(target) = self.resolve(&segs) {
                        if target != module && !target.is_empty() {
                            out.insert(target);
                        }
                    }
                }
            }
        }
        out
    }

    fn folder(m: &str) -> &str {
        m.split("::").next().unwrap_or("")
    }
}

/// The paths at the start of `s`: `a::b::C` gives one, `a::{b, c::d}` gives
/// `a::b` and `a::c::d` (one level of braces, which is what the code uses).
fn expand(s: &str) -> Vec<String> {
    let head: String = s
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
        .collect();
    let after = &s[head.len()..];
    if head.ends_with("::") && after.starts_with('{') {
        let inner = &after[1..after.find('}').unwrap_or(after.len())];
        inner
            .split(',')
            .map(|p| {
                format!(
                    "{head}{}",
                    p.trim().split(" as ").next().unwrap_or("").trim()
                )
            })
            .collect()
    } else {
        vec![head.trim_end_matches("::").to_string()]
    }
}

/// Strongly connected parts with more than one member: the circles.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's algorithm, on a graph small enough for recursion.
    struct T<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a str) {
        let i = t.index.len();
        t.index.insert(v, i);
        t.low.insert(v, i);
        t.stack.push(v);
        t.on.insert(v);
        for w in t.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !t.index.contains_key(w) {
                visit(t, w);
                let l = t.low[v].min(t.low[w]);
                t.low.insert(v, l);
            } else if t.on.contains(w) {
                let l = t.low[v].min(t.index[w]);
                t.low.insert(v, l);
            }
        }
        if t.low[v] == t.index[v] {
            let mut part = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                part.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if part.len() > 1 {
                part.sort();
                t.out.push(part);
            }
        }
    }
    let mut t = T {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    t.out
}

/// The layer of a top-level folder or file; `None` for the crate root.
fn layer(folder: &str) -> Option<u8> {
    Some(match folder {
        "habit" | "session" | "share" | "storage" | "triage" | "words" | "ids" | "number_text"
        | "route" | "sort" => 1,
        "platform" | "pwa" => 2,
        "runtime" => 3,
        "shell" => 4,
        "screens" => 5,
        "app" | "main" => 6,
        "" => return None,
        other => {
            panic!("src/{other} belongs to no layer: add it to tests/house.rs and the README's map")
        }
    })
}

#[test]
fn circles_are_found_when_there_are_some() {
    let g = |pairs: &[(&str, &str)]| {
        let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in pairs {
            m.entry(a.to_string()).or_default().insert(b.to_string());
            m.entry(b.to_string()).or_default();
        }
        m
    };
    assert_eq!(
        circles(&g(&[("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")])),
        vec![vec!["a", "b", "c"]]
    );
    assert!(circles(&g(&[("a", "b"), ("b", "c"), ("a", "c")])).is_empty());
}

#[test]
fn the_graph_is_read() {
    // A guard on the reader itself: known arrows must be seen.
    let h = House::read();
    assert!(
        h.edges["app"].contains("screens::home"),
        "{:?}",
        h.edges["app"]
    );
    assert!(h.edges["share::link_codec"].contains("share::bytes"));
    assert!(h.edges["storage::schema"].contains("habit::entry"));
    assert!(h.edges["screens::share::plan_maker"].contains("screens::share::plan_preview"));
    assert!(
        h.edges["screens::habit"].contains("screens::habit::day_editor"),
        "children used by name"
    );
}

#[test]
fn no_circle_between_files() {
    let c = circles(&House::read().edges);
    assert!(c.is_empty(), "import circles between files: {c:?}");
}

#[test]
fn no_circle_between_folders() {
    let h = House::read();
    let mut folders: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in &h.edges {
        for to in tos {
            let (a, b) = (House::folder(from), House::folder(to));
            if a != b {
                folders.entry(a.into()).or_default().insert(b.into());
            }
        }
    }
    let c = circles(&folders);
    assert!(c.is_empty(), "import circles between folders: {c:?}");
}

#[test]
fn no_arrow_runs_up_a_layer() {
    let h = House::read();
    let mut wrong = Vec::new();
    for (from, tos) in &h.edges {
        for to in tos {
            if let (Some(a), Some(b)) = (layer(House::folder(from)), layer(House::folder(to))) {
                if b > a {
                    wrong.push(format!("{from} -> {to}"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "lower layers importing higher ones: {wrong:#?}"
    );
}

#[test]
fn platform_knows_no_domain_type() {
    let h = House::read();
    for (from, tos) in &h.edges {
        if House::folder(from) != "platform" {
            continue;
        }
        for to in tos {
            assert_eq!(House::folder(to), "platform", "{from} imports {to}");
        }
    }
}

#[test]
fn no_screen_imports_another_capabilitys_screen() {
    let h = House::read();
    let capability = |m: &str| m.split("::").nth(1).map(str::to_string);
    for (from, tos) in &h.edges {
        if House::folder(from) != "screens" {
            continue;
        }
        for to in tos.iter().filter(|t| House::folder(t) == "screens") {
            assert_eq!(
                capability(from),
                capability(to),
                "{from} imports the screen {to}"
            );
        }
    }
}

#[test]
fn only_platform_and_pwa_touch_the_browser() {
    for (m, src) in &House::read().modules {
        if matches!(House::folder(m), "platform" | "pwa") {
            continue;
        }
        for bad in ["web_sys", "js_sys", "wasm_bindgen"] {
            assert!(
                !src.contains(bad),
                "src/{} uses {bad}",
                m.replace("::", "/")
            );
        }
    }
}

#[test]
fn the_core_uses_no_leptos() {
    for (m, src) in &House::read().modules {
        if layer(House::folder(m)) == Some(1) {
            assert!(!src.contains("leptos"), "core module {m} uses Leptos");
        }
    }
}

#[test]
fn timeline_uses_routine_never_the_reverse() {
    let h = House::read();
    assert!(h.edges["session::engine"].contains("session::timeline"));
    assert!(
        !h.edges["session::routine"].contains("session::timeline"),
        "routine imports timeline"
    );
}
