//! `rules-sign` and `rules-keygen`: a maintainer builds and signs a rule pack for associations to
//! import (docs/legal-rules.md, « Publier un paquet »).
//!
//! The pack is checked by the app's own loader before it is signed, so a pack this build would
//! refuse is never signed. The secret key is read from standard input (base64 of its 32 bytes,
//! one line), never from the command line or a file in the repository; it is zeroed after use.

use std::io::Read as _;
use std::path::Path;

use base64::Engine as _;
use passerelle_core::legal::signed;
use passerelle_core::legal::RulePack;
use zeroize::Zeroizing;

/// Signs `pack` (the JSON file, byte for byte) with the key `key_id` read from stdin; writes the
/// signed file to `out`.
pub fn sign(pack: &Path, key_id: &str, out: &Path) -> Result<bool, String> {
    let body = std::fs::read(pack).map_err(|e| format!("{}: {e}", pack.display()))?;
    let text = std::str::from_utf8(&body).map_err(|_| "the pack is not UTF-8".to_string())?;
    let parsed = RulePack::from_json(text).map_err(|e| format!("the pack is refused: {e}"))?;
    let mut line = Zeroizing::new(String::new());
    std::io::stdin()
        .read_to_string(&mut line)
        .map_err(|e| format!("stdin: {e}"))?;
    let bytes = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(line.trim())
            .map_err(|_| "stdin: expected the secret key, base64".to_string())?,
    );
    let secret: Zeroizing<[u8; 32]> = Zeroizing::new(
        bytes
            .as_slice()
            .try_into()
            .map_err(|_| "stdin: the secret key is 32 bytes".to_string())?,
    );
    let file = signed::sign(&body, key_id, &secret);
    // Checked as the app will check it: a key the build does not trust is said at once.
    match signed::verify(&file) {
        Ok(_) => {}
        Err(e) => eprintln!(
            "xtask rules-sign: warning: this build refuses the signed file ({e}); is the key's \
             public half in legal/signed.rs?"
        ),
    }
    std::fs::write(out, &file).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "signed {} version {} with key {key_id} -> {}",
        parsed.id,
        parsed.version,
        out.display()
    );
    Ok(true)
}

/// Prints a new key pair: the secret (keep it offline) and the public half as a Rust array for
/// `RELEASE_KEYS`.
pub fn keygen() -> Result<bool, String> {
    let mut secret = Zeroizing::new([0u8; 32]);
    getrandom(secret.as_mut())?;
    let public = signed::public_key_of(&secret);
    println!(
        "secret (keep offline, never commit): {}",
        base64::engine::general_purpose::STANDARD.encode(secret.as_ref())
    );
    println!("public (for RELEASE_KEYS): {public:?}");
    Ok(true)
}

fn getrandom(buf: &mut [u8]) -> Result<(), String> {
    use rand::RngCore as _;
    rand::rngs::OsRng
        .try_fill_bytes(buf)
        .map_err(|e| format!("random: {e}"))
}
