#!/usr/bin/env bash
# What HTTP telemetry costs, and the hot path against hand-written code, in one run:
#   1. three server JVMs, alternating wrk rounds: the generated bench app without an SDK ("off", as an application
#      without kiln-runtime-telemetry), the same app with an SDK ("sdk": -Dkiln.bench.telemetry=sdk, every trace
#      sampled, spans through a batch processor, metrics every 10 s, to sinks that drop them) and the hand-written
#      Helidon server. Prints sdk/off (target >= 0.90) and off/hand-written (target >= 0.97, the hot path) per request.
#   2. dev.kiln.bench.client.ClientThroughput: typed client / hand-written WebClient with the same codec (target >= 0.95)
#      and typed client with telemetry / without (target >= 0.90), in one JVM.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests   # once, from the repository root: this script builds nothing
#   benchmarks/telemetry.sh                            # ROUNDS=3 DURATION=10s WARMUP=10s THREADS=1 CONNECTIONS=16
#   REQUESTS=hello CLIENT_ROUNDS=10 CLIENT_THREADS=1 benchmarks/telemetry.sh
# No timing is asserted anywhere; the machine is shared, so say how busy it was with the figures.
set -euo pipefail

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-16}"
CLIENT_THREADS="${CLIENT_THREADS:-1}"
CLIENT_ROUNDS="${CLIENT_ROUNDS:-10}"
SDK_PORT="${SDK_PORT:-8092}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
need_wrk

port_free_or_die "$KILN_PORT"
port_free_or_die "$SDK_PORT"
port_free_or_die "$BASELINE_PORT"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_server "$pid"; done; }
trap cleanup EXIT INT TERM

launch kiln "$KILN_MAIN" "$KILN_PORT"; OFF_PID=$SERVER_PID; PIDS+=("$OFF_PID")
JVM_OPTS="$JVM_OPTS -Dkiln.bench.telemetry=sdk" launch kiln-sdk "$KILN_MAIN" "$SDK_PORT"; SDK_PID=$SERVER_PID
PIDS+=("$SDK_PID")
launch baseline "$BASELINE_MAIN" "$BASELINE_PORT"; BASE_PID=$SERVER_PID; PIDS+=("$BASE_PID")
wait_ready kiln "$KILN_PORT" "$OFF_PID" || exit 1
wait_ready kiln-sdk "$SDK_PORT" "$SDK_PID" || exit 1
wait_ready baseline "$BASELINE_PORT" "$BASE_PID" || exit 1

