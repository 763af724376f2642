#!/usr/bin/env bash
# What checking @Query SQL at compile time costs: 500 query methods against a 50-table schema, compiled with Kiln's
# processor and with plain javac (-proc:none), the same sources, alternating in one JVM (QueryCheckCost).
#
#   ./mvnw -q package -DskipTests -pl benchmarks -am   # once, from the repository root: this script builds nothing
#   benchmarks/query-check.sh                         # RUNS=5
#
# Prints the first (cold-JVM) compilation of each kind, every run, the medians and the difference (goal: under 3 s).
set -euo pipefail

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -cp "$BENCH_JAR" dev.kiln.bench.data.QueryCheckCost
