#!/usr/bin/python3
"""Types TEXT, then Return, into the window of process PID once it shows a settled screen, as a
worker at the keyboard does (X's XTEST extension: real key events, no WebDriver); with
`--ctrl KEY`, presses Ctrl+KEY instead. Used by tests/e2e/tests/webview_store.rs, which runs the
app as it is run on a worker's laptop, without automation. TEXT: lowercase ASCII letters, digits
and spaces.

Usage: worker-keys.py PID TEXT | worker-keys.py PID --ctrl KEY

Settled: the window is mapped, not one uniform colour, and unchanged but for a caret over SETTLE
seconds (scripts/xwindow.py). Exit status 0 once typed, 1 if the window did not settle within
TIMEOUT seconds."""
import os
import sys
import time

from Xlib import X, XK
from Xlib.ext import xtest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../scripts"))
from xwindow import d, frame, root, same_screen, uniform, window_of  # noqa: E402

POLL = 0.05
SETTLE = 1.0
TIMEOUT = 60.0

pid = int(sys.argv[1])
ctrl = sys.argv[3] if sys.argv[2] == "--ctrl" else None
text = sys.argv[2]


def settled_window():
    """The window once it is not one uniform colour and unchanged, a caret aside, for SETTLE s."""
    deadline = time.monotonic() + TIMEOUT
    last, since = None, None
    while time.monotonic() < deadline:
        w = window_of(pid)
        rows = frame(w) if w else None
        if rows and not uniform(rows):
            now = time.monotonic()
            if not same_screen(last, rows):
                last, since = rows, now
            elif now - since >= SETTLE:
                return w
        time.sleep(POLL)
    return None


def key(name, press=True):
    code = d.keysym_to_keycode(XK.string_to_keysym(name))
    xtest.fake_input(d, X.KeyPress if press else X.KeyRelease, code)


def tap(name):
    key(name)
    key(name, press=False)


w = settled_window()
if w is None:
    print(f"no settled window of process {pid} within {TIMEOUT:.0f} s", file=sys.stderr)
    sys.exit(1)
g = w.get_geometry()
at = root.translate_coords(w, g.width // 2, g.height // 2)
xtest.fake_input(d, X.MotionNotify, x=at.x, y=at.y)
w.set_input_focus(X.RevertToParent, X.CurrentTime)
# With text: what a previous attempt left in the field is replaced.
key("Control_L")
tap(ctrl or "a")
key("Control_L", press=False)
if not ctrl:
    for c in text:
        tap("space" if c == " " else c)
    tap("Return")
d.sync()
