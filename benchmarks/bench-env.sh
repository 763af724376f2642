#!/usr/bin/env bash
# Sourced by the scripts of benchmarks/: finds the JDK, checks the built layout, starts and stops the servers (and a
# Redis for the registry benchmarks). Both servers get exactly the same JVM and flags; only the main class differs.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
BENCH_JAR="${BENCH_JAR:-$BENCH_DIR/target/benchmarks.jar}"
BENCH_LOGS="$BENCH_DIR/target/bench-logs"
JVM_OPTS="${JVM_OPTS:--Xmx512m}"
BASELINE_MAIN="dev.kiln.bench.baseline.BaselineServer"
KILN_MAIN="dev.kiln.bench.kiln.BenchApp"
# AA=1 runs the hand-written server in the kiln slot too: the ratio then shows the noise floor of this machine.
if [ "${AA:-0}" = 1 ]; then
  KILN_MAIN="$BASELINE_MAIN"
  echo "AA=1: the 'kiln' slot runs the hand-written server too; any ratio away from 1.0 is noise." >&2
fi
KILN_PORT="${KILN_PORT:-8090}"
BASELINE_PORT="${BASELINE_PORT:-8091}"

# shellcheck source=../scripts/find-jdk.sh
. "$REPO_DIR/scripts/find-jdk.sh"
kiln_find_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"

if [ ! -f "$BENCH_JAR" ] || [ ! -d "$BENCH_DIR/target/lib" ]; then
  echo "No $BENCH_JAR (+ target/lib). This script builds nothing; build first, from $REPO_DIR:" >&2
  echo "  ./mvnw -q install -DskipTests" >&2
  exit 1
fi
mkdir -p "$BENCH_LOGS"

main_of() { # kiln|baseline
  case "$1" in
    kiln) echo "$KILN_MAIN" ;;
    baseline) echo "$BASELINE_MAIN" ;;
    *) echo "unknown server $1" >&2; return 1 ;;
  esac
}

port_of() { # kiln|baseline
  case "$1" in
    kiln) echo "$KILN_PORT" ;;
    baseline) echo "$BASELINE_PORT" ;;
  esac
}

port_free_or_die() { # port
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "Port $1 is already in use; set KILN_PORT / BASELINE_PORT to free ports." >&2
    exit 1
  fi
}

# Starts one server in the background; sets SERVER_PID. Output goes to target/bench-logs/<name>.log.
start_server() { # kiln|baseline
  launch "$1" "$(main_of "$1")" "$(port_of "$1")"
}

# Starts main class $2 of the benchmarks jar on port $3 with the given extra arguments (configuration keys,
# --key=value); sets SERVER_PID. Output goes to target/bench-logs/<name>.log.
launch() { # name main port [args...]
  local name="$1" main="$2" port="$3"
  shift 3
  # shellcheck disable=SC2086 # JVM_OPTS is a list of flags
  "$JAVA" $JVM_OPTS -Dkiln.bench.allocations="$BENCH_LOGS/alloc" -cp "$BENCH_JAR" "$main" --server.port="$port" "$@" \
    >>"$BENCH_LOGS/$name.log" 2>&1 &
  SERVER_PID=$!
}

# Bytes the JVM $1 has allocated so far (AllocationCounter writes them every 20 ms), or nothing when it does not say.
alloc_bytes() { # pid
  cat "$BENCH_LOGS/alloc/$1.alloc" 2>/dev/null || true
}

# A Redis for the registry benchmarks; sets REDIS_URI and REDIS_PID (empty when REDIS_URI was given: that Redis
# is used as it is, and left alone). Otherwise it is the binary embedded-redis ships (samples/sample-redis, built
# by the same install), on REDIS_PORT (default 6391), without persistence; stop it with stop_server.
REDIS_JAR="$REPO_DIR/samples/sample-redis/target/sample-redis.jar"
start_redis() {
  REDIS_PID=""
  if [ -n "${REDIS_URI:-}" ]; then
    echo "Using the Redis at $REDIS_URI (REDIS_URI); it should be empty of kiln:registry:* keys."
    return 0
  fi
  if [ ! -f "$REDIS_JAR" ]; then
    echo "No $REDIS_JAR; build it (./mvnw -q install -DskipTests builds everything) or set REDIS_URI." >&2
    return 1
  fi
  local port="${REDIS_PORT:-6391}" deadline=$((SECONDS + 15))
  port_free_or_die "$port"
  "$JAVA" -jar "$REDIS_JAR" "$port" >>"$BENCH_LOGS/redis.log" 2>&1 &
  REDIS_PID=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "$REDIS_PID" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "Redis did not start on port $port; see $BENCH_LOGS/redis.log" >&2
      return 1
    fi
    sleep 0.1
  done
  REDIS_URI="redis://127.0.0.1:$port"
}

