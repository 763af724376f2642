package dev.kiln.runtime.cache.spi;

/**
 * One cache in a {@link CacheStore}, as the near cache calls it. Every method returns normally whatever the store
 * does: a failure is logged (and shows in {@link CacheStore#problem()}), a read that fails is
 * {@link Lookup#miss()}. Writes publish the change to every other instance's near cache.
 *
 * <pre>{@code
 * Lookup<V> found = shared.read(key);                 // near miss, once per key and instance at a time
 * if (!found.hit()) { V v = method(); shared.fill(key, v, found); }
 * shared.evict(key);                                  // @CacheEvict, and @CachePut (see LocalCache)
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface SharedCache<K, V> {

    /** The stored value, or a miss: with a lease when the store has none and no other instance is loading it. */
    Lookup<V> read(K key);

    /** Stores {@code value} if {@code lookup}'s lease still holds (no put, eviction or other fill since). */
    void fill(K key, V value, Lookup<V> lookup);

    /** Gives up {@code lookup}'s lease (the load failed, or its value is not kept), so others may fill at once. */
    void release(K key, Lookup<V> lookup);

    /** Removes {@code key} (and any lease on it) and tells the other instances. */
    void evict(K key);

    /** Makes every entry unreachable and tells the other instances. */
    void evictAll();
}
