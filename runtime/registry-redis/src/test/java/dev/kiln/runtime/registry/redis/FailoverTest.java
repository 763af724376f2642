package dev.kiln.runtime.registry.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.testapp.HitsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failover under load: three instances registered in Redis, a discovered client calling GETs from several threads,
 * one instance dying abruptly. No call may fail; the dead instance leaves the registry within ttl + one heartbeat;
 * a new instance gets calls within one heartbeat of registering.
 */
class FailoverTest {
    private static final String TTL = "2s";
    private static final String HEARTBEAT = "300ms";
    private static final Duration TTL_PLUS_HEARTBEAT = Duration.ofMillis(2_300);
    private static TestRedis redis;
    private final List<AutoCloseable> open = new ArrayList<>();

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

    @org.junit.jupiter.api.AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private Instance instance(String name) {
        return instance(name, HEARTBEAT);
    }

    private Instance instance(String name, String heartbeat) {
        Instance instance = new Instance(name, redis.uri(), TTL, heartbeat);
        open.add(instance);
        return instance;
    }

    private RedisServiceRegistry clientRegistry() {
        return clientRegistry(HEARTBEAT);
    }

    private RedisServiceRegistry clientRegistry(String heartbeat) {
        RedisServiceRegistry registry = RedisServiceRegistry.create(KilnConfig.of(Map.of("kiln.registry.redis.uri",
                redis.uri(), "kiln.registry.ttl", TTL, "kiln.registry.heartbeat", heartbeat)));
        open.add(registry);
        return registry;
    }

    private static List<String> ids(RedisServiceRegistry registry) {
        return registry.lookup("hits").stream().map(ServiceInstance::id).sorted().toList();
    }

    @Test
    void anInstanceClosedAbruptlyUnderLoadCostsNoCall() throws Exception {
        instance("a");
        instance("b");
        Instance c = instance("c");
        RedisServiceRegistry registry = clientRegistry();
        Await.until("three instances seen", Duration.ofSeconds(3), () -> ids(registry).size() == 3);
        HitsClient client = HitsClient.builder().registry(registry).build();

        try (Load load = new Load(client, 4)) {
            Await.until("c takes calls", Duration.ofSeconds(5), () -> load.callsTo("c") > 20);

            c.close(); // no deregistration
            Duration gone = Await.until("c gone from the view", Duration.ofSeconds(5), () -> !ids(registry).contains("c"));
            System.out.println("FailoverTest: closed instance left the client's view after " + gone.toMillis()
                    + " ms (ttl " + TTL + ", heartbeat " + HEARTBEAT + "); " + load.calls() + " calls so far");
            assertTrue(gone.compareTo(TTL_PLUS_HEARTBEAT.plusMillis(200)) <= 0, "c left after " + gone.toMillis() + " ms");

            Instance d = instance("d");
            Duration reached = Await.until("d takes calls", Duration.ofSeconds(3), () -> load.callsTo("d") > 0);
            System.out.println("FailoverTest: new instance got its first call " + reached.toMillis()
                    + " ms after registering");
            assertTrue(reached.toMillis() <= 300 + 200, "d got its first call " + reached.toMillis() + " ms after registering");
            int before = load.calls();
            Await.until("more load", Duration.ofSeconds(5), () -> load.calls() > before + 200);

            load.assertNoFailure();
            assertTrue(load.callsTo("a") > 0 && load.callsTo("b") > 0 && d.server.gets() > 0);
        }
    }

    @Test
    void anInstanceThatGoesDownStopsGettingCallsAtOnceAndGetsThemBackWhenUp() throws Exception {
        Instance a = instance("a");
        instance("b");
        RedisServiceRegistry registry = clientRegistry("1900ms"); // a slow re-read: what is seen at once came by pub/sub
        Await.until("two instances seen", Duration.ofSeconds(3), () -> ids(registry).size() == 2);
        HitsClient client = HitsClient.builder().registry(registry).build();

        try (Load load = new Load(client, 2)) {
            Await.until("a takes calls", Duration.ofSeconds(5), () -> load.callsTo("a") > 20);
            a.registry.register(a.server.instance().withStatus(dev.kiln.runtime.registry.InstanceStatus.DOWN));
            Await.until("a DOWN in the client's view", Duration.ofMillis(1_000),
                    () -> registry.lookup("hits").stream().anyMatch(i -> i.id().equals("a") && !i.isUp()));
            int aCalls = a.server.gets();
            int total = load.calls();
            Await.until("more calls", Duration.ofSeconds(5), () -> load.calls() > total + 200);
            assertTrue(a.server.gets() <= aCalls + 2, "a DOWN instance gets no new calls (at most those in flight)");

            a.registry.register(a.server.instance());
            int back = a.server.gets();
            Await.until("a takes calls again", Duration.ofSeconds(1), () -> a.server.gets() > back);
            load.assertNoFailure();
        }
    }

