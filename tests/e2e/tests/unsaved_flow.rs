//! Nothing typed is lost without a word (UI review, 2026-12-08): a note, an appointment or an
//! application opened with « Modifier », a checklist date typed and not yet left, consent choices
//! changed and not saved; each one a lock (Ctrl+L, Shift ×3) or a page change either saves or is
//! refused, or the unlock screen says that something was lost. Escape closes a form only when
//! nothing in it differs from what is saved. An empty retention delay is not saved as 0 months.
//! A JavaScript exception in a view is said in French, not in the engine's English. The browser's
//! own right-click menu (« Copy Link Location », whose copy the lock would not clear) is offered
//! only in fields.

use passerelle_e2e::*;

mod support;
use support::{
    ctrl, keys, mark_old_page, neutral_to_unlock, settled, shift_three_times, store_cli, type_over,
    value, wait_fresh_page, wait_script,
};

const PASSPHRASE: &str = "lanterne violon marée cactus";
/// The full fixture case (tests/fixtures/case-full.json): a note (n1), a court appointment (a1),
/// consent given to keep the case and to share it with the prefecture, refused for a lawyer, and
/// a checklist whose proof of address can be dated.
const FULL_CASE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/case-full.json");
/// What the unlock screen says when a lock dropped something typed (`unlock-reason-locked-unsaved`).
const LOST: &str = "pas pu être enregistré";
/// The fixture's note.
const NOTE: &str = "Note inventée pour les tests.";

/// A data directory whose store holds the full fixture case.
fn fixture_store() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let store = data.path().join("store");
    store_cli(&store, PASSPHRASE, &["init"]);
    store_cli(&store, PASSPHRASE, &["import", FULL_CASE]);
    data
}

/// Escape pressed in the field matched by `css` (where the keyboard is).
async fn escape_in(c: &Client, css: &str) {
    wait_for(c, css)
        .await
        .send_keys("\u{E00C}")
        .await
        .expect("Escape");
}

/// Unlocks the app, opened on `data`, and opens the fixture case.
async fn open_case(c: &Client) {
    wait_for(c, "body[data-screen=unlock]").await;
    type_into(c, "#passphrase", PASSPHRASE).await;
    click(c, "#unlock-submit").await;
    wait_for(c, "body[data-page=dashboard]").await;
    click(c, "#nav-cases").await;
    wait_for(c, "body[data-page=cases]").await;
    click(c, "#case-table tbody tr:first-child a").await;
    wait_for(c, "body[data-page=case]").await;
}

/// Opens `section` of the case shown.
async fn section(c: &Client, section: &str) {
    click(c, &format!("#section-{section}")).await;
    wait_for(c, &format!("body[data-case-section={section}]")).await;
    settled(c).await;
}

