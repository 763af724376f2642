package dev.kiln.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Hits, misses, TTLs on a moved clock, the size bound, empty results, specs merged or refused, the store key. */
class CachesTest {
    private static final CacheSpec<String, Optional<String>> PRODUCTS = new CacheSpec<>("products",
            Duration.ofMinutes(5), JsonCodecs.STRING, JsonCodecs.optional(JsonCodecs.STRING));
    private final FakeTicker ticker = new FakeTicker();
    private final AtomicInteger runs = new AtomicInteger();

    private Caches caches(String... keyValues) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        return Caches.create(KilnConfig.of(config), Optional.empty(), ticker);
    }

    private Optional<String> find(KilnCache<String, Optional<String>> cache, String sku) {
        return AsGenerated.get(cache, sku, () -> {
            runs.incrementAndGet();
            return sku.startsWith("none") ? Optional.empty() : Optional.of("product " + sku);
        });
    }

    @Test
    void aMissRunsTheMethodAndAHitDoesNotUntilTheTtlHasPassed() {
        Caches caches = caches();
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);

        assertNull(products.getIfPresent("a"));
        assertEquals(Optional.of("product a"), find(products, "a"));
        assertEquals(Optional.of("product a"), find(products, "a"));
        assertEquals(1, runs.get(), "the second call is a hit");

        ticker.advance(Duration.ofMinutes(5).minusNanos(1));
        assertEquals(Optional.of("product a"), products.getIfPresent("a"), "alive until its TTL");
        ticker.advance(Duration.ofNanos(1));
        assertNull(products.getIfPresent("a"), "expired at its TTL");
        find(products, "a");
        assertEquals(2, runs.get());

        CacheStatistics stats = caches.statistics("products").orElseThrow();
        assertEquals(2, stats.loads());
        assertEquals(Duration.ofMinutes(5), stats.ttl());
        assertTrue(stats.hits() >= 2 && stats.misses() >= 3, stats.toString());
    }

    @Test
    void theConfiguredTtlWinsOverTheAnnotationAndTheDefaultIsAnHour() {
        KilnCache<String, Optional<String>> products = caches("kiln.cache.products.ttl", "10s").cache(PRODUCTS);
        find(products, "a");
        ticker.advance(Duration.ofSeconds(10));
        assertNull(products.getIfPresent("a"));

        KilnCache<String, String> plain = caches().cache(new CacheSpec<>("plain", null, null, null));
        assertEquals(Duration.ofHours(1), ((LocalCache<?, ?>) plain).ttl());
        assertEquals(Duration.ofMinutes(2),
                ((LocalCache<?, ?>) caches("kiln.cache.ttl", "2m").cache(new CacheSpec<>("plain", null, null, null))).ttl());
    }

    @Test
    void aTtlThatArrivesWithALaterSpecAppliesToEveryEntry() {
        Caches caches = caches();
        KilnCache<String, Optional<String>> evicting = caches.cache(new CacheSpec<>("products", null, JsonCodecs.STRING, null));
        find(evicting, "early");                       // written under the default TTL, 1h
        ticker.advance(Duration.ofMinutes(1));
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);
        assertSame(evicting, products, "one cache per name");
        find(products, "late");

        ticker.advance(Duration.ofMinutes(4));
        assertNull(products.getIfPresent("early"), "5m after it was written");
        assertEquals(Optional.of("product late"), products.getIfPresent("late"));
        ticker.advance(Duration.ofMinutes(1));
        assertNull(products.getIfPresent("late"));
    }

    @Test
    void specsOfOneNameThatDisagreeFailNamingBoth() {
        Caches caches = caches();
        caches.cache(PRODUCTS);
        IllegalStateException ttl = assertThrows(IllegalStateException.class, () -> caches.cache(new CacheSpec<>(
                "products", Duration.ofMinutes(10), JsonCodecs.STRING, null)));
        assertEquals("Cache 'products' is declared with two different ttls: PT5M and PT10M; every @Cached, @CachePut"
                + " and @CacheEvict of one cache must agree", ttl.getMessage());
        IllegalStateException codec = assertThrows(IllegalStateException.class, () -> caches.cache(new CacheSpec<>(
                "products", null, JsonCodecs.STRING, JsonCodecs.optional(JsonCodecs.INT))));
        assertTrue(codec.getMessage().startsWith("Cache 'products' is declared with two different value codecs: "
                + "OptionalCodec[element="), codec.getMessage());
        // The same codecs, made again by another class, agree.
        caches.cache(new CacheSpec<>("products", Duration.ofMinutes(5), JsonCodecs.STRING,
                JsonCodecs.optional(JsonCodecs.STRING)));
    }

    @Test
    void theSizeBoundHoldsPerCache() {
        Caches caches = caches("kiln.cache.max-size", "1000", "kiln.cache.small.max-size", "10");
        KilnCache<String, Optional<String>> small = caches.cache(new CacheSpec<>("small", null, null, null));
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);
        for (int i = 0; i < 500; i++) {
            find(small, "s" + i);
            find(products, "p" + i);
        }
        caches.cleanUp();
        assertEquals(10, caches.statistics("small").orElseThrow().size());
        assertEquals(10, caches.statistics("small").orElseThrow().maxSize());
        assertEquals(490, caches.statistics("small").orElseThrow().evictedBySizeOrTtl());
        assertEquals(500, caches.statistics("products").orElseThrow().size());
        Caches defaults = caches();
        defaults.cache(PRODUCTS);
        assertEquals(10_000, defaults.statistics("products").orElseThrow().maxSize());
    }

    @Test
    void emptyResultsAreCachedUnlessTurnedOffAndNullNeverIs() {
        KilnCache<String, Optional<String>> kept = caches().cache(PRODUCTS);
        find(kept, "none-1");
        find(kept, "none-1");
        assertEquals(1, runs.get(), "an empty Optional is cached by default");

        runs.set(0);
        KilnCache<String, Optional<String>> perCache = caches("kiln.cache.products.cache-empty", "false").cache(PRODUCTS);
        find(perCache, "none-1");
        find(perCache, "none-1");
        assertEquals(2, runs.get(), "kiln.cache.products.cache-empty=false");
        find(perCache, "a");
        find(perCache, "a");
        assertEquals(3, runs.get(), "present values still are");

        runs.set(0);
        KilnCache<String, Optional<String>> global = caches("kiln.cache.cache-empty", "false").cache(PRODUCTS);
        find(global, "none-2");
        find(global, "none-2");
        assertEquals(2, runs.get(), "kiln.cache.cache-empty=false");

        KilnCache<String, String> plain = caches().cache(new CacheSpec<>("plain", null, null, null));
        AtomicInteger nulls = new AtomicInteger();
        AsGenerated.get(plain, "k", () -> { nulls.incrementAndGet(); return null; });
        AsGenerated.get(plain, "k", () -> { nulls.incrementAndGet(); return null; });
        assertEquals(2, nulls.get(), "null is never cached");
        AsGenerated.get(plain, null, () -> "for a null key");
        assertNull(plain.getIfPresent(null), "a null key is never cached");
    }

    @Test
    void putStoresEvictAndEvictAllRemove() {
        Caches caches = caches();
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);
        AsGenerated.put(products, "a", () -> Optional.of("put a"));
        assertEquals(Optional.of("put a"), products.getIfPresent("a"));
        AsGenerated.put(products, "a", () -> null);
        assertNull(products.getIfPresent("a"), "a null result removes the entry");

        find(products, "b");
        find(products, "c");
        AsGenerated.evict(products, "b", () -> { });
        assertNull(products.getIfPresent("b"));
        assertEquals(Optional.of("product c"), products.getIfPresent("c"));
        assertTrue(caches.clear("products"));
        assertNull(products.getIfPresent("c"));
        assertEquals(3, caches.statistics("products").orElseThrow().evictions(), "a put of null, evict, evictAll");
    }

    @Test
    void aStoreNobodyProvidesFailsTheStartNamingWhatToAdd() {
        IllegalStateException redis = assertThrows(IllegalStateException.class, () -> caches("kiln.cache.store", "redis"));
        assertEquals("Configuration 'kiln.cache.store' is 'redis', which no cache store on the class path provides"
                + " (known here: memory); add the dependency dev.kiln:kiln-runtime-cache-redis to the application",
                redis.getMessage());
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> caches("kiln.cache.store", "hazel"));
        assertTrue(other.getMessage().endsWith("use one of those, or add the module that provides 'hazel'"),
                other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> caches("kiln.cache.products.max-size", "0").cache(PRODUCTS));
        assertThrows(IllegalArgumentException.class, () -> caches("kiln.cache.ttl", "0s"));
    }
}
