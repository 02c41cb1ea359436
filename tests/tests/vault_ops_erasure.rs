//! Erasure proven on the raw files: every page of the database and of its write-ahead log is
//! decrypted here, by this test, without SQLCipher, and the deleted name is on none of them.
//!
//! SQLCipher 4 with a raw key (SQLCipher's `sqlcipher_page_cipher`, in the vendored
//! sqlcipher.c) and the vault's 16 KiB pages (`db::PAGE_SIZE`): the last 80 bytes of each reserved for a 16-byte IV and a
//! 64-byte HMAC-SHA512; the rest is AES-256-CBC under the raw key, without padding; page 1's first
//! 16 bytes are the file's salt and stay in clear. A WAL frame is a 24-byte header (page number
//! first) and one page encrypted the same way. The decryption is checked against SQLite's own
//! header on page 1, and a positive control finds the name before the deletion: a decryption that
//! silently failed could not pass.
//!
//! The case erased carries, besides its name, a phone number, a complaint reference, a deadline
//! and an appointment with a place: what the derived index (`case_index`, `case_deadlines`,
//! `case_appointments`) and the full-text index (`case_search`, as search keys) hold of it.

use aes::cipher::block_padding::NoPadding;
use aes::cipher::{BlockDecryptMut, KeyIvInit};
use passerelle_core::app::{cases as app_cases, App};
use passerelle_core::db::cases;
use passerelle_core::model::case::CaseDocument;
use passerelle_core::search;
use passerelle_core::vault::keyfile::{KeyFile, SlotKind};
use passerelle_core::vault::{DB_FILE, KEY_FILE};
use passerelle_tests::{case_json, files_containing, new_app, PASSPHRASE};

/// The vault's page size (`cipher_page_size`, set by `Db::open`).
const PAGE: usize = 16384;
const RESERVE: usize = 80;
const IV: usize = 16;
const SALT: usize = 16;

/// An invented family name found nowhere else.
const CANARY: &str = "Zqxwipecanary";
/// Its phone number, complaint reference and appointment place, as invented.
const PHONE: &str = "07 98 76 54 31";
const REFERENCE: &str = "PV 2026/Zqxrefcanary";
const PLACE: &str = "Zqxplacecanary";

type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

fn decrypt_page(page: &[u8], pgno: u32, key: &[u8; 32]) -> Vec<u8> {
    assert_eq!(page.len(), PAGE);
    let usable = PAGE - RESERVE;
    let iv = &page[usable..usable + IV];
    let start = if pgno == 1 { SALT } else { 0 };
    let mut buf = page[start..usable].to_vec();
    Aes256CbcDec::new(key.into(), iv.into())
        .decrypt_padded_mut::<NoPadding>(&mut buf)
        .expect("whole blocks");
    buf
}

/// Every page of the main database file, decrypted.
fn db_pages(bytes: &[u8], key: &[u8; 32]) -> Vec<Vec<u8>> {
    assert_eq!(bytes.len() % PAGE, 0, "whole pages");
    bytes
        .chunks(PAGE)
        .enumerate()
        .map(|(i, p)| decrypt_page(p, i as u32 + 1, key))
        .collect()
}

