#!/usr/bin/env bash
# Builds the benchmarks in release mode (in their own build folder) and runs them.
#   scripts/benchmark.sh [writer|production|all] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
which="${1:-all}"
case "$which" in writer|production|all) shift || true ;; *) which=all ;; esac
CLIFF_BENCHMARKS=1 swift build -c release --scratch-path .build-bench
if [[ "$which" == writer || "$which" == all ]]; then .build-bench/release/WriterBenchmark "$@"; echo; fi
if [[ "$which" == production || "$which" == all ]]; then .build-bench/release/ProductionBenchmark "$@"; fi
