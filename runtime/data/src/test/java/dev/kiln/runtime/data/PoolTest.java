package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthResult;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pool: exhaustion, a database that is not there, what configuration is refused, what is never printed. */
class PoolTest {
    @Test
    void anExhaustedPoolAnswers503AfterTheConnectionTimeoutNotAHang() throws Exception {
        Database database = Database.create(KilnConfig.of(Map.of(DataSettings.MAXIMUM_SIZE, "2",
                DataSettings.CONNECTION_TIMEOUT, "300ms")));
        database.start();
        TestOrders orders = new TestOrders(database);
        try (Stream<OrderRow> first = orders.all(); Stream<OrderRow> second = orders.all()) {
            long start = System.nanoTime();
            DataUnavailableException e = assertThrows(DataUnavailableException.class, orders::count);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis >= 250 && tookMillis < 5_000, "waited the connection timeout: " + tookMillis + "ms");
            assertEquals(503, e.problem().status());
            assertEquals("The database is unavailable: no connection from pool 'kiln.datasource' within 300ms "
                    + "(kiln.datasource.pool.connection-timeout)", e.problem().detail());
            assertThrows(DataUnavailableException.class, () -> database.transactions().begin(TxType.REQUIRED));
            assertThrows(DataUnavailableException.class, () -> database.dsl().fetchCount(org.jooq.impl.DSL.table("orders")));
            HealthResult busy = new DatabaseHealthCheck(database).check();
            assertTrue(busy.isUp(), "busy is not unreachable: " + busy);
            assertEquals(true, busy.data().get("saturated"));
            assertEquals(2, busy.data().get("active"));
        }
        assertEquals(0, orders.count(), "the streams' connections came back");
        database.stop();
    }

    @Test
    void aDatabaseDownAtStartFailsTheStartNamingTheUrlWithoutThePassword() {
        String url = "jdbc:postgresql://localhost:" + TestPostgres.freePort() + "/orders?user=kiln&password=s3cret-pw";
        Database database = Database.create(KilnConfig.of(Map.of(DataSettings.URL, url, DataSettings.PASSWORD, "0ther-pw")));
        IllegalStateException e = assertThrows(IllegalStateException.class, database::start);
        String expected = "The database at jdbc:postgresql://localhost:" + url.split(":")[3].split("/")[0]
                + "/orders?user=kiln&password=*** (kiln.datasource.url) cannot be reached: ";
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertTrue(e.getMessage().contains("Connection to localhost:"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-pw") || e.getMessage().contains("0ther-pw"), e.getMessage());
        HealthResult health = new DatabaseHealthCheck(database).check();
        assertFalse(health.isUp());
        assertTrue(health.reason().contains("password=***"), health.reason());
        assertFalse(health.reason().contains("s3cret-pw"), health.reason());
        database.stop();
    }

    @Test
    void onlyPostgresAndH2UrlsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSettings.from(KilnConfig.of(
                Map.of(DataSettings.URL, "jdbc:mysql://db/orders?password=s3cret"))));
        assertEquals("Configuration 'kiln.datasource.url' must be a PostgreSQL (jdbc:postgresql:...) or H2 (jdbc:h2:...) "
                + "URL, but is jdbc:mysql://db/orders?password=***", e.getMessage());
    }

    @Test
    void passwordsAreRedactedWhereverAUrlCarriesThem() {
        assertEquals("jdbc:postgresql://db/orders?user=u&password=***&ssl=true",
                JdbcUrls.redact("jdbc:postgresql://db/orders?user=u&password=p4ss&ssl=true", ""));
        assertEquals("jdbc:h2:tcp://db/orders;USER=sa;PASSWORD=***", JdbcUrls.redact("jdbc:h2:tcp://db/orders;USER=sa;PASSWORD=x", ""));
        assertEquals("jdbc:postgresql://kiln:***@db/orders", JdbcUrls.redact("jdbc:postgresql://kiln:p4ss@db/orders", ""));
        DataSettings settings = DataSettings.from(KilnConfig.of(Map.of(DataSettings.URL, "jdbc:postgresql://db/x",
                DataSettings.PASSWORD, "hunter2")));
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
    }

    @Test
    void theDefaultsAreAnInMemoryH2OfItsOwnAndAFixedPool() throws Exception {
        DataSettings one = DataSettings.from(KilnConfig.of(Map.of()));
        DataSettings two = DataSettings.from(KilnConfig.of(Map.of()));
        assertTrue(one.url().startsWith("jdbc:h2:mem:kiln-") && one.url().contains(";MODE=PostgreSQL;"), one.url());
        assertTrue(one.url().endsWith(";DB_CLOSE_DELAY=-1"), one.url());
        assertFalse(one.url().equals(two.url()), "a name unique per Database");
        assertEquals(10, one.maximumSize());
        assertEquals(10, one.minimumIdle());
        assertEquals(Duration.ofSeconds(5), one.connectionTimeout());
        assertTrue(one.migrate());
        assertThrows(IllegalArgumentException.class, () -> DataSettings.from(KilnConfig.of(Map.of(
                DataSettings.CONNECTION_TIMEOUT, "100ms"))));
        assertThrows(IllegalArgumentException.class, () -> DataSettings.from(KilnConfig.of(Map.of(
                DataSettings.MAXIMUM_SIZE, "2", DataSettings.MINIMUM_IDLE, "3"))));

        // Two default databases do not see each other's data, and a stopped one's data is gone.
        Database first = new Database(one);
        Database second = new Database(two);
        first.start();
        second.start();
        new TestOrders(first).insert(DatabaseContract.order(1, "ada"));
        assertEquals(0, new TestOrders(second).count());
        first.stop();
        second.stop();
        Database again = new Database(new DataSettings(one.url(), "", "", false, 1, 1, Duration.ofSeconds(1),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)));
        again.start();
        try (Connection connection = again.dataSource().getConnection()) {
            assertFalse(connection.getMetaData().getTables(null, null, "orders", null).next(), "dropped at stop");
        }
        again.stop();
    }

    @Test
    void migrateFalseLeavesTheSchemaAlone() {
        Database database = Database.create(KilnConfig.of(Map.of(DataSettings.MIGRATE, "false")));
        database.start();
        DataAccessException e = assertThrows(DataAccessException.class, () -> new TestOrders(database).count());
        assertTrue(e.getMessage().startsWith("TestOrders.count failed (SQLState 42"), e.getMessage());
        database.stop();
        DataUnavailableException stopped = assertThrows(DataUnavailableException.class, () -> new TestOrders(database).count());
        assertEquals("The database is unavailable: the pool is closed (the application is stopping)",
                stopped.problem().detail());
    }
}
