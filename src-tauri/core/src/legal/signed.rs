//! Rule-pack files: a pack that travels on a USB stick or by e-mail, signed by a maintainer, and
//! checked before anything in it is believed.
//!
//! # The file
//!
//! ```text
//! passerelle-rules-signed/1
//! key: <id of the signing key>
//! signature: <base64 of the 64-byte Ed25519 signature>
//!
//! <the pack's JSON, byte for byte>
//! ```
//!
//! The header ends at the first empty line; everything after it is the pack, exactly as signed.
//! The signature covers [`MAGIC`], a newline, then those bytes: a signature made for another kind
//! of file cannot be replayed here. Only the keys compiled into this build ([`trusted_keys`]) may
//! sign; a debug build also trusts the project's published test key ([`test_key`]), which
//! release builds never do.
//!
//! # Checks, in order
//!
//! Each failure is its own [`Error`], so the worker reads what is wrong and nothing changes:
//! 1. the header ([`Error::RulePackUnsigned`]): a bare pack or any other file;
//! 2. the key is one this build trusts ([`Error::RulePackUnknownKey`]);
//! 3. the signature verifies over the exact bytes ([`Error::RulePackBadSignature`]): a pack edited
//!    after signing;
//! 4. the pack's `engine` is one this build runs ([`Error::RulePackEngineTooNew`]), read before
//!    the rules so a newer pack's new fields are not mistaken for damage;
//! 5. the pack is for the same law ([`Error::RulePackOtherLaw`]);
//! 6. every rule parses and names only ids this engine knows ([`Error::RulePackUnknownId`]), and
//!    the pack is consistent ([`Error::RulePackMalformed`]);
//! 7. it is newer than the pack in use ([`Error::RulePackDowngrade`],
//!    [`Error::RulePackAlreadyInUse`]): checked by the caller, which knows what is in use
//!    ([`check_newer`]).

use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

use super::pack::{compare_versions, RulePack, ENGINE_VERSION};
use crate::error::{Field, Invalid};
use crate::{Error, Result};

/// The first line of a rule-pack file, and the signature's context.
pub const MAGIC: &str = "passerelle-rules-signed/1";

/// The largest file read as a pack: the embedded pack is about 60 KiB.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// A key that may sign packs: its id (what a file's `key:` line names) and its public half.
#[derive(Debug, Clone, Copy)]
pub struct TrustedKey {
    /// The id written in the file.
    pub id: &'static str,
    /// The Ed25519 public key.
    pub public: [u8; 32],
}

/// The maintainers' keys, compiled into every build. A key is added here (its public half only)
/// by the maintainer who generated it with `cargo run -p xtask -- rules-keygen`; its secret half
/// never enters the repository (docs/legal-rules.md, « Publier un paquet »).
///
/// `passerelle-2026`: made on 3 December 2026 for the first releases; its secret half is held by
/// the project's maintainers, off the repository.
const RELEASE_KEYS: &[TrustedKey] = &[TrustedKey {
    id: "passerelle-2026",
    public: [
        0x40, 0x50, 0x24, 0x7c, 0x02, 0xb6, 0x4c, 0xbd, 0xb4, 0x65, 0x11, 0xe8, 0xf6, 0x05, 0x9c,
        0xea, 0x94, 0x31, 0xcb, 0x8f, 0x76, 0x96, 0xc6, 0x40, 0xa8, 0xfe, 0x5f, 0xe1, 0x0e, 0x9b,
        0x93, 0xbf,
    ],
}];

/// The project's test key: its secret is in this source, so only debug builds (tests, e2e,
/// development) trust it. A release build refuses a pack it signed as from an unknown key.
pub mod test_key {
    /// The id test packs name.
    pub const ID: &str = "passerelle-test";
    /// The secret half, public on purpose: deterministic test packs.
    pub const SECRET: [u8; 32] = [0x17; 32];
}

/// Every key this build trusts: the release keys; debug builds and this crate's own unit tests
/// (which also run as a release build, for Windows under Wine) add the test key. A shipped
/// release program never trusts it.
pub fn trusted_keys() -> Vec<TrustedKey> {
    let mut keys = RELEASE_KEYS.to_vec();
    if cfg!(any(debug_assertions, test)) {
        keys.push(TrustedKey {
            id: test_key::ID,
            public: SigningKey::from_bytes(&test_key::SECRET)
                .verifying_key()
                .to_bytes(),
        });
    }
    keys
}

