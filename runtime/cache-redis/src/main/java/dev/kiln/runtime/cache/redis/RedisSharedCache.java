package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.cache.spi.Lookup;
import dev.kiln.runtime.cache.spi.NearCache;
import dev.kiln.runtime.cache.spi.SharedCache;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonDecodeException;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One cache in Redis: keys {@code kiln:cache:<name>:<key JSON>}, values in the cache's generated codecs, every
 * call one script ({@link CacheScripts}). A failed command never reaches the caller: a read is a miss without a
 * lease (the method runs, nothing is filled), a lost eviction is sent again later.
 */
final class RedisSharedCache<K, V> implements SharedCache<K, V> {
    private static final System.Logger LOGGER = System.getLogger(RedisSharedCache.class.getName());

    /** A load's right to fill: its token and the epoch it was taken in. */
    private record Lease(String token, String epoch) {}

    private final RedisCacheStore store;
    private final NearCache<K, V> near;
    private final String prefix;
    private final String epochKey;

    RedisSharedCache(RedisCacheStore store, NearCache<K, V> near) {
        this.store = store;
        this.near = near;
        this.prefix = "kiln:cache:" + near.name() + ":";
        this.epochKey = prefix + "epoch";
    }

    NearCache<K, V> near() {
        return near;
    }

    @Override
    public Lookup<V> read(K key) {
        String token = store.token();
        String json = keyJson(key);
        List<String> reply;
        try {
            reply = store.eval(CacheScripts.READ, ScriptOutputType.MULTI, new String[] {prefix + json, epochKey},
                    token, Long.toString(store.settings().lease().toMillis()));
        } catch (RuntimeException e) {
            store.failed("reading cache " + near.name(), e);
            return Lookup.miss();
        }
        return switch (reply.getFirst()) {
            case "hit" -> decoded(key, reply.get(1));
            case "lease" -> Lookup.lease(new Lease(token, reply.get(1)));
            default -> Lookup.miss(); // another instance's load holds the lease: load, but leave the filling to it
        };
    }

    private Lookup<V> decoded(K key, String value) {
        try {
            return Lookup.hit(Json.decode(valueCodec(), value.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonDecodeException e) {
            // Written by another version of the application, say: drop it, so that the next load fills it anew.
            LOGGER.log(System.Logger.Level.WARNING, () -> "Evicting an unreadable entry of cache " + near.name()
                    + ": " + e.getMessage());
            evict(key);
            return Lookup.miss();
        }
    }

    @Override
    public void fill(K key, V value, Lookup<V> lookup) {
        if (!(lookup.lease() instanceof Lease lease)) {
            return;
        }
        String[] keys = {prefix + keyJson(key), epochKey};
        String encoded = valueJson(value);
        try {
            store.eval(CacheScripts.FILL, ScriptOutputType.INTEGER, keys, lease.token(), lease.epoch(), encoded,
                    ttlMillis());
        } catch (RuntimeException e) {
            store.failed("filling cache " + near.name(), e);
        }
    }

    @Override
    public void release(K key, Lookup<V> lookup) {
        if (!(lookup.lease() instanceof Lease lease)) {
            return;
        }
        try {
            store.eval(CacheScripts.RELEASE, ScriptOutputType.INTEGER, new String[] {prefix + keyJson(key)},
                    "~" + lease.token());
        } catch (RuntimeException e) {
            store.failed("releasing a lease of cache " + near.name(), e); // it expires by itself
        }
    }

    @Override
    public void evict(K key) {
        evictAgain(keyJson(key));
    }

    /** Evicts the key whose JSON is {@code json}; remembered for later when Redis does not answer. */
    void evictAgain(String json) {
        try {
            store.eval(CacheScripts.EVICT, ScriptOutputType.INTEGER, new String[] {prefix + json},
                    RedisCacheStore.CHANNEL, invalidation(json));
        } catch (RuntimeException e) {
            store.failed("evicting from cache " + near.name(), e);
            store.lostEviction(near.name(), json);
        }
    }

    @Override
    public void evictAll() {
        evictAllAgain();
    }

    void evictAllAgain() {
        try {
            store.eval(CacheScripts.EVICT_ALL, ScriptOutputType.INTEGER, new String[] {epochKey},
                    RedisCacheStore.CHANNEL, invalidation(null));
        } catch (RuntimeException e) {
            store.failed("evicting every entry of cache " + near.name(), e);
            store.lostEviction(near.name(), null);
        }
    }

    /** Another instance changed {@code keyJson} (null: every entry). */
    void invalidated(String keyJson) {
        if (keyJson == null) {
            near.invalidateAll();
            return;
        }
        K key;
        try {
            key = Json.decode(near.keyCodec(), keyJson.getBytes(StandardCharsets.UTF_8));
        } catch (JsonDecodeException | IllegalStateException e) {
            near.invalidateAll(); // a key this version cannot read: drop everything rather than keep it stale
            return;
        }
        near.invalidate(key);
    }

    private String invalidation(String keyJson) {
        return new Invalidation(store.origin(), near.name(), keyJson).json();
    }

    private String keyJson(K key) {
        return new String(Json.encode(near.keyCodec(), key), StandardCharsets.UTF_8);
    }

    private String valueJson(V value) {
        return new String(Json.encode(valueCodec(), value), StandardCharsets.UTF_8);
    }

    private JsonCodec<V> valueCodec() {
        JsonCodec<V> codec = near.valueCodec();
        if (codec == null) {
            throw new IllegalStateException("Cache '" + near.name() + "' has no JSON codec for its values, which "
                    + "kiln.cache.store=redis needs: only classes that evict from it have used it");
        }
        return codec;
    }

    private String ttlMillis() {
        return Long.toString(Math.max(1, near.ttl().toMillis()));
    }
}
