#!/usr/bin/python3
"""Asks the window titled WINDOW_NAME to close, as a window manager's close button does
(a WM_DELETE_WINDOW client message). Used by tests/e2e/tests/close_flow.rs: WebDriver's own
"close window" ends the app without a close request, so it cannot test what closing does.
Needs Debian's python3-xlib (installed by scripts/setup.sh). Exit status 0 if a message was sent."""
import sys

from Xlib import X, display, protocol

name = sys.argv[1] if len(sys.argv) > 1 else "Passerelle"
d = display.Display()
protocols = d.intern_atom("WM_PROTOCOLS")
delete = d.intern_atom("WM_DELETE_WINDOW")


def windows(w):
    yield w
    try:
        children = w.query_tree().children
    except Exception:
        return
    for child in children:
        yield from windows(child)


sent = 0
for w in windows(d.screen().root):
    try:
        if w.get_wm_name() != name or delete not in (w.get_wm_protocols() or []):
            continue
    except Exception:
        continue
    event = protocol.event.ClientMessage(
        window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
    )
    w.send_event(event, event_mask=X.NoEventMask)
    sent += 1
d.flush()
sys.exit(0 if sent else 1)
