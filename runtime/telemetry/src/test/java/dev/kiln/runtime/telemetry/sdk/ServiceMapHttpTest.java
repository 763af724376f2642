package dev.kiln.runtime.telemetry.sdk;

import static dev.kiln.runtime.telemetry.sdk.MapFixture.application;
import static dev.kiln.runtime.telemetry.sdk.MapFixture.edge;
import static dev.kiln.runtime.telemetry.sdk.MapFixture.serviceMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.servicemap.ServiceMapEndpoint;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /kiln/service-map} over real HTTP between three real servers ({@link MapFixture}): the declared graph
 * merged over the registry's instances, the edges seen with their figures, and drift both ways.
 */
class ServiceMapHttpTest {

    @Test
    void aTypedCallIsDeclaredAndSeenAPlainCallIsNotDeclaredAnUnusedClientIsNotSeen() {
        try (MapFixture system = new MapFixture(Map.of(ServiceMapEndpoint.GRACE_KEY, "PT0S"))) {
            assertEquals("product a", MapFixture.get(system.orders.uri().resolve("/orders/a")).body());
            assertEquals("product b", MapFixture.get(system.orders.uri().resolve("/orders/b")).body());
            assertEquals("12", MapFixture.get(system.orders.uri().resolve("/orders/c/stock")).body());

            Map<String, Object> map = serviceMap(system.orders, "");
            assertEquals("orders", map.get("self"));
            assertEquals(true, map.get("observed"));

            Map<String, Object> typed = edge(map, "orders", "catalog", "http");
            assertNotNull(typed, map.toString());
            assertEquals(true, typed.get("declared"));
            assertEquals(true, typed.get("seen"));
            assertNull(typed.get("drift"));
            assertEquals(2, ((Number) typed.get("calls")).intValue());
            assertEquals(0, ((Number) typed.get("errors")).intValue());
            double p50 = ((Number) typed.get("p50Ms")).doubleValue();
            double p99 = ((Number) typed.get("p99Ms")).doubleValue();
            assertTrue(p50 > 0 && p99 >= p50, typed.toString());

            Map<String, Object> plain = edge(map, "orders", "inventory", "http");
            assertNotNull(plain, map.toString());
            assertEquals(false, plain.get("declared"));
            assertEquals(true, plain.get("seen"));
            assertEquals("seen-not-declared", plain.get("drift"));
            assertEquals(1, ((Number) plain.get("calls")).intValue());
            assertNull(plain.get("p50Ms"), "a plain client's call is counted, not timed");

            Map<String, Object> unused = edge(map, "orders", "payments", "http");
            assertNotNull(unused, map.toString());
            assertEquals(true, unused.get("declared"));
            assertEquals(false, unused.get("seen"));
            assertEquals("declared-not-seen", unused.get("drift"));
            assertEquals(0, ((Number) unused.get("calls")).intValue());
            assertEquals("declared-not-seen", edge(map, "orders", "table:orders", "database").get("drift"));
            assertNull(edge(map, "orders", "cache:products", "cache").get("drift"), "a cache's calls make no span");

            Map<String, Object> orders = application(map, "orders");
            assertEquals("test.OrdersApp", orders.get("application"));
            assertEquals(List.of(Map.of("method", "GET", "path", "/products/{sku}")),
                    JsonTree.asObject(JsonTree.asArray(orders.get("clients")).getFirst()).get("routes"));
            assertEquals(List.of(Map.of("name", "OrderRepository", "tables", List.of("orders"))),
                    orders.get("repositories"));
            assertEquals(List.of("products"), orders.get("caches"));
            Map<String, Object> instance = JsonTree.asObject(JsonTree.asArray(
                    application(map, "catalog").get("instances")).getFirst());
            assertEquals(system.catalog.uri().toString(), instance.get("uri"));
            assertEquals("UP", instance.get("state"));
            assertEquals(true, instance.get("reachable"));
            assertNotNull(application(map, "inventory"), "registered, no graph of its own");
        }
    }

    @Test
    void anotherInstanceShowsTheEdgesItReadFromTheCallerAndItsOwnGrace() {
        try (MapFixture system = new MapFixture(Map.of())) {
            MapFixture.get(system.orders.uri().resolve("/orders/a"));

            Map<String, Object> fromCatalog = serviceMap(system.catalog, "?scope=system");
            assertEquals("catalog", fromCatalog.get("self"));
            Map<String, Object> typed = edge(fromCatalog, "orders", "catalog", "http");
            assertEquals(1, ((Number) typed.get("calls")).intValue(), fromCatalog.toString());
            assertEquals(true, typed.get("declared"));
            // orders has been observed for less than the default ten minutes: not yet flagged.
            assertNull(edge(fromCatalog, "orders", "payments", "http").get("drift"));

            Map<String, Object> local = serviceMap(system.catalog, "?scope=local");
            assertEquals(1, JsonTree.asArray(local.get("applications")).size());
            assertInstanceOf(String.class, local.get("observedSince"));
            assertNull(edge(local, "orders", "catalog", "http"), "the caller counts the edge, not the callee");
        }
    }

