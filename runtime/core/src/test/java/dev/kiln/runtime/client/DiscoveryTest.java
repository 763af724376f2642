package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceRegistries;
import dev.kiln.runtime.testapp.HitServer;
import dev.kiln.runtime.testapp.HitsClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typed clients without a base URI, finding real servers through an in-memory registry. */
class DiscoveryTest {
    private final InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
    private final List<HitServer> servers = new java.util.ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(HitServer::close);
    }

    private HitServer server(String name) {
        HitServer server = HitServer.start(name);
        servers.add(server);
        registry.register(server.instance());
        return server;
    }

    private HitsClient client(Map<String, String> settings) {
        return HitsClient.builder().config(KilnConfig.of(settings)).registry(registry).build();
    }

    @Test
    void withoutAUriTheClientFindsTheServiceInTheRegistryAndSpreadsCalls() {
        HitServer a = server("a");
        HitServer b = server("b");
        HitServer c = server("c");
        HitsClient client = client(Map.of());
        assertTrue(client.http().isDiscovered());

        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            answers.merge(client.get(), 1, Integer::sum);
        }

        assertEquals(300, a.gets() + b.gets() + c.gets());
        for (HitServer server : List.of(a, b, c)) {
            assertTrue(server.gets() >= 50, server.name() + " got " + server.gets() + " of 300: " + answers);
        }
    }

    @Test
    void aConfiguredUriWinsOverTheRegistry() {
        HitServer a = server("a");
        HitServer pinned = HitServer.start("pinned");
        servers.add(pinned);
        HitsClient client = client(Map.of("kiln.clients.hits.uri", pinned.uri().toString()));

        for (int i = 0; i < 5; i++) {
            assertEquals("pinned", client.get());
        }
        assertEquals(0, a.gets());
    }

    @Test
    void roundRobinTakesTurns() {
        HitServer a = server("a");
        HitServer b = server("b");
        HitServer c = server("c");
        HitsClient client = client(Map.of("kiln.clients.hits.load-balancer", "round-robin"));

        for (int i = 0; i < 30; i++) {
            client.get();
        }

        assertEquals(List.of(10, 10, 10), List.of(a.gets(), b.gets(), c.gets()));
    }

    @Test
    void anUnknownLoadBalancerNamesTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client(Map.of("kiln.clients.hits.load-balancer", "random")));
        assertEquals("Configuration 'kiln.clients.hits.load-balancer' is 'random'; expected power-of-two or round-robin",
                e.getMessage());
    }

    @Test
    void registrationsAndStatusChangesReachTheClientAtOnce() {
        HitServer a = server("a");
        HitsClient client = client(Map.of());
        assertEquals("a", client.get());

        HitServer b = server("b");
        registry.register(a.instance().withStatus(InstanceStatus.DOWN));
        for (int i = 0; i < 10; i++) {
            assertEquals("b", client.get(), "a is DOWN: only b takes calls");
        }

        registry.deregister(b.instance());
        registry.register(a.instance());
        assertEquals("a", client.get());
    }

    @Test
    void withNoUpInstanceACallIsA503NamingTheService() {
        HitServer a = server("a");
        registry.register(a.instance().withStatus(InstanceStatus.DOWN));
        HitsClient client = client(Map.of());

        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, client::get);
        assertEquals(503, e.status());
        assertEquals("hits", e.service().orElseThrow());
        assertTrue(e.problem().detail().contains("Service 'hits' has no UP instance"), e.problem().detail());
        assertEquals(0, a.gets());
    }

    @Test
    void idempotentCallsAnswered503AreRetriedOnAnotherInstance() {
        HitServer failing = server("failing").status(503);
        HitServer healthy = server("healthy");
        HitsClient client = client(Map.of());

        for (int i = 0; i < 40; i++) {
            assertEquals("healthy", client.get());
            assertEquals("healthy", client.postIdempotent());
        }
        assertTrue(failing.gets() > 0 && failing.posts() > 0, "both instances were picked first now and then");
        assertEquals(40, healthy.gets());
        assertEquals(40, healthy.posts());
    }

    @Test
    void aPostThatReachedAnInstanceIsNeverSentAgain() {
        HitServer failing = server("failing").status(503);
        HitServer healthy = server("healthy");
        HitsClient client = client(Map.of());

        int failed = 0;
        for (int i = 0; i < 40; i++) {
            try {
                assertEquals("healthy", client.post());
            } catch (ServiceUnavailableException e) {
                failed++;
            }
        }

        assertEquals(40, failing.posts() + healthy.posts(), "each POST reached exactly one instance");
        assertEquals(failing.posts(), failed, "a POST answered 503 is the caller's answer");
        assertTrue(failed > 0, "the failing instance was picked now and then");
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPost() {
        HitServer gone = server("gone");
        gone.close(); // registered, but nothing listens: connections are refused
        HitServer healthy = server("healthy");
        HitsClient client = client(Map.of("kiln.clients.hits.eject-after", "1000"));

        for (int i = 0; i < 20; i++) {
            assertEquals("healthy", client.post());
        }
        assertEquals(20, healthy.posts());
    }

    @Test
    void retriesAreBounded() {
        HitServer a = server("a").status(503);
        HitServer b = server("b").status(503);
        HitServer c = server("c").status(503);
        HitsClient client = client(Map.of("kiln.clients.hits.retries", "1"));

        assertThrows(ServiceUnavailableException.class, client::get);
        assertEquals(2, a.gets() + b.gets() + c.gets(), "one try and one retry, on two instances");
        assertTrue(a.gets() <= 1 && b.gets() <= 1 && c.gets() <= 1, "never the same instance twice");
    }

    @Test
    void theRetryBudgetStopsRetriesWhenEverythingFails() {
        HitServer a = server("a").status(503);
        HitServer b = server("b").status(503);
        HitsClient client = client(Map.of("kiln.clients.hits.retry-budget", "10"));

        for (int i = 0; i < 20; i++) {
            assertThrows(ServiceUnavailableException.class, client::get);
        }
        // 10 tokens: retries stop once 5 are gone; without the budget every call would try both instances (40).
        assertTrue(a.gets() + b.gets() <= 26, "calls: " + (a.gets() + b.gets()));
    }

    @Test
    void aStaticRegistryFromConfigurationServesDiscoveredClients() {
        HitServer a = HitServer.start("a");
        HitServer b = HitServer.start("b");
        servers.add(a);
        servers.add(b);
        KilnConfig config = KilnConfig.of(Map.of("kiln.registry.type", "static",
                "kiln.registry.static.hits", a.uri() + ", " + b.uri()));
        HitsClient client = HitsClient.builder().config(config).registry(ServiceRegistries.create(config)).build();

        for (int i = 0; i < 40; i++) {
            client.get();
        }
        assertEquals(40, a.gets() + b.gets());
        assertTrue(a.gets() > 5 && b.gets() > 5, a.gets() + " / " + b.gets());
    }

    @Test
    void theStaticPathIsUntouched() {
        HitServer a = server("a");
        KilnHttpClient http = HitsClient.builder().baseUri(a.uri()).build().http();
        assertTrue(!http.isDiscovered());
        assertSame(null, http.endpoints());
    }
}
