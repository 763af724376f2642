package dev.kiln.runtime.cache.redis;

/** Stands for kiln-runtime-cache-redis on the class path: caches' keys and values then need JSON codecs. */
public final class RedisStoreMarker {
    private RedisStoreMarker() {}
}
