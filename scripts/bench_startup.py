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

from xwindow import frame, same_screen, uniform, window_of

POLL = 0.005
SETTLE = 1.5
TIMEOUT = 30.0


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
