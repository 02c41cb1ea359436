//! The interview's journeys through the real app:
//! - new case → her consent (the notice side by side, her choices, printed through a stand-in
//!   for CUPS's lp: no file) → the seven steps (side by side in Ukrainian, one step with the keyboard alone) →
//!   review → the assessment shows the first card (`cst-l425-1`) eligible, citing « L. 425-1 » →
//!   export the letter → the PDF is there and `pdftotext` reads it;
//! - a case whose card expires in three months → the dashboard shows its renewal window;
//! - an answer typed a moment before Ctrl+L is still there after unlocking;
//! - hiding names leaves initials on the list, the dashboard and the case page.
//!
//! With `E2E_SCREENSHOTS=docs/screenshots` it saves one screenshot of each main screen, and the
//! interview and the case page as 200 % scaling shows them (a real 683×384 window).

use std::path::Path;

use chrono::{Days, Local};
use passerelle_e2e::*;

mod support;
use support::{
    leave, type_over, wait_focus, wait_in_view, wait_replaced, wait_script, wait_viewport,
};

const PASSPHRASE: &str = "lanterne violon marée cactus";

fn day(offset_days: i64) -> String {
    let today = Local::now().date_naive();
    let d = if offset_days >= 0 {
        today + Days::new(offset_days as u64)
    } else {
        today - Days::new(offset_days.unsigned_abs())
    };
    d.format("%d/%m/%Y").to_string()
}

/// Opens the `<details>` matched by `css` with a click on its summary, as a worker does. A click
/// that the harness sent again (its first answer lost on a busy machine) toggles the panel shut:
/// click again only while it is closed, and wait until it is open.
async fn open_details(c: &Client, css: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let open = format!("{css}[open]");
    while c.find(Locator::Css(&open)).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "{css} does not open");
        click(c, &format!("{css} > summary")).await;
        if c.find(Locator::Css(&open)).await.is_err() {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }
}

/// Waits until question `id` says its last answer is saved.
async fn saved(c: &Client, id: &str) {
    wait_for(c, &format!("#q-{id}[data-save=saved]")).await;
}

async fn choose(c: &Client, id: &str, code: &str) {
    click(c, &format!("#q-{id}-opt-{code}")).await;
    wait_for(c, &format!("#q-{id}-opt-{code}[aria-checked=true]")).await;
    saved(c, id).await;
}

async fn write(c: &Client, id: &str, text: &str) {
    answer_text(c, &format!("#q-{id}-input"), text).await;
    saved(c, id).await;
}

async fn next_step(c: &Client, step: &str) {
    click(c, "#step-next").await;
    wait_for(
        c,
        &format!("body[data-page=interview][data-route$='interview/{step}']"),
    )
    .await;
}

/// The screen as 200 % scaling shows it on a 1366×768 laptop: a real 683×384 window (media queries
/// apply; CSS zoom would not trigger them), then back to 1366×768.
async fn zoomed(c: &Client, name: &str) {
    c.set_window_rect(0, 0, 683, 384)
        .await
        .expect("window size");
    wait_viewport(c, 683).await;
    screenshot(c, name).await;
    c.set_window_rect(0, 0, 1366, 768)
        .await
        .expect("window size");
    wait_viewport(c, 1366).await;
}

async fn create_vault(c: &Client) {
    // The smallest screen the app is made for. Waited for: a click computed before the page took
    // the new size can land beside « Créer le coffre » (CI, 2026-12-06: the recovery screen never
    // came, once in some thirty runs).
    c.set_window_rect(0, 0, 1366, 768)
        .await
        .expect("window size");
    wait_viewport(c, 1366).await;
    create_store(c, PASSPHRASE).await;
}

async fn on_enter(c: &Client, css: &str) {
    wait_for(c, css).await.send_keys("\u{E007}").await.unwrap();
}

