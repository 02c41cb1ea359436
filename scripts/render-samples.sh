#!/usr/bin/env bash
# Renders the sample documents (invented people only) as PDFs and 80 dpi PNGs, to look at them.
# Usage: scripts/render-samples.sh [OUT_DIR]    (default: target/samples)
# docs/samples/ keeps one PNG of each document, copied from here by hand after looking.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/samples}"
mkdir -p "$out"
PASSERELLE_SAMPLES_DIR="$(realpath "$out")" \
  cargo test -p passerelle-tests --test integration -- --ignored --quiet pdf_samples::
for f in "$out"/*.pdf; do
  pdftoppm -r 80 -png "$f" "${f%.pdf}"
done
echo "samples written to $out"
