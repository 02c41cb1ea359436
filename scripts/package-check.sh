#!/usr/bin/env bash
# Proves the two installers that scripts/package.sh made (docs/packaging.md):
#   .deb      lintian, AppStream and desktop-entry validation; then installed with dpkg, the
#             installed app driven to its dashboard (WebDriver, Xvfb), purged: the vault stays.
#   Windows   the installer run under Wine (per user, silent); the installed passerelle-cli.exe
#             against the Linux checks and with vaults moved both ways; the core's unit tests
#             built for Windows; passerelle.exe without WebView2 shows its message; the
#             uninstaller removes the program and leaves the data.
# Needs root (or sudo) for dpkg, and the e2e lock when other e2e runs may share the machine:
#   flock /tmp/passerelle-e2e.lock scripts/package-check.sh [deb] [windows]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/packaging-env.sh
SHOTS="$OUT/screenshots"

step() { printf '\n==> package-check: %s (%s, %ds)\n' "$1" "$(date +%H:%M:%S)" $((SECONDS - started)); }
fail() {
  echo "package-check: $*" >&2
  exit 1
}

installers=("$@")
[ $# -gt 0 ] || installers=(deb windows)
for i in "${installers[@]}"; do
  case "$i" in
  deb) [ -f "$DEB" ] || fail "$DEB is missing: run scripts/package.sh deb first" ;;
  windows) [ -f "$SETUP" ] || fail "$SETUP is missing: run scripts/package.sh windows first" ;;
  *) fail "usage: scripts/package-check.sh [deb] [windows]" ;;
  esac
done
mkdir -p "$SHOTS"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check_deb() {
  step "the .deb: contents and metadata"
  dpkg-deb --raw-extract "$DEB" "$work/deb"
  for f in usr/bin/passerelle usr/bin/passerelle-cli usr/share/applications/passerelle.desktop \
    usr/share/metainfo/fr.passerelle.app.metainfo.xml usr/share/doc/passerelle/copyright \
    usr/share/doc/passerelle/changelog.gz usr/share/doc/passerelle/crates.txt; do
    [ -e "$work/deb/$f" ] || fail "the .deb lacks /$f"
  done
  for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512; do
    [ -e "$work/deb/usr/share/icons/hicolor/$size/apps/passerelle.png" ] || fail "no $size icon"
  done
  appstreamcli validate --no-net --pedantic "$work/deb/usr/share/metainfo/fr.passerelle.app.metainfo.xml"
  desktop-file-validate "$work/deb/usr/share/applications/passerelle.desktop"
  # One version everywhere: Cargo.toml, tauri.conf.json, the package, its changelog and AppStream.
  control_version=$(sed -n 's/^Version: //p' "$work/deb/DEBIAN/control")
  changelog_version=$(zcat "$work/deb/usr/share/doc/passerelle/changelog.gz" | sed -n '1s/.*(\(.*\)).*/\1/p')
  release_version=$(grep -o '<release version="[^"]*"' "$work/deb/usr/share/metainfo/fr.passerelle.app.metainfo.xml" |
    head -n 1 | cut -d'"' -f2)
  conf_version=$(python3 -c 'import json; print(json.load(open("tauri.conf.json"))["version"])')
  for v in "$control_version" "$changelog_version" "$release_version" "$conf_version"; do
    [ "$v" = "$VERSION" ] || fail "version $v differs from Cargo.toml's $VERSION"
  done
  grep '^Depends:' "$work/deb/DEBIAN/control"

  step "the .deb: lintian"
  # Errors fail; so does any warning not listed (with its reason) in lintian-kept-warnings.
  kept=$(grep -v '^#' src-tauri/packaging/linux/lintian-kept-warnings | cut -d' ' -f1 | paste -sd, - || true)
  lintian --fail-on error,warning ${kept:+--suppress-tags "$kept"} --display-info "$DEB"

  step "the .deb: installed, run to the dashboard, purged (WebDriver, Xvfb)"
  # --workspace, as scripts/e2e.sh: the features of scripts/test.sh's build, so nothing is rebuilt.
  E2E_DEB="$PWD/$DEB" E2E_APP=/usr/bin/passerelle E2E_SCREENSHOTS="$PWD/$SHOTS" \
    timeout 900 xvfb-run -a -s "-screen 0 1366x768x24" \
    cargo test --workspace --locked --test installed_deb -- --ignored
}

