package dev.kiln.runtime.cache;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One transaction's evictions and puts of one cache, applied after it commits (never if it rolls back). Until
 * then every key it changed is a miss for that transaction (it must not read the value it is replacing:
 * spring-framework#23192) and its loads of those keys keep nothing. Only the transaction's thread touches it.
 */
final class PendingChanges<K, V> {
    private static final Object EVICT = new Object();

    /** A put: the value and the key's version when the {@code @CachePut} method began. */
    private record Put<V>(V value, long version) {}

    private final LocalCache<K, V> cache;
    /** Each key's last change: {@link #EVICT} or a {@link Put}; the last one decides. */
    private final Map<K, Object> changes = new LinkedHashMap<>();
    /** Whether the transaction evicted every entry (before the changes still in {@link #changes}). */
    private boolean all;

    PendingChanges(LocalCache<K, V> cache) {
        this.cache = cache;
    }

    boolean changed(K key) {
        return all || changes.containsKey(key);
    }

    void evict(K key) {
        changes.put(key, EVICT);
    }

    void put(K key, V value, long version) {
        changes.put(key, new Put<>(value, version));
    }

    void evictAll() {
        all = true;
        changes.clear();
    }

    /**
     * Applies the changes, once committed. A put's version was taken while this transaction's own evictions were
     * still pending, so it is compared with what the version should be after them: only other callers' evictions
     * since then turn it into an eviction.
     */
    void apply() {
        int mine = 0;                                   // bumps of every stripe by this transaction
        Map<Integer, Integer> mineByStripe = new HashMap<>();
        if (all) {
            cache.evictAllNow();
            mine = 1;
        }
        for (Map.Entry<K, Object> change : changes.entrySet()) {
            if (change.getValue() == EVICT) {
                cache.evictNow(change.getKey());
                mineByStripe.merge(Versions.stripe(change.getKey()), 1, Integer::sum);
            }
        }
        for (Map.Entry<K, Object> change : changes.entrySet()) {
            if (change.getValue() instanceof Put<?> p) {
                @SuppressWarnings("unchecked")
                Put<V> put = (Put<V>) p;
                int stripe = Versions.stripe(change.getKey());
                cache.putNow(change.getKey(), put.value(), put.version() + mine + mineByStripe.getOrDefault(stripe, 0));
                mineByStripe.merge(stripe, 1, Integer::sum); // a put moves the version once, kept or not
            }
        }
    }
}
