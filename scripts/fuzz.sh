#!/usr/bin/env bash
# Fuzzes the parsers of what comes from outside — sealed files (backups, hand-over bundles), the
# key file, case files — each target of fuzz/ for a bounded time, with cargo-fuzz on the nightly
# toolchain, in fuzz/target (its own target dir). docs/fuzzing.md says what each target covers.
#
#   scripts/fuzz.sh [--scratch] [SECONDS_PER_TARGET (default 60)] [TARGET...]
#
# --scratch (scripts/test.sh): the committed corpus is read, not added to; new inputs go to a
# temporary directory that is removed afterwards, so a test run leaves the working tree as it was.
# --build-budget SECONDS (scripts/test.sh): installing cargo-fuzz and the cold nightly build may
# take that long at most (16 min measured on a fresh clone, more than 75 on a machine loaded 6–10);
# past it the run says so and fuzzes nothing, without failing: it bounds CI's time. A crash found
# always fails.
#
# Inputs that reach new code are added to fuzz/corpus/<target>/ (minimise with
# `cargo +nightly fuzz cmin <target>` before committing: tests/tests/fuzz_corpus.rs replays them
# in every test run). A crash leaves its input in fuzz/artifacts/<target>/ and exits non-zero.
# Prints, per target, the executions and what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

scratch=""
budget=""
while [ $# -gt 0 ]; do
  case "$1" in
  --scratch)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    shift
    ;;
  --build-budget)
    budget="$2"
    shift 2
    ;;
  *) break ;;
  esac
done
deadline=$((SECONDS + ${budget:-0}))
# Runs "$@" within what is left of the build budget (no limit without one); exit status 124 when
# the budget ran out.
within_budget() {
  if [ -z "$budget" ]; then
    "$@"
  elif ((deadline - SECONDS > 0)); then
    timeout "$((deadline - SECONDS))" "$@"
  else
    return 124
  fi
}
over_budget() {
  echo "fuzz: installing cargo-fuzz and building the targets took more than the ${budget} s allowed; nothing fuzzed this run"
  exit 0
}
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
  within_budget cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked --quiet ||
    { [ $? -eq 124 ] && over_budget; exit 1; }
fi

within_budget cargo +nightly fuzz build -O || { [ $? -eq 124 ] && over_budget; exit 1; }
status=0
for target in "${targets[@]}"; do
  log="fuzz/target/$target.log"
  # libFuzzer adds what it finds to the first corpus directory it is given.
  corpora=("fuzz/corpus/$target")
  if [ -n "$scratch" ]; then
    mkdir -p "$scratch/$target"
    corpora=("$scratch/$target" "fuzz/corpus/$target")
  fi
  if cargo +nightly fuzz run -O "$target" "${corpora[@]}" -- -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1; then
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
