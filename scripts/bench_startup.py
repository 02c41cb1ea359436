#!/usr/bin/python3
"""Start-up time of Passerelle against a blank Tauri 2 app, under the X display in $DISPLAY.

Called by scripts/bench-startup.sh, which builds the binaries and prepares the data directories.
Each run starts one program and polls the X server every 5 ms:

- mapped: its window is mapped (found by _NET_WM_PID);
- painted: the first frame of the window that is not one uniform colour;
- complete: the first frame that looks like the settled screen (the window unchanged, a blinking
  caret aside, for SETTLE seconds): the first screen with every text in place.

Programs run in turn, round after round (interleaved), so that a busy machine slows all of them
alike; the report gives the median of each measure and its ratio to the blank app's.

Usage: bench_startup.py ROUNDS NAME=COMMAND... (COMMAND is split on spaces; the first NAME is the
baseline, the blank app).
"""

import os
import signal
import statistics
import subprocess
import sys
import time

from Xlib import X, display, error

POLL = 0.005
SETTLE = 1.5
TIMEOUT = 30.0

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


def run(command):
    t0 = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mapped = painted = None
    frames = []  # (t, rows) each time the picture changed
    tick = t0
    try:
        while True:
            now = time.monotonic() - t0
            if now > TIMEOUT:
                raise RuntimeError(f"{command[0]}: no settled screen after {TIMEOUT} s")
            w = window_of(proc.pid)
            if w is not None:
                if mapped is None:
                    mapped = now
                rows = frame(w)
                if rows:
                    if painted is None and not uniform(rows):
                        painted = now
                    if painted is not None:
                        if not frames or not same_screen(frames[-1][1], rows):
                            frames.append((now, rows))
                        elif now - frames[-1][0] >= SETTLE:
                            break
            tick += POLL
            time.sleep(max(0.0, tick - time.monotonic()))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    settled = frames[-1][1]
    complete = next(t for t, rows in frames if same_screen(rows, settled))
    return mapped, painted, complete


def main():
    rounds = int(sys.argv[1])
    programs = [arg.split("=", 1) for arg in sys.argv[2:]]
    results = {name: [] for name, _ in programs}
    for r in range(rounds):
        for name, command in programs:
            results[name].append(run(command.split(" ")))
        print(f"round {r + 1}/{rounds}", file=sys.stderr, flush=True)
    base = programs[0][0]
    medians = {
        name: [statistics.median(run[i] for run in runs) for i in range(3)]
        for name, runs in results.items()
    }
    print(f"{rounds} interleaved rounds; median seconds (ratio to {base})")
    print(f"{'program':<22}{'mapped':>16}{'painted':>16}{'complete':>16}")
    for name, m in medians.items():
        cells = "".join(
            f"{m[i]:>8.3f} ({m[i] / medians[base][i]:.2f}×)" for i in range(3)
        )
        print(f"{name:<22}{cells}")


if __name__ == "__main__":
    main()
