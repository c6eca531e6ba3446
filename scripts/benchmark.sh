#!/usr/bin/env bash
# Builds the benchmarks in release mode (in their own build folder) and runs them.
#   scripts/benchmark.sh [writer|production|render|governance|visuals|experiments|audience|queue|all] [options of that benchmark]
# `all` runs the first six; `audience` writes a 10M-event store (about 1.5 GB, a few minutes);
# with --database URL or CLIFF_TEST_POSTGRES_URL it first times the audience store in PostgreSQL
# beside SQLite (1M events; --postgres-only runs that alone):
#   scripts/benchmark.sh audience [--events N] [--http-events N] [--http-connections N] [--dir PATH]
#   bash scripts/postgres.sh scripts/benchmark.sh audience --postgres-only [--postgres-events N]
# `queue` times the job queue on SQLite and PostgreSQL side by side (1, 2 and 4 worker
# processes on the 10,000-node graph; an idle worker's CPU over 30 s); without --database URL
# or CLIFF_TEST_POSTGRES_URL it starts a throwaway cluster (scripts/postgres.sh):
#   scripts/benchmark.sh queue [--runs N] [--workers 1,2,4] [--idle-seconds 30] [--database URL]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
which="${1:-all}"
case "$which" in writer|production|render|governance|visuals|experiments|audience|queue|all) shift || true ;; *) which=all ;; esac
CLIFF_BENCHMARKS=1 swift build -c release --scratch-path .build-bench
if [[ "$which" == writer || "$which" == all ]]; then .build-bench/release/WriterBenchmark "$@"; echo; fi
if [[ "$which" == production || "$which" == all ]]; then .build-bench/release/ProductionBenchmark "$@"; echo; fi
if [[ "$which" == render || "$which" == all ]]; then .build-bench/release/RenderBenchmark "$@"; echo; fi
if [[ "$which" == governance || "$which" == all ]]; then .build-bench/release/GovernanceBenchmark; echo; fi
if [[ "$which" == visuals || "$which" == all ]]; then .build-bench/release/VisualsBenchmark "$@"; echo; fi
if [[ "$which" == experiments ]]; then .build-bench/release/ExperimentsBenchmark "$@"; echo; fi
if [[ "$which" == all ]]; then .build-bench/release/ExperimentsBenchmark; echo; fi
if [[ "$which" == audience ]]; then .build-bench/release/AudienceBenchmark "$@"; fi
if [[ "$which" == queue ]]; then
    if [[ " $* " == *" --database "* || -n "${CLIFF_TEST_POSTGRES_URL:-}" ]]; then
        .build-bench/release/QueueBenchmark "$@"
    else
        bash scripts/postgres.sh .build-bench/release/QueueBenchmark "$@"
    fi
fi
