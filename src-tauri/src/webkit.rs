//! Linux: how WebKitGTK draws the window.
//!
//! By default WebKitGTK composites the page through OpenGL. On the laptops associations use (old
//! integrated graphics, NVIDIA drivers, a virtual machine, no GPU driver at all) that is either
//! slow, through software OpenGL, or a white window with no error at all (tauri-apps/tauri#5143,
//! #9304, #15936): a dead end for a worker in a shelter, with no one to set a variable for her.
//! Passerelle's screens are forms, which WebKit paints as well without compositing; measured
//! under Xvfb (software OpenGL), its first screen comes 0.15–0.2 s sooner (docs/benchmarks.md,
//! « Start-up »). A value already set (by the worker, her IT or a packager) is kept.

use std::ffi::OsStr;

/// The variable WebKitGTK reads when it starts its web process.
pub const DISABLE_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// What to set, given the variable's current value: nothing when it is set already.
fn compositing_setting(current: Option<&OsStr>) -> Option<(&'static str, &'static str)> {
    current.is_none().then_some((DISABLE_COMPOSITING, "1"))
}

/// Paints the window without compositing unless the environment says otherwise. Called first
/// in `main`, before any thread exists (changing the environment is not thread-safe) and before
/// WebKit starts: its web process inherits the variable.
pub fn paint_without_compositing() {
    if let Some((name, value)) =
        compositing_setting(std::env::var_os(DISABLE_COMPOSITING).as_deref())
    {
        std::env::set_var(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositing_is_turned_off_unless_the_environment_already_decides() {
        assert_eq!(
            compositing_setting(None),
            Some(("WEBKIT_DISABLE_COMPOSITING_MODE", "1"))
        );
        assert_eq!(compositing_setting(Some(OsStr::new("0"))), None);
        assert_eq!(compositing_setting(Some(OsStr::new("1"))), None);
    }
}