/// Locks with Ctrl+L; answers what the unlock screen says, then unlocks (back on the same page).
async fn lock_and_unlock(c: &Client) -> String {
    mark_old_page(c).await;
    ctrl(c, 'l').await;
    wait_fresh_page(c, "unlock").await;
    let notice = wait_text(c, "#unlock-notice", |t| !t.is_empty()).await;
    type_into(c, "#passphrase", PASSPHRASE).await;
    click(c, "#unlock-submit").await;
    wait_for(c, "body[data-page=case]").await;
    settled(c).await;
    notice.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Locks with Shift ×3; answers what the unlock screen says after the neutral screen, then
/// unlocks.
async fn quick_lock_and_unlock(c: &Client) -> String {
    mark_old_page(c).await;
    keys(c, shift_three_times()).await;
    wait_fresh_page(c, "neutral").await;
    neutral_to_unlock(c).await;
    let notice = wait_text(c, "#unlock-notice", |t| !t.is_empty()).await;
    type_into(c, "#passphrase", PASSPHRASE).await;
    click(c, "#unlock-submit").await;
    wait_for(c, "body[data-page=case]").await;
    settled(c).await;
    notice.replace(['\u{a0}', '\u{202f}'], " ")
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn an_item_opened_with_modifier_is_saved_or_said_lost_at_a_lock() {
    let (data, _driver, c) = on_the_case().await;
    section(&c, "followup").await;

    // A note being corrected is saved at the lock, as a new note is added.
    click(&c, "#note-edit-n1").await;
    type_into(&c, "#note-edit-text-n1", "Note corrigée avant Ctrl+L").await;
    let notice = lock_and_unlock(&c).await;
    assert!(!notice.contains(LOST), "nothing was lost: {notice}");
    wait_for(&c, "body[data-case-section=followup]").await;
    wait_text(&c, "#notes", |t| t.contains("Note corrigée avant Ctrl+L")).await;

    // An appointment opened and left as it is: nothing is said lost.
    click(&c, "[data-appointment=a1] button").await;
    wait_for(&c, "#appt-cancel").await;
    assert_eq!(
        value(&c, "#appt-place").await,
        "Tribunal judiciaire de Bobigny"
    );
    let notice = lock_and_unlock(&c).await;
    assert!(
        !notice.contains(LOST),
        "only opened, nothing lost: {notice}"
    );

    // Changed, and locked with Shift ×3: the unlock screen says it was not saved.
    wait_for(&c, "body[data-case-section=followup]").await;
    click(&c, "[data-appointment=a1] button").await;
    wait_for(&c, "#appt-cancel").await;
    type_into(&c, "#appt-place", "Cour d’appel de Paris").await;
    let notice = quick_lock_and_unlock(&c).await;
    assert!(notice.contains(LOST), "the change is said lost: {notice}");

    // An application being changed, with Ctrl+L.
    wait_for(&c, "body[data-case-section=followup]").await;
    select(&c, "#app-route", "cst-l425-1").await;
    type_into(&c, "#app-filed", "03/09/2026").await;
    click(&c, "#app-save").await;
    wait_for(&c, "[data-application] button").await;
    settled(&c).await;
    click(&c, "[data-application] button").await;
    wait_for(&c, "#app-cancel").await;
    select(&c, "#app-outcome", "granted").await;
    let notice = lock_and_unlock(&c).await;
    assert!(notice.contains(LOST), "the change is said lost: {notice}");
    close(c, &data).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_checklist_date_typed_is_saved_at_a_lock_and_a_refused_one_keeps_the_worker() {
    let (data, _driver, c) = on_the_case().await;
    section(&c, "checklist").await;
    let date = "#q-document-date-proof-of-address-input";
    click(&c, "#q-document-status-proof-of-address-opt-have").await;
    wait_for(&c, date).await;
    settled(&c).await;

    // Typed, not left (no change yet), then Ctrl+L: saved.
    type_into(&c, date, "01/02/2026").await;
    let notice = lock_and_unlock(&c).await;
    assert!(!notice.contains(LOST), "nothing was lost: {notice}");
    wait_for(&c, "body[data-case-section=checklist]").await;
    assert_eq!(value(&c, date).await, "01/02/2026", "saved at the lock");

    // Typed, then another page: saved before it goes.
    type_into(&c, date, "03/02/2026").await;
    click(&c, "#nav-dashboard").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    c.back().await.unwrap();
    wait_for(&c, "body[data-case-section=checklist]").await;
    settled(&c).await;
    assert_eq!(value(&c, date).await, "03/02/2026", "saved on leaving");

    // A day that does not exist: refused, and the worker stays, told why.
    type_into(&c, date, "31/02/2026").await;
    click(&c, "#section-assessment").await;
    wait_text(&c, "#q-document-date-proof-of-address-error", |t| {
        !t.is_empty()
    })
    .await;
    wait_text(&c, "#checklist-error", |t| !t.is_empty()).await;
    screenshot(&c, "unsaved-checklist-refused").await;
    wait_script(
        &c,
        "return document.body.dataset.caseSection === 'checklist'
           && location.hash.endsWith('/checklist');",
    )
    .await;
    assert_eq!(value(&c, date).await, "31/02/2026", "kept as typed");
    // Locked with it: said lost.
    let notice = lock_and_unlock(&c).await;
    assert!(
        notice.contains(LOST),
        "the refused day is said lost: {notice}"
    );
    close(c, &data).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn consent_choices_changed_are_not_left_behind_without_a_word() {
    let (data, _driver, c) = on_the_case().await;
    section(&c, "file").await;
    assert_eq!(value(&c, "#consent-shareWithPrefecture").await, "given");

    // Another tab: refused while the choice differs from what is saved.
    select(&c, "#consent-shareWithPrefecture", "withdrawn").await;
    click(&c, "#section-followup").await;
    wait_text(&c, "#consent-unsaved", |t| t.contains("consentement")).await;
    screenshot(&c, "unsaved-consent").await;
    wait_script(
        &c,
        "return document.body.dataset.caseSection === 'file' && location.hash.endsWith('/file');",
    )
    .await;
    assert_eq!(value(&c, "#consent-shareWithPrefecture").await, "withdrawn");
    // « Quitter sans enregistrer »: she goes, knowingly; nothing was saved.
    click(&c, "#consent-leave-unsaved").await;
    wait_for(&c, "body[data-case-section=followup]").await;
    section(&c, "file").await;
    assert_eq!(value(&c, "#consent-shareWithPrefecture").await, "given");

    // Changed again, then locked: the unlock screen says it was not saved.
    select(&c, "#consent-shareWithPrefecture", "withdrawn").await;
    let notice = lock_and_unlock(&c).await;
    assert!(notice.contains(LOST), "the choice is said lost: {notice}");
    // Saved, then the tab changes freely.
    wait_for(&c, "body[data-case-section=file]").await;
    select(&c, "#consent-shareWithPrefecture", "withdrawn").await;
    click(&c, "#consent-save").await;
    wait_text(&c, "#case-notice", |t| t.contains("Enregistré")).await;
    section(&c, "followup").await;
    close(c, &data).await;
}

/// The fixture's store, the driver and the app, on the fixture's case page. The driver is kept
/// for as long as the app runs.
async fn on_the_case() -> (tempfile::TempDir, Driver, Client) {
    let data = fixture_store();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    open_case(&c).await;
    (data, driver, c)
}

/// Closes the app and waits for it to be gone.
async fn close(c: Client, data: &tempfile::TempDir) {
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;
}

/// Types `typed` into `field` and presses Escape: the form stays, with what was typed.
async fn escape_keeps(c: &Client, field: &str, typed: &str) {
    type_into(c, field, typed).await;
    escape_in(c, field).await;
    settled(c).await;
    assert_eq!(value(c, field).await, typed, "Escape kept {field}");
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn escape_closes_a_form_only_when_nothing_typed_would_be_lost() {
    let (data, _driver, c) = on_the_case().await;
    section(&c, "followup").await;

    // A note being corrected: Escape keeps it; back to its saved text, Escape closes it.
    click(&c, "#note-edit-n1").await;
    escape_keeps(&c, "#note-edit-text-n1", "Note à moitié corrigée").await;
    type_into(&c, "#note-edit-text-n1", NOTE).await;
    escape_in(&c, "#note-edit-text-n1").await;
    support::wait_gone(&c, "#note-edit-text-n1", "unchanged, Escape closes it").await;

    // An appointment being changed: the same.
    click(&c, "[data-appointment=a1] button").await;
    wait_for(&c, "#appt-cancel").await;
    escape_keeps(&c, "#appt-place", "Cour d’appel de Paris").await;
    wait_for(&c, "#appt-cancel").await;
    type_into(&c, "#appt-place", "Tribunal judiciaire de Bobigny").await;
    escape_in(&c, "#appt-place").await;
    wait_script(
        &c,
        "return document.getElementById('appt-cancel').hidden
           && document.getElementById('appt-place').value === '';",
    )
    .await;

    // An application being changed: the same.
    select(&c, "#app-route", "cst-l425-1").await;
    type_into(&c, "#app-filed", "03/09/2026").await;
    click(&c, "#app-save").await;
    wait_for(&c, "[data-application] button").await;
    settled(&c).await;
    click(&c, "[data-application] button").await;
    wait_for(&c, "#app-cancel").await;
    escape_keeps(&c, "#app-anef", "7501234567").await;
    wait_for(&c, "#app-cancel").await;
    type_over(&c, "#app-anef", "").await;
    escape_in(&c, "#app-anef").await;
    wait_script(
        &c,
        "return document.getElementById('app-cancel').hidden
           && document.getElementById('app-filed').value === '';",
    )
    .await;

    // A new case being typed: Escape keeps it; emptied, Escape closes it.
    click(&c, "#nav-cases").await;
    wait_for(&c, "body[data-page=cases]").await;
    click(&c, "#case-new").await;
    escape_keeps(&c, "#family-name", "Zqxescape").await;
    type_over(&c, "#family-name", "").await;
    escape_in(&c, "#family-name").await;
    support::wait_gone(&c, "#family-name", "empty, Escape closes it").await;

    // A case to receive, its passphrase typed: the same.
    click(&c, "#handover-import-open").await;
    escape_keeps(&c, "#handover-import-passphrase", "péniche horloge").await;
    type_over(&c, "#handover-import-passphrase", "").await;
    escape_in(&c, "#handover-import-passphrase").await;
    support::wait_gone(&c, "#handover-import-form", "empty, Escape closes it").await;
    close(c, &data).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn an_empty_retention_delay_is_refused_not_saved_as_zero() {
    let (data, _driver, c) = on_the_case().await;
    click(&c, "#nav-retention").await;
    wait_for(&c, "body[data-page=retention]").await;
    settled(&c).await;
    assert_eq!(value(&c, "#retention-months").await, "24");
    type_over(&c, "#retention-months", "").await;
    click(&c, "#retention-save").await;
    let said = wait_text(&c, "#retention-error", |t| !t.is_empty()).await;
    assert!(said.contains("120"), "the range, in French: {said}");
    // Still 24 months.
    click(&c, "#nav-dashboard").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    click(&c, "#nav-retention").await;
    wait_for(&c, "body[data-page=retention]").await;
    settled(&c).await;
    assert_eq!(value(&c, "#retention-months").await, "24", "nothing saved");
    close(c, &data).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn the_right_click_menu_is_offered_only_in_fields() {
    let (data, _driver, c) = on_the_case().await;

    // The browser's menu: not on a link (« Copy Link Location » escapes the lock's clearing),
    // still in a field (paste, spelling).
    let offered = |css: &str| {
        format!(
            "const el = document.querySelector({css:?});
             return el.dispatchEvent(new MouseEvent('contextmenu', {{ bubbles: true, cancelable: true }}));"
        )
    };
    for (css, expected) in [
        ("#nav-cases", false),
        ("#section-followup", false),
        ("#case-name", false),
    ] {
        let shown = c.execute(&offered(css), vec![]).await.unwrap();
        assert_eq!(shown, serde_json::json!(expected), "the menu on {css}");
    }
    section(&c, "followup").await;
    for (css, expected) in [("#note-text", true), ("#appt-place", true)] {
        let shown = c.execute(&offered(css), vec![]).await.unwrap();
        assert_eq!(shown, serde_json::json!(expected), "the menu in {css}");
    }
    close(c, &data).await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_script_error_in_a_page_is_said_in_french() {
    let (data, _driver, c) = on_the_case().await;
    settled(&c).await;

    // A page whose script fails: the case page's drawing reads the document's scroller, made here
    // to throw the engine's own TypeError (« null is not an object (evaluating …) »). The
    // worker reads French words, not the engine's English.
    c.execute(
        "Object.defineProperty(document, 'scrollingElement', {
           configurable: true, get() { const none = null; return none.scrollTop; },
         });",
        vec![],
    )
    .await
    .unwrap();
    click(&c, "#section-checklist").await;
    let said = wait_text(&c, "#page-error", |t| !t.is_empty()).await;
    assert!(said.contains("Erreur interne"), "in French: {said}");
    assert!(!said.contains("evaluating"), "no engine words: {said}");
    close(c, &data).await;
}
