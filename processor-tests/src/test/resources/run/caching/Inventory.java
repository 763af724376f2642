package runcaching;

import dev.kiln.CacheEvict;
import dev.kiln.Cached;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often its cached method really runs; its loads can be held at a gate. */
@Singleton
public class Inventory {
    final AtomicInteger loads = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);

    @Inject
    Inventory() {}

    @Cached(name = "stock", ttl = "1h")
    public int stock(String sku) {
        loads.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return sku.length();
    }

    /** Calls the cached method twice on itself: through the generated subclass, the second call is a hit. */
    public int stockTwice(String sku) {
        return stock(sku) + stock(sku);
    }

    @Transactional
    @CacheEvict(name = "stock")
    public void sell(String sku, boolean fail) {
        if (fail) {
            throw new IllegalStateException("rolled back");
        }
    }
}
