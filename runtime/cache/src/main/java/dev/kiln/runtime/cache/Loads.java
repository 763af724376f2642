package dev.kiln.runtime.cache;

/** The {@link CacheLoad}s that are not a {@link Flight}: an answer already there, and a load that keeps nothing. */
final class Loads {
    private Loads() {}

    /** A load whose caller runs the method: nothing is loaded yet. */
    abstract static class Running<V> implements CacheLoad<V> {
        @Override
        public final boolean loaded() {
            return false;
        }

        @Override
        public final V value() {
            return null;
        }
    }

    /** The value is known (another caller's load, the shared store, or an entry written meanwhile). */
    record Loaded<V>(V value) implements CacheLoad<V> {
        @Override
        public boolean loaded() {
            return true;
        }

        @Override
        public void complete(V value) {
            throw new IllegalStateException("Already loaded: the method must not run");
        }

        @Override
        public void fail(Throwable error) {
            throw new IllegalStateException("Already loaded: the method must not run");
        }
    }

    /**
     * The method runs and its value is kept only if the key's version has not moved since {@code version}: a caller
     * whose leader failed with a checked exception loads for itself, without waiting or making others wait.
     */
    static final class Solo<K, V> extends Running<V> {
        private final LocalCache<K, V> cache;
        private final K key;
        private final long version;

        Solo(LocalCache<K, V> cache, K key, long version) {
            this.cache = cache;
            this.key = key;
            this.version = version;
        }

        @Override
        public void complete(V value) {
            cache.completeLoad(key, value, version, null);
        }

        @Override
        public void fail(Throwable error) {
            cache.loadFailed(key, null);
        }
    }

    /**
     * The method runs and nothing is kept: the calling thread's transaction changed the key (it must read what the
     * transaction sees, and what it sees must not reach other callers), or the key is null.
     */
    static final class Uncached<V> extends Running<V> {
        private final LocalCache<?, V> cache;

        Uncached(LocalCache<?, V> cache) {
            this.cache = cache;
        }

        @Override
        public void complete(V value) {
            // kept nowhere: see the class comment
        }

        @Override
        public void fail(Throwable error) {
            cache.loadFailed(null, null);
        }
    }
}
