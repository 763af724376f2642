package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.BadGatewayException;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.GatewayTimeoutException;
import dev.kiln.runtime.http.InternalServerErrorException;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.NotFoundException;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemError;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Color;
import dev.kiln.runtime.testapp.Line;
import dev.kiln.runtime.testapp.NewOrder;
import dev.kiln.runtime.testapp.Order;
import dev.kiln.runtime.testapp.OrderApiClient;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.http.Method;
import dev.kiln.runtime.http.KilnRoutes;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written client of the generated shape against the hand-written router, over real HTTP. */
class TypedClientTest {
    private static KilnHandle app;
    private static OrderApiClient orders;

    /** Serves the order routes under /api, and a route that answers with a plain-text error. */
    private static final class GatewayRouter implements KilnRouter {
        private final OrderApiRouter inner;

        GatewayRouter(OrderService service) {
            inner = new OrderApiRouter(service);
        }

        @Override
        public ServiceDescriptor descriptor() {
            return new ServiceDescriptor("gateway", "test.Gateway", List.of(new RouteDescriptor("GET", "/plain-error")));
        }

        @Override
        public void routing(KilnRoutes routes) {
            inner.routing(routes.under("/api"));
            routes.add("GET", "/plain-error", (req, res) -> res.status(502).send("upstream broke"));
        }
    }

