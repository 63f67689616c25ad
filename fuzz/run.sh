#!/usr/bin/env bash
# Builds the fuzz targets as cargo-fuzz does (nightly, libFuzzer's coverage
# instrumentation, --cfg fuzzing) and runs each named one for a fixed time:
#   fuzz/run.sh SECONDS TARGET...        e.g. fuzz/run.sh 60 check locate
# A crash, a hang (an input over 10 s) or a run over 2 GiB fails the script;
# libFuzzer leaves the input in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=$1
shift
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
target=$(rustc -vV | sed -n 's/^host: //p')
flags=(
  -Cpasses=sancov-module
  -Cllvm-args=-sanitizer-coverage-level=4
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
  -Cllvm-args=-sanitizer-coverage-pc-table
  -Cllvm-args=-sanitizer-coverage-trace-compares
  --cfg fuzzing -Cdebug-assertions -Coverflow-checks
)
export RUSTFLAGS="${flags[*]}"
bins=()
for t in "$@"; do bins+=(--bin "$t"); done
# --target keeps the instrumentation out of build scripts.
cargo +nightly build --release --locked --target "$target" "${bins[@]}"
for t in "$@"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  # The graphs shipped with the project seed the targets that read graphs.
  case $t in check | load) cp ../graph/*.json "corpus/$t/" ;; esac
  "target/$target/release/$t" "corpus/$t" -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="artifacts/$t/" -print_final_stats=1
done
