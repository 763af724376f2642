package dev.kiln.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis store against a real Redis: the same numbers as in memory, shared by separate clients. */
class RedisRateLimiterTest {
    private static TestRedis redis;
    private static RateLimiters first;
    private static RateLimiters second;

    @BeforeAll
    static void start() {
        redis = TestRedis.start();
        first = connect();
        second = connect();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        redis.close();
    }

    /** Limiters with a Lettuce client and connection of their own, like another instance of the service. */
    private static RateLimiters connect() {
        return RateLimiters.create(KilnConfig.of(Map.of("kiln.ratelimit.store", "redis",
                "kiln.ratelimit.redis.uri", redis.uri())));
    }

    @Test
    void theRequestAfterTheLastPermitIsDeniedWithRetryAfter() {
        RateLimiter limiter = first.limiter("five", 5, Duration.ofSeconds(10));
        assertEquals("redis", first.store());
        for (int i = 0; i < 5; i++) {
            Decision decision = limiter.tryAcquire("ip:10.0.0.1");
            assertTrue(decision.allowed(), "request " + (i + 1));
            assertFalse(decision.storeFailed());
            assertEquals(4 - i, decision.remaining());
            assertEquals(2L * (i + 1), decision.resetSeconds());
        }
        Decision denied = limiter.tryAcquire("ip:10.0.0.1");
        assertFalse(denied.allowed());
        assertFalse(denied.storeFailed());
        assertEquals(5, denied.limit());
        assertEquals(0, denied.remaining());
        assertEquals(2L, denied.retryAfterSeconds());
        assertEquals(10L, denied.resetSeconds());
        assertTrue(limiter.tryAcquire("ip:10.0.0.2").allowed(), "another key has its own budget");
    }

    @Test
    void permitsComeBackOverTimeOnRedisClock() throws InterruptedException {
        RateLimiter limiter = first.limiter("three-per-second", 3, Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("k").allowed());
        }
        assertFalse(limiter.tryAcquire("k").allowed());
        Thread.sleep(400);
        assertTrue(limiter.tryAcquire("k").allowed());
        assertFalse(limiter.tryAcquire("k").allowed());
        Thread.sleep(1050);
        assertEquals(2, limiter.tryAcquire("k").remaining());
        assertTrue(limiter.tryAcquire("k").allowed());
        assertTrue(limiter.tryAcquire("k").allowed());
        assertFalse(limiter.tryAcquire("k").allowed());
    }

    @Test
    void twoClientsShareOneBudget() {
        RateLimiter mine = first.limiter("shared", 4, Duration.ofMinutes(1));
        RateLimiter theirs = second.limiter("shared", 4, Duration.ofMinutes(1));
        assertEquals(3, mine.tryAcquire("user:ada").remaining());
        assertEquals(2, theirs.tryAcquire("user:ada").remaining());
        assertEquals(1, mine.tryAcquire("user:ada").remaining());
        assertEquals(0, theirs.tryAcquire("user:ada").remaining());
        assertFalse(mine.tryAcquire("user:ada").allowed());
        assertFalse(theirs.tryAcquire("user:ada").allowed());
    }

    @Test
    void eightThreadsOverTwoClientsGetExactlyThePermits() throws Exception {
        RateLimiter mine = first.limiter("contended", 100, Duration.ofHours(1));
        RateLimiter theirs = second.limiter("contended", 100, Duration.ofHours(1));
        assertEquals(100, Concurrently.acquire(8, 40, "global", mine, theirs));
    }

    @Test
    void bucketsArePrefixedKeysThatExpireWhenFull() {
        RateLimiter limiter = first.limiter("ttl", 2, Duration.ofSeconds(4));
        limiter.tryAcquire("ip:192.0.2.1");
        String key = "kiln:rl:ttl:ip:192.0.2.1";
        long ttl = redis.inspect().pttl(key);
        assertTrue(ttl > 1000 && ttl <= 2000, "one permit used: the bucket is full again in 2 s, TTL " + ttl);
        limiter.tryAcquire("ip:192.0.2.1");
        ttl = redis.inspect().pttl(key);
        assertTrue(ttl > 3000 && ttl <= 4000, "two permits used: full again in 4 s, TTL " + ttl);
    }

    @Test
    void aFlushedScriptCacheIsReloaded() {
        RateLimiter limiter = first.limiter("flushed", 3, Duration.ofMinutes(1));
        assertEquals(2, limiter.tryAcquire("k").remaining());
        assertEquals("OK", redis.inspect().scriptFlush());
        assertEquals(1, limiter.tryAcquire("k").remaining(), "EVAL fallback keeps the state");
        assertEquals(0, limiter.tryAcquire("k").remaining(), "and EVALSHA works again");
        assertTrue(redis.inspect().scriptExists(redis.inspect().digest(RedisStore.SCRIPT)).get(0));
    }
}
