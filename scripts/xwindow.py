"""A program's window on the X display in $DISPLAY, read as pixels: found by its process id,
compared frame to frame. Shared by scripts/bench_startup.py (start-up times) and
tests/e2e/worker-keys.py (typing into the app once its screen has settled). Needs Debian's
python3-xlib (installed by scripts/setup.sh)."""

from Xlib import X, display, error

d = display.Display()
root = d.screen().root
NET_WM_PID = d.intern_atom("_NET_WM_PID")


def window_of(pid):
    """The viewable top-level window of process `pid`, if any (no window manager: a root child)."""
    for w in root.query_tree().children:
        try:
            prop = w.get_full_property(NET_WM_PID, X.AnyPropertyType)
            if prop and prop.value[0] == pid and w.get_attributes().map_state == X.IsViewable:
                return w
        except error.XError:
            continue
    return None


def frame(w):
    """The window's pixels as rows of bytes, or None while it cannot be read."""
    try:
        g = w.get_geometry()
        data = w.get_image(0, 0, g.width, g.height, X.ZPixmap, 0xFFFFFFFF).data
    except error.XError:
        return None
    stride = len(data) // g.height
    return [data[i * stride:(i + 1) * stride] for i in range(g.height)]


def uniform(rows):
    first = rows[0][:4]
    line = first * (len(rows[0]) // 4)
    return all(r == line for r in rows)


def differing_span(a, b):
    """First and last differing byte of two equal-length rows (binary searches on slices)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[:mid + 1] == b[:mid + 1]:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[len(a) - mid - 1:] == b[len(b) - mid - 1:]:
            lo = mid + 1
        else:
            hi = mid
    return first, len(a) - lo - 1


def same_screen(a, b):
    """True if two frames differ at most by a text caret (a narrow, short box)."""
    if a is None or b is None or len(a) != len(b) or len(a[0]) != len(b[0]):
        return False
    rows = [i for i in range(len(a)) if a[i] != b[i]]
    if not rows:
        return True
    if rows[-1] - rows[0] > 40:
        return False
    spans = [differing_span(a[i], b[i]) for i in rows]
    left = min(s[0] for s in spans)
    right = max(s[1] for s in spans)
    return right - left < 4 * 4
