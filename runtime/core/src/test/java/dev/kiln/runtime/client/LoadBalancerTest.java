package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.webclient.api.WebClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pick itself, on endpoints whose in-flight counts the test sets. */
class LoadBalancerTest {
    private static final ServiceDescriptor HITS = new ServiceDescriptor("hits", "test.HitsApi",
            List.of(new RouteDescriptor("GET", "/hit")));

    static DiscoveredEndpoints endpoints(int count, LoadBalancing balancing) {
        InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
        for (int i = 0; i < count; i++) {
            registry.register(ServiceInstance.of("i" + i, "hits-app", HITS, URI.create("http://127.0.0.1:" + (10_000 + i)),
                    InstanceStatus.UP, Instant.now()));
        }
        WebClient web = WebClient.builder().build();
        DiscoverySettings settings = new DiscoverySettings(balancing, 2, 100, 3, Duration.ofSeconds(1),
                Duration.ofSeconds(30));
        return new DiscoveredEndpoints("hits", registry, settings,
                instance -> new KilnHttpClient("hits", instance.uri(), web, null, null, Telemetry.noop())).watch();
    }

    @Test
    void powerOfTwoNeverPicksTheBusiestOfThree() {
        DiscoveredEndpoints endpoints = endpoints(3, LoadBalancing.POWER_OF_TWO);
        Endpoint busy = endpoints.endpoints()[1];
        for (int i = 0; i < 5; i++) {
            busy.begin();
        }
        Map<Endpoint, Integer> picks = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            Endpoint picked = endpoints.pick();
            assertNotSame(busy, picked, "two distinct candidates: the busy one always loses");
            picks.merge(picked, 1, Integer::sum);
        }
        // The two idle ones share the load.
        assertEquals(2, picks.size());
        picks.values().forEach(n -> assertTrue(n > 1_000, "picks: " + picks));
    }

    @Test
    void powerOfTwoSpreadsEvenlyWhenLoadIsEqual() {
        DiscoveredEndpoints endpoints = endpoints(4, LoadBalancing.POWER_OF_TWO);
        Map<Endpoint, Integer> picks = new HashMap<>();
        for (int i = 0; i < 4_000; i++) {
            picks.merge(endpoints.pick(), 1, Integer::sum);
        }
        assertEquals(4, picks.size());
        picks.values().forEach(n -> assertTrue(n > 800 && n < 1_200, "picks: " + picks));
    }

    @Test
    void roundRobinCyclesWhateverTheLoad() {
        DiscoveredEndpoints endpoints = endpoints(3, LoadBalancing.ROUND_ROBIN);
        endpoints.endpoints()[0].begin(); // load does not matter to round-robin
        Endpoint[] picks = new Endpoint[9];
        for (int i = 0; i < picks.length; i++) {
            picks[i] = endpoints.pick();
        }
        assertEquals(3, java.util.Set.of(picks[0], picks[1], picks[2]).size(), "three different instances in turn");
        for (int i = 3; i < picks.length; i++) {
            assertSame(picks[i % 3], picks[i], "then the same turn again");
        }
    }

    @Test
    void aPickForARetryNeverRepeatsAnInstance() {
        DiscoveredEndpoints endpoints = endpoints(3, LoadBalancing.POWER_OF_TWO);
        for (int i = 0; i < 200; i++) {
            Endpoint a = endpoints.pick();
            Endpoint b = endpoints.pickOther(List.of(a));
            Endpoint c = endpoints.pickOther(List.of(a, b));
            assertNotSame(a, b);
            assertNotSame(a, c);
            assertNotSame(b, c);
            assertEquals(null, endpoints.pickOther(List.of(a, b, c)));
        }
    }

    @Test
    void ejectionDoublesAndIsCapped() {
        DiscoverySettings settings = new DiscoverySettings(LoadBalancing.POWER_OF_TWO, 2, 100, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertEquals(1_000_000_000L, settings.ejectionNanos(1));
        assertEquals(2_000_000_000L, settings.ejectionNanos(2));
        assertEquals(4_000_000_000L, settings.ejectionNanos(3));
        assertEquals(5_000_000_000L, settings.ejectionNanos(4));
        assertEquals(5_000_000_000L, settings.ejectionNanos(80));
    }
}