# Polls GET /hello (or the path given) until it answers 200; returns 1 (with a message) if the JVM dies or 30 s pass.
wait_ready() { # name port pid [path]
  local deadline=$((SECONDS + 30))
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$2${4:-/hello}")" != "200" ]; do
    if ! kill -0 "$3" 2>/dev/null; then
      echo "$1 exited before answering; see $BENCH_LOGS/$1.log" >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$1 did not answer 200 on port $2 within 30 s; see $BENCH_LOGS/$1.log" >&2
      return 1
    fi
  done
}

stop_server() { # pid
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Runs wrk once (-t$THREADS -c$CONNECTIONS) for $duration against $url, served by the JVM with pid $pid; prints
# "req/s cpu-us-per-request". Fails if any response was not 2xx (a fast 400 is not a result). CPU per request is
# the server JVM's user + system time (JIT and GC included) divided by the requests wrk completed: less sensitive
# than req/s to other work on the machine. Further arguments go to wrk (-s script.lua, url, -- script args); with
# --latency among them, wrk's p99 latency in microseconds follows as a third figure.
wrk_once() { # pid duration url-or-wrk-args...
  local pid="$1" duration="$2" out cpu0 cpu1 alloc0 alloc1
  shift 2
  cpu0="$(cpu_ms "$pid")"; alloc0="$(alloc_bytes "$pid")"
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" "$@")"
  cpu1="$(cpu_ms "$pid")"; alloc1="$(alloc_bytes "$pid")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "wrk saw errors for $*:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk -v cpu="$((cpu1 - cpu0))" '/^Requests\/sec:/ { rps = $2 } / requests in / { n = $1 }
    /^ +99% / { v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      p99 = v * (unit == "s" ? 1000000 : unit == "ms" ? 1000 : 1) }
    END { printf "%s %.1f", rps, (n > 0 ? cpu * 1000 / n : 0); if (p99 != "") printf " %.0f", p99; printf "\n" }' <<<"$out"
  # Bytes allocated per request, for the scripts that report it (read it with last_alloc right after).
  awk -v a0="$alloc0" -v a1="$alloc1" '/ requests in / { n = $1 }
    END { if (a0 != "" && a1 != "" && n > 0) printf "%.0f\n", (a1 - a0) / n; else print "-" }' <<<"$out" \
    >"$BENCH_LOGS/last-alloc-$pid"
}

last_alloc() { # pid: bytes allocated per request in the last wrk_once against it
  cat "$BENCH_LOGS/last-alloc-$1" 2>/dev/null || echo -
}

need_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "wrk is not installed. Install it first, e.g.: apt-get install wrk" >&2
    exit 1
  fi
}

# CPU time (user + system) a process has used so far, in milliseconds; with other work on the machine this
# moves far less than wall-clock figures do, so the scripts report it next to them.
CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)"
cpu_ms() { # pid
  # Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
  sed 's/.*) //' "/proc/$1/stat" | awk -v hz="$CLK_TCK" '{ printf "%d", ($12 + $13) * 1000 / hz }'
}

mean() { # numbers...
  printf '%s\n' "$@" | awk '{ s += $1; n++ } END { if (n) printf "%.1f", s / n }'
}

median() { # numbers...
  printf '%s\n' "$@" | sort -n | awk '{ v[n++] = $1 } END { if (n % 2) print v[(n - 1) / 2]; else print (v[n / 2 - 1] + v[n / 2]) / 2 }'
}

ratio() { # a b → a / b
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'
}

# On a small machine anything else running skews every figure. Samples /proc/stat for a second and warns
# when other processes keep the CPUs more than 10% busy (Linux only; silent elsewhere).
warn_if_busy() {
  [ -r /proc/stat ] || return 0
  local a b
  a="$(head -1 /proc/stat)"; sleep 1; b="$(head -1 /proc/stat)"
  local busy
  busy="$(printf '%s\n%s\n' "$a" "$b" | awk '{ idle[NR] = $5 + $6; total[NR] = 0; for (i = 2; i <= NF; i++) total[NR] += $i }
    END { dt = total[2] - total[1]; if (dt > 0) printf "%d", 100 * (1 - (idle[2] - idle[1]) / dt); else print 0 }')"
  if [ "$busy" -gt 10 ]; then
    echo "WARNING: before starting, the CPUs were ${busy}% busy with other work; figures will be noisy." >&2
    echo "         Busiest processes: $(ps -eo pcpu=,comm= --sort=-pcpu | head -3 | awk '{ printf "%s (%s%%) ", $2, $1 }')" >&2
  else
    echo "Machine idle before starting (${busy}% busy)."
  fi
}
