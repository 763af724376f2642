package dev.kiln.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process store: the token bucket's numbers, refill, exactness under contention and bounded memory. */
class MemoryRateLimiterTest {
    private final RateLimiters limiters = RateLimiters.create(KilnConfig.of(Map.of("kiln.ratelimit.memory.max-keys", "1000")));

    @AfterEach
    void close() {
        limiters.close();
    }

    @Test
    void theRequestAfterTheLastPermitIsDeniedWithRetryAfter() {
        RateLimiter limiter = limiters.limiter("five", 5, Duration.ofSeconds(10));
        assertEquals("memory", limiters.store());
        for (int i = 0; i < 5; i++) {
            Decision decision = limiter.tryAcquire("ip:10.0.0.1");
            assertTrue(decision.allowed(), "request " + (i + 1));
            assertEquals(5, decision.limit());
            assertEquals(4 - i, decision.remaining());
            assertEquals(2L * (i + 1), decision.resetSeconds(), "each permit takes 2 s to come back");
        }
        Decision denied = limiter.tryAcquire("ip:10.0.0.1");
        assertFalse(denied.allowed());
        assertFalse(denied.storeFailed());
        assertEquals(0, denied.remaining());
        assertEquals(2L, denied.retryAfterSeconds(), "one permit comes back every 10 s / 5");
        assertEquals(10L, denied.resetSeconds());
        assertTrue(limiter.tryAcquire("ip:10.0.0.2").allowed(), "another key has its own budget");
    }

    @Test
    void permitsComeBackOverTime() throws InterruptedException {
        RateLimiter limiter = limiters.limiter("three-per-second", 3, Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("k").allowed());
        }
        assertFalse(limiter.tryAcquire("k").allowed());
        Thread.sleep(400);   // one permit (333 ms) back, not two
        assertTrue(limiter.tryAcquire("k").allowed());
        assertFalse(limiter.tryAcquire("k").allowed());
        Thread.sleep(1050);  // the whole bucket back, and no more
        Decision first = limiter.tryAcquire("k");
        assertEquals(2, first.remaining());
        assertTrue(limiter.tryAcquire("k").allowed());
        assertTrue(limiter.tryAcquire("k").allowed());
        assertFalse(limiter.tryAcquire("k").allowed());
    }

    @Test
    void eightThreadsOnOneKeyGetExactlyThePermits() throws Exception {
        // 200 per hour: one permit refills every 18 s, far longer than the test runs.
        RateLimiter limiter = limiters.limiter("contended", 200, Duration.ofHours(1));
        assertEquals(200, Concurrently.acquire(8, 500, "one-key", limiter));
        assertFalse(limiter.tryAcquire("one-key").allowed());
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfKeys() {
        RateLimiter limiter = limiters.limiter("flood", 1, Duration.ofMinutes(10));
        MemoryRateLimiter memory = assertInstanceOf(MemoryRateLimiter.class, limiter);
        for (int i = 0; i < 200_000; i++) {
            assertTrue(limiter.tryAcquire("ip:" + i).allowed());
        }
        long size = memory.size();
        assertTrue(size <= 1000, "kept " + size + " keys, more than max-keys 1000");
        assertTrue(size > 0, "kept no keys at all");
    }

    @Test
    void idleKeysAreForgottenOnceTheirBucketIsFull() throws InterruptedException {
        RateLimiter limiter = limiters.limiter("short", 2, Duration.ofMillis(200));
        MemoryRateLimiter memory = (MemoryRateLimiter) limiter;
        for (int i = 0; i < 50; i++) {
            limiter.tryAcquire("k" + i);
        }
        assertEquals(50, memory.size());
        Thread.sleep(300);
        assertEquals(0, memory.size());
        assertEquals(1, limiter.tryAcquire("k0").remaining(), "a forgotten key starts full, as it would have been");
    }

    @Test
    void badLimitsAndConfigurationAreRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> limiters.limiter("zero", 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> limiters.limiter("a:b", 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> limiters.limiter("too-fine", 2_000_000, Duration.ofSeconds(1)));
        limiters.limiter("taken", 1, Duration.ofSeconds(1));
        IllegalStateException duplicate = assertThrows(IllegalStateException.class,
                () -> limiters.limiter("taken", 1, Duration.ofSeconds(1)));
        assertTrue(duplicate.getMessage().contains("taken"), duplicate.getMessage());
        IllegalArgumentException store = assertThrows(IllegalArgumentException.class,
                () -> RateLimiters.create(KilnConfig.of(Map.of("kiln.ratelimit.store", "memcached"))));
        assertTrue(store.getMessage().contains("kiln.ratelimit.store"), store.getMessage());
        IllegalStateException unreachable = assertThrows(IllegalStateException.class,
                () -> RateLimiters.create(KilnConfig.of(Map.of("kiln.ratelimit.store", "redis",
                        "kiln.ratelimit.redis.uri", "redis://:secret@127.0.0.1:1"))));
        assertTrue(unreachable.getMessage().contains("127.0.0.1:1"), unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("secret"), "the password must not leak: " + unreachable.getMessage());
    }
}
