package dev.kiln.runtime.cache.redis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Evictions (and puts, which are sent again as evictions: the value may be stale by then) that could not reach
 * Redis, sent again once it answers: otherwise the other instances would read the old value from Redis until its
 * TTL. At most {@value #MAX} keys are remembered; past that, every cache is evicted whole when Redis is back.
 */
final class LostEvictions {
    static final int MAX = 10_000;
    private static final String ALL = "";

    /** Keys' JSON by cache name; {@link #ALL} among them stands for every entry. Guarded by this. */
    private final Map<String, Set<String>> lost = new HashMap<>();
    private int size;
    private boolean overflowed;

    synchronized void add(String cache, String key) {
        if (size >= MAX) {
            overflowed = true;
            return;
        }
        if (lost.computeIfAbsent(cache, c -> new HashSet<>()).add(key == null ? ALL : key)) {
            size++;
        }
    }

    synchronized boolean isEmpty() {
        return size == 0 && !overflowed;
    }

    /** Sends everything again; what fails again stays for the next time. */
    void resend(RedisCacheStore store) {
        Map<String, Set<String>> sending;
        boolean everything;
        synchronized (this) {
            sending = new HashMap<>(lost);
            everything = overflowed;
            lost.clear();
            size = 0;
            overflowed = false;
        }
        for (Map.Entry<String, RedisSharedCache<?, ?>> cache : store.caches().entrySet()) {
            Set<String> keys = sending.getOrDefault(cache.getKey(), Set.of());
            if (everything || keys.contains(ALL)) {
                cache.getValue().evictAllAgain();
            } else {
                keys.forEach(cache.getValue()::evictAgain);
            }
        }
    }
}
