package dev.kiln.runtime.telemetry.sdk;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Three applications on one in-memory registry, each a real server on an ephemeral port: {@code orders} (with an
 * SDK; its graph, {@code META-INF/kiln/apps/test.OrdersApp.json}, declares typed clients of {@code catalog} and
 * {@code payments}) calls {@code catalog} (with an SDK) through a Kiln client found in the registry on
 * {@code GET /orders/{id}}, and {@code inventory} (no SDK, no graph) through a plain JDK {@code HttpClient} on
 * {@code GET /orders/{id}/stock}, a call no graph declares. {@code payments} is never called.
 */
final class MapFixture implements AutoCloseable {
    static final ServiceDescriptor ORDERS = service("orders", "/orders/{id}", "/orders/{id}/stock");
    static final ServiceDescriptor CATALOG = service("catalog", "/products/{sku}");
    static final ServiceDescriptor INVENTORY = service("inventory", "/stock/{sku}");
    private static final HttpClient TEST_CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final ServiceRegistry registry = new InMemoryServiceRegistry();
    final KilnTelemetrySdk ordersSdk;
    final KilnTelemetrySdk catalogSdk;
    final KilnHandle catalog;
    final KilnHandle inventory;
    final KilnHandle orders;
    private final KilnHttpClient catalogClient;
    private volatile HttpClient plain;

    /** {@code ordersConfig}: the orders application's own keys (the grace of declared-not-seen …). */
    MapFixture(Map<String, String> ordersConfig) {
        KilnConfig catalogConfig = config(Map.of());
        catalogSdk = KilnTelemetrySdk.start(catalogConfig, "catalog");
        catalog = start(catalogConfig, "test.CatalogApp", "catalog", CATALOG, Telemetry.of(catalogSdk),
                (req, res) -> res.send("product " + req.path().pathParameters().get("sku")));
        KilnConfig inventoryConfig = config(Map.of());
        inventory = start(inventoryConfig, "test.InventoryApp", "inventory", INVENTORY, Telemetry.noop(),
                (req, res) -> res.send("12"));
        KilnConfig config = config(ordersConfig);
        ordersSdk = KilnTelemetrySdk.start(config, "orders");
        Telemetry telemetry = Telemetry.of(ordersSdk);
        catalogClient = new TestClientBuilder("catalog").registry(registry).telemetry(telemetry).http();
        orders = start(config, "test.OrdersApp", "orders", ORDERS, telemetry, (req, res) -> {
            if (req.path().path().endsWith("/stock")) {
                res.send(plainGet(inventory.uri().resolve("/stock/" + req.path().pathParameters().get("id"))));
            } else {
                res.send(catalogClient.call(Method.GET, "/products/" + req.path().pathParameters().get("id")).send()
                        .text(200));
            }
        });
    }

    private static ServiceDescriptor service(String name, String... paths) {
        return new ServiceDescriptor(name, "test." + name, List.of(paths).stream()
                .map(p -> new RouteDescriptor("GET", p)).toList());
    }

    private static KilnConfig config(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("server.port", "0");
        return KilnConfig.of(all);
    }

    private KilnHandle start(KilnConfig config, String className, String name, ServiceDescriptor service,
                             Telemetry telemetry, Handler handler) {
        KilnRouter router = new KilnRouter() {
            @Override
            public void routing(KilnRoutes routes) {
                service.routes().forEach(r -> routes.add("GET", r.path(), handler));
            }

            @Override
            public ServiceDescriptor descriptor() {
                return service;
            }
        };
        return KilnBoot.builder(config, new ApplicationDescriptor(className, name, List.of(service), List.of()))
                .registry(registry).telemetry(telemetry).routers(List.of(router)).start();
    }

    /** A plain client made once the SDKs run, as an application's own code makes one. */
    private String plainGet(URI uri) {
        if (plain == null) {
            plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }
        return send(plain, uri).body();
    }

    static HttpResponse<String> get(URI uri) {
        return send(TEST_CLIENT, uri);
    }

    /** {@code GET /kiln/service-map} of {@code app} (with {@code query}), parsed. */
    static Map<String, Object> serviceMap(KilnHandle app, String query) {
        HttpResponse<String> response = get(app.uri().resolve("/kiln/service-map" + query));
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return JsonTree.asObject(Json.decode(JsonTree.CODEC, response.body().getBytes()));
    }

    /** The edge {@code from → to} of {@code kind} in {@code map}, or null. */
    static Map<String, Object> edge(Map<String, Object> map, String from, String to, String kind) {
        return JsonTree.asArray(map.get("edges")).stream().map(JsonTree::asObject)
                .filter(e -> from.equals(e.get("from")) && to.equals(e.get("to")) && kind.equals(e.get("kind")))
                .findFirst().orElse(null);
    }

    /** The application named {@code name} in {@code map}, or null. */
    static Map<String, Object> application(Map<String, Object> map, String name) {
        return JsonTree.asArray(map.get("applications")).stream().map(JsonTree::asObject)
                .filter(a -> name.equals(a.get("name"))).findFirst().orElse(null);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable c : List.<AutoCloseable>of(orders, inventory, catalog, ordersSdk, catalogSdk)) {
            try {
                Objects.requireNonNull(c).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A typed client's builder, as the generated ones extend it. */
    private static final class TestClientBuilder extends KilnClientBuilder<TestClientBuilder> {
        TestClientBuilder(String service) {
            super(service);
        }

        @Override
        protected TestClientBuilder self() {
            return this;
        }

        KilnHttpClient http() {
            return buildHttpClient();
        }
    }
}
