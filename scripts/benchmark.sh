#!/usr/bin/env bash
# Builds the benchmarks in release mode (in their own build folder) and runs them.
#   scripts/benchmark.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIFF_BENCHMARKS=1 swift build -c release --scratch-path .build-bench --product WriterBenchmark
.build-bench/release/WriterBenchmark "$@"
