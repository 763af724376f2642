#!/usr/bin/env bash
# Throughput of the generated Kiln router against a hand-written Helidon SE server doing the same work.
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/http.sh                   # ROUNDS=3 DURATION=10s WARMUP=10s THREADS=1 CONNECTIONS=16
#   AA=1 benchmarks/http.sh              # hand-written against itself: the noise floor of this machine
#
# Each server is its own JVM (same java, same JVM_OPTS, default -Xmx512m). For each request, both servers are
# warmed up, then wrk runs ALTERNATELY against them (kiln, baseline, kiln, baseline, …) so that drift on the
# machine (thermal, other load) hits both alike. Prints req/s and the server's CPU time per request for each
# round, the means and the ratios Kiln / hand-written (target ≥ 0.97; ≥ 0.93 for POST /secure/orders, which
# checks a JWT, a role, a rate limit and the body's constraints on both sides). REQUESTS="secure" runs a subset.
# No timing is asserted anywhere.
set -euo pipefail

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-16}"
TARGET="0.97"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy

need_wrk
ORDER_JSON="$BENCH_DIR/src/main/resources/dev/kiln/bench/model/order.json"
POST_LUA="$BENCH_DIR/wrk/post-order.lua"
SECURE_LUA="$BENCH_DIR/wrk/post-secure-order.lua"
# A bearer token both servers accept (HS256, role clerk), valid for two hours.
TOKEN="$("$JAVA" -cp "$BENCH_JAR" dev.kiln.bench.secure.BenchSecurity)"

port_free_or_die "$KILN_PORT"
port_free_or_die "$BASELINE_PORT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_server "$pid"; done; }
trap cleanup EXIT INT TERM

start_server kiln; KILN_PID=$SERVER_PID; PIDS+=("$KILN_PID")
start_server baseline; BASELINE_PID=$SERVER_PID; PIDS+=("$BASELINE_PID")
wait_ready kiln "$KILN_PORT" "$KILN_PID" || exit 1
wait_ready baseline "$BASELINE_PORT" "$BASELINE_PID" || exit 1

run_wrk() { # request pid port duration
  local request="$1" pid="$2" port="$3" duration="$4"
  case "$request" in
    hello) wrk_once "$pid" "$duration" "http://127.0.0.1:$port/hello" ;;
    item) wrk_once "$pid" "$duration" "http://127.0.0.1:$port/items/42?q=kiln&limit=20" ;;
    order) wrk_once "$pid" "$duration" -s "$POST_LUA" "http://127.0.0.1:$port/orders" -- "$ORDER_JSON" ;;
    secure) wrk_once "$pid" "$duration" -s "$SECURE_LUA" "http://127.0.0.1:$port/secure/orders" -- "$ORDER_JSON" \
      "$TOKEN" ;;
  esac
}

describe() {
  case "$1" in
    hello) echo "GET  /hello" ;;
    item) echo "GET  /items/42?q=kiln&limit=20" ;;
    order) echo "POST /orders (order.json, $(wc -c <"$ORDER_JSON") bytes)" ;;
    secure) echo "POST /secure/orders (JWT+role+limit+valid)" ;;
  esac
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS on loopback, $(nproc) cores: wrk and the server under test share them."
echo "JVM: $("$JAVA" -version 2>&1 | head -1), flags: $JVM_OPTS (both servers)."
echo "Per request: warm-up $WARMUP each, then $ROUNDS alternating rounds of $DURATION each."
SUMMARY=()
# The secured route does more work per request on both sides (JWT signature, limiter, validation).
target_of() { case "$1" in secure) echo "0.93" ;; *) echo "$TARGET" ;; esac; }
for request in ${REQUESTS:-hello item order secure}; do
  echo
  echo "== $(describe "$request")"
  run_wrk "$request" "$KILN_PID" "$KILN_PORT" "$WARMUP" >/dev/null
  run_wrk "$request" "$BASELINE_PID" "$BASELINE_PORT" "$WARMUP" >/dev/null
  kiln_rps=(); base_rps=(); kiln_cpu=(); base_cpu=()
  for round in $(seq 1 "$ROUNDS"); do
    read -r k kc <<<"$(run_wrk "$request" "$KILN_PID" "$KILN_PORT" "$DURATION")"
    read -r b bc <<<"$(run_wrk "$request" "$BASELINE_PID" "$BASELINE_PORT" "$DURATION")"
    [ -n "$k" ] && [ -n "$b" ] || exit 1 # run_wrk has said why
    kiln_rps+=("$k"); base_rps+=("$b"); kiln_cpu+=("$kc"); base_cpu+=("$bc")
    printf '  round %d: kiln %10s req/s %6s us CPU/req   hand-written %10s req/s %6s us CPU/req\n' \
      "$round" "$k" "$kc" "$b" "$bc"
  done
  km="$(mean "${kiln_rps[@]}")"; bm="$(mean "${base_rps[@]}")"; r="$(ratio "$km" "$bm")"
  kcm="$(mean "${kiln_cpu[@]}")"; bcm="$(mean "${base_cpu[@]}")"; rc="$(ratio "$bcm" "$kcm")"
  printf '  mean:    kiln %10s req/s %6s us CPU/req   hand-written %10s req/s %6s us CPU/req\n' \
    "$km" "$kcm" "$bm" "$bcm"
  printf '  kiln/hand-written: throughput %s, by CPU per request %s (hand-written CPU/req / kiln CPU/req); target >= %s\n' \
    "$r" "$rc" "$(target_of "$request")"
  SUMMARY+=("$(printf '%-40s %11s %11s %10s %12s %12s %9s' "$(describe "$request")" "$km" "$bm" "$r" "$kcm" "$bcm" "$rc")")
done

echo
printf '%-40s %11s %11s %10s %12s %12s %9s\n' "request" "kiln req/s" "hand req/s" "ratio" "kiln us/req" "hand us/req" "ratio"
printf '%s\n' "${SUMMARY[@]}"
echo "ratio = kiln / hand-written throughput; the CPU ratio is hand-written / kiln CPU per request (higher is better for"
echo "Kiln in both). Target >= $TARGET (>= 0.93 for the secured route). CPU per request leaves out time the server waited for a CPU behind other
processes of this OS; contention on a VM's host still shows in both columns."
