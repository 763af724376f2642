package dev.kiln.runtime.cache;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code kiln.cache.*}, read once per cache when it is created (see {@code package-info.java} for the keys and
 * their defaults). A cache's own key ({@code kiln.cache.<name>.ttl}) wins over what its {@code @Cached} declares,
 * which wins over the application-wide key ({@code kiln.cache.ttl}).
 */
final class CacheSettings {
    static final String PREFIX = "kiln.cache.";
    static final String STORE = "kiln.cache.store";
    static final String WRITE = "kiln.cache.endpoint.write";
    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    static final long DEFAULT_MAX_SIZE = 10_000;

    private final KilnConfig config;
    private final String store;
    private final Duration ttl;
    private final long maxSize;
    private final boolean cacheEmpty;

    private CacheSettings(KilnConfig config) {
        this.config = config;
        this.store = config.get(STORE, "memory").strip().toLowerCase(Locale.ROOT);
        this.ttl = positive(PREFIX + "ttl", config.getDuration(PREFIX + "ttl", DEFAULT_TTL));
        this.maxSize = atLeastOne(PREFIX + "max-size", config.getLong(PREFIX + "max-size", DEFAULT_MAX_SIZE));
        this.cacheEmpty = config.getBoolean(PREFIX + "cache-empty", true);
    }

    static CacheSettings from(KilnConfig config) {
        return new CacheSettings(Objects.requireNonNull(config, "config"));
    }

    KilnConfig config() {
        return config;
    }

    /** {@code memory}, {@code redis} or another provided store, lower case. */
    String store() {
        return store;
    }

    /** {@code kiln.cache.<name>.ttl}, else {@code declared} (the annotation's, may be null), else {@code kiln.cache.ttl}. */
    Duration ttl(String name, Duration declared) {
        String key = PREFIX + name + ".ttl";
        Duration fallback = declared != null ? positive("the ttl of cache '" + name + "'", declared) : ttl;
        return positive(key, config.getDuration(key, fallback));
    }

    /** Whether {@code kiln.cache.<name>.ttl} is set: then no {@code @Cached} changes the cache's TTL. */
    boolean ttlConfigured(String name) {
        return config.get(PREFIX + name + ".ttl").isPresent();
    }

    /** {@code kiln.cache.<name>.max-size}, else {@code kiln.cache.max-size}. */
    long maxSize(String name) {
        String key = PREFIX + name + ".max-size";
        return atLeastOne(key, config.getLong(key, maxSize));
    }

    /** {@code kiln.cache.<name>.cache-empty}, else {@code kiln.cache.cache-empty}: whether an empty Optional is kept. */
    boolean cacheEmpty(String name) {
        return config.getBoolean(PREFIX + name + ".cache-empty", cacheEmpty);
    }

    /** {@value #WRITE}: whether {@code DELETE /kiln/caches/{name}} is served. */
    boolean endpointWrite() {
        return config.getBoolean(WRITE, false);
    }

    private static Duration positive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("'" + key + "' must be a positive duration, but is " + value);
        }
        return value;
    }

    private static long atLeastOne(String key, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("'" + key + "' must be at least 1, but is " + value);
        }
        return value;
    }
}
