//! The screen as a worker with a small laptop or low vision sees it (issue 14):
//! - axe-core (WCAG 2.1 A and AA) on every main screen: no critical or serious violation;
//! - at real window sizes, 1366×768 and 1024×600 (not CSS zoom): one-line top bar (names shown
//!   or hidden), a step bar that does not wrap, the first question and its answer visible without
//!   scrolling, the focused control always in view, the skip link to the first question, the
//!   bundled font;
//! - Ctrl + / Ctrl − / Ctrl 0 and the text-size setting zoom the whole page, and the size is
//!   kept; the window opens no larger than the screen.
//!
//! With `E2E_SCREENSHOTS=docs/screenshots` it saves the interview's first step, the case page
//! and the dashboard at both sizes (`small-1366x768-*.png`, `small-1024x600-*.png`).

use passerelle_e2e::*;

mod support;
use support::{mark_old_page, neutral_to_unlock, settled, store_cli, wait_fresh_page, window_size};

const PASSPHRASE: &str = "lanterne violon marée cactus";

const STEPS: &[&str] = &[
    "situation",
    "cooperation",
    "ties",
    "public-order",
    "permit",
    "documents",
];

async fn new_case(c: &Client, family: &str, given: &str) -> String {
    click(c, "#nav-cases").await;
    wait_for(c, "body[data-page=cases]").await;
    click(c, "#case-new").await;
    type_into(c, "#family-name", family).await;
    type_into(c, "#given-names", given).await;
    click(c, "#case-save").await;
    // Her consent comes first; the questions next.
    wait_for(
        c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
    click(c, "#step-next").await;
    wait_for(
        c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;
    let route = c
        .execute("return document.body.dataset.route;", vec![])
        .await
        .unwrap();
    route
        .as_str()
        .and_then(|r| r.strip_prefix("#/case/"))
        .and_then(|r| r.split('/').next())
        .expect("the case's id in the route")
        .to_string()
}

async fn go(c: &Client, hash: &str, page: &str) {
    c.execute(
        "location.hash = arguments[0];",
        vec![serde_json::json!(hash)],
    )
    .await
    .expect("navigate");
    wait_for(c, &format!("body[data-page={page}][data-route='{hash}']")).await;
}

/// Runs axe on the screen as it is and notes what it finds under `screen`; and what axe's WCAG
/// rules leave out: an id given twice, a heading level skipped, `aria-live` on more than a
/// status message (a live region around the whole page reads every redraw aloud).
async fn audit(c: &Client, screen: &str, found: &mut Vec<String>) {
    // Its texts all in (a reminder or a step list is drawn before it is translated).
    settled(c).await;
    for v in axe_violations(c).await {
        found.push(format!("{screen}: {v}"));
    }
    let more = c
        .execute(
            r#"const out = [];
            const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
            const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
            if (twice.length) out.push(`duplicate ids: ${twice.join(', ')}`);
            let level = 0;
            for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
              const n = Number(h.tagName[1]);
              if (n > level + 1) out.push(`heading ${h.tagName} after h${level}: ${h.textContent.slice(0, 40)}`);
              level = n;
            }
            for (const el of document.querySelectorAll('[aria-live]')) {
              if (el.querySelector('main, h1, input, select, textarea, button')) out.push(`aria-live around controls: #${el.id}`);
            }
            return out;"#,
            vec![],
        )
        .await
        .expect("ids, headings, live regions");
    for v in more.as_array().unwrap() {
        found.push(format!("{screen}: {}", v.as_str().unwrap()));
    }
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver, axe-core (npm ci --prefix tests/e2e) and an X display (scripts/test.sh runs it)"]
async fn every_main_screen_passes_axe_without_a_critical_or_serious_violation() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    window_size(&c, 1366, 768).await;
    let mut found = Vec::new();

    wait_for(&c, "body[data-screen=setup]").await;
    // The check can fail: an unlabelled field added to the page is reported, then removed.
    c.execute(
        "const i = document.createElement('input'); i.id = 'axe-canary'; document.body.append(i);",
        vec![],
    )
    .await
    .unwrap();
    let canary = axe_violations(&c).await;
    assert!(
        canary
            .iter()
            .any(|v| v.starts_with("label (critical)") && v.contains("#axe-canary")),
        "axe reports an unlabelled field: {canary:?}"
    );
    c.execute("document.getElementById('axe-canary').remove();", vec![])
        .await
        .unwrap();
    audit(&c, "setup", &mut found).await;
    type_into(&c, "#new-passphrase", PASSPHRASE).await;
    type_into(&c, "#new-passphrase-again", PASSPHRASE).await;
    wait_text(&c, ".meter-label", |t| !t.is_empty()).await;
    click(&c, "#setup-create").await;
    wait_for(&c, "body[data-screen=recovery]").await;
    audit(&c, "recovery key", &mut found).await;
    click(&c, "#recovery-written").await;
    click(&c, "#recovery-continue").await;
    wait_for(&c, "body[data-page=dashboard]").await;
    // The backup reminder is there (no backup yet): it is checked with the dashboard.
    wait_for(&c, "#backup-reminder").await;
    audit(&c, "dashboard", &mut found).await;

    let id = new_case(&c, "Testenko", "Olena").await;
    audit(&c, "interview: identity", &mut found).await;
    select(&c, "#person-language", "uk").await;
    wait_for(&c, ".q-person[lang=uk]").await;
    audit(&c, "interview: identity, side by side", &mut found).await;
    // A single choice is a radio group; the arrow keys move between its choices.
    let radios = c
        .execute(
            "return document.querySelectorAll('#q-sex [role=radiogroup] button[role=radio][aria-checked]').length;",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        radios.as_u64().unwrap_or(0) >= 2,
        "sex: a radio group ({radios})"
    );
    c.execute(
        "document.querySelector('#q-sex [role=radio]').focus();",
        vec![],
    )
    .await
    .unwrap();
    let first = c.active_element().await.unwrap().attr("id").await.unwrap();
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{E014}")
        .await
        .unwrap();
    let second = c.active_element().await.unwrap().attr("id").await.unwrap();
    assert_ne!(first, second, "→ moves to the next choice");
    for step in STEPS {
        click(&c, "#step-next").await;
        wait_for(
            &c,
            &format!("body[data-page=interview][data-route$='interview/{step}']"),
        )
        .await;
        audit(&c, &format!("interview: {step}, side by side"), &mut found).await;
        screenshot(&c, &format!("interview-step-{step}")).await;
    }
    click(&c, "#step-next").await;
    wait_for(&c, "body[data-page=review]").await;
    audit(&c, "review", &mut found).await;

    for (hash, page, screen) in [
        (format!("#/case/{id}"), "case", "case page"),
        (format!("#/case/{id}/checklist"), "case", "case: checklist"),
        (format!("#/case/{id}/followup"), "case", "case: follow-up"),
        (
            format!("#/case/{id}/file"),
            "case",
            "case: file and consent",
        ),
        ("#/cases".to_string(), "cases", "case list"),
        ("#/retention".to_string(), "retention", "retention"),
        ("#/backup".to_string(), "backup", "backup"),
        ("#/team".to_string(), "team", "team"),
        ("#/audit".to_string(), "audit", "audit log"),
        ("#/settings".to_string(), "settings", "settings"),
        ("#/about".to_string(), "about", "about"),
    ] {
        go(&c, &hash, page).await;
        audit(&c, screen, &mut found).await;
    }
    // The delete confirmation (its box and the button that opens it had the same id).
    go(&c, &format!("#/case/{id}/file"), "case").await;
    click(&c, "#case-delete").await;
    wait_for(&c, "#case-delete-check").await;
    audit(&c, "case: delete confirmation", &mut found).await;

    // The quick lock's neutral screen, then the unlock screen.
    mark_old_page(&c).await;
    click(&c, "#quick-lock").await;
    // The fresh page's, not the old page's neutral screen (drawn while Rust locks).
    wait_fresh_page(&c, "neutral").await;
    // Its title names nothing, but there is one (it arrives a moment after the screen); without
    // one, axe says so (document-title).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while c.title().await.unwrap().trim().is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    audit(&c, "quick lock", &mut found).await;
    c.active_element()
        .await
        .unwrap()
        .send_keys("\u{E009}u\u{E000}")
        .await
        .unwrap();
    wait_for(&c, "body[data-screen=unlock]").await;
    audit(&c, "unlock", &mut found).await;

    c.close().await.unwrap();
    assert!(
        found.is_empty(),
        "axe-core found {} critical or serious violations:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The rectangle of `css` in the viewport: [top, bottom, left, right], and the viewport's height.
async fn rect(c: &Client, css: &str) -> (f64, f64, f64) {
    let r = c
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();
             return [r.top, r.bottom, window.innerHeight];",
            vec![serde_json::json!(css)],
        )
        .await
        .expect("a rectangle");
    (
        r[0].as_f64().unwrap(),
        r[1].as_f64().unwrap(),
        r[2].as_f64().unwrap(),
    )
}

/// How many pixels of the top bar's pages are hidden (scrolled off): 0 or less when all show.
async fn nav_hidden_px(c: &Client) -> i64 {
    c.execute(
        "const n = document.querySelector('.topbar nav'); return n.scrollWidth - n.clientWidth;",
        vec![],
    )
    .await
    .unwrap()
    .as_i64()
    .unwrap_or(1)
}

async fn active_id(c: &Client) -> String {
    c.active_element()
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap()
        .unwrap_or_default()
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn on_a_small_screen_the_first_question_shows_without_scrolling() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;

    // Xvfb's screen is 1366×768 (scripts/e2e.sh): the window opened inside it.
    let (_, _, width, height) = c.get_window_rect().await.unwrap();
    assert!(
        width <= 1366 && height <= 768,
        "the window opened at {width}×{height}, larger than the 1366×768 screen"
    );

    window_size(&c, 1366, 768).await;
    create_store(&c, PASSPHRASE).await;
    // The bundled Noto Sans is what the page is set in, not the system's fallback.
    let font = c
        .execute_async(
            "const done = arguments[0]; document.fonts.ready.then(() => done(
               [...document.fonts].filter((f) => f.family.replace(/\"/g, '') === 'Noto Sans' && f.status === 'loaded').length));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        font.as_u64().unwrap_or(0) >= 1,
        "the UI font (ui/fonts) is loaded: {font}"
    );

    let id = new_case(&c, "Testenko", "Olena").await;
    select(&c, "#person-language", "uk").await;
    wait_for(&c, ".q-person[lang=uk]").await;

    for (w, h) in [(1366, 768), (1024, 600)] {
        window_size(&c, w, h).await;
        // The first step as it opens (the backup reminder is there: no backup yet).
        go(&c, &format!("#/case/{id}/interview/situation"), "interview").await;
        go(&c, &format!("#/case/{id}/interview/identity"), "interview").await;
        wait_for(&c, "#backup-reminder").await;
        let (bar_top, bar_bottom, _) = rect(&c, ".topbar").await;
        assert!(
            bar_bottom - bar_top < 60.0,
            "{w}×{h}: the top bar is one line ({} px high)",
            bar_bottom - bar_top
        );
        let clipped = nav_hidden_px(&c).await;
        assert!(
            clipped <= 0,
            "{w}×{h}: every page of the top bar shows ({clipped} px hidden)"
        );
        let (reminder_top, reminder_bottom, _) = rect(&c, "#backup-reminder").await;
        assert!(
            reminder_bottom - reminder_top < 60.0,
            "{w}×{h}: the backup reminder is one line ({} px)",
            reminder_bottom - reminder_top
        );
        let rows = c
            .execute(
                "return new Set([...document.querySelectorAll('#steps > li')].map((li) => li.offsetTop)).size;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            rows.as_u64(),
            Some(1),
            "{w}×{h}: the step bar does not wrap"
        );
        // The first question and its answer, without scrolling; the focus is on that answer.
        let first = "#questions > .q:first-child";
        let control = format!("{first} :is(input, textarea, select, button.opt)");
        let (_, q_bottom, viewport) = rect(&c, &control).await;
        let scrolled = c.execute("return window.scrollY;", vec![]).await.unwrap();
        assert_eq!(
            scrolled.as_f64(),
            Some(0.0),
            "{w}×{h}: the step opens at its top"
        );
        assert!(
            q_bottom <= viewport,
            "{w}×{h}: the first answer ends at y={q_bottom}, below the {viewport} px window"
        );
        let question = c
            .find(Locator::Css(first))
            .await
            .unwrap()
            .attr("id")
            .await
            .unwrap()
            .unwrap();
        assert!(
            active_id(&c).await.starts_with(&question),
            "{w}×{h}: the focus is on the first answer"
        );
        screenshot(&c, &format!("small-{w}x{h}-interview-first-step")).await;

        // The skip link goes to the first question.
        c.execute("document.getElementById('skip-link').focus();", vec![])
            .await
            .unwrap();
        c.active_element()
            .await
            .unwrap()
            .send_keys("\u{E007}")
            .await
            .unwrap();
        assert!(
            active_id(&c).await.starts_with(&question),
            "{w}×{h}: the skip link leads to the first question"
        );

        // Tab through the step: the focused control is always in the window with its whole
        // question (its hint, its « ✓ Enregistré ») when that fits, else with room below it (UI
        // review, 2026-12-05: at 1024×600 fields stopped against the bottom edge, their hint
        // hidden).
        for _ in 0..12 {
            c.active_element()
                .await
                .unwrap()
                .send_keys("\u{E004}")
                .await
                .unwrap();
            let seen = c
                .execute(
                    "const el = document.activeElement;
                     const b = el.closest('.q, .field');
                     const whole = b && b.getBoundingClientRect().height < window.innerHeight - 96;
                     const r = (whole ? b : el).getBoundingClientRect();
                     return r.top >= 0 && r.bottom <= window.innerHeight - (whole ? 0 : 48);",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(
                seen,
                serde_json::json!(true),
                "{w}×{h}: the focused control {} is in view with its question",
                active_id(&c).await
            );
        }

        go(&c, &format!("#/case/{id}"), "case").await;
        screenshot(&c, &format!("small-{w}x{h}-case")).await;
        go(&c, "#/dashboard", "dashboard").await;
        screenshot(&c, &format!("small-{w}x{h}-dashboard")).await;

        // Names hidden: « Initiales seulement » pressed, its « ✓ » in the bar, which stays one
        // line, as high as with names shown (UI review: at 1024×600 it went to 76 px, « À propos »
        // and « Verrouiller » on a second line). Then shown again.
        click(&c, "#hide-names").await;
        wait_for(&c, "#hide-names[aria-pressed='true']").await;
        // The page is drawn again under the bar.
        settled(&c).await;
        let tick = c
            .execute(
                "return getComputedStyle(document.getElementById('hide-names'), '::before').content;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            tick,
            serde_json::json!("\"✓\""),
            "{w}×{h}: the pressed switch shows its ✓"
        );
        let (top, bottom, _) = rect(&c, ".topbar").await;
        assert!(
            (bottom - top - (bar_bottom - bar_top)).abs() < 1.0,
            "{w}×{h}: names hidden, the top bar is one line ({} px high, {} px with names shown)",
            bottom - top,
            bar_bottom - bar_top
        );
        let clipped = nav_hidden_px(&c).await;
        assert!(
            clipped <= 0,
            "{w}×{h}: names hidden, every page of the top bar shows ({clipped} px hidden)"
        );
        click(&c, "#hide-names").await;
        wait_for(&c, "#hide-names[aria-pressed='false']").await;
        settled(&c).await;
    }

    // A letter the case cannot support yet (no complaint or testimony recorded) says which fact
    // is missing, in words, instead of buttons that would fail.
    go(&c, &format!("#/case/{id}"), "case").await;
    select(&c, "#document-route", "cst-l425-1").await;
    // Its lead-in is translated after the list is drawn: waited for, not only the reason.
    let why = wait_text(&c, "#doc-letter-unavailable", |t| {
        t.contains("Pas encore possible")
    })
    .await;
    assert!(
        why.contains("Pas encore possible") && why.contains("plainte ou témoignage"),
        "{why}"
    );
    assert!(c.find(Locator::Css("#print-letter")).await.is_err());
    wait_for(&c, "#print-checklist").await;
    screenshot(&c, "case-document-unavailable").await;

    // The reminder closes (until the next unlock), and the page has no frame around <main>.
    click(&c, "#backup-reminder-dismiss").await;
    let gone = c.find(Locator::Css("#backup-reminder")).await.is_err();
    assert!(gone, "the backup reminder closes");
    let frame = c
        .execute(
            "const s = getComputedStyle(document.getElementById('main'));
             return [s.outlineStyle, s.boxShadow];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        frame,
        serde_json::json!(["none", "none"]),
        "no frame around the whole page when <main> has the focus"
    );
    // The focus ring shows after a mouse click too (not only after Tab).
    click(&c, "#nav-settings").await;
    wait_for(&c, "body[data-page=settings]").await;
    click(&c, "#settings-idle").await;
    let ring = c
        .execute(
            "const s = getComputedStyle(document.activeElement); return [document.activeElement.id, s.outlineStyle];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ring, serde_json::json!(["settings-idle", "solid"]));
    c.close().await.unwrap();
}

async fn inner_width(c: &Client) -> u64 {
    c.execute("return window.innerWidth;", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap()
}

async fn ctrl(c: &Client, key: &str) {
    c.active_element()
        .await
        .unwrap()
        .send_keys(&format!("\u{E009}{key}\u{E000}"))
        .await
        .unwrap();
}

/// Waits until the page's width in CSS pixels satisfies `pred` (the zoom applied).
async fn wait_width(c: &Client, what: &str, pred: impl Fn(u64) -> bool) -> u64 {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let w = inner_width(c).await;
        if pred(w) {
            return w;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: width stays {w}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn ctrl_plus_and_the_text_size_setting_zoom_the_page_and_are_kept() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    window_size(&c, 1200, 700).await;
    create_store(&c, PASSPHRASE).await;
    let normal = inner_width(&c).await;
    assert_eq!(normal, 1200);

    // Ctrl + twice: 110 %, 125 %. The page's CSS width shrinks (a real zoom: layouts reflow).
    ctrl(&c, "=").await;
    wait_width(&c, "Ctrl + (110 %)", |w| w < normal).await;
    ctrl(&c, "=").await;
    let zoomed = wait_width(&c, "Ctrl + (125 %)", |w| w <= normal * 100 / 124).await;
    // (Through the page, not WebDriver's clicks: WebKitWebDriver's click coordinates ignore the
    // page zoom.)
    c.execute("location.hash = '#/settings';", vec![])
        .await
        .unwrap();
    wait_for(&c, "body[data-page=settings]").await;
    let shown = c
        .find(Locator::Css("#settings-text-size"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(shown.as_deref(), Some("125"), "the setting shows the size");
    // Ctrl 0: back to 100 %.
    ctrl(&c, "0").await;
    wait_width(&c, "Ctrl 0", |w| w == normal).await;
    wait_for(&c, "#settings-text-size option[value='100']:checked").await;
    // The setting itself: 150 %.
    set_text_size(&c, "150").await;
    wait_width(&c, "150 %", |w| w <= normal * 100 / 149).await;
    assert!(zoomed > normal * 100 / 151);
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;

    // Kept: the next start opens at 150 %, the unlock screen included.
    let c = driver.launch(data.path()).await;
    c.set_window_rect(0, 0, 1200, 700)
        .await
        .expect("window size");
    wait_for(&c, "body[data-screen=unlock]").await;
    wait_width(&c, "150 % after a restart", |w| w <= normal * 100 / 149).await;
    c.close().await.unwrap();
    wait_app_exit(data.path()).await;

    // At the largest size, nothing scrolls sideways (UI review: a long choice pushed the case page
    // to 779 px in a 512 px view, and the interview's step bar stuck out of it): the case page,
    // its « Le courrier s'adresse à » cut to its column, and an interview page, its step bar
    // scrolling within itself. An 800 px window: 400 px at 200 %.
    let id = import_case(&data.path().join("store"));
    let c = driver.launch(data.path()).await;
    c.set_window_rect(0, 0, 800, 600)
        .await
        .expect("window size");
    wait_width(&c, "800 px at 150 %", |w| w <= 800 * 100 / 149).await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    // Enter, not a click: WebKitWebDriver's click coordinates ignore the page zoom.
    wait_for(&c, "#passphrase")
        .await
        .send_keys("\u{E007}")
        .await
        .unwrap();
    wait_for(&c, "body[data-page=dashboard]").await;
    ctrl(&c, "=").await;
    wait_width(&c, "Ctrl + (175 %)", |w| w <= 800 * 100 / 174).await;
    ctrl(&c, "=").await;
    wait_width(&c, "Ctrl + (200 %)", |w| w <= 800 * 100 / 199).await;
    let sideways = "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];";
    go(&c, &format!("#/case/{id}"), "case").await;
    wait_for(&c, "#addressee-title").await;
    settled(&c).await;
    let cut = c
        .execute(
            "const s = document.getElementById('addressee-title'); return s.scrollWidth > s.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        cut,
        serde_json::json!(true),
        "a choice longer than its column"
    );
    let w = c.execute(sideways, vec![]).await.unwrap();
    assert!(
        w[0].as_u64() <= w[1].as_u64(),
        "the case page scrolls sideways: {w}"
    );
    go(&c, &format!("#/case/{id}/interview/identity"), "interview").await;
    settled(&c).await;
    let bar = c
        .execute(
            "const s = document.getElementById('steps'); return s.scrollWidth > s.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        bar,
        serde_json::json!(true),
        "a step bar wider than the page"
    );
    let w = c.execute(sideways, vec![]).await.unwrap();
    assert!(
        w[0].as_u64() <= w[1].as_u64(),
        "the interview scrolls sideways: {w}"
    );
    c.close().await.unwrap();
}

/// Whether the whole of `css` (its first match) is inside the window.
async fn in_view(c: &Client, css: &str) -> bool {
    c.execute(
        "const el = document.querySelector(arguments[0]); if (!el) return false;
         const r = el.getBoundingClientRect();
         return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
        vec![serde_json::json!(css)],
    )
    .await
    .unwrap()
    .as_bool()
    .unwrap_or(false)
}

/// Clicks `css` through the page: WebKitWebDriver's click coordinates ignore the page zoom.
async fn press(c: &Client, css: &str) {
    wait_for(c, css).await;
    c.execute(
        "document.querySelector(arguments[0]).click();",
        vec![serde_json::json!(css)],
    )
    .await
    .expect("a click");
}

/// The first question of the interview's step and its answer are in the window.
async fn first_question_in_view(c: &Client, what: &str) {
    let first = "#questions > .q:first-child";
    assert!(
        in_view(c, &format!("{first} .q-label")).await,
        "{what}: the first question shows"
    );
    assert!(
        in_view(
            c,
            &format!("{first} :is(input, textarea, select, button.opt)")
        )
        .await,
        "{what}: its answer shows"
    );
}

/// Chooses the text size `percent` in the settings page shown (through the page: WebKitWebDriver's
/// clicks ignore the page zoom).
async fn set_text_size(c: &Client, percent: &str) {
    c.execute(
        "const s = document.getElementById('settings-text-size'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
        vec![serde_json::json!(percent)],
    )
    .await
    .unwrap();
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "end-to-end: needs the built app, tauri-driver, WebKitWebDriver and an X display (scripts/test.sh runs it)"]
async fn at_200_percent_the_interview_shows_its_question_with_the_backup_reminder() {
    // UI review: at 200 % the top bar and the backup reminder (no backup yet, four lines) filled
    // a 1024×600 window, and no question showed until the reminder was closed. The worker must
    // always see the question she is asking: the reminder is one short line there, and the page
    // does not move when it comes after the page (back from a quick lock, into her interview).
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start().await;
    let c = driver.launch(data.path()).await;
    window_size(&c, 1024, 600).await;
    create_store(&c, PASSPHRASE).await;
    let id = new_case(&c, "Testenko", "Olena").await;
    select(&c, "#person-language", "uk").await;
    wait_for(&c, ".q-person[lang=uk]").await;
    go(&c, "#/settings", "settings").await;
    set_text_size(&c, "200").await;
    for (w, h) in [(1366, 768), (1024, 600)] {
        c.set_window_rect(0, 0, w, h).await.expect("window size");
        wait_width(&c, "200 %", |x| x <= u64::from(w) * 100 / 199).await;
        go(&c, &format!("#/case/{id}/interview/situation"), "interview").await;
        go(&c, &format!("#/case/{id}/interview/identity"), "interview").await;
        wait_for(&c, "#backup-reminder").await;
        settled(&c).await;
        screenshot(&c, &format!("zoom200-{w}x{h}-interview")).await;
        first_question_in_view(&c, &format!("{w}×{h} at 200 %")).await;
        // One line, and still a link to the backup page and a button that closes it, named.
        let (top, bottom, _) = rect(&c, "#backup-reminder").await;
        assert!(
            bottom - top < 44.0,
            "{w}×{h} at 200 %: the backup reminder is one line ({} px)",
            bottom - top
        );
        c.find(Locator::Css("#backup-reminder a[href='#/backup']"))
            .await
            .expect("the reminder's link");
        let name = c
            .execute(
                "return document.querySelector('#backup-reminder-dismiss .reminder-close-text').textContent;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(name, serde_json::json!("Fermer ce rappel"));
        c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
        screenshot(&c, &format!("zoom200-{w}x{h}-interview-top")).await;
        go(&c, &format!("#/case/{id}"), "case").await;
        settled(&c).await;
        screenshot(&c, &format!("zoom200-{w}x{h}-case")).await;
        go(&c, "#/dashboard", "dashboard").await;
        settled(&c).await;
        screenshot(&c, &format!("zoom200-{w}x{h}-dashboard")).await;
    }

    // A new case: her consent, then the first questions under the welcome read to her.
    go(&c, "#/cases", "cases").await;
    press(&c, "#case-new").await;
    type_into(&c, "#family-name", "Mensah").await;
    type_into(&c, "#given-names", "Akosua").await;
    press(&c, "#case-save").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/consent']",
    )
    .await;
    settled(&c).await;
    screenshot(&c, "zoom200-1024x600-consent").await;
    press(&c, "#step-next").await;
    wait_for(
        &c,
        "body[data-page=interview][data-route$='interview/identity']",
    )
    .await;
    settled(&c).await;
    screenshot(&c, "zoom200-1024x600-welcome").await;
    first_question_in_view(&c, "a new case at 200 %").await;

    // Hidden in the middle of her interview, then back: the unlock brings her interview, and the
    // reminder, drawn after it, does not push its question out of the window.
    press(&c, "#quick-lock").await;
    neutral_to_unlock(&c).await;
    type_into(&c, "#passphrase", PASSPHRASE).await;
    wait_for(&c, "#passphrase")
        .await
        .send_keys("\u{E007}")
        .await
        .unwrap();
    wait_for(&c, "body[data-screen=app][data-page=interview]").await;
    wait_for(&c, "#backup-reminder").await;
    settled(&c).await;
    screenshot(&c, "zoom200-1024x600-after-unlock").await;
    first_question_in_view(&c, "back from a quick lock at 200 %").await;
    c.close().await.unwrap();
}

/// Imports the full fixture case (tests/fixtures/case-full.json) into `store` with
/// passerelle-cli; returns its id.
fn import_case(store: &std::path::Path) -> String {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/case-full.json");
    let out = store_cli(store, PASSPHRASE, &["import", fixture]);
    let v: serde_json::Value = serde_json::from_slice(&out).expect("the import's JSON");
    v["id"].as_str().expect("the case's id").to_string()
}