async fn new_case(c: &Client, family: &str, given: &str) {
    click(c, "#nav-cases").await;
    wait_for(c, "body[data-page=cases]").await;
    click(c, "#case-new").await;
    type_into(c, "#family-name", family).await;
    type_into(c, "#given-names", given).await;
    click(c, "#case-save").await;
    // The interview opens on her consent.
    wait_for(
        c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
}

/// A stand-in for CUPS's `lp` in a directory of its own: each job it gets on its standard input
/// is kept as `job-N` in `spool`. Returns the `PATH` for the app, that directory first.
fn fake_lp(bin: &Path, spool: &Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let script = bin.join("lp");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nn=$(ls '{spool}' | wc -l)\ncat > '{spool}/job-'$n.part\nmv '{spool}/job-'$n.part '{spool}/job-'$n\n",
            spool = spool.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// The files under `dirs`, SQLite's passing companions aside: what Passerelle wrote.
fn files_in(dirs: &[&Path]) -> Vec<std::path::PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = path.to_string_lossy().into_owned();
            if path.is_dir() {
                walk(&path, out);
            } else if !["-wal", "-shm", "-journal"]
                .iter()
                .any(|s| name.ends_with(s))
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    for dir in dirs {
        walk(dir, &mut out);
    }
    out.sort();
    out
}

/// Print job `n` of the stand-in spooler, once whole.
async fn spooled(c: &Client, spool: &Path, n: usize) -> Vec<u8> {
    let job = spool.join(format!("job-{n}"));
    wait_text(c, "main", |_| job.exists()).await;
    std::fs::read(&job).unwrap()
}

/// The cards, badges and boxes of the page taller than the viewport (a badge taller than a line
/// of text counts too), each as `class: height`.
async fn tall_cards(c: &Client) -> Vec<String> {
    let found = c
        .execute(
            "const vh = window.innerHeight;
             return [...document.querySelectorAll('main article, main li.doc, main li.notice, main .badge, main .outcome, main .status')]
               .filter((e) => { const h = e.getBoundingClientRect().height;
                 return h > vh || (e.matches('.badge, .outcome, .status') && h > 80); })
               .map((e) => `${e.className}: ${Math.round(e.getBoundingClientRect().height)}`);",
            vec![],
        )
        .await
        .expect("measure the cards");
    serde_json::from_value(found).expect("a list of strings")
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([path.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext (Debian poppler-utils, installed by scripts/setup.sh)");
    assert!(
        out.status.success(),
        "pdftotext could not read {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Side by side in Arabic, then in Chinese, then back to Ukrainian: her column runs right to left
/// in Arabic (the worker's French stays left to right), Chinese is drawn with the shipped face.
async fn her_column_in_arabic_and_chinese(c: &Client) {
    select(c, "#person-language", "ar").await;
    wait_for(c, "#q-birth-date .q-person[lang=ar][dir=rtl]").await;
    assert!(
        plain_text(c, "#q-birth-date")
            .await
            .contains("ما هو تاريخ ميلادك"),
        "the question shows in Arabic beside French"
    );
    let directions = c
        .execute(
            "const q = document.querySelector('#q-birth-date');
             return [getComputedStyle(q.querySelector('.q-person')).direction,
                     getComputedStyle(q.querySelector('.q-label')).direction];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        directions,
        serde_json::json!(["rtl", "ltr"]),
        "her column right to left, the worker's left to right"
    );
    let option = c
        .execute(
            "return document.querySelector('#person-language option[value=ar]').textContent;",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        option.as_str().unwrap_or("").contains("العربية"),
        "her language in itself: {option:?}"
    );
    c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
    screenshot(c, "interview-side-by-side-ar").await;
    // Arabic conjugates for the reader: recorded as a man, he is asked in the masculine; back to
    // a woman, the feminine (review, 2026-12-06).
    choose(c, "sex", "M").await;
    wait_text(c, "#q-languages .q-person", |t| {
        t.contains("تتكلمها") && !t.contains("تتكلمينها")
    })
    .await;
    choose(c, "sex", "F").await;
    wait_text(c, "#q-languages .q-person", |t| t.contains("تتكلمينها")).await;

    select(c, "#person-language", "zh").await;
    wait_for(c, "#q-birth-date .q-person[lang=zh-Hans][dir=ltr]").await;
    assert!(
        plain_text(c, "#q-birth-date")
            .await
            .contains("您的出生日期是哪天"),
        "the question shows in Chinese beside French"
    );
    // The shipped Chinese face loads for her column's characters (a promise, not a delay).
    let loaded = c
        .execute_async(
            "const done = arguments[0];
             document.fonts.load('16px \"Noto Sans SC\"', '您的出生日期')
               .then((faces) => done(faces.length), () => done(-1));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        loaded,
        serde_json::json!(1),
        "ui/fonts/NotoSansSC-Regular-Common.otf loads"
    );
    c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
    screenshot(c, "interview-side-by-side-zh").await;

    select(c, "#person-language", "uk").await;
    wait_for(c, ".q-person[lang=uk]").await;
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn a_full_interview_ends_with_the_first_card_eligible_and_the_letter_exported() {
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    // « Imprimer » goes to a stand-in for CUPS's lp, found first on the PATH.
    let bin = tempfile::tempdir().unwrap();
    let spool = tempfile::tempdir().unwrap();
    let path = fake_lp(bin.path(), spool.path());
    let driver = Driver::start_with_env(&[("PATH", path.as_str())]).await;
    let c = driver
        .launch_with(
            data.path(),
            &["--export-dir", exports.path().to_str().unwrap()],
        )
        .await;
    create_vault(&c).await;

    // The association that signs the support letter, once, in the settings.
    click(&c, "#nav-settings").await;
    wait_for(&c, "body[data-page=settings]").await;
    // Sent empty, every required field is named at once, each marked and described by its own
    // line, the keyboard on the first (it was refused one field at a time, a round trip each).
    click(&c, "#association-save").await;
    wait_focus(&c, "#asso-name[aria-invalid=true]").await;
    let all_marked = "const ids = ['asso-name', 'asso-city', 'asso-worker', 'asso-role']; \
         return ids.every((id, i) => { const f = document.getElementById(id); \
           const line = document.getElementById('settings-error-' + i); \
           return f.getAttribute('aria-invalid') === 'true' && line !== null \
             && (f.getAttribute('aria-describedby') || '').split(' ').includes(line.id); }) \
           && document.querySelectorAll('#settings-error li').length === 4 \
           && document.querySelectorAll('#association-form [aria-invalid]').length === 4;";
    wait_script(&c, all_marked).await;
    let said = wait_text(&c, "#settings-error", |t| {
        t.contains("4 champs sont à corriger")
    })
    .await;
    assert!(said.contains("Champ obligatoire"), "{said}");
    screenshot(&c, "settings-00-several-fields").await;
    type_into(&c, "#asso-name", "Le Relais (association inventée)").await;
    // Corrected, the name is no longer marked and its line goes; the others stay.
    wait_script(
        &c,
        "return !document.getElementById('asso-name').hasAttribute('aria-invalid') \
           && document.getElementById('settings-error-0') === null \
           && document.querySelectorAll('#settings-error li').length === 3 \
           && document.getElementById('asso-city').getAttribute('aria-invalid') === 'true';",
    )
    .await;
    // Refused again, three lines numbered anew: the city's change takes the city's line off, not
    // the one that had its number the first time (the worker's now).
    click(&c, "#association-save").await;
    wait_text(&c, "#settings-error", |t| {
        t.contains("3 champs sont à corriger")
    })
    .await;
    type_into(&c, "#asso-city", "Saint-Denis").await;
    wait_script(
        &c,
        "const lines = [...document.querySelectorAll('#settings-error li')].map((l) => l.id); \
         return !document.getElementById('asso-city').hasAttribute('aria-invalid') \
           && lines.join(' ') === 'settings-error-1 settings-error-2' \
           && (document.getElementById('asso-worker').getAttribute('aria-describedby') || '') \
                .split(' ').includes('settings-error-1');",
    )
    .await;
    type_into(&c, "#asso-lines", "12 rue des Lilas").await;
    type_into(&c, "#asso-postcode", "93200").await;
    type_into(&c, "#asso-city", "Saint-Denis").await;
    type_into(&c, "#asso-worker", "Claire Dumont").await;
    type_into(&c, "#asso-role", "travailleuse sociale").await;
    // On a 1024×600 screen the confirmation came below the window's edge: nothing seemed to
    // happen (UI review, 2026-12-05). It is brought into view.
    c.set_window_rect(0, 0, 1024, 600)
        .await
        .expect("window size");
    wait_viewport(&c, 1024).await;
    c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
    click(&c, "#association-save").await;
    wait_text(&c, "#settings-saved", |t| !t.is_empty()).await;
    wait_in_view(&c, "#settings-saved").await;
    c.set_window_rect(0, 0, 1366, 768)
        .await
        .expect("window size");
    wait_viewport(&c, 1366).await;

    new_case(&c, "Kovalenko", "Olena").await;

    // 0. Her consent first: the notice in French beside Ukrainian (nothing proposed yet: the
    // interview does not know her languages), her choices, then printed from memory.
    let unchosen = wait_for(&c, "#consent-step-language").await;
    assert_eq!(unchosen.prop("value").await.unwrap().as_deref(), Some(""));
    // A choice before the notice's language is refused, said beside that field with the keyboard
    // on it (keyboard review, 2026-12-06: said under the section, out of view, the focus left on
    // the radio).
    click(&c, "#consent-step-shareWithLawyer-refused").await;
    wait_focus(&c, "#consent-step-language[aria-invalid=true]").await;
    let refused = wait_text(&c, "#consent-step-error", |t| !t.is_empty()).await;
    assert!(refused.contains("langue de la notice"), "{refused}");
    wait_in_view(&c, "#consent-step-error").await;
    select(&c, "#consent-step-language", "uk").await;
    wait_for(&c, "#consent-notice .notice-column[lang=uk]").await;
    let notice = plain_text(&c, "#consent-notice").await;
    assert!(
        notice.contains("Vos informations et votre accord") && notice.contains("Ваші дані"),
        "the notice side by side: {notice}"
    );
    // Its paragraphs, not only its title: the ids come from Rust (CaseDetail.noticeIds). Which
    // version they are of is tested in Rust (French and Ukrainian read alike in both).
    assert!(
        notice.contains("Vous pouvez dire oui ou non") && notice.contains("Ви можете"),
        "the notice's paragraphs: {notice}"
    );
    // Each choice is saved as it is made, as every answer is (UI review, 2026-12-05: choices
    // made, then « Étape suivante », were lost without a word).
    // Her refusal that the case be kept is said at once, with what to do (UI review,
    // 2026-12-06); her consent given, the warning goes.
    let refusal = "return !document.getElementById('consent-step-refusal').hidden;";
    click(&c, "#consent-step-storage-refused").await;
    wait_script(&c, refusal).await;
    let said = plain_text(&c, "#consent-step-refusal").await;
    assert!(said.contains("n’enregistrez rien de plus"), "{said}");
    click(&c, "#consent-step-storage-given").await;
    wait_script(&c, &refusal.replace("return !", "return ")).await;
    click(&c, "#consent-step-shareWithPrefecture-given").await;
    wait_text(&c, "#consent-step-status", |t| t.contains("enregistrés")).await;
    let before = files_in(&[data.path(), exports.path()]);
    click(&c, "#consent-step-print").await;
    wait_text(&c, "#consent-step-status", |t| t.contains("imprimante")).await;
    let job = spooled(&c, spool.path(), 0).await;
    assert!(
        job.starts_with(b"%PDF-"),
        "lp got the PDF on its standard input"
    );
    assert_eq!(
        files_in(&[data.path(), exports.path()]),
        before,
        "printing wrote no file"
    );
    let printed = bin.path().join("consent.pdf");
    std::fs::write(&printed, &job).unwrap();
    let record = pdf_text(&printed);
    assert!(
        record.contains("Ваші дані") && record.contains("Так, "),
        "her choices beside Ukrainian: {record}"
    );
    // A choice made just before leaving the step is saved on the way out; Alt+→ from her choice
    // goes to the next step without moving it (keyboard review, 2026-12-06: the native radios
    // took the arrow, and « Accepté » became « Refusé », saved).
    click(&c, "#consent-step-shareWithLawyer-given").await;
    wait_for(&c, "#consent-step-shareWithLawyer-given")
        .await
        .send_keys("\u{E00A}\u{E014}\u{E000}")
        .await
        .unwrap();
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;
    click(&c, "#steps a[href$='interview/consent']").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
    for chosen in [
        "#consent-step-storage-given",
        "#consent-step-shareWithPrefecture-given",
        "#consent-step-shareWithLawyer-given",
    ] {
        let radio = wait_for(&c, chosen).await;
        assert_eq!(
            radio.prop("checked").await.unwrap().as_deref(),
            Some("true"),
            "{chosen} kept"
        );
    }
    next_step(&c, "identity").await;

    // 1. Identity and languages, side by side in Ukrainian.
    let family = wait_for(&c, "#q-family-name-input").await;
    assert_eq!(
        family.prop("value").await.unwrap().as_deref(),
        Some("Kovalenko"),
        "the name typed when creating the case is the first answer"
    );
    // The notice was read to her in Ukrainian: the interview shows it beside French already,
    // without the worker choosing it again in front of her (UI review, 2026-12-05).
    let chosen = wait_for(&c, "#person-language").await;
    assert_eq!(chosen.prop("value").await.unwrap().as_deref(), Some("uk"));
    wait_for(&c, ".q-person[lang=uk]").await;
    // Her answer's box stays in the worker's column, left of the rule of hers (UI review,
    // 2026-12-05: 46 px across it at 1024 px).
    let overlap = c
        .execute(
            "const box = document.querySelector('#q-family-name-input').getBoundingClientRect(); \
             const hers = document.querySelector('#q-family-name .q-person').getBoundingClientRect(); \
             return hers.left - box.right;",
            vec![],
        )
        .await
        .expect("measured");
    assert!(
        overlap.as_f64().is_some_and(|gap| gap >= 0.0),
        "the answer box ends {overlap} px left of her column"
    );
    assert!(
        plain_text(&c, "#q-birth-date")
            .await
            .contains("Яка ваша дата народження"),
        "the question shows in Ukrainian beside French"
    );
    choose(&c, "sex", "F").await;
    // One Tab stop per question: from her answer, Tab leaves the group for the next question.
    wait_for(&c, "#q-sex-opt-F[tabindex='0']").await;
    wait_for(&c, "#q-sex [role=radio]:not(#q-sex-opt-F)[tabindex='-1']").await;
    c.execute("document.getElementById('q-sex-opt-F').focus();", vec![])
        .await
        .unwrap();
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{E004}")
        .await
        .unwrap();
    let after = c
        .execute(
            "return document.activeElement.closest('[role=radiogroup]') === null;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        after,
        serde_json::json!(true),
        "Tab left the answers of « sexe »"
    );
    write(&c, "birth-date", "12/04/1998").await;
    write(&c, "birth-place", "Kharkiv").await;
    select(&c, "#q-nationality-input", "UA").await;
    saved(&c, "nationality").await;
    // 56 languages: hers come first, and a filter finds one by its name in itself.
    // Her nationality's languages first (the block is redrawn once the nationality is saved).
    wait_text(&c, "#q-languages .checks label.check", |t| {
        t.contains("russe")
    })
    .await;
    // The others are folded behind a button: a list of two hundred was as many Tab stops on the
    // way to the next question (UI review, 2026-12-05). Hers and the common ones stay shown.
    let shown_count = |c: &Client| {
        let c = c.clone();
        async move {
            c.execute(
                "return [...document.querySelectorAll('#q-languages label.check')].filter((l) => l.offsetParent !== null).length;",
                vec![],
            )
            .await
            .unwrap()
            .as_u64()
            .unwrap()
        }
    };
    let folded = shown_count(&c).await;
    assert!((3..20).contains(&folded), "{folded} languages shown folded");
    click(&c, "#q-languages .options-more").await;
    wait_for(&c, "#q-languages .options-more[aria-expanded=true]").await;
    assert!(shown_count(&c).await > 40, "unfolded: every language shown");
    click(&c, "#q-languages .options-more").await;
    wait_for(&c, "#q-languages .options-more[aria-expanded=false]").await;
    assert_eq!(shown_count(&c).await, folded);
    type_into(&c, "#q-languages-filter", "UKRAI").await;
    let shown = c
        .execute(
            "return [...document.querySelectorAll('#q-languages label.check')].filter((l) => l.offsetParent !== null).map((l) => l.dataset.code);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(shown, serde_json::json!(["uk"]));
    // Enter ticks the one left.
    on_enter(&c, "#q-languages-filter").await;
    saved(&c, "languages").await;
    let uk = wait_for(&c, "#q-languages-uk").await;
    assert_eq!(uk.prop("checked").await.unwrap().as_deref(), Some("true"));
    // A note for the team, written without leaving the interview.
    open_details(&c, "#iv-note").await;
    type_into(&c, "#iv-note-text", "Préfère les rendez-vous le matin.").await;
    click(&c, "#iv-note-add").await;
    wait_text(&c, "#iv-note-status", |t| t.contains("Note ajoutée")).await;
    // A note begun and not added survives the next step and the way back (UI review,
    // 2026-12-05: it was emptied).
    type_into(&c, "#iv-note-text", "Brouillon pas encore ajouté").await;
    next_step(&c, "situation").await;
    click(&c, "#step-previous").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;
    wait_for(&c, "#iv-note[open]").await;
    let kept = wait_for(&c, "#iv-note-text").await;
    assert_eq!(
        kept.prop("value").await.unwrap().as_deref(),
        Some("Brouillon pas encore ajouté")
    );
    choose(&c, "interpreter", "no").await;
    write(
        &c,
        "address-line",
        "c/o Association Le Relais, 12 rue des Lilas",
    )
    .await;
    write(&c, "postcode", "93200").await;
    // One commune serves 93200: it is chosen for the worker.
    wait_for(&c, "#q-commune[data-state=given]").await;
    c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
    screenshot(&c, "interview-side-by-side").await;
    zoomed(&c, "zoom-200-interview").await;
    her_column_in_arabic_and_chinese(&c).await;

    // 2. Situation.
    next_step(&c, "situation").await;
    click(&c, "#q-victim-of-trafficking").await;
    saved(&c, "victim-of").await;
    choose(&c, "exit-programme", "no").await;
    choose(&c, "domestic-violence", "no").await;

    // 3. Complaint and proceedings: a complaint opens its details.
    next_step(&c, "cooperation").await;
    assert!(
        c.find(Locator::Css("#q-complaint-date-input"))
            .await
            .is_err(),
        "no complaint yet: no date asked"
    );
    choose(&c, "complaint", "yes").await;
    write(&c, "complaint-date", &day(-30)).await;
    write(&c, "complaint-service", "Commissariat de Saint-Denis").await;
    // « Non » would erase the two answers just given below it: it asks first, though they were
    // given in this visit (keyboard review, 2026-12-06: erased without a word), and « Annuler »
    // keeps them.
    click(&c, "#q-complaint-opt-no").await;
    wait_text(&c, "#q-complaint-erased", |t| t.contains("Commissariat")).await;
    wait_focus(&c, "#q-complaint-keep").await;
    click(&c, "#q-complaint-keep").await;
    wait_for(&c, "#q-complaint-opt-yes[aria-checked=true]").await;
    let kept = wait_for(&c, "#q-complaint-service-input").await;
    assert_eq!(
        kept.prop("value").await.unwrap().as_deref(),
        Some("Commissariat de Saint-Denis")
    );
    choose(&c, "testimony", "no").await;
    choose(&c, "criminal-stage", "investigation").await;
    screenshot(&c, "interview-cooperation").await;

    // 4. Ties, with the keyboard alone: the focus waits on the first answer; Enter answers; Alt+→
    // goes on.
    next_step(&c, "ties").await;
    let active = c.active_element().await.unwrap();
    assert_eq!(
        active.attr("id").await.unwrap().as_deref(),
        Some("q-ties-broken-opt-yes"),
        "each step puts the focus on its first answer"
    );
    active.send_keys("\u{E007}").await.unwrap();
    saved(&c, "ties-broken").await;
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{E00A}\u{E014}\u{E000}")
        .await
        .unwrap();
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/public-order']",
    )
    .await;

    // 5. Public order, 6. current permit.
    choose(&c, "public-order-threat", "no").await;
    choose(&c, "false-documents", "no").await;
    click(&c, "#q-removal-order-not-established").await;
    wait_for(&c, "#q-removal-order[data-state=not-established]").await;
    saved(&c, "removal-order").await;
    next_step(&c, "permit").await;
    // More kinds of permit than buttons: a list.
    select(&c, "#q-permit-kind-input", "none").await;
    saved(&c, "permit-kind").await;

    // 7. Documents of the route the case points to.
    next_step(&c, "documents").await;
    choose(&c, "document-status-birth-certificate", "have").await;
    // A passport in hand: its number and validity are asked, for the letter's P.J. list.
    choose(&c, "document-status-passport", "have").await;
    write(&c, "document-number-passport", "ESSAI0000001").await;
    write(&c, "document-expires-passport", &day(900)).await;
    screenshot(&c, "interview-documents").await;
    // Held by the perpetrators after all: the number and validity go with the answer, once the
    // worker confirms it (given in this visit, they are asked about too: keyboard review,
    // 2026-12-06).
    click(&c, "#q-document-status-passport-opt-confiscated").await;
    wait_text(&c, "#q-document-status-passport-erased", |t| {
        t.contains("ESSAI0000001")
    })
    .await;
    click(&c, "#q-document-status-passport-erase").await;
    wait_for(
        &c,
        "#q-document-status-passport-opt-confiscated[aria-checked=true]",
    )
    .await;
    saved(&c, "document-status-passport").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while c
        .find(Locator::Css("#q-document-number-passport"))
        .await
        .is_ok()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the passport's number is still asked"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // Review: every answer, "not established" among them.
    click(&c, "#step-next").await;
    wait_for(&c, "body[data-page=review]").await;
    let removal = plain_text(&c, "[data-question=removal-order]").await;
    assert!(removal.contains("non établi"), "{removal}");
    screenshot(&c, "review").await;

    // The case page: the first card is eligible, and its article is cited.
    click(&c, "#review-done").await;
    wait_for(&c, "body[data-page=case]").await;
    wait_for(&c, "#route-cst-l425-1[data-outcome=eligible]").await;
    let route = plain_text(&c, "#route-cst-l425-1").await;
    assert!(route.contains("L. 425-1"), "the article is cited: {route}");
    screenshot(&c, "case-view").await;
    zoomed(&c, "zoom-200-case-view").await;
    // No card of the case page is taller than the screen: the quick lock's full-height rule once
    // matched the folded routes' `.route.neutral` and the « facultatif » `.badge.neutral`.
    open_details(&c, ".folded-routes").await;
    wait_for(&c, ".folded-routes[open] article.route").await;
    assert_eq!(tall_cards(&c).await, Vec::<String>::new(), "assessment");
    click(&c, "#section-checklist").await;
    wait_for(&c, "body[data-case-section=checklist]").await;
    wait_for(&c, "[data-document=birth-certificate]").await;
    assert_eq!(tall_cards(&c).await, Vec::<String>::new(), "checklist");
    click(&c, "#section-assessment").await;
    wait_for(&c, "body[data-case-section=assessment]").await;

    // The checklist of the route, with the person's answers.
    click(&c, "#section-checklist").await;
    wait_for(&c, "body[data-case-section=checklist]").await;
    wait_for(&c, "[data-document=birth-certificate]").await;
    // Her passport is held by the perpetrators, never « requested ».
    let passport = plain_text(&c, "li.doc[data-document=passport]").await;
    assert!(
        passport.contains("Entre les mains des auteurs") && !passport.contains("Demandé"),
        "{passport}"
    );
    screenshot(&c, "case-checklist").await;
    // A day refused in one row stays as typed, with its reason, when an answer in another row
    // draws the list again.
    click(&c, "#q-document-status-proof-of-address-opt-have").await;
    answer_text(&c, "#q-document-date-proof-of-address-input", "31/02/2026").await;
    let refused = wait_text(&c, "#q-document-date-proof-of-address-error", |t| {
        !t.is_empty()
    })
    .await;
    click(&c, "#q-document-status-birth-certificate-opt-requested").await;
    wait_for(
        &c,
        "#q-document-status-birth-certificate-opt-requested[aria-checked=true]",
    )
    .await;
    let typed = wait_for(&c, "#q-document-date-proof-of-address-input").await;
    assert_eq!(
        typed.prop("value").await.unwrap().as_deref(),
        Some("31/02/2026"),
        "the refused day survives the redraw"
    );
    assert_eq!(
        plain_text(&c, "#q-document-date-proof-of-address-error").await,
        refused
    );
    click(&c, "#q-document-status-birth-certificate-opt-have").await;
    wait_for(
        &c,
        "#q-document-status-birth-certificate-opt-have[aria-checked=true]",
    )
    .await;
    // Typed, then a pause (no answer is made of it yet), and meanwhile another row's answer
    // comes back (one given a moment before, late on a busy machine; a click from a script
    // keeps the focus in the field, as that late answer does): the redraw it brings keeps what
    // was typed, and leaving the field saves it, though the page, not the keyboard, put it in
    // the new field (which then fires no change event).
    let typed_day = day(-10);
    type_over(&c, "#q-document-date-proof-of-address-input", &typed_day).await;
    wait_script(
        &c,
        &format!(
            "return document.getElementById('q-document-date-proof-of-address')?.dataset.sent === '{typed_day}';"
        ),
    )
    .await;
    let before = wait_for(&c, "li.doc[data-document=proof-of-address]").await;
    c.execute(
        "document.getElementById('q-document-status-birth-certificate-opt-requested').click();",
        vec![],
    )
    .await
    .expect("answer another row");
    wait_replaced(&before).await;
    let kept = wait_for(&c, "#q-document-date-proof-of-address-input").await;
    assert_eq!(
        kept.prop("value").await.unwrap().as_deref(),
        Some(typed_day.as_str()),
        "what was typed survives another row's redraw"
    );
    leave(&c, "#q-document-date-proof-of-address-input").await;
    wait_text(&c, "li.doc[data-document=proof-of-address]", |t| {
        t.contains("assez récent jusqu")
    })
    .await;

    // Follow-up: an appointment at the prefecture.
    click(&c, "#section-followup").await;
    wait_for(&c, "body[data-case-section=followup]").await;
    select(&c, "#appt-kind", "prefecture").await;
    type_into(&c, "#appt-date", &day(10)).await;
    // Typed as a French worker writes it; Rust reads it.
    type_into(&c, "#appt-time", "9 h 30").await;
    type_into(&c, "#appt-place", "Préfecture de la Seine-Saint-Denis").await;
    // A note being written when the appointment is saved: the redraw keeps it.
    type_into(&c, "#note-text", "Note pas encore ajoutée").await;
    click(&c, "#appt-save").await;
    // Shown the French way, « à 9 h 30 ».
    wait_text(&c, "#appointments", |t| {
        t.replace('\u{a0}', " ").contains("à 9 h 30")
    })
    .await;
    let draft = wait_for(&c, "#note-text").await;
    assert_eq!(
        draft.prop("value").await.unwrap().as_deref(),
        Some("Note pas encore ajoutée"),
        "what was typed in another form survives the save"
    );
    wait_text(&c, "#notes", |t| t.contains("le matin")).await;
    // Nor is it lost by leaving the section and coming back (UI review, 2026-12-05).
    click(&c, "#section-assessment").await;
    wait_for(&c, "body[data-case-section=assessment]").await;
    click(&c, "#section-followup").await;
    wait_for(&c, "body[data-case-section=followup]").await;
    let draft = wait_for(&c, "#note-text").await;
    assert_eq!(
        draft.prop("value").await.unwrap().as_deref(),
        Some("Note pas encore ajoutée"),
        "what was typed survives leaving the section"
    );
    // « Modifier » says that it edits, and « Annuler » leaves the appointment as it was.
    click(&c, "[data-appointment] .row button").await;
    wait_text(&c, "#appt-form-title", |t| {
        t.contains("Modifier le rendez-vous")
    })
    .await;
    wait_for(&c, "[data-appointment].editing").await;
    wait_text(&c, "#appt-save", |t| t.contains("modifications")).await;
    // Given back as its hint asks for it, not as it is stored (UI review, 2026-12-06).
    let time = wait_for(&c, "#appt-time").await;
    assert_eq!(
        time.prop("value").await.unwrap().as_deref(),
        Some("9\u{a0}h\u{a0}30")
    );
    click(&c, "#appt-cancel").await;
    wait_text(&c, "#appt-form-title", |t| {
        t.contains("Nouveau rendez-vous")
    })
    .await;
    let time = wait_for(&c, "#appt-time").await;
    assert_eq!(time.prop("value").await.unwrap().as_deref(), Some(""));
    let editing = c
        .execute(
            "return document.querySelectorAll('.appointment.editing').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        editing,
        serde_json::json!(0),
        "no appointment left marked as edited"
    );

    // Back to the assessment and its documents.
    click(&c, "#section-assessment").await;
    wait_for(&c, "body[data-case-section=assessment]").await;
    // Her file goes to the Saint-Denis sub-prefecture; the letter, by default, to the prefect who
    // issues the permit. This sub-prefecture's own head signs, the worker says: once for its
    // arrondissement, and the title asked becomes the sub-prefect's.
    let prefect = wait_text(&c, "#addressee-title", |t| {
        t.contains("Préfet de la Seine-Saint-Denis")
    })
    .await;
    assert!(
        prefect.contains("Préfet de la Seine-Saint-Denis") && !prefect.contains("Sous-Préfet"),
        "{prefect}"
    );
    select(&c, "#addressee-signer", "sub-prefect").await;
    // Whether Saint-Denis's sub-prefect is a woman or a man is in no open data: the worker says it
    // once for that office, and the letter follows.
    let unverified = wait_text(&c, "#addressee-title", |t| {
        t.contains("Sous-Préfet") && t.contains("À vérifier")
    })
    .await;
    assert!(unverified.contains("À vérifier"), "{unverified}");
    select(&c, "#addressee-title", "madame").await;
    wait_text(&c, "#addressee-saved", |t| !t.is_empty()).await;
    screenshot(&c, "case-addressee").await;
    // The documents are for the route the case points to: the first card, chosen first when
    // other routes fit too.
    if let Ok(route) = c.find(Locator::Css("#document-route")).await {
        assert_eq!(
            route.prop("value").await.unwrap().as_deref(),
            Some("cst-l425-1")
        );
    }
    // Before the letter, the mandatory pieces she does not have: her passport among them.
    click(&c, "#export-letter").await;
    let missing = wait_text(&c, "#missing-list", |t| !t.is_empty()).await;
    assert!(
        missing.contains("Passeport") && missing.contains("entre les mains des auteurs"),
        "{missing}"
    );
    click(&c, "#missing-cancel").await;
    assert!(c.find(Locator::Css("#missing-pieces")).await.is_err());
    assert_eq!(std::fs::read_dir(exports.path()).unwrap().count(), 0);
    // Her checklist, printed: no file.
    let before = files_in(&[data.path(), exports.path()]);
    click(&c, "#print-checklist").await;
    wait_text(&c, "#export-status", |t| t.contains("imprimante")).await;
    assert!(spooled(&c, spool.path(), 1).await.starts_with(b"%PDF-"));
    assert_eq!(files_in(&[data.path(), exports.path()]), before);
    // Save the three documents: no dialog with --export-dir; file names carry no name.
    for (kind, prefix) in [
        ("letter", "courrier-prefecture-"),
        ("support-letter", "lettre-soutien-"),
        ("checklist", "liste-pieces-"),
    ] {
        click(&c, &format!("#export-{kind}")).await;
        if kind == "letter" {
            click(&c, "#missing-go-on").await;
        }
        let status = wait_text(&c, "#exports", |t| {
            t.contains(prefix) || t.contains("disponible") || t.contains("Impossible")
        })
        .await;
        assert!(status.contains(prefix), "{kind} exported: {status}");
    }
    let mut files: Vec<_> = std::fs::read_dir(exports.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".pdf") && !n.to_lowercase().contains("kovalenko")),
        "neutral file names: {names:?}"
    );
    // Listed at each read: the consent record is exported later.
    let read = |prefix: &str| {
        let f = std::fs::read_dir(exports.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|f| f.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix}… file exported"));
        pdf_text(&f).replace('\u{a0}', " ")
    };
    let letter = read("courrier-prefecture-");
    assert!(letter.contains("KOVALENKO"), "the letter is hers");
    assert!(letter.contains("425-1"), "the letter cites L. 425-1");
    assert!(
        letter.contains("Madame la Sous-Préfète de Saint-Denis"),
        "the recorded title: {letter}"
    );
    let support = read("lettre-soutien-");
    assert!(
        support.contains("Claire Dumont"),
        "the worker signs the support letter"
    );
    let checklist = read("liste-pieces-");
    assert!(
        checklist.contains("Паспорт") || checklist.contains("паспорт"),
        "the checklist speaks Ukrainian beside French"
    );
    // Its second language is chosen where it is printed (UI review, 2026-12-06): said once
    // saved, the keyboard left on the menu; then back to Ukrainian for what follows.
    for (code, name) in [("ro", "roumain"), ("uk", "ukrainien")] {
        // As a worker's keyboard is: on the menu (WebDriver's choice does not move it there).
        c.execute(
            "document.getElementById('checklist-language').focus();",
            vec![],
        )
        .await
        .unwrap();
        select(&c, "#checklist-language", code).await;
        wait_text(&c, "#doc-checklist-name", |t| t.contains(name)).await;
        wait_text(&c, "#export-status", |t| {
            t.contains("Langue enregistrée") && t.contains(name)
        })
        .await;
        wait_focus(&c, "#checklist-language").await;
        if code == "ro" {
            screenshot(&c, "case-checklist-language").await;
        }
    }
    // Chosen and printed at once, within the menu's pause: printed in the language chosen
    // (review, 2026-12-06: it came out in the previous one), then back to Ukrainian.
    select(&c, "#checklist-language", "ro").await;
    click(&c, "#print-checklist").await;
    let job = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(job.path(), spooled(&c, spool.path(), 2).await).unwrap();
    let printed = pdf_text(job.path());
    assert!(
        printed.contains("Pașaport") || printed.contains("Paşaport"),
        "printed in Romanian: {printed}"
    );
    wait_text(&c, "#doc-checklist-name", |t| t.contains("roumain")).await;
    c.execute(
        "document.getElementById('checklist-language').focus();",
        vec![],
    )
    .await
    .unwrap();
    select(&c, "#checklist-language", "uk").await;
    wait_text(&c, "#doc-checklist-name", |t| t.contains("ukrainien")).await;

    // Her consent, recorded on the file section after the notice was read to her in Ukrainian,
    // then printed for her to keep and sign.
    click(&c, "#section-file").await;
    select(&c, "#consent-storage", "given").await;
    select(&c, "#consent-shareWithPrefecture", "given").await;
    // The language she was given the notice in, recorded at the first step.
    let language = wait_for(&c, "#consent-language").await;
    assert_eq!(language.prop("value").await.unwrap().as_deref(), Some("uk"));
    // Days are typed day/month/year and read by Rust: a day to come is refused, nothing saved.
    type_into(&c, "#consent-storage-date", &day(3)).await;
    click(&c, "#consent-save").await;
    let refused = wait_text(&c, "#case-error", |t| !t.is_empty()).await;
    assert!(refused.contains("futur"), "{refused}");
    type_into(&c, "#consent-storage-date", &day(-40)).await;
    click(&c, "#consent-save").await;
    wait_text(&c, "#case-notice", |t| t.contains("Enregistré")).await;
    assert_eq!(
        wait_for(&c, "#consent-storage-date")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some(day(-40).as_str()),
        "the saved day is shown as typed"
    );
    click(&c, "#consent-export").await;
    let saved = wait_text(&c, "#case-notice", |t| t.contains("accord-informations-")).await;
    assert!(!saved.to_lowercase().contains("kovalenko"), "{saved}");
    screenshot(&c, "case-file-consent").await;
    // A choice not yet saved survives closing and reopening the case (the section is drawn
    // again each time).
    select(&c, "#consent-shareWithLawyer", "refused").await;
    click(&c, "#case-close").await;
    wait_for(&c, "#case-reopen").await;
    // « Enregistré » is the closing; the choice put back says it is not saved yet.
    wait_text(&c, "#case-notice", |t| t.contains("pas encore")).await;
    let lawyer = wait_for(&c, "#consent-shareWithLawyer").await;
    assert_eq!(
        lawyer.prop("value").await.unwrap().as_deref(),
        Some("refused")
    );
    click(&c, "#case-reopen").await;
    wait_for(&c, "#case-close").await;
    let lawyer = wait_for(&c, "#consent-shareWithLawyer").await;
    assert_eq!(
        lawyer.prop("value").await.unwrap().as_deref(),
        Some("refused")
    );
    let record = read("accord-informations-");
    assert!(
        // Titles wrap in their columns: their first words.
        record.contains("Vos informations") && record.contains("Ваші дані"),
        "the notice in French beside Ukrainian: {record}"
    );
    assert!(record.contains("Так, "), "her recorded « yes »");
    assert!(
        !record.to_uppercase().contains("KOVALENKO"),
        "the record she keeps names no one"
    );

    // Leaving with that choice still not saved is refused, said beside the form, until the
    // worker leaves without saving it, knowingly (UI review, 2026-12-08: it went without a word).
    click(&c, "#nav-cases").await;
    wait_text(&c, "#consent-unsaved", |t| t.contains("pas enregistrés")).await;
    wait_for(&c, "body[data-case-section=file]").await;
    click(&c, "#consent-leave-unsaved").await;
    // The list shows the stage of the proceedings answered in the interview (derived on write).
    wait_for(&c, "body[data-page=cases]").await;
    wait_text(&c, "#case-table tbody tr:first-child", |t| {
        t.contains("KOVALENKO") && t.contains("enquête ou instruction en cours")
    })
    .await;

    c.close().await.unwrap();
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn the_dashboard_shows_a_renewal_window_and_hidden_names_hide_everywhere() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    create_vault(&c).await;

    // A card that expires in 90 days: its renewal window (D−120 to D−60) is open now.
    new_case(&c, "Alves", "Maria").await;
    click(&c, "a[href$='/interview/permit']").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/permit']",
    )
    .await;
    // More kinds of permit than buttons: a list.
    select(&c, "#q-permit-kind-input", "cst-vpf-l425-1").await;
    saved(&c, "permit-kind").await;
    write(&c, "permit-expires", &day(90)).await;
    write(&c, "permit-renewals", "0").await;

    // An answer typed a moment before locking is saved first.
    click(&c, "a[href$='/interview/identity']").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;
    // So is the note for the case being written: added to it (UI review, 2026-12-06: the lock
    // dropped it).
    open_details(&c, "#iv-note").await;
    type_into(&c, "#iv-note-text", "Note écrite avant le verrouillage").await;
    let place = wait_for(&c, "#q-birth-place-input").await;
    place.send_keys("Luanda").await.unwrap();
    place.send_keys("\u{E009}l\u{E000}").await.unwrap();
    wait_for(&c, "#passphrase").await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    click(&c, "#unlock-submit").await;
    let place = wait_for(&c, "#q-birth-place-input").await;
    assert_eq!(
        place.prop("value").await.unwrap().as_deref(),
        Some("Luanda"),
        "locking never loses an answer being typed"
    );
    click(&c, "#case-link").await;
    click(&c, "#section-followup").await;
    wait_text(&c, "#notes", |t| {
        t.contains("Note écrite avant le verrouillage")
    })
    .await;

    new_case(&c, "Mensah", "Akosua").await;

    click(&c, "#nav-dashboard").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    let upcoming = plain_text(&c, "#upcoming").await;
    assert!(
        upcoming.contains("ALVES Maria") && upcoming.contains("renouvellement"),
        "the renewal window is on the dashboard: {upcoming}"
    );
    assert!(
        upcoming.contains("dans 30 jours"),
        "the window closes 60 days before the expiry, 30 days from now: {upcoming}"
    );
    screenshot(&c, "dashboard").await;

    click(&c, "#nav-cases").await;
    wait_text(&c, "#case-table", |t| t.contains("MENSAH Akosua")).await;
    // How many cases match, said above the list (one page: no page buttons).
    wait_text(&c, "#case-count", |t| t.contains("Dossiers 1 à 2 sur 2")).await;
    assert!(
        c.find(Locator::Css("#cases-next")).await.is_err(),
        "two cases fit on one page"
    );
    select(&c, "#case-sort", "next-deadline").await;
    wait_text(&c, "#case-table tbody tr:first-child", |t| {
        t.contains("ALVES")
    })
    .await;
    screenshot(&c, "case-list").await;
    type_into(&c, "#case-search", "mens").await;
    wait_text(&c, "#case-table", |t| {
        t.contains("MENSAH") && !t.contains("ALVES")
    })
    .await;
    wait_text(&c, "#case-count", |t| t.contains("Un dossier")).await;
    type_into(&c, "#case-search", " ").await;
    wait_text(&c, "#case-table", |t| {
        t.contains("MENSAH") && t.contains("ALVES")
    })
    .await;

    // Hide names: initials on the list, the dashboard and the case page; nothing of the name.
    click(&c, "#hide-names").await;
    wait_for(&c, "#hide-names[aria-pressed=true]").await;
    let list = wait_text(&c, "#case-table", |t| {
        t.contains("A. M.") || t.contains("A.\u{a0}M.")
    })
    .await;
    assert!(!list.contains("ALVES") && !list.contains("Maria"), "{list}");
    screenshot(&c, "case-list-names-hidden").await;
    click(&c, "#nav-dashboard").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    let board = plain_text(&c, "main").await;
    assert!(
        !board.contains("ALVES") && board.contains("A. M."),
        "{board}"
    );
    click(&c, "#upcoming a.case-name").await;
    wait_for(&c, "body[data-page=case]").await;
    assert_eq!(plain_text(&c, "#case-name").await, "A. M.");
    assert_eq!(
        c.title().await.unwrap(),
        "Passerelle",
        "the window title names no one"
    );
    click(&c, "#hide-names").await;
    wait_for(&c, "#hide-names[aria-pressed=false]").await;

    // The same name, spelled otherwise: the case that exists is shown before a second one opens.
    click(&c, "#nav-cases").await;
    wait_for(&c, "body[data-page=cases]").await;
    click(&c, "#case-new").await;
    type_into(&c, "#family-name", "mensah").await;
    type_into(&c, "#given-names", "AKOSUA").await;
    click(&c, "#case-save").await;
    // The list of namesakes shows before its heading is translated: wait for both.
    let warned = wait_text(&c, "#case-namesakes", |t| {
        t.contains("MENSAH Akosua") && t.contains("Un dossier porte déjà ce nom")
    })
    .await;
    assert!(warned.contains("Un dossier porte déjà ce nom"), "{warned}");
    wait_text(&c, "#case-save", |t| t.contains("autre personne")).await;
    screenshot(&c, "case-namesakes").await;
    click(&c, "#case-save").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
    // Erasing one of the two says which is which, and the list confirms the deletion.
    c.execute(
        "location.hash = location.hash.replace(/interview\\/.*$/, 'file');",
        vec![],
    )
    .await
    .unwrap();
    wait_for(&c, "body[data-case-section=file]").await;
    click(&c, "#case-delete").await;
    let details = wait_text(&c, "#case-delete-details", |t| {
        t.contains("Un autre dossier")
    })
    .await;
    assert!(
        details.contains("MENSAH Akosua") && details.contains("Dossier ouvert le"),
        "{details}"
    );
    click(&c, "#case-delete-check").await;
    click(&c, "#case-delete-confirm").await;
    wait_for(&c, "body[data-page=cases]").await;
    wait_text(&c, "#cases-notice", |t| t.contains("supprimé")).await;
    wait_text(&c, "#case-count", |t| t.contains("sur 2")).await;

    click(&c, "#nav-settings").await;
    wait_for(&c, "body[data-page=settings]").await;
    screenshot(&c, "settings").await;
    // X11 cannot keep a window out of screen captures: the page says so, and offers no box that
    // would do nothing (Windows and macOS get « Autoriser les captures d'écran »).
    let said = wait_text(&c, "#settings-capture-unprotected", |t| {
        t.contains("ne peut pas être protégée")
    })
    .await;
    assert!(said.contains("partagez"), "{said}");
    assert!(c
        .find(Locator::Css("#settings-capture-allowed"))
        .await
        .is_err());
    // Choosing another language redraws nothing until its button is pressed (WCAG 3.2.2: one
    // arrow key on the list redrew the whole app in English).
    select(&c, "#settings-language", "en").await;
    wait_for(&c, "#settings-language-apply:not([disabled])").await;
    let title = plain_text(&c, "h1").await;
    assert!(title.contains("Réglages"), "{title}");
    select(&c, "#settings-language", "fr").await;

    // A number out of its range says the range, under the button clicked.
    type_into(&c, "#settings-idle", "0").await;
    click(&c, "#settings-idle-save").await;
    let refused = wait_text(&c, "#settings-idle-form #settings-error", |t| {
        t.contains("60")
    })
    .await;
    assert!(refused.contains("de 1 à 60"), "{refused}");
    // Leaving with a refused value keeps her on the page, with a way out…
    click(&c, "#nav-about").await;
    wait_for(&c, "#settings-idle-form #settings-leave-unsaved").await;
    wait_for(&c, "body[data-page=settings]").await;
    // The address back on the settings once the refusal is settled: a click on « À propos »
    // before it would change nothing.
    wait_script(&c, "return location.hash === '#/settings';").await;
    // …and a value typed, then left without « Enregistrer », is saved, not lost.
    type_into(&c, "#settings-idle", "7").await;
    click(&c, "#nav-about").await;
    wait_for(&c, "body[data-page=about]").await;
    // The About page credits the public data the app embeds, as their licence asks.
    let data = plain_text(&c, "#about-data").await;
    assert!(
        data.contains("Etalab") && data.contains("DILA") && data.contains("Licence Ouverte"),
        "{data}"
    );
    click(&c, "#nav-settings").await;
    wait_for(&c, "body[data-page=settings]").await;
    let idle = wait_for(&c, "#settings-idle").await;
    assert_eq!(idle.prop("value").await.unwrap().as_deref(), Some("7"));
    click(&c, "#settings-idle-save").await;
    wait_text(&c, "#settings-idle-form #settings-saved", |t| {
        t.contains("enregistré")
    })
    .await;
    // Locking (Ctrl+L) with a refused value cannot keep it, but says so on the unlock screen.
    type_into(&c, "#settings-idle", "0").await;
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{E009}l\u{E000}")
        .await
        .unwrap();
    let notice = wait_text(&c, "#unlock-notice", |t| !t.is_empty()).await;
    assert!(
        notice.contains("n’a pas pu être enregistré") && notice.contains("un réglage refusé"),
        "{notice}"
    );
    c.close().await.unwrap();
}
