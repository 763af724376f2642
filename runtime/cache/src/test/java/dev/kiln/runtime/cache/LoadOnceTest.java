package dev.kiln.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.Await;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent misses of one key on one instance: the method runs once and every caller gets its outcome. The
 * method is held on a latch until all 50 callers have missed (49 wait for the first), so the test is exact.
 */
class LoadOnceTest {
    private static final int CALLERS = 50;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final LocalCache<String, String> cache = (LocalCache<String, String>) Caches
            .create(KilnConfig.of(Map.of()), Optional.empty()).cache(new CacheSpec<String, String>("products", null, null, null));
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    /** Starts the 50 callers; the first runs {@code method} (after the latch), the rest must be waiting for it. */
    private List<Future<String>> fiftyCallers(AsGenerated.Method<String> method) {
        List<Future<String>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(threads.submit(() -> AsGenerated.cached(cache, "sku-1", () -> {
                runs.incrementAndGet();
                release.await();
                return method.call();
            })));
        }
        Await.until(() -> "49 callers waiting for the first, " + cache.waiting("sku-1") + " are", WAIT,
                () -> cache.waiting("sku-1") == CALLERS - 1);
        return calls;
    }

    @Test
    void fiftyConcurrentMissesOfOneKeyRunTheMethodOnce() throws Exception {
        List<Future<String>> calls = fiftyCallers(() -> "product 1");
        release.countDown();
        for (Future<String> call : calls) {
            assertEquals("product 1", call.get());
        }
        assertEquals(1, runs.get());
        assertEquals("product 1", cache.getIfPresent("sku-1"));
        assertEquals(1, cache.statistics("memory").loads());
    }

    @Test
    void anUncheckedFailureReachesEveryWaiterAndCachesNothing() throws Exception {
        IllegalStateException failure = new IllegalStateException("database down");
        List<Future<String>> calls = fiftyCallers(() -> {
            throw failure;
        });
        release.countDown();
        for (Future<String> call : calls) {
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, call::get);
            assertSame(failure, e.getCause());
        }
        assertEquals(1, runs.get(), "the waiters got the leader's error, they did not run the method");
        assertNull(cache.getIfPresent("sku-1"), "a failing load caches nothing");
        assertEquals(1, cache.statistics("memory").loadFailures());
        assertEquals("product 1", AsGenerated.cached(cache, "sku-1", () -> "product 1"), "the next call loads");
    }

    @Test
    void aCheckedFailureMakesEachWaiterLoadForItself() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Future<String>> calls = fiftyCallers(() -> {
            if (attempts.getAndIncrement() == 0) {
                throw new IOException("first attempt failed");
            }
            return "product 1";
        });
        release.countDown();
        int failed = 0;
        for (Future<String> call : calls) {
            try {
                assertEquals("product 1", call.get());
            } catch (ExecutionException e) {
                assertInstanceOf(IOException.class, e.getCause());
                failed++;
            }
        }
        assertEquals(1, failed, "only the leader sees its checked exception");
        assertEquals(CALLERS, runs.get(), "each waiter ran the method itself");
        assertEquals("product 1", cache.getIfPresent("sku-1"));
    }
}
