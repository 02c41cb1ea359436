//! Where the webview keeps its data: nowhere, on Linux (issue 13).
//!
//! WebKitGTK with a data directory writes `hsts-storage.sqlite`, cache salts and a disk cache at
//! every start, and keeps them. Passerelle stores nothing in the webview (no `localStorage`, no
//! cookies: the data is in the vault), so the view gets an ephemeral WebKit context
//! (`incognito`): its cache and storage stay in memory and end with the process. Tauri still
//! creates an on-disk context for the data directory, unused, and WebKit gives it an empty HSTS
//! database and random salts there; that directory is owner-only (0700) like the data root.
//!
//! Under WebDriver (`TAURI_WEBVIEW_AUTOMATION=true`, set by tauri-driver) the context stays the
//! on-disk one, in the owner-only `webview` directory: wry creates its ephemeral context with
//! automation refused, and WebKitWebDriver then cannot open a session. The end-to-end flows
//! therefore drive the on-disk variant; `tests/e2e/tests/webview_store.rs` runs the app as a
//! worker does (no automation: keys typed through XTEST), unlocks, locks, unlocks again and
//! closes it, and checks that the web process ends at the lock and that nothing but that
//! scaffolding is written. On Windows, WebView2's InPrivate mode has not been tried on a real
//! Windows: the on-disk folder stays (docs/vault-operations.md).

/// Whether the app runs as a worker runs it, not driven by WebDriver: then the main webview's
/// WebKit context is ephemeral, and its web process is ended at each lock (`fresh_page`).
pub fn ephemeral() -> bool {
    cfg!(target_os = "linux") && std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() != Ok("true")
}
