package dev.kiln.runtime.cache.spi;

import dev.kiln.runtime.json.JsonCodec;
import java.time.Duration;

/**
 * The local side of one cache, as its {@link CacheStore} sees it: what it needs to write keys and values, and what
 * it calls when other instances change entries or when it may have missed such a change.
 *
 * <pre>{@code
 * // a message "products, key \"sku-1\"" from another instance
 * near.invalidate(Json.decode(near.keyCodec(), keyJson));
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface NearCache<K, V> {

    /** The cache's name. */
    String name();

    /** Writes and reads keys. */
    JsonCodec<K> keyCodec();

    /** Writes and reads values; null while only specs without one (an evicting class's) have been merged. */
    JsonCodec<V> valueCodec();

    /** The cache's TTL now (a later {@code @Cached} may set it): what an entry written now lives for in the store. */
    Duration ttl();

    /** Another instance put or evicted {@code key}: drops it here, and any load of it in progress keeps nothing. */
    void invalidate(K key);

    /** Another instance evicted every entry, or this store may have missed messages: drops every entry here. */
    void invalidateAll();

    /**
     * Turns near caching off (every entry dropped, every read a miss, nothing kept) while the store cannot deliver
     * other instances' changes, and on again once it can; turning it on drops every entry once more, as a load that
     * read the store before then may have missed a change.
     */
    void nearCaching(boolean on);
}
