package dev.kiln.runtime.cache.spi;

import java.util.Optional;

/**
 * A store shared by every instance of an application (Redis), behind the Caffeine near cache of each
 * {@link dev.kiln.runtime.cache.KilnCache}. The near cache stays the hit path; the store is asked on a near miss
 * (once per key and instance at a time), told of every put and eviction, and tells the near caches what other
 * instances changed. A store never throws at a cache's caller: an unreachable store reads as a miss without a
 * lease, and {@link #problem()} says why.
 *
 * <pre>{@code
 * SharedCache<String, Optional<Product>> shared = store.cache(near);   // once per cache name
 * Lookup<Optional<Product>> found = shared.read("sku-1");
 * }</pre>
 */
public interface CacheStore extends AutoCloseable {

    /** The {@code kiln.cache.store} it answers ({@code redis}). */
    String type();

    /**
     * The shared side of the cache {@code near} is the local side of: called once per cache name, before any
     * value is read or written. The store calls {@code near} back with other instances' changes and when it can
     * no longer promise to deliver them ({@link NearCache#nearCaching}).
     */
    <K, V> SharedCache<K, V> cache(NearCache<K, V> near);

    /** Where the store is ({@code host:port}, never a password), for health and {@code /kiln/caches}. */
    String address();

    /** Why the store cannot be relied on now (unreachable, not subscribed to invalidations), or empty. */
    Optional<String> problem();

    /** Closes its connections. */
    @Override
    void close();
}