check_windows() {
  step "Windows: a fresh Wine prefix (Windows 10), the installer run silently"
  export WINEPREFIX="$PWD/$OUT/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  rm -rf "$WINEPREFIX"
  wine wineboot --init
  # Wine's default prefix says Windows 7, which the installer refuses (WebView2 needs 10 or 11).
  wine winecfg /v win10
  # Rust's standard library needs ProcessPrng, which Wine 8 lacks: a test-only stand-in.
  x86_64-w64-mingw32-gcc -shared -O2 -Wall -Werror -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    tests/wine/bcryptprimitives.c -ladvapi32
  wineserver --wait
  wine "$SETUP" /S
  localappdata=$(winepath -u "$(wine cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')")
  installed="$localappdata/Programs/Passerelle"
  for f in passerelle.exe passerelle-cli.exe WebView2Loader.dll LICENSE.txt crates.txt uninstall.exe; do
    [ -f "$installed/$f" ] || fail "the installer did not put $f in $installed"
  done
  wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\fr.passerelle.app' /v DisplayVersion |
    grep -q "$VERSION" || fail "no « Apps » entry for version $VERSION"

  step "Windows: passerelle-cli.exe under Wine (the Linux checks; vaults moved both ways)"
  PASSERELLE_WINDOWS_CLI="$installed/passerelle-cli.exe" \
    cargo test --workspace --locked --test cli -- --ignored --test-threads=1 windows_cli::
  # Wine 8 records WerAddExcludedApplication under HKCU\Software\Microsoft\Windows Error Reporting,
  # without Windows' « Windows\ » level; what matters here is that the program asked.
  wine reg query 'HKCU\Software\Microsoft\Windows Error Reporting\ExcludedApplications' /v passerelle-cli.exe >/dev/null ||
    fail "passerelle-cli.exe did not ask to be kept out of Windows Error Reporting"

  step "Windows: the core's unit tests, built for Windows, under Wine"
  # .cargo/config.toml makes Wine their runner.
  # One test is left out: under Wine 8 (run as root here) the access list read back from a
  # directory is Wine's own default (three entries, not protected), whatever SetNamedSecurityInfoW
  # was given, so it cannot prove the owner-only list; it stays in the code for a real Windows
  # (docs/packaging.md, « Platform-specific pieces »).
  cargo test --release --locked --target "$WIN" -p passerelle-core --lib -- \
    --skip fsx::windows_tests::a_private_directory_and_what_it_holds_belong_to_the_user_alone

  step "Windows: passerelle.exe without WebView2 explains instead of showing a blank window"
  # No --data-dir: the default data directory must be %LOCALAPPDATA%\fr.passerelle.app.
  data="$localappdata/fr.passerelle.app"
  log="$data/logs/passerelle.log"
  title="Passerelle ne peut pas ouvrir sa fenêtre"
  xvfb-run -a -s "-screen 0 1024x600x24" bash -c '
    # A wineserver left by the steps before (no display, or another one) keeps their desktop
    # process, and a message box then fails at once without a window: start this one afresh, on
    # this display. Then wait for the window itself, not for the `wine` process.
    wineserver --kill 2>/dev/null || true
    wineserver --wait 2>/dev/null || true
    wine "$1" &
    for _ in $(seq 1200); do
      xwininfo -root -tree | grep -qF "$2" && break
      sleep 0.1
    done
    xwininfo -root -tree | grep -qF "$2" || { echo "no window titled « $2 »" >&2; exit 1; }
    import -window root "$3" || exit 1
    wineserver --kill' _ "$installed/passerelle.exe" "$title" "$SHOTS/windows-no-webview2.png"
  grep -q "webview2 runtime missing" "$log" || fail "the app did not log the missing WebView2 in $log"

  step "Windows: the uninstaller removes the program and keeps the data"
  echo "lanterne violon marée cactus" | wine "$installed/passerelle-cli.exe" --store "$(winepath -w "$data/store")" init >/dev/null
  before=$(cd "$data" && find . -type f -exec sha256sum {} + | sort)
  # _?= runs the uninstaller in place and waits for it (it cannot delete itself then).
  wine "$installed/uninstall.exe" /S "_?=$(winepath -w "$installed")"
  # Run in place, the uninstaller cannot delete itself, nor therefore its folder (from « Apps »
  # Windows runs a copy of it from %TEMP%, which removes both): do what that copy does, and fail
  # if anything else was left.
  rm -f "$installed/uninstall.exe"
  rmdir "$installed" 2>/dev/null || fail "the uninstaller left $(ls -A "$installed")"
  after=$(cd "$data" && find . -type f -exec sha256sum {} + | sort)
  [ "$before" = "$after" ] || fail "the uninstaller changed the data in $data"
  if wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\fr.passerelle.app' >/dev/null 2>&1; then
    fail "the « Apps » entry survived the uninstaller"
  fi
  wineserver --kill || true
}

for i in "${installers[@]}"; do "check_$i"; done
step "proven in $((SECONDS - started)) s: ${installers[*]}"
