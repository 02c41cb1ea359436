# Sourced by scripts/package.sh and scripts/package-check.sh: where the installers are and what
# they are called, in one place. Run from the repository's root.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# tauri.conf.json's .deb files are paths under ./target.
unset CARGO_TARGET_DIR

OUT=target/packaging
WIN=x86_64-pc-windows-gnu
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
DEB="$OUT/passerelle_${VERSION}_amd64.deb"
SETUP="$OUT/Passerelle_${VERSION}_x64-setup.exe"
started=$SECONDS
