package dev.kiln.runtime.ratelimit;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.lifecycle.Lifecycle;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An application's rate limit store, chosen by configuration and created once: it makes the
 * {@link RateLimiter}s of every limited route, shares one Redis connection between them, and closes it when
 * the application stops (it is a {@link Lifecycle}).
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code kiln.ratelimit.store}</td><td>{@code memory}</td><td>{@code memory}: per instance;
 *       {@code redis}: one budget shared by every instance</td></tr>
 *   <tr><td>{@code kiln.ratelimit.memory.max-keys}</td><td>{@code 100000}</td><td>keys each limiter keeps
 *       in memory; the least recently used go first</td></tr>
 *   <tr><td>{@code kiln.ratelimit.redis.uri}</td><td>{@code redis://localhost:6379}</td><td>Redis to use
 *       ({@code rediss://} for TLS, {@code redis://:password@host:port/db})</td></tr>
 *   <tr><td>{@code kiln.ratelimit.redis.timeout}</td><td>{@code 250ms}</td><td>longest wait for Redis per
 *       request</td></tr>
 *   <tr><td>{@code kiln.ratelimit.redis.connect-timeout}</td><td>{@code 5s}</td><td>longest wait to connect
 *       and complete the handshake, at startup and on reconnects</td></tr>
 *   <tr><td>{@code kiln.ratelimit.redis.fail-open}</td><td>{@code true}</td><td>when Redis fails: allow the
 *       request ({@code true}) or answer 503 ({@code false}); logged at most once a minute</td></tr>
 *   <tr><td>{@code kiln.ratelimit.trust-forwarded}</td><td>{@code false}</td><td>take the client address
 *       from {@code X-Forwarded-For} (see {@link RateLimitKeys})</td></tr>
 *   <tr><td>{@code kiln.ratelimit.forwarded-hops}</td><td>{@code 1}</td><td>how many proxies of yours
 *       append to {@code X-Forwarded-For}</td></tr>
 * </table>
 *
 * <pre>{@code
 * RateLimiters limiters = RateLimiters.create(config);           // once, at startup
 * RateLimiter search = limiters.limiter("CatalogApi.search", 20, Duration.ofSeconds(1));
 * RateLimitKeys keys = limiters.keys();
 * // in the handler:
 * RateLimits.check(search, keys.ip(req), res);      // throws the 429
 * }</pre>
 */
public final class RateLimiters implements Lifecycle, AutoCloseable {
    private final RateLimitSettings settings;
    private final RateLimitKeys keys;
    private final RedisStore redis;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    private RateLimiters(RateLimitSettings settings, RedisStore redis) {
        this.settings = settings;
        this.keys = RateLimitKeys.from(settings);
        this.redis = redis;
    }

    /**
     * The store {@code kiln.ratelimit.store} names. With {@code redis} this connects at once and throws an
     * {@link IllegalStateException} naming the address when Redis cannot be reached.
     */
    public static RateLimiters create(KilnConfig config) {
        RateLimitSettings settings = RateLimitSettings.from(Objects.requireNonNull(config, "config"));
        RedisStore redis = settings.redis()
                ? RedisStore.connect(settings.redisUri(), settings.redisTimeout(), settings.redisConnectTimeout(),
                        settings.failOpen())
                : null;
        return new RateLimiters(settings, redis);
    }

    /**
     * A limiter of {@code permits} requests per {@code per} and key. Call once per limit at startup and keep
     * it; {@code name} (no {@code ':'} or spaces, unique here) names its Redis keys, so give the same limit
     * the same name on every instance.
     *
     * @throws IllegalArgumentException for a bad name, fewer than 1 permit, or more than one permit per µs
     * @throws IllegalStateException    when this name is already taken
     */
    public RateLimiter limiter(String name, int permits, Duration per) {
        Limit limit = new Limit(name, permits, per);
        if (!names.add(name)) {
            throw new IllegalStateException("A rate limiter named " + name + " exists already; names must be unique");
        }
        return redis == null ? new MemoryRateLimiter(limit, settings.maxKeys()) : new RedisRateLimiter(limit, redis);
    }

    /** The key helpers configured with this store ({@code kiln.ratelimit.trust-forwarded}). */
    public RateLimitKeys keys() {
        return keys;
    }

    /** A readiness check of the Redis connection when the store is Redis; empty for the in-memory store. */
    public Optional<HealthCheck> healthCheck() {
        return redis == null ? Optional.empty() : Optional.of(new RedisStoreHealthCheck(redis));
    }

    /** {@code memory} or {@code redis}. */
    public String store() {
        return redis == null ? "memory" : "redis";
    }

    /** Closes the Redis connection, if any, when the application stops. */
    @Override
    public void stop() {
        close();
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    public String toString() {
        return "RateLimiters(" + store() + ", " + keys + ")";
    }
}
