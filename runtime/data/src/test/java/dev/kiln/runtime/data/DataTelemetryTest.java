package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.Publisher;
import dev.kiln.runtime.messaging.Subscription;
import dev.kiln.runtime.messaging.TestTelemetry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spans and metrics of the data runtime on real databases: a CLIENT span per statement with the SQL's placeholders
 * (never a value), inside the span of the consumer that ran it; the duration histogram; the HikariCP pool's series.
 */
class DataTelemetryTest {
    private static final AttributeKey<String> STATE = AttributeKey.stringKey("db.client.connection.state");
    private static final AttributeKey<String> POOL = AttributeKey.stringKey("db.client.connection.pool.name");

    private final TestTelemetry telemetry = new TestTelemetry();
    private Database database;

    @AfterEach
    void stop() {
        if (database != null) {
            database.stop();
        }
        telemetry.close();
    }

    private TestOrders started(String url, Telemetry of) {
        database = Database.create(KilnConfig.of(Map.of("kiln.datasource.url", url,
                DataSettings.MAXIMUM_SIZE, "3")), of);
        database.start();
        return new TestOrders(database);
    }

    @Test
    void aQueryInAConsumerIsAClientSpanOfItsTraceWithThePlaceholdersNotTheValues() {
        String url = TestPostgres.newDatabase();
        TestOrders orders = started(url, telemetry.telemetry);
        orders.insert(DatabaseContract.order(42, "ann"));
        telemetry.spans.reset();

        Messaging messaging = Messaging.create(KilnConfig.of(Map.of()), "billing", Clock.systemUTC());
        messaging.telemetry(telemetry.telemetry);
        List<Optional<OrderRow>> found = new java.util.concurrent.CopyOnWriteArrayList<>();
        var dispatcher = messaging.dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> found.add(orders.find(event.orderId()))));
        dispatcher.start();
        try {
            Publisher publisher = messaging.events("orders");
            publisher.publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(42, "ann", 1), null);
            SpanData query = telemetry.one("SELECT orders");
            SpanData process = telemetry.one("process orders");
            assertEquals(SpanKind.CLIENT, query.getKind());
            assertEquals(process.getTraceId(), query.getTraceId());
            assertEquals(process.getSpanId(), query.getParentSpanId(), "the repository's span is the consumer's child");
            Attributes attributes = query.getAttributes();
            assertEquals("postgresql", attributes.get(AttributeKey.stringKey("db.system.name")));
            assertEquals(TestOrders.FIND.postgres(), attributes.get(AttributeKey.stringKey("db.query.text")));
            assertTrue(attributes.get(AttributeKey.stringKey("db.query.text")).endsWith("WHERE id = ?"));
            assertFalse(attributes.get(AttributeKey.stringKey("db.query.text")).contains("42"), "never a value");
            assertEquals("SELECT", attributes.get(AttributeKey.stringKey("db.operation.name")));
            assertEquals("orders", attributes.get(AttributeKey.stringKey("db.collection.name")));
            assertEquals("SELECT orders", attributes.get(AttributeKey.stringKey("db.query.summary")));
            assertEquals("TestOrders.find", attributes.get(AttributeKey.stringKey("code.function.name")));
            URI server = URI.create(url.substring("jdbc:".length()));
            assertEquals(server.getHost(), attributes.get(AttributeKey.stringKey("server.address")));
            assertEquals((long) server.getPort(), attributes.get(AttributeKey.longKey("server.port")));
            assertEquals(server.getPath().substring(1), attributes.get(AttributeKey.stringKey("db.namespace")));
            assertEquals(1L, attributes.get(AttributeKey.longKey("db.response.returned_rows")));
            assertEquals(1, found.size());
        } finally {
            dispatcher.stop();
            messaging.stop();
        }
    }

    @Test
    void aFailedStatementIsAnErrorSpanWithTheSqlState() {
        TestOrders orders = started(TestPostgres.newDatabase(), telemetry.telemetry);
        Sql missing = new Sql("SELECT x FROM nowhere", "SELECT x FROM nowhere", "SELECT", "nowhere");
        assertThrows(DataAccessException.class,
                () -> orders.database().list("Broken.read", missing, Binder.NONE, row -> row.getString(1)));
        SpanData span = telemetry.one("SELECT nowhere");
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals(DataAccessException.class.getName(), span.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals("42P01", span.getAttributes().get(AttributeKey.stringKey("db.response.status_code")));
        Collection<MetricData> metrics = telemetry.collect();
        assertEquals(1L, TestTelemetry.value(metrics, "db.client.operation.duration",
                AttributeKey.stringKey("error.type"), DataAccessException.class.getName()));
    }

    @Test
    void onH2TheSpanNamesTheDatabaseAndTheDurationAndPoolAreMeasured() {
        TestOrders orders = started("jdbc:h2:mem:telemetry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", telemetry.telemetry);
        orders.insert(DatabaseContract.order(1, "ann"));
        orders.insert(DatabaseContract.order(2, "ann"));
        assertEquals(2, orders.byCustomer("ann").size());
        try (var rows = orders.all()) {
            assertEquals(2, rows.count());
        }

        SpanData list = telemetry.named("SELECT orders").getFirst();
        assertEquals("h2", list.getAttributes().get(AttributeKey.stringKey("db.system.name")));
        assertEquals("telemetry", list.getAttributes().get(AttributeKey.stringKey("db.namespace")));
        assertEquals(2L, list.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")));
        assertEquals(2, telemetry.named("INSERT orders").size());
        assertEquals(2, telemetry.named("SELECT orders").size(), "the list and the stream");

        Collection<MetricData> metrics = telemetry.collect();
        assertEquals(2L, TestTelemetry.value(metrics, "db.client.operation.duration",
                AttributeKey.stringKey("db.operation.name"), "INSERT"));
        assertEquals(3L, TestTelemetry.value(metrics, "db.client.connection.max", POOL, "kiln.datasource"));
        assertEquals(0L, TestTelemetry.value(metrics, "db.client.connection.pending_requests", POOL, "kiln.datasource"));
        assertEquals(0L, TestTelemetry.value(metrics, "db.client.connection.count", STATE, "used"));
        assertNotNull(TestTelemetry.value(metrics, "db.client.connection.count", STATE, "idle"));
        assertTrue(TestTelemetry.value(metrics, "db.client.connection.wait_time", POOL, "kiln.datasource")
                .longValue() >= 4, "a wait per borrow");
        assertTrue(TestTelemetry.value(metrics, "db.client.connection.use_time", POOL, "kiln.datasource")
                .longValue() >= 4, "a use per borrow");
    }

    @Test
    void aBorrowedConnectionCountsAsUsed() throws Exception {
        TestOrders orders = started("jdbc:h2:mem:telemetry-used;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                telemetry.telemetry);
        try (var connection = orders.database().dataSource().getConnection()) {
            assertNotNull(connection);
            // HikariCP refreshes its PoolStats at most once a second; the first read after a borrow is fresh.
            assertEquals(1L, TestTelemetry.value(telemetry.collect(), "db.client.connection.count", STATE, "used"));
        }
    }

    @Test
    void kilnDataModuleHandsTheGraphsTelemetryToTheDatabase() {
        DataTestComponent graph = DaggerDataTestComponent.factory().create(KilnConfig.of(Map.of()), telemetry.telemetry);
        database = graph.database();
        database.start();
        new TestOrders(database).count();
        assertEquals(SpanKind.CLIENT, telemetry.one("SELECT orders").getKind());
    }
}
