package dev.kiln.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.client.ClientCredentials;
import dev.kiln.runtime.http.ConflictException;
import dev.kiln.runtime.http.UnauthorizedException;
import dev.kiln.runtime.http.UnprocessableEntityException;
import dev.kiln.samples.catalog.KilnCatalogApp;
import dev.kiln.samples.orders.KilnOrdersApp;
import dev.kiln.samples.shop.api.CatalogApiClient;
import dev.kiln.samples.shop.api.Category;
import dev.kiln.samples.shop.api.NewOrder;
import dev.kiln.samples.shop.api.Order;
import dev.kiln.samples.shop.api.OrderApiClient;
import dev.kiln.samples.shop.api.OrderStatus;
import dev.kiln.samples.shop.api.Product;
import dev.kiln.samples.shop.client.StockReport;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two shop applications on ephemeral ports: orders calls the catalog through its generated client. */
class ShopEndToEndTest {
    private static KilnHandle catalog;
    private static KilnHandle orders;
    private static OrderApiClient orderClient;
    private static CatalogApiClient catalogClient;

    @BeforeAll
    static void start() {
        // KilnConfig.of reads no application.yaml: the stock keeper's key (as the catalog's YAML has it) is given here.
        catalog = KilnCatalogApp.start(KilnConfig.of(Map.of(
                "server.port", "0",
                "kiln.security.api-key.keys.stock-keeper.hash",
                "sha256$23b28f02aacfaede6f6e46a7957bd72bf42f650a9adf80028273301f6ca780fc",
                "kiln.security.api-key.keys.stock-keeper.roles", "stock-keeper")));
        orders = KilnOrdersApp.start(KilnConfig.of(Map.of(
                "server.port", "0",
                "kiln.clients.catalog.uri", catalog.uri().toString())));
        orderClient = OrderApiClient.create(orders.uri());
        catalogClient = CatalogApiClient.create(catalog.uri());
    }

