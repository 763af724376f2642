#!/usr/bin/env bash
# A repository's select-by-id and insert through kiln-runtime-data's Database (the binder and mapper lambdas a
# generated repository passes) against the same query written by hand in JDBC and in jOOQ's DSL, on one HikariCP
# pool and one database, in one JMH run: H2 in memory, then embedded PostgreSQL (DATABASES=h2 for H2 only).
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests   # once, from the repository root: this script builds nothing
#   benchmarks/data.sh                                  # extra JMH flags pass through, e.g. benchmarks/data.sh -prof gc
#
# One fork, 3 × 2 s warm-up, 5 × 2 s measurement per contender: about 4 minutes for both databases. Prints JMH's
# table, then per database and operation the ops/s of each contender and the ratios kiln / jdbc (target >= 0.9)
# and kiln / jooq (target >= 1.0). Single-threaded: the ratio is per-call overhead, not the pool under contention.
set -euo pipefail

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
RESULT="$BENCH_DIR/target/jmh-data-result.csv"
DATABASES="${DATABASES:-h2,postgres}"
RUN="${RUN:--wi 3 -w 2s -i 5 -r 2s}" # RUN="-wi 1 -w 1s -i 1 -r 1s" for a quick look

# shellcheck disable=SC2086 # JVM_OPTS and RUN are lists of flags
"$JAVA" $JVM_OPTS -jar "$BENCH_JAR" 'dev.kiln.bench.data.DataBenchmark' -p database="$DATABASES" -f 1 $RUN \
  -jvmArgsAppend "$JVM_OPTS" -rf csv -rff "$RESULT" "$@"

score() { # method database → ops/s
  awk -F, -v name="\"dev.kiln.bench.data.DataBenchmark.$1\"" -v db="$2" \
    '{ sub(/\r$/, "") } $1 == name && $NF == db { printf "%.0f", $5 }' "$RESULT"
}

echo
printf '%-9s %-7s %12s %12s %12s %12s %12s\n' database op "kiln ops/s" "jdbc ops/s" "jooq ops/s" "kiln/jdbc" "kiln/jooq"
for db in ${DATABASES//,/ }; do
  for op in select insert; do
    k="$(score "${op}Kiln" "$db")"; j="$(score "${op}Jdbc" "$db")"; q="$(score "${op}Jooq" "$db")"
    printf '%-9s %-7s %12s %12s %12s %12s %12s\n' "$db" "$op" "$k" "$j" "$q" "$(ratio "$k" "$j")" "$(ratio "$k" "$q")"
  done
done
echo "targets: kiln/jdbc >= 0.9, kiln/jooq >= 1.0 (higher is better for Kiln). One run on a shared machine: noisy."
