#!/usr/bin/env bash
# Events in process: events dispatched per second to one subscriber, publish → handler invoked, end to end, through
# the generated publisher and the in-process transport (kiln.messaging.transport=memory), beside two baselines
# measured in the same run: the synchronous `for (handler : handlers) handler.accept(event)` loop (the ceiling) and
# a hand-written ArrayBlockingQueue hand-off to one platform thread.
#
#   ./mvnw -q install -DskipTests       # once, from the repository root: this script builds nothing
#   benchmarks/messaging.sh             # CONCURRENCY=1 (the target: one handler thread); CONCURRENCY=1,16 adds the default
#
# MessagingBenchmark (JMH -f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc, plus CPU time per event), about 1 min per contender;
# prints JMH's table, then events/s, CPU ns and bytes allocated per event, and the ratios (target: >= 10 M events/s
# on one handler thread). The machine's other work moves events/s a lot; CPU ns/event moves less.
set -euo pipefail

CONCURRENCY="${CONCURRENCY:-1}"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy
RESULT="$BENCH_DIR/target/jmh-messaging.csv"

# shellcheck disable=SC2086 # JVM_OPTS is a list of flags
"$JAVA" $JVM_OPTS -jar "$BENCH_JAR" MessagingBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s -p concurrency="$CONCURRENCY" \
  -jvmArgsAppend "$JVM_OPTS" -prof gc -prof dev.kiln.bench.jmh.CpuTimeProfiler -rf csv -rff "$RESULT"

echo
printf '%-16s %11s %14s %14s %10s %12s %12s\n' contender concurrency "events/s" "± (99.9%)" "CPU ns/ev" "B/event" "x hand-off"
# Columns: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: concurrency"
awk -F, '{ gsub(/"/, "") }
  $1 ~ /MessagingBenchmark\.[a-zA-Z]+$/ { k = $1 "|" $8; ops[k] = $5; err[k] = $6; order[++n] = k }
  $1 ~ /:gc\.alloc\.rate\.norm$/ { sub(/:gc\.alloc\.rate\.norm$/, "", $1); bytes[$1 "|" $8] = $5 }
  $1 ~ /:cpu\.time\.norm$/ { sub(/:cpu\.time\.norm$/, "", $1); cpu[$1 "|" $8] = $5 }
  END {
    for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "|"); if (p[1] ~ /handOffQueue$/) handoff = ops[k]; if (p[1] ~ /synchronousLoop$/) loop = ops[k] }
    for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "|"); name = p[1]; sub(/.*\./, "", name)
      c = (name == "inProcess") ? p[2] : "-"
      printf "%-16s %11s %14.0f %14.0f %10.1f %12.1f %12.2f\n", name, c, ops[k], err[k], cpu[k], bytes[k], (handoff > 0 ? ops[k] / handoff : 0) }
    if (loop > 0) for (i = 1; i <= n; i++) { k = order[i]; split(k, p, "|"); if (p[1] ~ /inProcess$/)
      printf "inProcess (concurrency %s) / synchronous loop (the ceiling): %.4f\n", p[2], ops[k] / loop } }' "$RESULT"
echo "Target: inProcess >= 10,000,000 events/s with concurrency 1. B/event near 0 but not 0 is JMH's bookkeeping."
echo "CPU ns/event counts every thread of the JVM (publisher, handler, JIT, GC, a worker spinning for work): a ratio, not a cost."
