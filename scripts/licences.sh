#!/usr/bin/env bash
# Writes the licence notices that ship with the installers (called by scripts/package.sh and the
# release workflow):
#   target/packaging/copyright                 the .deb's /usr/share/doc/passerelle/copyright
#   target/packaging/crates-<target>.txt       every Rust crate compiled in, with its licence
#   target/packaging/crates.txt                the Linux list, which the .deb installs
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/packaging
mkdir -p "$OUT"

# Our header, then the full text of the licences Debian does not ship in
# /usr/share/common-licenses (Debian policy 12.5), in the copyright file's format.
{
  cat src-tauri/packaging/linux/copyright
  printf '\nLicense: AGPL-3.0-or-later\n'
  sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' LICENSE
  printf '\nLicense: OFL-1.1\n'
  sed -n '/SIL OPEN FONT LICENSE/,$p' assets/fonts/OFL.txt | sed -e 's/^[[:space:]]*$/./' -e 's/^/ /'
} >"$OUT/copyright"

# GitHub's Windows runners call it python.
python=$(command -v python3 || command -v python)
for target in x86_64-unknown-linux-gnu x86_64-pc-windows-gnu x86_64-pc-windows-msvc aarch64-apple-darwin; do
  cargo metadata --locked --format-version 1 --filter-platform "$target" |
    "$python" scripts/crate-licences.py passerelle passerelle-cli passerelle-webext >"$OUT/crates-$target.txt"
done
cp "$OUT/crates-x86_64-unknown-linux-gnu.txt" "$OUT/crates.txt"