    @AfterAll
    static void stop() {
        if (orders != null) {
            orders.close();
        }
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void placingAnOrderPricesAndReservesThroughTheCatalog() {
        int stockBefore = catalogClient.find("GD-104").orElseThrow().inStock();

        Order order = orderClient.create(new NewOrder("ada", List.of(new NewOrder.OrderLine("GD-104", 2))));

        assertEquals("ada", order.customer());
        assertEquals(OrderStatus.PLACED, order.status());
        assertEquals("Copper watering can", order.lines().get(0).name());
        assertEquals(new BigDecimal("49.00"), order.total());
        assertEquals(stockBefore - 2, catalogClient.find("GD-104").orElseThrow().inStock());
        assertEquals(Optional.of(order), orderClient.get(order.id()));
    }

    @Test
    void catalogRefusalsAreRelayedAsProblems() {
        ConflictException tooMany = assertThrows(ConflictException.class, () ->
                orderClient.create(new NewOrder("bob", List.of(new NewOrder.OrderLine("KT-230", 99)))));
        assertTrue(tooMany.problem().detail().contains("KT-230"), tooMany.problem().detail());

        UnprocessableEntityException unknown = assertThrows(UnprocessableEntityException.class, () ->
                orderClient.create(new NewOrder("bob", List.of(new NewOrder.OrderLine("NOPE", 1)))));
        assertTrue(unknown.problem().detail().startsWith("Line for NOPE rejected by the catalog: "),
                unknown.problem().detail());
    }

    @Test
    void cancelSetsTheReasonFromTheHeader() {
        Order order = orderClient.create(new NewOrder("cy", List.of(new NewOrder.OrderLine("BK-001", 1))));
        orderClient.cancel(order.id(), Optional.of("changed my mind"));
        Order cancelled = orderClient.get(order.id()).orElseThrow();
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(Optional.of("changed my mind"), cancelled.cancelReason());
        assertEquals(Optional.empty(), orderClient.get(987_654L));
    }

    @Test
    void restockingIsForStockKeepersOnly() {
        // The rule is declared in shop-api, checked by the router the catalog service generated.
        assertThrows(UnauthorizedException.class, () -> catalogClient.restock("BK-001", 5, null));
        CatalogApiClient wrongKey = CatalogApiClient.builder().baseUri(catalog.uri())
                .credentials(ClientCredentials.apiKey("X-API-Key", "not-the-key")).build();
        assertThrows(UnauthorizedException.class, () -> wrongKey.restock("BK-001", 5, null));
        CatalogApiClient keeper = CatalogApiClient.builder().baseUri(catalog.uri())
                .credentials(ClientCredentials.apiKey("X-API-Key", "sample-stock-key")).build();
        int before = catalogClient.find("BK-001").orElseThrow().inStock();

        Product restocked = keeper.restock("BK-001", 5, null);

        assertEquals(before + 5, restocked.inStock());
    }

    @Test
    void aClientOnlyConsumerCallsTheCatalogThroughTheApiJar() {
        String report = StockReport.of(catalogClient);
        assertTrue(report.contains("Cast iron skillet"), report);
        assertEquals(3, report.lines().count(), report);
    }

    @Test
    void listFiltersByEnumQueryParameter() {
        List<Product> books = catalogClient.list(Optional.of(Category.BOOKS));
        assertEquals(List.of("BK-001"), books.stream().map(Product::sku).toList());
        assertEquals(3, catalogClient.list(Optional.empty()).size());
    }

    @Test
    void badInputIsAProblemNamingTheParameter() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(orders.uri() + "/orders/abc")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("'id'"), response.body());
    }

    @Test
    void anUnreachableCatalogIsA503NamingItWithoutItsAddress() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (KilnHandle lonely = KilnOrdersApp.start(KilnConfig.of(Map.of(
                "server.port", "0",
                "kiln.clients.catalog.uri", "http://127.0.0.1:" + closedPort)))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(lonely.uri() + "/orders"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"customer\":\"dee\",\"lines\":[{\"sku\":\"BK-001\",\"quantity\":1}]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("Service 'catalog', which this request depends on, could not be reached"),
                    response.body());
            assertTrue(response.body().contains("\"errorId\""), response.body());
            assertTrue(!response.body().contains(Integer.toString(closedPort)), "no internal address: " + response.body());
        }
    }

    /**
     * The catalog's lookups go through ProductStore's @Cached find: a second read of a product is a hit, and a
     * reservation evicts it, so the next read shows the new stock (not the cached one).
     */
    @Test
    void productLookupsAreCachedAndAReservationEvictsTheProduct() throws Exception {
        catalogClient.find("KT-230");
        long[] before = productsCache();
        int stock = catalogClient.find("KT-230").orElseThrow().inStock();
        long[] after = productsCache();
        assertEquals(before[0] + 1, after[0], "the second read is a hit");
        assertEquals(before[1], after[1], "and not a miss");

        orderClient.create(new NewOrder("eve", List.of(new NewOrder.OrderLine("KT-230", 1))));
        assertEquals(stock - 1, catalogClient.find("KT-230").orElseThrow().inStock(), "the reservation evicted it");
    }

    /** {hits, misses} of the catalog's products cache, from GET /kiln/caches/products. */
    private static long[] productsCache() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(catalog.uri() + "/kiln/caches/products")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new long[] {number(response.body(), "hits"), number(response.body(), "misses")};
    }

    private static long number(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theServiceMapShowsTheTypedCallSeenAndTheRepositoryWithItsTables() throws Exception {
        orderClient.create(new NewOrder("grace", List.of(new NewOrder.OrderLine("GD-104", 1))));

        String map = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(orders.uri()
                + "/kiln/service-map")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        // From the processor's registry resource: the typed client with its interface's routes, the repository.
        assertTrue(map.contains("\"clients\":[{\"service\":\"catalog\",\"routes\":[{\"method\":"), map);
        assertTrue(map.contains("\"repositories\":[{\"name\":\"OrderRepository\",\"tables\":[\""), map);
        // From the spans: the generated client's calls, on the edge the graph declares.
        assertTrue(map.contains("{\"from\":\"orders\",\"to\":\"catalog\",\"kind\":\"http\",\"declared\":true,"
                + "\"seen\":true,\"drift\":null,\"calls\":"), map);
        // The repository's queries, by the table their spans name.
        assertTrue(map.contains("{\"from\":\"orders\",\"to\":\"table:orders\",\"kind\":\"database\",\"declared\":true,"
                + "\"seen\":true,"), map);
        // OrderPlaced goes out through the outbox of the order's transaction: Kiln's own table, declared, not drift.
        assertTrue(map.contains("{\"from\":\"orders\",\"to\":\"table:kiln_outbox\",\"kind\":\"database\","
                + "\"declared\":true,\"seen\":true,\"drift\":null,"), map);
        String catalogMap = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(catalog.uri()
                + "/kiln/service-map?scope=local")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(catalogMap.contains("\"caches\":[\"products\"]"), catalogMap);
    }

    @Test
    void theRegistryKnowsBothSidesOfTheCall() {
        assertEquals(List.of("catalog"), KilnOrdersApp.DESCRIPTOR.clients());
        assertEquals("orders", KilnOrdersApp.DESCRIPTOR.services().get(0).name());
        assertEquals(1, orders.registry().lookup("orders").size());
    }
}