/// The message a signature covers: the context, then the pack's bytes.
fn signed_message(body: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(MAGIC.len() + 1 + body.len());
    message.extend_from_slice(MAGIC.as_bytes());
    message.push(b'\n');
    message.extend_from_slice(body);
    message
}

/// Writes the signed file of `body` (a pack's JSON, byte for byte) with the key `key_id`, whose
/// secret half is `secret`. The maintainer's tool (`xtask rules sign`) and the tests call this;
/// the app never signs.
pub fn sign(body: &[u8], key_id: &str, secret: &[u8; 32]) -> Vec<u8> {
    let signature = SigningKey::from_bytes(secret).sign(&signed_message(body));
    let mut file = format!(
        "{MAGIC}\nkey: {key_id}\nsignature: {}\n\n",
        base64::engine::general_purpose::STANDARD.encode(signature.to_bytes())
    )
    .into_bytes();
    file.extend_from_slice(body);
    file
}

/// The public half of `secret`, base64: what goes into [`RELEASE_KEYS`].
pub fn public_key_of(secret: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(secret).verifying_key().to_bytes()
}

/// A pack read from a file whose signature verified.
#[derive(Debug, Clone)]
pub struct VerifiedPack {
    /// The pack.
    pub pack: RulePack,
    /// The file, byte for byte (what is stored in the vault, and verified again at each unlock).
    pub file: Vec<u8>,
    /// The key that signed it.
    pub key_id: String,
}

/// Reads and checks a rule-pack file: steps 1 to 6 of the module's list.
///
/// # Errors
/// One per step, as listed in the module's documentation.
pub fn verify(file: &[u8]) -> Result<VerifiedPack> {
    verify_with(file, &trusted_keys())
}

/// [`verify`] against `keys`.
pub fn verify_with(file: &[u8], keys: &[TrustedKey]) -> Result<VerifiedPack> {
    if file.len() > MAX_FILE_BYTES {
        return Err(Error::RulePackMalformed {
            place: String::new(),
        });
    }
    let (key_id, signature, body) = split(file)?;
    let key = keys
        .iter()
        .find(|k| k.id == key_id)
        .ok_or(Error::RulePackUnknownKey)?;
    let verifying =
        VerifyingKey::from_bytes(&key.public).map_err(|_| Error::Internal("a trusted key"))?;
    verifying
        .verify(&signed_message(body), &signature)
        .map_err(|_| Error::RulePackBadSignature)?;
    let text = std::str::from_utf8(body).map_err(|_| Error::RulePackMalformed {
        place: String::new(),
    })?;
    let pack = parse_checked(text)?;
    Ok(VerifiedPack {
        pack,
        file: file.to_vec(),
        key_id: key_id.to_string(),
    })
}

