#!/usr/bin/env bash
# Start-up time of Passerelle against a blank Tauri 2 app (docs/benchmarks.md, « Start-up »).
#
#   scripts/bench-startup.sh [ROUNDS] [--compare LABEL=BINARY]...
#
# Builds Passerelle as it ships (release, with Tauri's `custom-protocol`, as `tauri build` does
# for the .deb) and the blank Tauri 2 app of benches/blank-tauri (one window of the same size, a
# static page; never shipped) in one cargo invocation, so that both use the same compiled Tauri.
# Then starts them in turn under Xvfb, ROUNDS times (default 15), and reports the median time to
# the window mapped, to its first non-uniform paint and to the complete first screen, with each
# ratio to the blank app (scripts/bench_startup.py). Passerelle runs twice per round: on a first
# run (the setup screen) and with a store (the unlock screen). --compare adds the same two runs of
# another build of Passerelle (e.g. a copy of an older binary), interleaved with the others.
#
# Data directories live under target/bench-startup/ and are kept between runs, as on a worker's
# laptop (WebKit's cache warm); the blank app's data goes there too.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

ROUNDS=15
COMPARE=()
while [ $# -gt 0 ]; do
  case "$1" in
  --compare)
    COMPARE+=("$2")
    shift 2
    ;;
  *)
    ROUNDS="$1"
    shift
    ;;
  esac
done

ROOT="$PWD"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$TARGET/bench-startup"

echo "bench-startup: building (release)" >&2
cargo build --release --locked -p passerelle -p blank-tauri --features tauri/custom-protocol
cargo build --release --locked -p passerelle-cli -p passerelle-webext

# A store for the unlock screen, made once with the CLI (the passphrase on standard input).
for dir in setup unlock blank-data config/gtk-3.0; do mkdir -p "$WORK/$dir"; done
if [ ! -d "$WORK/unlock/store" ]; then
  # Through a pipe: the CLI shows a recovery key to a terminal or a program, never to /dev/null.
  echo "lanterne violon marée cactus" | "$TARGET/release/passerelle-cli" --store "$WORK/unlock/store" init | cat >/dev/null
fi
# No blinking caret: the settled screen is then a still picture.
printf '[Settings]\ngtk-cursor-blink = false\n' >"$WORK/config/gtk-3.0/settings.ini"

programs=(
  "blank=$TARGET/release/blank-tauri"
  "setup=$TARGET/release/passerelle --data-dir $WORK/setup"
  "unlock=$TARGET/release/passerelle --data-dir $WORK/unlock"
)
for c in "${COMPARE[@]}"; do
  label="${c%%=*}"
  binary="${c#*=}"
  mkdir -p "$WORK/$label-setup"
  [ -d "$WORK/$label-unlock" ] || cp -r "$WORK/unlock" "$WORK/$label-unlock"
  programs+=("$label-setup=$binary --data-dir $WORK/$label-setup"
    "$label-unlock=$binary --data-dir $WORK/$label-unlock")
done

XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/blank-data" \
  xvfb-run -a -s "-screen 0 1920x1080x24" /usr/bin/python3 scripts/bench_startup.py "$ROUNDS" "${programs[@]}"
