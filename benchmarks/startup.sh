#!/usr/bin/env bash
# JVM start → first 200 response, Kiln against the hand-written Helidon SE server.
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/startup.sh                # RUNS=10
#   AA=1 benchmarks/startup.sh           # hand-written against itself: the noise floor of this machine
#
# Each run starts a fresh JVM (same java, same JVM_OPTS, default -Xmx512m) and polls GET /hello with curl in a
# tight loop until it answers 200; the time from just before `java` is launched to that 200 is recorded in
# milliseconds (date +%s%N), with the CPU time the JVM had used by then (all its threads; less sensitive to other
# work on the machine). Runs alternate kiln, baseline, kiln, … Prints every run, the medians and the ratios
# Kiln / hand-written (target ≤ 1.1). Each curl costs a few ms of polling granularity, on both sides.
set -euo pipefail

RUNS="${RUNS:-10}"
TARGET="1.1"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
port_free_or_die "$KILN_PORT"
port_free_or_die "$BASELINE_PORT"
time_one() { # kiln|baseline → prints "wall-ms cpu-ms": launch to first 200, and the JVM's CPU time by then
  local name="$1" port t0 t1 cpu
  port="$(port_of "$name")"
  t0="$(date +%s%N)"
  start_server "$name"
  if ! wait_ready "$name" "$port" "$SERVER_PID"; then
    stop_server "$SERVER_PID"
    return 1
  fi
  t1="$(date +%s%N)"
  cpu="$(cpu_ms "$SERVER_PID")"
  stop_server "$SERVER_PID"
  echo "$(((t1 - t0) / 1000000)) $cpu"
}

echo
echo "JVM: $("$JAVA" -version 2>&1 | head -1), flags: $JVM_OPTS (both servers), $(nproc) cores."
echo "JVM start -> first 200 on GET /hello, $RUNS runs each, alternating."
kiln_ms=(); base_ms=(); kiln_cpu=(); base_cpu=()
for run in $(seq 1 "$RUNS"); do
  read -r k kc <<<"$(time_one kiln)"
  read -r b bc <<<"$(time_one baseline)"
  [ -n "$k" ] && [ -n "$b" ] || exit 1 # time_one has said why
  kiln_ms+=("$k"); base_ms+=("$b"); kiln_cpu+=("$kc"); base_cpu+=("$bc")
  printf '  run %2d: kiln %6s ms (CPU %5s ms)   hand-written %6s ms (CPU %5s ms)\n' "$run" "$k" "$kc" "$b" "$bc"
done
km="$(median "${kiln_ms[@]}")"; bm="$(median "${base_ms[@]}")"
kcm="$(median "${kiln_cpu[@]}")"; bcm="$(median "${base_cpu[@]}")"
printf '  min:    kiln %6s ms               hand-written %6s ms\n' \
  "$(printf '%s\n' "${kiln_ms[@]}" | sort -n | head -1)" "$(printf '%s\n' "${base_ms[@]}" | sort -n | head -1)"
printf '  median: kiln %6s ms (CPU %5s ms)   hand-written %6s ms (CPU %5s ms)\n' "$km" "$kcm" "$bm" "$bcm"
printf '  kiln/hand-written: wall %s, CPU %s (target <= %s on wall time)\n' \
  "$(ratio "$km" "$bm")" "$(ratio "$kcm" "$bcm")" "$TARGET"
