package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.testapp.FlakyServer;
import dev.kiln.runtime.testapp.HitServer;
import dev.kiln.runtime.testapp.HitsClient;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Instances that break connections: ejected, re-probed with backoff, and all tried when all are out. */
class EjectionTest {
    private final InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
    private final java.util.List<AutoCloseable> servers = new java.util.ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private FlakyServer flaky(String id) {
        FlakyServer server = FlakyServer.dropping();
        servers.add(server);
        registry.register(instance(id, server.uri()));
        return server;
    }

    private HitServer healthy() {
        HitServer server = HitServer.start("healthy");
        servers.add(server);
        registry.register(server.instance());
        return server;
    }

    private static ServiceInstance instance(String id, URI uri) {
        return ServiceInstance.of(id, "hits-app", HitServer.DESCRIPTOR, uri, InstanceStatus.UP, Instant.now());
    }

    private HitsClient client(String ejectAfter, String backoff) {
        return HitsClient.builder().config(KilnConfig.of(Map.of("kiln.clients.hits.eject-after", ejectAfter,
                "kiln.clients.hits.eject-backoff", backoff))).registry(registry).build();
    }

    @Test
    void anInstanceThatKeepsBreakingConnectionsIsEjected() {
        FlakyServer broken = flaky("broken");
        HitServer healthy = healthy();
        HitsClient client = client("2", "1m");

        for (int i = 0; i < 40; i++) {
            assertEquals("healthy", client.get(), "GETs fail over to the healthy instance");
        }

        assertEquals(2, broken.connections(), "ejected after two broken connections in a row, not tried again");
        assertEquals(40, healthy.gets());
        assertEquals(1, client.http().endpoints().healthyCount());
    }

    @Test
    void anEjectedInstanceIsReprobedAfterItsBackoffAndComesBackWhenItAnswers() throws InterruptedException {
        FlakyServer flaky = flaky("flaky");
        healthy();
        HitsClient client = client("1", "200ms");
        while (flaky.connections() == 0) {
            client.get();
        }
        assertEquals(1, client.http().endpoints().healthyCount(), "ejected after one failure");

        flaky.answering(true);
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean answered = false;
        while (!answered) {
            assertTrue(System.nanoTime() < deadline, "never re-probed");
            answered = client.get().equals("ok");
            Thread.sleep(10);
        }
        assertTrue(flaky.connections() >= 2, "re-probed once its backoff ran out");
        assertEquals(2, client.http().endpoints().healthyCount(), "a success re-admits it for good");
    }

    @Test
    void whenEveryInstanceIsEjectedAllAreTriedPanicMode() {
        FlakyServer a = flaky("a");
        FlakyServer b = flaky("b");
        HitsClient client = client("1", "1h");

        assertThrows(HttpException.class, client::get); // tries both: both break the connection, both ejected
        assertEquals(1, a.connections());
        assertEquals(1, b.connections());
        assertEquals(0, client.http().endpoints().healthyCount());

        a.answering(true);
        b.answering(true);
        assertEquals("ok", client.get(), "with every instance ejected, the client still tries them");
    }
}
