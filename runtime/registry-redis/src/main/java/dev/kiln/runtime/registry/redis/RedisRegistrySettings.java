package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;

/**
 * The Redis registry's configuration.
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code kiln.registry.redis.uri}</td><td>{@code redis://localhost:6379}</td><td>the Redis shared by
 *       every instance ({@code rediss://} for TLS, {@code redis://:password@host:port/db})</td></tr>
 *   <tr><td>{@code kiln.registry.ttl}</td><td>{@code 10s}</td><td>how long an instance's entry lives without a
 *       heartbeat</td></tr>
 *   <tr><td>{@code kiln.registry.heartbeat}</td><td>{@code 3s}</td><td>how often entries are renewed and the
 *       whole registry is re-read; less than the ttl</td></tr>
 *   <tr><td>{@code kiln.registry.redis.timeout}</td><td>{@code 1s}</td><td>longest wait for one Redis command</td></tr>
 *   <tr><td>{@code kiln.registry.redis.connect-timeout}</td><td>{@code 5s}</td><td>longest wait to connect, at
 *       start-up and on reconnects</td></tr>
 * </table>
 *
 * @param uri            the Redis URI, as configured
 * @param ttl            entry lifetime without a heartbeat
 * @param heartbeat      renewal and re-read period
 * @param timeout        command timeout
 * @param connectTimeout connect timeout
 */
public record RedisRegistrySettings(String uri, Duration ttl, Duration heartbeat, Duration timeout,
                                    Duration connectTimeout) {
    public static final String URI = "kiln.registry.redis.uri";
    public static final String TTL = "kiln.registry.ttl";
    public static final String HEARTBEAT = "kiln.registry.heartbeat";

    public RedisRegistrySettings {
        positive(TTL, ttl);
        positive(HEARTBEAT, heartbeat);
        positive("kiln.registry.redis.timeout", timeout);
        positive("kiln.registry.redis.connect-timeout", connectTimeout);
        if (heartbeat.compareTo(ttl) >= 0) {
            throw new IllegalArgumentException("'" + HEARTBEAT + "' (" + heartbeat + ") must be shorter than '" + TTL
                    + "' (" + ttl + "), or entries expire between heartbeats");
        }
    }

    /** The settings in {@code config}, with the defaults above. */
    public static RedisRegistrySettings from(KilnConfig config) {
        return new RedisRegistrySettings(config.get(URI, "redis://localhost:6379").strip(),
                config.getDuration(TTL, Duration.ofSeconds(10)),
                config.getDuration(HEARTBEAT, Duration.ofSeconds(3)),
                config.getDuration("kiln.registry.redis.timeout", Duration.ofSeconds(1)),
                config.getDuration("kiln.registry.redis.connect-timeout", Duration.ofSeconds(5)));
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("'" + key + "' must be a positive duration, but is " + value);
        }
    }
}
