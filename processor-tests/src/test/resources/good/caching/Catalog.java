package caching;

import dev.kiln.CacheEvict;
import dev.kiln.CacheKey;
import dev.kiln.CachePut;
import dev.kiln.Cached;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Every shape of cache method, with a transaction on the same class. */
@Singleton
public class Catalog {
    private final String region;

    @Inject
    Catalog(String region) {
        this.region = region;
    }

    @Cached(name = "products", ttl = "5m")
    public Optional<Product> find(String sku) {
        return Optional.empty();
    }

    @Cached(name = "prices", ttl = "90s")
    public long price(@CacheKey String sku, @CacheKey int quantity, String requestId) throws IOException {
        return quantity * 100L;
    }

    @Cached(name = "categories")
    List<String> categories() {
        return List.of(region);
    }

    @CachePut(name = "products")
    @Transactional
    public Product rename(@CacheKey String sku, String name) {
        return new Product(sku, name, 0);
    }

    @CacheEvict(name = "products")
    @Transactional
    public void delete(String sku, Optional<String> reason) {}

    @CacheEvict(name = "prices")
    public int reprice(String sku, int quantity, long cents) {
        return 1;
    }

    @CacheEvict(name = "prices", allEntries = true)
    public void repriceAll() {}

    @Cached(name = "stock")
    public int stock(long warehouse) {
        return 0;
    }
}
