package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link Database} method against a real database: H2 and PostgreSQL run the same tests. */
abstract class DatabaseContract {
    static final OffsetDateTime NOON = OffsetDateTime.of(2026, 3, 14, 12, 0, 0, 123_456_000, ZoneOffset.ofHours(2));

    Database database;
    TestOrders orders;

    /** {@code kiln.datasource.*} for a fresh, empty database. */
    abstract Map<String, String> config();

    abstract SqlDialect expectedDialect();

    @BeforeEach
    void start() {
        database = started(config(), 4);
        orders = new TestOrders(database);
    }

    /** A started database over {@code config}, its pool {@code maximumSize} unless the config says otherwise. */
    static Database started(Map<String, String> config, int maximumSize) {
        Map<String, String> values = new HashMap<>(config);
        values.putIfAbsent(DataSettings.MAXIMUM_SIZE, String.valueOf(maximumSize));
        Database database = Database.create(KilnConfig.of(values));
        database.start();
        return database;
    }

    @AfterEach
    void stop() {
        database.stop();
    }

    static OrderRow order(long id, String customer) {
        return new OrderRow(id, customer, new BigDecimal("19.90"), OrderRow.Status.PLACED, false, null, null, NOON);
    }

    @Test
    void theDialectComesFromTheUrl() {
        assertEquals(expectedDialect(), database.dialect());
    }

    @Test
    void flywayAppliedTheMigrationsInOrder() {
        assertEquals(0, orders.count());
        List<String> customers = database.list("customers", TestOrders.same("SELECT name FROM customers"), Binder.NONE,
                row -> row.getString(1));
        assertEquals(List.of("migrated"), customers, "V2 ran after V1 created orders");
    }

    @Test
    void valuesRoundTripWithTheirTypes() {
        UUID reference = UUID.randomUUID();
        OrderRow written = new OrderRow(1, "ada", new BigDecimal("1234567890.05"), OrderRow.Status.PAID, true, reference,
                "gift wrap", NOON);
        assertEquals(1, orders.insert(written));
        OrderRow read = orders.get(1);
        assertEquals(new BigDecimal("1234567890.05"), read.total());
        assertEquals(OrderRow.Status.PAID, read.status());
        assertTrue(read.paid());
        assertEquals(reference, read.reference());
        assertEquals("gift wrap", read.note());
        assertTrue(NOON.isEqual(read.createdAt()), () -> NOON + " vs " + read.createdAt());
        assertEquals(NOON.truncatedTo(ChronoUnit.MICROS).toInstant(), read.createdAt().toInstant());
    }

    @Test
    void nullsRoundTrip() {
        orders.insert(order(1, "ada"));
        OrderRow read = orders.get(1);
        assertNull(read.reference());
        assertNull(read.note());
        assertFalse(read.paid());
        assertTrue(orders.note(1).isEmpty(), "a single NULL column is an empty Optional");
    }

    @Test
    void optionalIsEmptyOrTheRowOrTooMany() {
        assertTrue(orders.find(1).isEmpty());
        orders.insert(order(1, "ada"));
        assertEquals("ada", orders.find(1).orElseThrow().customer());
        orders.insert(order(2, "ada"));
        ResultCountException e = assertThrows(ResultCountException.class, () -> orders.oneOf("ada"));
        assertTrue(e.getMessage().startsWith("TestOrders.oneOf: expected at most one row, got more than one"), e.getMessage());
    }

    @Test
    void oneIsExactlyOne() {
        ResultCountException none = assertThrows(ResultCountException.class, () -> orders.get(7));
        assertEquals("TestOrders.get: expected exactly one row, got 0", none.getMessage());
        assertEquals(0, none.actual());
        orders.insert(order(7, "ada"));
        assertEquals(7, orders.get(7).id());
        orders.insert(order(8, "bob"));
        ResultCountException many = assertThrows(ResultCountException.class, () -> database.one("TestOrders.any", TestOrders.ALL, Binder.NONE,
                TestOrders::map));
        assertEquals("TestOrders.any: expected exactly one row, got more than one", many.getMessage());
    }

    @Test
    void listAndUpdateCounts() {
        orders.insert(order(1, "ada"));
        orders.insert(order(2, "bob"));
        orders.insert(order(3, "ada"));
        assertEquals(List.of(1L, 3L), orders.byCustomer("ada").stream().map(OrderRow::id).toList());
        assertEquals(List.of(), orders.byCustomer("eve"));
        assertEquals(2, orders.setStatus("ada", OrderRow.Status.CANCELLED));
        assertEquals(0, orders.setStatus("eve", OrderRow.Status.CANCELLED));
        assertEquals(OrderRow.Status.CANCELLED, orders.get(3).status());
    }

    @Test
    void aStreamReadsLazilyAndReturnsItsConnectionWhenClosed() {
        for (long id = 1; id <= 600; id++) { // more than one fetch
            orders.insert(order(id, "c" + id));
        }
        assertEquals(0, database.connections().figures()[0], "nothing held between calls");
        try (Stream<OrderRow> rows = orders.all()) {
            Iterator<OrderRow> iterator = rows.iterator();
            assertEquals(1, iterator.next().id());
            assertEquals(1, database.connections().figures()[0], "the open stream holds one connection");
            assertEquals(2, iterator.next().id());
        }
        assertEquals(0, database.connections().figures()[0], "closing the stream returned it");
        try (Stream<OrderRow> rows = orders.all()) {
            assertEquals(600, rows.count());
        }
        assertEquals(0, database.connections().figures()[0]);
    }

    @Test
    void sqlErrorsNameWhereAndTheSqlState() {
        orders.insert(order(1, "ada"));
        DataAccessException duplicate = assertThrows(DataAccessException.class, () -> orders.insert(order(1, "bob")));
        assertTrue(duplicate.getMessage().startsWith("TestOrders.insert failed (SQLState 23505): "), duplicate.getMessage());
        DataAccessException syntax = assertThrows(DataAccessException.class, () -> database.update("Broken.query",
                TestOrders.same("UPDATE nowhere SET x = 1"), Binder.NONE));
        assertTrue(syntax.getMessage().startsWith("Broken.query failed (SQLState 42"), syntax.getMessage());
        assertEquals(0, database.connections().figures()[0], "a failed query returns its connection");
        assertEquals(1, orders.count(), "the pool still works");
    }

    @Test
    void theDslContextRunsDynamicQueriesInTheUrlsDialect() {
        orders.insert(order(1, "ada"));
        var dsl = database.dsl();
        assertEquals(expectedDialect() == SqlDialect.H2 ? org.jooq.SQLDialect.H2 : org.jooq.SQLDialect.POSTGRES,
                dsl.dialect());
        String customer = dsl.select(org.jooq.impl.DSL.field("customer", String.class))
                .from(org.jooq.impl.DSL.table("orders"))
                .where(org.jooq.impl.DSL.field("id", Long.class).eq(1L))
                .fetchOne(org.jooq.Record1::value1);
        assertEquals("ada", customer);
        assertEquals(0, database.connections().figures()[0], "jOOQ returned its pooled connection");
    }
}
