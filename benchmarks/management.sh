#!/usr/bin/env bash
# Throughput of the Kiln bench application with service management busy (ON) against the same application with
# it idle (OFF): what registry heartbeats, supervision and health probes cost the request path.
#
#   ./mvnw -q install -DskipTests         # once, from the repository root: this script builds nothing
#   benchmarks/management.sh              # FORKS=3 ROUNDS=10 DURATION=5s WARMUP=10s IDLE=30s THREADS=1 CONNECTIONS=16
#   AA=1 benchmarks/management.sh         # OFF in both slots: the noise floor of this machine
#   REDIS_URI=redis://host:6379 benchmarks/management.sh   # an existing Redis instead of the embedded one
#   PARTS=registry benchmarks/management.sh   # ON with only some of it: any of "registry supervision probes"
#
# Two JVMs of dev.kiln.bench.kiln.BenchApp, same java, same JVM_OPTS (default -Xmx512m), both with the supervised
# BenchHeartbeat component. What differs, and nothing else:
#   ON  --kiln.registry.type=redis --kiln.registry.redis.uri=<the Redis this script starts>
#       --kiln.registry.heartbeat=1s (ttl 10s, the default): every second a Lua script renews the entry and the
#       whole registry is re-read; the instance is subscribed to the registry's pub/sub channel;
#       --kiln.lifecycle.supervision.interval=1s: the supervisor polls BenchHeartbeat's check every second;
#       during ON's rounds (warm-up included) a background loop runs curl GET /health/ready once a second.
#   OFF the defaults: in-memory registry (no heartbeat, no I/O), supervision interval 5s, no health probes.
# FORKS times, a fresh pair of JVMs is started (one JVM's JIT decisions alone move its throughput by several per
# cent, so one pair measures the pair as much as management); within each pair, GET /hello is measured with wrk,
# ALTERNATELY (ON, OFF, then OFF, ON, …) so that drift on the machine hits both
# alike; prints req/s and the server's CPU time per request for every round, the per-round ratios ON / OFF, their
# median and spread, and the ratio of the means (target >= 0.98). The ON JVM keeps its heartbeats and supervision
# during OFF's rounds too (a few ms of CPU a second, charged to OFF). Before the rounds, both JVMs sit without load
# for IDLE (ON's health loop running) and the CPU time each uses is printed: what management costs in CPU per
# second, a figure that other work on the machine moves far less than req/s. No timing is asserted anywhere.
set -euo pipefail

ROUNDS="${ROUNDS:-10}"
FORKS="${FORKS:-3}"
DURATION="${DURATION:-5s}"
IDLE="${IDLE:-30}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-16}"
TARGET="0.98"
# bench-env's AA=1 swaps in the hand-written server; here the A/A run is the Kiln app with management OFF twice.
MANAGEMENT_AA="${AA:-0}"
AA=0
PARTS="${PARTS:-registry supervision probes}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
need_wrk
ON_PORT="$KILN_PORT"
OFF_PORT="$BASELINE_PORT"
port_free_or_die "$ON_PORT"
port_free_or_die "$OFF_PORT"

PIDS=()
HEALTH_PID=""
HEALTH_LOG="$BENCH_LOGS/management-health.log"
: >"$HEALTH_LOG"
stop_health() {
  if [ -n "$HEALTH_PID" ]; then
    kill "$HEALTH_PID" 2>/dev/null || true
    wait "$HEALTH_PID" 2>/dev/null || true
    HEALTH_PID=""
  fi
}
cleanup() {
  stop_health
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do stop_server "${PIDS[$i]}"; done
}
trap cleanup EXIT INT TERM

OFF_ARGS=()
if [ "$MANAGEMENT_AA" = 1 ]; then
  echo "AA=1: both slots run with management OFF; any ratio away from 1.0 is noise." >&2
  ON_ARGS=()
else
  ON_ARGS=()
  if [[ " $PARTS " == *" registry "* ]]; then
    start_redis || exit 1
    [ -n "$REDIS_PID" ] && PIDS+=("$REDIS_PID")
    ON_ARGS+=(--kiln.registry.type=redis --kiln.registry.redis.uri="$REDIS_URI" --kiln.registry.heartbeat=1s)
  fi
  [[ " $PARTS " == *" supervision "* ]] && ON_ARGS+=(--kiln.lifecycle.supervision.interval=1s)
fi

