#!/usr/bin/env bash
# Fuzzes the parsers of what comes from outside — sealed files (backups, hand-over bundles), the
# key file, case files — each target of fuzz/ for a bounded time, with cargo-fuzz on the nightly
# toolchain, in fuzz/target (its own target dir). docs/fuzzing.md says what each target covers.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [TARGET...]
#
# Inputs that reach new code are added to fuzz/corpus/<target>/ (minimise with
# `cargo +nightly fuzz cmin <target>` before committing: tests/tests/fuzz_corpus.rs replays them
# in every test run). A crash leaves its input in fuzz/artifacts/<target>/ and exits non-zero.
# Prints, per target, the executions and what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

seconds="${1:-60}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(sealed_file sealed_header key_file case_file)
fi

# Pinned: the flags and the layout cargo-fuzz expects change between minors.
CARGO_FUZZ_VERSION=0.13.2
if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --quiet
fi

cargo +nightly fuzz build -O
status=0
for target in "${targets[@]}"; do
  log="fuzz/target/$target.log"
  if cargo +nightly fuzz run -O "$target" -- -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1; then
    found="nothing"
  else
    found="a crash: fuzz/artifacts/$target/ (log: $log)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  echo "fuzz $target: $runs executions in ${seconds} s, corpus $corpus inputs, found $found"
done
exit "$status"
