package dev.kiln.bench.cache;

import dev.kiln.Cached;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code @Cached} method {@link CacheHitBenchmark#generatedHit} calls through Kiln's generated subclass,
 * {@code ProductNamesIntercepted}, as an application's code calls it. Package-private in a package without the
 * application, so the bench application's graph leaves it out; the benchmark constructs the subclass itself.
 */
@Singleton
class ProductNames {
    static final Optional<String> NAME = Optional.of("a product");

    private final AtomicLong loads = new AtomicLong();

    @Inject
    ProductNames() {}

    /** Runs only on a miss ({@link #loads()} counts it); the cache's TTL is that of {@code caffeineSameConfig}. */
    @Cached(name = "product-names", ttl = "5m")
    public Optional<String> find(String sku) {
        loads.incrementAndGet();
        return NAME;
    }

    long loads() {
        return loads.get();
    }
}
