package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.cache.AsGenerated;
import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.cache.KilnCache;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.ratelimit.TestRedis;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One application instance on the shared Redis: its {@link Caches} and the "as generated" calls of a product
 * service over a database shared by every instance (a map): {@code @Cached find}, {@code @CacheEvict rename},
 * {@code @CachePut update}.
 */
final class Instance implements AutoCloseable {
    static final CacheSpec<String, String> PRODUCTS = new CacheSpec<>("products", Duration.ofMinutes(5),
            JsonCodecs.STRING, JsonCodecs.STRING);

    final Caches caches;
    final KilnCache<String, String> products;
    final AtomicInteger runs = new AtomicInteger();
    private final Map<String, String> database;

    /**
     * Commands wait up to 5 s here, not the default 250 ms: on a loaded test machine a slow command would otherwise
     * count as Redis failing, and the near cache would rightly keep nothing.
     */
    Instance(TestRedis redis, Map<String, String> database) {
        this(redis, database, "5s");
    }

    Instance(TestRedis redis, Map<String, String> database, String timeout) {
        this.database = database;
        this.caches = Caches.create(KilnConfig.of(Map.of("kiln.cache.store", "redis", "kiln.cache.redis.uri",
                redis.uri(), "kiln.cache.redis.timeout", timeout)), Optional.empty());
        this.products = caches.cache(PRODUCTS);
    }

    static Map<String, String> database() {
        return new ConcurrentHashMap<>();
    }

    String find(String sku) {
        return AsGenerated.get(products, sku, () -> {
            runs.incrementAndGet();
            return database.get(sku);
        });
    }

    void rename(String sku, String name) {
        AsGenerated.evict(products, sku, () -> database.put(sku, name));
    }

    String update(String sku, String name) {
        return AsGenerated.put(products, sku, () -> {
            database.put(sku, name);
            return name;
        });
    }

    /** The {@code cache} readiness check's "degraded" data, or null. */
    Object degraded() {
        return caches.healthCheck().check().data().get("degraded");
    }

    @Override
    public void close() {
        caches.stop();
    }
}