# GET /health/ready once a second against ON, its status codes appended to HEALTH_LOG; only while ON is measured.
start_health() {
  [ "$MANAGEMENT_AA" = 1 ] && return 0
  [[ " $PARTS " == *" probes "* ]] || return 0
  while true; do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 1 "http://127.0.0.1:$ON_PORT/health/ready" >>"$HEALTH_LOG" || true
    sleep 1
  done >/dev/null 2>&1 &
  HEALTH_PID=$!
}
on_wrk() { # duration
  start_health
  wrk_once "$ON_PID" "$1" "http://127.0.0.1:$ON_PORT/hello"
  stop_health
}
off_wrk() { # duration
  wrk_once "$OFF_PID" "$1" "http://127.0.0.1:$OFF_PORT/hello"
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS on loopback, $(nproc) cores: wrk, both servers and Redis share them."
echo "JVM: $("$JAVA" -version 2>&1 | head -1), flags: $JVM_OPTS (both servers)."
if [ "$MANAGEMENT_AA" != 1 ]; then
  echo "ON:  parts: $PARTS; ${ON_ARGS[*]}"
fi
echo "OFF: defaults (memory registry, supervision interval 5s)"
echo "$FORKS pairs of JVMs; in each, GET /hello: warm-up $WARMUP each, then $ROUNDS alternating rounds of $DURATION each."
on_rps=(); off_rps=(); on_cpu=(); off_cpu=(); ratios=(); fork_ratios=()
for fork in $(seq 1 "$FORKS"); do
  launch management-on "$KILN_MAIN" "$ON_PORT" "${ON_ARGS[@]}"; ON_PID=$SERVER_PID; PIDS+=("$ON_PID")
  launch management-off "$KILN_MAIN" "$OFF_PORT" "${OFF_ARGS[@]}"; OFF_PID=$SERVER_PID; PIDS+=("$OFF_PID")
  wait_ready management-on "$ON_PORT" "$ON_PID" || exit 1
  wait_ready management-off "$OFF_PORT" "$OFF_PID" || exit 1
  echo "pair $fork:"
  [ "$fork" = 1 ] && [ "$MANAGEMENT_AA" != 1 ] && echo "  ON's readiness: $(curl -s "http://127.0.0.1:$ON_PORT/health/ready")"
  on_wrk "$WARMUP" >/dev/null
  off_wrk "$WARMUP" >/dev/null
  if [ "$fork" = 1 ]; then
    # Without load: the CPU each JVM uses per second is what its background work costs (heartbeats, re-reads and
    # the pub/sub connection, supervision polls, health probes on ON; next to nothing on OFF).
    start_health
    on0="$(cpu_ms "$ON_PID")"; off0="$(cpu_ms "$OFF_PID")"
    sleep "$IDLE"
    on1="$(cpu_ms "$ON_PID")"; off1="$(cpu_ms "$OFF_PID")"
    stop_health
    on_idle="$(awk -v c="$((on1 - on0))" -v s="$IDLE" 'BEGIN { printf "%.2f", c / s }')"
    off_idle="$(awk -v c="$((off1 - off0))" -v s="$IDLE" 'BEGIN { printf "%.2f", c / s }')"
    echo "  idle for ${IDLE} s: ON used $on_idle ms of CPU per second, OFF $off_idle ms/s: management costs about" \
      "$(awk -v a="$on_idle" -v b="$off_idle" 'BEGIN { printf "%.2f", a - b }') ms of CPU per second" \
      "($(awk -v a="$on_idle" -v b="$off_idle" -v n="$(nproc)" 'BEGIN { printf "%.2f", (a - b) / (10 * n) }')% of this machine's CPU)."
  fi
  f_on=(); f_off=()
  for round in $(seq 1 "$ROUNDS"); do
    if ((round % 2)); then
      read -r o oc <<<"$(on_wrk "$DURATION")"
      read -r f fc <<<"$(off_wrk "$DURATION")"
    else
      read -r f fc <<<"$(off_wrk "$DURATION")"
      read -r o oc <<<"$(on_wrk "$DURATION")"
    fi
    [ -n "$o" ] && [ -n "$f" ] || exit 1 # wrk_once has said why
    on_rps+=("$o"); off_rps+=("$f"); on_cpu+=("$oc"); off_cpu+=("$fc"); ratios+=("$(ratio "$o" "$f")")
    f_on+=("$o"); f_off+=("$f")
    printf '  round %d: ON %10s req/s %6s us CPU/req   OFF %10s req/s %6s us CPU/req   ratio %s\n' \
      "$round" "$o" "$oc" "$f" "$fc" "${ratios[-1]}"
  done
  fork_ratios+=("$(ratio "$(mean "${f_on[@]}")" "$(mean "${f_off[@]}")")")
  echo "  pair $fork: ON/OFF (means) ${fork_ratios[-1]}"
  if [ "$MANAGEMENT_AA" != 1 ] && [[ " $PARTS " == *" registry "* ]]; then
    echo "  ON's registry entry: $(curl -s "http://127.0.0.1:$ON_PORT/kiln/registry" |
      grep -o '"lastHeartbeat":"[^"]*"') (now $(date -u +%H:%M:%S))"
  fi
  stop_server "$ON_PID"; stop_server "$OFF_PID"
  PIDS=("${PIDS[@]/$ON_PID}"); PIDS=("${PIDS[@]/$OFF_PID}")
done
om="$(mean "${on_rps[@]}")"; fm="$(mean "${off_rps[@]}")"
ocm="$(mean "${on_cpu[@]}")"; fcm="$(mean "${off_cpu[@]}")"
printf '  mean:    ON %10s req/s %6s us CPU/req   OFF %10s req/s %6s us CPU/req\n' "$om" "$ocm" "$fm" "$fcm"
sorted=($(printf '%s\n' "${ratios[@]}" | sort -n))
fsorted=($(printf '%s\n' "${fork_ratios[@]}" | sort -n))
printf '  ON/OFF: throughput %s (means of all rounds), per-round median %s, range %s-%s; by CPU per request %s (OFF/ON)\n' \
  "$(ratio "$om" "$fm")" "$(median "${ratios[@]}")" "${sorted[0]}" "${sorted[-1]}" "$(ratio "$fcm" "$ocm")"
printf '  per pair of JVMs: %s (median %s)\n' "${fork_ratios[*]}" "$(median "${fork_ratios[@]}")"
echo "  target >= $TARGET (ON / OFF throughput)"
if [ "$MANAGEMENT_AA" != 1 ] && [[ " $PARTS " == *" probes "* ]]; then
  polls="$(wc -l <"$HEALTH_LOG")"
  echo "  /health/ready polls (idle phase and ON's rounds): $polls, not 200: $(grep -vc '^200$' "$HEALTH_LOG" || true)"
fi
