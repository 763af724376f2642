package dev.kiln.runtime.cache;

import dev.kiln.runtime.cache.spi.Lookup;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One key's load in progress on this instance: the leader runs the method (it holds this {@link CacheLoad}), the
 * callers that miss the same key meanwhile wait for its outcome. A future per key rather than a Caffeine compute:
 * no lock is held while the user's method runs (a virtual thread blocked in a {@code synchronized} compute would
 * pin its carrier on JDK 21), and a failure reaches the waiters instead of being cached.
 */
final class Flight<K, V> extends Loads.Running<V> {
    private final LocalCache<K, V> cache;
    private final K key;
    private final long version;
    private final CompletableFuture<V> outcome = new CompletableFuture<>();
    /** The shared store's answer to the leader's read (its lease), or null without a store. */
    private Lookup<V> lookup;

    Flight(LocalCache<K, V> cache, K key, long version) {
        this.cache = cache;
        this.key = key;
        this.version = version;
    }

    K key() {
        return key;
    }

    /** The key's version when this load began. */
    long version() {
        return version;
    }

    void lookup(Lookup<V> lookup) {
        this.lookup = lookup;
    }

    @Override
    public void complete(V value) {
        try {
            cache.completeLoad(key, value, version, lookup);
        } finally {
            settle(value);
        }
    }

    @Override
    public void fail(Throwable error) {
        try {
            cache.loadFailed(key, lookup);
        } finally {
            cache.landed(this);
            outcome.completeExceptionally(error);
        }
    }

    /** Ends the flight with {@code value} (the method's, or one found meanwhile): every waiter gets it. */
    void settle(V value) {
        cache.landed(this);
        outcome.complete(value);
    }

    /** How many callers wait for this load now; for tests that must know every caller has missed. */
    int waiting() {
        return outcome.getNumberOfDependents();
    }

    /**
     * Waits for the leader: its value as a loaded {@link CacheLoad}; its unchecked error, thrown here; or null when
     * the caller must load for itself (the leader failed with a checked exception, which a caller of another
     * method signature could not throw, or this thread was interrupted while waiting).
     */
    CacheLoad<V> await() {
        try {
            return new Loads.Loaded<>(outcome.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
