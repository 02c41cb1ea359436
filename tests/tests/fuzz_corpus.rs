//! The fuzz targets' inputs replayed on stable, as part of every test run: the seeds and the
//! corpus kept from fuzzing runs (`fuzz/corpus/<target>/`, docs/fuzzing.md). Each input goes
//! through the same function `cargo fuzz` runs (`passerelle_tests::fuzz`); a panic is a parser bug.

use std::path::{Path, PathBuf};

use passerelle_tests::fuzz;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../fuzz/corpus");

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(CORPUS).join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(target: &str, run: fn(&[u8])) {
    let files = inputs(target);
    assert!(!files.is_empty(), "fuzz/corpus/{target} holds the seeds");
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        if std::panic::catch_unwind(|| run(&bytes)).is_err() {
            panic!("{target}: {} makes the parser panic", file.display());
        }
    }
}

#[test]
fn sealed_file_corpus() {
    replay("sealed_file", fuzz::sealed_file);
}

#[test]
fn sealed_header_corpus() {
    replay("sealed_header", fuzz::sealed_header);
}

#[test]
fn key_file_corpus() {
    replay("key_file", fuzz::key_file);
}

#[test]
fn case_file_corpus() {
    replay("case_file", fuzz::case_file);
}

/// Writes the seeds of `fuzz/corpus/`: the crafted sealed files, a real backup (as header + rest,
/// for `sealed_header`), a real key file, the case-file fixtures. Run by hand when
/// a format changes: `cargo test -p passerelle-tests --test fuzz_corpus -- --ignored seeds`
#[test]
#[ignore = "generator: rewrites the committed seeds"]
fn generate_seeds() {
    use passerelle_core::vault::kdf::KdfParams;
    use passerelle_core::vault::{backup, Secret, KEY_FILE};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = Path::new(CORPUS);
    let write = |target: &str, name: &str, bytes: &[u8]| {
        let dir = corpus.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("seed-{name}")), bytes).unwrap();
    };

    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = passerelle_tests::new_store(&dir.path().join("store"));
    write(
        "key_file",
        "passerelle.keys",
        &std::fs::read(dir.path().join("store").join(KEY_FILE)).unwrap(),
    );
    let out = dir.path().join("backup.enc");
    backup::create(
        &vault,
        &out,
        Secret::Passphrase(passerelle_tests::PASSPHRASE),
        KdfParams::FLOOR,
        chrono::Utc::now(),
        &mut |_| {},
    )
    .unwrap();

    let mut sealed: Vec<(String, Vec<u8>)> =
        vec![("backup.enc".into(), std::fs::read(&out).unwrap())];
    for entry in std::fs::read_dir(root.join("fixtures/crafted"))
        .unwrap()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        sealed.push((name, std::fs::read(entry.path()).unwrap()));
    }
    for (name, bytes) in &sealed {
        // A whole valid backup would cost `sealed_file` an Argon2 derivation for every mutation
        // of its body: `sealed_header` gets it instead.
        if name != "backup.enc" {
            write("sealed_file", name, bytes);
        }
        // Header JSON, a 0 byte, then what follows the header digest.
        let len = u32::from_be_bytes(bytes[16..20].try_into().unwrap()) as usize;
        let mut split = bytes[20..20 + len].to_vec();
        split.push(0);
        split.extend_from_slice(&bytes[20 + len + 32..]);
        write("sealed_header", name, &split);
    }
    for name in ["case-spec-example.json", "case-full.json"] {
        write(
            "case_file",
            name,
            &std::fs::read(root.join("fixtures").join(name)).unwrap(),
        );
    }
}
