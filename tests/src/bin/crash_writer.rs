//! Writes cases to a store as fast as it can, printing `committed N` after each commit returns.
//! The crash-safety test kills it with SIGKILL at a random moment and checks that every case
//! reported committed is in the store afterwards.
//!
//! usage: crash-writer STORE_DIR   (the store exists; the passphrase is the test passphrase)

use std::io::Write;

use passerelle_core::db::cases;
use passerelle_core::model::case::CaseDocument;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: crash-writer STORE_DIR");
    let vault = passerelle_core::vault::Vault::at(&dir);
    passerelle_tests::unlock(&vault).expect("unlock");
    let start = vault.read(cases::count).expect("count");
    let mut out = std::io::stdout().lock();
    for n in start.. {
        let json = passerelle_tests::case_json(&format!("Writer{n}"), "Crash");
        let (doc, _) = CaseDocument::parse(json.as_bytes()).expect("valid case");
        vault
            .write(|tx| cases::insert(tx, &doc, chrono::Utc::now()))
            .expect("insert");
        writeln!(out, "committed {n}").expect("stdout");
        out.flush().expect("flush");
    }
}
