//! Who may import whom (shared/style.md, "The house"), checked on the
//! source text so a circle cannot come back unnoticed:
//! - `app` is the router, the one module that knows every screen; nothing
//!   else imports it;
//! - `shell` (shell state, navigation, shared actions) imports no screen;
//! - a capability's view never imports another capability's view;
//! - the pure core imports neither the web shell nor Leptos or web-sys;
//! - `plan` uses `routine`, never the reverse.
use std::fs;
use std::path::{Path, PathBuf};

const CAPABILITIES: [&str; 4] = ["session", "triage", "habit", "share"];

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

/// The file's code with comments dropped, so prose may name anything.
fn code(p: &Path) -> String {
    fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn all() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix("src")
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, code(&p))
        })
        .collect()
}

fn is_view(rel: &str) -> Option<&'static str> {
    CAPABILITIES
        .into_iter()
        .find(|c| rel == format!("{c}/view.rs") || rel.starts_with(&format!("{c}/view/")))
}

/// Web-only layers: everything else is the pure core.
fn is_shell(rel: &str) -> bool {
    is_view(rel).is_some()
        || ["app/", "shell/", "platform/", "pwa/"]
            .iter()
            .any(|d| rel.starts_with(d))
        || ["main.rs", "bench_hooks.rs", "storage/local.rs"].contains(&rel)
}

#[test]
fn only_the_router_knows_the_screens() {
    for (rel, src) in all() {
        if !rel.starts_with("app/") {
            assert!(
                !src.contains("crate::app"),
                "{rel} imports the router (crate::app)"
            );
        }
        if rel.starts_with("shell/") {
            for c in CAPABILITIES {
                assert!(
                    !src.contains(&format!("crate::{c}::view")),
                    "shell file {rel} imports the {c} screens"
                );
            }
        }
    }
}

#[test]
fn no_view_imports_another_capabilitys_view() {
    for (rel, src) in all() {
        let Some(own) = is_view(&rel) else { continue };
        for c in CAPABILITIES.into_iter().filter(|c| *c != own) {
            assert!(
                !src.contains(&format!("crate::{c}::view")),
                "{rel} imports the {c} view"
            );
        }
    }
}

#[test]
fn the_core_imports_no_web_layer() {
    for (rel, src) in all() {
        if is_shell(&rel) || rel == "lib.rs" || rel.ends_with("/mod.rs") {
            continue;
        }
        for bad in [
            "leptos::",
            "web_sys",
            "crate::shell",
            "crate::platform",
            "crate::pwa",
            "::view::",
        ] {
            assert!(!src.contains(bad), "core file {rel} uses {bad}");
        }
    }
}

#[test]
fn plan_uses_routine_never_the_reverse() {
    let routine = code(Path::new("src/session/routine.rs"));
    assert!(
        !routine.contains("plan::") && !routine.contains("super::plan"),
        "routine.rs imports plan"
    );
}
