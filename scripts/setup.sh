#!/usr/bin/env bash
# Installs what Passerelle needs on Debian/Ubuntu, and only what is missing. Idempotent: a second
# run only checks. Called by the other scripts; never needed by hand.
#
#   scripts/setup.sh run       to build and run the app (scripts/run.sh)
#   scripts/setup.sh package   + the installers' tools (scripts/package.sh)
#   scripts/setup.sh test      + the test tools, packaging included (scripts/test.sh; the default)
set -euo pipefail

purpose="${1:-test}"
case "$purpose" in run | package | test) ;; *)
  echo "usage: scripts/setup.sh [run|package|test]" >&2
  exit 2
  ;;
esac

# To build and run: libwebkit2gtk-4.1-dev pulls GTK, libsoup and JavaScriptCore (needed to link
# the app); libssl-dev + pkg-config: SQLCipher links the system libcrypto.
PACKAGES=(build-essential pkg-config libssl-dev file libwebkit2gtk-4.1-dev)
if [ "$purpose" != run ]; then
  # The installers (docs/packaging.md): the Tauri CLI through npm; the Windows build with MinGW
  # (the C parts: SQLCipher, OpenSSL, which also needs perl and make); the NSIS installer;
  # the .deb's checks (lintian, appstreamcli, desktop-file-validate); imagemagick: `import`, the
  # screenshot of the Windows app's message under Wine (scripts/package-check.sh).
  PACKAGES+=(nodejs npm perl make gcc-mingw-w64-x86-64 nsis lintian appstream desktop-file-utils imagemagick)
fi
if [ "$purpose" = test ]; then
  # xvfb/xauth/webkit2gtk-driver: the end-to-end tests; poppler-utils: PDF text checks and the
  # sample renders; python3-xlib: the e2e test that closes the window the way a window manager
  # does; wine: the Windows build's checks (wine64 alone: every binary we ship is 64-bit).
  PACKAGES+=(xvfb xauth webkit2gtk-driver poppler-utils python3-xlib wine wine64)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  # nodejs/npm may come from elsewhere (NodeSource, nvm): a working command is enough.
  case "$p" in nodejs | npm) command -v "${p/nodejs/node}" >/dev/null 2>&1 && continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node and npm run the Tauri CLI (scripts/package.sh) and the TypeScript check of ui/js
# (scripts/test.sh); running the app needs neither. Any Node ≥ 14.17 does (Debian's own, or a
# NodeSource one that already bundles npm: Debian's npm package would conflict with it).
if [ "$purpose" != run ] && ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$purpose" != run ]; then
  # The Rust standard library for 64-bit Windows (GNU ABI: MSVC's needs the Windows SDK).
  if ! rustup target list --installed | grep -qx x86_64-pc-windows-gnu; then
    echo "setup: adding the Rust target x86_64-pc-windows-gnu" >&2
    rustup target add x86_64-pc-windows-gnu
  fi
fi

if [ "$purpose" = test ]; then
  # tauri-driver bridges WebDriver to WebKitWebDriver. Pinned: crates.io's "latest" is a 3.0
  # alpha. It has no --version flag: cargo's own list of installed binaries tells the version.
  TAURI_DRIVER_VERSION=2.1.0
  if ! command -v tauri-driver >/dev/null 2>&1 ||
    ! cargo install --list | grep -qx "tauri-driver v$TAURI_DRIVER_VERSION:"; then
    echo "setup: installing tauri-driver $TAURI_DRIVER_VERSION" >&2
    cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked --quiet
  fi
fi

if [ "$purpose" = test ]; then
  # TypeScript, at the version tests/typecheck/package-lock.json pins (npm ci installs exactly
  # that): the test script's check of ui/js, nothing that running or packaging needs.
  TYPECHECK="$(cd "$(dirname "$0")/.." && pwd)/tests/typecheck"
  wanted="$(node -p "require('$TYPECHECK/package.json').devDependencies.typescript")"
  installed="$(node -p "try { require('$TYPECHECK/node_modules/typescript/package.json').version } catch { '' }")"
  if [ "$installed" != "$wanted" ]; then
    echo "setup: installing typescript $wanted (tests/typecheck)" >&2
    npm ci --prefix "$TYPECHECK" --no-audit --no-fund --loglevel=error
  fi
fi

# axe-core, at the version tests/e2e/package-lock.json pins: the end-to-end flows
# (tests/e2e/src/lib.rs, `axe_violations`, from screen_flow.rs and vault_flow.rs) inject it into every main
# screen through WebDriver.
if [ "$purpose" = test ]; then
  E2E_NPM="$(cd "$(dirname "$0")/.." && pwd)/tests/e2e"
  wanted="$(node -p "require('$E2E_NPM/package.json').devDependencies['axe-core']")"
  installed="$(node -p "try { require('$E2E_NPM/node_modules/axe-core/package.json').version } catch { '' }")"
  if [ "$installed" != "$wanted" ]; then
    echo "setup: installing axe-core $wanted (tests/e2e)" >&2
    npm ci --prefix "$E2E_NPM" --no-audit --no-fund --loglevel=error
  fi
fi
