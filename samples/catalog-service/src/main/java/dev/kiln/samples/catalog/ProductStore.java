package dev.kiln.samples.catalog;

import dev.kiln.CacheEvict;
import dev.kiln.Cached;
import dev.kiln.samples.shop.api.Product;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Where the catalog keeps its products, standing for a database: lookups by SKU are cached ({@code products}, ten
 * minutes), and every change evicts the product it changed, so the next lookup reads it again. Each catalog instance
 * has its own products, so each keeps its own cache (the default, {@code kiln.cache.store=memory}); instances that
 * share a database would share the cache with {@code kiln.cache.store=redis} (docs/cache.md).
 */
@Singleton
class ProductStore {
    private final Map<String, Product> products = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();

    @Inject
    ProductStore() {}

    /** A product by SKU: runs only on a cache miss ({@link #reads()} counts it). */
    @Cached(name = "products", ttl = "10m")
    public Optional<Product> find(String sku) {
        reads.incrementAndGet();
        return Optional.ofNullable(products.get(sku));
    }

    /** Applies {@code change} to the product atomically; null when there is none. Evicts it (key: {@code sku}). */
    @CacheEvict(name = "products")
    public Product update(String sku, UnaryOperator<Product> change) {
        return products.computeIfPresent(sku, (key, product) -> change.apply(product));
    }

    /** Adds a product (seeding, before any lookup). */
    public void add(Product product) {
        products.put(product.sku(), product);
    }

    Collection<Product> all() {
        return products.values();
    }

    /** How many lookups reached the store (cache misses). */
    long reads() {
        return reads.get();
    }
}
