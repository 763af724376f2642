package dev.kiln.runtime.registry.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistries;
import dev.kiln.runtime.registry.ServiceRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Redis registry against a real Redis: two registries stand for two application instances. */
class RedisServiceRegistryTest {
    private static final ServiceDescriptor PETS = new ServiceDescriptor("pets", "test.PetApi",
            List.of(new RouteDescriptor("GET", "/pets")));
    private static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void flush() {
        redis.inspect().flushall();
    }

    private static RedisServiceRegistry registry(String ttl, String heartbeat) {
        return RedisServiceRegistry.create(KilnConfig.of(Map.of("kiln.registry.redis.uri", redis.uri(),
                "kiln.registry.ttl", ttl, "kiln.registry.heartbeat", heartbeat)));
    }

    private static ServiceInstance pet(String id, int port) {
        return ServiceInstance.of(id, "petstore", PETS, URI.create("http://127.0.0.1:" + port), InstanceStatus.UP,
                Instant.now());
    }

    @Test
    void theTypeRedisIsProvidedByThisModule() {
        try (ServiceRegistry registry = ServiceRegistries.create(KilnConfig.of(Map.of("kiln.registry.type", "redis",
                "kiln.registry.redis.uri", redis.uri())))) {
            assertInstanceOf(RedisServiceRegistry.class, registry);
            assertTrue(registry.health().isUp(), registry.health().toString());
        }
    }

    @Test
    void aRegistrationIsStoredAsOneKeyWithATtlAnIndexAndTheServiceSet() {
        try (RedisServiceRegistry registry = registry("10s", "3s")) {
            ServiceInstance pet = pet("pets-1", 8081);
            registry.register(pet);

            String key = "kiln:registry:instance:pets:pets-1";
            String json = redis.inspect().get(key);
            assertTrue(json.contains("\"uri\":\"http://127.0.0.1:8081\"") && json.contains("\"status\":\"UP\""), json);
            long ttl = redis.inspect().pttl(key);
            assertTrue(ttl > 8_000 && ttl <= 10_000, "ttl " + ttl);
            assertEquals(Set.of("pets-1"), redis.inspect().smembers("kiln:registry:service:pets"));
            assertEquals(Set.of("pets"), redis.inspect().smembers("kiln:registry:services"));
            assertEquals(List.of(pet), registry.lookup("pets"));

            registry.deregister(pet);
            assertEquals(0L, redis.inspect().exists(key));
            assertEquals(Set.of(), redis.inspect().smembers("kiln:registry:service:pets"));
            assertEquals(List.of(), registry.lookup("pets"));
        }
    }

    @Test
    void otherInstancesSeeRegistrationsStatusChangesAndDeregistrationsAtOnce() throws Exception {
        // A heartbeat of 5s: anything seen sooner came by pub/sub, not by the periodic re-read.
        try (RedisServiceRegistry a = registry("15s", "5s"); RedisServiceRegistry b = registry("15s", "5s")) {
            ServiceInstance pet = pet("pets-1", 8081);
            CountDownLatch registered = new CountDownLatch(1);
            b.watch("pets", registered::countDown);

            long start = System.nanoTime();
            a.register(pet);
            assertTrue(registered.await(2, TimeUnit.SECONDS), "the watcher was told");
            long watchMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("pets-1"), b.lookup("pets").stream().map(ServiceInstance::id).toList());
            assertTrue(watchMillis < 1_000, "watch latency " + watchMillis + " ms");

            a.register(pet.withStatus(InstanceStatus.DOWN));
            Await.until("DOWN seen by b", Duration.ofSeconds(2),
                    () -> !b.lookup("pets").isEmpty() && !b.lookup("pets").getFirst().isUp());

            a.deregister(pet);
            Await.until("deregistration seen by b", Duration.ofSeconds(2), () -> b.lookup("pets").isEmpty());
            assertEquals(Map.of(), b.snapshot());
        }
    }

    @Test
    void heartbeatsKeepAnEntryAliveAndAnInstanceThatStopsBeatingExpiresWithinTtlPlusOneHeartbeat() {
        Duration ttl = Duration.ofSeconds(1);
        Duration heartbeat = Duration.ofMillis(300);
        try (RedisServiceRegistry watcher = registry("1s", "300ms")) {
            RedisServiceRegistry dying = registry("1s", "300ms");
            ServiceInstance pet = pet("pets-1", 8081);
            dying.register(pet);
            Await.until("registered", Duration.ofSeconds(2), () -> watcher.lookup("pets").size() == 1);

            // Three ttls later it is still there, renewed: its heartbeat moved on.
            Instant first = watcher.lookup("pets").getFirst().lastHeartbeat();
            Await.until("three ttls", Duration.ofSeconds(5),
                    () -> watcher.lookup("pets").getFirst().lastHeartbeat().isAfter(first.plus(ttl.multipliedBy(3))));
            assertEquals(1, watcher.lookup("pets").size());
            assertTrue(redis.inspect().pttl("kiln:registry:instance:pets:pets-1") > 0);

            dying.close(); // stops beating without deregistering, as a killed process does
            Duration gone = Await.until("expired", Duration.ofSeconds(5), () -> watcher.lookup("pets").isEmpty());
            assertTrue(gone.compareTo(ttl.plus(heartbeat).plusMillis(200)) <= 0, "gone after " + gone.toMillis() + " ms");
            assertEquals(Set.of(), redis.inspect().smembers("kiln:registry:service:pets"), "the index was cleaned");
        }
    }

    @Test
    void anUnreachableRedisFailsTheStartNamingTheAddressButNotThePassword() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closedPort = port;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RedisServiceRegistry.create(
                KilnConfig.of(Map.of("kiln.registry.redis.uri", "redis://:s3cr3t-pw@127.0.0.1:" + closedPort,
                        "kiln.registry.redis.connect-timeout", "1s"))));
        assertTrue(e.getMessage().startsWith("The service registry could not connect to Redis at 127.0.0.1:" + closedPort
                + " (kiln.registry.redis.uri)"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t-pw"), e.getMessage());
    }

    @Test
    void aHeartbeatNotShorterThanTheTtlIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry("1s", "1s"));
        assertEquals("'kiln.registry.heartbeat' (PT1S) must be shorter than 'kiln.registry.ttl' (PT1S), or entries"
                + " expire between heartbeats", e.getMessage());
    }
}
