//! Compiles the translators' catalogues for the app:
//! `cargo run --release --example catalogues -- i18n OUT` reads
//! `i18n/<language>/*.ftl` and writes `OUT/<language>.json`, one file per
//! language, in the form `quads::words::catalogue` reads. Fails, naming each
//! problem, when a file does not compile or a message is defined twice.
mod compile;

use quads::words::language::Language;
use std::collections::BTreeMap;
use std::path::Path;
use std::{env, fs, process};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: catalogues <i18n folder> <output folder>");
        process::exit(2);
    };
    let mut problems = Vec::new();
    fs::create_dir_all(out).expect("the output folder can be made");
    for l in Language::ALL {
        let dir = Path::new(src).join(l.tag());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|x| x == "ftl"));
        files.sort();
        // One language's files are one catalogue: a message may use another
        // file's (`{ muscle-name }`), so they are compiled together, after
        // each file is checked to parse on its own (errors name the file).
        let mut all = BTreeMap::new();
        let mut text = String::new();
        for f in &files {
            let one = fs::read_to_string(f).unwrap_or_default();
            if let Err((_, errs)) = fluent_syntax::parser::parse(one.as_str()) {
                problems.extend(errs.iter().map(|e| format!("{}: {e:?}", f.display())));
            }
            text.push_str(&one);
            text.push('\n');
        }
        match compile::compile(&text) {
            Ok(msgs) => all.extend(msgs),
            Err(e) => problems.extend(e.into_iter().map(|e| format!("{}: {e}", l.tag()))),
        }
        let json = serde_json::to_string(&all).expect("a catalogue is JSON");
        let path = Path::new(out).join(format!("{}.json", l.tag()));
        fs::write(&path, &json).expect("the catalogue can be written");
        println!(
            "{}: {} messages, {} bytes",
            path.display(),
            all.len(),
            json.len()
        );
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("catalogues: {p}");
        }
        process::exit(1);
    }
}
