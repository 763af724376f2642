package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;

/**
 * The Redis cache store's configuration.
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code kiln.cache.redis.uri}</td><td>{@code redis://localhost:6379}</td><td>the Redis every instance
 *       shares ({@code rediss://} for TLS, {@code redis://:password@host:port/db})</td></tr>
 *   <tr><td>{@code kiln.cache.redis.timeout}</td><td>{@code 250ms}</td><td>longest wait for one Redis command: what
 *       a cache call can lose to a Redis that does not answer before it runs the method</td></tr>
 *   <tr><td>{@code kiln.cache.redis.connect-timeout}</td><td>{@code 5s}</td><td>longest wait to connect, at
 *       start-up and on reconnects</td></tr>
 *   <tr><td>{@code kiln.cache.redis.lease}</td><td>{@code 5s}</td><td>how long a miss holds its key's lease: a load
 *       that takes longer runs to the end but does not fill the store</td></tr>
 * </table>
 *
 * @param uri            the Redis URI, as configured
 * @param timeout        command timeout
 * @param connectTimeout connect timeout
 * @param lease          lease lifetime
 */
public record RedisCacheSettings(String uri, Duration timeout, Duration connectTimeout, Duration lease) {
    public static final String URI = "kiln.cache.redis.uri";
    static final String TIMEOUT = "kiln.cache.redis.timeout";
    static final String CONNECT_TIMEOUT = "kiln.cache.redis.connect-timeout";
    static final String LEASE = "kiln.cache.redis.lease";

    public RedisCacheSettings {
        positive(TIMEOUT, timeout);
        positive(CONNECT_TIMEOUT, connectTimeout);
        positive(LEASE, lease);
    }

    /** The settings in {@code config}, with the defaults above. */
    public static RedisCacheSettings from(KilnConfig config) {
        return new RedisCacheSettings(config.get(URI, "redis://localhost:6379").strip(),
                config.getDuration(TIMEOUT, Duration.ofMillis(250)),
                config.getDuration(CONNECT_TIMEOUT, Duration.ofSeconds(5)),
                config.getDuration(LEASE, Duration.ofSeconds(5)));
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("'" + key + "' must be a positive duration, but is " + value);
        }
    }
}
