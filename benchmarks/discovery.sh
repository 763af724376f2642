#!/usr/bin/env bash
# Discovered clients: the load balancer's pick of an instance (JMH), then calls/s of a discovered client against
# static-URI clients to the same three instances.
#
#   ./mvnw -q install -DskipTests         # once, from the repository root: this script builds nothing
#   benchmarks/discovery.sh               # THREADS=4 ROUNDS=10; about 2.5 min
#
# 1. LoadBalancerBenchmark (JMH -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc): pick, pickAndCount and pickContended for
#    power-of-two and round-robin over 3 and 20 instances; prints JMH's table, then ns/op and B/op per case
#    (targets: pick < 100 ns, 0 B).
# 2. DiscoveredClientThroughput: three generated bench applications in one JVM, GET /hello from THREADS threads,
#    a discovered client (in-memory registry, power-of-two) against three static-URI clients taken in turn,
#    alternating in 1 s slices, ROUNDS rounds after 5 warm-up rounds; prints every round and the median ratio
#    discovered / static (target >= 0.95).
set -euo pipefail

THREADS="${THREADS:-4}"
ROUNDS="${ROUNDS:-10}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
RESULT="$BENCH_DIR/target/jmh-loadbalancer.csv"

# The fork inherits this JVM's flags (JMH's default), as in the command docs/discovery.md gives.
# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -jar "$BENCH_JAR" LoadBalancerBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc \
  -rf csv -rff "$RESULT"

echo
printf '%-14s %-13s %9s %10s %9s %8s\n' benchmark balancer instances "ns/op" "± (99.9%)" "B/op"
# Columns: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: balancer","Param: instances"
awk -F, '{ gsub(/"/, "") }
  $1 ~ /LoadBalancerBenchmark\.[a-zA-Z]+$/ { k = $1 "|" $8 "|" $9; ns[k] = $5; err[k] = $6; order[++n] = k }
  $1 ~ /:gc\.alloc\.rate\.norm$/ { sub(/:gc\.alloc\.rate\.norm$/, "", $1); bytes[$1 "|" $8 "|" $9] = $5 }
  END { for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "|"); sub(/.*\./, "", p[1])
      printf "%-14s %-13s %9s %10.1f %9.1f %8.3f\n", p[1], p[2], p[3], ns[k], err[k], bytes[k] } }' "$RESULT"
echo "Targets: pick < 100 ns/op and 0 B/op (B/op near 0 but not 0 is JMH's own bookkeeping, spread over the ops)."

echo
# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
# The three applications' logs (start, stop) go to the file; the rounds to stdout.
if ! "$JAVA" $JVM_OPTS -cp "$BENCH_JAR" dev.kiln.bench.discovery.DiscoveredClientThroughput "$THREADS" "$ROUNDS" \
  2>"$BENCH_LOGS/discovery.log"; then
  echo "DiscoveredClientThroughput failed; the end of $BENCH_LOGS/discovery.log:" >&2
  tail -20 "$BENCH_LOGS/discovery.log" >&2
  exit 1
fi
