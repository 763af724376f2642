#!/usr/bin/env bash
# Latency of record: a sustained, fixed-rate load (minutes, not seconds) at the server's default limits, against
# the Kiln benchmark app and the hand-written Helidon SE server doing the same work, one after the other.
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/sustained.sh              # RATE=2000 DURATION=120 (seconds per server) WARMUP=15 CONNECTIONS=64
#
# wrk2 is not on this machine and wrk's closed loop hides stalls (coordinated omission), so the load comes from
# dev.kiln.bench.load.FixedRateLoad: each request is sent at its scheduled time and timed from it. Prints p50, p99,
# p99.9, max, non-2xx answers and failures for each server, and the Kiln / hand-written ratio of each percentile.
# A change that trades tail latency for throughput shows here. No timing is asserted anywhere.
set -euo pipefail

RATE="${RATE:-2000}"
DURATION="${DURATION:-120}"
WARMUP="${WARMUP:-15}"
PATH_QUERY="${PATH_QUERY:-/items/42?q=kiln&limit=20}"
CONNECTIONS="${CONNECTIONS:-64}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy

port_free_or_die "$KILN_PORT"
port_free_or_die "$BASELINE_PORT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_server "$pid"; done; }
trap cleanup EXIT INT TERM

start_server kiln; PIDS+=("$SERVER_PID"); KILN_PID=$SERVER_PID
start_server baseline; PIDS+=("$SERVER_PID"); BASELINE_PID=$SERVER_PID
wait_ready kiln "$KILN_PORT" "$KILN_PID" || exit 1
wait_ready baseline "$BASELINE_PORT" "$BASELINE_PID" || exit 1

load() { # port seconds
  "$JAVA" -Xmx512m -cp "$BENCH_JAR" dev.kiln.bench.load.FixedRateLoad "http://127.0.0.1:$1$PATH_QUERY" "$RATE" "$2" "$CONNECTIONS"
}

echo "GET $PATH_QUERY at $RATE requests/s, ${DURATION}s per server after ${WARMUP}s of warm-up; $(nproc) cores, shared"
declare -A LINE
for name in kiln baseline; do
  port="$(port_of "$name")"
  load "$port" "$WARMUP" >/dev/null
  LINE[$name]="$(load "$port" "$DURATION")"
  echo "$name      ${LINE[$name]}"
done

pick() { # line label → number after "label "
  sed -E "s/.*$2 ([0-9.]+) ms.*/\1/" <<<"$1"
}
for p in p50 p99 p99.9; do
  k="$(pick "${LINE[kiln]}" "$p")"; b="$(pick "${LINE[baseline]}" "$p")"
  echo "$p  kiln $k ms  hand-written $b ms  ratio $(ratio "$k" "$b")"
done
