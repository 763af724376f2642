package dev.kiln.runtime.cache;

/**
 * One named cache of an application, as generated subclasses call it ({@link Caches#cache} gives it). Keys compare
 * by {@code equals}; values are never null. See {@code docs/cache.md} for what each call guarantees.
 *
 * <pre>{@code
 * // @Cached
 * Optional<Product> cached = this.products.getIfPresent(key);
 * if (cached != null) return cached;
 * CacheLoad<Optional<Product>> load = this.products.load(key); ...     // see CacheLoad
 * // @CachePut
 * long version = this.products.version(key);
 * Product result = super.update(sku, change);
 * this.products.put(key, Optional.ofNullable(result), version);
 * // @CacheEvict
 * super.rename(sku, name);
 * this.products.evict(key);                 // or evictAll()
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface KilnCache<K, V> {

    /** The cache's name. */
    String name();

    /**
     * The value cached on this instance for {@code key}, or null: a miss, or the calling thread's transaction has
     * evicted or put {@code key} (it must not read the value it is replacing). Never blocks, never calls a store.
     */
    V getIfPresent(K key);

    /** Starts a miss of {@code key}: see {@link CacheLoad}. May wait for another caller's load of the same key. */
    CacheLoad<V> load(K key);

    /** The version of {@code key} now, taken before a {@code @CachePut} method runs and given back to {@link #put}. */
    long version(K key);

    /**
     * Stores {@code value} under {@code key} if it has not been evicted since {@code version} was taken (else evicts
     * it); a null value evicts. Inside a transaction, after it commits (never on rollback).
     */
    void put(K key, V value, long version);

    /** Removes {@code key}: at once, or after the calling thread's transaction commits (never on rollback). */
    void evict(K key);

    /** Removes every entry, like {@link #evict} for each key. */
    void evictAll();
}
