#!/usr/bin/env bash
# Start-up time of Passerelle against a blank Tauri 2 app (docs/benchmarks.md, « Start-up »).
#
#   scripts/bench-startup.sh [ROUNDS] [--compare LABEL=BINARY]...
#
# Builds the app (release, as scripts/run.sh does) and a blank Tauri 2.12.5 app generated under
# target/bench-startup/ (one window of the same size, a static page; never shipped), then starts
# them in turn under Xvfb, ROUNDS times (default 15), and reports the median time to the window
# mapped, to its first non-uniform paint and to the complete first screen, with each ratio to the
# blank app (scripts/bench_startup.py). Passerelle runs twice per round: on a first run (the setup
# screen) and with a store (the unlock screen). --compare adds the same two runs of another build
# of Passerelle (e.g. a copy of an older binary), interleaved with the others.
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
    --compare) COMPARE+=("$2"); shift 2 ;;
    *) ROUNDS="$1"; shift ;;
  esac
done

ROOT="$PWD"
WORK="$ROOT/target/bench-startup"
BLANK="$WORK/blank"
mkdir -p "$BLANK/src" "$BLANK/ui" "$BLANK/icons"

# The blank app: Tauri 2.12.5 as the app pins it, resolved from the app's own lockfile.
cat > "$BLANK/Cargo.toml" <<'EOF'
[package]
name = "blank-tauri"
version = "0.1.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
tauri = { version = "=2.12.5", features = [] }

[build-dependencies]
tauri-build = { version = "=2.7.4", features = [] }
EOF
cat > "$BLANK/build.rs" <<'EOF'
fn main() {
    tauri_build::build()
}
EOF
cat > "$BLANK/src/main.rs" <<'EOF'
fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the blank app runs");
}
EOF
cat > "$BLANK/tauri.conf.json" <<'EOF'
{
  "productName": "blank-tauri",
  "version": "0.1.0",
  "identifier": "org.example.blank-tauri",
  "build": { "frontendDist": "ui" },
  "app": {
    "windows": [{ "label": "main", "title": "Blank", "width": 1200, "height": 800 }],
    "security": { "csp": "default-src 'self'" }
  },
  "bundle": { "icon": ["icons/icon.png"] }
}
EOF
cat > "$BLANK/ui/index.html" <<'EOF'
<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Blank</title></head>
<body><h1>Tauri 2</h1><p>Une page statique, sans script.</p></body></html>
EOF
cp assets/icons/icon.png "$BLANK/icons/icon.png"
[ -f "$BLANK/Cargo.lock" ] || cp Cargo.lock "$BLANK/Cargo.lock"

echo "bench-startup: building (release)" >&2
cargo build --release --locked -p passerelle -p passerelle-cli
CARGO_TARGET_DIR="$ROOT/target" cargo build --release --manifest-path "$BLANK/Cargo.toml"

# A store for the unlock screen, made once with the CLI (the passphrase on standard input).
for dir in setup unlock blank-data config/gtk-3.0; do mkdir -p "$WORK/$dir"; done
if [ ! -d "$WORK/unlock/store" ]; then
  echo "lanterne violon marée cactus" | target/release/passerelle-cli --store "$WORK/unlock/store" init >/dev/null
fi
# No blinking caret: the settled screen is then a still picture.
printf '[Settings]\ngtk-cursor-blink = false\n' > "$WORK/config/gtk-3.0/settings.ini"

programs=(
  "blank=$ROOT/target/release/blank-tauri"
  "setup=$ROOT/target/release/passerelle --data-dir $WORK/setup"
  "unlock=$ROOT/target/release/passerelle --data-dir $WORK/unlock"
)
for c in "${COMPARE[@]}"; do
  label="${c%%=*}"; binary="${c#*=}"
  mkdir -p "$WORK/$label-setup"
  [ -d "$WORK/$label-unlock" ] || cp -r "$WORK/unlock" "$WORK/$label-unlock"
  programs+=("$label-setup=$binary --data-dir $WORK/$label-setup"
             "$label-unlock=$binary --data-dir $WORK/$label-unlock")
done

XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/blank-data" \
  xvfb-run -a -s "-screen 0 1920x1080x24" /usr/bin/python3 scripts/bench_startup.py "$ROUNDS" "${programs[@]}"
