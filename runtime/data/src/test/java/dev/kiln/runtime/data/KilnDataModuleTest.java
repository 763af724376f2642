package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class KilnDataModuleTest {
    private static final ApplicationDescriptor APP = new ApplicationDescriptor("com.example.OrdersApp", "orders",
            List.of(), List.of());

    /** One route that counts orders through Database, as a generated repository would. */
    private record CountRouter(TestOrders orders) implements KilnRouter {
        static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("orders", "test.Orders",
                List.of(new RouteDescriptor("GET", "/count")));

        @Override
        public ServiceDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/count", (req, res) -> Responses.text(res, 200, String.valueOf(orders.count())));
        }
    }

    @Test
    void theGraphHasOneDatabaseItsPoolTransactionsDslAndReadinessCheck() throws Exception {
        DataTestComponent graph = DaggerDataTestComponent.factory().create(KilnConfig.of(Map.of()), Telemetry.noop());
        Database database = graph.database();
        database.start();
        try {
            assertSame(database, graph.database());
            assertSame(database.transactions(), graph.transactions());
            assertSame(database.dataSource(), graph.dataSource());
            HealthCheck check = graph.healthChecks().stream().filter(c -> c.name().equals("database")).findFirst()
                    .orElseThrow();
            assertTrue(check.check().isUp());
            assertEquals(10, check.check().data().get("maximum"));

            // The DSLContext joins the calling thread's transaction: rolled back with it.
            DSLContext dsl = graph.dsl();
            Transaction transaction = graph.transactions().begin(TxType.REQUIRED);
            try {
                dsl.insertInto(table("customers")).columns(field("name")).values("in a transaction").execute();
                assertEquals(1, new TestOrders(database).database().list("names", TestOrders.same(
                        "SELECT name FROM customers WHERE name = 'in a transaction'"), Binder.NONE, r -> r.getString(1)).size(),
                        "Database and jOOQ share the transaction's connection");
            } finally {
                transaction.close(); // neither commit nor fail: rolls back
            }
            assertEquals(0, dsl.fetchCount(table("customers"), field("name").eq("in a transaction")));
        } finally {
            database.stop();
        }
    }

    @Test
    void overHttpReadinessShowsThePoolAndAnExhaustedPoolAnswersA503Problem() throws Exception {
        KilnConfig config = KilnConfig.of(Map.of("server.port", "0", DataSettings.MAXIMUM_SIZE, "1",
                DataSettings.CONNECTION_TIMEOUT, "300ms"));
        DataTestComponent graph = DaggerDataTestComponent.factory().create(config, Telemetry.noop());
        TestOrders orders = new TestOrders(graph.database());
        try (KilnHandle app = KilnBoot.builder(config, APP).lifecycle(List.of(graph.database()))
                .healthChecks(graph.healthChecks()).routers(List.of(new CountRouter(orders))).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(app.uri().resolve("/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("{\"name\":\"database\",\"status\":\"UP\",\"data\":{\"active\":0,\"idle\":1,"
                    + "\"waiting\":0,\"total\":1,\"maximum\":1}}"), ready.body());
            URI count = app.uri().resolve("/count");
            assertEquals("0", http.send(HttpRequest.newBuilder(count).build(), HttpResponse.BodyHandlers.ofString()).body());
            try (Stream<OrderRow> holding = orders.all()) {
                HttpResponse<String> busy = http.send(HttpRequest.newBuilder(count).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, busy.statusCode(), busy.body());
                assertEquals("application/problem+json", busy.headers().firstValue("Content-Type").orElse(""));
                assertTrue(busy.body().contains("\"detail\":\"The database is unavailable: no connection from pool "
                        + "'kiln.datasource' within 300ms (kiln.datasource.pool.connection-timeout)\""), busy.body());
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(count).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode(), "the pool recovered with the connection");
        }
    }

    @Test
    void aBootWithTheDatabaseDownFailsNamingTheUrl() {
        String url = "jdbc:postgresql://localhost:" + TestPostgres.freePort() + "/orders?password=never-printed";
        KilnConfig config = KilnConfig.of(Map.of("server.port", "0", DataSettings.URL, url));
        DataTestComponent graph = DaggerDataTestComponent.factory().create(config, Telemetry.noop());
        RuntimeException e = assertThrows(RuntimeException.class, () -> KilnBoot.builder(config, APP)
                .lifecycle(List.of(graph.database())).healthChecks(graph.healthChecks()).start());
        String all = messages(e);
        assertTrue(all.contains("/orders?password=*** (kiln.datasource.url) cannot be reached"), all);
        assertTrue(!all.contains("never-printed"), all);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