/// The header's key id and signature, and the body.
fn split(file: &[u8]) -> Result<(&str, Signature, &[u8])> {
    let end = file
        .windows(2)
        .position(|w| w == b"\n\n")
        .ok_or(Error::RulePackUnsigned)?;
    let header = std::str::from_utf8(&file[..end]).map_err(|_| Error::RulePackUnsigned)?;
    let body = &file[end + 2..];
    let mut lines = header.lines();
    if lines.next().map(str::trim_end) != Some(MAGIC) {
        return Err(Error::RulePackUnsigned);
    }
    let (mut key, mut signature) = (None, None);
    for line in lines {
        match line.split_once(':') {
            Some(("key", v)) => key = Some(v.trim()),
            Some(("signature", v)) => signature = Some(v.trim()),
            _ => return Err(Error::RulePackUnsigned),
        }
    }
    let (Some(key), Some(signature)) = (key, signature) else {
        return Err(Error::RulePackUnsigned);
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(signature)
        .map_err(|_| Error::RulePackBadSignature)?;
    let bytes: [u8; 64] = bytes.try_into().map_err(|_| Error::RulePackBadSignature)?;
    Ok((key, Signature::from_bytes(&bytes), body))
}

/// Steps 4 to 6: the engine, the law, then the rules.
fn parse_checked(text: &str) -> Result<RulePack> {
    let loose: serde_json::Value =
        serde_json::from_str(text).map_err(|_| Error::RulePackMalformed {
            place: String::new(),
        })?;
    let needed = match loose.get("engine") {
        None => 1,
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| Error::RulePackMalformed {
                place: "engine".into(),
            })?,
    };
    if needed > ENGINE_VERSION {
        return Err(Error::RulePackEngineTooNew {
            needed,
            supported: ENGINE_VERSION,
        });
    }
    let embedded = RulePack::embedded();
    match loose.get("id").and_then(|v| v.as_str()) {
        Some(id) if id == embedded.id => {}
        Some(id) => return Err(Error::RulePackOtherLaw { id: id.to_string() }),
        None => {
            return Err(Error::RulePackMalformed { place: "id".into() });
        }
    }
    RulePack::from_json(text).map_err(|e| match e {
        Error::InvalidField {
            field: Field::Rules(place),
            reason,
        } => {
            if unknown_id(text, &place)
                || matches!(reason, Invalid::RuleDefect("undefined condition"))
            {
                Error::RulePackUnknownId { place }
            } else {
                Error::RulePackMalformed { place }
            }
        }
        _ => Error::RulePackMalformed {
            place: String::new(),
        },
    })
}

/// True if the pack fails to parse at `place` because it names an id this engine has no variant
/// for (a condition, a warning, a route, a document…), rather than for any other defect.
fn unknown_id(text: &str, place: &str) -> bool {
    let mut de = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, RulePack>(&mut de) {
        Err(e) => {
            e.path().to_string() == place && e.inner().to_string().contains("unknown variant")
        }
        Ok(_) => false,
    }
}

