package dev.kiln.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.runtime.config.KilnConfig;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A value computed from data read before an eviction must not outlive it. Each race is played in one order with
 * latches: the method reads "old", the data changes and the key is evicted, then the method returns.
 */
class StalePutTest {
    private final KilnCache<String, String> cache = Caches.create(KilnConfig.of(Map.of()), Optional.empty())
            .cache(new CacheSpec<String, String>("products", null, null, null));
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicReference<String> database = new AtomicReference<>("old");
    private final CountDownLatch read = new CountDownLatch(1);
    private final CountDownLatch changed = new CountDownLatch(1);

    @AfterEach
    void stop() {
        changed.countDown();
        threads.shutdownNow();
    }

    /** The method: reads the database, then waits until the test has changed it. */
    private String slowRead() throws InterruptedException {
        String value = database.get();
        read.countDown();
        changed.await();
        return value;
    }

    private void changeAndEvict() throws InterruptedException {
        read.await();
        AsGenerated.evict(cache, "sku-1", () -> database.set("new"));
    }

    @Test
    void aLoadThatReadBeforeAnEvictionKeepsNothing() throws Exception {
        Future<String> load = threads.submit(() -> AsGenerated.cached(cache, "sku-1", this::slowRead));
        changeAndEvict();
        changed.countDown();
        assertEquals("old", load.get(), "the caller gets what its method returned");
        assertNull(cache.getIfPresent("sku-1"), "but it is not cached");
        assertEquals("new", AsGenerated.get(cache, "sku-1", database::get));
    }

    @Test
    void aPutComputedBeforeAnEvictionEvictsInstead() throws Exception {
        Future<String> put = threads.submit(() -> AsGenerated.put(cache, "sku-1", this::slowRead));
        changeAndEvict();
        changed.countDown();
        assertEquals("old", put.get());
        assertNull(cache.getIfPresent("sku-1"));
        assertEquals(2, ((LocalCache<?, ?>) cache).statistics("memory").evictions(), "the eviction, and the put");
    }

    @Test
    void aPutMovesTheVersionSoThatALoadThatReadBeforeItKeepsNothing() throws Exception {
        Future<String> load = threads.submit(() -> AsGenerated.cached(cache, "sku-1", this::slowRead));
        read.await();
        AsGenerated.put(cache, "sku-1", () -> {
            database.set("new");
            return "new";
        });
        changed.countDown();
        assertEquals("old", load.get());
        assertEquals("new", cache.getIfPresent("sku-1"), "the put's value stays");
    }

    @Test
    void aCallerAfterAnEvictionDoesNotWaitForALoadThatBeganBeforeIt() throws Exception {
        Future<String> early = threads.submit(() -> AsGenerated.cached(cache, "sku-1", this::slowRead));
        changeAndEvict();
        CompletableFuture<String> late = CompletableFuture.supplyAsync(
                () -> AsGenerated.get(cache, "sku-1", database::get), threads);
        assertEquals("new", late.get(20, TimeUnit.SECONDS), "loaded itself while the early load is still held");
        changed.countDown();
        assertEquals("old", early.get());
        assertEquals("new", cache.getIfPresent("sku-1"));
    }
}
