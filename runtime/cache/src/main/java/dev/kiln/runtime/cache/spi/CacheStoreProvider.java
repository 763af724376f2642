package dev.kiln.runtime.cache.spi;

import dev.kiln.runtime.config.KilnConfig;

/**
 * How a module offers a {@code kiln.cache.store}. Loaded once through {@link java.util.ServiceLoader} by
 * {@link dev.kiln.runtime.cache.Caches#create}, so that {@code kiln-runtime-cache} does not depend on Redis. A module
 * lists its provider in {@code META-INF/services/dev.kiln.runtime.cache.spi.CacheStoreProvider}.
 *
 * <pre>{@code
 * public final class RedisCacheStoreProvider implements CacheStoreProvider {
 *     @Override public String type() { return "redis"; }
 *     @Override public CacheStore create(KilnConfig config) { return RedisCacheStore.connect(config); }
 * }
 * }</pre>
 */
public interface CacheStoreProvider {

    /** The value of {@code kiln.cache.store} it answers, lower case. */
    String type();

    /** A connected store; throws, naming the address (never a password), when it cannot be reached. */
    CacheStore create(KilnConfig config);
}
