#!/usr/bin/env bash
# The generated JSON codec against jackson-databind 3, encode and decode of the benchmark's order.
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/jmh.sh                    # extra JMH flags pass through, e.g. benchmarks/jmh.sh -prof gc
#
# Modest settings (one fork, 3 × 2 s warm-up, 5 × 2 s measurement, about 70 s in all); prints JMH's own table,
# then ops/s per contender and the ratios Kiln / databind (targets: decode ≥ 1.5, encode ≥ 1.1).
set -euo pipefail

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
RESULT="$BENCH_DIR/target/jmh-result.csv"

# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -jar "$BENCH_JAR" CodecBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s \
  -jvmArgsAppend "$JVM_OPTS" -rf csv -rff "$RESULT" "$@"

score() { # benchmark method name → ops/s
  awk -F, -v name="\"dev.kiln.bench.jmh.CodecBenchmark.$1\"" '$1 == name { printf "%.0f", $5 }' "$RESULT"
}
dk="$(score decodeKiln)"; dd="$(score decodeDatabind)"
ek="$(score encodeKiln)"; ed="$(score encodeDatabind)"

echo
printf '%-8s %16s %16s %18s\n' "" "kiln ops/s" "databind ops/s" "kiln/databind"
printf '%-8s %16s %16s %10s (target >= 1.5)\n' decode "$dk" "$dd" "$(ratio "$dk" "$dd")"
printf '%-8s %16s %16s %10s (target >= 1.1)\n' encode "$ek" "$ed" "$(ratio "$ek" "$ed")"
