#!/usr/bin/env bash
# Runs the shop sample: two catalog instances (:8081, :8082), orders (:8080) and notifications (:8083), as four
# processes that find each other through a Redis registry. Orders has no catalog address: its generated
# CatalogApiClient discovers the catalog instances in the registry and balances between them. Each order placed is
# an OrderPlaced event on Redis Streams, which notifications hears and answers with an email it queues and sends.
# The Redis is the binary embedded-redis ships (samples/sample-redis), so nothing needs installing. Expects
# `./mvnw install` to have run (./kiln sample does both). Ctrl-C stops everything; each service leaves the
# registry and drains its in-flight requests first.
set -euo pipefail
cd "$(dirname "$0")"
ORDERS_PORT="${ORDERS_PORT:-8080}"
CATALOG_PORT="${CATALOG_PORT:-8081}"
CATALOG2_PORT="${CATALOG2_PORT:-8082}"
NOTIFICATIONS_PORT="${NOTIFICATIONS_PORT:-8083}"
REDIS_PORT="${REDIS_PORT:-6390}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
REGISTRY=(--kiln.registry.type=redis --kiln.registry.redis.uri="redis://127.0.0.1:$REDIS_PORT"
  --kiln.registry.heartbeat=1s --kiln.registry.ttl=3s)
MESSAGING=(--kiln.messaging.transport=redis --kiln.messaging.redis.uri="redis://127.0.0.1:$REDIS_PORT")

pids=()
stop() {
  # Services first (they deregister from Redis), the registry's Redis last.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[$i]}" 2>/dev/null || true
    wait "${pids[$i]}" 2>/dev/null || true
  done
}
trap stop EXIT INT TERM

wait_for() { # port name
  for _ in $(seq 1 150); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$2 did not start on port $1" >&2
  exit 1
}

order() { # customer sku quantity
  curl -s -X POST "localhost:$ORDERS_PORT/orders" -H 'Content-Type: application/json' \
    -d "{\"customer\":\"$1\",\"lines\":[{\"sku\":\"$2\",\"quantity\":$3}]}"
  echo
}

emails() { # count: waits (at most 10s) until notifications has sent that many emails, then prints them
  local sent=""
  for _ in $(seq 1 100); do
    sent="$(curl -s "localhost:$NOTIFICATIONS_PORT/notifications")"
    if [ "$(grep -o '"subject"' <<<"$sent" | wc -l)" -ge "$1" ]; then break; fi
    sleep 0.1
  done
  sed -e 's/^\[//' -e 's/\]$//' -e 's/},{/}\n{/g' <<<"$sent" | sed 's/^/  /'
}

"$JAVA" -jar sample-redis/target/sample-redis.jar "$REDIS_PORT" &
pids+=($!)
wait_for "$REDIS_PORT" redis
"$JAVA" -jar catalog-service/target/catalog-service.jar --server.port="$CATALOG_PORT" "${REGISTRY[@]}" &
pids+=($!)
"$JAVA" -jar catalog-service/target/catalog-service.jar --server.port="$CATALOG2_PORT" "${REGISTRY[@]}" &
CATALOG2_PID=$!
pids+=($CATALOG2_PID)
# Notifications logs one JSON object per line (kiln.log.format=json: trace and request ids, exception.* fields, for a
# log pipeline); the other services log text, for people (docs/observability.md).
# kiln.messaging.endpoint.write: the dashboard's Replay and Purge buttons work on its dead letters (off by default).
"$JAVA" -jar notifications-service/target/notifications-service.jar --server.port="$NOTIFICATIONS_PORT" \
  "${REGISTRY[@]}" "${MESSAGING[@]}" --kiln.log.format=json --kiln.messaging.endpoint.write=true &
pids+=($!)
"$JAVA" -jar orders-service/target/orders-service.jar --server.port="$ORDERS_PORT" "${REGISTRY[@]}" "${MESSAGING[@]}" &
pids+=($!)
wait_for "$CATALOG_PORT" catalog
wait_for "$CATALOG2_PORT" "second catalog"
wait_for "$NOTIFICATIONS_PORT" notifications
wait_for "$ORDERS_PORT" orders