    @Test
    void withoutAnSdkOnlyDeclaredEdgesWithNoFiguresAndNoDrift() {
        try (MapFixture system = new MapFixture(Map.of(ServiceMapEndpoint.GRACE_KEY, "PT0S"))) {
            MapFixture.get(system.orders.uri().resolve("/orders/a"));
            MapFixture.get(system.orders.uri().resolve("/orders/a/stock"));

            Map<String, Object> map = serviceMap(system.inventory, "");
            assertEquals(false, map.get("observed"));
            Map<String, Object> typed = edge(map, "orders", "catalog", "http");
            assertEquals(true, typed.get("declared"));
            assertEquals(false, typed.get("seen"));
            assertNull(typed.get("calls"));
            assertNull(typed.get("drift"));
            assertNull(edge(map, "orders", "inventory", "http"), "seen edges need the answering instance's SDK");
        }
    }

    @Test
    void anInstanceThatDoesNotAnswerInTimeIsListedUnreachableAndTheMapStillAnswers() throws Exception {
        try (MapFixture system = new MapFixture(Map.of(ServiceMapEndpoint.TIMEOUT_KEY, "PT0.3S"));
             ServerSocket silent = new ServerSocket(0)) {
            // Accepted by the kernel's backlog, never answered: the read times out.
            system.registry.register(ServiceInstance.of("ghost-1", "ghost", new ServiceDescriptor("ghost", "test.Ghost",
                    List.of()), URI.create("http://127.0.0.1:" + silent.getLocalPort()), InstanceStatus.DOWN,
                    Instant.now()));

            Map<String, Object> map = serviceMap(system.orders, "");
            Map<String, Object> ghost = application(map, "ghost");
            assertNotNull(ghost, map.toString());
            assertEquals(List.of(Map.of("id", "ghost-1", "uri", "http://127.0.0.1:" + silent.getLocalPort(),
                    "state", "DOWN", "reachable", false)), ghost.get("instances"));
            assertEquals(List.of(Map.of("service", "ghost", "routes", List.of())), ghost.get("serves"),
                    "what the registry knows of it");
            assertEquals(true, JsonTree.asObject(JsonTree.asArray(application(map, "catalog").get("instances"))
                    .getFirst()).get("reachable"));
        }
    }

    @Test
    void tempoServiceGraphSeriesOnMetricsFromBothEnds() {
        try (MapFixture system = new MapFixture(Map.of())) {
            MapFixture.get(system.orders.uri().resolve("/orders/a"));
            serviceMap(system.orders, "");

            List<String> orders = series(system.orders);
            assertHasLine(orders, "traces_service_graph_request_total{client=\"orders\",connection_type=\"\","
                    + "otel_scope_name=\"dev.kiln\",server=\"catalog\"} 1.0");
            assertHasLine(orders, "traces_service_graph_request_client_seconds_count{client=\"orders\","
                    + "connection_type=\"\",otel_scope_name=\"dev.kiln\",server=\"catalog\"} 1");
            assertHasLine(orders, "traces_service_graph_request_total{client=\"user\",connection_type=\"virtual_node\","
                    + "otel_scope_name=\"dev.kiln\",server=\"orders\"} 1.0");
            assertTrue(orders.stream().noneMatch(l -> l.startsWith("traces_service_graph_request_failed_total{")),
                    "nothing failed");

            List<String> catalog = series(system.catalog);
            // The callee knows its caller from kiln-caller: the server seconds of the same edge, not counted twice.
            assertHasLine(catalog, "traces_service_graph_request_server_seconds_count{client=\"orders\","
                    + "connection_type=\"\",otel_scope_name=\"dev.kiln\",server=\"catalog\"} 1");
            assertTrue(catalog.stream().noneMatch(l -> l.startsWith("traces_service_graph_request_total{")),
                    "the caller counts the request; the map's own reads are not requests of the system: " + catalog);
        }
    }

    private static List<String> series(dev.kiln.runtime.boot.KilnHandle app) {
        return MapFixture.get(app.uri().resolve("/metrics")).body().lines()
                .filter(l -> l.startsWith("traces_service_graph_")).toList();
    }

    private static void assertHasLine(List<String> lines, String line) {
        assertTrue(lines.contains(line), line + " not in " + String.join("\n", lines));
    }

    @Test
    void anUnknownScopeIsABadRequest() {
        try (MapFixture system = new MapFixture(Map.of())) {
            var response = MapFixture.get(system.orders.uri().resolve("/kiln/service-map?scope=galaxy"));
            assertEquals(400, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        }
    }
}
