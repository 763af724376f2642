package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.cache.spi.CacheStore;
import dev.kiln.runtime.cache.spi.CacheStoreProvider;
import dev.kiln.runtime.config.KilnConfig;

/** {@code kiln.cache.store=redis}, found by {@code Caches} through {@code META-INF/services}. */
public final class RedisCacheStoreProvider implements CacheStoreProvider {
    @Override
    public String type() {
        return "redis";
    }

    @Override
    public CacheStore create(KilnConfig config) {
        return RedisCacheStore.connect(RedisCacheSettings.from(config));
    }
}
