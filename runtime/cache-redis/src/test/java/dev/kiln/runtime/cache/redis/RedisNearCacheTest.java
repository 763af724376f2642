package dev.kiln.runtime.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.cache.AsGenerated;
import dev.kiln.runtime.messaging.Await;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two application instances on one real Redis: shared values, invalidations, leases. */
class RedisNearCacheTest extends TwoInstances {
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aValueLoadedOnOneInstanceIsReadFromRedisByTheOther() {
        assertEquals("old", a.find("sku-1"));
        assertEquals("0|\"old\"", redis.inspect().get("kiln:cache:products:\"sku-1\""), "epoch 0, the value's JSON");
        assertTrue(redis.inspect().pttl("kiln:cache:products:\"sku-1\"") > 290_000, "PX = the cache's TTL, 5m");
        assertEquals("old", b.find("sku-1"));
        assertEquals(0, b.runs.get(), "B read Redis, its method did not run");
        assertEquals("old", b.products.getIfPresent("sku-1"), "and keeps it in its near cache");
    }

    @Test
    void anEvictionOnOneInstanceMakesTheOtherReloadAndThePropagationDelayIsMeasured() {
        long[] delays = new long[200];
        for (int i = 0; i < delays.length; i++) {
            String name = "name " + i;
            assertEquals(i == 0 ? "old" : "name " + (i - 1), b.find("sku-1"));
            assertTrue(b.products.getIfPresent("sku-1") != null, "B holds it in its near cache");
            long start = System.nanoTime();
            a.rename("sku-1", name);
            long deadline = start + WAIT.toNanos();
            while (b.products.getIfPresent("sku-1") != null) {
                assertTrue(System.nanoTime() < deadline, "B never heard of the eviction");
                LockSupport.parkNanos(20_000);
            }
            delays[i] = System.nanoTime() - start;
            assertEquals(name, b.find("sku-1"), "B's next read reloads");
        }
        Arrays.sort(delays);
        System.out.printf("Eviction on A to B's near cache dropping it, over %d evictions: p50 %.3f ms, p99 %.3f ms,"
                + " max %.3f ms%n", delays.length, delays[delays.length / 2] / 1e6,
                delays[delays.length * 99 / 100] / 1e6, delays[delays.length - 1] / 1e6);
    }

    @Test
    void aPutOnOneInstanceIsWhatTheOtherReadsNext() {
        assertEquals("old", b.find("sku-1"));
        int runs = b.runs.get();
        a.update("sku-1", "new");
        Await.until("B's near cache dropped the old value", WAIT, () -> b.products.getIfPresent("sku-1") == null);
        assertEquals(0L, redis.inspect().exists("kiln:cache:products:\"sku-1\""),
                "a put is not written to Redis, it removes the key there");
        assertEquals("new", b.find("sku-1"));
        assertEquals(runs + 1, b.runs.get(), "B loads it");
        assertEquals("new", a.products.getIfPresent("sku-1"), "A keeps its own put");
    }

    /**
     * A put computed from data read before another instance's eviction (B changed the data and evicted while A's
     * method ran) must not outlive that eviction anywhere: Redis never holds it, and A drops it when B's invalidation
     * arrives.
     */
    @Test
    void aPutComputedBeforeAnotherInstancesEvictionNeverReachesTheOthers() {
        long version = a.products.version("sku-1");        // A's @CachePut method begins and reads "stale"
        b.rename("sku-1", "fresh");                           // B changes the data and evicts
        a.products.put("sku-1", "stale", version);            // A's method returns what it read
        Await.until("B's eviction reached A", WAIT, () -> !"stale".equals(a.products.getIfPresent("sku-1")));
        assertEquals(0L, redis.inspect().exists("kiln:cache:products:\"sku-1\""), "Redis holds no stale value");
        assertEquals("fresh", b.find("sku-1"));
        assertEquals("fresh", a.find("sku-1"));
    }

    @Test
    void evictAllOnOneInstanceMakesEveryOlderValueUnreachable() {
        database.put("sku-2", "two");
        a.find("sku-1");
        a.find("sku-2");
        b.find("sku-1");
        a.products.evictAll();
        Await.until("B's near cache dropped everything", WAIT, () -> b.products.getIfPresent("sku-1") == null);
        database.put("sku-2", "two, renamed");
        assertEquals("two, renamed", b.find("sku-2"), "the old value is still in Redis but of an older epoch");
        assertEquals("1", redis.inspect().get("kiln:cache:products:epoch"));
        assertEquals("1|\"two, renamed\"", redis.inspect().get("kiln:cache:products:\"sku-2\""));
    }

    @Test
    void aLoadThatReadBeforeAnEvictionOnAnotherInstanceFillsNothing() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch evicted = new CountDownLatch(1);
        Future<String> slow = threads.submit(() -> AsGenerated.cached(a.products, "sku-1", () -> {
            String value = database.get("sku-1");
            read.countDown();
            evicted.await();
            return value;
        }));
        read.await();
        assertTrue(redis.inspect().get("kiln:cache:products:\"sku-1\"").startsWith("~"), "A holds the lease");
        assertEquals("old", b.find("sku-1"), "B finds A's lease: it runs its method");
        assertTrue(redis.inspect().get("kiln:cache:products:\"sku-1\"").startsWith("~"), "and fills nothing");

        b.rename("sku-1", "new");
        evicted.countDown();
        assertEquals("old", slow.get(), "A's caller gets what A read");
        assertNull(redis.inspect().get("kiln:cache:products:\"sku-1\""), "the eviction killed the lease: no fill");
        Await.until("A's near cache holds nothing stale", WAIT, () -> a.products.getIfPresent("sku-1") == null);
        assertEquals("new", a.find("sku-1"));
        assertEquals("new", b.find("sku-1"));
    }

    @Test
    void fiftyConcurrentMissesOnOneInstanceReadRedisOnceAndRunTheMethodOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<?>[] calls = new Future<?>[50];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = threads.submit(() -> AsGenerated.cached(a.products, "sku-1", () -> {
                a.runs.incrementAndGet();
                release.await();
                return database.get("sku-1");
            }));
        }
        Await.until("the first caller is loading", WAIT, () -> a.runs.get() == 1);
        release.countDown();
        for (Future<?> call : calls) {
            assertEquals("old", call.get());
        }
        assertEquals(1, a.runs.get());
    }
}
