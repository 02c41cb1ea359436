#!/usr/bin/env bash
# Installs what running needs and is missing (scripts/setup.sh run: no test or packaging tools),
# builds Passerelle (release) and starts it.
# Data: the per-user data directory (~/.local/share/fr.passerelle.app on Linux), or
# PASSERELLE_DATA_DIR if set. Extra arguments go to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
scripts/setup.sh run
# The web extension beside the app: WebKit loads it into each web process (src-tauri/src/webext.rs).
cargo build --release --locked -p passerelle -p passerelle-webext
exec "${CARGO_TARGET_DIR:-target}/release/passerelle" "$@"
