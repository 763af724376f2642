#!/usr/bin/env bash
# Runs the shop sample on embedded defaults: the catalog on :8081 and orders on :8080, as two processes.
# Orders calls the catalog through the generated CatalogApiClient. Expects `./mvnw install` to have run
# (./kiln sample does both). Ctrl-C stops both; each drains its in-flight requests first.
set -euo pipefail
cd "$(dirname "$0")"
CATALOG_PORT="${CATALOG_PORT:-8081}"
ORDERS_PORT="${ORDERS_PORT:-8080}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

pids=()
stop() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

wait_for() { # port name
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$2 did not start on port $1" >&2
  exit 1
}

"$JAVA" -jar catalog-service/target/catalog-service.jar --server.port="$CATALOG_PORT" &
pids+=($!)
wait_for "$CATALOG_PORT" catalog
"$JAVA" -jar orders-service/target/orders-service.jar --server.port="$ORDERS_PORT" \
  --kiln.clients.catalog.uri="http://localhost:$CATALOG_PORT" &
pids+=($!)
wait_for "$ORDERS_PORT" orders

cat <<MSG

Shop is up: orders on http://localhost:$ORDERS_PORT, catalog on http://localhost:$CATALOG_PORT.
Placing an order; orders prices and reserves each line through the catalog's typed client:

  curl -s -X POST localhost:$ORDERS_PORT/orders -H 'Content-Type: application/json' \\
       -d '{"customer":"ada","lines":[{"sku":"BK-001","quantity":2},{"sku":"KT-230","quantity":1}]}'

MSG
curl -s -X POST "localhost:$ORDERS_PORT/orders" -H 'Content-Type: application/json' \
  -d '{"customer":"ada","lines":[{"sku":"BK-001","quantity":2},{"sku":"KT-230","quantity":1}]}'
echo
cat <<MSG

Try next:
  curl -s localhost:$ORDERS_PORT/orders/1
  curl -s localhost:$CATALOG_PORT/products/KT-230        # stock went down
  curl -s -X POST localhost:$ORDERS_PORT/orders -H 'Content-Type: application/json' \\
       -d '{"customer":"bob","lines":[{"sku":"KT-230","quantity":9}]}'   # 409 from the catalog, relayed
  curl -s localhost:$ORDERS_PORT/orders/abc                # 400 problem+json naming the parameter

Press Ctrl-C to stop.
MSG
wait
