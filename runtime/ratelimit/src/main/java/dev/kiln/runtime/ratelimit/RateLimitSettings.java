package dev.kiln.runtime.ratelimit;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.Locale;

/**
 * The {@code kiln.ratelimit.*} configuration, read once.
 *
 * @param redis          {@code kiln.ratelimit.store}: {@code memory} (default) or {@code redis}
 * @param redisUri       {@code kiln.ratelimit.redis.uri}, default {@code redis://localhost:6379}
 * @param redisTimeout   {@code kiln.ratelimit.redis.timeout}, default {@code 250ms}: one rate-limit check
 * @param redisConnectTimeout {@code kiln.ratelimit.redis.connect-timeout}, default {@code 5s}: connecting and
 *                       the connection handshake, at startup and on reconnects
 * @param failOpen       {@code kiln.ratelimit.redis.fail-open}, default {@code true}
 * @param maxKeys        {@code kiln.ratelimit.memory.max-keys} per limiter, default {@code 100000}
 * @param trustForwarded {@code kiln.ratelimit.trust-forwarded}, default {@code false}
 * @param forwardedHops  {@code kiln.ratelimit.forwarded-hops}, default {@code 1}
 */
record RateLimitSettings(boolean redis, String redisUri, Duration redisTimeout, Duration redisConnectTimeout,
                         boolean failOpen, long maxKeys,
                         boolean trustForwarded, int forwardedHops) {
    static final String STORE = "kiln.ratelimit.store";

    static RateLimitSettings from(KilnConfig config) {
        String store = config.get(STORE, "memory").trim().toLowerCase(Locale.ROOT);
        if (!store.equals("memory") && !store.equals("redis")) {
            throw new IllegalArgumentException(STORE + " must be 'memory' or 'redis', not '" + store + "'");
        }
        Duration timeout = positive(config, "kiln.ratelimit.redis.timeout", Duration.ofMillis(250));
        Duration connectTimeout = positive(config, "kiln.ratelimit.redis.connect-timeout", Duration.ofSeconds(5));
        int hops = config.getInt("kiln.ratelimit.forwarded-hops", 1);
        if (hops < 1) {
            throw new IllegalArgumentException("kiln.ratelimit.forwarded-hops must be at least 1, not " + hops);
        }
        return new RateLimitSettings(store.equals("redis"),
                config.get("kiln.ratelimit.redis.uri", "redis://localhost:6379"),
                timeout,
                connectTimeout,
                config.getBoolean("kiln.ratelimit.redis.fail-open", true),
                config.getLong("kiln.ratelimit.memory.max-keys", 100_000L),
                config.getBoolean("kiln.ratelimit.trust-forwarded", false),
                hops);
    }

    private static Duration positive(KilnConfig config, String key, Duration defaultValue) {
        Duration value = config.getDuration(key, defaultValue);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, not " + value);
        }
        return value;
    }
}