    @BeforeAll
    static void start() {
        OrderService service = new OrderService();
        app = TestApps.start(Map.of(), List.of(), List.of(new OrderApiRouter(service), new GatewayRouter(service)));
        orders = OrderApiClient.create(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static NewOrder newOrder(String customer, Color color) {
        return new NewOrder(customer, Optional.of("note for " + customer), List.of(new Line("A-1", 2), new Line("B-2", 1)), color);
    }

    @Test
    void roundTripsRecordsListsAndOptionals() {
        Order created = orders.create(newOrder("grace", Color.BLUE));
        assertEquals("grace", created.customer());
        assertEquals(List.of(new Line("A-1", 2), new Line("B-2", 1)), created.lines());
        assertEquals(Optional.of("note for grace"), created.note());

        assertEquals(Optional.of(created), orders.find(created.id()));
        assertEquals(created, orders.get(created.id()));
        assertEquals(Optional.empty(), orders.find(987654));

        orders.create(newOrder("grace", Color.RED));
        List<Order> graces = orders.list(Optional.of("grace"), 20, List.of());
        assertEquals(2, graces.size());
        assertEquals(List.of(created), orders.list(Optional.of("grace"), 20, List.of(Color.BLUE)));
        assertEquals(1, orders.list(Optional.of("grace"), 1, List.of()).size());
    }

    @Test
    void encodesPathSegmentsAndQueryValues() {
        // No '/': Helidon decodes the path before matching, so an encoded slash splits the segment.
        String odd = "a b?c#d%e+f&g=ü;h";
        Order created = orders.create(newOrder(odd, Color.GREEN));
        assertEquals(List.of(created), orders.byCustomer(odd));
        assertEquals(List.of(created), orders.list(Optional.of(odd), 20, List.of()));
    }

    @Test
    void voidTextAndBytes() {
        Order created = orders.create(newOrder("text", Color.RED));
        assertEquals("één", orders.appendNote(created.id(), "één"));
        assertEquals("één\ntwee", orders.appendNote(created.id(), "twee"));
        byte[] content = {1, 2, 3, (byte) 0xFE};
        assertArrayEquals("none".getBytes(StandardCharsets.UTF_8), orders.attachment(created.id(), content));
        assertArrayEquals(content, orders.attachment(created.id(), new byte[0]));
        orders.cancel(created.id(), Optional.of("test"));
        assertEquals(Optional.empty(), orders.find(created.id()));
    }

    @Test
    void errorStatusesBecomeTheirExceptionTypesWithTheProblem() {
        NotFoundException notFound = assertThrows(NotFoundException.class, () -> orders.get(424242));
        assertEquals(404, notFound.status());
        assertEquals(Optional.of("orders"), notFound.service());
        assertEquals("No order 424242", notFound.problem().detail());
        assertEquals("/orders/424242/strict", notFound.problem().instance());

        BadRequestException invalid = assertThrows(BadRequestException.class,
                () -> orders.create(new NewOrder(" ", Optional.empty(), List.of(), Color.RED)));
        assertEquals(400, invalid.status());
        assertEquals(List.of(ProblemError.pointer("/customer", "must not be blank")), invalid.problem().errors());

        NotFoundException cancelMissing = assertThrows(NotFoundException.class,
                () -> orders.cancel(999999, Optional.empty()));
        assertEquals(404, cancelMissing.status());

        InternalServerErrorException boom = assertThrows(InternalServerErrorException.class, orders::boom);
        assertEquals(500, boom.status());
        assertNotNull(boom.problem().errorId());
        assertFalse(boom.getMessage().contains("hunter2"));
    }

    @Test
    void nonProblemBodiesAreSynthesisedIntoProblems() {
        KilnHttpClient http = KilnHttpClient.create("gateway", app.uri());
        BadGatewayException e = assertThrows(BadGatewayException.class,
                () -> http.call(Method.GET, "/plain-error").send().text(200));
        assertEquals(502, e.status());
        assertEquals("Bad Gateway", e.problem().title());
        assertEquals("Service 'gateway' answered GET /plain-error with 502 Bad Gateway: upstream broke", e.problem().detail());
    }

    @Test
    void unknownRouteIsNotMistakenForAnEmptyOptional() {
        OrderApiClient wrongBase = OrderApiClient.create(app.uri().resolve("/not-the-api"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> wrongBase.find(1));
        assertEquals(Problem.NO_ROUTE, e.problem().type());
        assertTrue(e.problem().detail().startsWith("No route serves GET /not-the-api/orders/1"), e.problem().detail());
    }

    @Test
    void baseUriWithPathPrefix() {
        OrderApiClient viaGateway = OrderApiClient.create(URI.create(app.uri() + "/api/"));
        Order created = viaGateway.create(newOrder("prefixed", Color.RED));
        assertEquals(Optional.of(created), viaGateway.find(created.id()));
        assertEquals(created, viaGateway.get(created.id()));
    }

    @Test
    void unreachableServiceIs503NamingServiceAndUri() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> OrderApiClient.create(nowhere).find(1));
        assertEquals(503, e.status());
        assertEquals(Optional.of("orders"), e.service());
        assertTrue(e.problem().detail().startsWith("Service 'orders' could not be reached at " + nowhere), e.problem().detail());
        assertNotNull(e.getCause());
    }

    @Test
    void readTimeoutIs504() {
        OrderApiClient impatient = OrderApiClient.builder()
                .config(KilnConfig.of(Map.of("kiln.clients.orders.uri", app.uri().toString(),
                        "kiln.clients.orders.read-timeout", "200ms")))
                .build();
        GatewayTimeoutException e = assertThrows(GatewayTimeoutException.class, () -> impatient.slow(1200));
        assertEquals(Optional.of("orders"), e.service());
        assertEquals("slept 10", impatient.slow(10));
    }

    @Test
    void configRequiresTheUriKeyUnlessARegistryIsGiven() {
        // Without the key a client may still find its service in a registry: build() refuses when neither is set.
        OrderApiClient.Builder configured = OrderApiClient.builder().config(KilnConfig.of(Map.of()));
        IllegalStateException missing = assertThrows(IllegalStateException.class, configured::build);
        assertTrue(missing.getMessage().contains("'kiln.clients.orders.uri'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("KILN_CLIENTS_ORDERS_URI"), missing.getMessage());

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> OrderApiClient.builder().config(KilnConfig.of(Map.of("kiln.clients.orders.uri", "localhost:8080"))));
        assertTrue(bad.getMessage().contains("kiln.clients.orders.uri"), bad.getMessage());

        IllegalStateException unset = assertThrows(IllegalStateException.class, () -> OrderApiClient.builder().build());
        assertTrue(unset.getMessage().contains("kiln.clients.orders.uri"), unset.getMessage());
    }

    @Test
    void segmentEncodesEverythingButUnreserved() {
        assertEquals("a%20b%2Fc%3F%C3%BC~._-", ClientCall.segment("a b/c?ü~._-"));
        assertEquals("plain", ClientCall.segment("plain"));
    }
}
