#!/usr/bin/env bash
# Builds the benchmarks in release mode (in their own build folder) and runs them.
#   scripts/benchmark.sh [writer|production|render|all] [--runs N] [--seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
which="${1:-all}"
case "$which" in writer|production|render|all) shift || true ;; *) which=all ;; esac
CLIFF_BENCHMARKS=1 swift build -c release --scratch-path .build-bench
if [[ "$which" == writer || "$which" == all ]]; then .build-bench/release/WriterBenchmark "$@"; echo; fi
if [[ "$which" == production || "$which" == all ]]; then .build-bench/release/ProductionBenchmark "$@"; echo; fi
if [[ "$which" == render || "$which" == all ]]; then .build-bench/release/RenderBenchmark "$@"; fi
