//! What several flows share beyond the harness (`passerelle_e2e`, whose source is an installer
//! input: changing it costs a re-proof of the installers, so additions live here).

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};

/// Waits until nothing matches `css`: for an element the page removes after an asynchronous
/// call (a reminder cleared once the backup status is read again), where asserting its absence
/// at once races with the page.
pub async fn wait_gone(c: &Client, css: &str, why: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while c.find(Locator::Css(css)).await.is_ok() {
        assert!(Instant::now() < deadline, "{css} still there: {why}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
