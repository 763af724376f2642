package dev.kiln.runtime.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.messaging.Await;
import io.lettuce.core.KillArgs;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cache is an optimisation, never an outage: a lost subscription clears the near caches, Redis stopped means
 * every call runs its method (no exception, nothing cached, readiness UP but "degraded"), and everything comes back
 * without a restart.
 */
class RedisOutageTest extends TwoInstances {
    @Test
    void aKilledSubscriptionClearsTheNearCachesUntilItIsBack() {
        a.find("sku-1");
        b.find("sku-1");
        assertEquals("old", a.products.getIfPresent("sku-1"));

        redis.inspect().clientKill(KillArgs.Builder.typePubsub());
        Await.until("A's near cache cleared", WAIT, () -> a.products.getIfPresent("sku-1") == null);
        Await.until("B's near cache cleared", WAIT, () -> b.products.getIfPresent("sku-1") == null);
        Await.until("subscribed again", WAIT, () -> a.degraded() == null && b.degraded() == null);

        int runs = a.runs.get();
        assertEquals("old", a.find("sku-1"), "read from Redis");
        assertEquals("old", a.products.getIfPresent("sku-1"), "near caching is on again");
        assertEquals(runs, a.runs.get());
        b.rename("sku-1", "new");
        Await.until("invalidations flow again", WAIT, () -> a.products.getIfPresent("sku-1") == null);
    }

    @Test
    void whileRedisIsStoppedEveryCallRunsItsMethodAndAllRecoversWithoutARestart() {
        a.find("sku-1");
        redis.stopServer();
        Await.until("A knows Redis is away", WAIT, () -> a.degraded() != null);
        HealthResult health = a.caches.healthCheck().check();
        assertTrue(health.isUp(), "a cache outage does not take the instance out of service");
        assertTrue(String.valueOf(health.data().get("degraded")).startsWith("Redis at 127.0.0.1:"), health.toString());
        assertNull(a.products.getIfPresent("sku-1"), "near caching is off");

        int runs = a.runs.get();
        for (int i = 0; i < 3; i++) {
            assertEquals("old", a.find("sku-1"), "answered by the method");
        }
        assertEquals(runs + 3, a.runs.get(), "nothing cached while Redis is away");
        a.rename("sku-1", "renamed while away");
        a.update("sku-1", "updated while away");
        a.products.evictAll();
        assertEquals("updated while away", a.find("sku-1"), "no exception reaches the caller");

        redis.startServer();
        Await.until("A subscribed again", WAIT, () -> a.degraded() == null);
        Await.until("B subscribed again", WAIT, () -> b.degraded() == null);
        runs = a.runs.get();
        a.find("sku-1");
        assertEquals("updated while away", a.find("sku-1"));
        assertEquals(runs + 1, a.runs.get(), "cached again");
        assertEquals("updated while away", b.find("sku-1"));
    }

    @Test
    void anEvictionThatCouldNotReachRedisIsSentAgainWhenItAnswers() {
        try (Instance c = new Instance(redis, database, "250ms")) {
            c.find("sku-1");
            String key = "kiln:cache:products:\"sku-1\"";
            assertEquals(1L, redis.inspect().exists(key), "Redis holds the value");
            database.put("sku-1", "new");

            redis.inspect().clientPause(1_500);         // every command waits: C's eviction times out (250ms)
            c.products.evict("sku-1");
            assertEquals(1L, redis.inspect().exists(key), "the eviction did not reach Redis");
            Await.until("C's next command reaches Redis and the lost eviction is sent again", WAIT, () -> {
                c.find("sku-2");
                return redis.inspect().exists(key) == 0;
            });
        }
        assertEquals("new", b.find("sku-1"), "B does not read the value that was evicted while Redis was paused");
    }

    @Test
    void aSpecWithoutAKeyCodecFailsNamingTheCache() {
        Caches caches = Caches.create(KilnConfig.of(Map.of("kiln.cache.store", "redis", "kiln.cache.redis.uri",
                redis.uri())), Optional.empty());
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> caches.cache(new CacheSpec<String, String>("prices", null, null, null)));
            assertEquals("Cache 'prices' has no JSON codec for its key, which kiln.cache.store=redis needs to name"
                    + " entries in the shared store", e.getMessage());
        } finally {
            caches.stop();
        }
    }

    @Test
    void anUnreachableRedisAtStartFailsTheStartNamingTheAddressNotThePassword() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Caches.create(KilnConfig.of(Map.of(
                "kiln.cache.store", "redis", "kiln.cache.redis.uri", "redis://:s3cret@127.0.0.1:1",
                "kiln.cache.redis.connect-timeout", "1s")), Optional.empty()));
        assertTrue(e.getMessage().startsWith("The cache could not connect to Redis at 127.0.0.1:1 (kiln.cache.redis.uri)"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    }
}
