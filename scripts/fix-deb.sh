#!/usr/bin/env bash
# Rewrites the Depends of the .deb made by Tauri's bundler, so that it installs on Debian 12 and on
# Ubuntu 22.04 and 24.04: usage: scripts/fix-deb.sh IN.deb OUT.deb (called by scripts/package.sh
# and by the release workflow).
#
# Tauri always writes `libwebkit2gtk-4.1-0, libgtk-3-0` and whatever tauri.conf.json adds. Ubuntu
# 24.04 renamed libgtk-3-0 and libssl3 (the 64-bit time_t transition: libgtk-3-0t64, libssl3t64),
# so each gets the new name as an alternative; libc6 gets the newest symbol version the two
# programs use, libgcc-s1 is named because Rust's unwinder links it (lintian wants both stated).
set -euo pipefail
in="$1"
out="$2"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$in" "$work/root"

glibc=$(objdump -T "$work/root/usr/bin/passerelle" "$work/root/usr/bin/passerelle-cli" |
  grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
# Ubuntu 22.04 has glibc 2.35: a newer symbol would make the package uninstallable there.
if [ "$(printf '%s\n2.35\n' "$glibc" | sort -V | tail -n 1)" != 2.35 ]; then
  echo "fix-deb: the programs need glibc $glibc, newer than Ubuntu 22.04's 2.35" >&2
  exit 1
fi
depends="libc6 (>= $glibc), libgcc-s1, libwebkit2gtk-4.1-0, libgtk-3-0 | libgtk-3-0t64, libssl3 | libssl3t64"
sed -i "s/^Depends: .*/Depends: $depends/" "$work/root/DEBIAN/control"
grep -qx "Depends: $depends" "$work/root/DEBIAN/control"

dpkg-deb --root-owner-group -Zxz --build "$work/root" "$out" >/dev/null
