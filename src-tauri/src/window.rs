//! The main window: its size on a small screen, its minimum size, its zoom.
//!
//! A 13-inch laptop is often 1366×768, and with 200 % scaling (low vision, a HiDPI panel) it
//! leaves 683×384 logical pixels, a title bar and a panel included. The window never opens larger
//! than the screen it opens on, and its minimum size fits that screen, so every edge and its
//! buttons stay reachable.

use passerelle_core::app::settings::SettingsUpdate;
use passerelle_core::app::App;
use tauri::{Runtime, WebviewWindow};

/// The size the window would like, in logical pixels.
pub const PREFERRED: (f64, f64) = (1200.0, 800.0);

/// The smallest window: fits a 1366×768 screen at 200 % scaling (683×384 logical pixels) with
/// room for a title bar and a panel. The page reflows to one column below 52em (832 px).
pub const MINIMUM: (f64, f64) = (560.0, 320.0);

/// What the window leaves of the screen around it (panels, title bar), in logical pixels.
const MARGIN: (f64, f64) = (0.0, 72.0);

/// The window's first inner size on a screen of `screen` logical pixels (`None`: unknown):
/// the preferred size, shrunk to what the screen leaves, never below the minimum.
pub fn initial_size(screen: Option<(f64, f64)>) -> (f64, f64) {
    let Some((width, height)) = screen else {
        return PREFERRED;
    };
    let fit = |preferred: f64, available: f64, minimum: f64| -> f64 {
        preferred.min(available).max(minimum)
    };
    (
        fit(PREFERRED.0, width - MARGIN.0, MINIMUM.0),
        fit(PREFERRED.1, height - MARGIN.1, MINIMUM.1),
    )
}

/// The logical size of the primary screen (where the window opens).
pub fn screen_of<R: Runtime>(app: &tauri::App<R>) -> Option<(f64, f64)> {
    let monitor = app.primary_monitor().ok().flatten()?;
    let size = monitor.size().to_logical::<f64>(monitor.scale_factor());
    (size.width > 0.0 && size.height > 0.0).then_some((size.width, size.height))
}

/// Zooms the page to `percent` (the text-size setting, Ctrl + / Ctrl − / Ctrl 0).
pub fn zoom<R: Runtime>(window: &WebviewWindow<R>, percent: u32) {
    if let Err(e) = window.set_zoom(f64::from(percent) / 100.0) {
        log::warn!("zoom: {e}");
    }
}

/// What a settings change asks of the window, at once: the new text size, and its protection
/// from screen captures (« Autoriser les captures d'écran »; a no-op where the system has none).
pub fn follow_settings<R: Runtime>(window: &WebviewWindow<R>, app: &App, update: &SettingsUpdate) {
    if update.text_size.is_some() {
        zoom(window, app.text_size());
    }
    follow_protections(window, app, update.screen_capture_allowed.is_some());
}

/// The window's protection from screen captures, as the preferences now say, when `changed`.
pub fn follow_protections<R: Runtime>(window: &WebviewWindow<R>, app: &App, changed: bool) {
    if changed {
        if let Err(e) = window.set_content_protected(!app.screen_capture_allowed()) {
            log::warn!("content protection: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_opens_no_larger_than_the_screen() {
        assert_eq!(initial_size(Some((1366.0, 768.0))), (1200.0, 696.0));
        assert_eq!(initial_size(Some((1024.0, 600.0))), (1024.0, 528.0));
        assert_eq!(initial_size(Some((1920.0, 1080.0))), PREFERRED);
        assert_eq!(initial_size(None), PREFERRED);
    }

    #[test]
    fn at_200_percent_on_a_1366_by_768_screen_the_minimum_fits() {
        let (width, height) = (1366.0 / 2.0, 768.0 / 2.0);
        // Room for a title bar and a panel (about 30 logical pixels each) under the minimum.
        assert!(MINIMUM.0 <= width && MINIMUM.1 + 60.0 <= height);
        assert_eq!(initial_size(Some((width, height))), (683.0, MINIMUM.1));
        // A tiny screen: the minimum, never less.
        assert_eq!(initial_size(Some((400.0, 300.0))), MINIMUM);
    }
}
