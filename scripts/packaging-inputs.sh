#!/usr/bin/env bash
# The installers' inputs, and whether they were proven (docs/packaging.md, « How CI proves the
# installers »).
#
#   scripts/packaging-inputs.sh            prints the digest of the inputs
#   scripts/packaging-inputs.sh --list     prints the files it covers
#   scripts/packaging-inputs.sh --proven   exits 0 when the digest is the one recorded in
#                                          src-tauri/packaging/proven-inputs, 1 otherwise
#   scripts/packaging-inputs.sh --record   records the digest (after package.sh and
#                                          package-check.sh passed on this tree)
#
# The inputs are what packaging or platform behaviour depends on: the lock file and manifests
# (a new dependency may not build for Windows), the Tauri and Cargo configuration, the packaging
# files and scripts, the installer tests, and every Rust file with platform-specific code — found
# by what it contains (cfg on windows/unix/target_os, std::os::unix|windows, libc, Windows APIs),
# so that a new one is covered without editing a list — plus the few portable files whose
# behaviour the Windows checks prove (data directories, the CLI's passphrase prompt, the vault's
# format that moves between Linux and Windows).
#
# The digest is over paths and contents of the working tree (git hash-object), so it is the same
# on a fresh clone, whatever the history.
set -euo pipefail
cd "$(dirname "$0")/.."

RECORD=src-tauri/packaging/proven-inputs

inputs() {
  {
    git ls-files -- Cargo.lock '*Cargo.toml' tauri.conf.json package.json package-lock.json \
      .cargo/config.toml src-tauri/build.rs src-tauri/packaging tests/wine tests/e2e/installer \
      src-tauri/cli/tests/windows_cli.rs src-tauri/src/paths.rs src-tauri/src/webext.rs \
      src-tauri/cli/src/passphrase.rs \
      src-tauri/core/src/vault assets/icons \
      scripts/package.sh scripts/package-check.sh scripts/packaging-env.sh scripts/fix-deb.sh \
      scripts/licences.sh scripts/crate-licences.py scripts/setup.sh scripts/packaging-inputs.sh
    # The end-to-end flows (tests/e2e/tests) drive the debug build: package.sh and
    # package-check.sh never build them, so their platform-specific lines do not make them inputs.
    git grep -l -E 'cfg\(.*(windows|unix|target_os)|std::os::(unix|windows)|windows_sys|winapi|libc::' -- '*.rs' \
      ':!tests/e2e/tests/'
  } | grep -vx "$RECORD" | sort -u
}

digest() {
  inputs | while read -r f; do
    printf '%s %s\n' "$(git hash-object -- "$f")" "$f"
  done | sha256sum | cut -d' ' -f1
}

case "${1:-}" in
"") digest ;;
--list) inputs ;;
--proven)
  [ -f "$RECORD" ] && [ "$(sed -n 's/^digest //p' "$RECORD")" = "$(digest)" ]
  ;;
--record)
  {
    echo "# Written by scripts/packaging-inputs.sh --record after scripts/package.sh and"
    echo "# scripts/package-check.sh passed on a tree with these inputs. scripts/test.sh skips"
    echo "# building and proving the installers while the inputs' digest is this one."
    echo "digest $(digest)"
    echo "proven $(date -u +%Y-%m-%d) on $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- || echo '+changes')"
  } >"$RECORD"
  cat "$RECORD"
  ;;
*)
  echo "usage: scripts/packaging-inputs.sh [--list|--proven|--record]" >&2
  exit 2
  ;;
esac
