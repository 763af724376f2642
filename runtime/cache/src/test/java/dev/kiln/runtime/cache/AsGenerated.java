package dev.kiln.runtime.cache;

/**
 * What a generated subclass's overrides do with a {@link KilnCache}, written once for the tests of every module
 * (shared through this module's test-jar): {@code @Cached}, {@code @CachePut}, {@code @CacheEvict}.
 */
public final class AsGenerated {
    private AsGenerated() {}

    /** The user's method: {@code super.find(sku)}. */
    public interface Method<V> {
        V call() throws Exception;
    }

    /** {@code @Cached}: a hit, else one load per key, the method's outcome reported. */
    public static <K, V> V cached(KilnCache<K, V> cache, K key, Method<V> method) throws Exception {
        V cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CacheLoad<V> load = cache.load(key);
        if (load.loaded()) {
            return load.value();
        }
        try {
            V result = method.call();
            load.complete(result);
            return result;
        } catch (Throwable error) {
            load.fail(error);
            throw error;
        }
    }

    /** {@link #cached} for methods that throw nothing checked. */
    public static <K, V> V get(KilnCache<K, V> cache, K key, Method<V> method) {
        try {
            return cached(cache, key, method);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** {@code @CachePut}: the version before the method, the value stored after it. */
    public static <K, V> V put(KilnCache<K, V> cache, K key, Method<V> method) {
        long version = cache.version(key);
        V result;
        try {
            result = method.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        cache.put(key, result, version);
        return result;
    }

    /** {@code @CacheEvict}: the method, then the eviction. */
    public static <K> void evict(KilnCache<K, ?> cache, K key, Runnable method) {
        method.run();
        cache.evict(key);
    }
}
