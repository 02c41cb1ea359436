#!/usr/bin/env bash
# Installs what Passerelle needs to build, run and test on Debian/Ubuntu, and only what is missing.
# Idempotent: a second run only checks. Called by scripts/run.sh and scripts/test.sh; never needed by hand.
set -euo pipefail

# Debian packages. libwebkit2gtk-4.1-dev pulls GTK, libsoup and JavaScriptCore (needed to link the app);
# libssl-dev + pkg-config: SQLCipher links the system libcrypto; xvfb/xauth/webkit2gtk-driver: the
# end-to-end tests; poppler-utils: PDF text checks in tests and the sample renders; python3-xlib:
# the e2e test that closes the window the way a window manager does.
PACKAGES=(
  build-essential pkg-config libssl-dev file
  libwebkit2gtk-4.1-dev
  xvfb xauth webkit2gtk-driver
  poppler-utils
  python3-xlib
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node and npm run the TypeScript check of ui/js (scripts/test.sh). Any Node ≥ 14.17 does (Debian's
# own, or a NodeSource one that already bundles npm: Debian's npm package would conflict with it).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# tauri-driver bridges WebDriver to WebKitWebDriver. Pinned: crates.io's "latest" is a 3.0 alpha.
TAURI_DRIVER_VERSION=2.1.0
if ! command -v tauri-driver >/dev/null 2>&1 ||
   ! tauri-driver --version 2>/dev/null | grep -q "$TAURI_DRIVER_VERSION"; then
  echo "setup: installing tauri-driver $TAURI_DRIVER_VERSION" >&2
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --quiet
fi

# TypeScript, at the version tests/typecheck/package-lock.json pins (npm ci installs exactly that).
TYPECHECK="$(cd "$(dirname "$0")/.." && pwd)/tests/typecheck"
wanted="$(node -p "require('$TYPECHECK/package.json').devDependencies.typescript")"
installed="$(node -p "try { require('$TYPECHECK/node_modules/typescript/package.json').version } catch { '' }")"
if [ "$installed" != "$wanted" ]; then
  echo "setup: installing typescript $wanted (tests/typecheck)" >&2
  npm ci --prefix "$TYPECHECK" --no-audit --no-fund --loglevel=error
fi
