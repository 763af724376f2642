#!/usr/bin/env bash
# Throughput of the generated Kiln router against a hand-written Helidon SE server doing the same work.
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/http.sh                   # ROUNDS=3 DURATION=10s WARMUP=10s THREADS=1 CONNECTIONS=16
#   AA=1 benchmarks/http.sh              # hand-written against itself: the noise floor of this machine
#
# Each server is its own JVM (same java, same JVM_OPTS, default -Xmx512m). For each request, both servers are
# warmed up, then wrk runs ALTERNATELY against them (kiln, baseline, kiln, baseline, …) so that drift on the
# machine (thermal, other load) hits both alike. Prints req/s per round, the means and the ratio
# Kiln / hand-written (target ≥ 0.97). No timing is asserted anywhere; this only reports.
set -euo pipefail

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-16}"
TARGET="0.97"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is not installed. Install it first, e.g.: apt-get install wrk" >&2
  exit 1
fi
ORDER_JSON="$BENCH_DIR/src/main/resources/dev/kiln/bench/model/order.json"
POST_LUA="$BENCH_DIR/wrk/post-order.lua"

port_free_or_die "$KILN_PORT"
port_free_or_die "$BASELINE_PORT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_server "$pid"; done; }
trap cleanup EXIT INT TERM

start_server kiln; KILN_PID=$SERVER_PID; PIDS+=("$KILN_PID")
start_server baseline; BASELINE_PID=$SERVER_PID; PIDS+=("$BASELINE_PID")
wait_ready kiln "$KILN_PORT" "$KILN_PID" || exit 1
wait_ready baseline "$BASELINE_PORT" "$BASELINE_PID" || exit 1

# Runs wrk once and prints its req/s; fails if any response was not 2xx (a fast 400 is not a result).
run_wrk() { # request port duration
  local request="$1" port="$2" duration="$3" out
  local common=(-t"$THREADS" -c"$CONNECTIONS" -d"$duration")
  case "$request" in
    hello) out="$(wrk "${common[@]}" "http://127.0.0.1:$port/hello")" ;;
    item) out="$(wrk "${common[@]}" "http://127.0.0.1:$port/items/42?q=kiln&limit=20")" ;;
    order) out="$(wrk "${common[@]}" -s "$POST_LUA" "http://127.0.0.1:$port/orders" -- "$ORDER_JSON")" ;;
  esac
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "wrk saw errors for $request on port $port:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

describe() {
  case "$1" in
    hello) echo "GET  /hello" ;;
    item) echo "GET  /items/42?q=kiln&limit=20" ;;
    order) echo "POST /orders (order.json, $(wc -c <"$ORDER_JSON") bytes)" ;;
  esac
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS on loopback, $(nproc) cores: wrk and the server under test share them."
echo "JVM: $("$JAVA" -version 2>&1 | head -1), flags: $JVM_OPTS (both servers)."
echo "Per request: warm-up $WARMUP each, then $ROUNDS alternating rounds of $DURATION each."
SUMMARY=()
for request in hello item order; do
  echo
  echo "== $(describe "$request")"
  run_wrk "$request" "$KILN_PORT" "$WARMUP" >/dev/null
  run_wrk "$request" "$BASELINE_PORT" "$WARMUP" >/dev/null
  kiln_rps=(); base_rps=()
  for round in $(seq 1 "$ROUNDS"); do
    k="$(run_wrk "$request" "$KILN_PORT" "$DURATION")"
    b="$(run_wrk "$request" "$BASELINE_PORT" "$DURATION")"
    kiln_rps+=("$k"); base_rps+=("$b")
    printf '  round %d: kiln %10s req/s   hand-written %10s req/s\n' "$round" "$k" "$b"
  done
  km="$(mean "${kiln_rps[@]}")"; bm="$(mean "${base_rps[@]}")"; r="$(ratio "$km" "$bm")"
  printf '  mean:    kiln %10s req/s   hand-written %10s req/s   kiln/hand-written %s (target >= %s)\n' \
    "$km" "$bm" "$r" "$TARGET"
  SUMMARY+=("$(printf '%-46s %12s %14s %8s' "$(describe "$request")" "$km" "$bm" "$r")")
done

echo
printf '%-46s %12s %14s %8s\n' "request" "kiln req/s" "hand req/s" "ratio"
printf '%s\n' "${SUMMARY[@]}"
