#!/usr/bin/env bash
# The generated JSON codec against jackson-databind 3, encode and decode of the benchmark's order.
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/jmh.sh                    # extra JMH flags pass through, e.g. benchmarks/jmh.sh -prof gc
#
# Modest settings (one fork, 3 × 2 s warm-up, 5 × 2 s measurement, about 70 s in all); prints JMH's own table,
# then ops/s and CPU time per op for each contender and the ratios Kiln / databind (targets: decode ≥ 1.5,
# encode ≥ 1.1). Then, about 20 s more, InterleavedCodecComparison: the same four operations alternating in
# 10 ms slices, whose median ratio moves far less than JMH's when other work shares the machine.
set -euo pipefail

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
RESULT="$BENCH_DIR/target/jmh-result.csv"

# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -jar "$BENCH_JAR" CodecBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s \
  -jvmArgsAppend "$JVM_OPTS" -prof dev.kiln.bench.jmh.CpuTimeProfiler -rf csv -rff "$RESULT" "$@"

score() { # "method" or "method:secondary" → its score
  awk -F, -v name="\"dev.kiln.bench.jmh.CodecBenchmark.$1\"" '$1 == name { printf "%.0f", $5 }' "$RESULT"
}
row() { # decode|encode target
  local k d kc dc
  k="$(score "${1}Kiln")"; d="$(score "${1}Databind")"
  kc="$(score "${1}Kiln:cpu.time.norm")"; dc="$(score "${1}Databind:cpu.time.norm")"
  printf '%-7s %11s %14s %8s %14s %14s %8s   (target >= %s)\n' "$1" "$k" "$d" "$(ratio "$k" "$d")" \
    "$kc" "$dc" "$(ratio "$dc" "$kc")" "$2"
}

echo
printf '%-7s %11s %14s %8s %14s %14s %8s\n' "" "kiln ops/s" "databind ops/s" "ratio" "kiln CPU ns/op" "databind ns/op" "ratio"
row decode 1.5
row encode 1.1
echo "ratio = kiln / databind ops/s; CPU ratio = databind / kiln CPU time per op (higher is better for Kiln in both)."
echo "CPU time leaves out time the JVM waited for a CPU inside this OS, not contention on a VM's host."

# JMH runs the contenders one after the other; on a shared machine the interleaved cross-check is steadier.
echo
# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -cp "$BENCH_JAR" dev.kiln.bench.jmh.InterleavedCodecComparison
