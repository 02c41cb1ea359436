//! Issue 13, item 3: a vault whose key file is gone. The app used to show the first-run screen,
//! and creating a vault deleted the database. Now it says « Fichier de clés introuvable », and
//! the database is moved aside — renamed, never deleted — only after the box is ticked.

use passerelle_e2e::*;

const PASSPHRASE: &str = "lanterne violon marée cactus";

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_database_without_its_key_file_is_set_aside_only_with_consent() {
    let data = tempfile::tempdir().unwrap();
    let store = data.path().join("store");
    let driver = Driver::start().await;

    let c = driver.launch(data.path()).await;
    create_store(&c, PASSPHRASE).await;
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;

    let db = std::fs::read(store.join("passerelle.db")).unwrap();
    let listing: Vec<_> = std::fs::read_dir(&store)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    for name in ["passerelle.keys", "passerelle.keys.last-good"] {
        std::fs::remove_file(store.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}; {listing:?}"));
    }

    let c = driver.launch(data.path()).await;
    wait_for(&c, "body[data-screen=missing-keys]").await;
    let message = wait_text(&c, "#missing-keys-message", |t| !t.is_empty()).await;
    assert_eq!(
        message.replace('\u{a0}', " "),
        "Fichier de clés introuvable : remettez-le ou restaurez une sauvegarde."
    );
    screenshot(&c, "missing-keys").await;
    let set_aside = wait_for(&c, "#missing-keys-set-aside").await;
    assert!(
        !set_aside.is_enabled().await.unwrap(),
        "nothing is moved before the box is ticked"
    );
    click(&c, "#missing-keys-retry").await;
    wait_text(&c, "#missing-keys-error", |t| {
        t.contains("toujours introuvable")
    })
    .await;
    assert_eq!(std::fs::read(store.join("passerelle.db")).unwrap(), db);

    click(&c, "#missing-keys-consent").await;
    click(&c, "#missing-keys-set-aside").await;
    wait_for(&c, "body[data-screen=setup]").await;
    let said = wait_text(&c, "#setup-set-aside", |t| {
        t.contains("passerelle.db.set-aside-")
    })
    .await;
    let name = said
        .split(['«', '»'])
        .nth(1)
        .map(|n| n.trim_matches(|c: char| c.is_whitespace()).to_string())
        .unwrap();
    assert_eq!(
        std::fs::read(store.join(&name)).unwrap(),
        db,
        "the database was renamed, not deleted"
    );
    assert!(!store.join("passerelle.db").exists());
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;
}
