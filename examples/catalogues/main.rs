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
        let mut all = BTreeMap::new();
        for f in &files {
            let text = fs::read_to_string(f).unwrap_or_default();
            match compile::compile(&text) {
                Ok(msgs) => {
                    for (id, parts) in msgs {
                        if all.insert(id.clone(), parts).is_some() {
                            problems.push(format!("{}: {id} is defined twice", l.tag()));
                        }
                    }
                }
                Err(e) => problems.extend(e.into_iter().map(|e| format!("{}: {e}", f.display()))),
            }
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
