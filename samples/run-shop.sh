#!/usr/bin/env bash
# Runs the shop sample: two catalog instances (:8081, :8082) and orders (:8080), as three processes that find
# each other through a Redis registry. Orders has no catalog address: its generated CatalogApiClient discovers
# the catalog instances in the registry and balances between them. The Redis is the binary embedded-redis ships
# (samples/sample-redis), so nothing needs installing. Expects `./mvnw install` to have run (./kiln sample does
# both). Ctrl-C stops everything; each service leaves the registry and drains its in-flight requests first.
set -euo pipefail
cd "$(dirname "$0")"
ORDERS_PORT="${ORDERS_PORT:-8080}"
CATALOG_PORT="${CATALOG_PORT:-8081}"
CATALOG2_PORT="${CATALOG2_PORT:-8082}"
REDIS_PORT="${REDIS_PORT:-6390}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
REGISTRY=(--kiln.registry.type=redis --kiln.registry.redis.uri="redis://127.0.0.1:$REDIS_PORT"
  --kiln.registry.heartbeat=1s --kiln.registry.ttl=3s)

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

"$JAVA" -jar sample-redis/target/sample-redis.jar "$REDIS_PORT" &
pids+=($!)
wait_for "$REDIS_PORT" redis
"$JAVA" -jar catalog-service/target/catalog-service.jar --server.port="$CATALOG_PORT" "${REGISTRY[@]}" &
pids+=($!)
"$JAVA" -jar catalog-service/target/catalog-service.jar --server.port="$CATALOG2_PORT" "${REGISTRY[@]}" &
CATALOG2_PID=$!
pids+=($CATALOG2_PID)
"$JAVA" -jar orders-service/target/orders-service.jar --server.port="$ORDERS_PORT" "${REGISTRY[@]}" &
pids+=($!)
wait_for "$CATALOG_PORT" catalog
wait_for "$CATALOG2_PORT" "second catalog"
wait_for "$ORDERS_PORT" orders

cat <<MSG

Shop is up: orders on :$ORDERS_PORT, catalog on :$CATALOG_PORT and :$CATALOG2_PORT, registry in Redis on :$REDIS_PORT.
What orders sees in the registry (curl -s localhost:$ORDERS_PORT/kiln/registry):

MSG
curl -s "localhost:$ORDERS_PORT/kiln/registry"
echo
echo
echo "Placing orders; each line is priced and reserved through a discovered catalog instance:"
order ada BK-001 2
order bob KT-230 1

echo
echo "Stopping the catalog on :$CATALOG2_PORT (SIGTERM: it leaves the registry, then drains)..."
kill -TERM "$CATALOG2_PID"
wait "$CATALOG2_PID" 2>/dev/null || true
echo "Orders keeps answering through the remaining instance:"
order cy BK-001 1

echo
echo "Health of each (MicroProfile Health JSON; /health/live, /health/ready, /health/started too):"
for port in "$ORDERS_PORT" "$CATALOG_PORT"; do
  printf '  :%s  ' "$port"
  curl -s "localhost:$port/health"
  echo
done

cat <<MSG

Try next:
  curl -s localhost:$ORDERS_PORT/kiln/registry              # the registry as orders sees it
  curl -s localhost:$CATALOG_PORT/health/ready
  curl -s localhost:$ORDERS_PORT/orders/1
  curl -s localhost:$CATALOG_PORT/products/KT-230           # stock went down
  curl -s -X PUT 'localhost:$CATALOG_PORT/products/KT-230/stock?units=5' -H 'X-API-Key: sample-stock-key'
                                                            # @RolesAllowed("stock-keeper"): 401 without the key
  curl -s localhost:$ORDERS_PORT/orders/abc                 # 400 problem+json naming the parameter

Press Ctrl-C to stop.
MSG
wait
