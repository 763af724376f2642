package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.messaging.Await;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped for real and started again on the same data directory and port, while requests keep coming:
 * readiness goes DOWN and comes back UP without restarting anything, queries fail with a 503 meanwhile and work after.
 */
class PostgresRestartTest {
    private static final int LOAD_THREADS = 4;

    @TempDir
    Path dataDirectory;

    @Test
    void readinessFlipsAndRecoversWhenPostgresStopsAndStartsUnderLoad() throws Exception {
        int port = TestPostgres.freePort();
        EmbeddedPostgres postgres = TestPostgres.startAt(dataDirectory, port);
        Database database = Database.create(KilnConfig.of(Map.of(
                DataSettings.URL, TestPostgres.urlOf(postgres, "postgres"),
                DataSettings.MAXIMUM_SIZE, "4",
                DataSettings.CONNECTION_TIMEOUT, "500ms",
                DataSettings.HEALTH_TIMEOUT, "500ms")));
        database.start();
        TestOrders orders = new TestOrders(database);
        orders.insert(DatabaseContract.order(1, "before the outage"));
        DatabaseHealthCheck health = new DatabaseHealthCheck(database);
        assertTrue(health.check().isUp());

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        try (ExecutorService load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < LOAD_THREADS; i++) {
                load.submit(() -> {
                    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos(); // bounded, whatever happens
                    while (running.get() && System.nanoTime() < deadline) {
                        try {
                            orders.find(1);
                            succeeded.incrementAndGet();
                        } catch (DataUnavailableException e) {
                            unavailable.incrementAndGet();
                        } catch (RuntimeException e) {
                            unexpected.add(e);
                        }
                    }
                });
            }
            try {
                Await.until(() -> "queries before the outage", Duration.ofSeconds(10), () -> succeeded.get() > 100);

                postgres.close(); // pg_ctl stop: the server process is gone, its clients' connections with it
                Await.until(() -> "readiness DOWN: " + health.check(), Duration.ofSeconds(20), () -> !health.check().isUp());
                HealthResult down = health.check();
                assertTrue(down.reason().startsWith("The database at jdbc:postgresql://localhost:" + port), down.reason());
                Await.until(() -> "queries answered 503", Duration.ofSeconds(10), () -> unavailable.get() > 0);
                long successesDuringOutage = succeeded.get();
                DataUnavailableException failure = org.junit.jupiter.api.Assertions.assertThrows(
                        DataUnavailableException.class, () -> orders.find(1));
                assertEquals(503, failure.problem().status());
                assertEquals(successesDuringOutage, succeeded.get(), "nothing succeeds while the database is down");

                postgres = TestPostgres.startAt(dataDirectory, port);
                Await.until(() -> "readiness UP again: " + health.check(), Duration.ofSeconds(30), () -> health.check().isUp());
                long afterRecovery = succeeded.get();
                Await.until(() -> "queries after the outage", Duration.ofSeconds(10), () -> succeeded.get() > afterRecovery + 100);
                assertEquals("before the outage", orders.find(1).map(OrderRow::customer).orElse("gone"),
                        "the same data directory: the row survived the restart");
            } finally {
                running.set(false); // before the executor's close waits for the load
            }
        } finally {
            running.set(false);
            database.stop();
            postgres.close();
        }
        assertEquals(List.of(), List.copyOf(unexpected), "every failure was a DataUnavailableException");
    }
}