/// Step 7: `candidate` must be newer than `in_use`.
///
/// # Errors
/// [`Error::RulePackAlreadyInUse`] for the same version, [`Error::RulePackDowngrade`] for an
/// older one.
pub fn check_newer(candidate: &RulePack, in_use: &RulePack) -> Result<()> {
    match compare_versions(&candidate.version, &in_use.version) {
        Some(std::cmp::Ordering::Greater) => Ok(()),
        Some(std::cmp::Ordering::Equal) => Err(Error::RulePackAlreadyInUse {
            version: candidate.version.clone(),
        }),
        _ => Err(Error::RulePackDowngrade {
            found: candidate.version.clone(),
            in_use: in_use.version.clone(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    /// The embedded pack's version with its last number raised by `n`: newer than the embedded
    /// pack whatever its version, so the tests stay right at the next bump.
    fn later(n: u64) -> String {
        let v = &RulePack::embedded().version;
        let (head, last) = v.rsplit_once('.').expect("a pack version has dots");
        format!("{head}.{}", last.parse::<u64>().expect("numbers") + n)
    }

    /// The embedded pack, one version later, edited by `edit`.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let mut v: serde_json::Value = serde_json::from_str(RulePack::embedded_json()).unwrap();
        v["version"] = later(1).into();
        edit(&mut v);
        serde_json::to_vec_pretty(&v).unwrap()
    }

    fn signed(body: &[u8]) -> Vec<u8> {
        sign(body, test_key::ID, &test_key::SECRET)
    }

    fn refused(file: &[u8]) -> ErrorKind {
        verify(file).expect_err("must be refused").kind()
    }

    #[test]
    fn a_signed_pack_is_accepted_as_it_was_signed() {
        let body = edited(|_| {});
        let file = signed(&body);
        let ok = verify(&file).expect("a pack signed with a trusted key loads");
        assert_eq!(ok.pack.version, later(1));
        assert_eq!(ok.file, file, "the file is kept byte for byte");
        assert_eq!(ok.key_id, test_key::ID);
    }

    #[test]
    fn a_bare_pack_is_refused_as_unsigned() {
        assert_eq!(refused(&edited(|_| {})), ErrorKind::RulePackUnsigned);
        assert_eq!(refused(b""), ErrorKind::RulePackUnsigned);
        assert_eq!(
            refused(b"passerelle-rules-signed/1\nkey: x\n\n{}"),
            ErrorKind::RulePackUnsigned,
            "a header without its signature line"
        );
    }

    #[test]
    fn one_byte_changed_after_signing_is_refused_as_tampered() {
        let mut file = signed(&edited(|_| {}));
        let at = file.len() - 20;
        file[at] ^= 0x01;
        assert_eq!(refused(&file), ErrorKind::RulePackBadSignature);
    }

    #[test]
    fn a_pack_signed_with_another_key_is_refused() {
        let body = edited(|_| {});
        let stranger = sign(&body, "someone", &[0x42; 32]);
        assert_eq!(refused(&stranger), ErrorKind::RulePackUnknownKey);
        // The same id as a trusted key, another secret: the signature does not verify.
        let impostor = sign(&body, test_key::ID, &[0x42; 32]);
        assert_eq!(refused(&impostor), ErrorKind::RulePackBadSignature);
    }

    #[test]
    fn a_release_build_does_not_trust_the_test_key() {
        let file = signed(&edited(|_| {}));
        assert_eq!(
            verify_with(&file, RELEASE_KEYS).unwrap_err().kind(),
            ErrorKind::RulePackUnknownKey
        );
    }

    #[test]
    fn a_pack_for_a_newer_engine_is_refused_before_its_rules_are_read() {
        let body = edited(|v| {
            v["engine"] = (ENGINE_VERSION + 1).into();
            v["somethingNew"] = serde_json::json!({"a": 1});
        });
        let err = verify(&signed(&body)).unwrap_err();
        assert!(
            matches!(err, Error::RulePackEngineTooNew { needed, supported } if needed == ENGINE_VERSION + 1 && supported == ENGINE_VERSION),
            "{err:?}"
        );
    }

    #[test]
    fn a_pack_naming_an_unknown_warning_or_condition_is_refused_with_its_place() {
        let body = edited(|v| v["warnings"][0]["id"] = "made-up-warning".into());
        let err = verify(&signed(&body)).unwrap_err();
        let Error::RulePackUnknownId { place } = &err else {
            panic!("{err:?}")
        };
        assert!(place.starts_with("warnings"), "{place}");
        let body = edited(|v| v["routes"][1]["conditions"][0] = "made-up".into());
        assert_eq!(refused(&signed(&body)), ErrorKind::RulePackUnknownId);
    }

    #[test]
    fn a_malformed_pack_is_refused_as_such() {
        assert_eq!(
            refused(&signed(b"{ not json")),
            ErrorKind::RulePackMalformed
        );
        let body = edited(|v| v["warnings"][3]["legalBasis"] = serde_json::json!([]));
        assert_eq!(refused(&signed(&body)), ErrorKind::RulePackMalformed);
        let body = edited(|v| v["version"] = "next".into());
        assert_eq!(refused(&signed(&body)), ErrorKind::RulePackMalformed);
    }

    #[test]
    fn a_pack_for_another_law_is_refused() {
        let body = edited(|v| v["id"] = "be-teh".into());
        assert_eq!(refused(&signed(&body)), ErrorKind::RulePackOtherLaw);
    }

    #[test]
    fn only_a_newer_version_replaces_the_pack_in_use() {
        let in_use = RulePack::embedded();
        let newer = verify(&signed(&edited(|_| {}))).unwrap().pack;
        check_newer(&newer, in_use)
            .expect("one more than the embedded pack's last number follows it");
        let older = verify(&signed(&edited(|v| v["version"] = "2026.12.3".into())))
            .unwrap()
            .pack;
        assert_eq!(
            check_newer(&older, in_use).unwrap_err().kind(),
            ErrorKind::RulePackDowngrade
        );
        assert_eq!(
            check_newer(in_use, in_use).unwrap_err().kind(),
            ErrorKind::RulePackAlreadyInUse
        );
        // x.y.10 after x.y.9: as numbers, not as text (where "10" < "9").
        let at = |last: u32| {
            let v = RulePack::embedded().version.clone();
            let head = v
                .rsplit_once('.')
                .map_or(v.as_str(), |(h, _)| h)
                .to_string();
            verify(&signed(&edited(|v| {
                v["version"] = format!("{head}.{last}").into()
            })))
            .unwrap()
            .pack
        };
        check_newer(&at(10), &at(9)).expect("versions compare as numbers, not text");
    }
}
