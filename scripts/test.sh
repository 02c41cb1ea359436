#!/usr/bin/env bash
# Every check, from a fresh clone: installs what is missing (scripts/setup.sh), then formatting,
# lints, unit and integration tests, the app build, the end-to-end tests under Xvfb, and the
# installers (scripts/package.sh builds them, scripts/package-check.sh proves them).
# .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

step() { printf '\n==> %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

step "setup"
scripts/setup.sh

step "format"
cargo fmt --all --check

step "lint"
cargo clippy --workspace --all-targets --locked -- -D warnings

# One build of every target, the app included: building the app alone afterwards would unify
# features differently (no dev-dependencies) and recompile Tauri and GTK for nothing.
step "build everything"
cargo build --workspace --all-targets --locked

step "unit and integration tests"
cargo test --workspace --locked

step "end-to-end tests (WebDriver, Xvfb)"
timeout 900 xvfb-run -a -s "-screen 0 1366x768x24" \
  cargo test --locked -p passerelle-e2e -- --ignored --test-threads=1

# The installers, built and proven on every run (docs/packaging.md, « How CI proves both
# installers »): the .deb installed and driven to its dashboard, the Windows build under Wine.
step "installers: build (scripts/package.sh)"
scripts/package.sh

step "installers: prove (scripts/package-check.sh)"
scripts/package-check.sh

step "all checks passed"
