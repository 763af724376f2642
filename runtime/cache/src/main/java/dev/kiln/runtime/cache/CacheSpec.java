package dev.kiln.runtime.cache;

import dev.kiln.runtime.json.JsonCodec;
import java.time.Duration;
import java.util.Objects;

/**
 * What a generated subclass knows about one cache it uses, as a constant: the name, the TTL its {@code @Cached}
 * declares, and the codecs a shared store (Redis) writes keys and values with.
 *
 * <pre>{@code
 * private static final CacheSpec<String, Optional<Product>> PRODUCTS = new CacheSpec<>("products",
 *         Duration.ofMinutes(5), JsonCodecs.STRING, JsonCodecs.optional(ProductJsonCodec.INSTANCE));
 * }</pre>
 *
 * @param name       the cache's name ({@code @Cached(name)})
 * @param ttl        the TTL the cache's {@code @Cached} declares, or null (an eviction-only class, or no {@code ttl})
 * @param keyCodec   writes and reads keys (a shared store's key is the key's JSON), or null when the key type has none
 * @param valueCodec writes and reads values, or null when the value type has none (or the class only evicts)
 * @param <K> the key type: the one key parameter (boxed), or the generated key record
 * @param <V> the value type: what the cache's {@code @Cached} methods return
 */
public record CacheSpec<K, V>(String name, Duration ttl, JsonCodec<K> keyCodec, JsonCodec<V> valueCodec) {
    public CacheSpec {
        Objects.requireNonNull(name, "name");
    }
}
