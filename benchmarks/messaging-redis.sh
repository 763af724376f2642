#!/usr/bin/env bash
# Redis Streams end to end: messages/s publish -> handled -> acked through Kiln's Redis transport against a
# hand-written Lettuce XADD / XREADGROUP / XACK loop on the same Redis, in the same JVM, and publish -> handle
# latency (p50, p99, max) at a fixed rate.
#
#   ./mvnw -q install -DskipTests         # once, from the repository root: this script builds nothing
#   benchmarks/messaging-redis.sh         # MESSAGES=20000 ROUNDS=6 PUBLISHERS=4 RATE=1000; about 1 min
#   JVM_OPTS="-Xmx512m -Dkiln.bench.envelope=true" benchmarks/messaging-redis.sh   # the loop carries Kiln's envelope
#   JVM_OPTS="-Xmx512m -Dkiln.bench.only=kiln" ...   # one contender alone, no ratios (for profiles, INFO commandstats)
#
# RedisStreamsThroughput alternates the two in every round (each on a fresh stream, a run ends when every message
# is handled and nothing is pending), prints each round and the median ratio kiln / lettuce (target >= 0.9), then
# the latencies at RATE messages/s from one publisher. The Redis is the embedded-redis binary (REDIS_PORT, default
# 6392), or REDIS_URI.
set -euo pipefail

MESSAGES="${MESSAGES:-20000}"
ROUNDS="${ROUNDS:-6}"
PUBLISHERS="${PUBLISHERS:-4}"
RATE="${RATE:-1000}"
REDIS_PORT="${REDIS_PORT:-6392}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
start_redis
trap '[ -n "$REDIS_PID" ] && stop_server "$REDIS_PID"' EXIT

# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
# Kiln's and Lettuce's logs go to the file; the rounds to stdout.
if ! "$JAVA" $JVM_OPTS -cp "$BENCH_JAR" dev.kiln.bench.messaging.RedisStreamsThroughput "$REDIS_URI" "$MESSAGES" \
  "$ROUNDS" "$PUBLISHERS" "$RATE" 2>"$BENCH_LOGS/messaging-redis.log"; then
  echo "RedisStreamsThroughput failed; the end of $BENCH_LOGS/messaging-redis.log:" >&2
  tail -20 "$BENCH_LOGS/messaging-redis.log" >&2
  exit 1
fi
