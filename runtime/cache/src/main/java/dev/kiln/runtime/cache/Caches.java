package dev.kiln.runtime.cache;

/**
 * The caches of one application graph, by name ({@code kiln.cache.*}); {@code KilnCacheModule} provides it.
 * Generated subclasses take their caches from it in their constructors.
 *
 * <pre>{@code
 * this.products = caches.cache(PRODUCTS);
 * }</pre>
 */
public final class Caches implements dev.kiln.runtime.lifecycle.Lifecycle {
    private Caches() {}

    /**
     * The cache {@code spec} names, created on first use. Specs of one name from several classes merge (a TTL or a
     * codec one of them lacks is taken from another); two that disagree fail, naming both.
     */
    public <K, V> KilnCache<K, V> cache(CacheSpec<K, V> spec) {
        throw new UnsupportedOperationException("not built yet");
    }
}
