#!/usr/bin/env bash
# Rewrites the .deb made by Tauri's bundler so that it installs on Debian 12 and on Ubuntu 22.04
# and 24.04 and passes lintian (its Depends, file names, Maintainer, description).
# Usage: scripts/fix-deb.sh IN.deb OUT.deb (called by scripts/package.sh and the release workflow).
#
# Tauri always writes `libwebkit2gtk-4.1-0, libgtk-3-0` and whatever tauri.conf.json adds. Ubuntu
# 24.04 renamed libgtk-3-0 and libssl3 (the 64-bit time_t transition: libgtk-3-0t64, libssl3t64),
# so each gets the new name as an alternative; libc6 gets the newest symbol version the two
# programs and the web extension use, libgcc-s1 is named because Rust's unwinder links it
# (lintian wants both stated).
set -euo pipefail
in="$1"
out="$2"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$in" "$work/root"

glibc=$(objdump -T "$work/root/usr/bin/passerelle" "$work/root/usr/bin/passerelle-cli" \
  "$work/root/usr/lib/passerelle/webext/libpasserelle_webext.so" |
  grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
# Ubuntu 22.04 has glibc 2.35: a newer symbol would make the package uninstallable there.
if [ "$(printf '%s\n2.35\n' "$glibc" | sort -V | tail -n 1)" != 2.35 ]; then
  echo "fix-deb: the programs need glibc $glibc, newer than Ubuntu 22.04's 2.35" >&2
  exit 1
fi
# Tauri names the desktop entry and the documentation directory after productName
# (« Passerelle »); Debian wants the package's name: /usr/share/doc/passerelle/ (where the
# copyright already is, and where lintian looks for the changelog) and passerelle.desktop.
if [ -d "$work/root/usr/share/doc/Passerelle" ]; then
  mkdir -p "$work/root/usr/share/doc/passerelle"
  for f in "$work/root/usr/share/doc/Passerelle"/*; do
    mv -n "$f" "$work/root/usr/share/doc/passerelle/"
  done
  rmdir "$work/root/usr/share/doc/Passerelle"
fi
if [ -f "$work/root/usr/share/applications/Passerelle.desktop" ]; then
  mv "$work/root/usr/share/applications/Passerelle.desktop" "$work/root/usr/share/applications/passerelle.desktop"
fi

depends="libc6 (>= $glibc), libgcc-s1, libwebkit2gtk-4.1-0, libgtk-3-0 | libgtk-3-0t64, libssl3 | libssl3t64"
sed -i "s/^Depends: .*/Depends: $depends/" "$work/root/DEBIAN/control"
grep -qx "Depends: $depends" "$work/root/DEBIAN/control"

# The Maintainer needs an address (Debian policy 5.6.2), the one of the changelog's signature.
maintainer=$(zcat "$work/root/usr/share/doc/passerelle/changelog.gz" | sed -n 's/^ -- \(.*>\)  .*/\1/p' | head -n 1)
[ -n "$maintainer" ] || {
  echo "fix-deb: no maintainer in the changelog's signature" >&2
  exit 1
}
sed -i "s/^Maintainer: .*/Maintainer: $maintainer/" "$work/root/DEBIAN/control"
# Tauri writes the long description on one line after the synopsis: fold it into the extended
# description's lines of at most 79 characters, each starting with a space (policy 5.6.13).
python3 - "$work/root/DEBIAN/control" <<'PY'
import sys, textwrap
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
out, i = [], 0
while i < len(lines):
    line = lines[i]
    if line.startswith("Description:"):
        body = [line]
        while i + 1 < len(lines) and lines[i + 1].startswith(" "):
            i += 1
            body.append(lines[i])
        synopsis = body[0]
        text = " ".join(l.strip() for l in body[1:] if l.strip() != ".")
        out.append(synopsis)
        out += [" " + w for w in textwrap.wrap(text, 78, break_long_words=False, break_on_hyphens=False)]
    else:
        out.append(line)
    i += 1
open(path, "w", encoding="utf-8").write("\n".join(out))
PY

# The checksums follow the renamed files.
(cd "$work/root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
  xargs -0 md5sum >DEBIAN/md5sums)

# xz at level 9: its 64 MiB dictionary spans both programs, which share the core (the CLI is
# largely a copy of the app's code), and finds it again: 10.9 MB instead of 16.1 MB at dpkg-deb's
# default level 6 (8 MiB dictionary), measured on 3 December 2026. Unpacking needs 65 MiB of memory.
dpkg-deb --root-owner-group -Zxz -z9 --build "$work/root" "$out" >/dev/null
