#!/usr/bin/env bash
# What the cache saves on a real query path: GET /products/{sku}, answered through a @Cached method, against
# GET /products/{sku}/uncached, the same generated @Repository query on every request (a primary-key SELECT on the
# in-memory H2 of the same JVM, through the HikariCP pool), both served by one Kiln application
# (dev.kiln.bench.products.ProductsApp, on PRODUCTS_PORT, default 8092).
#
#   ./mvnw -q install -DskipTests        # once, from the repository root: this script builds nothing
#   benchmarks/cache-http.sh             # ROUNDS=5 DURATION=10s WARMUP=10s THREADS=1 CONNECTIONS=16; ~2 min
#
# One JVM (JVM_OPTS, default -Xmx512m). Both routes are warmed up, then wrk runs ALTERNATELY against them (cached,
# uncached, cached, …) so that drift on the machine hits both alike. Prints req/s, the server's CPU time per request
# and wrk's p99 latency for each round, the means, and the ratios cached / uncached, then the cache's own counters
# (/kiln/caches: every cached request but the first should be a hit). No target and no timing asserted: the figure
# is what one hit saves over one query when the database is in the same JVM, next to the HTTP work around both.
set -euo pipefail

ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-16}"
PRODUCTS_PORT="${PRODUCTS_PORT:-8092}"
SKU="sku-42"

. "$(dirname "$0")/bench-env.sh"
warn_if_busy

need_wrk
port_free_or_die "$PRODUCTS_PORT"
PRODUCTS_PID=""
trap '[ -n "$PRODUCTS_PID" ] && stop_server "$PRODUCTS_PID"' EXIT INT TERM
launch products dev.kiln.bench.products.ProductsApp "$PRODUCTS_PORT"
PRODUCTS_PID=$SERVER_PID
wait_ready products "$PRODUCTS_PORT" "$PRODUCTS_PID" "/products/$SKU/uncached" || exit 1

CACHED_URL="http://127.0.0.1:$PRODUCTS_PORT/products/$SKU"
UNCACHED_URL="$CACHED_URL/uncached"

echo
echo "wrk -t$THREADS -c$CONNECTIONS --latency on loopback, $(nproc) cores: wrk and the server share them."
echo "JVM: $("$JAVA" -version 2>&1 | head -1), flags: $JVM_OPTS. Database: in-memory H2 in the server's JVM."
echo "Warm-up $WARMUP each, then $ROUNDS alternating rounds of $DURATION each."
echo "== GET /products/$SKU (@Cached) against GET /products/$SKU/uncached (the query each time)"
wrk_once "$PRODUCTS_PID" "$WARMUP" "$CACHED_URL" >/dev/null
wrk_once "$PRODUCTS_PID" "$WARMUP" "$UNCACHED_URL" >/dev/null
cached_rps=(); uncached_rps=(); cached_cpu=(); uncached_cpu=(); cached_p99=(); uncached_p99=()
for round in $(seq 1 "$ROUNDS"); do
  read -r c cc cp <<<"$(wrk_once "$PRODUCTS_PID" "$DURATION" --latency "$CACHED_URL")"
  read -r u uc up <<<"$(wrk_once "$PRODUCTS_PID" "$DURATION" --latency "$UNCACHED_URL")"
  [ -n "$c" ] && [ -n "$u" ] || exit 1 # wrk_once has said why
  cached_rps+=("$c"); uncached_rps+=("$u"); cached_cpu+=("$cc"); uncached_cpu+=("$uc")
  cached_p99+=("$cp"); uncached_p99+=("$up")
  printf '  round %d: cached %10s req/s %6s us CPU/req p99 %6s us   uncached %10s req/s %6s us CPU/req p99 %6s us\n' \
    "$round" "$c" "$cc" "$cp" "$u" "$uc" "$up"
done
cm="$(mean "${cached_rps[@]}")"; um="$(mean "${uncached_rps[@]}")"
ccm="$(mean "${cached_cpu[@]}")"; ucm="$(mean "${uncached_cpu[@]}")"
cpm="$(mean "${cached_p99[@]}")"; upm="$(mean "${uncached_p99[@]}")"
printf '  mean:    cached %10s req/s %6s us CPU/req p99 %6s us   uncached %10s req/s %6s us CPU/req p99 %6s us\n' \
  "$cm" "$ccm" "$cpm" "$um" "$ucm" "$upm"
echo
echo "cached / uncached: throughput $(ratio "$cm" "$um"), by CPU per request $(ratio "$ucm" "$ccm")" \
  "(uncached CPU/req / cached CPU/req), p99 $(ratio "$cpm" "$upm") (lower is better for the cache)"
echo "/kiln/caches: $(curl -s "http://127.0.0.1:$PRODUCTS_PORT/kiln/caches")"
echo "One JVM on a shared machine: compare the ratios within a run; CPU per request moves less than req/s."
