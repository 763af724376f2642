package dev.kiln.runtime.cache;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A version per stripe of keys, moved by every eviction and put of a key of the stripe (and by every
 * {@code evictAll}): a load or put that took the version before reading its data keeps its value only if the
 * version has not moved since, so data read before an eviction never outlives it. Stripes rather than a version per
 * key keep memory fixed; a collision only costs a load of another key its entry (a later miss), never staleness.
 */
final class Versions {
    private static final int STRIPES = 1024; // a power of two

    private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);

    static int stripe(Object key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    long get(Object key) {
        return stripes.get(stripe(key));
    }

    /** Moves {@code key}'s version. */
    void bump(Object key) {
        stripes.incrementAndGet(stripe(key));
    }

    /** Moves {@code key}'s version from {@code from} to {@code from + 1}; false if it had moved already. */
    boolean advance(Object key, long from) {
        return stripes.compareAndSet(stripe(key), from, from + 1);
    }

    /** Moves every version. */
    void bumpAll() {
        for (int i = 0; i < STRIPES; i++) {
            stripes.incrementAndGet(i);
        }
    }
}
