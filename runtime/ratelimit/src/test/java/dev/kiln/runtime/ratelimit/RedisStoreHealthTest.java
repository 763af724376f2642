package dev.kiln.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthKind;
import dev.kiln.runtime.health.HealthResult;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The Redis store's readiness check, as the module contributes it: DOWN naming the address during an outage. */
class RedisStoreHealthTest {

    @Test
    void theRedisStoreContributesAReadinessCheckThatFollowsTheConnection() throws InterruptedException {
        try (TestRedis redis = TestRedis.start();
             RateLimiters limiters = RateLimiters.create(KilnConfig.of(Map.of("kiln.ratelimit.store", "redis",
                     "kiln.ratelimit.redis.uri", redis.uri())))) {
            Set<HealthCheck> checks = KilnRateLimitModule_RedisHealthFactory.redisHealth(limiters);
            assertEquals(1, checks.size());
            HealthCheck check = checks.iterator().next();
            assertEquals(HealthKind.READINESS, check.kind());
            assertEquals("rate-limit-redis", check.name());
            assertTrue(check.check().isUp(), check.check().toString());

            redis.stopServer();
            HealthResult down = await(check, r -> !r.isUp());
            String address = redis.uri().substring("redis://".length());
            assertTrue(down.reason().contains(address), down.reason());

            redis.startServer();
            assertTrue(await(check, HealthResult::isUp).isUp());
        }
    }

    @Test
    void theMemoryStoreContributesNone() {
        try (RateLimiters limiters = RateLimiters.create(KilnConfig.of(Map.of()))) {
            assertTrue(KilnRateLimitModule_RedisHealthFactory.redisHealth(limiters).isEmpty());
        }
    }

    private static HealthResult await(HealthCheck check, Predicate<HealthResult> until) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        HealthResult result = check.check();
        while (!until.test(result)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("health stayed " + result);
            }
            Thread.sleep(50);
            result = check.check();
        }
        return result;
    }
}