    @Test
    void aSeparateProcessKilledWithSigkillCostsNoCall() throws Exception {
        instance("a");
        instance("b");
        Process killed = InstanceProcess.start(redis.uri(), "killed", TTL, HEARTBEAT);
        open.add(killed::destroyForcibly);
        RedisServiceRegistry registry = clientRegistry();
        Await.until("three instances seen", Duration.ofSeconds(3), () -> ids(registry).size() == 3);
        HitsClient client = HitsClient.builder().registry(registry).build();

        try (Load load = new Load(client, 4)) {
            Await.until("the process takes calls", Duration.ofSeconds(5), () -> load.callsTo("killed") > 20);

            killed.destroyForcibly(); // SIGKILL: no shutdown hook, no deregistration
            killed.waitFor();
            Duration gone = Await.until("gone from the view", Duration.ofSeconds(5),
                    () -> !ids(registry).contains("killed"));
            System.out.println("FailoverTest: SIGKILLed process left the client's view after " + gone.toMillis()
                    + " ms (ttl " + TTL + ", heartbeat " + HEARTBEAT + "); " + load.calls() + " calls so far");
            assertTrue(gone.compareTo(TTL_PLUS_HEARTBEAT.plusMillis(200)) <= 0, "left after " + gone.toMillis() + " ms");
            int before = load.calls();
            Await.until("more load", Duration.ofSeconds(5), () -> load.calls() > before + 200);

            load.assertNoFailure();
        }
    }

    @Test
    void aRedisOutageUnderLoadKeepsCallsWorkingAndRegistrationComesBack() throws Exception {
        // The client re-reads far more often than the instances renew: after Redis comes back empty it reads an
        // empty registry several times before they have written their entries again, and must keep its view.
        Instance a = instance("a", "700ms");
        Instance b = instance("b", "700ms");
        RedisServiceRegistry registry = clientRegistry("50ms");
        Await.until("two instances seen", Duration.ofSeconds(3), () -> ids(registry).size() == 2);
        HitsClient client = HitsClient.builder().registry(registry).build();

        try (Load load = new Load(client, 4)) {
            Await.until("calls", Duration.ofSeconds(5), () -> load.calls() > 100);

            redis.stopServer();
            Await.until("registry health DOWN", Duration.ofSeconds(5), () -> !registry.health().isUp());
            String address = redis.uri().substring("redis://".length());
            assertTrue(registry.health().reason().contains(address), registry.health().reason());
            Await.until("instances' health DOWN", Duration.ofSeconds(5), () -> !a.registry.health().isUp());
            int during = load.calls();
            Await.until("calls on the last known view", Duration.ofSeconds(5), () -> load.calls() > during + 200);
            assertEquals(List.of("a", "b"), ids(registry), "the last known view is kept");

            redis.startServer(); // empty: every entry went with the old server
            Await.until("registry health UP", Duration.ofSeconds(10), () -> registry.health().isUp());
            Await.until("the instances registered again", Duration.ofSeconds(10),
                    () -> redis.inspect().exists("kiln:registry:instance:hits:a", "kiln:registry:instance:hits:b") == 2);
            // Health turns UP when the write that put the entry back has returned: just after the key appears.
            Await.until("instances' health UP", Duration.ofSeconds(5),
                    () -> a.registry.health().isUp() && b.registry.health().isUp());
            int after = load.calls();
            Await.until("calls after the outage", Duration.ofSeconds(5), () -> load.calls() > after + 200);

            load.assertNoFailure();
            assertEquals(List.of("a", "b"), ids(registry));
        }
        // A newcomer reads the registry from Redis alone: both are there again.
        try (RedisServiceRegistry fresh = RedisServiceRegistry.create(KilnConfig.of(Map.of("kiln.registry.redis.uri",
                redis.uri())))) {
            assertEquals(List.of("a", "b"), ids(fresh));
        }
    }
}
