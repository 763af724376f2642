#!/usr/bin/env bash
# Time from `kill -9` of an instance to its removal from every view of the Redis registry (goal: ttl + heartbeat).
#
#   ./mvnw -q install -DskipTests         # once, from the repository root: this script builds nothing
#   benchmarks/failover.sh                # REPS=5; the defaults (ttl 10s, heartbeat 3s), then ttl 2s, heartbeat 500ms
#   SETTINGS="10s/3s" REPS=9 benchmarks/failover.sh        # one setting, more repetitions
#   REDIS_URI=redis://host:6379 benchmarks/failover.sh     # an existing Redis instead of the embedded one
#
# Starts a Redis (the binary embedded-redis ships, see bench-env.sh), then, for each ttl/heartbeat setting,
# dev.kiln.bench.discovery.KillRemovalTime: three bench applications as separate JVMs registered in that Redis
# (ports FIRST_PORT..FIRST_PORT+2, default 8101), and a client JVM with a discovered BenchApiClient calling
# GET /hello from two threads. Each repetition SIGKILLs one instance (no shutdown hook: it never deregisters; its
# entry has to expire), and polls the client's view and the two survivors' GET /kiln/registry every 10 ms until it
# is gone from all three, then starts a fresh instance. Prints every repetition, median and max, the bound
# ttl + heartbeat, and how many client calls failed. The removal time depends on where in its heartbeat cycle the
# instance dies: between ttl - heartbeat and ttl + heartbeat. About REPS × (ttl + 4 s) per setting.
set -euo pipefail

REPS="${REPS:-5}"
SETTINGS="${SETTINGS:-10s/3s 2s/500ms}"
FIRST_PORT="${FIRST_PORT:-8101}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
for port in "$FIRST_PORT" $((FIRST_PORT + 1)) $((FIRST_PORT + 2)); do port_free_or_die "$port"; done

CLIENT_LOG="$BENCH_LOGS/failover-client.log"
: >"$CLIENT_LOG"
REDIS_PID=""
cleanup() { [ -n "$REDIS_PID" ] && stop_server "$REDIS_PID"; }
trap cleanup EXIT INT TERM
start_redis || exit 1

echo
echo "JVM: $("$JAVA" -version 2>&1 | head -1), flags: $JVM_OPTS (every JVM), $(nproc) cores; Redis at $REDIS_URI."
for setting in $SETTINGS; do
  echo
  # The client's log (ejections of the killed instance, re-probes) goes to the file; the results to stdout.
  # shellcheck disable=SC2086 # JVM_OPTS is a list of flags
  if ! "$JAVA" $JVM_OPTS -Dbench.jvmOpts="$JVM_OPTS" -Dbench.logs="$BENCH_LOGS" -cp "$BENCH_JAR" \
    dev.kiln.bench.discovery.KillRemovalTime "$REDIS_URI" "${setting%/*}" "${setting#*/}" "$REPS" "$FIRST_PORT" \
    2>>"$CLIENT_LOG"; then
    echo "KillRemovalTime failed; the end of $CLIENT_LOG:" >&2
    tail -20 "$CLIENT_LOG" >&2
    exit 1
  fi
done
echo
echo "The client's log (the killed instances ejected after connection failures, re-probed): $CLIENT_LOG"