url_of() { # request port
  case "$1" in
    hello) echo "http://127.0.0.1:$2/hello" ;;
    item) echo "http://127.0.0.1:$2/items/42?q=kiln&limit=20" ;;
  esac
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS on loopback, $(nproc) cores shared by wrk and the three servers."
echo "Per request: warm-up $WARMUP each, then $ROUNDS rounds of $DURATION each, the servers in turn, each round starting with the next (off, sdk, hand-written)."
SUMMARY=()
MEDIANS=()
for request in ${REQUESTS:-hello item}; do
  echo
  echo "== GET $(url_of "$request" PORT | sed 's|http://127.0.0.1:PORT||')"
  for pid_port in "$OFF_PID:$KILN_PORT" "$SDK_PID:$SDK_PORT" "$BASE_PID:$BASELINE_PORT"; do
    wrk_once "${pid_port%%:*}" "$WARMUP" "$(url_of "$request" "${pid_port##*:}")" >/dev/null
  done
  off=(); sdk=(); base=(); offc=(); sdkc=(); basec=(); offa=(); sdka=(); basea=(); r_sdk=(); r_hand=(); r_handc=()
  for round in $(seq 1 "$ROUNDS"); do
    # Each round starts with the next server (off, sdk, hand; then sdk, hand, off; ...): no server always runs
    # right after the same other one, and each round's ratios compare servers measured within seconds of each other.
    for turn in 0 1 2; do
      case $(((round - 1 + turn) % 3)) in
        0) read -r o oc <<<"$(wrk_once "$OFF_PID" "$DURATION" "$(url_of "$request" "$KILN_PORT")")"; oa="$(last_alloc "$OFF_PID")" ;;
        1) read -r s sc <<<"$(wrk_once "$SDK_PID" "$DURATION" "$(url_of "$request" "$SDK_PORT")")"; sa="$(last_alloc "$SDK_PID")" ;;
        2) read -r b bc <<<"$(wrk_once "$BASE_PID" "$DURATION" "$(url_of "$request" "$BASELINE_PORT")")"; ba="$(last_alloc "$BASE_PID")" ;;
      esac
    done
    off+=("$o"); sdk+=("$s"); base+=("$b"); offc+=("$oc"); sdkc+=("$sc"); basec+=("$bc"); offa+=("$oa"); sdka+=("$sa")
    basea+=("$ba"); r_sdk+=("$(ratio "$s" "$o")"); r_hand+=("$(ratio "$o" "$b")"); r_handc+=("$(ratio "$bc" "$oc")")
    printf '  round %d: off %10s req/s %6s us %6s B   sdk %10s req/s %6s us %6s B   hand-written %10s req/s %6s us %6s B (CPU and bytes allocated per request)\n' \
      "$round" "$o" "$oc" "$oa" "$s" "$sc" "$sa" "$b" "$bc" "$ba"
  done
  MEDIANS+=("$(printf '%-16s sdk/off %s, off/hand %s (CPU %s); rounds off/hand %s' "GET /$request" "$(median "${r_sdk[@]}")" \
    "$(median "${r_hand[@]}")" "$(median "${r_handc[@]}")" "$(printf '%s ' "${r_hand[@]}")")")
  om="$(mean "${off[@]}")"; sm="$(mean "${sdk[@]}")"; bm="$(mean "${base[@]}")"
  ocm="$(mean "${offc[@]}")"; scm="$(mean "${sdkc[@]}")"; bcm="$(mean "${basec[@]}")"
  oam="$(mean "${offa[@]}")"; sam="$(mean "${sdka[@]}")"; bam="$(mean "${basea[@]}")"
  SUMMARY+=("$(printf '%-16s %10s %10s %10s %8s %8s   %7s %7s %7s %8s %8s   %7s %7s %7s' "GET /$request" "$om" "$sm" "$bm" \
    "$(ratio "$sm" "$om")" "$(ratio "$om" "$bm")" "$ocm" "$scm" "$bcm" "$(ratio "$ocm" "$scm")" "$(ratio "$bcm" "$ocm")" \
    "$oam" "$sam" "$bam")")
done

echo
printf '%-16s %10s %10s %10s %8s %8s   %7s %7s %7s %8s %8s   %7s %7s %7s\n' request "off req/s" "sdk req/s" "hand req/s" \
  "sdk/off" "off/hand" "off us" "sdk us" "hand us" "sdk/off" "off/hand" "off B" "sdk B" "hand B"
printf '%s\n' "${SUMMARY[@]}"
echo "sdk/off: telemetry on (every trace sampled, batch export) / no SDK, target >= 0.90."
echo "off/hand: Kiln without an SDK / hand-written Helidon, target >= 0.97 (means of the rounds)."
echo
echo "Medians of the per-round ratios (each round's servers measured one after the other, the order rotating):"
printf '%s\n' "${MEDIANS[@]}"
echo "On this 2-core machine one server's rounds move by up to +-10% (AA=1 runs the hand-written server in every"
echo "slot and shows it): judge a few percent only over many rounds (ROUNDS=9 or more)."
echo "us: the server JVM's CPU per request; the CPU ratios are inverted (off CPU / sdk CPU, hand CPU / off CPU), so"
echo "higher is better in every ratio column. CPU per request moves far less than req/s with other load on the machine."
echo "B: bytes the server JVM allocated per request (every thread's, including the SDK's exporter threads)."

cleanup
PIDS=()
echo
# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -cp "$BENCH_JAR" dev.kiln.bench.client.ClientThroughput "$CLIENT_THREADS" "$CLIENT_ROUNDS" \
  2> >(grep -v '^WARNING\|INFO' >&2)
