//! What the fuzz targets run (`fuzz/fuzz_targets/`, `cargo fuzz` on nightly) and what
//! `tests/tests/fuzz_corpus.rs` replays on stable: the parsers of what comes from outside — a
//! sealed file (backup, hand-over bundle), a key file, a case file. Each function must return,
//! whatever the bytes: an `Err` is the expected answer to garbage, a panic is a bug.

use std::io::Write;
use std::path::PathBuf;

use passerelle_core::model::case::CaseDocument;
use passerelle_core::vault::keyfile::KeyFile;
use passerelle_core::vault::seal::{self, Content};
use passerelle_core::vault::Secret;

/// A sealed file as found on a USB stick: any bytes. Almost no input gets past the header's
/// SHA-256, so no key is derived (see [`sealed_header`] for what lies behind it).
pub fn sealed_file(data: &[u8]) {
    let path = scratch_file(data);
    let _ = seal::peek(&path);
    let _ = seal::open(
        &path,
        Content::Backup,
        &Secret::Passphrase("lanterne violon marée cactus"),
        &mut |_| {},
    );
}

/// A sealed file whose header digest is right: the input is the header's JSON, a 0 byte, then
/// the rest of the file (check tag and body). This reaches the header's interpretation, the
/// length arithmetic, and — in fuzz builds, with fixed keys instead of an Argon2 derivation per
/// input — the chunked decryption.
pub fn sealed_header(data: &[u8]) {
    use sha2::{Digest, Sha256};
    let (header, rest) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let mut bytes = seal::MAGIC.to_vec();
    bytes.extend_from_slice(&(header.len() as u32).to_be_bytes());
    bytes.extend_from_slice(header);
    let digest = Sha256::digest(&bytes);
    bytes.extend_from_slice(&digest);
    bytes.extend_from_slice(rest);
    let path = scratch_file(&bytes);
    let _ = seal::peek(&path);
    #[cfg(fuzzing)]
    let _ = seal::open_for_fuzzing(&path);
}

/// A key file: parsed, its MAC checked under a fixed key, written back and parsed again. Opening
/// a slot costs an Argon2 derivation of at least 64 MiB, too slow per input: not fuzzed.
pub fn key_file(data: &[u8]) {
    let Ok(mut file) = KeyFile::parse(data) else {
        return;
    };
    let key = zeroize::Zeroizing::new([7u8; 32]);
    let _ = file.verify_mac(&key);
    for slot in &file.body.slots {
        let _ = slot.role();
    }
    let bytes = file.to_bytes(&key).expect("a parsed key file serialises");
    let again = KeyFile::parse(&bytes).expect("what was written parses");
    assert_eq!(again.body, file.body, "a key file survives a round trip");
}

/// A case file: parsed and validated; when accepted, its typed view and its JSON survive a round
/// trip, and the names the lists show can be computed.
pub fn case_file(data: &[u8]) {
    let Ok((doc, case)) = CaseDocument::parse(data) else {
        return;
    };
    let _ = (case.display_name(), case.name_in_text(), case.initials());
    let (again, typed) =
        CaseDocument::parse(doc.to_json().as_bytes()).expect("an accepted case file re-reads");
    assert_eq!(again, doc, "the document survives a round trip");
    assert_eq!(typed, case, "the typed view survives a round trip");
}

/// The input as a file, for the parsers that read one; one file per process, rewritten each time.
fn scratch_file(data: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("passerelle-fuzz-{}", std::process::id()));
    let mut file = std::fs::File::create(&path).expect("the temporary folder is writable");
    file.write_all(data)
        .expect("the temporary folder is writable");
    path
}