cat <<MSG

Shop is up: orders on :$ORDERS_PORT, catalog on :$CATALOG_PORT and :$CATALOG2_PORT, notifications on :$NOTIFICATIONS_PORT,
registry and event streams in Redis on :$REDIS_PORT. Notifications logs JSON lines (--kiln.log.format=json), the
others text.

Dashboard of the whole system (any instance serves it; docs/dashboard.md):
  http://localhost:$ORDERS_PORT/kiln/dashboard

What orders sees in the registry (curl -s localhost:$ORDERS_PORT/kiln/registry):

MSG
curl -s "localhost:$ORDERS_PORT/kiln/registry"
echo
echo
echo "Placing orders; each line is priced and reserved through a discovered catalog instance:"
order ada BK-001 2
order bob KT-230 1

echo
echo "Orders keeps each order in its database (in-memory H2 here; --kiln.datasource.url for PostgreSQL) through a"
echo "repository whose SQL Kiln checked at compile time; the OrderPlaced event is written to an outbox in the order's"
echo "transaction and relayed once it commits."
echo "Each order placed went out as an OrderPlaced event (Redis stream kiln:events:orders). Notifications, another"
echo "process, subscribes: it queued an email per order (kiln:queue:emails) and its mailer sent it. What it sent"
echo "(curl -s localhost:$NOTIFICATIONS_PORT/notifications):"
emails 2

echo
echo "The catalog caches product lookups (@Cached on ProductStore.find; each reservation evicts its product). Two"
echo "reads of one product on :$CATALOG_PORT, then its caches (curl -s localhost:$CATALOG_PORT/kiln/caches):"
curl -s "localhost:$CATALOG_PORT/products/GD-104" >/dev/null
curl -s "localhost:$CATALOG_PORT/products/GD-104" >/dev/null
curl -s "localhost:$CATALOG_PORT/kiln/caches"
echo

echo
echo "Stopping the catalog on :$CATALOG2_PORT (SIGTERM: it leaves the registry, then drains)..."
kill -TERM "$CATALOG2_PID"
wait "$CATALOG2_PID" 2>/dev/null || true
echo "Orders keeps answering through the remaining instance:"
order cy BK-001 1

echo
echo "Health of each (MicroProfile Health JSON; /health/live, /health/ready, /health/started too):"
for port in "$ORDERS_PORT" "$CATALOG_PORT" "$NOTIFICATIONS_PORT"; do
  printf '  :%s  ' "$port"
  curl -s "localhost:$port/health"
  echo
done

cat <<MSG

Try next:
  open http://localhost:$ORDERS_PORT/kiln/dashboard          # the dashboard: map, routes, traces, errors, messaging
  curl -s localhost:$ORDERS_PORT/kiln/registry              # the registry as orders sees it
  curl -s localhost:$CATALOG_PORT/health/ready
  curl -s localhost:$ORDERS_PORT/orders/1
  curl -s localhost:$CATALOG_PORT/products/KT-230           # stock went down
  curl -s -X PUT 'localhost:$CATALOG_PORT/products/KT-230/stock?units=5' -H 'X-API-Key: sample-stock-key'
                                                            # @RolesAllowed("stock-keeper"): 401 without the key
  curl -s localhost:$ORDERS_PORT/orders/abc                 # 400 problem+json naming the parameter
  curl -s localhost:$CATALOG_PORT/kiln/caches               # hits, misses, loads, evictions of the product cache
  curl -s localhost:$NOTIFICATIONS_PORT/kiln/messaging             # streams, consumer groups, pending, lag, dead letters
  curl -s localhost:$NOTIFICATIONS_PORT/kiln/messaging/queue/emails/dead-letters
  curl -s localhost:$ORDERS_PORT/kiln/traces                # recent traces; /kiln/traces/<traceId> lists the spans
  curl -s localhost:$ORDERS_PORT/metrics                    # Prometheus: HTTP, database, pool, messaging, JVM series

Press Ctrl-C to stop.
MSG
wait
