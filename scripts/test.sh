#!/usr/bin/env bash
# Every check, from a fresh clone: installs what is missing (scripts/setup.sh), then formatting,
# lints, unit and integration tests, the app build, the end-to-end tests under Xvfb, a bounded
# run of the fuzz targets, then the two installers built and proven when what they depend on
# changed.
# .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

step() { printf '\n==> %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

# A cold run fills target/ with about 8 GiB (the workspace, the app, the fuzz build); with less
# free space the build stops on « No space left on device » minutes in. Said first, so that the
# cause is the first thing read (a CI run at 85a301f failed so, on a disk filled by old clones).
free_gib=$(df -P -BG . 2>/dev/null | awk 'NR == 2 { sub("G", "", $4); print $4 }') || free_gib=
if [ -n "$free_gib" ] && [ "$free_gib" -lt 10 ]; then
  echo "warning: only ${free_gib} GiB free on this disk; a cold run needs about 10 GiB (target/ alone takes about 8)." >&2
fi

step "setup"
scripts/setup.sh

step "format"
cargo fmt --all --check

step "lint"
cargo clippy --workspace --all-targets --locked -- -D warnings

# One build of every target, the app included: building the app alone afterwards would unify
# features differently (no dev-dependencies) and recompile Tauri and GTK for nothing.
# ui/js against the IPC contract (src-tauri/bindings/ipc.d.ts, which the shell's tests below check
# is current): every command's arguments and result, typed from the Rust types.
step "types (tsc --noEmit --checkJs on ui/js)"
tests/typecheck/node_modules/.bin/tsc --noEmit --checkJs -p tests/typecheck

step "build everything"
cargo build --workspace --all-targets --locked

# The two test steps both run whatever the other gives, and every test binary in each runs even
# if one fails (cargo lists the failed ones at the end, scripts/e2e.sh prints a summary).
failed=()

# PASSERELLE_TEST_KDF_FLOOR: debug builds create stores at the key-derivation floor instead of
# calibrating for seconds each time (src-tauri/core/src/vault/kdf.rs); release builds ignore it.
step "unit and integration tests"
PASSERELLE_TEST_KDF_FLOOR=1 cargo test --workspace --locked --no-fail-fast ||
  failed+=("unit and integration tests")

step "end-to-end tests (WebDriver, Xvfb)"
scripts/e2e.sh || failed+=("end-to-end tests")

# Live fuzzing of the parsers of what comes from outside (docs/fuzzing.md): each target for a
# bounded time, on the nightly toolchain, reading the committed corpus without adding to it. The
# corpus itself is replayed on stable by the tests above.
step "fuzzing (cargo-fuzz, 15 s per target)"
scripts/fuzz.sh --scratch --build-budget 1800 15 || failed+=("fuzzing")

# The installers (docs/packaging.md, « How CI proves the installers »): built as they ship
# (release, both), then proven — lintian and the installed .deb driven to its dashboard, the
# Windows installer, CLI and core tests under Wine — whenever their inputs (packaging files,
# manifests and lock file, platform-specific code: scripts/packaging-inputs.sh --list) differ from
# the ones last proven (src-tauri/packaging/proven-inputs). PASSERELLE_PACKAGE=always proves them
# anyway.
if [ "${PASSERELLE_PACKAGE:-}" != always ] && scripts/packaging-inputs.sh --proven; then
  step "installers: inputs unchanged since $(sed -n 's/^proven //p' src-tauri/packaging/proven-inputs); not rebuilt"
else
  step "installers: build (scripts/package.sh)"
  if scripts/package.sh; then
    step "installers: prove (scripts/package-check.sh)"
    if scripts/package-check.sh; then
      step "installers proven; record it with scripts/packaging-inputs.sh --record"
    else
      failed+=("installers")
    fi
  else
    failed+=("installers (build)")
  fi
fi

if [ ${#failed[@]} -gt 0 ]; then
  step "FAILED: $(printf '%s; ' "${failed[@]}")"
  exit 1
fi
step "all checks passed"
