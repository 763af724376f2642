#!/usr/bin/env bash
# Cache hits: (a) KilnCache.getIfPresent (what a generated @Cached override calls first) and a whole call of a
# @Cached method through its generated subclass (ProductNamesIntercepted: what an application pays per hit) against
# Caffeine's own getIfPresent of the same key, in the same run, with the bytes each hit allocates (-prof gc); (b) with
# kiln.cache.store=redis, a near-cache hit against a Redis GET of the same entry through Lettuce.
#
#   ./mvnw -q install -DskipTests       # once, from the repository root: this script builds nothing
#   benchmarks/cache.sh                 # about 2 min; REDIS_URI=redis://host:port to use a running Redis
#
# CacheHitBenchmark and NearCacheBenchmark (JMH -f 1 -wi 5 -w 1s -i 5 -r 1s -prof gc), ns per call on one thread;
# prints JMH's table, then ns/op, B/op and the ratios: kilnHit and generatedHit / caffeineSameConfig (target <= 1.2;
# the same Caffeine configuration Kiln builds: bounded, expiring after write, statistics), the same / caffeinePlain
# (bounded only), redisGet / nearHit. The Redis is the embedded-redis binary (REDIS_PORT, default 6393), or REDIS_URI.
set -euo pipefail

REDIS_PORT="${REDIS_PORT:-6393}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
start_redis
trap '[ -n "$REDIS_PID" ] && stop_server "$REDIS_PID"' EXIT
RESULT="$BENCH_DIR/target/jmh-cache.csv"

# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -jar "$BENCH_JAR" 'dev.kiln.bench.cache.(CacheHit|NearCache)Benchmark' -f 1 -wi 5 -w 1s -i 5 -r 1s \
  -p redisUri="$REDIS_URI" -jvmArgsAppend "$JVM_OPTS" -prof gc -rf csv -rff "$RESULT" 2>"$BENCH_LOGS/cache.log"

echo
printf '%-20s %10s %12s %8s\n' contender "ns/op" "± (99.9%)" "B/op"
# Columns: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: redisUri"
awk -F, '{ gsub(/"/, "") }
  $1 ~ /Benchmark\.[a-zA-Z]+$/ { n = $1; sub(/.*\./, "", n); ns[n] = $5; err[n] = $6; order[++k] = n }
  $1 ~ /:gc\.alloc\.rate\.norm$/ { n = $1; sub(/:gc\.alloc\.rate\.norm$/, "", n); sub(/.*\./, "", n); bytes[n] = $5 }
  END {
    for (i = 1; i <= k; i++) { n = order[i]; printf "%-20s %10.2f %12.2f %8.1f\n", n, ns[n], err[n], bytes[n] }
    if (ns["caffeineSameConfig"] > 0) printf "kilnHit / caffeineSameConfig:      %.3f (target <= 1.2)\n", ns["kilnHit"] / ns["caffeineSameConfig"]
    if (ns["caffeinePlain"] > 0) printf "kilnHit / caffeinePlain:           %.3f\n", ns["kilnHit"] / ns["caffeinePlain"]
    if (ns["caffeineSameConfig"] > 0) printf "generatedHit / caffeineSameConfig: %.3f (target <= 1.2; %.1f B per hit)\n", ns["generatedHit"] / ns["caffeineSameConfig"], bytes["generatedHit"]
    if (ns["caffeinePlain"] > 0) printf "generatedHit / caffeinePlain:      %.3f\n", ns["generatedHit"] / ns["caffeinePlain"]
    if (ns["nearHit"] > 0) printf "redisGet / nearHit:                %.0f (a near hit is that many times cheaper)\n", ns["redisGet"] / ns["nearHit"] }' "$RESULT"
echo "B/op near 0 but not 0 is JMH's bookkeeping. The machine's other work moves ns/op; compare ratios within one run."
