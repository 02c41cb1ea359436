//! Embeds every Fluent file under assets/locales/<lang>/*.ftl into the core, so that the app and
//! the CLI carry their translations and never read them from disk at run time.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales = manifest.join("../../assets/locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    for lang in std::fs::read_dir(&locales).expect("assets/locales exists") {
        let lang = lang.unwrap();
        if !lang.file_type().unwrap().is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for file in std::fs::read_dir(lang.path()).unwrap() {
            let file = file.unwrap().path();
            if file.extension().and_then(|e| e.to_str()) == Some("ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                entries.push((
                    lang.file_name().to_string_lossy().into_owned(),
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    file.canonicalize().unwrap(),
                ));
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// (language, file name, content) of every embedded Fluent file.\npub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in entries {
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
