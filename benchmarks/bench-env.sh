#!/usr/bin/env bash
# Sourced by http.sh and startup.sh: finds the JDK, checks the built layout, starts and stops the two servers.
# Both servers get exactly the same JVM and flags; only the main class differs.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
BENCH_JAR="$BENCH_DIR/target/benchmarks.jar"
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
  local name="$1" main port
  main="$(main_of "$name")"
  port="$(port_of "$name")"
  # shellcheck disable=SC2086 # JVM_OPTS is a list of flags
  "$JAVA" $JVM_OPTS -cp "$BENCH_JAR" "$main" --server.port="$port" >>"$BENCH_LOGS/$name.log" 2>&1 &
  SERVER_PID=$!
}

# Polls GET /hello until it answers 200; returns 1 (with a message) if the JVM dies or 30 s pass.
wait_ready() { # name port pid
  local deadline=$((SECONDS + 30))
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$2/hello")" != "200" ]; do
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
  printf '%s\n' "$@" | sort -n | awk '{ v[n++] = $1 } END { if (n % 2) print v[(n - 1) / 2]; else printf "%.1f", (v[n / 2 - 1] + v[n / 2]) / 2 }'
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