/// Every frame of a write-ahead log, decrypted.
fn wal_pages(bytes: &[u8], key: &[u8; 32]) -> Vec<Vec<u8>> {
    if bytes.is_empty() {
        return Vec::new();
    }
    const HEADER: usize = 32;
    const FRAME_HEADER: usize = 24;
    bytes[HEADER..]
        .chunks(FRAME_HEADER + PAGE)
        .filter(|f| f.len() == FRAME_HEADER + PAGE)
        .map(|f| {
            let pgno = u32::from_be_bytes(f[..4].try_into().unwrap());
            decrypt_page(&f[FRAME_HEADER..], pgno, key)
        })
        .collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The canaries as the database may hold them: as typed, in capitals (display name), folded (the
/// sort key), as search keys (the full-text index), and the phone as one run of digits.
fn canaries() -> Vec<Vec<u8>> {
    let mut all = Vec::new();
    for text in [CANARY, REFERENCE, PLACE] {
        all.push(text.as_bytes().to_vec());
        all.push(text.to_uppercase().into_bytes());
        all.push(text.to_lowercase().into_bytes());
    }
    for word in [CANARY, "Zqxrefcanary", PLACE] {
        all.push(search::key(word).into_bytes());
    }
    all.push(PHONE.as_bytes().to_vec());
    all.push(PHONE.replace(' ', "").into_bytes());
    all
}

fn pages_with_canary(pages: &[Vec<u8>]) -> Vec<usize> {
    pages
        .iter()
        .enumerate()
        .filter(|(_, p)| canaries().iter().any(|c| contains(p, c)))
        .map(|(i, _)| i + 1)
        .collect()
}

fn data_key(dir: &std::path::Path) -> [u8; 32] {
    let keys = KeyFile::parse(&std::fs::read(dir.join(KEY_FILE)).unwrap()).unwrap();
    let (key, _) = keys
        .open(SlotKind::Passphrase, PASSPHRASE.as_bytes())
        .unwrap();
    *key
}

fn add(app: &App, family: &str, given: &str) -> String {
    let (doc, _) = CaseDocument::parse(case_json(family, given).as_bytes()).unwrap();
    app_cases::import(&app.request(), &doc).unwrap()
}

/// The canary case: a name, a phone, a complaint, a permit (deadlines), an appointment.
fn add_canary(app: &App) -> String {
    let mut json: serde_json::Value = serde_json::from_str(&case_json(CANARY, "Canary")).unwrap();
    json["person"]["phone"] = PHONE.into();
    json["cooperation"] = serde_json::json!({
        "complaint": { "date": "2026-10-02", "service": null, "reference": REFERENCE }
    });
    json["currentPermit"] =
        serde_json::json!({ "kind": "cst-vpf-l425-1", "issued": null, "expires": "2027-03-15" });
    json["appointments"] = serde_json::json!([
        { "id": "a1", "kind": "prefecture", "date": "2026-12-03", "place": PLACE }
    ]);
    let (doc, _) = CaseDocument::parse(json.to_string().as_bytes()).unwrap();
    app_cases::import(&app.request(), &doc).unwrap()
}

/// How many rows of the derived tables belong to case `id`, and the full-text index's rows.
fn derived_rows(app: &App, id: &str) -> (i64, i64) {
    app.vault()
        .read(|c| {
            let count = |sql: &str| c.query_row(sql, [id], |r| r.get::<_, i64>(0));
            Ok((
                count(
                    "SELECT (SELECT count(*) FROM case_index WHERE case_id = ?1)
                          + (SELECT count(*) FROM case_deadlines d JOIN case_index i USING (doc)
                             WHERE i.case_id = ?1)
                          + (SELECT count(*) FROM case_appointments a JOIN case_index i
                             USING (doc) WHERE i.case_id = ?1)",
                )?,
                c.query_row("SELECT count(*) FROM case_search", [], |r| r.get(0))?,
            ))
        })
        .unwrap()
}

#[test]
fn a_deleted_case_is_on_no_decrypted_page_of_the_database_nor_of_its_wal() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let vault = app.vault();
    // Neighbours on the same pages, so that the deletion frees space inside pages that stay in
    // use (what secure_delete must zero), not only whole pages.
    for i in 0..40 {
        add(&app, &format!("Voisin{i}"), "Autre");
    }
    let id = add_canary(&app);
    let (rows, searchable) = derived_rows(&app, &id);
    assert!(
        rows >= 4,
        "index row, deadlines and appointment are derived: {rows}"
    );
    assert_eq!(searchable, 41);
    for i in 40..80 {
        add(&app, &format!("Voisin{i}"), "Autre");
    }
    let key = data_key(dir.path());
    let db = dir.path().join(DB_FILE);
    let wal = dir.path().join(format!("{DB_FILE}-wal"));

    // The decryption is right: page 1 carries SQLite's header (page size, reserved bytes).
    let page1 = &db_pages(&std::fs::read(&db).unwrap(), &key)[0];
    let header = &page1[..]; // offset 16 of the page = offset 0 here
    assert_eq!(
        u16::from_be_bytes([header[0], header[1]]) as usize,
        PAGE,
        "page size field"
    );
    assert_eq!(header[4] as usize, RESERVE, "reserved bytes per page");

    // Positive control: before the deletion, the name is found (in the WAL, then in the file).
    assert!(
        !pages_with_canary(&wal_pages(&std::fs::read(&wal).unwrap(), &key)).is_empty(),
        "the canary must be visible in the decrypted WAL before the deletion"
    );
    vault.checkpoint().unwrap();
    let before = pages_with_canary(&db_pages(&std::fs::read(&db).unwrap(), &key));
    assert!(
        before.len() >= 2,
        "the canary must be visible on the decrypted pages (row and index): {before:?}"
    );
    // No plaintext ever: the raw files never show it.
    for c in canaries() {
        assert!(files_containing(dir.path(), &c).is_empty());
    }

    app_cases::delete(&app.request(), &id).unwrap();
    assert_eq!(
        derived_rows(&app, &id),
        (0, 80),
        "nothing derived left of the case; the others' full-text rows intact"
    );

    let db_bytes = std::fs::read(&db).unwrap();
    let after = pages_with_canary(&db_pages(&db_bytes, &key));
    assert!(
        after.is_empty(),
        "the deleted name is still on decrypted pages {after:?} (free pages included)"
    );
    let wal_bytes = std::fs::read(&wal).unwrap_or_default();
    let in_wal = pages_with_canary(&wal_pages(&wal_bytes, &key));
    assert!(
        in_wal.is_empty(),
        "the deleted name is in the WAL: frames {in_wal:?}"
    );
    assert!(
        wal_bytes.is_empty(),
        "the WAL was checkpointed and truncated"
    );

    // The neighbours are intact and still found by the search.
    assert_eq!(vault.read(cases::count).unwrap(), 80);
    assert_eq!(
        vault.read(|c| cases::search(c, "voisin4")).unwrap().len(),
        11
    );
    assert!(vault
        .read(|c| cases::search(c, "zqxwipe"))
        .unwrap()
        .is_empty());

    // Closing the store changes nothing to that.
    vault.lock();
    let after_close = pages_with_canary(&db_pages(&std::fs::read(&db).unwrap(), &key));
    assert!(after_close.is_empty(), "{after_close:?}");
}

#[test]
fn without_the_index_merge_the_deleted_name_would_stay_in_the_index() {
    // Why cases::delete runs FTS5 'optimize': a contentless_delete=1 index only marks the row as
    // deleted; the name's search key stays in the segment until a merge. This shows the hazard is
    // real, so the test above proves something.
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = new_app(dir.path());
    let vault = app.vault();
    for i in 0..20 {
        add(&app, &format!("Voisin{i}"), "Autre");
    }
    let id = add(&app, CANARY, "Canary");
    vault
        .write(|tx| {
            let doc: i64 = tx.query_row(
                "SELECT doc FROM case_index WHERE case_id = ?1",
                [&id],
                |r| r.get(0),
            )?;
            tx.execute("DELETE FROM case_search WHERE rowid = ?1", [doc])?;
            tx.execute("DELETE FROM cases WHERE id = ?1", [&id])?;
            Ok(())
        })
        .unwrap();
    vault.checkpoint().unwrap();
    let key = data_key(dir.path());
    let pages = db_pages(&std::fs::read(dir.path().join(DB_FILE)).unwrap(), &key);
    assert!(
        pages
            .iter()
            .any(|p| contains(p, search::key(CANARY).as_bytes())),
        "a plain delete leaves the name's search key in the full-text segments"
    );
}
