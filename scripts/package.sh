#!/usr/bin/env bash
# Builds Passerelle's two installers from a clean clone (docs/packaging.md):
#   target/packaging/passerelle_<version>_amd64.deb       Debian 12, Ubuntu 22.04 and 24.04
#   target/packaging/Passerelle_<version>_x64-setup.exe   Windows 10 and 11 (x64), per user
# Installs what is missing first (scripts/setup.sh package). Nothing is downloaded while building:
# the registries (crates.io, npm) are reached only by `cargo` and `npm ci` for what is not cached.
# scripts/package-check.sh proves both installers; scripts/test.sh runs the two scripts.
#
# Usage: scripts/package.sh [deb] [windows]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/packaging-env.sh

step() { printf '\n==> package: %s (%s, %ds)\n' "$1" "$(date +%H:%M:%S)" $((SECONDS - started)); }

installers=("$@")
[ $# -gt 0 ] || installers=(deb windows)
for i in "${installers[@]}"; do
  case "$i" in deb | windows) ;; *)
    echo "usage: scripts/package.sh [deb] [windows]" >&2
    exit 2
    ;;
  esac
done
building() { [[ " ${installers[*]} " == *" $1 "* ]]; }

scripts/setup.sh package

step "Tauri CLI (npm, pinned in package-lock.json)"
wanted="tauri-cli $(node -p 'require("./package.json").devDependencies["@tauri-apps/cli"]')"
if [ "$(node_modules/.bin/tauri --version 2>/dev/null || true)" != "$wanted" ]; then
  npm ci --no-audit --no-fund
fi

step "licence notices"
scripts/licences.sh

if building deb; then
  rm -f "$DEB"
  step "Linux: passerelle-cli and the web extension (release)"
  cargo build --release --locked -p passerelle-cli -p passerelle-webext

  step "Linux: passerelle (release) and the .deb (Tauri's bundler)"
  npx tauri build --ci --bundles deb -- --locked
  scripts/fix-deb.sh target/release/bundle/deb/Passerelle_"$VERSION"_amd64.deb "$DEB"
fi

if ! building windows; then
  step "done in $((SECONDS - started)) s"
  ls -l "$DEB" target/release/passerelle target/release/passerelle-cli
  exit 0
fi

rm -rf "$SETUP" "$OUT/windows"
mkdir -p "$OUT/windows"
step "Windows: passerelle.exe (release, $WIN)"
npx tauri build --ci --target "$WIN" --no-bundle -- --locked 2>&1 | tee "$OUT/windows-app.log"

step "Windows: passerelle-cli.exe (release, $WIN)"
cargo build --release --locked --target "$WIN" -p passerelle-cli 2>&1 | tee "$OUT/windows-cli.log"
# Clippy lints the Linux build (scripts/test.sh); the code behind cfg(windows) must at least
# compile without warnings. Cargo repeats the warnings of crates it did not need to rebuild.
if grep -E '^warning: `passerelle[a-z-]*` \(' "$OUT"/windows-*.log; then
  echo "package: the Windows build of Passerelle's crates has warnings" >&2
  exit 1
fi

step "Windows: the installer (makensis)"
bin="target/$WIN/release"
cp "$bin/passerelle.exe" "$bin/passerelle-cli.exe" "$bin/WebView2Loader.dll" "$OUT/windows/"
# Notepad reads LF since 2018; the name tells Explorer what opens it.
cp LICENSE "$OUT/windows/LICENSE.txt"
cp "$OUT/crates-$WIN.txt" "$OUT/windows/crates.txt"
makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$VERSION" \
  -DSRCDIR="$PWD/$OUT/windows" \
  -DICON="$PWD/assets/icons/icon.ico" \
  -DOUTFILE="$PWD/$SETUP" \
  src-tauri/packaging/windows/passerelle.nsi

step "done in $((SECONDS - started)) s"
ls -l "$SETUP" "$bin/passerelle.exe" "$bin/passerelle-cli.exe"
if building deb; then ls -l "$DEB" target/release/passerelle target/release/passerelle-cli; fi
